// When two records describe one term of office.
import type { OfficeTerm } from '../types.js';

/** Two records of one term: same office of the same state, starting within this many days. */
const SAME_TERM_DAYS = 45;

export function sameTerm(a: OfficeTerm, b: OfficeTerm): boolean {
  if (a.office !== b.office || a.of !== b.of) return false;
  const days = Math.abs(Date.parse(a.start) - Date.parse(b.start)) / 86_400_000;
  if (days <= SAME_TERM_DAYS) return true;
  // A start known only to the month or year may lie anywhere in it.
  const coarse = a.precision !== 'day' || b.precision !== 'day';
  return coarse && a.start.slice(0, 4) === b.start.slice(0, 4) && days <= 366;
}
