import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/serve/server.js';
import { storeApi } from '../src/serve/store-adapter.js';
import { openStore, type Db } from '../src/store/db.js';
import { ingest } from '../src/store/ingest.js';
import { createExtractor } from '../src/pipeline.js';
import { registry } from '../src/resolve/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const quiet = { write: () => true } as unknown as NodeJS.WritableStream;
let app: FastifyInstance;
let db: Db;

before(async () => {
  db = openStore(path.join(mkdtempSync(path.join(tmpdir(), 'parley-api-')), 'store.db'));
  await ingest(db, [path.join(root, 'corpus', 'demo')], {}, quiet);
  app = await buildServer({ store: storeApi(db, { registry: registry(), extractor: createExtractor() }), token: 'a-long-enough-test-token' });
});
after(async () => {
  await app.close();
  db.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json(), headers: res.headers, raw: res.body };
};

test('filters: actor, kind and topic find the call told by two outlets, with both reports', async () => {
  const r = await get('/api/engagements?actor=Amir-Abdollahian&kind=phone_call&topic=Gaza');
  assert.equal(r.status, 200);
  assert.equal(r.body.total, 1);
  const e = r.body.items[0];
  assert.equal(e.date, '2024-03-31');
  assert.equal(e.reports, 2);
  const detail = await get(`/api/engagements/${e.id}`);
  assert.equal(detail.body.claims.length, 2);
  assert.match(detail.body.date_note, /All 2 reports fix the day as 2024-03-31/);
  for (const c of detail.body.claims) {
    const doc = await get(`/api/documents/${encodeURIComponent(c.document_id)}`);
    // Evidence offsets point into the stored text.
    for (const ev of c.evidence) assert.equal(doc.body.text.slice(ev.start, ev.end), ev.text);
  }
});

test('filters: state, status, period and words in the reports', async () => {
  const usa = await get('/api/engagements?of=USA&limit=500');
  assert.ok(usa.body.total > 3);
  assert.ok(usa.body.items.every((e: { participants: { affiliation: string }[] }) => e.participants.some((p) => p.affiliation === 'USA')));
  const planned = await get('/api/engagements?status=planned');
  assert.ok(planned.body.total > 0 && planned.body.items.every((e: { status: string }) => e.status === 'planned'));
  const period = await get('/api/engagements?since=2024-01-01&until=2024-03-31&limit=500');
  assert.ok(period.body.items.every((e: { date: string | null; date_range: { earliest: string | null } }) => (e.date ?? e.date_range.earliest ?? '2024-01-01') >= '2024-01-01'));
  const words = await get('/api/engagements?text=Rafah');
  assert.ok(words.body.total >= 1);
});

test('pagination: pages do not overlap and add up to the total', async () => {
  const all = await get('/api/engagements?limit=500');
  const seen = new Set<string>();
  for (let offset = 0; offset < all.body.total; offset += 7) {
    const page = await get(`/api/engagements?limit=7&offset=${offset}`);
    assert.equal(page.body.total, all.body.total);
    assert.equal(page.body.offset, offset);
    for (const e of page.body.items) {
      assert.ok(!seen.has(e.id), `${e.id} on two pages`);
      seen.add(e.id);
    }
  }
  assert.equal(seen.size, all.body.total);
});

test('bad parameters are clear 400s naming what is wrong', async () => {
  const cases: [string, RegExp][] = [
    ['/api/engagements?kind=dinner', /kind.*must be equal to one of the allowed values/],
    ['/api/engagements?since=2024-13-45', /since 2024-13-45 is not a calendar date/],
    ['/api/engagements?since=2024-05-01&until=2024-04-01', /since 2024-05-01 is after until 2024-04-01/],
    ['/api/engagements?limit=0', /limit must be >= 1/],
    ['/api/engagements?limit=abc', /limit must be integer/],
    ['/api/engagements?colour=red', /must NOT have additional properties/],
    ['/api/timeline?bucket=year', /bucket must be equal to one of the allowed values/],
    ['/api/export?format=xlsx', /format must be equal to one of the allowed values/],
    ['/api/actors', /must have required property 'q'/],
  ];
  for (const [url, message] of cases) {
    const r = await get(url);
    assert.equal(r.status, 400, url);
    assert.equal(r.body.error, 'Bad Request');
    assert.match(r.body.message, message, url);
  }
  const missing = await get('/api/engagements/E999999');
  assert.equal(missing.status, 404);
  assert.match(missing.body.message, /no engagement E999999/);
});

test('network, timeline, actors, stats and export answer from the store', async () => {
  const net = await get('/api/network?actor=Amir-Abdollahian');
  const ids = new Set(net.body.nodes.map((n: { id: string }) => n.id));
  assert.ok(net.body.edges.length > 0 && net.body.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target)));
  const tl = await get('/api/timeline?bucket=month&actor=Amir-Abdollahian');
  assert.ok(tl.body.items.some((p: { period: string; kind: string; count: number }) => p.period === '2024-03' && p.kind === 'phone_call' && p.count >= 1));
  const actors = await get('/api/actors?q=Shoukry');
  assert.equal(actors.body.items[0].name, 'Sameh Shoukry');
  const profile = await get(`/api/actors/${actors.body.items[0].id}`);
  assert.ok(profile.body.offices.some((o: { of: string; title: string }) => o.of === 'EGY'));
  assert.ok(profile.body.counterparts.some((c: { name: string }) => c.name === 'Hossein Amir-Abdollahian'));
  const stats = await get('/api/stats');
  assert.equal(stats.body.documents, 37);
  const csv = await app.inject({ method: 'GET', url: '/api/export?format=csv&actor=Amir-Abdollahian' });
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers['content-type']), /text\/csv/);
  assert.match(csv.body, /Sameh Shoukry/);
  const graphml = await app.inject({ method: 'GET', url: '/api/export?format=graphml' });
  assert.match(graphml.body, /<graphml/);
});

test('hostile article text comes back as data: JSON strings, never markup the API itself renders', async () => {
  const hostile = 'ANKARA, June 4 (Wire) - Turkish Foreign Minister Hakan Fidan met his Qatari counterpart in Ankara on Tuesday. <script>alert(1)</script><img src=x onerror=alert(2)>';
  const stored = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer a-long-enough-test-token' }, payload: { id: 'hostile-api', text: hostile, published: '2024-06-04', title: '<b>bold</b>' } });
  assert.equal(stored.statusCode, 200, stored.body);
  const doc = await get('/api/documents/hostile-api');
  assert.match(String(doc.headers['content-type']), /^application\/json/);
  assert.equal(doc.body.text, hostile);
  assert.equal(doc.body.title, '<b>bold</b>');
  const again = await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer a-long-enough-test-token' }, payload: { id: 'hostile-api', text: hostile } });
  assert.equal(again.json().stored, false, 'the same text is stored once');
});
