// Office-holder rows from outside sources (a Wikidata SPARQL result, a CSV file), in one shape for merging.
import { parse as parseCsv } from 'csv-parse/sync';
import type { Office, OfficeTerm } from '../types.js';
import { officeFromText } from './offices.js';

export interface ImportRow {
  wikidata: string | null;
  name: string;
  aliases: string[];
  term: OfficeTerm;
}

export interface ImportProblem {
  row: number;
  reason: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  problems: ImportProblem[];
}

type Binding = Record<string, { type: string; value: string } | undefined>;

/** A SPARQL JSON result of data/wikidata/office-holders.rq (or any query with the same columns). */
export function rowsFromWikidata(json: unknown, source = 'wikidata'): ParsedImport {
  const bindings = (json as { results?: { bindings?: Binding[] } })?.results?.bindings;
  if (!Array.isArray(bindings)) throw new Error('not a SPARQL JSON result: no results.bindings list');
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  bindings.forEach((b, i) => {
    const value = (k: string): string | null => b[k]?.value ?? null;
    const name = value('personLabel');
    const qid = value('person')?.replace(/^.*\/entity\//, '') ?? null;
    const office = officeFromText(value('office') ?? value('positionLabel') ?? '');
    const of = value('iso3') ?? value('of');
    const start = wikidataDay(value('start'));
    if (!name || (qid && name === qid)) return problems.push({ row: i + 1, reason: 'no English label for the person' });
    if (!office) return problems.push({ row: i + 1, reason: `office "${value('office') ?? value('positionLabel')}" is not one Parley knows` });
    if (!of) return problems.push({ row: i + 1, reason: 'no state code (iso3)' });
    if (!start) return problems.push({ row: i + 1, reason: 'no start date' });
    const aliases = (value('aliases') ?? '').split('|').map((a) => a.trim()).filter((a) => a && a !== name);
    rows.push({
      wikidata: qid,
      name,
      aliases,
      term: {
        office,
        title: titleFrom(value('positionLabel'), value('countryLabel'), office),
        of: of.toUpperCase(),
        start,
        end: wikidataDay(value('end')),
        precision: precisionOf(value('startPrecision')),
        source: qid ? `${source} ${qid}` : source,
      },
    });
  });
  return { rows, problems };
}

/**
 * CSV with a header row. Columns: name, office, of, start (required); title, end, precision,
 * aliases (separated by "|"), acting (true/false), source, wikidata (optional).
 */
export function rowsFromCsv(text: string, source = 'csv'): ParsedImport {
  const records = parseCsv(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true }) as Record<string, string>[];
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  records.forEach((r, i) => {
    const row = i + 2; // the header is line 1
    const office = officeFromText(r.office ?? '');
    const start = normaliseDay(r.start);
    if (!r.name) return problems.push({ row, reason: 'no name' });
    if (!office) return problems.push({ row, reason: `office "${r.office ?? ''}" is not one Parley knows` });
    if (!r.of) return problems.push({ row, reason: 'no state or organisation code in "of"' });
    if (!start) return problems.push({ row, reason: `start "${r.start ?? ''}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)` });
    const end = r.end ? normaliseDay(r.end) : null;
    if (r.end && !end) return problems.push({ row, reason: `end "${r.end}" is not a date` });
    const precision = (r.precision as OfficeTerm['precision']) || precisionOfWritten(r.start);
    if (!['day', 'month', 'year'].includes(precision)) return problems.push({ row, reason: `precision "${r.precision}" must be day, month or year` });
    const acting = /^(true|yes|1)$/i.test(r.acting ?? '');
    rows.push({
      wikidata: r.wikidata || null,
      name: r.name,
      aliases: (r.aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean),
      term: {
        office,
        title: r.title || defaultTitle(office),
        of: r.of.toUpperCase(),
        start,
        end,
        precision,
        ...(acting ? { acting: true } : {}),
        source: r.source || source,
      },
    });
  });
  return { rows, problems };
}

function wikidataDay(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  // Wikidata writes a year- or month-precision date with zeros ("2013-00-00"): the first day stands for it.
  return `${m[1]}-${m[2] === '00' ? '01' : m[2]}-${m[3] === '00' ? '01' : m[3]}`;
}

function precisionOf(code: string | null): OfficeTerm['precision'] {
  const n = Number(code ?? 11);
  return n >= 11 ? 'day' : n === 10 ? 'month' : 'year';
}

function normaliseDay(value: string | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

function precisionOfWritten(value: string | undefined): OfficeTerm['precision'] {
  const parts = (value ?? '').split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}

/** "Minister for Foreign Affairs of Ghana" is written "Minister for Foreign Affairs" on a Ghanaian term. */
function titleFrom(label: string | null, country: string | null, office: Office): string {
  if (!label) return defaultTitle(office);
  let title = label;
  if (country) title = title.replace(new RegExp(`\\s+of\\s+(the\\s+)?${escape(country)}$`, 'i'), '');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function defaultTitle(office: Office): string {
  const titles: Partial<Record<Office, string>> = {
    head_of_state: 'Head of State',
    head_of_government: 'Head of Government',
    foreign_minister: 'Foreign Minister',
    deputy_head_of_government: 'Deputy Head of Government',
    secretary_general: 'Secretary-General',
    leader: 'Leader',
  };
  return titles[office] ?? office;
}
