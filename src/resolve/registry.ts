// The actor registry: who held which office on which day, and every spelling of their names.
// Loaded once from data/registry/*.json; lookups are map accesses on spelling-tolerant keys.
import type { Office, OfficeTerm, RegistryPerson } from '../types.js';
import { DEFAULT_REGISTRY_DIR, readRegistryFolder } from '../registry/files.js';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitsWithin, nameKey, nameKeysOf, partKey, primeNameKeys, type NameKey } from './name-key.js';
import { sameTerm } from '../registry/terms.js';

interface IndexedName {
  person: RegistryPerson;
  key: NameKey;
}

/** How many spellings' lookups are kept before the memory starts afresh. */
const LOOKUPS_REMEMBERED = 50_000;

export class Registry {
  readonly persons = new Map<string, RegistryPerson>();
  private byWhole = new Map<string, IndexedName[]>();
  private byLast = new Map<string, IndexedName[]>();
  /** By first part too: Chinese, Japanese and Korean names put the family name first ("Wang Yi"). */
  private byFirst = new Map<string, IndexedName[]>();
  /** Short one-word names ("Lula", "Xi") by their letters: their skeletons are too short to trust. */
  private byPlain = new Map<string, RegistryPerson[]>();
  private byOffice = new Map<string, { person: RegistryPerson; term: OfficeTerm }[]>();
  private lookedUp = new Map<string, readonly RegistryPerson[]>();

  constructor(persons: RegistryPerson[]) {
    for (const p of persons) this.addPerson(p);
    for (const list of this.byOffice.values()) list.sort((a, b) => a.term.start.localeCompare(b.term.start));
  }

  private addPerson(incoming: RegistryPerson): void {
    const existing = this.persons.get(incoming.id);
    const person = existing ?? { ...incoming, aliases: [...incoming.aliases], offices: [] };
    if (existing) {
      // The same person in two files (a foreign minister who became a UN envoy): one record, all offices.
      for (const a of incoming.aliases) if (!person.aliases.includes(a)) person.aliases.push(a);
    } else {
      this.persons.set(person.id, person);
    }
    const earlier = person.offices.length;
    for (const term of incoming.offices) {
      // One term recorded in two files (a curated file and an import): keep one, closed if either is.
      const twin = person.offices.findIndex((t, i) => i < earlier && sameTerm(t, term));
      if (twin >= 0) {
        const kept = person.offices[twin];
        if (kept.end === null && term.end !== null) {
          const closed = { ...kept, end: term.end, source: `${kept.source}; closed by ${term.source}` };
          person.offices[twin] = closed;
          for (const entry of this.byOffice.get(officeKey(term.office, term.of)) ?? []) if (entry.term === kept) entry.term = closed;
        }
        continue;
      }
      person.offices.push(term);
      const k = officeKey(term.office, term.of);
      let list = this.byOffice.get(k);
      if (!list) this.byOffice.set(k, (list = []));
      list.push({ person, term });
    }
    const seen = new Set<string>(existing ? [...this.namesOf(existing)] : []);
    for (const written of [incoming.name, ...incoming.aliases]) {
      const key = nameKey(written);
      if (key.parts.length === 0 || seen.has(key.whole)) continue;
      seen.add(key.whole);
      push(this.byWhole, key.whole, { person, key });
      if (key.parts.length === 1) push(this.byPlain, plain(written), person);
      push(this.byLast, key.parts[key.parts.length - 1], { person, key });
      if (key.parts.length > 1) push(this.byFirst, key.parts[0], { person, key });
    }
  }

  private *namesOf(person: RegistryPerson): Iterable<string> {
    for (const written of [person.name, ...person.aliases]) yield nameKey(written).whole;
  }

  get size(): number {
    return this.persons.size;
  }

  get termCount(): number {
    let n = 0;
    for (const p of this.persons.values()) n += p.offices.length;
    return n;
  }

