// Questions to the store. Plain functions over the db and a typed filter, returning plain rows:
// the CLI and the web app call these and nothing else. Every filter starts from an index (an
// actor's, a state's or a topic's engagements by day, or all engagements by kind and day), so a
// page of results costs the same on a thousand engagements as on a million.
import type { EngagementKind, EngagementStatus, OfficeTerm } from '../types.js';
import type { Registry } from '../resolve/registry.js';
import type { Db } from './db.js';
import { normaliseName } from './merge.js';
import { engagementId, parseEngagementId } from './write.js';

export interface EngagementFilters {
  /** An actor: registry id, actor id ("A12"), or name. */
  actor?: string;
  /** Only engagements in which this actor also took part. */
  with?: string;
  /** A party code ("IRN", "UN", "HAMAS"): engagements with one of its officials. */
  of?: string;
  kind?: EngagementKind | EngagementKind[];
  status?: EngagementStatus | EngagementStatus[];
  topic?: string;
  /** YYYY-MM-DD, inclusive, against the engagement's day (its date, else the start of its range, else publication). */
  since?: string;
  until?: string;
  /** Full-text search over the evidence sentences and the reports' text. */
  text?: string;
  /** Only engagements told by at least this many reports. */
  minReports?: number;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ParticipantRow {
  actor_id: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
  registry_id: string | null;
}

export interface EngagementRow {
  id: string;
  kind: EngagementKind;
  status: EngagementStatus;
  multilateral: boolean;
  date: string | null;
  date_range: { earliest: string | null; latest: string | null };
  date_disputed: boolean;
  day: string | null;
  location: string | null;
  host: string | null;
  initiator: string | null;
  codes: { plover: string; plover_mode: string | null; cameo: string };
  confidence: number | null;
  reports: number;
  outlets: number;
  participants: ParticipantRow[];
  topics: string[];
}

export const actorId = (pk: number): string => `A${pk}`;

interface RawEngagement {
  pk: number;
  kind: EngagementKind;
  status: EngagementStatus;
  multilateral: number;
  date: string | null;
  earliest: string | null;
  latest: string | null;
  date_disputed: number;
  day: string | null;
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

const ENGAGEMENT_COLUMNS = 'e.pk, e.kind, e.status, e.multilateral, e.date, e.earliest, e.latest, e.date_disputed, e.day, e.location, e.host, e.initiator_pk, e.plover, e.plover_mode, e.cameo, e.confidence, e.reports, e.outlets';

/** Words of a user's search as an FTS5 query: every word must occur; punctuation never breaks the syntax. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The actors a user means by a name, registry id or actor id; most engaged first. */
export function resolveActors(db: Db, q: string, registry?: Registry): number[] {
  const query = q.trim();
  if (!query) return [];
  const byId = /^A(\d+)$/i.exec(query);
  if (byId) return (db.prepare('SELECT pk FROM actors WHERE pk = ?').pluck().all(Number(byId[1])) as number[]);
  const exact = db
    .prepare(`SELECT pk FROM actors WHERE registry_id = ? OR key = ? OR name_lower = ? ORDER BY engagements DESC`)
    .pluck()
    .all(query, `n:${normaliseName(query)}`, query.toLowerCase()) as number[];
  if (exact.length) return exact;
  if (registry) {
    const ids = registry.lookup(query).map((p) => p.id);
    if (ids.length) {
      const found = db.prepare(`SELECT pk FROM actors WHERE registry_id IN (SELECT value FROM json_each(?)) ORDER BY engagements DESC`).pluck().all(JSON.stringify(ids)) as number[];
      if (found.length) return found;
    }
  }
  // A surname or part of a name: whole words only, so "Li" is not every "Ali".
  const like = query.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`);
  return db
    .prepare(`SELECT pk FROM actors WHERE name_lower LIKE ? ESCAPE '\\' OR name_lower LIKE ? ESCAPE '\\' OR name_lower LIKE ? ESCAPE '\\' ORDER BY engagements DESC LIMIT 50`)
    .pluck()
    .all(`${like} %`, `% ${like}`, `% ${like} %`) as number[];
}

interface Plan {
  /** The driving table alone, when no condition reads the engagement: counts and buckets need no join. */
  light: string | null;
  dayColumn: string;
  /** FROM ... WHERE ... selecting e.pk (and whatever the ordering needs) */
  from: string;
  where: string[];
  params: unknown[];
  order: string;
  empty: boolean;
}

/**
 * The query for a filter: the most selective indexed table drives (one actor, a state, a topic,
 * else engagements by kind or day) and the other filters are checks on its rows.
 */
function plan(db: Db, f: EngagementFilters, registry?: Registry): Plan {
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'engagements e';
  let order = 'e.day DESC, e.pk DESC';
  let empty = false;
  let actors = f.actor ? resolveActors(db, f.actor, registry) : null;
  let withActors = f.with ? resolveActors(db, f.with, registry) : null;
  if (actors?.length === 1 && withActors?.length === 1) {
    // A pair: start from whichever of the two has fewer engagements.
    const count = db.prepare('SELECT engagements FROM actors WHERE pk = ?').pluck();
    if ((count.get(withActors[0]) as number) < (count.get(actors[0]) as number)) [actors, withActors] = [withActors, actors];
  }
  if ((actors && !actors.length) || (withActors && !withActors.length)) empty = true;
  const of = f.of?.trim().toUpperCase();
  let drivenBy: 'actor' | 'of' | 'topic' | null = null;
  if (actors && actors.length === 1) {
    from = 'participants d JOIN engagements e ON e.pk = d.engagement_pk';
    where.push('d.actor_pk = ?');
    params.push(actors[0]);
    order = 'd.day DESC, d.engagement_pk DESC';
    drivenBy = 'actor';
  } else if (of && !actors) {
    from = 'participants d JOIN engagements e ON e.pk = d.engagement_pk';
    // One row per engagement even when two of its participants are of the same party.
    where.push('d.affiliation = ? AND NOT EXISTS (SELECT 1 FROM participants d2 WHERE d2.engagement_pk = d.engagement_pk AND d2.affiliation = d.affiliation AND d2.actor_pk < d.actor_pk)');
    params.push(of);
    order = 'd.day DESC, d.engagement_pk DESC';
    drivenBy = 'of';
  } else if (f.topic && !actors) {
    from = 'topics d JOIN engagements e ON e.pk = d.engagement_pk';
    where.push('d.topic = ?');
    params.push(f.topic);
    order = 'd.day DESC, d.engagement_pk DESC';
    drivenBy = 'topic';
  }
  const dayColumn = drivenBy ? 'd.day' : 'e.day';
  if (actors && actors.length > 1) {
    where.push('e.pk IN (SELECT engagement_pk FROM participants WHERE actor_pk IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(actors));
  }
  if (withActors && withActors.length) {
    where.push('EXISTS (SELECT 1 FROM participants w WHERE w.engagement_pk = e.pk AND w.actor_pk IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(withActors));
  }
  if (of && drivenBy !== 'of') {
    where.push('EXISTS (SELECT 1 FROM participants o WHERE o.engagement_pk = e.pk AND o.affiliation = ?)');
    params.push(of);
  }
  if (f.topic && drivenBy !== 'topic') {
    where.push('EXISTS (SELECT 1 FROM topics t WHERE t.engagement_pk = e.pk AND t.topic = ?)');
    params.push(f.topic);
  }
  const kinds = asList(f.kind);
  if (kinds.length) {
    where.push(`e.kind IN (${kinds.map(() => '?').join(', ')})`);
    params.push(...kinds);
    if (!drivenBy && kinds.length === 1) order = 'e.kind, e.day DESC, e.pk DESC';
  }
  const statuses = asList(f.status);
  if (statuses.length) {
    where.push(`e.status IN (${statuses.map(() => '?').join(', ')})`);
    params.push(...statuses);
  }
  if (f.since) {
    where.push(`${dayColumn} >= ?`);
    params.push(f.since);
  }
  if (f.until) {
    where.push(`${dayColumn} <= ?`);
    params.push(f.until);
  }
  if (f.minReports) {
    where.push('e.reports >= ?');
    params.push(f.minReports);
  }
  if (f.text) {
    const q = ftsQuery(f.text);
    if (!q) empty = true;
    else {
      where.push(`e.pk IN (SELECT engagement_pk FROM reports WHERE pk IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)
        UNION SELECT engagement_pk FROM reports WHERE document_pk IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))`);
      params.push(q, q);
    }
  }
  const light = from.includes(' JOIN ') && !where.some((w) => /\be\./.test(w)) ? from.split(' JOIN ')[0] : null;
  return { from, where, params, order, empty, light, dayColumn };
}

const whereSql = (p: Plan): string => (p.where.length ? `WHERE ${p.where.join(' AND ')}` : '');

/** The engagement rows (and how many match in all) for a filter, newest first. */
export function findEngagements(db: Db, filters: EngagementFilters = {}, page: Page = {}, registry?: Registry): { total: number; rows: EngagementRow[] } {
  const p = plan(db, filters, registry);
  if (p.empty) return { total: 0, rows: [] };
  const limit = Math.max(0, Math.min(page.limit ?? 50, 10000));
  const offset = Math.max(0, page.offset ?? 0);
  // Counting an actor's or a state's engagements needs only the index that drives the query, unless a
  // condition reads the engagement itself.
  const total = db.prepare(`SELECT count(*) FROM ${p.light ?? p.from} ${whereSql(p)}`).pluck().get(...p.params) as number;
  const raw = db.prepare(`SELECT ${ENGAGEMENT_COLUMNS} FROM ${p.from} ${whereSql(p)} ORDER BY ${p.order} LIMIT ? OFFSET ?`).all(...p.params, limit, offset) as RawEngagement[];
  return { total, rows: hydrate(db, raw) };
}

/** Every engagement matching a filter, a row at a time (for exports: never the whole result in memory). */
export function* iterateEngagements(db: Db, filters: EngagementFilters = {}, registry?: Registry): Generator<EngagementRow> {
  const p = plan(db, filters, registry);
  if (p.empty) return;
  const ids = db.prepare(`SELECT e.pk FROM ${p.from} ${whereSql(p)} ORDER BY e.pk`).pluck();
  const batch: number[] = [];
  const byPk = db.prepare(`SELECT ${ENGAGEMENT_COLUMNS} FROM engagements e WHERE e.pk IN (SELECT value FROM json_each(?)) ORDER BY e.pk`);
  // Pages of ids, hydrated together: the id cursor stays open while each page is read.
  const flush = function* (): Generator<EngagementRow> {
    if (!batch.length) return;
    yield* hydrate(db, byPk.all(JSON.stringify(batch)) as RawEngagement[]);
    batch.length = 0;
  };
  for (const pk of ids.iterate(...p.params) as IterableIterator<number>) {
    batch.push(pk);
    if (batch.length >= 500) yield* flush();
  }
  yield* flush();
}

function hydrate(db: Db, raw: RawEngagement[]): EngagementRow[] {
  if (!raw.length) return [];
  const pks = JSON.stringify(raw.map((r) => r.pk));
  const participants = db
    .prepare(`SELECT p.engagement_pk, a.pk, a.name, a.role, coalesce(p.affiliation, a.affiliation) AS affiliation, a.registry_id
      FROM participants p JOIN actors a ON a.pk = p.actor_pk WHERE p.engagement_pk IN (SELECT value FROM json_each(?)) ORDER BY p.engagement_pk, a.pk`)
    .all(pks) as { engagement_pk: number; pk: number; name: string | null; role: string | null; affiliation: string | null; registry_id: string | null }[];
  const topics = db.prepare('SELECT engagement_pk, topic FROM topics WHERE engagement_pk IN (SELECT value FROM json_each(?)) ORDER BY topic').all(pks) as { engagement_pk: number; topic: string }[];
  const byEngagement = new Map<number, ParticipantRow[]>();
  for (const p of participants) {
    const list = byEngagement.get(p.engagement_pk) ?? [];
    list.push({ actor_id: actorId(p.pk), name: p.name, role: p.role, affiliation: p.affiliation, registry_id: p.registry_id });
    byEngagement.set(p.engagement_pk, list);
  }
  const topicsBy = new Map<number, string[]>();
  for (const t of topics) topicsBy.set(t.engagement_pk, [...(topicsBy.get(t.engagement_pk) ?? []), t.topic]);
  return raw.map((r) => ({
    id: engagementId(r.pk),
    kind: r.kind,
    status: r.status,
    multilateral: r.multilateral === 1,
    date: r.date,
    date_range: { earliest: r.earliest, latest: r.latest },
    date_disputed: r.date_disputed === 1,
    day: r.day,
    location: r.location,
    host: r.host,
    initiator: r.initiator_pk === null ? null : actorId(r.initiator_pk),
    codes: { plover: r.plover, plover_mode: r.plover_mode, cameo: r.cameo },
    confidence: r.confidence,
    reports: r.reports,
    outlets: r.outlets,
    participants: byEngagement.get(r.pk) ?? [],
    topics: topicsBy.get(r.pk) ?? [],
  }));
}

export interface ReportRow {
  report_id: number;
  document_id: string;
  document_pk: number;
  record_id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  kind: EngagementKind;
  status: EngagementStatus;
  date: string | null;
  date_range: { earliest: string | null; latest: string | null };
  date_text: string | null;
  location: string | null;
  participants: { actor: string; actor_id: string | null; name: string | null; role: string | null; affiliation: string | null }[];
  evidence: { sentence: number; start: number; end: number; text: string }[];
  topics: string[];
  confidence: number | null;
}

export interface StatementRow {
  id: number;
  document_id: string;
  speaker: string | null;
  speaker_name: string | null;
  act: string;
  codes: { plover: string | null; cameo: string | null };
  target: string | null;
  text: string;
  evidence: { sentence: number; start: number; end: number; text: string }[];
}

export interface DateClaimRow {
  date: string | null;
  earliest: string | null;
  latest: string | null;
  date_text: string | null;
  reports: number;
}

export interface EngagementDetail extends EngagementRow {
  reports_detail: ReportRow[];
  statements: StatementRow[];
  date_claims: DateClaimRow[];
}

/** One engagement with everything that supports it: each report's claim, evidence and document. */
export function getEngagement(db: Db, id: string | number): EngagementDetail | null {
  const pk = parseEngagementId(id);
  if (pk === null) return null;
  const raw = db.prepare(`SELECT ${ENGAGEMENT_COLUMNS} FROM engagements e WHERE e.pk = ?`).get(pk) as RawEngagement | undefined;
  if (!raw) return null;
  const [row] = hydrate(db, [raw]);
  const reports = (db
    .prepare(`SELECT r.pk, r.document_pk, d.id AS document_id, r.record_id, d.title, d.url, d.outlet, d.published, r.kind, r.status, r.date, r.earliest, r.latest,
        r.date_text, r.location, r.participants, r.evidence, r.topics, r.confidence
      FROM reports r JOIN documents d ON d.pk = r.document_pk WHERE r.engagement_pk = ? ORDER BY r.pk`)
    .all(pk) as Record<string, unknown>[]).map((r): ReportRow => ({
    report_id: r.pk as number,
    document_id: r.document_id as string,
    document_pk: r.document_pk as number,
    record_id: r.record_id as string,
    title: r.title as string | null,
    url: r.url as string | null,
    outlet: r.outlet as string | null,
    published: r.published as string | null,
    kind: r.kind as EngagementKind,
    status: r.status as EngagementStatus,
    date: r.date as string | null,
    date_range: { earliest: r.earliest as string | null, latest: r.latest as string | null },
    date_text: r.date_text as string | null,
    location: r.location as string | null,
    participants: (JSON.parse(r.participants as string) as { actor: string; actor_pk: number | null; name: string | null; role: string | null; affiliation: string | null }[]).map((p) => ({
      actor: p.actor, actor_id: p.actor_pk === null ? null : actorId(p.actor_pk), name: p.name, role: p.role, affiliation: p.affiliation,
    })),
    evidence: JSON.parse(r.evidence as string),
    topics: JSON.parse(r.topics as string),
    confidence: r.confidence as number | null,
  }));
  const claims = new Map<string, DateClaimRow>();
  for (const r of reports) {
    const key = `${r.date}|${r.date_range.earliest}|${r.date_range.latest}`;
    const c = claims.get(key) ?? { date: r.date, earliest: r.date_range.earliest, latest: r.date_range.latest, date_text: r.date_text, reports: 0 };
    c.reports++;
    claims.set(key, c);
  }
  return { ...row, reports_detail: reports, statements: statementsWhere(db, 's.engagement_pk = ?', pk), date_claims: [...claims.values()] };
}

function statementsWhere(db: Db, where: string, value: number): StatementRow[] {
  return (db
    .prepare(`SELECT s.pk, d.id AS document_id, s.speaker_pk, a.name AS speaker_name, s.act, s.plover, s.cameo, s.target_pk, s.text, s.evidence
      FROM statements s JOIN documents d ON d.pk = s.document_pk LEFT JOIN actors a ON a.pk = s.speaker_pk WHERE ${where} ORDER BY s.pk`)
    .all(value) as Record<string, unknown>[]).map((s) => ({
    id: s.pk as number,
    document_id: s.document_id as string,
    speaker: s.speaker_pk === null ? null : actorId(s.speaker_pk as number),
    speaker_name: s.speaker_name as string | null,
    act: s.act as string,
    codes: { plover: s.plover as string | null, cameo: s.cameo as string | null },
    target: s.target_pk === null ? null : actorId(s.target_pk as number),
    text: s.text as string,
    evidence: JSON.parse(s.evidence as string),
  }));
}

export interface ActorRow {
  id: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
  registry_id: string | null;
  engagements: number;
}

export interface ActorProfile extends ActorRow {
  /** Roles the reports gave, with the days they were seen. */
  roles: { role: string; affiliation: string | null; first_seen: string | null; last_seen: string | null; reports: number }[];
  /** Offices from the registry, when the actor is a registered person and a registry is given. */
  offices: OfficeTerm[];
  timeline: EngagementRow[];
  /** Over the actor's latest PROFILE_WINDOW engagements. */
  counterparts: { actor: ActorRow; engagements: number }[];
  topics: { topic: string; engagements: number }[];
  statements: number;
}

/** How many of an actor's latest engagements its profile's counterparts and topics are counted over. */
export const PROFILE_WINDOW = 2000;

const ACTOR_COLUMNS = 'a.pk, a.name, a.role, a.affiliation, a.registry_id, a.engagements';
const actorRow = (a: { pk: number; name: string | null; role: string | null; affiliation: string | null; registry_id: string | null; engagements: number }): ActorRow => ({
  id: actorId(a.pk), name: a.name, role: a.role, affiliation: a.affiliation, registry_id: a.registry_id, engagements: a.engagements,
});

/** Actors whose name, registry id or key matches, most engaged first. */
export function searchActors(db: Db, q: string, limit = 20, registry?: Registry): ActorRow[] {
  const pks = resolveActors(db, q, registry).slice(0, limit);
  if (!pks.length) return [];
  return (db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.pk IN (SELECT value FROM json_each(?)) ORDER BY a.engagements DESC, a.pk`).all(JSON.stringify(pks)) as Parameters<typeof actorRow>[0][]).map(actorRow);
}

