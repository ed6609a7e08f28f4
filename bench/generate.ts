// Generated report-sized documents (8 to 20 sentences) for the store benchmark and the kill test:
// templates in bench/templates.json filled with varied officials, days and topics. Deterministic
// for a seed, produced one at a time so that no corpus is ever held in memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../src/types.js';

interface Official { name: string; role: string; adjective: string; state: string; capital: string }
interface Templates { officials: Official[]; leads: string[]; body: string[]; topics: string[]; weekdays: string[] }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let templates: Templates | null = null;
const load = (): Templates => (templates ??= JSON.parse(readFileSync(path.join(root, 'bench', 'templates.json'), 'utf8')) as Templates);

/** A small fast PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface GeneratedDocument extends SourceDocument {
  /** What the lead reports, for checks: the two officials and the day. */
  truth: { a: string; b: string; day: string };
}

/** The n-th generated document of a corpus (n from 0); `base` is the first publication day. */
export function generateDocument(n: number, seed = 1, base = '2015-01-01'): GeneratedDocument {
  const t = load();
  const rnd = random(seed * 1000003 + n);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const a = pick(t.officials);
  let b = pick(t.officials);
  while (b === a) b = pick(t.officials);
  const published = new Date(Date.parse(`${base}T00:00:00Z`) + Math.floor(rnd() * 3650) * 86400000);
  const back = 1 + Math.floor(rnd() * 3);
  const when = new Date(published.getTime() - back * 86400000);
  const day = when.toISOString().slice(0, 10);
  const topic = pick(t.topics);
  let topic2 = pick(t.topics);
  if (topic2 === topic) topic2 = t.topics[(t.topics.indexOf(topic) + 1) % t.topics.length];
  const fill = (s: string): string =>
    s.replace(/\{(A|B)\.(\w+)\}/g, (_, who: string, field: string) => (who === 'A' ? a : b)[field as keyof Official])
      .replace('{day}', WEEKDAY_NAMES[when.getUTCDay()])
      .replace('{topic}', topic)
      .replace('{topic2}', topic2)
      .replace('{n}', String(2 + Math.floor(rnd() * 90)));
  const sentences = [fill(pick(t.leads))];
  const length = 8 + Math.floor(rnd() * 13);
  const body = [...t.body];
  while (sentences.length < length && body.length) sentences.push(fill(body.splice(Math.floor(rnd() * body.length), 1)[0]));
  const text = sentences.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(' ');
  return {
    id: `gen-${seed}-${n}`, origin: `generated#${n}`, text, published: published.toISOString().slice(0, 10), publishedSource: 'metadata',
    title: null, url: `https://generated.example/${seed}/${n}`, outlet: `Generated Wire ${n % 7}`, language: 'en', truth: { a: a.name, b: b.name, day },
  };
}

export function* generateDocuments(count: number, seed = 1): Generator<GeneratedDocument> {
  for (let n = 0; n < count; n++) yield generateDocument(n, seed);
}
