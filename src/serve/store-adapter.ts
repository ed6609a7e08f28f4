// The API's questions answered from the SQLite store (src/store/queries.ts), in the shapes the web
// app reads. Actor ids are the store's ("A12"); engagement ids its "E7".
import { PassThrough } from 'node:stream';
import type { Db } from '../store/db.js';
import {
  findEngagements,
  getActor,
  getDocument,
  getEngagement,
  network,
  searchActors,
  searchText,
  stats,
  timeline,
  timelineByKind,
  type EngagementDetail,
  type EngagementRow,
} from '../store/queries.js';
import { EXPORT_FORMATS, LineWriter, type ExportFormat } from '../store/exports/index.js';
import { exportJsonl } from '../store/exports/jsonl.js';
import { exportCsv } from '../store/exports/csv.js';
import { exportPlover } from '../store/exports/plover.js';
import { exportGdelt } from '../store/exports/gdelt.js';
import { exportGraphml } from '../store/exports/graphml.js';
import { StoreWriter, contentHash } from '../store/write.js';
import type { Registry } from '../resolve/registry.js';
import type { Extractor } from '../pipeline.js';
import type { ApiStore, Bucket, EngagementFilters, Page } from './api.js';

const EXPORTERS = { jsonl: exportJsonl, csv: exportCsv, plover: exportPlover, gdelt: exportGdelt, graphml: exportGraphml };
const CONTENT_TYPES: Record<ExportFormat, [string, string]> = {
  jsonl: ['application/x-ndjson; charset=utf-8', 'engagements.jsonl'],
  csv: ['text/csv; charset=utf-8', 'engagements.csv'],
  plover: ['application/x-ndjson; charset=utf-8', 'engagements.plover.jsonl'],
  gdelt: ['text/tab-separated-values; charset=utf-8', 'engagements.gdelt.tsv'],
  graphml: ['application/graphml+xml; charset=utf-8', 'network.graphml'],
};

function summary(e: EngagementRow) {
  return {
    id: e.id,
    kind: e.kind,
    status: e.status,
    multilateral: e.multilateral,
    date: e.date,
    date_range: e.date_range,
    date_disputed: e.date_disputed,
    location: e.location,
    host: e.host,
    participants: e.participants,
    topics: e.topics,
    reports: e.reports,
    outlets: e.outlets,
    codes: e.codes,
  };
}

/** How the day was fixed, in words: one claim, agreeing reports, or a dispute. */
function dateNote(e: EngagementDetail): string {
  const claims = e.date_claims;
  if (e.date && claims.length <= 1) {
    const c = claims[0];
    return `${e.reports === 1 ? 'The report' : `All ${e.reports} reports`} fix the day as ${e.date}${c?.date_text ? ` ("${c.date_text}", read against the publication date)` : ''}.`;
  }
  if (claims.length > 1) {
    const parts = claims.map((c) => `${c.date ?? `between ${c.earliest ?? '?'} and ${c.latest ?? '?'}`} (${c.reports} report${c.reports === 1 ? '' : 's'}${c.date_text ? `, "${c.date_text}"` : ''})`);
    return `The reports disagree: ${parts.join('; ')}. The record keeps ${e.date ? e.date : `the range ${e.date_range.earliest ?? '?'} to ${e.date_range.latest ?? '?'}`}.`;
  }
  return `No report fixes the day${e.date_range.latest ? `; it was no later than ${e.date_range.latest}` : ''}${e.date_range.earliest ? ` and no earlier than ${e.date_range.earliest}` : ''}.`;
}

