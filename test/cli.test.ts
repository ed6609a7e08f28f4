import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'parley');

test('parley extract writes one JSON record per document of the demo corpus', () => {
  const out = execFileSync(bin, ['extract', path.join(root, 'corpus', 'demo')], { encoding: 'utf8' });
  const records = out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(records.length >= 30);
  for (const r of records) {
    assert.ok(r.document.id);
    for (const e of r.engagements) {
      assert.ok(['phone_call', 'video_call', 'meeting', 'visit', 'message'].includes(e.kind));
      assert.equal(e.codes.plover, 'CONSULT');
      for (const ev of e.evidence) assert.equal(typeof ev.start, 'number');
    }
  }
});

test('--pretty prints one line per engagement; bad documents are named on stderr', () => {
  const r = spawnSync(bin, ['extract', '--pretty', '--published', '2024-04-01', path.join(root, 'test', 'fixtures', 'cli')], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /2024-03-31 +phone_call +reported +Hossein Amir-Abdollahian/);
  assert.match(r.stderr, /empty\.txt: empty file/);
});

test('every command has --help', () => {
  for (const cmd of [[], ['extract'], ['eval']]) {
    const r = spawnSync(bin, [...cmd, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: parley/);
  }
});