/** An actor's offices, engagement timeline (newest first), top counterparts and topics. */
export function getActor(db: Db, idOrName: string, options: { registry?: Registry; timeline?: number; top?: number } = {}): ActorProfile | null {
  const [pk] = resolveActors(db, idOrName, options.registry);
  if (pk === undefined) return null;
  const a = db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.pk = ?`).get(pk) as Parameters<typeof actorRow>[0];
  const top = options.top ?? 10;
  const roles = db.prepare('SELECT role, nullif(affiliation, \'\') AS affiliation, first_seen, last_seen, reports FROM actor_roles WHERE actor_pk = ? ORDER BY first_seen').all(pk) as ActorProfile['roles'];
  const timeline = findEngagements(db, { actor: actorId(pk) }, { limit: options.timeline ?? 50 }).rows;
  // Counterparts and topics of the latest engagements (PROFILE_WINDOW): bounded work for the busiest actors.
  const recent = `(SELECT engagement_pk FROM participants WHERE actor_pk = ? ORDER BY day DESC, engagement_pk DESC LIMIT ${PROFILE_WINDOW})`;
  const counterparts = (db
    .prepare(`SELECT ${ACTOR_COLUMNS}, count(*) AS n FROM participants o JOIN actors a ON a.pk = o.actor_pk
      WHERE o.engagement_pk IN ${recent} AND o.actor_pk != ? GROUP BY o.actor_pk ORDER BY n DESC, a.pk LIMIT ?`)
    .all(pk, pk, top) as (Parameters<typeof actorRow>[0] & { n: number })[]).map((r) => ({ actor: actorRow(r), engagements: r.n }));
  const topics = db
    .prepare(`SELECT t.topic, count(*) AS engagements FROM topics t WHERE t.engagement_pk IN ${recent} GROUP BY t.topic ORDER BY engagements DESC, t.topic LIMIT ?`)
    .all(pk, top) as ActorProfile['topics'];
  const statements = db.prepare('SELECT count(*) FROM statements WHERE speaker_pk = ?').pluck().get(pk) as number;
  const offices = a.registry_id && options.registry ? options.registry.persons.get(a.registry_id)?.offices ?? [] : [];
  return { ...actorRow(a), roles, offices, timeline, counterparts, topics, statements };
}

export interface NetworkNode extends ActorRow {
  /** Engagements of this actor within the filter. */
  weight: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Engagements the two took part in together within the filter. */
  weight: number;
  kinds: Partial<Record<EngagementKind, number>>;
  first: string | null;
  last: string | null;
}

/** Who engaged whom, weighted by engagements, for the engagements a filter selects. */
export function network(db: Db, filters: EngagementFilters = {}, registry?: Registry): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const p = plan(db, filters, registry);
  if (p.empty) return { nodes: [], edges: [] };
  // (Without a period the general path keeps engagements of unknown day too.)
  const periodOnly = Boolean(filters.since || filters.until) && Object.entries(filters).every(([k, v]) => v === undefined || k === 'since' || k === 'until');
  if (periodOnly) return networkOfPeriod(db, filters.since ?? '0000-01-01', filters.until ?? '9999-12-31');
  const selected = `SELECT e.pk FROM ${p.from} ${whereSql(p)}`;
  // One pass over the participants of the selected engagements; pairs are counted here rather than by
  // a self-join, which costs several times more in SQLite.
  const rows = db
    .prepare(`SELECT p.engagement_pk AS e, p.actor_pk AS a, g.kind, g.day, a.name, a.role, a.affiliation, a.registry_id, a.engagements
      FROM participants p JOIN engagements g ON g.pk = p.engagement_pk JOIN actors a ON a.pk = p.actor_pk
      WHERE p.engagement_pk IN (${selected}) ORDER BY p.engagement_pk, p.actor_pk`)
    .raw()
    .all(...p.params) as PairRow[];
  return pairsToNetwork(rows);
}

/** Counts pairs of participants per engagement (rows ordered by engagement) into a weighted network. */
function pairsToNetwork(rows: PairRow[]): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const actorsSeen = new Map<number, ActorRow>();
  for (const r of rows) if (!actorsSeen.has(r[1])) actorsSeen.set(r[1], actorRow({ pk: r[1], name: r[4], role: r[5], affiliation: r[6], registry_id: r[7], engagements: r[8] }));
  const edges = new Map<string, NetworkEdge>();
  const weightOf = new Map<number, number>();
  const addPairs = (group: typeof rows): void => {
    for (let i = 0; i < group.length; i++) {
      const [, a, kind, day] = group[i];
      weightOf.set(a, (weightOf.get(a) ?? 0) + 1);
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j][1];
        const key = `${a}-${b}`;
        let edge = edges.get(key);
        if (!edge) edges.set(key, (edge = { source: actorId(a), target: actorId(b), weight: 0, kinds: {}, first: day, last: day }));
        edge.weight++;
        edge.kinds[kind] = (edge.kinds[kind] ?? 0) + 1;
        if (day && (!edge.first || day < edge.first)) edge.first = day;
        if (day && (!edge.last || day > edge.last)) edge.last = day;
      }
    }
  };
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i][0] !== rows[start][0]) {
      addPairs(rows.slice(start, i));
      start = i;
    }
  }
  const nodes = [...actorsSeen.entries()].sort((x, y) => x[0] - y[0]).map(([pk, a]): NetworkNode => ({ ...a, weight: weightOf.get(pk) ?? 0 }));
  return { nodes, edges: [...edges.values()].sort((x, y) => y.weight - x.weight) };
}

type PairRow = [number, number, EngagementKind, string | null, string | null, string | null, string | null, string | null, number];

/**
 * The network of a period with no other filter, the commonest view: participants come from one
 * range of the participants-by-day index and kinds from the kind-and-day index, both covering, so
 * no engagement row is read; only the actors met are looked up.
 */
function networkOfPeriod(db: Db, since: string, until: string): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const pairs = db
    .prepare('SELECT engagement_pk, actor_pk, day FROM participants INDEXED BY participants_day WHERE day >= ? AND day <= ? ORDER BY engagement_pk, actor_pk')
    .raw()
    .all(since, until) as [number, number, string | null][];
  const kindOf = new Map<number, EngagementKind>();
  for (const [pk, kind] of db.prepare('SELECT pk, kind FROM engagements INDEXED BY engagements_kind WHERE kind IN (\'phone_call\', \'video_call\', \'meeting\', \'visit\', \'message\') AND day >= ? AND day <= ?').raw().all(since, until) as [number, EngagementKind][]) {
    kindOf.set(pk, kind);
  }
  const actorPks = [...new Set(pairs.map((r) => r[1]))];
  const actors = new Map<number, ActorRow & { pk: number }>();
  for (const a of db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors a WHERE a.pk IN (SELECT value FROM json_each(?))`).all(JSON.stringify(actorPks)) as Parameters<typeof actorRow>[0][]) {
    actors.set(a.pk, { ...actorRow(a), pk: a.pk });
  }
  const rows: PairRow[] = pairs.map(([e, a, day]) => {
    const actor = actors.get(a);
    return [e, a, kindOf.get(e) ?? 'meeting', day, actor?.name ?? null, actor?.role ?? null, actor?.affiliation ?? null, actor?.registry_id ?? null, actor?.engagements ?? 0];
  });
  return pairsToNetwork(rows);
}

