import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Db } from '../src/store/db.js';
import { ingest } from '../src/store/ingest.js';
import { findEngagements, getActor, getDocument, getEngagement, network, searchActors, searchText, stats, timeline, timelineByKind } from '../src/store/queries.js';
import { runExport } from '../src/store/exports/index.js';
import { contentHash } from '../src/store/write.js';
import { datesFit, summarise, type ReportClaim } from '../src/store/merge.js';
import { generateDocuments } from '../bench/generate.js';
import { createExtractor } from '../src/pipeline.js';
import type { DocumentRecord, SourceDocument } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'parley');
const fixtures = path.join(root, 'test', 'fixtures', 'store');
const shared = path.join(root, '..', 'shared');
const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'parley-store-'));
}

function withDb<T>(fn: (db: Db, dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir();
  const db = openStore(path.join(dir, 'test.db'));
  return fn(db, dir).finally(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

function lines(file: string, ids: string[]): string {
  return readFileSync(file, 'utf8').split('\n').filter((l) => ids.some((id) => l.includes(`"id": "${id}"`))).join('\n') + '\n';
}

test('two reports of one phone call from two outlets become one engagement with two reports', () =>
  withDb(async (db, dir) => {
    const file = path.join(dir, 'two.jsonl');
    writeFileSync(file, lines(path.join(fixtures, 'reports.jsonl'), ['wire-lavrov-fidan-call', 'agency-fidan-lavrov-call']));
    const s = await ingest(db, [file], {}, quiet);
    assert.equal(s.stored, 2);
    assert.equal(s.engagementsNew, 1);
    assert.equal(s.engagementsJoined, 1);
    const { total, rows } = findEngagements(db, { actor: 'Lavrov' });
    assert.equal(total, 1);
    assert.equal(rows[0].reports, 2);
    assert.equal(rows[0].outlets, 2);
    assert.equal(rows[0].date, '2024-05-13');
    assert.equal(rows[0].kind, 'phone_call');
    const detail = getEngagement(db, rows[0].id)!;
    assert.deepEqual(detail.reports_detail.map((r) => r.document_id).sort(), ['agency-fidan-lavrov-call', 'wire-lavrov-fidan-call']);
    for (const r of detail.reports_detail) {
      const doc = getDocument(db, r.document_id)!;
      for (const ev of r.evidence) assert.equal(doc.text.slice(ev.start, ev.end), ev.text);
    }
  }));

test('reports that disagree on the day keep both claims and a date range; a meeting the same day stays apart', () =>
  withDb(async (db) => {
    const s = await ingest(db, [path.join(fixtures, 'reports.jsonl')], {}, quiet);
    assert.equal(s.stored, 4);
    const calls = findEngagements(db, { actor: 'Hakan Fidan', kind: 'phone_call' });
    assert.equal(calls.total, 1);
    const call = calls.rows[0];
    assert.equal(call.reports, 3);
    assert.equal(call.date, null);
    assert.equal(call.date_disputed, true);
    assert.deepEqual(call.date_range, { earliest: '2024-05-12', latest: '2024-05-13' });
    const claims = getEngagement(db, call.id)!.date_claims;
    assert.deepEqual(claims.map((c) => [c.date, c.reports]).sort(), [['2024-05-12', 1], ['2024-05-13', 2]]);
    // Lavrov in Turkey meeting its foreign minister is a visit Turkey hosts (the project's convention).
    const meetings = findEngagements(db, { actor: 'Lavrov', kind: 'visit' });
    assert.equal(meetings.total, 1);
    assert.equal(meetings.rows[0].location, 'Antalya');
    assert.equal(meetings.rows[0].host, 'TUR');
  }));

test('merge rules: a day of slack for time zones; an unplaced claim joins only reports published days apart', () => {
  const c = { pk: 1, earliest: '2024-05-13', latest: '2024-05-13', dated_earliest: '2024-05-13', dated_latest: '2024-05-13', first_published: '2024-05-14', last_published: '2024-05-14', anchor: '2024-05-13' };
  assert.equal(datesFit({ date: '2024-05-14', earliest: '2024-05-14', latest: '2024-05-14', published: '2024-05-15' }, c), true);
  assert.equal(datesFit({ date: '2024-05-16', earliest: '2024-05-16', latest: '2024-05-16', published: '2024-05-16' }, c), false);
  assert.equal(datesFit({ date: null, earliest: null, latest: '2024-05-16', published: '2024-05-16' }, c), true);
  assert.equal(datesFit({ date: null, earliest: null, latest: '2024-05-30', published: '2024-05-30' }, c), false);
  // "last October" never joins last week's call, however close the publication.
  assert.equal(datesFit({ date: null, earliest: '2023-10-01', latest: '2023-10-31', published: '2024-05-14' }, c), false);
  const claim = (date: string, kind: ReportClaim['kind'] = 'phone_call'): ReportClaim => ({
    date, earliest: date, latest: date, published: '2024-05-14', kind, status: 'reported', location: null, host: null, initiator_pk: null,
    outlet: date, confidence: 0.8, plover: 'CONSULT', plover_mode: 'phone', cameo: '041',
  });
  const s = summarise([claim('2024-05-13'), claim('2024-05-13', 'video_call'), claim('2024-05-12', 'video_call')]);
  assert.equal(s.kind, 'video_call');
  assert.equal(s.date_disputed, true);
  assert.equal(s.outlets, 2);
});

test('re-ingesting is a no-op; the same id with new text replaces the earlier version', () =>
  withDb(async (db, dir) => {
    const file = path.join(dir, 'docs.jsonl');
    writeFileSync(file, lines(path.join(fixtures, 'reports.jsonl'), ['wire-lavrov-fidan-meeting']));
    await ingest(db, [file], {}, quiet);
    const again = await ingest(db, [file], {}, quiet);
    assert.equal(again.stored, 0);
    assert.equal(again.duplicates, 1);
    const before = stats(db);
    // Whitespace alone does not make a new version.
    const original = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify({ ...original, text: `${original.text.replace(/ /g, '  ')}\n` })}\n`);
    assert.equal((await ingest(db, [file], {}, quiet)).duplicates, 1);
    writeFileSync(file, `${JSON.stringify({ ...original, text: original.text.replace('in Antalya', 'in Ankara') })}\n`);
    const edited = await ingest(db, [file], {}, quiet);
    assert.equal(edited.replaced, 1);
    const after = stats(db);
    assert.equal(after.documents, before.documents);
    assert.equal(after.superseded_documents, 1);
    assert.equal(after.engagements, 1);
    assert.equal(findEngagements(db, {}).rows[0].location, 'Ankara');
    assert.equal(getDocument(db, original.id)!.text.includes('Ankara'), true);
    assert.equal(contentHash('a  b\n'), contentHash('a b'));
  }));

test('a document that fails half-way through being stored leaves nothing behind; the rest of its group is stored', async () => {
  const dir = tempDir();
  try {
    const docs = [...generateDocuments(40, 5)];
    const all = path.join(dir, 'all.jsonl');
    const without = path.join(dir, 'without.jsonl');
    const line = (d: (typeof docs)[number]) => `${JSON.stringify({ id: d.id, text: d.text, published: d.published, outlet: d.outlet, url: d.url })}\n`;
    writeFileSync(all, docs.map(line).join(''));
    writeFileSync(without, docs.filter((_, n) => n !== 17).map(line).join(''));
    const extractor = createExtractor();
    // Its document, actors and engagements are written before the bad statements stop it.
    const broken = (d: SourceDocument): DocumentRecord => {
      const r = extractor.extract(d);
      return d.id === docs[17].id ? ({ ...r, statements: null } as unknown as DocumentRecord) : r;
    };
    const snapshot = (db: Db) => ({
      documents: db.prepare('SELECT pk, id FROM documents ORDER BY pk').all(),
      engagements: db.prepare('SELECT pk, block_key, kind, date, reports FROM engagements ORDER BY pk').all(),
      reports: db.prepare('SELECT pk, engagement_pk, document_pk, record_id FROM reports ORDER BY pk').all(),
      actors: db.prepare('SELECT pk, key, engagements FROM actors ORDER BY pk').all(),
      roles: db.prepare('SELECT * FROM actor_roles ORDER BY actor_pk, role, affiliation').all(),
      mentions: db.prepare('SELECT count(*) FROM mentions').pluck().get(),
      statements: db.prepare('SELECT count(*) FROM statements').pluck().get(),
      text: searchText(db, docs[17].text.split(' ').slice(0, 3).join(' ')).map((r) => r.document_id),
      evidence: findEngagements(db, { text: 'talks' }).total,
    });
    const failed = openStore(path.join(dir, 'failed.db'));
    const clean = openStore(path.join(dir, 'clean.db'));
    try {
      const messages: string[] = [];
      const s = await ingest(failed, [all], { extract: broken, progress: false }, { write: (m: string) => messages.push(m) } as unknown as NodeJS.WritableStream);
      assert.equal(s.failed, 1);
      assert.equal(s.stored, 39);
      assert.match(messages.join(''), /all\.jsonl:18: could not be stored/);
      await ingest(clean, [without], { extract: (d) => extractor.extract(d), progress: false }, quiet);
      assert.deepEqual(snapshot(failed), snapshot(clean));
    } finally {
      failed.close();
      clean.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('RSS items are documents; bad documents are reported, written to --errors and skipped', () =>
  withDb(async (db, dir) => {
    const errors = path.join(dir, 'errors.jsonl');
    const messages: string[] = [];
    const err = { write: (s: string) => messages.push(s) } as unknown as NodeJS.WritableStream;
    const s = await ingest(db, [fixtures, path.join(dir, 'missing-folder')], { errors, progress: false }, err);
    assert.equal(s.failed, 3);
    const failures = readFileSync(errors, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(failures.map((f) => path.basename(f.origin)).sort(), ['empty.txt', 'feed.rss#2', 'missing-folder']);
    assert.match(messages.join(''), /neither guid nor link/);
    const doc = getDocument(db, 'https://harbour-gazette.example/diplomacy/2024/03/canberra-talks')!;
    assert.equal(doc.outlet, 'Harbour Gazette Diplomacy');
    assert.equal(doc.published, '2024-03-06');
    const e = findEngagements(db, { actor: 'Penny Wong' });
    assert.equal(e.total, 1);
    assert.equal(e.rows[0].date, '2024-03-05');
  }));

test('queries: filters, actor profile, network, timeline, full text, stats', () =>
  withDb(async (db) => {
    await ingest(db, [path.join(root, 'corpus', 'demo'), fixtures], {}, quiet);
    const all = findEngagements(db, {}, { limit: 5 });
    assert.equal(all.rows.length, 5);
    assert.ok(all.total > 50);
    for (let i = 1; i < all.rows.length; i++) assert.ok((all.rows[i - 1].day ?? '') >= (all.rows[i].day ?? ''));
    const pair = findEngagements(db, { actor: 'Lavrov', with: 'Fidan', since: '2024-01-01' });
    assert.equal(pair.total, 2);
    assert.ok(findEngagements(db, { actor: 'Lavrov', with: 'Fidan' }).rows.every((r) => r.participants.some((p) => p.name === 'Hakan Fidan')));
    const turkey = findEngagements(db, { of: 'TUR', since: '2024-01-01', until: '2024-12-31' });
    assert.ok(turkey.rows.every((r) => r.participants.some((p) => p.affiliation === 'TUR') && r.day! >= '2024-01-01'));
    const text = findEngagements(db, { text: 'Black Sea grain' });
    assert.ok(text.rows.some((r) => r.participants.some((p) => p.name?.includes('Fidan'))));
    const planned = findEngagements(db, { status: 'planned' });
    assert.ok(planned.total > 0 && planned.rows.every((r) => r.status === 'planned'));
    const topic = findEngagements(db, { topic: all.rows.find((r) => r.topics.length)?.topics[0] ?? 'Gaza' });
    assert.ok(topic.total > 0);
    const profile = getActor(db, 'Blinken')!;
    assert.equal(profile.name, 'Antony Blinken');
    assert.ok(profile.timeline.length >= 3);
    assert.ok(profile.counterparts.length >= 3);
    assert.equal(searchActors(db, 'Wang Yi')[0].name, 'Wang Yi');
    const net = network(db, { since: '2024-05-01', until: '2024-05-31' });
    // The period-only fast path (two covering indexes) gives what the general path gives.
    const general = network(db, { since: '2024-05-01', until: '2024-05-31', status: ['reported', 'background', 'planned', 'denied'] });
    assert.deepEqual(net, general);
    assert.deepEqual(network(db, { since: '2010-01-01' }), network(db, { since: '2010-01-01', status: ['reported', 'background', 'planned', 'denied'] }));
    const ids = new Set(net.nodes.map((n) => n.id));
    assert.ok(net.edges.every((e) => ids.has(e.source) && ids.has(e.target)));
    assert.equal(net.edges.find((e) => e.kinds.phone_call)?.weight, 2);
    const months = timeline(db, { actor: 'Lavrov', with: 'Fidan' }, 'month');
    assert.deepEqual(months.find((m) => m.period === '2024-05'), { period: '2024-05', engagements: 2 });
    assert.equal(timeline(db, { actor: 'Fidan' }, 'week').find((w) => w.period === '2024-05-06')?.engagements, 1);
    // By kind, the same counts split: every period's kinds add up to its total.
    const byKind = timelineByKind(db, {}, 'month');
    for (const m of timeline(db, {}, 'month')) {
      assert.equal(byKind.filter((k) => k.period === m.period).reduce((n, k) => n + k.engagements, 0), m.engagements, m.period);
    }
    assert.ok(searchText(db, 'Canberra maritime')[0].engagements.length > 0);
    const s = stats(db);
    assert.equal(s.documents, 42);
    assert.ok(s.corroborated >= 1);
  }));

test('exports: record format, CSV, PLOVER, GDELT and GraphML', () =>
  withDb(async (db, dir) => {
    await ingest(db, [path.join(fixtures, 'reports.jsonl')], {}, quiet);
    const out = (f: string) => path.join(dir, f);
    assert.equal(await runExport(db, 'jsonl', {}, out('r.jsonl')), 4);
    const records = readFileSync(out('r.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.ok(records.every((r) => r.document.id && Array.isArray(r.engagements) && r.engagements.every((e: { store_engagement: string }) => /^E\d+$/.test(e.store_engagement))));
    assert.equal(await runExport(db, 'csv', {}, out('e.csv')), 2);
    const csv = readFileSync(out('e.csv'), 'utf8').trim().split('\n');
    assert.equal(csv.length, 3);
    assert.match(csv[0], /^id,kind,status/);
    await runExport(db, 'plover', { kind: 'phone_call' }, out('p.jsonl'));
    const plover = JSON.parse(readFileSync(out('p.jsonl'), 'utf8'));
    assert.equal(plover.event, 'CONSULT');
    assert.equal(plover.mode, 'phone');
    assert.deepEqual([plover.actor, plover.recipient].sort(), ['RUS', 'TUR']);
    assert.ok(plover.text_info.text.length > 20 && plover.cite_info.url.startsWith('https://'));
    await runExport(db, 'gdelt', {}, out('g.tsv'));
    const [header, ...rows] = readFileSync(out('g.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
    const call = Object.fromEntries(header.map((h, i) => [h, rows.map((r) => r[i])]));
    assert.ok(call.EventCode.includes('041'));
    assert.ok(call.Actor1Code.every((c) => ['RUSGOV', 'TURGOV'].includes(c)));
    assert.deepEqual(call.NumArticles.map(Number).sort(), [1, 3]);
    await runExport(db, 'graphml', {}, out('n.graphml'));
    const graph = readFileSync(out('n.graphml'), 'utf8');
    assert.match(graph, /<edge id="x1" source="A\d+" target="A\d+"><data key="weight">2<\/data>/);
  }));

test('seeds, the seeds again, then the peer data give the engagements of ingesting each once', { skip: !existsSync(path.join(shared, 'corpus', 'seeds')) && 'needs ../shared' }, () =>
  withDb(async (db, dir) => {
    const seeds = path.join(shared, 'corpus', 'seeds');
    const peers = path.join(shared, 'peers', 'plover_gsr.jsonl');
    await ingest(db, [seeds], {}, quiet);
    await ingest(db, [seeds], {}, quiet);
    await ingest(db, [peers], {}, quiet);
    const once = openStore(path.join(dir, 'once.db'));
    try {
      await ingest(once, [seeds, peers], {}, quiet);
      const a = stats(db);
      const b = stats(once);
      assert.equal(a.engagements, b.engagements);
      assert.equal(a.documents, b.documents);
      assert.equal(a.reports, b.reports);
    } finally {
      once.close();
    }
  }));

test('killing ingestion mid-batch and re-running ends with exactly the documents and engagements of an uninterrupted run', { timeout: 300000 }, async () => {
  const dir = tempDir();
  try {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    for (const d of generateDocuments(300, 7)) writeFileSync(path.join(corpus, `${d.id}.json`), JSON.stringify({ id: d.id, text: d.text, published: d.published, outlet: d.outlet, url: d.url }));
    const killed = path.join(dir, 'killed.db');
    const child = spawn(bin, ['ingest', corpus, '--db', killed, '--no-progress'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill once some documents are committed, well before the end.
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(killed)) continue;
      let n = 0;
      try {
        const probe = openStore(killed, { readonly: true });
        n = probe.prepare('SELECT count(*) FROM documents').pluck().get() as number;
        probe.close();
      } catch {
        continue;
      }
      if (n >= 20) break;
    }
    child.kill('SIGKILL');
    await exited;
    const partial = openStore(killed, { readonly: true });
    const committed = partial.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    partial.close();
    assert.ok(committed > 0 && committed < 300, `killed after ${committed} documents`);
    assert.equal(spawnSync(bin, ['ingest', corpus, '--db', killed, '--no-progress'], { encoding: 'utf8' }).status, 0);
    const clean = path.join(dir, 'clean.db');
    assert.equal(spawnSync(bin, ['ingest', corpus, '--db', clean, '--no-progress'], { encoding: 'utf8' }).status, 0);
    const snapshot = (file: string) => {
      const db = openStore(file, { readonly: true });
      try {
        return {
          documents: db.prepare('SELECT id, content_hash FROM documents ORDER BY pk').all(),
          engagements: db.prepare('SELECT pk, block_key, kind, date, reports FROM engagements ORDER BY pk').all(),
          reports: db.prepare('SELECT engagement_pk, document_pk, record_id FROM reports ORDER BY pk').all(),
        };
      } finally {
        db.close();
      }
    };
    const a = snapshot(killed);
    const b = snapshot(clean);
    assert.equal(a.documents.length, 300);
    assert.deepEqual(a, b);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store commands: ingest prints a summary, stats and engagements read the store', () => {
  const dir = tempDir();
  try {
    const db = path.join(dir, 'cli.db');
    const r = spawnSync(bin, ['ingest', path.join(fixtures, 'reports.jsonl')], { encoding: 'utf8', env: { ...process.env, PARLEY_DB: db } });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /4 documents read from 1 files .*: 4 stored; 2 new engagements, 2 reports joined/);
    const st = spawnSync(bin, ['stats', '--db', db], { encoding: 'utf8' });
    assert.match(st.stdout, /engagements: 2 \(1 told by two or more reports, 1 with disputed dates\)/);
    const list = spawnSync(bin, ['engagements', '--db', db, '--kind', 'phone_call', '--json'], { encoding: 'utf8' });
    assert.equal(JSON.parse(list.stdout).total, 1);
    const bad = spawnSync(bin, ['engagements', '--db', db, '--kind', 'fax'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    const none = spawnSync(bin, ['stats', '--db', path.join(dir, 'nothing.db')], { encoding: 'utf8' });
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no store at/);
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8' }).stdout;
    for (const cmd of ['ingest', 'engagements', 'engagement', 'actor', 'network', 'stats', 'export']) assert.match(help, new RegExp(`\\n  ${cmd} `));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
