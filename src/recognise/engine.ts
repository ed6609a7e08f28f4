// The recognise stage: an ordered list of small recognisers, each seeing what the ones before it
// found. Order matters: parties before titles (a title takes its party from them), titles and
// group references before names (a name never swallows "Foreign Minister"), triggers last.
import type { AnalysedText, Mention, RecognisedSentence } from '../types.js';
import type { RecogniseContext, Recogniser } from './context.js';
import { recogniseParties } from './parties.js';
import { recognisePronouns } from './pronouns.js';
import { recogniseTitles } from './titles.js';
import { recogniseNames } from './names.js';
import { recogniseDates } from './dates.js';
import { recogniseTriggers } from './triggers.js';

export const RECOGNISERS: Recogniser[] = [
  recogniseParties,
  recognisePronouns,
  recogniseTitles,
  recogniseNames,
  recogniseDates,
  recogniseTriggers,
];

export function recognise(text: AnalysedText, context: RecogniseContext, recognisers = RECOGNISERS): RecognisedSentence[] {
  return text.sentences.map((sentence) => {
    const mentions: Mention[] = [];
    for (const recogniser of recognisers) mentions.push(...recogniser(sentence, mentions, context));
    mentions.sort((a, b) => a.first - b.first || b.last - a.last);
    return { sentence, mentions };
  });
}