export type TimelineUnit = 'day' | 'week' | 'month';

/** Engagements per day, week (starting Monday) or month. */
export function timeline(db: Db, filters: EngagementFilters = {}, unit: TimelineUnit = 'month', registry?: Registry): { period: string; engagements: number }[] {
  const p = plan(db, filters, registry);
  if (p.empty) return [];
  const day = p.light ? p.dayColumn : 'e.day';
  const bucket = unit === 'day' ? day : unit === 'week' ? `date(${day}, '-6 days', 'weekday 1')` : `substr(${day}, 1, 7)`;
  return db
    .prepare(`SELECT ${bucket} AS period, count(*) AS engagements FROM ${p.light ?? p.from} ${[whereSql(p) || 'WHERE 1', `AND ${day} IS NOT NULL`].join(' ')} GROUP BY period ORDER BY period`)
    .all(...p.params) as { period: string; engagements: number }[];
}

/** Engagements per period and kind in one pass (the web app's timeline colours bars by kind). */
export function timelineByKind(db: Db, filters: EngagementFilters = {}, unit: TimelineUnit = 'month', registry?: Registry): { period: string; kind: EngagementKind; engagements: number }[] {
  const p = plan(db, filters, registry);
  if (p.empty) return [];
  const bucket = unit === 'day' ? 'e.day' : unit === 'week' ? "date(e.day, '-6 days', 'weekday 1')" : 'substr(e.day, 1, 7)';
  return db
    .prepare(`SELECT ${bucket} AS period, e.kind AS kind, count(*) AS engagements FROM ${p.from} ${[whereSql(p) || 'WHERE 1', 'AND e.day IS NOT NULL'].join(' ')} GROUP BY period, e.kind ORDER BY period`)
    .all(...p.params) as { period: string; kind: EngagementKind; engagements: number }[];
}

