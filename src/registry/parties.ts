// The state or organisation a user means by "EGY", "Egypt" or "Egyptian".
import { loadJson } from '../lexicon/load.js';

interface PartyRow {
  iso3?: string;
  code?: string;
  name: string;
  names?: string[];
  adjectives?: string[];
}

let index: Map<string, string> | null = null;

export function partyCode(text: string): string | null {
  if (!index) {
    index = new Map();
    const rows = [...loadJson<PartyRow[]>('lexicon/states.json'), ...loadJson<PartyRow[]>('lexicon/organisations.json')];
    for (const r of rows) {
      const code = (r.iso3 ?? r.code)!;
      index.set(code.toLowerCase(), code);
    }
    for (const r of rows) {
      const code = (r.iso3 ?? r.code)!;
      for (const n of [r.name, ...(r.names ?? []), ...(r.adjectives ?? [])]) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), code);
    }
  }
  return index.get(text.trim().toLowerCase()) ?? null;
}

export function partyName(code: string): string {
  partyCode(code);
  for (const [form, c] of index!) if (c === code && form !== code.toLowerCase()) return form.replace(/\b\w/g, (ch) => ch.toUpperCase());
  return code;
}
