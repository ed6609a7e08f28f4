// A GDELT-style event table (tab-separated, with a header): the event columns that apply to
// engagements. Dates, actor codes and names, CAMEO codes with their root, quad class and Goldstein
// score, mention counts (reports, outlets), place, and the first source URL. One row per dyad.
import type { Exporter } from './index.js';
import { forEachPage, pkOf } from './index.js';
import { dyads } from './plover.js';
import { lexicon } from '../../lexicon/lexicon.js';

const COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass',
  'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'ActionGeo_FullName', 'DATEADDED', 'SOURCEURL',
];

// The Goldstein scores CAMEO gives the consult family (and 036, intent to meet).
const GOLDSTEIN: Record<string, number> = { '036': 4.0, '040': 1.0, '041': 1.0, '042': 1.9, '043': 2.8, '044': 2.5, '045': 5.0, '046': 7.0 };

const clean = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function fractionDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return (d.getUTCFullYear() + (d.getTime() - start) / 86400000 / 365).toFixed(4);
}

export const exportGdelt: Exporter = async (db, filters, out, registry) => {
  await out.write(`${COLUMNS.join('\t')}\n`);
  let n = 0;
  const parties = lexicon().parties;
  // CAMEO actor codes: a state's officials are its government (IRNGOV); organisations and
  // movements carry their own CAMEO code; only states have a country code.
  const actorCode = (aff: string | null): [string, string, string] => {
    if (!aff) return ['', '', ''];
    const party = parties.get(aff);
    if (!party) return [aff, '', ''];
    if (party.kind === 'state') return [`${party.cameo ?? aff}GOV`, party.code, 'GOV'];
    return [party.cameo ?? aff, '', party.kind === 'igo' ? 'IGO' : ''];
  };
  await forEachPage(db, filters, registry, async (page, first) => {
    for (const e of page) {
      const r = first.get(pkOf(e.id));
      const day = e.date ?? e.day;
      const pairs = dyads(e);
      for (let k = 0; k < pairs.length; k++) {
        const [a, b] = pairs[k];
        const code = e.codes.cameo;
        const [a1, a1country, a1type] = actorCode(a.affiliation);
        const [a2, a2country, a2type] = actorCode(b.affiliation);
        const row = [
          pairs.length > 1 ? `${e.id}-${k + 1}` : e.id, day?.replace(/-/g, ''), day?.slice(0, 7).replace('-', ''), day?.slice(0, 4), day ? fractionDate(day) : '',
          a1, a.name ?? a.role, a1country, a1type,
          a2, b.name ?? b.role, a2country, a2type,
          1, code, code.slice(0, 3), code.slice(0, 2), 1, (GOLDSTEIN[code] ?? 1.0).toFixed(1), e.reports, e.outlets, e.reports, e.location,
          r?.published?.replace(/-/g, '') ?? '', r?.url ?? '',
        ];
        await out.write(`${row.map(clean).join('\t')}\n`);
      }
      n++;
    }
  });
  return n;
};
