// When two reports tell of the same exchange. An engagement is found again by its participants
// (the block key, indexed) and accepted only when the kind, the status family and the dates fit;
// no report is ever compared with every stored engagement.
import type { EngagementKind, EngagementStatus } from '../types.js';
import { nameParts, stripAccents } from '../resolve/name-key.js';
import { addDays } from '../days.js';

/** Days either side of a report's date that a candidate's anchor may lie (bounds the index range). */
export const ANCHOR_WINDOW_DAYS = 21;
/** Slack for time zones: a call late on Sunday in Washington is Monday in Beijing. */
export const DATE_SLACK_DAYS = 1;
/** An undated report joins an engagement only when the reports were published this close together. */
export const PUBLICATION_WINDOW_DAYS = 3;
/** A date range wider than this ("last month") does not place an exchange; it is treated as undated. */
export const DATED_RANGE_MAX_DAYS = 7;

export type KindFamily = 'remote' | 'in_person' | 'message';
export type StatusFamily = 'past' | 'planned' | 'denied';

export function kindFamily(kind: EngagementKind): KindFamily {
  if (kind === 'phone_call' || kind === 'video_call') return 'remote';
  if (kind === 'meeting' || kind === 'visit') return 'in_person';
  return 'message';
}

/**
 * A background mention of an exchange ("the two spoke on Sunday") supports the report of that
 * exchange: both say it happened. Plans and denials are claims of another kind and stay apart.
 */
export function statusFamily(status: EngagementStatus): StatusFamily {
  if (status === 'planned') return 'planned';
  if (status === 'denied') return 'denied';
  return 'past';
}

export function normaliseName(name: string): string {
  return nameParts(stripAccents(name)).map((p) => p.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' ');
}

/** Who an actor is across documents: the registry person, else the name, else the office held. */
export function participantKey(actor: { registry_id: string | null; name: string | null; role: string | null; affiliation: string | null }): string | null {
  if (actor.registry_id) return `r:${actor.registry_id}`;
  if (actor.name) {
    const n = normaliseName(actor.name);
    if (n) return `n:${n}`;
  }
  if (actor.role && actor.affiliation) return `o:${actor.role.toLowerCase().replace(/\s+/g, ' ').trim()}|${actor.affiliation}`;
  if (actor.affiliation) return `p:${actor.affiliation}`;
  return null;
}

