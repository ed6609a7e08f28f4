// Spelling-tolerant keys for personal names. Reports transliterate the same Arabic, Persian or
// Russian name many ways (Ahmed/Ahmad, Shoukry/Shokry, Nakhalah/Nakhale, Amir-Abdollahian/
// Amirabdollahian, Sergei/Sergey); a consonant skeleton of each name part makes those equal
// without listing every variant.

const PARTICLES = new Set([
  'al', 'el', 'bin', 'bint', 'ibn', 'ben', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den',
  'le', 'la', 'du', 'dos', 'das', 'ould', 'ul', 'ad', 'as', 'ash', 'at', 'az', 'ar', 'an', 'y',
]);

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sheikh', 'shaikh', 'sheik', 'he', 'his', 'her', 'excellency', 'highness', 'majesty',
  'royal', 'hrh', 'mullah', 'sayyed', 'sayyid', 'seyed', 'sayed', 'sir', 'dame', 'lord', 'lady', 'prince',
  'princess', 'ayatollah', 'hojatoleslam', 'imam', 'general', 'gen', 'madam', 'prof', 'professor', 'hon', 'rt',
  'shri', 'smt', 'honourable', 'honorable',
]);

/** Letters without their accents ("Erdoğan" -> "Erdogan"). */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Generational suffixes: "Ferdinand Marcos Jr." is "Marcos" on second mention. */
export const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'mp']);

/** Name parts repeat endlessly (Mohammed, Abdullah, Ahmed): their skeletons are remembered. */
const partCache = new Map<string, string>();

/** The skeleton of one name part: consonants only, doubled letters once, no trailing h. */
export function partKey(part: string): string {
  return remembered(partCache, part, computePartKey);
}

/** The value kept for `key`, computed and kept the first time; a full cache starts afresh. */
function remembered<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

function computePartKey(part: string): string {
  const lower = part.toLowerCase();
  const plain = (/^[\x00-\x7f]*$/.test(lower) ? lower : stripAccents(lower)).replace(/[^a-z]/g, '');
  if (!plain) return '';
  // German and Polish spellings end Slavic names in "-ow"/"-ew" where English writes "-ov"/"-ev" (Berdimuhamedow).
  // Doubled letters count once as written ("Abdollahian", "Abdolahian"); consonants that meet only
  // once the vowels are gone stay two ("Keqiang" is not "Qiang").
  let s = plain.replace(/([aeo])w$/, '$1v').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/(.)\1+/g, '$1').replace(/q/g, 'k').replace(/[aeiouyw]/g, '');
  if (s.length > 1 && s.endsWith('h')) s = s.slice(0, -1);
  // All-vowel parts ("Yi", "Ai", "Ou") keep their letters so they do not vanish.
  return s || plain;
}

/** Parts of the spellings met so far: a report names the same people again and again. */
const partsCache = new Map<string, readonly string[]>();

/** Splits a written name into parts, dropping honorifics and particles; hyphenated parts stay whole. */
export function nameParts(name: string): readonly string[] {
  return remembered(partsCache, name, (n) => Object.freeze(splitName(n)));
}