export function storeApi(db: Db, deps: { registry?: Registry; extractor?: Extractor } = {}): ApiStore {
  const registry = deps.registry;
  return {
    engagements(filters: EngagementFilters, page: Page) {
      const { total, rows } = findEngagements(db, filters, page, registry);
      return { total, items: rows.map(summary) };
    },
    engagement(id) {
      const e = getEngagement(db, id);
      if (!e) return null;
      const names = new Map<string, string | null>(e.participants.map((p) => [p.actor_id, p.name]));
      return {
        ...summary(e),
        initiator: e.initiator,
        codes: e.codes,
        date_note: dateNote(e),
        date_claims: e.date_claims,
        claims: e.reports_detail.map((r) => ({
          document_id: r.document_id,
          title: r.title,
          outlet: r.outlet,
          url: r.url,
          published: r.published,
          date: r.date,
          date_text: r.date_text,
          date_range: r.date_range,
          status: r.status,
          evidence: r.evidence,
        })),
        statements: e.statements.map((s) => ({ ...s, id: String(s.id), target_name: s.target ? names.get(s.target) ?? null : null })),
      };
    },
    actors(q, limit) {
      return searchActors(db, q, limit, registry);
    },
    actor(id) {
      const a = getActor(db, id, { registry, timeline: 50, top: 10 });
      if (!a) return null;
      const monthly = timeline(db, { actor: a.id }, 'month', registry);
      return {
        id: a.id,
        name: a.name,
        role: a.role,
        affiliation: a.affiliation,
        registry_id: a.registry_id,
        engagement_count: a.engagements,
        statements: a.statements,
        roles: a.roles,
        offices: a.offices.map((t) => ({ title: t.title, of: t.of, start: t.start, end: t.end })),
        timeline: monthly.map((m) => ({ period: m.period, count: m.engagements })),
        counterparts: a.counterparts.map((c) => ({ id: c.actor.id, name: c.actor.name, affiliation: c.actor.affiliation, count: c.engagements })),
        topics: a.topics.map((t) => ({ topic: t.topic, count: t.engagements })),
        engagements: a.timeline.map(summary),
      };
    },
    document(id) {
      const d = getDocument(db, id);
      if (!d) return null;
      const record = d.record as { engagements?: { id: string; evidence: { start: number; end: number; text: string }[] }[] };
      const evidence = (record.engagements ?? []).flatMap((e) => e.evidence ?? []);
      const engagements = d.engagements.map((eid) => getEngagement(db, eid)).filter((e): e is EngagementDetail => e !== null);
      return {
        id: d.id,
        title: d.title,
        outlet: d.outlet,
        url: d.url,
        published: d.published,
        superseded_by: d.superseded_by,
        text: d.text,
        evidence,
        engagements: engagements.map((e) => ({
          ...summary(e),
          evidence: e.reports_detail.filter((r) => r.document_id === d.id).flatMap((r) => r.evidence),
        })),
      };
    },
    statements(filters: EngagementFilters, page: Page) {
      const { total, rows } = findEngagements(db, filters, page, registry);
      const items = rows.flatMap((r) => (getEngagement(db, r.id)?.statements ?? []).map((s) => ({ engagement: r.id, ...s })));
      return { total, items };
    },
    search(q, limit) {
      return searchText(db, q, limit);
    },
    network(filters: EngagementFilters, limit: number) {
      const n = network(db, filters, registry);
      // The strongest links, and the actors they join, so a big selection stays readable.
      const edges = n.edges.slice(0, limit);
      const keep = new Set(edges.flatMap((e) => [e.source, e.target]));
      const nodes = n.nodes.filter((x) => keep.has(x.id)).map((x) => ({ ...x, engagements: x.weight }));
      return { nodes, edges: edges };
    },
    timeline(filters: EngagementFilters, bucket: Bucket) {
      return timelineByKind(db, filters, bucket, registry).map((t) => ({ period: t.period, kind: t.kind, count: t.engagements }));
    },
    stats() {
      return stats(db);
    },
    exportSelection(filters: EngagementFilters, format: string) {
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw Object.assign(new Error(`unknown export format ${format}`), { statusCode: 400 });
      const f = format as ExportFormat;
      const body = new PassThrough();
      void EXPORTERS[f](db, filters, new LineWriter(body), registry).then(
        () => body.end(),
        (err: Error) => body.destroy(err),
      );
      return { contentType: CONTENT_TYPES[f][0], filename: CONTENT_TYPES[f][1], body };
    },
    ingestText(input) {
      if (!deps.extractor) throw Object.assign(new Error('this server cannot extract'), { statusCode: 503, expose: true });
      const doc = {
        id: input.id ?? `api-${contentHash(input.text).slice(0, 12)}`,
        origin: `api${input.id ? `#${input.id}` : ''}`,
        text: input.text,
        published: input.published ?? null,
        publishedSource: input.published ? ('metadata' as const) : null,
        title: input.title ?? null,
        url: input.url ?? null,
        outlet: input.outlet ?? null,
        language: null,
      };
      const writer = new StoreWriter(db);
      const hash = contentHash(doc.text);
      if (writer.hasContent(hash)) return { id: doc.id, stored: false, reason: 'a document with the same text is already stored' };
      const record = deps.extractor.extract(doc);
      const result = writer.add(doc, record, hash);
      return { id: doc.id, stored: true, ...result };
    },
  };
}
