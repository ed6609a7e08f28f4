// The evaluation command's scoring, on our own demo corpus, and on the shared seeds where present.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { f1, goldActorFor, scoreGold, type GoldFile } from '../src/eval/gold.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('gold actors are found by any spelling', () => {
  const actors = { 'amir-abdollahian': { name: 'Hossein Amir-Abdollahian', aliases: ['Amirabdollahian'] }, shoukry: { name: 'Sameh Shoukry', aliases: [] } };
  assert.equal(goldActorFor('Hossein Amir Abdollahian', actors), 'amir-abdollahian');
  assert.equal(goldActorFor('Sameh Shokry', actors), 'shoukry');
  assert.equal(goldActorFor('Ayman Safadi', actors), null);
});

test('F1 counts', () => {
  assert.deepEqual(f1({ tp: 3, fp: 1, fn: 1 }), { precision: 0.75, recall: 0.75, f1: 0.75 });
});

test('the demo corpus scores and every document is read', async () => {
  const goldPath = path.join(root, 'corpus', 'demo', 'gold.json');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const score = await scoreGold(gold, goldPath);
  assert.equal(score.perDocument.filter((d) => d.readError).length, 0);
  assert.equal(score.documents, gold.documents.length);
  assert.ok(score.reported.tp > 0);
});

const seeds = path.join(root, '..', 'shared', 'corpus', 'seeds', 'gold.json');
test('the seeds: every reported engagement, no spurious one', { skip: !existsSync(seeds) && 'shared seeds not present' }, async () => {
  const score = await scoreGold(JSON.parse(readFileSync(seeds, 'utf8')) as GoldFile, seeds);
  assert.equal(score.reported.fn, 0);
  assert.equal(score.reported.fp, 0);
  assert.equal(score.background.tp, 3);
  assert.equal(score.dates.exact, score.dates.fixedInGold);
  assert.equal(score.participants.affiliationOk, score.participants.total);
  assert.equal(score.participants.roleOk, score.participants.total);
});

test('one person in two capacities: the record\'s affiliation picks the gold actor', () => {
  const actors = {
    'rutte-nato': { name: 'Mark Rutte', aliases: ['Mark Rutte', 'Rutte'], role: 'Secretary General', affiliation: 'NATO' },
    rutte: { name: 'Mark Rutte', aliases: ['Mark Rutte'], role: 'Prime Minister', affiliation: 'NLD' },
  };
  assert.equal(goldActorFor('Mark Rutte', actors, 'NLD'), 'rutte');
  assert.equal(goldActorFor('Mark Rutte', actors, 'NATO'), 'rutte-nato');
  assert.equal(goldActorFor('Rutte', actors, null), 'rutte-nato');
});

test('a participant matches a gold actor by a spelling the report used, when the registry names the person shorter', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-eval-'));
  writeFileSync(
    path.join(dir, 'chad.txt'),
    'Title: Secretary meets Chadian President\nPublished: 2018-03-12\n\nSecretary of State Rex Tillerson met today with President Idriss Deby Itno at the presidential palace in N\'Djamena to discuss regional security.\n',
  );
  const gold: GoldFile = {
    actors: {
      tillerson: { name: 'Rex Tillerson', aliases: [] },
      deby: { name: 'Idriss Déby Itno', aliases: [] },
    },
    documents: [{ file: 'chad.txt', engagements: [{ kind: 'visit', status: 'reported', participants: ['tillerson', 'deby'], date: '2018-03-12' }] }],
  } as unknown as GoldFile;
  const goldPath = path.join(dir, 'gold.json');
  writeFileSync(goldPath, JSON.stringify(gold));
  const score = await scoreGold(gold, goldPath);
  assert.deepEqual([score.reported.tp, score.reported.fp, score.reported.fn], [1, 0, 0]);
});
