import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../src/serve/server.js';

const report =
  'TEHRAN, March 31 (Parley wire) - Iranian Foreign Minister Hossein Amir-Abdollahian held a phone call with his Egyptian counterpart Sameh Shoukry on Sunday. The two ministers discussed the situation in Gaza.';

test('POST /api/extract returns the record of a pasted article with its text, storing nothing', async () => {
  const app = await buildServer({ store: null });
  const res = await app.inject({ method: 'POST', url: '/api/extract', payload: { text: report, published: '2024-04-01' } });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.text, report);
  assert.equal(body.engagements.length, 1);
  assert.equal(body.engagements[0].kind, 'phone_call');
  assert.equal(body.engagements[0].date, '2024-03-31');
  assert.deepEqual(body.engagements[0].participants.map((p: { name: string }) => p.name).sort(), ['Hossein Amir-Abdollahian', 'Sameh Shoukry']);
  await app.close();
});

test('bad parameters get a clear 400 in JSON, never a stack trace', async () => {
  const app = await buildServer({ store: null });
  const noText = await app.inject({ method: 'POST', url: '/api/extract', payload: { published: '2024-04-01' } });
  assert.equal(noText.statusCode, 400);
  assert.match(noText.json().message, /must have required property 'text'/);
  const badDate = await app.inject({ method: 'POST', url: '/api/extract', payload: { text: report, published: '2024-02-31' } });
  assert.equal(badDate.statusCode, 400);
  assert.match(badDate.json().message, /2024-02-31 is not a calendar date/);
  const notJson = await app.inject({ method: 'POST', url: '/api/extract', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
  assert.equal(notJson.statusCode, 400);
  assert.doesNotMatch(notJson.body, /at .*\.js:\d+/);
  const unknown = await app.inject({ method: 'GET', url: '/api/nothing-here' });
  assert.equal(unknown.statusCode, 404);
  assert.equal(unknown.json().error, 'Not Found');
  await app.close();
});

test('without a store, store questions answer 503 with what to do', async () => {
  const app = await buildServer({ store: null });
  const res = await app.inject({ method: 'GET', url: '/api/engagements' });
  assert.equal(res.statusCode, 503);
  assert.match(res.json().message, /no store is open/);
  await app.close();
});

test('a strict Content-Security-Policy: no inline script, nothing from elsewhere', async () => {
  const app = await buildServer({ store: null });
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  await app.close();
});

test('the OpenAPI document describes every route with its parameters', async () => {
  const app = await buildServer({ store: null });
  const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  for (const route of ['/api/engagements', '/api/engagements/{id}', '/api/actors', '/api/actors/{id}', '/api/documents/{id}', '/api/network', '/api/timeline', '/api/search', '/api/statements', '/api/stats', '/api/export', '/api/extract', '/api/ingest']) {
    assert.ok(spec.paths[route], `${route} is documented`);
  }
  const kind = spec.paths['/api/engagements'].get.parameters.find((p: { name: string }) => p.name === 'kind');
  assert.deepEqual(kind.schema.enum, ['phone_call', 'video_call', 'meeting', 'visit', 'message']);
  const docs = await app.inject({ method: 'GET', url: '/api/docs' });
  assert.ok(docs.statusCode === 200 || docs.statusCode === 302);
  await app.close();
});

test('writing needs the token the server was started with', async () => {
  const closed = await buildServer({ store: null });
  assert.equal((await closed.inject({ method: 'POST', url: '/api/ingest', payload: { text: report } })).statusCode, 403);
  await closed.close();
  const app = await buildServer({ store: null, token: 'sesame-0123456789' });
  assert.equal((await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: report } })).statusCode, 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer wrong-token-000000' }, payload: { text: report } })).statusCode, 403);
  await app.close();
});
