// Merging imported office-holder rows into the registry without duplicating people or terms.
// Imports never rewrite curated files: what is new goes to one file of their own (by default
// data/registry/imported.json), under the existing person's id when the person is already known.
import type { RegistryPerson } from '../types.js';
import { Registry } from '../resolve/registry.js';
import type { ImportRow } from './import-rows.js';
import type { RegistryFile } from './files.js';
import { sameTerm } from './terms.js';
import { stripAccents } from '../resolve/name-key.js';

export interface MergeSummary {
  rows: number;
  personsAdded: number;
  /** Known people who gained a term. */
  personsExtended: number;
  termsAdded: number;
  /** Open terms the import closed (the holder left office since the registry was written). */
  termsClosed: number;
  termsKnown: number;
}

export function mergeRows(existing: RegistryPerson[], target: RegistryFile, rows: ImportRow[]): MergeSummary {
  const registry = new Registry(existing);
  const targetById = new Map(target.persons.map((p) => [p.id, p]));
  const byWikidata = new Map<string, RegistryPerson>();
  for (const p of [...existing, ...target.persons]) if (p.wikidata) byWikidata.set(p.wikidata, p);
  const summary: MergeSummary = { rows: rows.length, personsAdded: 0, personsExtended: 0, termsAdded: 0, termsClosed: 0, termsKnown: 0 };
  const extended = new Set<string>();

  for (const row of rows) {
    const known = findPerson(row, registry, byWikidata, target.persons);
    const allTerms = known ? [...(registry.persons.get(known.id)?.offices ?? []), ...(targetById.get(known.id)?.offices ?? [])] : [];
    // A closed record of the term (from an earlier import) outranks the open one it closed.
    const twins = allTerms.filter((t) => sameTerm(t, row.term));
    const same = twins.find((t) => t.end !== null) ?? twins[0];
    if (same) {
      if (same.end === null && row.term.end !== null && row.term.end >= same.start) {
        // Recorded in the import's file as the closed term; the registry prefers a closed twin.
        entryFor(known!, row, target, targetById).offices.push({ ...same, end: row.term.end, source: row.term.source });
        summary.termsClosed++;
      } else {
        summary.termsKnown++;
      }
      continue;
    }
    if (!known) {
      const person: RegistryPerson = {
        id: freshId(row, registry, targetById),
        name: row.name,
        aliases: [...new Set(row.aliases)],
        ...(row.wikidata ? { wikidata: row.wikidata } : {}),
        offices: [row.term],
      };
      target.persons.push(person);
      targetById.set(person.id, person);
      if (row.wikidata) byWikidata.set(row.wikidata, person);
      summary.personsAdded++;
      summary.termsAdded++;
      continue;
    }
    const entry = entryFor(known, row, target, targetById);
    entry.offices.push(row.term);
    for (const a of row.aliases) if (a !== entry.name && !entry.aliases.includes(a) && !known.aliases.includes(a)) entry.aliases.push(a);
    summary.termsAdded++;
    if (!extended.has(known.id) && registry.persons.has(known.id)) {
      extended.add(known.id);
      summary.personsExtended++;
    }
  }
  return summary;
}

/** The import file's entry for a known person (created under the person's own id and name). */
function entryFor(known: RegistryPerson, row: ImportRow, target: RegistryFile, targetById: Map<string, RegistryPerson>): RegistryPerson {
  let entry = targetById.get(known.id);
  if (!entry) {
    entry = { id: known.id, name: known.name, aliases: [], ...(row.wikidata ? { wikidata: row.wikidata } : {}), offices: [] };
    target.persons.push(entry);
    targetById.set(entry.id, entry);
  }
  return entry;
}

/**
 * The person a row is about: the same Wikidata item, else someone registered under that exact name
 * (or one of the row's aliases) who held an office of the same state. A namesake elsewhere is a
 * different person.
 */
function findPerson(row: ImportRow, registry: Registry, byWikidata: Map<string, RegistryPerson>, added: RegistryPerson[]): RegistryPerson | null {
  if (row.wikidata) {
    const p = byWikidata.get(row.wikidata);
    if (p) return registry.persons.get(p.id) ?? p;
  }
  for (const written of [row.name, ...row.aliases]) {
    const fellow = registry.lookupExact(written).find((p) => p.offices.some((t) => t.of === row.term.of));
    if (fellow) return fellow;
  }
  const sameName = added.find((p) => (!row.wikidata || !p.wikidata) && p.name === row.name && p.offices.some((t) => t.of === row.term.of));
  return sameName ?? null;
}

function freshId(row: ImportRow, registry: Registry, targetById: Map<string, RegistryPerson>): string {
  const base = slug(row.name) || (row.wikidata ?? 'person').toLowerCase();
  const taken = (id: string): boolean => registry.persons.has(id) || targetById.has(id);
  if (!taken(base)) return base;
  const withState = `${base}-${row.term.of.toLowerCase()}`;
  if (!taken(withState)) return withState;
  for (let n = 2; ; n++) if (!taken(`${withState}-${n}`)) return `${withState}-${n}`;
}

export function slug(name: string): string {
  return stripAccents(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
