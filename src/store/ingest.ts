// `parley ingest`: reads documents one at a time (never the whole corpus), skips any whose content
// is already stored, extracts the rest and stores each whole or not at all, committing them in
// groups. Progress goes to stderr; a bad document is reported and skipped.
import { createReadStream, promises as fs, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { DocumentRecord, SourceDocument } from '../types.js';
import { READABLE_EXTENSIONS, fromJsonObject, readFile, type ReadOptions, type ReadResult } from '../read/documents.js';
import { FEED_EXTENSIONS, looksLikeFeed, readFeed } from '../read/feeds.js';
import type { Db } from './db.js';
import { StoreWriter, contentHash, type AddResult } from './write.js';

/**
 * Documents per commit, and the longest a group stays open. A commit writes every page the group
 * touched (the busy ends of the indexes, the FTS segment), so larger groups write each page less
 * often: 30 documents a commit stored 1,200 documents per CPU-second, 100 stored 1,460 and 300
 * stored 1,570. A crash loses at most the open group, which a re-run stores again.
 */
export const DEFAULT_COMMIT_EVERY = 400;
const COMMIT_AFTER_MS = 1000;

/** WAL pages between checkpoints while ingesting (about 40 MB; SQLite's default is 1,000). */
const INGEST_CHECKPOINT_PAGES = 10000;

export interface IngestOptions {
  /** Writes every document that could not be read, extracted or stored to this file (JSON Lines). */
  errors?: string;
  /** Draw the progress bar (default: when stderr is a terminal). */
  progress?: boolean;
  read?: ReadOptions;
  /** Extraction, injectable so that benchmarks can time the store alone. */
  extract?: (doc: SourceDocument) => DocumentRecord;
  /**
   * Documents per commit (default `DEFAULT_COMMIT_EVERY`; 1 commits each on its own). Each document is stored whole or
   * not at all either way (a group with a failed document is rolled back and the rest written
   * again); a crash loses at most the open group, which a re-run stores again.
   */
  commitEvery?: number;
  /** Called after each document (benchmarks sample memory and rates here). */
  onDocument?: (summary: IngestSummary) => void;
}

export interface IngestSummary {
  files: number;
  documents: number;
  stored: number;
  duplicates: number;
  replaced: number;
  failed: number;
  warnings: number;
  engagementsNew: number;
  engagementsJoined: number;
  seconds: number;
}

export interface IngestFailure {
  origin: string;
  id: string | null;
  reason: string;
}

interface InputFile {
  file: string;
  bytes: number;
  type: 'jsonl' | 'feed' | 'other';
}

/** Files to ingest under each path, in a stable order, with their sizes (for the ETA). */
export async function listIngestFiles(targets: string[]): Promise<{ files: InputFile[]; failures: IngestFailure[] }> {
  const files: InputFile[] = [];
  const failures: IngestFailure[] = [];
  const add = async (file: string, explicit: boolean): Promise<void> => {
    const ext = path.extname(file).toLowerCase();
    const stat = await fs.stat(file);
    if (ext === '.jsonl' || ext === '.ndjson') files.push({ file, bytes: stat.size, type: 'jsonl' });
    else if (FEED_EXTENSIONS.includes(ext)) files.push({ file, bytes: stat.size, type: 'feed' });
    else if (READABLE_EXTENSIONS.includes(ext) || explicit) files.push({ file, bytes: stat.size, type: 'other' });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'gold.json') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) await add(full, false);
    }
  };
  for (const target of targets) {
    try {
      const stat = await fs.stat(target);
      if (stat.isDirectory()) await walk(target);
      else await add(target, true);
    } catch (err) {
      failures.push({ origin: target, id: null, reason: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message });
    }
  }
  return { files, failures };
}

