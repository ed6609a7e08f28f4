// Calendar days as ISO strings (YYYY-MM-DD), shared by the extract and store stages.

const DAY_MS = 86400000;
/** Day arithmetic is asked for the same few publication days over and over: remember the answers. */
const shifted = new Map<string, string>();
const SHIFT_CACHE_LIMIT = 20000;

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  const key = `${day}|${n}`;
  let out = shifted.get(key);
  if (out === undefined) {
    out = new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
    if (shifted.size >= SHIFT_CACHE_LIMIT) shifted.clear();
    shifted.set(key, out);
  }
  return out;
}