function splitName(name: string): string[] {
  const parts: string[] = [];
  for (const raw of name.replace(/[’']/g, '').split(/[\s,]+/)) {
    if (!raw) continue;
    // "al-Sabah", "el-Sisi": the particle before the hyphen is not part of the key.
    const bits = raw.split('-').filter((b) => b.length > 0);
    while (bits.length > 1 && PARTICLES.has(bits[0].toLowerCase())) bits.shift();
    const joined = bits.join('');
    const lower = joined.toLowerCase().replace(/\./g, '');
    if (!lower || PARTICLES.has(lower) || HONORIFICS.has(lower) || SUFFIXES.has(lower)) continue;
    parts.push(joined);
  }
  return parts;
}

export interface NameKey {
  /** Skeleton of each part. */
  parts: string[];
  /** First letter of each part as spoken ("q" read as "k"): skeletons alone are too forgiving for short parts. */
  initials: string[];
  /** All parts run together: equal for "Amir Abdollahian" and "Amirabdollahian". */
  whole: string;
}

/** Keys are asked for the same few thousand spellings over and over: remember them. */
const keyCache = new Map<string, NameKey>();
/** How many entries each of these caches keeps before it starts afresh. */
const KEY_CACHE_LIMIT = 50000;

/** Keys computed earlier (a cache file written by the registry loader), so start-up skips them. */
export function primeNameKeys(entries: [string, NameKey][]): void {
  for (const [name, key] of entries) if (keyCache.size < KEY_CACHE_LIMIT) keyCache.set(name, key);
}

export function nameKeysOf(names: Iterable<string>): [string, NameKey][] {
  const out: [string, NameKey][] = [];
  for (const n of names) out.push([n, nameKey(n)]);
  return out;
}

export function nameKey(name: string): NameKey {
  return remembered(keyCache, name, computeNameKey);
}

function computeNameKey(name: string): NameKey {
  const written = nameParts(name).filter((p) => partKey(p).length > 0);
  const parts = written.map(partKey);
  const initials = written.map(initialOf);
  // (The whole is the skeleton of all the letters run together, so that a part that ends in "h"
  // is the same written apart or joined: "Choe Son Hui", "Choe Son-hui".)
  return { parts, initials, whole: written.length > 1 ? partKey(written.join('')) : parts.join('') };
}

/**
 * Whether a shorter written form can name the same person as a fuller one: its parts appear in
 * the fuller name in order, ending with the family name (the last part). "Ahmad Nasser al-Sabah"
 * fits "Ahmad Nasser Al-Mohammad Al-Sabah"; "Amir Abdollahian" fits "Hossein Amir-Abdollahian"
 * (parts may be split or joined); "Nasser" alone does not. Family-name-first forms of two-part
 * names ("Kishida Fumio") fit too.
 */
export function fitsWithin(short: NameKey, full: NameKey): boolean {
  if (short.parts.length === 0) return false;
  // (The same skeleton from another first letter is another name: "Barham Salih" is not "Ibrahim Solih".)
  if (short.whole === full.whole && short.initials[0] === full.initials[0]) return true;
  if (groupsFit(short, 0, full, 0)) return true;
  return (
    short.parts.length === 2 && full.parts.length === 2 && short.parts[0] === full.parts[1] && short.parts[1] === full.parts[0]
  );
}

/**
 * Whether two spellings differ only in given names written as initials: "S. Jaishankar" and
 * "Subrahmanyam Jaishankar", "J. Blinken" and "Antony Blinken" (the family names agree).
 */
export function fitsByInitials(a: NameKey, b: NameKey): boolean {
  const n = a.parts.length;
  if (n < 2 || n !== b.parts.length || a.parts[n - 1] !== b.parts[n - 1]) return false;
  let abbreviated = false;
  for (let i = 0; i < n - 1; i++) {
    if (a.parts[i] === b.parts[i]) continue;
    if (a.initials[i] !== b.initials[i] || (a.parts[i].length > 1 && b.parts[i].length > 1)) return false;
    abbreviated = true;
  }
  return abbreviated;
}

/**
 * Matches short[i..] against full[j..]: a group of one or two parts on either side may equal the
 * other's, and starts with the same letter ("Abiy" is not "Baba", though both skeletons are "b").
 */
function groupsFit(short: NameKey, i: number, full: NameKey, j: number): boolean {
  if (i === short.parts.length) return j === full.parts.length;
  for (let start = j; start < full.parts.length; start++) {
    if (short.initials[i] !== full.initials[start]) continue;
    for (let a = 1; a <= 2 && i + a <= short.parts.length; a++) {
      const left = short.parts.slice(i, i + a).join('');
      for (let b = 1; b <= 2 && start + b <= full.parts.length; b++) {
        if (full.parts.slice(start, start + b).join('') === left && groupsFit(short, i + a, full, start + b)) return true;
      }
    }
  }
  return false;
}

/** The first letter of a name part as it sounds: accents dropped, "q" as "k", vowels as one. */
function initialOf(part: string): string {
  const c = stripAccents(part.toLowerCase()).replace(/[^a-z]/g, '')[0] ?? '';
  if (c === 'q') return 'k';
  return 'aeiouy'.includes(c) ? 'a' : c;
}
