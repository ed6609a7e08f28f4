import type { Lexicon } from '../lexicon/lexicon.js';
import type { Registry } from '../resolve/registry.js';
import type { Mention, Sentence, Token } from '../types.js';

/** What every recogniser may consult. `documentNames` grows as the document's sentences are read in order. */
export interface RecogniseContext {
  lexicon: Lexicon;
  registry: Registry;
  published: string | null;
  /** Name-part keys of the people named so far in the document: lets "Shoukry" alone be recognised. */
  documentNames: Set<string>;
}

/** A recogniser finds one kind of mention in a sentence, seeing what earlier recognisers found. */
export type Recogniser = (sentence: Sentence, found: Mention[], context: RecogniseContext) => Mention[];

export function span(sentence: Sentence, first: number, last: number) {
  const start = sentence.tokens[first].start;
  const end = sentence.tokens[last].end;
  const offset = sentence.start;
  return { sentence: sentence.index, first, last, start, end, text: sentence.text.slice(start - offset, end - offset) };
}

/** Marks the tokens already claimed by a mention, so later recognisers leave them alone. */
export function coveredTokens(sentence: Sentence, found: Mention[], types?: Mention['type'][]): Uint8Array {
  const covered = new Uint8Array(sentence.tokens.length);
  for (const m of found) {
    if (types && !types.includes(m.type)) continue;
    for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  }
  return covered;
}

export function isCapitalised(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && token.text[0] !== token.text[0].toLowerCase());
}