/** JSON Lines, a line at a time: a file of a million documents costs one line of memory. */
async function* streamJsonLines(file: string, options: ReadOptions, onBytes: (n: number) => void): AsyncGenerator<ReadResult> {
  const rl = readline.createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    onBytes(Buffer.byteLength(raw) + 1);
    const line = raw.trim();
    if (!line) continue;
    const origin = `${file}:${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { failure: { origin, id: null, reason: `malformed JSON on line ${n}: ${(err as Error).message}` } };
      continue;
    }
    yield fromJsonObject(value, origin, options, `line ${n}`);
  }
}

async function* readInput(input: InputFile, options: ReadOptions, onBytes: (n: number) => void): AsyncGenerator<ReadResult> {
  if (input.type === 'jsonl') {
    yield* streamJsonLines(input.file, options, onBytes);
    return;
  }
  if (input.type === 'other' && path.extname(input.file).toLowerCase() !== '.xml') {
    // A feed saved without a feed extension is still a feed.
    const head = await readHead(input.file);
    if (looksLikeFeed(head)) input = { ...input, type: 'feed' };
  }
  if (input.type === 'feed') yield* readFeed(input.file, options);
  else yield* readFile(input.file, options);
  onBytes(input.bytes);
}

async function readHead(file: string): Promise<string> {
  try {
    const handle = await fs.open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream | NodeJS.WritableStream, private readonly totalBytes: number, private readonly tty: boolean) {
    if (!tty) this.last = Date.now();
  }

  update(doneBytes: number, documents: number, force = false): void {
    const now = Date.now();
    // A terminal is redrawn five times a second; a log file gets a line every ten seconds.
    if (!force && now - this.last < (this.tty ? 200 : 10000)) return;
    this.last = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? documents / elapsed : 0;
    const fraction = this.totalBytes > 0 ? Math.min(1, doneBytes / this.totalBytes) : 0;
    const eta = fraction > 0.001 ? (elapsed * (1 - fraction)) / fraction : NaN;
    const width = 24;
    const filled = Math.round(fraction * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${documents.toLocaleString('en')} documents  ${rate.toFixed(0)}/s  ETA ${formatSeconds(eta)}`;
    if (this.tty) {
      this.out.write(`\r${line}\x1b[K`);
      this.drawn = true;
    } else this.out.write(`parley ingest: ${line}\n`);
  }

  clear(): void {
    if (this.tty && this.drawn) this.out.write('\r\x1b[K');
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  const sec = Math.floor(s % 60).toString().padStart(2, '0');
  return h > 0 ? `${h}:${(m % 60).toString().padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export async function ingest(db: Db, targets: string[], options: IngestOptions = {}, err: NodeJS.WritableStream = process.stderr): Promise<IngestSummary> {
  const t0 = Date.now();
  const writer = new StoreWriter(db);
  const summary: IngestSummary = { files: 0, documents: 0, stored: 0, duplicates: 0, replaced: 0, failed: 0, warnings: 0, engagementsNew: 0, engagementsJoined: 0, seconds: 0 };
  const errorsFd = options.errors ? openSync(options.errors, 'w') : null;
  const tty = options.progress ?? Boolean((err as NodeJS.WriteStream).isTTY);
  let extract = options.extract;
  const report = (f: IngestFailure): void => {
    summary.failed++;
    progress?.clear();
    err.write(`parley ingest: ${f.origin}: ${f.reason}\n`);
    if (errorsFd !== null) writeSync(errorsFd, `${JSON.stringify(f)}\n`);
  };

  const { files, failures } = await listIngestFiles(targets);
  summary.files = files.length;
  const totalBytes = files.reduce((n, f) => n + f.bytes, 0);
  const progress: Progress | null = tty || totalBytes > 0 ? new Progress(err, totalBytes, tty) : null;
  for (const f of failures) report(f);
  let doneBytes = 0;
  const commitEvery = Math.max(1, options.commitEvery ?? DEFAULT_COMMIT_EVERY);
  // A commit is the costly part of a small write (the WAL frames of every page touched): grouping
  // documents, with a time limit so that a slow trickle of documents still becomes durable.
  // The documents of a group are written without a savepoint each (one costs about as much as the
  // writes it guards); when one fails, the group is rolled back and the documents before it are
  // written again, which leaves the store as if the failed one had never come.
  const group: { doc: SourceDocument; record: DocumentRecord; hash: string }[] = [];
  let open = false;
  let openedAt = 0;
  const commit = (): void => {
    if (open) {
      writer.endGroup();
      db.exec('COMMIT');
    }
    open = false;
    group.length = 0;
  };
  const begin = (): void => {
    db.exec('BEGIN IMMEDIATE');
    open = true;
  };
  // Checkpoints copy the WAL into the database file; with a larger WAL a page that many groups
  // touch (an index's busy end) is copied once rather than once per thousand pages written.
  const checkpointPages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${Math.max(checkpointPages, INGEST_CHECKPOINT_PAGES)}`);
  try {
    for (const input of files) {
      for await (const result of readInput(input, options.read ?? {}, (n) => (doneBytes += n))) {
        if ('failure' in result) {
          report(result.failure);
          continue;
        }
        const doc = result.document;
        summary.documents++;
        summary.warnings += result.warnings.length;
        const hash = contentHash(doc.text);
        if (writer.hasContent(hash)) {
          summary.duplicates++;
        } else {
          let record: DocumentRecord | null = null;
          try {
            if (!extract) {
              // Loading the lexicons and registry takes a moment: only when there is something to extract.
              const { createExtractor } = await import('../pipeline.js');
              const extractor = createExtractor();
              extract = (d) => extractor.extract(d);
            }
            record = extract(doc);
          } catch (e) {
            report({ origin: doc.origin, id: doc.id, reason: `extraction failed: ${(e as Error).message}` });
          }
          if (record) {
            try {
              let r: AddResult;
              if (commitEvery > 1) {
                if (!open) {
                  begin();
                  openedAt = Date.now();
                }
                r = writer.addInGroup(doc, record, hash);
                group.push({ doc, record, hash });
              } else r = writer.add(doc, record, hash);
              summary.stored++;
              summary.engagementsNew += r.engagementsNew;
              summary.engagementsJoined += r.engagementsJoined;
              if (r.replaced !== null) summary.replaced++;
            } catch (e) {
              if (open) {
                if (db.inTransaction) db.exec('ROLLBACK');
                writer.abandonGroup();
                begin();
                for (const g of group) writer.addInGroup(g.doc, g.record, g.hash);
              }
              report({ origin: doc.origin, id: doc.id, reason: `could not be stored: ${(e as Error).message}` });
            }
            if (open && (group.length >= commitEvery || Date.now() - openedAt > COMMIT_AFTER_MS)) commit();
          }
        }
        progress?.update(doneBytes, summary.documents);
        options.onDocument?.(summary);
      }
    }
    commit();
  } finally {
    if (open && db.inTransaction) db.exec('ROLLBACK');
    writer.abandonGroup();
    db.pragma(`wal_autocheckpoint = ${checkpointPages}`);
    progress?.clear();
    if (errorsFd !== null) closeSync(errorsFd);
  }
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}
