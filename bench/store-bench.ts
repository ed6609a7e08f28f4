// The store's benchmark (part of `npm run bench`):
//  1. ingest of generated report-sized documents read from a JSON Lines file: with extraction, and
//     store only (records already extracted) over 100,000 documents, with peak memory sampled as the
//     store grows and the rate per 10,000 documents (the cost of merging into a growing store);
//  2. p50/p95 latency of the typical queries on a store of one million engagements, inserted directly.
// Sizes: STORE_BENCH_EXTRACT (default 20,000; the rate of its first STORE_BENCH_EXTRACT_SHORT, 5,000, is
// printed too, the cold start), STORE_BENCH_DOCS (100,000), STORE_BENCH_ENGAGEMENTS (1,000,000).
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Db } from '../src/store/db.js';
import { ingest, type IngestSummary } from '../src/store/ingest.js';
import { addDays } from '../src/days.js';
import { findEngagements, getActor, getEngagement, network, searchText, stats, timeline } from '../src/store/queries.js';
import { createExtractor } from '../src/pipeline.js';
import { winkBarePass } from '../src/text/analyse.js';
import type { DocumentRecord, SourceDocument } from '../src/types.js';
import { generateDocument, random } from './generate.js';
import { apiBench, percentile } from './api-bench.js';

const EXTRACT_DOCS = Number(process.env.STORE_BENCH_EXTRACT ?? 20000);
const EXTRACT_SHORT = Number(process.env.STORE_BENCH_EXTRACT_SHORT ?? 5000);
const STORE_DOCS = Number(process.env.STORE_BENCH_DOCS ?? 100000);
const ENGAGEMENTS = Number(process.env.STORE_BENCH_ENGAGEMENTS ?? 1000000);
const POOL = 2000;

const dir = process.env.STORE_BENCH_DIR ?? mkdtempSync(path.join(tmpdir(), 'parley-store-bench-'));
const mb = (n: number) => (n / 1048576).toFixed(0);
const cpuSeconds = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1e6;