  /**
   * People a written name can refer to. A full match on the whole name comes first; a shorter form
   * that fits within a registered name ("Ahmad Nasser al-Sabah") counts when the name has at least
   * two parts. A single part matches only through `bySurname`.
   */
  lookup(written: string): readonly RegistryPerson[] {
    // A report names its people again and again, and the news names the same people day after
    // day; the registry never changes once built, so each spelling is looked up once.
    let found = this.lookedUp.get(written);
    if (!found) {
      if (this.lookedUp.size >= LOOKUPS_REMEMBERED) this.lookedUp.clear();
      found = this.find(written);
      this.lookedUp.set(written, found);
    }
    return found;
  }

  private find(written: string): RegistryPerson[] {
    const key = nameKey(written);
    if (key.parts.length === 0) return [];
    if (key.parts.length === 1 && key.whole.length < SHORTEST_TRUSTED_KEY) return unique(this.byPlain.get(plain(written)) ?? []);
    const exact = this.byWhole.get(key.whole);
    // (Short words run together are too loose to stand for one registered word: "Hà Nội" is not "Haniyeh".)
    // (Nor does one that starts with another letter: "Barham Salih" and "Ibrahim Solih" share a skeleton.)
    const joinedFits = (e: IndexedName): boolean => (key.parts.length === 1 || e.key.parts.length > 1 || key.whole.length >= SHORTEST_JOINED_KEY) && e.key.initials[0] === key.initials[0];
    const exactPeople = exact ? unique(exact.filter(joinedFits).map((e) => e.person)).filter((p) => key.parts.length > 1 || endsAlike(written, p)) : [];
    if (exactPeople.length > 0) return exactPeople;
    if (key.parts.length < 2 && key.whole.length < 8) return [];
    const out: RegistryPerson[] = [];
    const fits = (c: IndexedName): boolean =>
      fitsWithin(key, c.key) && (key.parts.length > 1 || (c.key.parts.includes(key.whole) ? endsAlike(written, c.person) : joinsLetterForLetter(written, c.person)));
    for (const c of this.byLast.get(key.parts[key.parts.length - 1]) ?? []) if (fits(c)) out.push(c.person);
    // A written part may join two registered ones ("Amirabdollahian" for "Amir Abdollahian").
    if (out.length === 0) for (const c of this.byLastSuffix(key)) if (fits(c)) out.push(c.person);
    // "Faisal bin Farhan bin Abdullah", "Mohammed bin Salman bin Abdulaziz": a lineage written out
    // further than the registry has it is the person of its first two links.
    if (out.length === 0) {
      const lineage = /^(.+?\s(?:bin|ibn|bint)\s\S+)\s(?:bin|ibn|bint)\s/i.exec(written);
      // (Only one registered under those two links, first: "Abdulaziz bin Saud" is not "Salman bin Abdulaziz Al Saud".)
      const head = lineage ? nameKey(lineage[1]).parts : [];
      const opensWith = (p: RegistryPerson): boolean => [p.name, ...p.aliases].some((a) => nameKey(a).parts.slice(0, head.length).join(' ') === head.join(' '));
      if (lineage) return this.find(lineage[1]).filter(opensWith);
    }
    return unique(out);
  }

  /** Registered names whose last part ends the written form's last part ("Amirabdollahian" ~ "Abdollahian"). */
  private byLastSuffix(key: NameKey): IndexedName[] {
    const last = key.parts[key.parts.length - 1];
    const out: IndexedName[] = [];
    for (let cut = 2; cut <= last.length - 2; cut++) {
      const list = this.byLast.get(last.slice(cut));
      if (list) out.push(...list);
    }
    return out;
  }

  /** People registered under exactly this name or alias (after the systematic spelling variants). */
  lookupExact(written: string): RegistryPerson[] {
    const key = nameKey(written);
    if (key.parts.length === 0) return [];
    return unique((this.byWhole.get(key.whole) ?? []).map((e) => e.person));
  }

  /** Everyone who held an office of this state or organisation, in order of term start. */
  termsOf(office: Office, of: string): readonly { person: RegistryPerson; term: OfficeTerm }[] {
    return this.byOffice.get(officeKey(office, of)) ?? [];
  }

