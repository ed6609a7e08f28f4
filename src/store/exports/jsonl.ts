// The record format: one document record per line, as extracted, each engagement naming the stored
// engagement it supports (`store_engagement`). With filters, the documents that report a selected engagement.
import type { Exporter } from './index.js';
import { STORED_IDS_SQL, iterateEngagements, recordWithStoreIds } from '../queries.js';

export const exportJsonl: Exporter = async (db, filters, out, registry) => {
  let n = 0;
  const filtered = Object.values(filters).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
  const records = db.prepare(`SELECT d.record, ${STORED_IDS_SQL} AS stored FROM documents d WHERE superseded_by IS NULL ORDER BY pk`);
  if (!filtered) {
    for (const { record, stored } of records.iterate() as IterableIterator<{ record: string; stored: string }>) {
      await out.write(`${JSON.stringify(recordWithStoreIds(record, stored))}\n`);
      n++;
    }
    return n;
  }
  const wanted = new Set<number>();
  const docsOf = db.prepare('SELECT DISTINCT document_pk FROM reports WHERE engagement_pk = ?').pluck();
  for (const e of iterateEngagements(db, filters, registry)) for (const d of docsOf.all(Number(e.id.slice(1))) as number[]) wanted.add(d);
  const byPk = db.prepare(`SELECT d.record, ${STORED_IDS_SQL} AS stored FROM documents d WHERE pk = ? AND superseded_by IS NULL`);
  for (const pk of [...wanted].sort((a, b) => a - b)) {
    const row = byPk.get(pk) as { record: string; stored: string } | undefined;
    if (row === undefined) continue;
    await out.write(`${JSON.stringify(recordWithStoreIds(row.record, row.stored))}\n`);
    n++;
  }
  return n;
};
