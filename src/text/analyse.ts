// The text stage: sentences and tokens with UTF-16 offsets into the document text, from wink-nlp,
// with two refinements that news pages need: line breaks and run-in headings end sentences, and
// page furniture is dropped.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalysedText, Sentence, Token } from '../types.js';
import { furnitureFlags } from './furniture.js';
import { normaliseQuotes } from '../lexicon/phrases.js';

// Only sentence boundaries and parts of speech: wink's own entities, negation and sentiment are not
// used by any later stage, and leaving them out changes no token, tag or sentence (checked on our
// gold sets) while saving about 40% of wink's time.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
/** wink as its users run it by default (every stage of its pipeline): the benchmark's reference. */
const defaultNlp = winkNLP(model);

/** A line shorter than this that ends without punctuation is a heading, not a wrapped line. */
const HEADING_MAX_CHARS = 90;
const SENTENCE_END = /[.!?:;"”’)]$/;
const STARTS_UPPER = /^[\p{Lu}\d“"‘(]/u;

export interface AnalyseOptions {
  /** Keep furniture sentences (for tests of the splitter itself). */
  keepFurniture?: boolean;
}

export function analyse(text: string, options: AnalyseOptions = {}): AnalysedText {
  const doc = nlp.readDoc(text);
  const words: string[] = doc.tokens().out();
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // Offsets: walk the text with the tokens; wink keeps token text verbatim, but look the token up
  // rather than trust arithmetic, so an odd character can never shift every later offset.
  const starts = new Array<number>(words.length);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let at = cursor + spaces[i].length;
    if (text.startsWith(w, at)) starts[i] = at;
    else {
      at = text.indexOf(w, cursor);
      starts[i] = at < 0 ? cursor : at;
    }
    cursor = starts[i] + w.length;
  }

  const raw: Sentence[] = [];
  const push = (from: number, to: number): void => {
    const tokens: Token[] = [];
    for (let k = from; k <= to; k++) {
      if (tags[k] === 'SPACE') continue;
      // wink-nlp splits words at letters outside Latin-1 ("Rados|ł|aw", "Çavu|ş|o|ğ|lu"): join them again.
      const last = tokens[tokens.length - 1];
      if (last && spaces[k].length === 0 && last.end === starts[k] && /\p{L}$/u.test(last.text) && /^\p{L}/u.test(words[k]) && !/^n'|^n’/i.test(words[k])) {
        // ("Kalın." at the end of a sentence: the full stop wink kept on the last piece is the sentence's.)
        if (k === to && /^\p{L}+\.$/u.test(words[k])) {
          const piece = words[k].slice(0, -1);
          last.text += piece;
          last.lower = normaliseQuotes(last.text.toLowerCase());
          last.end = starts[k] + piece.length;
          tokens.push({ i: tokens.length, text: '.', lower: '.', start: last.end, end: last.end + 1, pos: 'PUNCT', spaceBefore: false });
          continue;
        }
        last.text += words[k];
        last.lower = normaliseQuotes(last.text.toLowerCase());
        last.end = starts[k] + words[k].length;
        continue;
      }
      tokens.push({
        i: tokens.length,
        text: words[k],
        lower: normaliseQuotes(words[k].toLowerCase()),
        start: starts[k],
        end: starts[k] + words[k].length,
        pos: tags[k],
        spaceBefore: spaces[k].length > 0 || k === 0,
      });
    }
    if (tokens.length === 0) return;
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    raw.push({ index: 0, start, end, text: text.slice(start, end), tokens });
  };

  // A boundary with no space after it is inside a word: wink ends a sentence in "Japan-U.S. Summit"
  // after "Japan-U.".
  const joined: [number, number][] = [];
  for (const [from, to] of spans) {
    const prev = joined[joined.length - 1];
    if (prev && prev[1] === from - 1 && spaces[from] === '' && tags[from] !== 'SPACE' && tags[from - 1] !== 'SPACE' && /\.$/.test(words[from - 1] ?? '') && /^\p{Lu}/u.test(words[from])) prev[1] = to;
    else joined.push([from, to]);
  }
  for (const [from, to] of joined) {
    let segmentStart = from;
    for (let k = from + 1; k <= to; k++) {
      if (breaksBefore(k, words, spaces, starts, text)) {
        push(segmentStart, k - 1);
        segmentStart = k;
      }
    }
    push(segmentStart, to);
  }

  const flags = options.keepFurniture ? null : furnitureFlags(raw, text);
  const sentences: Sentence[] = [];
  const heading: Sentence[] = [];
  for (let n = 0; n < raw.length; n++) {
    if (flags && flags[n]) {
      if (sentences.length === 0) heading.push(raw[n]);
      continue;
    }
    raw[n].index = sentences.length;
    sentences.push(raw[n]);
  }
  return heading.length > 0 ? { text, sentences, heading } : { text, sentences };
}

/** Whether a sentence boundary that wink missed falls before token k. */
function breaksBefore(k: number, words: string[], spaces: string[], starts: number[], text: string): boolean {
  const gap = spaces[k];
  if (!gap) return false;
  const next = words[k];
  const previous = words[k - 1];
  // Most gaps are one space, where nothing else need be looked at.
  if (gap === ' ') return false;
  const startsUpper = STARTS_UPPER.test(next);
  if (gap.includes('\n')) {
    if ((gap.match(/\n/g)?.length ?? 0) >= 2) return true;
    if (SENTENCE_END.test(previous)) return true;
    // A short line without closing punctuation is a heading run into the text.
    const lineStart = text.lastIndexOf('\n', starts[k - 1]) + 1;
    return startsUpper && starts[k - 1] + previous.length - lineStart < HEADING_MAX_CHARS;
  }
  // Two or more spaces before a capital, after a word: a sub-heading pasted into the paragraph.
  return gap.length >= 2 && startsUpper && /[\p{L}\d]$/u.test(previous);
}

/** The bare wink-nlp pass the benchmark compares against: tokens, tags and sentences, nothing more. */
export function winkBarePass(text: string, pipeline: 'default' | 'parley' = 'default'): number {
  const doc = (pipeline === 'default' ? defaultNlp : nlp).readDoc(text);
  doc.tokens().out(its.pos);
  return doc.sentences().length();
}
