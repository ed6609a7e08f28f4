// The normalised office vocabulary, and the titles reports use for each office (data/lexicon/offices.json).
import type { Office } from '../types.js';
import { loadJson } from '../lexicon/load.js';
import { stripAccents } from '../resolve/name-key.js';

export const OFFICES: readonly Office[] = [
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'deputy_head_of_government',
  'crown_prince',
  'secretary_general',
  'commission_president',
  'council_president',
  'high_representative',
  'assembly_president',
  'special_envoy',
  'leader',
];

let titleIndex: Map<string, Office> | null = null;

function titles(): Map<string, Office> {
  if (!titleIndex) {
    titleIndex = new Map();
    const data = loadJson<{ titles: { phrase: string; office: Office; plural?: boolean; group?: boolean }[] }>('lexicon/offices.json');
    for (const t of data.titles) {
      if (t.office === 'other' || t.plural || t.group) continue;
      const key = normaliseTitle(t.phrase);
      if (!titleIndex.has(key)) titleIndex.set(key, t.office);
    }
  }
  return titleIndex;
}

function normaliseTitle(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The normalised office a user or a report means: "foreign_minister", "foreign minister",
 * "Secretary of State", "External Affairs Minister" and "Taoiseach" all map; null when unknown.
 */
export function officeFromText(text: string): Office | null {
  const key = normaliseTitle(text);
  const asCode = key.replace(/ /g, '_');
  if ((OFFICES as readonly string[]).includes(asCode)) return asCode as Office;
  return titles().get(key) ?? titles().get(key.replace(/^(acting|interim|caretaker) /, '')) ?? null;
}
