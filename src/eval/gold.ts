// Scores extracted records against a gold annotation in the format of shared/corpus/seeds/gold.json.
// A reported engagement matches when it has the same kind and the same participants (by any of a
// gold actor's spellings); figures are precision, recall and F1, exact-date accuracy where the gold
// fixes the day, background F1, and statement F1 over (speaker, act, engagement) triples.
import path from 'node:path';
import type { DocumentRecord, EngagementRecord } from '../types.js';
import { readFile } from '../read/documents.js';
import { createExtractor } from '../pipeline.js';
import { fitsByInitials, fitsWithin, nameKey } from '../resolve/name-key.js';

export interface GoldActor {
  name: string;
  aliases: string[];
  role?: string;
  affiliation?: string;
}

export interface GoldEngagement {
  kind: string;
  status: string;
  participants: string[];
  date: string | null;
  date_text?: string | null;
  not_after?: string;
  location?: string | null;
  evidence?: string;
}

export interface GoldDocument {
  file?: string;
  id?: string;
  source?: string;
  published?: string | null;
  engagements: GoldEngagement[];
  statements?: { speaker: string; act: string; engagement: number | null }[];
}

export interface GoldFile {
  actors: Record<string, GoldActor>;
  documents: GoldDocument[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentScore {
  document: string;
  misses: string[];
  spurious: string[];
  dateErrors: string[];
  readError?: string;
}

export interface GoldScore {
  documents: number;
  reported: Counts;
  /** Reported engagements matched on participants alone: how much of the gap is a kind annotators disagree on (meeting or visit). */
  reportedAnyKind: Counts;
  background: Counts;
  statements: Counts;
  dates: { fixedInGold: number; exact: number; unfixedInGold: number; leftUnfixed: number; rangeOk: number; rangeChecked: number };
  participants: { total: number; roleOk: number; affiliationOk: number };
  perDocument: DocumentScore[];
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export async function scoreGold(gold: GoldFile, goldPath: string): Promise<GoldScore> {
  const dir = path.dirname(goldPath);
  const extractor = createExtractor();
  const score: GoldScore = {
    documents: 0,
    reported: { tp: 0, fp: 0, fn: 0 },
    reportedAnyKind: { tp: 0, fp: 0, fn: 0 },
    background: { tp: 0, fp: 0, fn: 0 },
    statements: { tp: 0, fp: 0, fn: 0 },
    dates: { fixedInGold: 0, exact: 0, unfixedInGold: 0, leftUnfixed: 0, rangeOk: 0, rangeChecked: 0 },
    participants: { total: 0, roleOk: 0, affiliationOk: 0 },
    perDocument: [],
  };
  for (const g of gold.documents) {
    const label = g.file ?? `${g.source}#${g.id}`;
    const docScore: DocumentScore = { document: label, misses: [], spurious: [], dateErrors: [] };
    score.perDocument.push(docScore);
    const record = await extractOne(extractor, dir, g);
    if (typeof record === 'string') {
      docScore.readError = record;
      for (const e of g.engagements) {
        if (e.status === 'reported') score.reported.fn++;
        if (e.status === 'background') score.background.fn++;
      }
      continue;
    }
    score.documents++;
    // An actor's canonical name first, then the spellings the report itself used for it: the
    // registry may name a person shorter than the gold does ("Idriss Déby" for "Idriss Déby Itno").
    const actorOf = (id: string | undefined, name: string | null, affiliation: string | null = null): string | null => {
      const actor = id ? record.actors.find((a) => a.id === id) : undefined;
      for (const spelling of [name, ...(actor?.mentions ?? []).map((m) => m.text)]) {
        const found = spelling ? goldActorFor(spelling, gold.actors, affiliation) : null;
        if (found) return found;
      }
      return null;
    };
    const keyOf = (e: EngagementRecord): string[] => e.participants.map((p) => actorOf(p.actor, p.name, p.affiliation) ?? `?${p.name ?? p.role ?? p.actor}`).sort();
    const matchedPred = new Map<number, EngagementRecord>();
    for (const status of ['reported', 'background'] as const) {
      const counts = score[status];
      const goldList = g.engagements.map((e, i) => ({ e, i })).filter((x) => x.e.status === status);
      const predList = record.engagements.filter((e) => e.status === status);
      const used = new Set<EngagementRecord>();
      for (const { e: ge, i } of goldList) {
        const want = [...ge.participants].sort().join('|');
        const hit = predList.find((p) => !used.has(p) && p.kind === ge.kind && keyOf(p).join('|') === want);
        if (!hit) {
          counts.fn++;
          docScore.misses.push(`${status} ${ge.kind} ${ge.participants.join(' + ')}`);
          continue;
        }
        used.add(hit);
        matchedPred.set(i, hit);
        counts.tp++;
        if (status === 'reported') {
          if (ge.date) {
            score.dates.fixedInGold++;
            if (hit.date === ge.date) score.dates.exact++;
            else docScore.dateErrors.push(`${ge.participants.join(' + ')}: gold ${ge.date}, got ${hit.date}`);
          } else {
            score.dates.unfixedInGold++;
            if (hit.date === null) score.dates.leftUnfixed++;
            else docScore.dateErrors.push(`${ge.participants.join(' + ')}: gold leaves the day open, got ${hit.date}`);
          }
          if (ge.not_after) {
            score.dates.rangeChecked++;
            const latest = hit.date ?? hit.date_range.latest;
            if (latest && latest <= ge.not_after) score.dates.rangeOk++;
          }
          for (const p of hit.participants) {
            const key = actorOf(p.actor, p.name, p.affiliation);
            const ga = key ? gold.actors[key] : null;
            if (!ga) continue;
            score.participants.total++;
            if (ga.affiliation && p.affiliation === ga.affiliation) score.participants.affiliationOk++;
            if (ga.role && p.role && p.role.toLowerCase() === ga.role.toLowerCase()) score.participants.roleOk++;
          }
        }
      }
      for (const p of predList) {
        if (used.has(p)) continue;
        counts.fp++;
        docScore.spurious.push(`${status} ${p.kind} ${keyOf(p).join(' + ')} :: ${p.evidence[0]?.text.slice(0, 90)}`);
      }
    }
    // The same, with any kind.
    {
      const goldList = g.engagements.filter((e) => e.status === 'reported').map((e) => [...e.participants].sort().join('|'));
      const predList = record.engagements.filter((e) => e.status === 'reported').map((e) => keyOf(e).join('|'));
      const left = [...predList];
      for (const want of goldList) {
        const at = left.indexOf(want);
        if (at >= 0) {
          left.splice(at, 1);
          score.reportedAnyKind.tp++;
        } else score.reportedAnyKind.fn++;
      }
      score.reportedAnyKind.fp += left.length;
    }
    // Statements, as sets of (speaker, act, engagement) triples.
    const predEngagementIndex = new Map<string, number>();
    for (const [i, e] of matchedPred) predEngagementIndex.set(e.id, i);
    const goldTriples = new Set((g.statements ?? []).map((s) => `${s.speaker}|${s.act}|${s.engagement}`));
    const predTriples = new Set(
      record.statements.map((s) => {
        const speaker = record.actors.find((a) => a.id === s.speaker);
        const key = actorOf(speaker?.id, speaker?.name ?? null) ?? `?${s.speaker}`;
        const e = s.engagement ? predEngagementIndex.get(s.engagement) ?? `?${s.engagement}` : null;
        return `${key}|${s.act}|${e}`;
      }),
    );
    if (g.statements) {
      for (const t of predTriples) if (goldTriples.has(t)) score.statements.tp++;
      else score.statements.fp++;
      for (const t of goldTriples) if (!predTriples.has(t)) score.statements.fn++;
    }
  }
  return score;
}

async function extractOne(extractor: ReturnType<typeof createExtractor>, dir: string, g: GoldDocument): Promise<DocumentRecord | string> {
  const file = path.join(dir, g.file ?? g.source ?? '');
  // The gold's publication date stands for the metadata a feed or the user (--published) gives a
  // document whose text does not print its year.
  for await (const result of readFile(file, { published: g.published ?? null })) {
    if ('failure' in result) {
      if (!g.id || result.failure.id === g.id) return `${result.failure.origin}: ${result.failure.reason}`;
      continue;
    }
    if (g.id && result.document.id !== g.id) continue;
    return extractor.extract(result.document);
  }
  return `${file}: document ${g.id ?? ''} not found`;
}

/** The gold actor a written name belongs to, by any of its spellings. */
export function goldActorFor(name: string, actors: Record<string, GoldActor>, affiliation: string | null = null): string | null {
  const key = nameKey(name);
  if (key.parts.length === 0) return null;
  // (One person in two capacities has two gold actors, "rutte" and "rutte-nato": the affiliation
  // the record gives picks between them, so actors of that affiliation are tried first.)
  const entries = Object.entries(actors).sort(([, a], [, b]) => Number(b.affiliation === affiliation && !!affiliation) - Number(a.affiliation === affiliation && !!affiliation));
  const spellings = entries.flatMap(([id, actor]) => [actor.name, ...actor.aliases].map((alias) => ({ id, key: nameKey(alias) })));
  // The same spelling first; then the written name as a short form of a gold spelling; last, a
  // gold spelling of two or more parts as a short form of the written name; then the same name
  // with given names as initials.
  return (
    spellings.find((s) => s.key.whole === key.whole)?.id ??
    spellings.find((s) => fitsWithin(key, s.key))?.id ??
    spellings.find((s) => s.key.parts.length >= 2 && fitsWithin(s.key, key))?.id ??
    spellings.find((s) => fitsByInitials(key, s.key))?.id ??
    null
  );
}
