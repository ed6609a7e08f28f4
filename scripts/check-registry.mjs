#!/usr/bin/env node
// Checks every data/registry/*.json file against docs/data-formats.md: the shape of each person and
// term, known state and organisation codes, dates in order, unique ids, and overlapping terms of one
// office (two foreign ministers of one state on the same day is almost always a typing slip).
// Usage: node scripts/check-registry.mjs [FILE...]   (no arguments: every registry file)
// PARLEY_REGISTRY_DIR checks another registry folder.
// Exit status 1 when anything is wrong; each problem is printed as "file: person: problem".
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OFFICES = new Set([
  'head_of_state', 'head_of_government', 'foreign_minister', 'deputy_head_of_government',
  'secretary_general', 'commission_president', 'council_president', 'high_representative', 'leader',
  'crown_prince', 'assembly_president', 'special_envoy',
]);
// Offices one person holds at a time per state; overlaps there are slips (co-princes and
// collective presidencies are marked "shared": true, rival governments "contested": true).
const SINGLE_HOLDER = new Set(['head_of_government', 'foreign_minister', 'secretary_general']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const codes = new Set();
for (const s of JSON.parse(readFileSync(join(root, 'data/lexicon/states.json'), 'utf8'))) codes.add(s.iso3);
for (const o of JSON.parse(readFileSync(join(root, 'data/lexicon/organisations.json'), 'utf8'))) codes.add(o.code);

const folder = process.env.PARLEY_REGISTRY_DIR ?? join(root, 'data/registry');
const all = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => join(folder, f));
const chosen = process.argv.length > 2 ? process.argv.slice(2) : all;

const problems = [];
const idsByFile = new Map();
const termsByOffice = new Map();

for (const file of all) {
  const name = basename(file);
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${name}: not valid JSON: ${err.message}`);
    continue;
  }
  const checking = chosen.some((c) => basename(c) === name);
  if (!Array.isArray(data.persons)) {
    problems.push(`${name}: no "persons" array`);
    continue;
  }
  if (checking && typeof data.about !== 'string') problems.push(`${name}: no "about" text`);
  const seenHere = new Set();
  for (const p of data.persons) {
    const who = `${name}: ${p.id ?? p.name ?? '?'}`;
    if (seenHere.has(p.id)) problems.push(`${who}: id appears twice in this file`);
    seenHere.add(p.id);
    if (!idsByFile.has(p.id)) idsByFile.set(p.id, []);
    idsByFile.get(p.id).push({ name, person: p });
    for (const term of p.offices ?? []) {
      const key = `${term.office}|${term.of}`;
      if (!termsByOffice.has(key)) termsByOffice.set(key, []);
      termsByOffice.get(key).push({ name, id: p.id, term });
    }
    if (!checking) continue;
    if (typeof p.id !== 'string' || !SLUG.test(p.id)) problems.push(`${who}: id must be a lower-case ASCII slug`);
    if (typeof p.name !== 'string' || !p.name.trim()) problems.push(`${who}: no name`);
    if (!Array.isArray(p.aliases) || p.aliases.some((a) => typeof a !== 'string')) problems.push(`${who}: aliases must be a list of strings`);
    if (!Array.isArray(p.offices) || p.offices.length === 0) problems.push(`${who}: no offices`);
    for (const t of p.offices ?? []) {
      const at = `${who}: ${t.office} of ${t.of} from ${t.start}`;
      if (!OFFICES.has(t.office)) problems.push(`${at}: unknown office "${t.office}"`);
      if (!codes.has(t.of)) problems.push(`${at}: unknown state or organisation code "${t.of}"`);
      if (typeof t.title !== 'string' || !t.title) problems.push(`${at}: no title`);
      if (!DATE.test(t.start ?? '')) problems.push(`${at}: start must be YYYY-MM-DD`);
      if (t.end !== null && !DATE.test(t.end ?? '')) problems.push(`${at}: end must be YYYY-MM-DD or null`);
      if (t.end && t.start && t.end < t.start) problems.push(`${at}: ends before it starts`);
      if (!['day', 'month', 'year'].includes(t.precision)) problems.push(`${at}: precision must be "day", "month" or "year"`);
      if (typeof t.source !== 'string' || !t.source) problems.push(`${at}: no source`);
      if (t.acting !== undefined && typeof t.acting !== 'boolean') problems.push(`${at}: acting must be true or false`);
    }
  }
}

for (const [id, where] of idsByFile) {
  if (where.length < 2) continue;
  const files = where.map((w) => w.name);
  if (!files.some((f) => chosen.some((c) => basename(c) === f))) continue;
  // The same person in two files is allowed (one record, all offices) only under the same name.
  const names = new Set(where.map((w) => w.person.name));
  if (names.size > 1) problems.push(`${files.join(', ')}: ${id}: one id, different names (${[...names].join(' / ')})`);
}

for (const [key, terms] of termsByOffice) {
  const [office] = key.split('|');
  if (!SINGLE_HOLDER.has(office)) continue;
  const sorted = terms.filter((t) => !t.term.shared && !t.term.contested).sort((a, b) => a.term.start.localeCompare(b.term.start));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (!chosen.some((c) => basename(c) === prev.name || basename(c) === next.name)) continue;
    // The same term in two files (an import closing a curated open term) is one term.
    if (prev.id === next.id && Math.abs(Date.parse(prev.term.start) - Date.parse(next.term.start)) <= 45 * 86_400_000) continue;
    const prevEnd = prev.term.end ?? '9999-12-31';
    // A handover day may be shared (the end date is the day the successor took over); a date known
    // only to the month may fall anywhere in it.
    const width = (t) => (t.precision === 'year' ? 4 : t.precision === 'month' ? 7 : 10);
    const shared = Math.min(width(prev.term), width(next.term));
    if (prevEnd > next.term.start && prevEnd.slice(0, shared) > next.term.start.slice(0, shared)) {
      problems.push(`${next.name}: ${key}: ${prev.id} (to ${prev.term.end ?? 'now'}) overlaps ${next.id} (from ${next.term.start})`);
    }
  }
}

for (const p of problems) console.log(p);
console.log(problems.length ? `${problems.length} problem(s)` : `registry OK: ${chosen.length} file(s) checked`);
process.exit(problems.length ? 1 : 0);
