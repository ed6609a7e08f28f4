// Finds a publication date printed at the head of a report: a dateline such as
// "Tehran, 24 October 2023 (TDI):", "MOSCOW, May 12, 2022 -", or a stamp like "date 2024-04-01".
import * as chrono from 'chrono-node';

/** How far into the text a dateline may start. */
const HEAD_CHARS = 160;

const ISO_STAMP = /^\s*(?:date|published|posted|updated)?\s*[:\-]?\s*(\d{4})-(\d{2})-(\d{2})\b/i;
// A place, a comma, then a date, closed by a colon, dash, or an agency tag in brackets.
const PLACE_DATE = /^\s*(?:[A-Z][A-Za-z.'’ -]{1,40}),\s+([^:\n–—]{6,40}?)\s*(?:\([^)]{1,40}\))?\s*(?::|-|–|—)/;
const LEADING_DATE = /^\s*((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\b/;

export interface Dateline {
  published: string;
  /** Where the dateline ends in the text. */
  end: number;
}

export function findDateline(text: string): Dateline | null {
  const head = text.slice(0, HEAD_CHARS);
  const iso = ISO_STAMP.exec(head);
  if (iso && validDay(+iso[1], +iso[2], +iso[3])) {
    return { published: `${iso[1]}-${iso[2]}-${iso[3]}`, end: iso[0].length };
  }
  for (const pattern of [PLACE_DATE, LEADING_DATE]) {
    const m = pattern.exec(head);
    if (!m) continue;
    const day = fullDate(m[1]);
    if (day) return { published: day, end: m[0].length };
  }
  return null;
}

/** A date written with day, month and year; anything less cannot be a publication date. */
function fullDate(text: string): string | null {
  const results = chrono.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const r = results[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const y = r.start.get('year')!;
  const mo = r.start.get('month')!;
  const d = r.start.get('day')!;
  return validDay(y, mo, d) ? isoDay(y, mo, d) : null;
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
