// PLOVER event records, one JSON object per line: the engagement is a CONSULT by `actor` with
// `recipient` (the initiator first when the text names one), with the text that reports it
// (`text_info`) and where it was published (`cite_info`). A multilateral engagement is one record
// per pair of participants, so that every dyad is there for dyadic analysis.
import type { Exporter } from './index.js';
import { forEachPage, pkOf } from './index.js';
import type { EngagementRow, ParticipantRow } from '../queries.js';

export function dyads(e: EngagementRow): [ParticipantRow, ParticipantRow][] {
  const ps = [...e.participants];
  const init = ps.findIndex((p) => p.actor_id === e.initiator);
  if (init > 0) ps.unshift(...ps.splice(init, 1));
  const out: [ParticipantRow, ParticipantRow][] = [];
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) out.push([ps[i], ps[j]]);
  return out;
}

const describe = (p: ParticipantRow): string => [p.name, p.role].filter(Boolean).join(', ');

export const exportPlover: Exporter = async (db, filters, out, registry) => {
  let n = 0;
  await forEachPage(db, filters, registry, async (page, first) => {
    for (const e of page) {
      const r = first.get(pkOf(e.id));
      const pairs = dyads(e);
      for (let k = 0; k < pairs.length; k++) {
        const [a, b] = pairs[k];
        const record = {
          id: pairs.length > 1 ? `${e.id}-${k + 1}` : e.id,
          date: e.date ?? e.day,
          date_range: e.date_range,
          event: e.codes.plover,
          mode: e.codes.plover_mode,
          context: e.topics,
          actor: a.affiliation,
          actor_comment: describe(a),
          recipient: b.affiliation,
          recipient_comment: describe(b),
          location: e.location,
          cameo: e.codes.cameo,
          status: e.status,
          text_info: { headline: r?.title ?? null, text: r?.evidence ?? null, publisher: r?.outlet ?? null, date: r?.published ?? null, document_id: r?.document_id ?? null },
          cite_info: { url: r?.url ?? null, source: 'parley', engagement: e.id, reports: e.reports, outlets: e.outlets, confidence: e.confidence },
        };
        await out.write(`${JSON.stringify(record)}\n`);
      }
      n++;
    }
  });
  return n;
};
