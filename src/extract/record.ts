// Assembles the record of one document in the format of docs/record-format.md.
import type { DocumentRecord, EngagementRecord, Entity, ResolvedSentence, SourceDocument } from '../types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { DraftEngagement } from './engagements.js';
import { codesFor } from './codes.js';
import { topicsOf } from './topics.js';
import { findStatements } from './statements.js';
import { addDays } from '../days.js';

export function buildRecord(
  doc: SourceDocument,
  sentences: ResolvedSentence[],
  entities: Entity[],
  drafts: DraftEngagement[],
  lexicon: Lexicon,
): DocumentRecord {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ordered = [...drafts].sort((a, b) => a.sentence - b.sentence || a.trigger.first - b.trigger.first);
  const ids = ordered.map((_, n) => `e${n + 1}`);
  const engagements: EngagementRecord[] = ordered.map((d, n) => {
    const participants = d.participants.map((id) => {
      const e = byId.get(id)!;
      return { actor: id, name: e.name, role: e.role, affiliation: e.affiliation };
    });
    const affiliations = participants.map((p) => p.affiliation);
    const multilateral = new Set(affiliations).size >= 3;
    const date = d.date;
    const ahead = plannedAhead(d, doc.published);
    const fixedDay = ahead ?? date?.date ?? null;
    // A call or a message happens between places; a place its sentence names is what it is about.
    const location = d.kind === 'meeting' || d.kind === 'visit' ? d.location : null;
    const latestDefault = d.status === 'reported' || d.status === 'background' ? doc.published : null;
    const record: EngagementRecord = {
      id: ids[n],
      kind: d.kind,
      multilateral,
      status: d.status,
      participants,
      initiator: d.initiator,
      host: d.host,
      date: fixedDay,
      date_range: {
        earliest: ahead ?? date?.earliest ?? null,
        latest: ahead ?? date?.latest ?? (fixedDay ? fixedDay : latestDefault),
      },
      date_text: date ? date.text.replace(/[,.;:]+$/, '') : null,
      location: location?.name ?? null,
      topics: topicsOf(d, ordered, sentences, lexicon, byId),
      codes: codesFor({ kind: d.kind, status: d.status, multilateral, locationOf: location?.of ?? null, hosting: d.hosting }, affiliations),
      evidence: d.evidence.map((ev) => ({ ...ev, text: sentences[ev.sentence].sentence.text })),
      confidence: confidenceOf(d, participants),
    };
    return record;
  });
  const statements = findStatements(sentences, ordered, { lexicon, entities: byId, engagementIds: ids }).map((s, n) => ({ id: `s${n + 1}`, ...s }));
  const used = new Set<string>();
  for (const e of engagements) for (const p of e.participants) used.add(p.actor);
  for (const s of statements) {
    used.add(s.speaker);
    if (s.target && byId.has(s.target)) used.add(s.target);
  }
  const actors = entities
    .filter((e) => !e.collective || used.has(e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      affiliation: e.affiliation,
      registry_id: e.registryId,
      mentions: e.mentions.map(({ text, start, end }) => ({ text, start, end })),
    }));
  return {
    document: {
      id: doc.id,
      published: doc.published,
      published_source: doc.publishedSource,
      title: doc.title,
      url: doc.url,
      outlet: doc.outlet,
    },
    actors,
    engagements,
    statements,
  };
}

function confidenceOf(d: DraftEngagement, participants: { name: string | null; affiliation: string | null }[]): number {
  let c = 0.55;
  if (participants.every((p) => p.name)) c += 0.15;
  if (participants.every((p) => p.affiliation)) c += 0.1;
  if (d.kindKnown) c += 0.05;
  if (d.date?.date) c += 0.05;
  if (d.evidence.length > 1) c += 0.05;
  return Math.round(Math.min(c, 0.95) * 100) / 100;
}

/**
 * Bare weekdays are read back to the latest such day, as news reports what happened; a plan
 * ("Biden's programme on Monday includes talks with ...") looks ahead, to the next such day.
 */
function plannedAhead(d: DraftEngagement, published: string | null): string | null {
  const day = d.date?.date;
  if (d.status !== 'planned' || !day || !published || day >= published || !d.date?.bareWeekday) return null;
  return addDays(day, 7);
}
