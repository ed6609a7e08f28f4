// `npm run bench`: throughput and peak memory of `extract`, beside a bare wink-nlp pass over the
// same text in the same run. The corpus (at least 10 MB) is built from our demo corpus and, when
// present, the seeds and peer sentences of ../shared, repeated with varied ids.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/pipeline.js';
import { winkBarePass } from '../src/text/analyse.js';
import { registry } from '../src/resolve/registry.js';
import { lexicon } from '../src/lexicon/lexicon.js';
import type { SourceDocument } from '../src/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGET_BYTES = 10 * 1024 * 1024;

function baseTexts(): string[] {
  const texts: string[] = [];
  const demo = path.join(root, 'corpus', 'demo');
  for (const f of readdirSync(demo)) {
    if (f.endsWith('.txt')) texts.push(readFileSync(path.join(demo, f), 'utf8'));
    if (f.endsWith('.jsonl')) for (const line of readFileSync(path.join(demo, f), 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  const seeds = path.join(root, '..', 'shared', 'corpus', 'seeds');
  if (existsSync(seeds)) for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) texts.push(readFileSync(path.join(seeds, f), 'utf8'));
  const peers = path.join(root, '..', 'shared', 'peers');
  if (existsSync(peers)) {
    for (const f of ['plover_gsr.jsonl', 'petrarch2_gsr.jsonl']) {
      const file = path.join(peers, f);
      if (!existsSync(file)) continue;
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text as string);
      // Peer sentences grouped into report-sized documents of eight sentences.
      for (let i = 0; i < lines.length; i += 8) texts.push(lines.slice(i, i + 8).join(' '));
    }
  }
  return texts;
}

function corpus(): SourceDocument[] {
  const base = baseTexts();
  const docs: SourceDocument[] = [];
  let bytes = 0;
  for (let n = 0; bytes < TARGET_BYTES; n++) {
    const text = base[n % base.length];
    bytes += Buffer.byteLength(text);
    docs.push({ id: `b${n}`, origin: `bench#${n}`, text, published: '2024-04-01', publishedSource: 'metadata', title: null, url: null, outlet: null, language: null });
  }
  return docs;
}

function measure(label: string, docs: SourceDocument[], fn: (d: SourceDocument) => number) {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let sentences = 0;
  let bytes = 0;
  for (let i = 0; i < docs.length; i++) {
    sentences += fn(docs[i]);
    bytes += Buffer.byteLength(docs[i].text);
    if (i % 200 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  // Rates per CPU-second of this process: on a shared machine, time stolen by other tenants shows
  // in wall time but not here, so the two passes compare fairly run to run.
  const seconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  return { label, documents: docs.length, sentences, seconds, wall, docsPerS: docs.length / seconds, sentencesPerS: sentences / seconds, mbPerS: bytes / 1048576 / seconds, peakRssMb: peak / 1048576 };
}

const t0 = process.hrtime.bigint();
const reg = registry();
lexicon();
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

// Name matching cost: spellings looked up in the registry, microseconds each.
const probes = ['Amirabdollahian', 'Hossein Amir Abdollahian', 'Sameh Shokry', 'Sergei Lavrov', 'Ahmed Nasser al-Sabah', 'Kishida Fumio', 'Unknown Person Name'];
const N = 20000;
const m0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) reg.lookup(probes[i % probes.length]);
const lookupUs = Number(process.hrtime.bigint() - m0) / 1e3 / N;

const docs = corpus();
const extractor = createExtractor();
// The first pass over the corpus runs cold: the extractor's many small functions reach V8's
// optimising compiler only after some thousands of documents, so its first 10 MB run about a
// third slower than later ones. That pass is measured and printed apart; the rounds below measure
// the steady state a long ingest runs at, for both paths alike.
const coldBare = measure('bare wink-nlp, cold', docs, (d) => winkBarePass(d.text));
const coldExtract = measure('parley extract, cold', docs, (d) => {
  extractor.extract(d);
  return 0;
});
// Both passes read the same text; sentences/s counts the input's sentences (as wink-nlp splits
// them) for both, so the two rates compare like with like. The shared build machine's speed drifts
// by a fifth within minutes, so the passes alternate for BENCH_ROUNDS rounds (default 3) and each
// keeps its best round.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const inputSentences = new Map<SourceDocument, number>();
for (const d of docs) inputSentences.set(d, winkBarePass(d.text));
const inputSentencesTotal = [...inputSentences.values()].reduce((n, k) => n + k, 0);
type Pass = ReturnType<typeof measure>;
const best = (a: Pass | null, b: Pass): Pass => (!a || b.seconds < a.seconds ? { ...b, peakRssMb: Math.max(a?.peakRssMb ?? 0, b.peakRssMb) } : { ...a, peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) });
let bare: Pass | null = null;
let extract: Pass | null = null;
// wink configured as Parley runs it (sentence boundaries and tags only), for the share of the
// extraction's time that is wink's own.
let lite: Pass | null = null;
for (let round = 0; round < ROUNDS; round++) {
  bare = best(bare, measure('bare wink-nlp pass', docs, (d) => winkBarePass(d.text)));
  extract = best(extract, measure('parley extract', docs, (d) => {
    extractor.extract(d);
    return inputSentences.get(d) ?? 0;
  }));
  lite = best(lite, measure('wink-nlp sbd+pos only', docs, (d) => winkBarePass(d.text, 'parley')));
}
if (!bare || !extract || !lite) throw new Error('no rounds');

const fmt = (r: ReturnType<typeof measure>) =>
  `${r.label.padEnd(20)} ${r.documents} docs, ${r.sentences} sentences in ${r.seconds.toFixed(2)} CPU-s (${r.wall.toFixed(2)} s wall): ${r.docsPerS.toFixed(0)} docs/s, ${r.sentencesPerS.toFixed(0)} sentences/s, ${r.mbPerS.toFixed(2)} MB/s, peak RSS ${r.peakRssMb.toFixed(0)} MB`;
console.log(`corpus: ${(docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1048576).toFixed(1)} MB, ${docs.length} documents`);
console.log(fmt(bare));
console.log(fmt(extract));
console.log(fmt(lite));
console.log(`extract / bare wink-nlp throughput: ${(extract.sentencesPerS / bare.sentencesPerS).toFixed(2)} (bare = wink-nlp with its default pipeline: tokens, sentences, negation, sentiment, tags, entities)`);
console.log(`extract / wink-nlp as Parley configures it: ${(extract.sentencesPerS / lite.sentencesPerS).toFixed(2)}`);
console.log(`first (cold) pass over the corpus: bare wink-nlp ${coldBare.seconds.toFixed(2)} CPU-s, extract ${coldExtract.seconds.toFixed(2)} CPU-s (${(coldExtract.docsPerS).toFixed(0)} docs/s, ${(inputSentencesTotal / coldExtract.seconds).toFixed(0)} sentences/s), ratio ${(coldBare.seconds / coldExtract.seconds).toFixed(2)}`);
console.log(`registry + lexicon load: ${loadMs.toFixed(0)} ms (${reg.size} persons, ${reg.termCount} office terms); name lookup: ${lookupUs.toFixed(1)} µs`);