export function blockKey(keys: string[]): string {
  return [...new Set(keys)].sort().join(' + ');
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

/** What one report claims about when: a placed interval, or nothing but its publication day. */
export interface DateClaim {
  date: string | null;
  earliest: string | null;
  latest: string | null;
  published: string | null;
}

/** The days a claim places the exchange on, or null when it does not place it. */
export function placedInterval(c: DateClaim): [string, string] | null {
  if (c.date) return [c.date, c.date];
  if (c.earliest && c.latest && daysBetween(c.earliest, c.latest) <= DATED_RANGE_MAX_DAYS) return [c.earliest, c.latest];
  return null;
}

/** What the store keeps of an engagement to decide whether a new report joins it. */
export interface Candidate {
  pk: number;
  /** The widest bounds the engagement's reports give, placed or not. */
  earliest: string | null;
  latest: string | null;
  dated_earliest: string | null;
  dated_latest: string | null;
  first_published: string | null;
  last_published: string | null;
  anchor: string | null;
}

/**
 * Whether a report's date claim fits an engagement: placed intervals overlap (with a day's slack);
 * when either side is unplaced, the reports must have been published within a few days.
 */
export function datesFit(claim: DateClaim, c: Candidate): boolean {
  // Whatever bounds both sides give must overlap: "last October" never joins a call of last week.
  const lo = claim.earliest ?? claim.date;
  const hi = claim.latest ?? claim.date;
  if (lo && c.latest && lo > addDays(c.latest, DATE_SLACK_DAYS)) return false;
  if (hi && c.earliest && addDays(hi, DATE_SLACK_DAYS) < c.earliest) return false;
  const placed = placedInterval(claim);
  if (placed && c.dated_earliest && c.dated_latest) {
    return placed[0] <= addDays(c.dated_latest, DATE_SLACK_DAYS) && addDays(placed[1], DATE_SLACK_DAYS) >= c.dated_earliest;
  }
  if (!claim.published || !c.first_published || !c.last_published) return false;
  return (
    claim.published >= addDays(c.first_published, -PUBLICATION_WINDOW_DAYS) &&
    claim.published <= addDays(c.last_published, PUBLICATION_WINDOW_DAYS)
  );
}

/** The day a claim is about, for the indexed candidate range: its placed start, else publication. */
export function claimAnchor(claim: DateClaim): string | null {
  return placedInterval(claim)?.[0] ?? claim.published;
}

/** Of the candidates that fit, the one whose anchor is nearest the claim's. */
export function chooseCandidate(claim: DateClaim, candidates: Candidate[]): Candidate | null {
  const anchor = claimAnchor(claim);
  let best: Candidate | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (!datesFit(claim, c)) continue;
    const distance = anchor && c.anchor ? Math.abs(daysBetween(anchor, c.anchor)) : 0;
    if (distance < bestDistance || (distance === bestDistance && best && c.pk < best.pk)) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}

/** One report's claim, as the engagement's summary needs it. */
export interface ReportClaim extends DateClaim {
  kind: EngagementKind;
  status: EngagementStatus;
  location: string | null;
  host: string | null;
  initiator_pk: number | null;
  outlet: string | null;
  confidence: number | null;
  plover: string;
  plover_mode: string | null;
  cameo: string;
}

export interface EngagementSummary {
  kind: EngagementKind;
  status: EngagementStatus;
  date: string | null;
  earliest: string | null;
  latest: string | null;
  date_disputed: boolean;
  dated_earliest: string | null;
  dated_latest: string | null;
  day: string | null;
  anchor: string | null;
  first_published: string | null;
  last_published: string | null;
  location: string | null;
  host: string | null;
  initiator_pk: number | null;
  plover: string;
  plover_mode: string | null;
  cameo: string;
  confidence: number | null;
  reports: number;
  outlets: number;
}

const STATUS_RANK: Record<EngagementStatus, number> = { reported: 3, background: 2, planned: 1, denied: 0 };

function mostCommon<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    // Ties go to the earliest report: the first account stands until outnumbered.
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The engagement as its reports together tell it. Every claim stays in its report; the summary
 * takes the fixed day when all placed claims agree, else null with the range they span.
 */
export function summarise(claims: ReportClaim[]): EngagementSummary {
  const placed = claims.map(placedInterval).filter((p): p is [string, string] => p !== null);
  const days = new Set(claims.map((c) => c.date).filter((d): d is string => !!d));
  const datedEarliest = placed.length ? placed.map((p) => p[0]).sort()[0] : null;
  const datedLatest = placed.length ? placed.map((p) => p[1]).sort().at(-1)! : null;
  const only = days.size === 1 ? [...days][0] : null;
  const date = only && placed.every((p) => p[0] <= only && only <= p[1]) ? only : null;
  // Reports that name different days (one says Sunday, another Monday) dispute the date.
  const disputed = days.size > 1 || (only !== null && date === null);
  let earliest = datedEarliest;
  let latest = datedLatest;
  if (!placed.length) {
    // Unplaced claims: the widest bounds any report gives.
    earliest = claims.map((c) => c.earliest).filter((d): d is string => !!d).sort()[0] ?? null;
    latest = claims.map((c) => c.latest).filter((d): d is string => !!d).sort().at(-1) ?? null;
  }
  const published = claims.map((c) => c.published).filter((d): d is string => !!d).sort();
  const status = claims.reduce((s, c) => (STATUS_RANK[c.status] > STATUS_RANK[s] ? c.status : s), claims[0].status);
  const kind = mostCommon(claims.map((c) => c.kind)) ?? claims[0].kind;
  const representative = claims.find((c) => c.kind === kind) ?? claims[0];
  const outlets = new Set(claims.map((c) => c.outlet).filter((o): o is string => !!o));
  const confidences = claims.map((c) => c.confidence).filter((c): c is number => typeof c === 'number');
  const firstPublished = published[0] ?? null;
  return {
    kind,
    status,
    date,
    earliest,
    latest,
    date_disputed: disputed,
    dated_earliest: datedEarliest,
    dated_latest: datedLatest,
    day: date ?? datedEarliest ?? latest ?? firstPublished,
    anchor: datedEarliest ?? firstPublished,
    first_published: firstPublished,
    last_published: published.at(-1) ?? null,
    location: mostCommon(claims.map((c) => c.location)),
    host: mostCommon(claims.map((c) => c.host)),
    initiator_pk: mostCommon(claims.map((c) => c.initiator_pk)),
    plover: representative.plover,
    plover_mode: representative.plover_mode,
    cameo: representative.cameo,
    // Independent reports of one exchange make it likelier than any one of them alone.
    confidence: confidences.length ? 1 - confidences.reduce((p, c) => p * (1 - c), 1) : null,
    reports: claims.length,
    outlets: outlets.size,
  };
}
