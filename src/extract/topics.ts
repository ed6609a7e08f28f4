// What an exchange was about: issue phrases from the topic lexicon, and the states and
// organisations discussed (other than the parties themselves), read from the sentences that report
// the exchange and the ones that follow until the text turns to another exchange.
import type { Entity, ResolvedSentence, PartyMention } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { DraftEngagement } from './engagements.js';

const MAX_TOPICS = 8;

export function topicsOf(
  engagement: DraftEngagement,
  all: DraftEngagement[],
  sentences: ResolvedSentence[],
  lexicon: Lexicon,
  entities: Map<string, Entity>,
): string[] {
  const own = new Set(engagement.evidence.map((e) => e.sentence));
  const starts = new Set(all.filter((e) => e !== engagement).map((e) => e.sentence));
  // Sentences after the last report of this exchange, until another exchange begins.
  const last = Math.max(...own);
  for (let n = last + 1; n < sentences.length && !starts.has(n) && n <= last + 6; n++) own.add(n);
  const parties = new Set(engagement.participants.map((id) => entities.get(id)?.affiliation).filter(Boolean));
  const topics: string[] = [];
  const add = (t: string): void => {
    if (!topics.includes(t) && topics.length < MAX_TOPICS) topics.push(t);
  };
  for (const n of [...own].sort((a, b) => a - b)) {
    const rs = sentences[n];
    if (!rs) continue;
    for (const m of lexicon.topics.findAll(rs.sentence.tokens)) add(m.value);
    for (const p of rs.mentions.filter((m): m is PartyMention => m.type === 'party')) {
      if (p.form !== 'name' || parties.has(p.code)) continue;
      const info = lexicon.parties.get(p.code);
      if (info && info.kind === 'state') add(info.name);
    }
  }
  return topics;
}