  /** People whose family name is this one word; the caller decides whether one of them fits the context. */
  bySurname(word: string): RegistryPerson[] {
    const key = nameKey(word);
    if (key.parts.length !== 1) return [];
    const people = unique([...(this.byLast.get(key.parts[0]) ?? []), ...(this.byFirst.get(key.parts[0]) ?? [])].map((e) => e.person));
    if (key.parts[0].length >= SHORTEST_TRUSTED_KEY) return people;
    // Short surnames ("Wang", "Wong") must agree letter for letter.
    const letters = plain(word);
    return people.filter((p) => [p.name, ...p.aliases].some((n) => plain(n.split(/\s+/).pop() ?? '') === letters || plain(n.split(/\s+/)[0]) === letters));
  }

  /** Whether a registered person held any office of `of` on `day`; null for someone the registry lacks. */
  servedOn(personId: string, of: string, day: string): boolean | null {
    const person = this.persons.get(personId);
    return person ? person.offices.some((t) => t.of === of && covers(t, day)) : null;
  }

  /** Who held the office of `of` on `day` (acting holders included). */
  holders(office: Office, of: string, day: string): { person: RegistryPerson; term: OfficeTerm }[] {
    const list = this.byOffice.get(officeKey(office, of)) ?? [];
    const covering = list.filter(({ term }) => covers(term, day));
    // On a handover day both terms cover it; the one that starts that day is the holder.
    return covering.length > 1 ? covering.filter((c) => !covering.some((o) => o.term.start > c.term.start)) : covering;
  }

  /** Who held an office of `of` with this title on `day` ("President" of Iran is not its head of state). */
  holdersByTitle(title: string, of: string, day: string): { person: RegistryPerson; term: OfficeTerm }[] {
    const wanted = title.toLowerCase();
    const out: { person: RegistryPerson; term: OfficeTerm }[] = [];
    for (const [key, list] of this.byOffice) {
      if (!key.endsWith(`|${of}`)) continue;
      for (const entry of list) if (titleFits(entry.term.title.toLowerCase(), wanted) && covers(entry.term, day)) out.push(entry);
    }
    return out.sort((a, b) => a.term.start.localeCompare(b.term.start));
  }

  /**
   * The office a person held on a day, preferring what the text says (office, affiliation); with no
   * day, the term that best fits the text's description, else the latest.
   */
  termOf(person: RegistryPerson, day: string | null, office: Office | null, of: string | null): OfficeTerm | null {
    const terms = person.offices;
    if (terms.length === 0) return null;
    const score = (t: OfficeTerm): number => {
      let s = 0;
      if (day && covers(t, day)) s += 8;
      if (office && t.office === office) s += 4;
      if (of && t.of === of) s += 2;
      if (t.office === 'foreign_minister' || t.office === 'head_of_state' || t.office === 'head_of_government') s += 1;
      // (Below every other ground: "King Charles III" is the British King unless the text names Canada.)
      if (!t.realm) s += 0.5;
      return s;
    };
    let best = terms[0];
    for (const t of terms) {
      const better = score(t) > score(best) || (score(t) === score(best) && t.start > best.start);
      if (better) best = t;
    }
    return best;
  }
}

/** "Crown Prince" fits "Crown Prince and Prime Minister"; "President" fits "President" only. */
function titleFits(held: string, wanted: string): boolean {
  return held === wanted || held.startsWith(`${wanted} and `) || held.endsWith(` and ${wanted}`);
}

/** A one-word name whose skeleton is shorter than this is matched by its letters ("Sisi" is not "Asia"). */
const SHORTEST_TRUSTED_KEY = 4;
/** The shortest skeleton of several written words that may stand for one registered word ("Amir Abdollahian"). */
const SHORTEST_JOINED_KEY = 6;

/**
 * One written word standing for two registered parts must have their letters: skeletons joined
 * across parts are too loose ("Mosques" would be "Moussa Koussa"), "Amirabdollahian" is not.
 */
function joinsLetterForLetter(written: string, person: RegistryPerson): boolean {
  const letters = plain(written);
  return [person.name, ...person.aliases].some((n) => plain(n).endsWith(letters));
}