export interface Stats {
  documents: number;
  superseded_documents: number;
  actors: number;
  engagements: number;
  reports: number;
  statements: number;
  /** Engagements told by two or more reports. */
  corroborated: number;
  disputed_dates: number;
  outlets: number;
  by_kind: Record<string, number>;
  by_status: Record<string, number>;
  first_day: string | null;
  last_day: string | null;
}

export function stats(db: Db): Stats {
  const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const grouped = (sql: string): Record<string, number> =>
    Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  return {
    documents: one('SELECT count(*) FROM documents WHERE superseded_by IS NULL'),
    superseded_documents: one('SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL'),
    actors: one('SELECT count(*) FROM actors WHERE engagements > 0'),
    engagements: one('SELECT count(*) FROM engagements'),
    reports: one('SELECT count(*) FROM reports'),
    statements: one('SELECT count(*) FROM statements'),
    corroborated: one('SELECT count(*) FROM engagements WHERE reports > 1'),
    disputed_dates: one('SELECT count(*) FROM engagements WHERE date_disputed = 1'),
    outlets: one('SELECT count(DISTINCT source) FROM documents WHERE superseded_by IS NULL'),
    by_kind: grouped('SELECT kind AS k, count(*) AS n FROM engagements GROUP BY kind ORDER BY n DESC'),
    by_status: grouped('SELECT status AS k, count(*) AS n FROM engagements GROUP BY status ORDER BY n DESC'),
    first_day: db.prepare('SELECT min(day) FROM engagements').pluck().get() as string | null,
    last_day: db.prepare('SELECT max(day) FROM engagements').pluck().get() as string | null,
  };
}

