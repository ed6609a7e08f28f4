// The whole extractor: text -> recognise -> resolve -> extract, one document at a time.
import type { DocumentRecord, Entity, Sentence, SourceDocument } from './types.js';
import { analyse } from './text/analyse.js';
import { recognise } from './recognise/engine.js';
import { homeStateOf, outletStateOf, resolve } from './resolve/coreference.js';
import { findEngagements } from './extract/engagements.js';
import { buildRecord } from './extract/record.js';
import { lexicon as loadLexicon, type Lexicon } from './lexicon/lexicon.js';
import { registry as loadRegistry, type Registry } from './resolve/registry.js';
import { loadJson } from './lexicon/load.js';

/** A heading that names who speaks in the text below it ("Remarks by ..."), from the lexicon's speaker frames. */
function speakerHeading(): RegExp {
  const frames = loadJson<{ speaker_frames?: string[] }>('lexicon/references.json').speaker_frames ?? [];
  return new RegExp(`\\b(?:${frames.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
}

export interface Extractor {
  extract(doc: SourceDocument): DocumentRecord;
  /** How many sentences the last call read (for throughput figures). */
  lastSentenceCount: number;
}

export function createExtractor(deps: { lexicon?: Lexicon; registry?: Registry } = {}): Extractor {
  const lexicon = deps.lexicon ?? loadLexicon();
  const registry = deps.registry ?? loadRegistry();
  const speakerFrame = speakerHeading();
  /** The person a heading names: in title case a name runs on into the words after it, so it is cut back to one the registry knows. */
  const speakerIn = (heading: Sentence[], text: string, published: string | null, homeState: string | null): Entity | null => {
    const found = resolve(recognise({ text, sentences: heading }, { lexicon, registry, published, documentNames: new Set() }), { registry, lexicon, published, homeState })
      .entities.find((e) => !e.collective && e.name);
    if (!found?.name || found.registryId) return found ?? null;
    for (let name = found.name; name.includes(' '); ) {
      name = name.slice(0, name.lastIndexOf(' '));
      const person = registry.lookup(name)[0];
      if (person) return { ...found, name: person.name, registryId: person.id };
    }
    return found;
  };
  const extractor: Extractor = {
    lastSentenceCount: 0,
    extract(doc) {
      const text = analyse(doc.text);
      extractor.lastSentenceCount = text.sentences.length;
      const recognised = recognise(text, { lexicon, registry, published: doc.published, documentNames: new Set() });
      // (A page's headline, kept apart from its text, is part of its head: "as Dublin rolls out the green carpet".)
      const homeState = homeStateOf(doc.text, lexicon) ?? (doc.title ? homeStateOf(`${doc.title}\n`, lexicon) : null);
      // Whose "the President of the Republic" is: the state written from, else the state the outlet
      // speaks for ("Presidency of the French Republic"). (An outlet's state places no meeting: a
      // State Department readout tells of talks in Munich.)
      const outletState = doc.outlet ? outletStateOf(doc.outlet, lexicon) : null;
      const titleState = homeState ?? outletState;
      // "Remarks by President Moon Jae-in": who "I" is in a speech or statement, from its heading.
      const headingLines = text.heading?.filter((s) => speakerFrame.test(s.text));
      const speaker = headingLines?.length ? speakerIn(headingLines, doc.text, doc.published, homeState) : null;
      const { entities, sentences } = resolve(recognised, { registry, lexicon, published: doc.published, homeState: titleState, outletState, speaker });
      const drafts = findEngagements(sentences, { lexicon, entities: new Map(entities.map((e) => [e.id, e])), published: doc.published, homeState, registry });
      return buildRecord(doc, sentences, entities, drafts, lexicon);
    },
  };
  return extractor;
}
