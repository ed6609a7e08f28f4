// Exports of the store, one module per format. Each writes row by row to a stream, so an export of
// a million engagements never holds them all in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Registry } from '../../resolve/registry.js';
import type { Db } from '../db.js';
import { iterateEngagements, type EngagementFilters, type EngagementRow } from '../queries.js';
import { exportJsonl } from './jsonl.js';
import { exportCsv } from './csv.js';
import { exportPlover } from './plover.js';
import { exportGdelt } from './gdelt.js';
import { exportGraphml } from './graphml.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'gdelt', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Writes lines with backpressure: a slow pipe or disk slows the export instead of filling memory. */
export class LineWriter {
  constructor(private readonly out: NodeJS.WritableStream) {}
  async write(line: string): Promise<void> {
    if (!this.out.write(line)) await once(this.out, 'drain');
  }
}

export type Exporter = (db: Db, filters: EngagementFilters, out: LineWriter, registry?: Registry) => Promise<number>;

const EXPORTERS: Record<ExportFormat, Exporter> = { jsonl: exportJsonl, csv: exportCsv, plover: exportPlover, gdelt: exportGdelt, graphml: exportGraphml };

/** Runs an export to a file or stdout; returns how many items it wrote. */
export async function runExport(db: Db, format: ExportFormat, filters: EngagementFilters, file?: string, registry?: Registry): Promise<number> {
  const stream = file ? createWriteStream(file) : process.stdout;
  const n = await EXPORTERS[format](db, filters, new LineWriter(stream), registry);
  if (file) {
    stream.end();
    await once(stream, 'finish');
  }
  return n;
}

/** The first report of each engagement: its document's URL, outlet, headline and evidence. */
export function firstReports(db: Db, pks: number[]): Map<number, { url: string | null; outlet: string | null; title: string | null; document_id: string; published: string | null; evidence: string }> {
  const rows = db
    .prepare(`SELECT r.engagement_pk, d.url, d.outlet, d.title, d.id AS document_id, d.published, r.evidence FROM reports r JOIN documents d ON d.pk = r.document_pk
      WHERE r.pk IN (SELECT min(pk) FROM reports WHERE engagement_pk IN (SELECT value FROM json_each(?)) GROUP BY engagement_pk)`)
    .all(JSON.stringify(pks)) as { engagement_pk: number; url: string | null; outlet: string | null; title: string | null; document_id: string; published: string | null; evidence: string }[];
  return new Map(rows.map((r) => [r.engagement_pk, { ...r, evidence: (JSON.parse(r.evidence) as { text: string }[]).map((e) => e.text).join(' ') }]));
}

export const pkOf = (id: string): number => Number(id.slice(1));

/** How many engagements an export holds in memory at once. */
const PAGE = 500;

/** The selected engagements page by page, each page with its first reports, in bounded memory. */
export async function forEachPage(
  db: Db,
  filters: EngagementFilters,
  registry: Registry | undefined,
  each: (page: EngagementRow[], first: ReturnType<typeof firstReports>) => Promise<void>,
): Promise<void> {
  let page: EngagementRow[] = [];
  const flush = async (): Promise<void> => {
    await each(page, firstReports(db, page.map((e) => pkOf(e.id))));
    page = [];
  };
  for (const e of iterateEngagements(db, filters, registry)) {
    page.push(e);
    if (page.length >= PAGE) await flush();
  }
  await flush();
}
