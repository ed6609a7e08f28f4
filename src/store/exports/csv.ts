// A flat table: one row per stored engagement, participants joined with "; ".
import type { Exporter } from './index.js';
import { forEachPage, pkOf } from './index.js';

const COLUMNS = [
  'id', 'kind', 'status', 'multilateral', 'date', 'earliest', 'latest', 'date_disputed', 'participants', 'roles', 'affiliations', 'registry_ids',
  'initiator', 'host', 'location', 'topics', 'cameo', 'plover', 'plover_mode', 'reports', 'outlets', 'confidence', 'first_url',
];

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const exportCsv: Exporter = async (db, filters, out, registry) => {
  await out.write(`${COLUMNS.join(',')}\n`);
  let n = 0;
  await forEachPage(db, filters, registry, async (page, first) => {
    for (const e of page) {
      const row = [
        e.id, e.kind, e.status, e.multilateral, e.date, e.date_range.earliest, e.date_range.latest, e.date_disputed,
        e.participants.map((p) => p.name ?? '').join('; '), e.participants.map((p) => p.role ?? '').join('; '),
        e.participants.map((p) => p.affiliation ?? '').join('; '), e.participants.map((p) => p.registry_id ?? '').join('; '),
        e.participants.find((p) => p.actor_id === e.initiator)?.name ?? '', e.host, e.location, e.topics.join('; '),
        e.codes.cameo, e.codes.plover, e.codes.plover_mode, e.reports, e.outlets, e.confidence?.toFixed(3), first.get(pkOf(e.id))?.url,
      ];
      await out.write(`${row.map(csvField).join(',')}\n`);
      n++;
    }
  });
  return n;
};
