// Ranked person search for `parley actors search`: spelling-tolerant, then looser.
import type { OfficeTerm, RegistryPerson } from '../types.js';
import { plain, type Registry } from '../resolve/registry.js';

export interface PersonMatch {
  person: RegistryPerson;
  /** Why it matched, best first: the whole name, a shorter form of it, the family name, or letters in common. */
  match: 'name' | 'part of name' | 'surname' | 'substring';
  score: number;
}

const SCORES = { name: 4, 'part of name': 3, surname: 2, substring: 1 } as const;

export function searchPersons(registry: Registry, query: string, limit = 10): PersonMatch[] {
  const found = new Map<string, PersonMatch>();
  const add = (person: RegistryPerson, match: PersonMatch['match']): void => {
    const prior = found.get(person.id);
    if (!prior || prior.score < SCORES[match]) found.set(person.id, { person, match, score: SCORES[match] });
  };
  const exact = registry.lookupExact(query);
  for (const p of exact) add(p, 'name');
  for (const p of registry.lookup(query)) add(p, exact.includes(p) ? 'name' : 'part of name');
  for (const word of query.split(/\s+/).filter((w) => w.length > 1)) for (const p of registry.bySurname(word)) add(p, 'surname');
  // A part of a hyphenated or joined name ("Abdollahian" of "Amir-Abdollahian") is as good as a surname.
  const single = query.trim().split(/\s+/).length === 1 ? plain(query) : '';
  if (single.length >= 3) {
    for (const p of registry.persons.values()) {
      if ([p.name, ...p.aliases].some((n) => n.split(/[\s-]+/).some((part) => plain(part) === single))) add(p, 'surname');
    }
  }
  if (found.size < limit) {
    const wanted = plain(query);
    if (wanted.length >= 3) {
      for (const p of registry.persons.values()) {
        if ([p.name, ...p.aliases].some((n) => plain(n).includes(wanted))) add(p, 'substring');
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.score - a.score || latestStart(b.person).localeCompare(latestStart(a.person)) || a.person.name.localeCompare(b.person.name))
    .slice(0, limit);
}

function latestStart(p: RegistryPerson): string {
  return p.offices.reduce((m, t) => (t.start > m ? t.start : m), '');
}

/** "Foreign Minister of IRN, 2021-08-25 to 2024-05-19 (acting)". */
export function describeTerm(t: OfficeTerm): string {
  const span = `${t.start}${t.precision !== 'day' ? ` (${t.precision})` : ''} to ${t.end ?? 'now'}`;
  return `${t.title} of ${t.of}, ${span}${t.acting ? ', acting' : ''}`;
}