export interface DocumentDetail {
  id: string;
  pk: number;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  published_source: string | null;
  origin: string | null;
  ingested_at: string;
  superseded_by: string | null;
  text: string;
  /** The record as extracted (the record format), each engagement naming its stored engagement. */
  record: unknown;
  engagements: string[];
}

/** SQL for the stored engagement of each of a document's records (`d` is the documents row), for `recordWithStoreIds`. */
export const STORED_IDS_SQL = "(SELECT json_group_array(json_array(r.record_id, r.engagement_pk)) FROM reports r WHERE r.document_pk = d.pk)";

/**
 * A stored document's record as extracted, each engagement naming the stored engagement it now
 * supports (`store_engagement`, an added field): taken from its reports, so it follows later merges.
 */
export function recordWithStoreIds(json: string, storedIds: string): Record<string, unknown> {
  const record = JSON.parse(json) as { engagements?: { id: string; store_engagement?: string }[] };
  const stored = new Map((JSON.parse(storedIds) as [string, number][]).map(([id, pk]) => [id, engagementId(pk)]));
  for (const e of record.engagements ?? []) {
    const id = stored.get(e.id);
    if (id) e.store_engagement = id;
  }
  return record;
}

/** A document by its id (the current version) or its row number. */
export function getDocument(db: Db, id: string | number): DocumentDetail | null {
  const row = (typeof id === 'number'
    ? db.prepare(`SELECT d.*, ${STORED_IDS_SQL} AS stored FROM documents d WHERE pk = ?`).get(id)
    : db.prepare(`SELECT d.*, ${STORED_IDS_SQL} AS stored FROM documents d WHERE id = ? ORDER BY superseded_by IS NOT NULL, pk DESC LIMIT 1`).get(id)) as Record<string, unknown> | undefined;
  if (!row) return null;
  const superseded = row.superseded_by === null ? null : (db.prepare('SELECT id FROM documents WHERE pk = ?').pluck().get(row.superseded_by) as string);
  const engagements = (db.prepare('SELECT DISTINCT engagement_pk FROM reports WHERE document_pk = ? ORDER BY engagement_pk').pluck().all(row.pk) as number[]).map(engagementId);
  return {
    id: row.id as string, pk: row.pk as number, title: row.title as string | null, url: row.url as string | null, outlet: row.outlet as string | null,
    published: row.published as string | null, published_source: row.published_source as string | null, origin: row.origin as string | null,
    ingested_at: row.ingested_at as string, superseded_by: superseded, text: row.text as string, record: recordWithStoreIds(row.record as string, row.stored as string), engagements,
  };
}

export interface TextHit {
  document_id: string;
  title: string | null;
  published: string | null;
  snippet: string;
  engagements: string[];
}

/** Documents whose text matches, best first, with a snippet and the engagements they report. */
export function searchText(db: Db, q: string, limit = 20): TextHit[] {
  const query = ftsQuery(q);
  if (!query) return [];
  const rows = db
    .prepare(`SELECT d.pk, d.id, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
      FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid WHERE documents_fts MATCH ? AND d.superseded_by IS NULL ORDER BY rank LIMIT ?`)
    .all(query, limit) as { pk: number; id: string; title: string | null; published: string | null; snippet: string }[];
  const engagementsOf = db.prepare('SELECT DISTINCT engagement_pk FROM reports WHERE document_pk = ? ORDER BY engagement_pk').pluck();
  return rows.map((r) => ({ document_id: r.id, title: r.title, published: r.published, snippet: r.snippet, engagements: (engagementsOf.all(r.pk) as number[]).map(engagementId) }));
}
