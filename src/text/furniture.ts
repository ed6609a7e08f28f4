// Marks the sentences of a scraped page that are furniture rather than reporting.
import { loadJson } from '../lexicon/load.js';

interface FurnitureLexicon {
  sentence: string[];
  cutoff: string[];
}

let compiled: { sentence: RegExp[]; cutoff: RegExp[] } | null = null;

function patterns(): { sentence: RegExp[]; cutoff: RegExp[] } {
  if (!compiled) {
    const lexicon = loadJson<FurnitureLexicon>('lexicon/furniture.json');
    compiled = {
      sentence: lexicon.sentence.map((p) => new RegExp(p, 'i')),
      cutoff: lexicon.cutoff.map((p) => new RegExp(p, 'i')),
    };
  }
  return compiled;
}

/** One flag per sentence: true where the sentence is furniture. */
export function furnitureFlags(sentences: { text: string; end: number }[], documentText = ''): boolean[] {
  const { sentence, cutoff } = patterns();
  const flags = new Array<boolean>(sentences.length).fill(false);
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i].text.trim();
    // Cut-offs near the top are more likely a headline than the page's tail.
    if (i > 0 && cutoff.some((p) => p.test(text))) {
      for (let j = i; j < sentences.length; j++) flags[j] = true;
      break;
    }
    if (sentence.some((p) => p.test(text)) || isTitleCaseHeading(text) || (i === 0 && isHeadline(text, documentText, sentences[0].end))) flags[i] = true;
  }
  return flags;
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'with', 'and', 'on', 'in', 'to', 'for', 'at', 'by', 'from', 'as', 'or', 'vs', 'over', 'into']);

/**
 * A headline in title case ("President Xi Jinping Holds Virtual Meeting with U.S. President Joe
 * Biden"): it repeats the lead, and its capitals would make every word look like a name.
 */
export function isTitleCaseHeading(text: string): boolean {
  if (/[.!?"”]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 4) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // Verbs and common nouns are capitalised too: almost every word, not just the names.
  return capitalised / words.length >= 0.9;
}

/**
 * The first line of a report standing alone without closing punctuation is its headline: it
 * repeats the lead in shorthand ("Foreign Secretary travels to Germany, Poland and Sweden"), and
 * read as a sentence it would report trips and talks of its own.
 */
function isHeadline(text: string, documentText: string, end: number): boolean {
  if (/[.!?"”:]$/.test(text) || text.length > 200) return false;
  return /^[ \t]*\n/.test(documentText.slice(end));
}
