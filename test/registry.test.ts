import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry, registryFrom } from '../src/resolve/registry.js';
import { officeFromText } from '../src/registry/offices.js';
import { searchPersons } from '../src/registry/search.js';
import { nameKey } from '../src/resolve/name-key.js';
import { createExtractor } from '../src/pipeline.js';
import type { Office } from '../src/types.js';
import { doc } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'parley');
const fixtures = path.join(root, 'test', 'fixtures', 'registry');

function parley(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(bin, args, { encoding: 'utf8' });
}

function scratchRegistry(...files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-registry-'));
  for (const f of files) copyFileSync(f, path.join(dir, path.basename(f)));
  return dir;
}

test('every registry file passes the data check (shape, codes, dates, unique ids, no overlapping terms)', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'check-registry.mjs')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout);
});

test('office titles from many governments map to the normalised offices', () => {
  const cases: [string, Office][] = [
    ['Secretary of State', 'foreign_minister'],
    ['External Affairs Minister', 'foreign_minister'],
    ['Foreign Secretary', 'foreign_minister'],
    ['Minister of Foreign Affairs and International Cooperation', 'foreign_minister'],
    ['Taoiseach', 'head_of_government'],
    ['Tánaiste', 'deputy_head_of_government'],
    ['Chancellor', 'head_of_government'],
    ['Emir', 'head_of_state'],
    ['Crown Prince', 'crown_prince'],
    ['head of state', 'head_of_state'],
    ['foreign_minister', 'foreign_minister'],
    ['Acting President', 'head_of_state'],
  ];
  for (const [title, office] of cases) assert.equal(officeFromText(title), office, title);
  assert.equal(officeFromText('State Councilor'), null);
});

test('the registry answers who held an office on a day, across handovers', () => {
  const reg = registry();
  const who = (office: Office, of: string, day: string): string[] => reg.holders(office, of, day).map((h) => h.person.name);
  assert.deepEqual(who('foreign_minister', 'EGY', '2024-03-31'), ['Sameh Shoukry']);
  assert.deepEqual(who('head_of_state', 'NGA', '2016-01-18'), ['Muhammadu Buhari']);
  assert.deepEqual(who('foreign_minister', 'IRN', '2023-10-24'), ['Hossein Amir-Abdollahian']);
  assert.deepEqual(who('foreign_minister', 'USA', '2021-01-26'), ['Antony Blinken'], 'on a handover day the incoming holder');
  assert.deepEqual(who('foreign_minister', 'USA', '2021-01-22'), ['Daniel B. Smith'], 'an acting holder between two confirmed ones');
});

const whoCases = path.join(fixtures, 'who-cases.json');
test('parley actors who matches the independent oracle of who held office (>= 150 cases)', { skip: !existsSync(whoCases) && 'oracle not present' }, () => {
  const { cases } = JSON.parse(readFileSync(whoCases, 'utf8')) as { cases: { office: Office; of: string; on: string; expect: string }[] };
  assert.ok(cases.length >= 150, `only ${cases.length} cases`);
  const reg = registry();
  const wrong: string[] = [];
  for (const c of cases) {
    const holders = reg.holders(c.office, c.of, c.on);
    const want = nameKey(c.expect);
    const ok = holders.some((h) => [h.person.name, ...h.person.aliases].some((n) => nameKey(n).whole === want.whole) || reg.lookup(c.expect).includes(h.person));
    if (!ok) wrong.push(`${c.office} of ${c.of} on ${c.on}: expected ${c.expect}, registry says ${holders.map((h) => h.person.name).join(' / ') || 'nobody'}`);
  }
  assert.deepEqual(wrong, []);
});

test('search ranks the whole name first and finds parts of hyphenated names', () => {
  const reg = registry();
  assert.equal(searchPersons(reg, 'Amirabdollahian')[0].person.id, 'hossein-amir-abdollahian');
  assert.equal(searchPersons(reg, 'Abdollahian')[0].person.id, 'hossein-amir-abdollahian');
  const lavrov = searchPersons(reg, 'Sergei Lavrov');
  assert.equal(lavrov[0].person.id, 'sergey-lavrov');
  assert.equal(lavrov[0].match, 'name');
});

