import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPath } from '../src/read/documents.js';
import { findDateline } from '../src/read/dateline.js';

async function collect(target: string, today = '2026-01-01') {
  const out = [];
  for await (const r of readPath(target, { today })) out.push(r);
  return out;
}

test('datelines give the publication date', () => {
  assert.equal(findDateline('Tehran, 24 October 2023 (TDI): The minister said')?.published, '2023-10-24');
  assert.equal(findDateline(' date 2024-04-01 Iran’s Foreign Minister')?.published, '2024-04-01');
  assert.equal(findDateline('MOSCOW, May 12, 2022 - Russia said')?.published, '2022-05-12');
  assert.equal(findDateline('WASHINGTON, March 4 (Wire) - No year here'), null);
});

test('a date line under the headline, or a "Published" stamp, gives the publication date', () => {
  assert.equal(findDateline('Minister Holds Talks With Counterpart\n\n2023-10-14\n\nOn October 14, the minister')?.published, '2023-10-14');
  assert.equal(findDateline('Talks with the President of Finland\n\nDecember 7, 2021 Sochi\n\nThe talks')?.published, '2021-12-07');
  assert.equal(findDateline('Readout of a call\nFrom: Prime Minister\'s Office Published 6 July 2024\nThe Prime Minister spoke')?.published, '2024-07-06');
  assert.equal(findDateline('Crown Prince Receives Envoy\n\nAlUla, January 08, 2024, SPA -- His Royal Highness')?.published, '2024-01-08');
  // A sentence that opens with the day of an event is not a dateline.
  assert.equal(findDateline('On 12 March 2021, the ministers met in Rome.'), null);
  // "Published on" is a stamp; a relative day in the first sentence is no printed date.
  assert.equal(findDateline('Talks held by the President\nPublished on 9 May 2015\nYesterday evening in Paris, the President dined with his guest.')?.published, '2015-05-09');
  assert.equal(findDateline('Talks held by the President\n\nYesterday evening in Paris, the President dined with his guest.'), null);
});

test('a folder of mixed documents: good ones come out, bad ones are named with the reason', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-read-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Ankara, 3 May 2024: Turkey’s foreign minister met his Greek counterpart.');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73]));
  writeFileSync(
    path.join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'w1', text: 'The leaders spoke by phone on Monday.', published: '2024-03-05' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'w2', text: 'A future report.', published: '2031-01-01' }),
      JSON.stringify({ text: 'no id' }),
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'page.html'), '<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><h1>Ministers meet</h1><p>The foreign ministers of Egypt and Jordan met in Amman on Sunday to discuss the situation in Gaza and humanitarian aid deliveries to the Strip.</p><p>They agreed to keep in close contact in the coming weeks, officials said after the meeting.</p></article></body></html>');
  const results = await collect(dir);
  const docs = results.filter((r) => 'document' in r).map((r) => ('document' in r ? r.document : null)!);
  const failures = results.filter((r) => 'failure' in r).map((r) => ('failure' in r ? r.failure : null)!);
  assert.deepEqual(docs.map((d) => d.id).sort(), ['a', 'page', 'w1', 'w2']);
  assert.equal(docs.find((d) => d.id === 'a')!.published, '2024-05-03');
  assert.equal(docs.find((d) => d.id === 'a')!.publishedSource, 'dateline');
  assert.equal(docs.find((d) => d.id === 'w1')!.published, '2024-03-05');
  assert.equal(docs.find((d) => d.id === 'w2')!.published, null, 'a future publication date is refused');
  const page = docs.find((d) => d.id === 'page')!;
  assert.equal(page.title, 'Talks');
  assert.match(page.text, /foreign ministers of Egypt and Jordan met in Amman/);
  assert.doesNotMatch(page.text, /Home \| World/);
  const reasons = failures.map((f) => `${path.basename(f.origin)} ${f.reason}`).join('\n');
  assert.match(reasons, /empty\.txt empty file/);
  assert.match(reasons, /binary\.txt binary data/);
  assert.match(reasons, /latin1\.txt not valid UTF-8/);
  assert.match(reasons, /feed\.jsonl:2 malformed JSON on line 2/);
  assert.match(reasons, /feed\.jsonl:4 line 4 has no "id"/);
});

test('a missing path is reported, not thrown', async () => {
  const results = await collect('/no/such/place');
  assert.equal(results.length, 1);
  assert.ok('failure' in results[0] && /no such file/.test(results[0].failure.reason));
});

test('a web page: the "Published" stamp of its metadata block and the standfirst Readability drops are kept', () => {
  const body = Array.from({ length: 4 }, () => '<p>The Prime Minister and the President agreed that talks resuming in Geneva tomorrow offered an opportunity, and that officials would stay in touch.</p>').join('\n');
  const html = `<!DOCTYPE html><html><head><title>PM call with the President of Iran</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><div class="title-block"><h1>PM call with the President of Iran</h1>
<p class="lead">Prime Minister David Cameron spoke to President Hassan Rouhani of Iran ahead of the nuclear talks in Geneva.</p></div>
<div class="metadata"><p>From: Prime Minister's Office</p><p>Published 19 November 2013</p></div>
<div class="body"><p>The Prime Minister spoke to President Rouhani of Iran this afternoon.</p>${body}</div></main></body></html>`;
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-read-'));
  const file = path.join(dir, 'readout.html');
  writeFileSync(file, html);
  return collect(file).then(([result]) => {
    assert.ok('document' in result);
    if (!('document' in result)) return;
    assert.equal(result.document.published, '2013-11-19');
    assert.match(result.document.text, /^Prime Minister David Cameron spoke to President Hassan Rouhani/);
  });
});

test('a text file saved with its metadata on top: the block fills the fields and is not reporting', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-header-'));
  writeFileSync(
    path.join(dir, 'call.txt'),
    [
      'Title: Foreign Minister speaks with Kenyan counterpart',
      'Outlet: Ministry of Foreign Affairs',
      'Published: 2023-05-18 09:40',
      'URL: https://example.org/readouts/2023/05/kenya-call',
      '',
      'The Foreign Minister held a telephone conversation today with his Kenyan counterpart.',
    ].join('\n'),
  );
  // "Nairobi: ..." is a dateline, not a header block: the text is left as it was.
  writeFileSync(path.join(dir, 'dateline.txt'), 'NAIROBI: Ministers met on Tuesday.\nThey agreed to meet again.\n\nMore follows.');
  const [withHeader, withDateline] = await collect(dir);
  assert.ok('document' in withHeader && 'document' in withDateline);
  const doc = withHeader.document;
  assert.equal(doc.published, '2023-05-18');
  assert.equal(doc.publishedSource, 'metadata');
  assert.equal(doc.title, 'Foreign Minister speaks with Kenyan counterpart');
  assert.equal(doc.outlet, 'Ministry of Foreign Affairs');
  assert.equal(doc.url, 'https://example.org/readouts/2023/05/kenya-call');
  // The title stays as the report's headline line; the key names and the other lines are gone.
  assert.equal(doc.text, 'Foreign Minister speaks with Kenyan counterpart\n\nThe Foreign Minister held a telephone conversation today with his Kenyan counterpart.');
  assert.equal(withDateline.document.text, 'NAIROBI: Ministers met on Tuesday.\nThey agreed to meet again.\n\nMore follows.');
});