async function writeCorpus(file: string, count: number, seed: number): Promise<void> {
  const out = createWriteStream(file);
  for (let n = 0; n < count; n++) {
    const d = generateDocument(n, seed);
    if (!out.write(`${JSON.stringify({ id: d.id, text: d.text, published: d.published, url: d.url, outlet: d.outlet })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

interface Run {
  documents: number; wall: number; cpu: number; peakRss: number; chunks: { at: number; rate: number; rss: number }[]; summary: IngestSummary;
  /** CPU and wall seconds when the first `markAt` documents were stored. */
  mark: { cpu: number; wall: number } | null;
}

async function timedIngest(db: Db, file: string, extract?: (d: SourceDocument) => DocumentRecord, markAt = 0): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  const chunks: Run['chunks'] = [];
  let peakRss = process.memoryUsage().rss;
  let last = process.hrtime.bigint();
  const t0 = last;
  const c0 = process.cpuUsage();
  let mark: Run['mark'] = null;
  const summary = await ingest(db, [file], {
    progress: false,
    extract,
    onDocument: (s) => {
      if (s.documents === markAt) mark = { cpu: cpuSeconds(process.cpuUsage(c0)), wall: Number(process.hrtime.bigint() - t0) / 1e9 };
      if (s.documents % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (s.documents % 10000 === 0) {
        const now = process.hrtime.bigint();
        chunks.push({ at: s.documents, rate: 10000 / (Number(now - last) / 1e9), rss: process.memoryUsage().rss });
        last = now;
      }
    },
  }, process.stderr);
  return { documents: summary.stored, wall: Number(process.hrtime.bigint() - t0) / 1e9, cpu: cpuSeconds(process.cpuUsage(c0)), peakRss, chunks, summary, mark };
}

function shiftRecord(record: DocumentRecord, days: number, doc: SourceDocument): DocumentRecord {
  const shift = (d: string | null) => (d ? addDays(d, days) : d);
  return {
    ...record,
    document: { ...record.document, id: doc.id, published: doc.published },
    engagements: record.engagements.map((e) => ({ ...e, date: shift(e.date), date_range: { earliest: shift(e.date_range.earliest), latest: shift(e.date_range.latest) } })),
  };
}

/** Documents per CPU-second of wink-nlp's default pipeline over the generated documents: the machine's speed. */
function referencePass(count: number): number {
  const c0 = process.cpuUsage();
  for (let n = 0; n < count; n++) winkBarePass(generateDocument(n, 11).text);
  return count / cpuSeconds(process.cpuUsage(c0));
}

async function ingestBench(): Promise<void> {
  const extractor = createExtractor();
  // 1a. With extraction.
  const withFile = path.join(dir, 'extract.jsonl');
  await writeCorpus(withFile, EXTRACT_DOCS, 11);
  const db1 = openStore(path.join(dir, 'extract.db'));
  let sentences = 0;
  const r1 = await timedIngest(db1, withFile, (d) => {
    const r = extractor.extract(d);
    sentences += extractor.lastSentenceCount;
    return r;
  }, EXTRACT_SHORT < EXTRACT_DOCS ? EXTRACT_SHORT : 0);
  db1.close();
  // The first documents of a fresh process carry V8's compiling of the extractor's hot code (on its
  // background threads, counted in the process's CPU time); a long run spreads it as real use does.
  if (r1.mark) {
    console.log(`\nStore: ingest with extraction, the first ${EXTRACT_SHORT.toLocaleString('en')} generated documents of a fresh process`);
    console.log(`  ${(EXTRACT_SHORT / r1.mark.cpu).toFixed(0)} documents/s per CPU-second (${(EXTRACT_SHORT / r1.mark.wall).toFixed(0)}/s wall)`);
  }
  console.log(`${r1.mark ? '' : '\n'}Store: ingest with extraction, ${r1.documents.toLocaleString('en')} generated documents (${(sentences / r1.documents).toFixed(1)} sentences each)`);
  console.log(`  ${(r1.documents / r1.cpu).toFixed(0)} documents/s per CPU-second (${(r1.documents / r1.wall).toFixed(0)}/s wall), ${r1.summary.engagementsNew} engagements, ${r1.summary.engagementsJoined} reports merged; peak RSS ${mb(r1.peakRss)} MB`);
  // The shared machine's speed drifts by half within a session: a bare wink-nlp pass over the same
  // documents, right after, says how fast the machine was, so runs can be compared.
  const reference = referencePass(EXTRACT_DOCS);
  console.log(`  machine reference: a bare wink-nlp pass over the same documents ran at ${reference.toFixed(0)} documents/s per CPU-second; ingest with extraction ran at ${(r1.documents / r1.cpu / reference).toFixed(2)} of it`);
  if (r1.chunks.length > 0) console.log(`  per 10,000 documents (documents/s wall, RSS MB): ${r1.chunks.map((c) => `${c.at / 1000}k ${c.rate.toFixed(0)} ${mb(c.rss)}`).join(' | ')}`);

  // 1b. Store only: records extracted once for a pool of documents, reused with shifted dates.
  const pool: DocumentRecord[] = [];
  for (let n = 0; n < POOL; n++) pool.push(extractor.extract(generateDocument(n, 12)));
  const storeFile = path.join(dir, 'store.jsonl');
  await writeCorpus(storeFile, STORE_DOCS, 12);
  const db2 = openStore(path.join(dir, 'store.db'));
  const r2 = await timedIngest(db2, storeFile, (d) => {
    const n = Number(d.id.split('-')[2]);
    // Each reuse of a pool record moves its dates (by a prime number of days) so that it tells of a new exchange.
    return shiftRecord(pool[n % POOL], Math.floor(n / POOL) * 37, d);
  });
  const s2 = stats(db2);
  db2.close();
  console.log(`Store: ingest without extraction (records already extracted), ${r2.documents.toLocaleString('en')} documents`);
  console.log(`  ${(r2.documents / r2.cpu).toFixed(0)} documents/s per CPU-second (${(r2.documents / r2.wall).toFixed(0)}/s wall); ${s2.engagements.toLocaleString('en')} engagements, ${s2.corroborated.toLocaleString('en')} with 2+ reports`);
  console.log(`  per 10,000 documents as the store grows (documents/s wall, RSS MB): ${r2.chunks.map((c) => `${c.at / 1000}k ${c.rate.toFixed(0)} ${mb(c.rss)}`).join(' | ')}`);
  console.log(`  peak RSS ${mb(r2.peakRss)} MB`);
}

function seedEngagements(db: Db, count: number): { actors: number } {
  const rnd = random(99);
  const codes = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'TUR', 'IRN', 'SAU', 'EGY', 'QAT', 'ARE', 'IND', 'PAK', 'JPN', 'KOR', 'BRA', 'ZAF', 'NGA', 'ISR', 'JOR', 'IRQ', 'SYR', 'LBN', 'UKR', 'POL', 'ITA', 'ESP', 'CAN', 'AUS', 'UN', 'EU', 'NATO', 'AU', 'OIC'];
  const kinds = ['phone_call', 'video_call', 'meeting', 'visit', 'message'];
  const topics = ['Gaza', 'Ukraine', 'energy', 'trade', 'climate', 'nuclear programme', 'food security', 'maritime security', 'Sudan', 'Syria', 'Yemen', 'terrorism', 'migration', 'investment', 'Taiwan', 'Red Sea'];
  const ACTORS = 5000;
  const insertActor = db.prepare('INSERT INTO actors (pk, key, registry_id, name, name_lower, role, affiliation, engagements) VALUES (?, ?, ?, ?, ?, ?, ?, 0)');
  const insertDoc = db.prepare(`INSERT INTO documents (pk, id, content_hash, text, record, published, source, ingested_at) VALUES (?, ?, ?, ?, '{}', ?, ?, '2025-01-01')`);
  const insertDocFts = db.prepare('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)');
  const insertEng = db.prepare(`INSERT INTO engagements (pk, block_key, kind, kind_family, status, status_family, multilateral, date, earliest, latest, dated_earliest, dated_latest, day, anchor,
    first_published, last_published, plover, plover_mode, cameo, confidence, reports, outlets) VALUES (?, ?, ?, ?, ?, 'past', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONSULT', NULL, '040', 0.8, 1, 1)`);
  const insertPart = db.prepare('INSERT INTO participants (engagement_pk, actor_pk, affiliation, day) VALUES (?, ?, ?, ?)');
  const insertTopic = db.prepare('INSERT INTO topics (topic, engagement_pk, day) VALUES (?, ?, ?)');
  const insertReport = db.prepare(`INSERT INTO reports (pk, engagement_pk, document_pk, record_id, kind, status, date, earliest, latest, participants, evidence, codes, topics, confidence)
    VALUES (?, ?, ?, 'e1', ?, ?, ?, ?, ?, '[]', ?, '{"plover":"CONSULT","plover_mode":null,"cameo":"040"}', '[]', 0.8)`);
  const insertEvidence = db.prepare('INSERT INTO evidence_fts (rowid, text) VALUES (?, ?)');
  const affiliation: string[] = [];
  // Bulk load: indexes are built once at the end (a sorted build), not row by row.
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('engagements', 'participants', 'topics', 'reports', 'documents')").all() as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX ${i.name}`);
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    for (let a = 1; a <= ACTORS; a++) {
      const aff = codes[a % codes.length];
      affiliation[a] = aff;
      insertActor.run(a, `n:official ${a}`, a <= 500 ? `registry-${a}` : null, `Official Number${a}`, `official number${a}`, 'Foreign Minister', aff);
    }
  })();
  // Who engages whom is skewed, as in the news: a few actors take part in most engagements.
  const actor = () => 1 + Math.floor(ACTORS * Math.pow(rnd(), 2.5));
  const BATCH = 100000;
  for (let start = 1; start <= count; start += BATCH) {
    db.transaction(() => {
      for (let pk = start; pk < Math.min(start + BATCH, count + 1); pk++) {
        const a = actor();
        let b = actor();
        if (b === a) b = (a % ACTORS) + 1;
        const day = addDays('2015-01-01', Math.floor(rnd() * 3650));
        const kind = kinds[Math.floor(rnd() * kinds.length)];
        const status = rnd() < 0.8 ? 'reported' : 'background';
        const topic = topics[Math.floor(rnd() * topics.length)];
        const evidence = `Official Number${a} held talks with Official Number${b} on ${topic} and ${topics[Math.floor(rnd() * topics.length)]}.`;
        // Five engagements to a document, as a report often tells of several exchanges.
        const doc = Math.ceil(pk / 5);
        if (pk % 5 === 1) {
          insertDoc.run(doc, `doc-${doc}`, `hash-${doc}`, evidence, addDays(day, 1), `outlet ${doc % 300}`);
          insertDocFts.run(doc, '', evidence);
        }
        insertEng.run(pk, `n:official ${Math.min(a, b)} + n:official ${Math.max(a, b)}`, kind, kind.includes('call') ? 'remote' : 'in_person', status, day, day, day, day, day, day, day, addDays(day, 1), addDays(day, 1));
        insertPart.run(pk, a, affiliation[a], day);
        insertPart.run(pk, b, affiliation[b], day);
        insertTopic.run(topic, pk, day);
        insertReport.run(pk, pk, doc, kind, status, day, day, day, JSON.stringify([{ sentence: 0, start: 0, end: evidence.length, text: evidence }]));
        insertEvidence.run(pk, evidence);
      }
    })();
  }
  for (const i of indexes) db.exec(i.sql);
  db.pragma('synchronous = NORMAL');
  db.exec('UPDATE actors SET engagements = (SELECT count(*) FROM participants p WHERE p.actor_pk = actors.pk)');
  db.exec('ANALYZE');
  return { actors: ACTORS };
}

function queryBench(): { actors: number } {
  const reuse = process.env.STORE_BENCH_DIR && existsSync(path.join(dir, 'queries.db'));
  const db = openStore(path.join(dir, 'queries.db'));
  const t0 = Date.now();
  const { actors } = reuse ? { actors: 5000 } : seedEngagements(db, ENGAGEMENTS);
  const seedSeconds = (Date.now() - t0) / 1000;
  const rnd = random(5);
  const someActor = () => `Official Number${1 + Math.floor(actors * Math.pow(rnd(), 2.5))}`;
  const someDay = () => addDays('2015-01-01', Math.floor(rnd() * 3600));
  const states = ['USA', 'CHN', 'RUS', 'TUR', 'IRN', 'QAT', 'IND', 'UN'];
  const queries: [string, () => unknown][] = [
    ['engagements of an actor (page of 50 + total)', () => findEngagements(db, { actor: someActor() })],
    ['engagements of a pair', () => findEngagements(db, { actor: someActor(), with: someActor() })],
    ['engagements of a state in a year', () => { const d = someDay(); return findEngagements(db, { of: states[Math.floor(rnd() * states.length)], since: d, until: addDays(d, 365) }); }],
    ['phone calls in a month', () => { const d = someDay(); return findEngagements(db, { kind: 'phone_call', since: d, until: addDays(d, 30) }); }],
    ['engagements on a topic in a month', () => { const d = someDay(); return findEngagements(db, { topic: 'Gaza', since: d, until: addDays(d, 30) }); }],
    ['full-text search (--text)', () => findEngagements(db, { text: `Number${1 + Math.floor(rnd() * actors)} Yemen` })],
    ['one engagement with its reports', () => getEngagement(db, 1 + Math.floor(rnd() * ENGAGEMENTS))],
    ['actor profile (timeline, counterparts, topics)', () => getActor(db, someActor())],
    ['network of a week', () => { const d = someDay(); return network(db, { since: d, until: addDays(d, 6) }); }],
    ['monthly timeline of an actor', () => timeline(db, { actor: someActor() }, 'month')],
    ['document search (searchText)', () => searchText(db, `Number${1 + Math.floor(rnd() * actors)} Sudan`)],
  ];
  console.log(`\nStore: queries on ${ENGAGEMENTS.toLocaleString('en')} engagements (${actors.toLocaleString('en')} actors, skewed; seeded in ${seedSeconds.toFixed(0)} s), 200 runs each after 20 warm-up runs`);
  console.log('  query                                             p50 ms   p95 ms');
  for (const [label, run] of queries) {
    for (let i = 0; i < 20; i++) run();
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = process.hrtime.bigint();
      run();
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(48)} ${percentile(times, 50).toFixed(2).padStart(7)}  ${percentile(times, 95).toFixed(2).padStart(7)}`);
  }
  const t = process.hrtime.bigint();
  stats(db);
  console.log(`  stats (whole-store counts, once)                 ${(Number(process.hrtime.bigint() - t) / 1e6).toFixed(0)} ms`);
  db.close();
  return { actors };
}

try {
  if (!process.env.STORE_BENCH_SKIP_INGEST) await ingestBench();
  if (!process.env.STORE_BENCH_SKIP_QUERIES) {
    const { actors } = queryBench();
    await apiBench(path.join(dir, 'queries.db'), ENGAGEMENTS, actors);
  }
} finally {
  // STORE_BENCH_DIR keeps the stores for another run of the queries.
  if (!process.env.STORE_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
