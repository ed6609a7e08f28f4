// What each party said: the speaker is the first person before the cue who is not someone
// else's object; the act comes from the cue words (data/lexicon/statements.json); the statement
// belongs to the exchange the text is reporting at that point, if the speaker took part in it.
import type { ActorReference, Entity, ResolvedSentence, Sentence, StatementAct, StatementRecord } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { DraftEngagement } from './engagements.js';
import { OBJECT_PREPOSITIONS } from '../lexicon/grammar.js';

const TARGETED: StatementAct[] = ['thank', 'praise', 'condole', 'support', 'accuse', 'appeal', 'reject', 'warn'];

export interface StatementContext {
  lexicon: Lexicon;
  entities: Map<string, Entity>;
  /** Engagement ids in the order of `engagements`. */
  engagementIds: string[];
}

export function findStatements(sentences: ResolvedSentence[], engagements: DraftEngagement[], context: StatementContext): Omit<StatementRecord, 'id'>[] {
  const out: Omit<StatementRecord, 'id'>[] = [];
  const idOf = new Map(engagements.map((e, n) => [e, context.engagementIds[n]]));
  let current: DraftEngagement[] = [];
  for (const rs of sentences) {
    const { sentence } = rs;
    const here = engagements.filter((e) => e.evidence.some((ev) => ev.sentence === sentence.index) && e.status === 'reported');
    if (here.length > 0) current = here;
    const acts = context.lexicon.acts.findAll(sentence.tokens);
    const speech = context.lexicon.speech.findAll(sentence.tokens);
    if (acts.length === 0 && speech.length === 0) continue;
    const firstCue = Math.min(...[...acts, ...speech].map((m) => m.first));
    const speakerRef = speakerBefore(sentence, rs.references, firstCue, context.entities);
    if (!speakerRef) continue;
    let speakers = speakerRef.group ? (current[0]?.participants ?? []) : speakerRef.entities;
    const joint = speakerRef.group || speakers.length > 1;
    speakers = speakers.filter((id) => !context.entities.get(id)?.collective || speakers.length === 1);
    if (speakers.length === 0) continue;
    const kinds = new Map<StatementAct, number>();
    for (const m of acts) if (!kinds.has(m.value)) kinds.set(m.value, m.last);
    if (kinds.size === 0) kinds.set('other', speech[0].last);
    const text = statementText(sentence, firstCue);
    // "..., the ministry spokesperson said.": attribution of the sentence, with nothing said after it.
    if (!text.trim()) continue;
    // "They agreed", "the two sides stressed": each party said it, in the exchange in hand.
    for (const speaker of joint ? speakers : speakers.slice(0, 1)) {
      const inEngagements = joint
        ? current.slice(0, 1)
        : current.filter((e) => e.participants.includes(speaker)).concat(
            current.some((e) => e.participants.includes(speaker)) ? [] : latestWith(engagements, speaker, sentence.index),
          );
      for (const [act, cueEnd] of kinds) {
        const target = TARGETED.includes(act) ? targetAfter(sentence, rs.references, cueEnd, speaker) : null;
        const base = {
          speaker,
          act,
          codes: context.lexicon.actCodes[act],
          target,
          text,
          evidence: [{ sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text }],
          ...(joint ? { joint: true } : {}),
        };
        if (inEngagements.length === 0) out.push({ ...base, engagement: null });
        for (const e of inEngagements) out.push({ ...base, engagement: idOf.get(e) ?? null });
      }
    }
  }
  return out;
}

function speakerBefore(sentence: Sentence, refs: ActorReference[], cue: number, entities: Map<string, Entity>): ActorReference | null {
  for (let n = 0; n < refs.length; n++) {
    const r = refs[n];
    if (r.first >= cue) break;
    const prev = sentence.tokens[r.first - 1]?.lower;
    if (prev && OBJECT_PREPOSITIONS.has(prev)) continue;
    if (r.possessive) continue;
    if (!r.group && r.entities.every((id) => entities.get(id)?.collective) && cue - r.last > 2) continue;
    return r;
  }
  return null;
}

function targetAfter(sentence: Sentence, refs: ActorReference[], cueEnd: number, speaker: string): string | null {
  const r = refs.find((x) => x.first > cueEnd && x.first - cueEnd <= 4 && !x.group && !x.entities.includes(speaker));
  if (r && r.entities.length === 1) return r.entities[0];
  // Otherwise the words that follow the cue, up to the next break.
  const words: string[] = [];
  for (let k = cueEnd + 1; k < sentence.tokens.length && words.length < 8; k++) {
    const t = sentence.tokens[k];
    if (t.pos === 'PUNCT' || (t.pos === 'VERB' && words.length > 0) || t.lower === 'and' || t.lower === 'that') break;
    words.push(t.text);
  }
  while (words.length && ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'for', 'to', 'of', 'on'].includes(words[0].toLowerCase())) words.shift();
  return words.length ? words.join(' ') : null;
}

function statementText(sentence: Sentence, firstCue: number): string {
  const tokens = sentence.tokens;
  let from = firstCue;
  // "said that X": the statement is what follows.
  if (tokens[from + 1]?.lower === 'that') from += 2;
  else if (['said', 'says', 'noted', 'added', 'stated', 'stressed', 'emphasized', 'emphasised'].includes(tokens[from]?.lower ?? '')) from += 1;
  const start = tokens[Math.min(from, tokens.length - 1)].start - sentence.start;
  return sentence.text.slice(start).replace(/[.\s]+$/, '');
}

function latestWith(engagements: DraftEngagement[], speaker: string, sentence: number): DraftEngagement[] {
  const candidates = engagements.filter((e) => e.status === 'reported' && e.sentence <= sentence && e.participants.includes(speaker));
  return candidates.length ? [candidates[candidates.length - 1]] : [];
}