test('parley actors who takes titles and country names, and says when it does not know', () => {
  const ok = parley('actors', 'who', '--office', 'Secretary of State', '--of', 'United States', '--on', '2019-05-02');
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^Mike Pompeo/);
  const bad = parley('actors', 'who', '--office', 'court jester', '--of', 'EGY', '--on', '2019-05-02');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /"court jester" is not an office/);
  const early = parley('actors', 'who', '--office', 'foreign minister', '--of', 'EGY', '--on', '1950-01-01');
  assert.equal(early.status, 1);
  assert.match(early.stderr, /no foreign minister of EGY on 1950-01-01/);
});

test('a Wikidata result merges into the registry without duplicating people, and a second import changes nothing', () => {
  const dir = scratchRegistry(path.join(fixtures, 'base-registry.json'));
  const into = path.join(dir, 'imported.json');
  const first = parley('actors', '--registry', dir, 'import', path.join(fixtures, 'wikidata-sample.json'), '--into', into);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /7 row\(s\).*4 new person\(s\), 5 new term\(s\) \(0 known person\(s\) extended\), 1 open term\(s\) closed, 1 already known; 1 row\(s\) skipped/);
  assert.match(first.stderr, /row 8 skipped: no English label/);

  const reg = registryFrom(dir);
  assert.equal(reg.size, 6);
  assert.deepEqual(reg.holders('foreign_minister', 'GHA', '2020-06-01').map((h) => h.person.name), ['Shirley Ayorkor Botchwey']);
  assert.equal(reg.holders('foreign_minister', 'GHA', '2020-06-01')[0].term.title, 'Minister for Foreign Affairs');
  assert.deepEqual(reg.holders('head_of_state', 'GHA', '2014-03-01').map((h) => h.person.id), ['john-mahama']);
  assert.equal(reg.persons.get('john-mahama')!.offices.length, 2, 'two terms, one person');
  assert.deepEqual(reg.holders('foreign_minister', 'SWE', '2023-06-01').map((h) => h.person.name), ['Tobias Billström'], 'the open term was closed');
  assert.equal(reg.persons.get('tobias-billstrom')!.offices[0].precision, 'month');
  assert.equal(reg.persons.get('sergey-lavrov')!.offices.length, 1, 'a known term is not added twice');

  const again = parley('actors', '--registry', dir, 'import', path.join(fixtures, 'wikidata-sample.json'), '--into', into);
  assert.match(again.stdout, /0 new person\(s\), 0 new term\(s\).*0 open term\(s\) closed, 7 already known/);
  assert.equal(registryFrom(dir).size, 6);
  const check = spawnSync(process.execPath, [path.join(root, 'scripts', 'check-registry.mjs')], { encoding: 'utf8', env: { ...process.env, PARLEY_REGISTRY_DIR: dir } });
  assert.equal(check.status, 0, check.stdout);
});