/**
 * One written word matching a registered part by skeleton must also end like it: a consonant
 * ending against a vowel ending is another word ("Alberta" is not "Albert"), while vowels vary
 * between spellings ("Nakhale", "Nakhalah"). A final "h" is left out of the comparison.
 */
function endsAlike(written: string, person: RegistryPerson): boolean {
  const end = lastLetter(plain(written));
  const skeleton = nameKey(written).whole;
  const vowel = (c: string) => 'aeiouy'.includes(c);
  for (const n of [person.name, ...person.aliases]) {
    for (const part of n.split(/[\s-]+/)) {
      if (partKey(part) !== skeleton) continue;
      const e = lastLetter(plain(part));
      if (e && (e === end || (vowel(e) && vowel(end)))) return true;
    }
  }
  return false;
}

function lastLetter(letters: string): string {
  const t = letters.length > 1 && letters.endsWith('h') ? letters.slice(0, -1) : letters;
  return t.slice(-1);
}

/** A name's letters alone: lower case, accents and everything else dropped ("Al-Sisi" -> "alsisi"). */
export function plain(written: string): string {
  return written.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
}

function covers(term: OfficeTerm, day: string): boolean {
  return term.start <= day && (term.end === null || day <= term.end);
}

function officeKey(office: Office, of: string): string {
  return `${office}|${of}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

let cached: Registry | null = null;

/** The registry of data/registry, loaded once per process. */
export function registry(): Registry {
  if (!cached) cached = registryFrom(DEFAULT_REGISTRY_DIR);
  return cached;
}

/** A registry read from a folder (data/registry, a test's, or a user's own). */
export function registryFrom(dir: string): Registry {
  const persons = readRegistryFolder(dir);
  // Only Parley's own registry is worth a cache; a test's or a one-off folder is read once.
  const cacheFile = path.resolve(dir) === path.resolve(DEFAULT_REGISTRY_DIR) ? keyCacheFile(dir) : null;
  primeFromCache(cacheFile);
  const built = new Registry(persons);
  if (cacheFile && !existsSync(cacheFile)) writeKeyCache(cacheFile, persons);
  return built;
}

// Name keys of every registered spelling are the bulk of start-up time; they are kept in a cache
// file named after the registry files (names, sizes, times) and the key code itself, so any change
// to either makes a new one. A cache that cannot be written is simply not used.
const here = path.dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = path.resolve(here, '..', '..', '.cache');

function keyCacheFile(dir: string): string | null {
  try {
    const hash = createHash('sha1');
    const keyCode = path.join(here, 'name-key.js');
    for (const f of [keyCode, ...readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n))]) {
      const st = statSync(f);
      hash.update(`${f}|${st.size}|${st.mtimeMs}\n`);
    }
    const folder = createHash('sha1').update(path.resolve(dir)).digest('hex').slice(0, 8);
    return path.join(CACHE_DIR, `name-keys-${folder}-${hash.digest('hex').slice(0, 16)}.json`);
  } catch {
    return null;
  }
}

function primeFromCache(file: string | null): void {
  if (!file || !existsSync(file)) return;
  try {
    primeNameKeys(JSON.parse(readFileSync(file, 'utf8')) as [string, NameKey][]);
  } catch {
    // A damaged cache is ignored; keys are computed again.
  }
}

function writeKeyCache(file: string, persons: RegistryPerson[]): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const names = new Set<string>();
    for (const p of persons) for (const n of [p.name, ...p.aliases]) names.add(n);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(nameKeysOf(names)));
    renameSync(tmp, file);
    // Caches of earlier versions of the same registry folder are dead weight.
    const folderPrefix = path.basename(file).split('-').slice(0, 3).join('-');
    for (const old of readdirSync(path.dirname(file))) {
      if (old.startsWith(`${folderPrefix}-`) && old.endsWith('.json') && old !== path.basename(file)) rmSync(path.join(path.dirname(file), old), { force: true });
    }
  } catch {
    // Read-only installs run without the cache.
  }
}
