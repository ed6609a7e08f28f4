// The whole extractor: text -> recognise -> resolve -> extract, one document at a time.
import type { DocumentRecord, SourceDocument } from './types.js';
import { analyse } from './text/analyse.js';
import { recognise } from './recognise/engine.js';
import { homeStateOf, resolve } from './resolve/coreference.js';
import { findEngagements } from './extract/engagements.js';
import { buildRecord } from './extract/record.js';
import { lexicon as loadLexicon, type Lexicon } from './lexicon/lexicon.js';
import { registry as loadRegistry, type Registry } from './resolve/registry.js';

export interface Extractor {
  extract(doc: SourceDocument): DocumentRecord;
  /** How many sentences the last call read (for throughput figures). */
  lastSentenceCount: number;
}

export function createExtractor(deps: { lexicon?: Lexicon; registry?: Registry } = {}): Extractor {
  const lexicon = deps.lexicon ?? loadLexicon();
  const registry = deps.registry ?? loadRegistry();
  const extractor: Extractor = {
    lastSentenceCount: 0,
    extract(doc) {
      const text = analyse(doc.text);
      extractor.lastSentenceCount = text.sentences.length;
      const recognised = recognise(text, { lexicon, registry, published: doc.published, documentNames: new Set() });
      const homeState = homeStateOf(doc.text, lexicon);
      const { entities, sentences } = resolve(recognised, { registry, lexicon, published: doc.published, homeState });
      const drafts = findEngagements(sentences, { lexicon, entities: new Map(entities.map((e) => [e.id, e])), published: doc.published, homeState });
      return buildRecord(doc, sentences, entities, drafts, lexicon);
    },
  };
  return extractor;
}
