// A matcher of word sequences against the tokens of a sentence: the shared engine of every
// lexicon-driven recogniser. Phrases are indexed by their first word, so a lookup costs one map
// access per token; the longest phrase wins.
import type { Token } from '../types.js';

/** Stands for one optional word in a phrase ("expressed * condolences"). */
const OPTIONAL = '*';

export interface PhraseMatch<T> {
  value: T;
  /** Index of the first and last token matched. */
  first: number;
  last: number;
}

interface Entry<T> {
  words: string[];
  value: T;
}

/** Prefixes wink-nlp leaves joined to the word after their hyphen. */
const KEPT_PREFIXES = new Set(['a', 'anti', 'bi', 'co', 'counter', 'de', 'e', 'ex', 'extra', 'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'mini', 'multi', 'neo', 'non', 'over', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super', 'tri', 'ultra', 'un', 'vice']);

/** Splits a lexicon phrase the way wink-nlp splits text: hyphens and possessives are their own tokens. */
export function phraseWords(phrase: string): string[] {
  const words: string[] = [];
  for (const raw of normaliseQuotes(phrase.toLowerCase()).split(/\s+/)) {
    if (!raw) continue;
    // Keep abbreviations (u.s., h.e.) whole; split hyphens and brackets off words, except after
    // the prefixes wink-nlp keeps on their word ("co-hosted", "vice-president", "non-aligned").
    const parts = raw.split(/(-|\(|\)|,|'s$)/).filter((p) => p.length > 0);
    for (let k = 0; k < parts.length; k++) {
      if (parts[k + 1] === '-' && parts[k + 2] && KEPT_PREFIXES.has(parts[k]) && (k === 0 || parts[k - 1] !== '-')) {
        words.push(parts[k] + '-' + parts[k + 2]);
        k += 2;
      } else words.push(parts[k]);
    }
  }
  return words;
}

const QUOTE = /[’‘`´]/;
const QUOTES = /[’‘`´]/g;

export function normaliseQuotes(s: string): string {
  // Most words hold no quote: testing first costs half of a replace that finds nothing.
  return QUOTE.test(s) ? s.replace(QUOTES, "'") : s;
}

export class PhraseMatcher<T> {
  private byFirst = new Map<string, Entry<T>[]>();
  private size = 0;

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0 || words[0] === OPTIONAL) return;
    let list = this.byFirst.get(words[0]);
    if (!list) this.byFirst.set(words[0], (list = []));
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.size++;
  }

  get count(): number {
    return this.size;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The longest phrase that starts at token `at`, or null. */
  matchAt(tokens: Token[], at: number): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[at].lower);
    if (!list) return null;
    let best: PhraseMatch<T> | null = null;
    for (const entry of list) {
      const last = matchWords(entry.words, tokens, at);
      if (last >= 0 && (!best || last > best.last)) best = { value: entry.value, first: at, last };
    }
    return best;
  }

  /** Every longest, non-overlapping match in the tokens, left to right. */
  findAll(tokens: Token[], from = 0, to = tokens.length - 1): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i <= to; i++) {
      const m = this.matchAt(tokens, i);
      if (m && m.last <= to) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }
}

/** Index of the last token of the match, or -1. */
function matchWords(words: string[], tokens: Token[], at: number): number {
  let t = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (word === OPTIONAL) {
      // One optional word: skip it only if skipping lets the next word match.
      const next = words[w + 1];
      if (t < tokens.length && next !== undefined && tokens[t].lower !== next && tokens[t + 1]?.lower === next) t++;
      continue;
    }
    if (t >= tokens.length || tokens[t].lower !== word) return -1;
    t++;
  }
  return t - 1;
}