test('CSV import takes named columns, month dates and titles; bad rows are named and skipped', () => {
  const dir = scratchRegistry(path.join(fixtures, 'base-registry.json'));
  const r = parley('actors', '--registry', dir, 'import', path.join(fixtures, 'sample.csv'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /row 4 skipped: office "ambassador" is not one Parley knows/);
  assert.match(r.stderr, /row 5 skipped: start "yesterday" is not a date/);
  const reg = registryFrom(dir);
  const dza = reg.holders('foreign_minister', 'DZA', '2024-01-01');
  assert.equal(dza[0].person.name, 'Ahmed Attaf');
  assert.equal(dza[0].term.source, 'ministry website');
  const mrt = reg.holders('foreign_minister', 'MRT', '2024-01-01')[0];
  assert.equal(mrt.term.precision, 'month');
  assert.equal(mrt.term.start, '2023-07-01');
});

test('a person a report introduces with an office becomes a candidate, and once accepted resolves title-only mentions', () => {
  const dir = scratchRegistry(path.join(fixtures, 'base-registry.json'));
  const work = mkdtempSync(path.join(tmpdir(), 'parley-candidates-'));
  const report = path.join(work, 'accra-call.txt');
  writeFileSync(
    report,
    'ACCRA, March 4 (Parley wire) - Russian Foreign Minister Sergei Lavrov held a telephone conversation on Tuesday with his Ghanaian counterpart, Samuel Okudzeto Ablakwa, the ministry said.\n\nThe two ministers discussed preparations for a visit to Moscow and the situation in the Sahel.\n',
  );
  const candidates = path.join(work, 'candidates.json');
  const collect = parley('actors', '--registry', dir, 'candidates', report, '--file', candidates, '--published', '2025-03-04');
  assert.equal(collect.status, 0, collect.stderr);
  const id = 'samuel-okudzeto-ablakwa--foreign-minister--gha';
  assert.match(collect.stdout, new RegExp(id));
  assert.match(collect.stdout, /his Ghanaian counterpart, Samuel Okudzeto Ablakwa/);
  assert.doesNotMatch(collect.stdout, /^sergei-lavrov/m, 'the registry already knows Lavrov');

  const accept = parley('actors', '--registry', dir, 'accept', id, '--file', candidates);
  assert.equal(accept.status, 0, accept.stderr);
  assert.match(accept.stdout, /accepted Samuel Okudzeto Ablakwa as Foreign Minister of GHA from 2025-03-04/);
  assert.match(parley('actors', '--registry', dir, 'candidates', '--file', candidates).stdout, /no pending candidates/);

  const extractor = createExtractor({ registry: registryFrom(dir) });
  const record = extractor.extract(doc('Sergei Lavrov met the Ghanaian foreign minister in Moscow on Monday, the Russian ministry said.', '2025-05-14'));
  const ghanaian = record.actors.find((a) => a.affiliation === 'GHA');
  assert.equal(ghanaian?.name, 'Samuel Okudzeto Ablakwa');
  assert.equal(ghanaian?.registry_id, 'samuel-okudzeto-ablakwa');
});

test('one written word matches a registered name by its spelling variants, not by a loose skeleton', () => {
  const ids = (w: string) => registry().lookup(w).map((p) => p.id);
  // Variants of one name: vowels and a final "h" vary, letters run together.
  assert.deepEqual(ids('Shokry'), ['sameh-shoukry']);
  assert.deepEqual(ids('Nakhale'), ['ziyad-al-nakhalah']);
  assert.deepEqual(ids('Amirabdollahian'), ['hossein-amir-abdollahian']);
  // German and Polish spellings end Slavic names in "-ow".
  assert.deepEqual(ids('Serdar Berdimuhamedov'), ids('Serdar Berdimuhamedow'));
  assert.equal(ids('Serdar Berdimuhamedov').length, 1);
  // Other words that share a consonant skeleton with a name: a province, a building.
  assert.deepEqual(ids('Alberta'), []);
  assert.deepEqual(ids('Mosques'), []);
});

test('a lineage written out further than the registry has it finds the person of its first two links, and no one else', () => {
  const reg = registry();
  assert.deepEqual(reg.lookup('Faisal bin Farhan bin Abdullah').map((p) => p.name), ['Faisal bin Farhan Al Saud']);
  assert.deepEqual(reg.lookup('Abdulaziz bin Saud bin Naif bin Abdulaziz').map((p) => p.name).filter((n) => n.startsWith('Salman')), []);
});

test('a skeleton shared by two names that start with different letters finds only the one written ("Barham Salih" is not "Ibrahim Solih")', () => {
  const reg = registry();
  assert.deepEqual(reg.lookup('Barham Salih').map((p) => p.name), ['Barham Salih']);
  assert.deepEqual(reg.lookup('Ibrahim Solih').map((p) => p.name), ['Ibrahim Mohamed Solih']);
});
