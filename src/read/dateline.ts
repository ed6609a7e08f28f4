// Finds a publication date printed at the head of a report: a dateline such as
// "Tehran, 24 October 2023 (TDI):", "MOSCOW, May 12, 2022 -", or a stamp like "date 2024-04-01".
import * as chrono from 'chrono-node';

/** How far into the text the head of a report (headline, stamp, dateline) may reach. */
const HEAD_CHARS = 600;
/** How many lines of the head are read. */
const HEAD_LINES = 6;

const ISO_STAMP = /^\s*(?:date|published|posted|updated)?\s*[:\-]?\s*(\d{4})-(\d{2})-(\d{2})\b/i;
// "Published 6 July 2024", "Posted On: 11 APR 2022", "Updated: March 3, 2021" anywhere in a head line.
const STAMP = /\b(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*/i;
// A place and a comma before the date: "Tehran, 24 October 2023 (TDI):", "AlUla, January 08, 2024, SPA --".
const PLACE = /^\s*(?:[\p{Lu}][\p{L}.'’ /-]{1,40},\s+){1,2}/u;

export interface Dateline {
  published: string;
}

/**
 * The publication date printed in the head of a report: a stamp ("date 2024-04-01", "Published 6 July
 * 2024"), a dateline ("MOSCOW, May 12, 2022 -"), or a line of its own under the headline ("December
 * 7, 2021 Sochi"). Only a date with day, month and year counts.
 */
export function findDateline(text: string): Dateline | null {
  const lines = text.slice(0, HEAD_CHARS).split(/\n|\s{3,}/).map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  for (const line of lines) {
    const iso = ISO_STAMP.exec(line);
    if (iso && validDay(+iso[1], +iso[2], +iso[3])) return { published: `${iso[1]}-${iso[2]}-${iso[3]}` };
    const day = dateAtStart(line) ?? dateAtStart(line.replace(PLACE, ''));
    if (day) return { published: day };
    const stamp = STAMP.exec(line);
    if (stamp) {
      const stamped = dateAtStart(line.slice(stamp.index + stamp[0].length));
      if (stamped) return { published: stamped };
    }
  }
  return null;
}

/**
 * A page's own publication stamp on a line of its own anywhere in it ("Published 19 November
 * 2013", "Posted on: 11 APR 2022"): web pages print it in a metadata block the article text drops.
 */
export function stampedDate(pageText: string): string | null {
  for (const line of pageText.split('\n')) {
    const m = /^\s*(?:first\s+)?(?:published|posted)(?:\s+on)?\b\s*:?\s*/i.exec(line);
    if (!m || line.length > 80) continue;
    const day = dateAtStart(line.slice(m[0].length));
    if (day) return day;
  }
  return null;
}

/** A full date that opens the text (after any spaces). */
function dateAtStart(text: string): string | null {
  const trimmed = text.trimStart();
  if (!/^[\p{L}\d]/u.test(trimmed)) return null;
  // "On 12 March 2021, the ministers met": a sentence about an event, not a dateline.
  if (/^(on|in|at|by|since|from|until|before|after|during)\b/i.test(trimmed)) return null;
  const results = chrono.parse(trimmed.slice(0, 60), { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const r = results[0];
  if (!r || r.index > 3) return null;
  return fullDate(r);
}

/** A date written with day, month and year; anything less cannot be a publication date. */
function fullDate(r: chrono.ParsedResult): string | null {
  // ("Yesterday evening in Paris, ...": chrono fixes a relative day against its reference, which is no date printed.)
  if (!/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(r.text)) return null;
  if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
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
