// Reads the documents a user points Parley at: text, HTML and JSON Lines files, or folders of them.
// Every document comes out either as a SourceDocument or as a ReadFailure naming it and the reason;
// one bad document never stops the others.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReadFailure, SourceDocument } from '../types.js';
import { decodeText, UnreadableDocument, MAX_DOCUMENT_BYTES } from './decode.js';
import { findDateline } from './dateline.js';
import { looksLikeHtml, readHtml } from './html.js';
import { readHeaderBlock } from './header.js';

export const READABLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson', '.json'];

export type ReadResult = { document: SourceDocument; warnings: string[] } | { failure: ReadFailure };

export interface ReadOptions {
  /** Reference date for a single document whose publication date is not in its metadata. */
  published?: string | null;
  /** Publication dates after this day are refused as impossible (defaults to today). */
  today?: string;
  maxBytes?: number;
}

/** Lists the readable files under a path, in a stable order. */
export async function listInputFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target);
  if (stat.isFile()) return [target];
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (READABLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()) && entry.name !== 'gold.json') {
        out.push(full);
      }
    }
  };
  await walk(target);
  return out;
}

export async function* readPath(target: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  let files: string[];
  try {
    files = await listInputFiles(target);
  } catch (err) {
    yield { failure: { origin: target, id: null, reason: describeFsError(err) } };
    return;
  }
  for (const file of files) yield* readFile(file, options);
}

export async function* readFile(file: string, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(file);
    const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
    const ext = path.extname(file).toLowerCase();
    // A JSON Lines file holds many documents; the size limit is per document, checked per line.
    if (stat.size > limit && !['.jsonl', '.ndjson'].includes(ext)) {
      yield failure(file, null, `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit for one document is ${(limit / 1048576).toFixed(0)} MB)`);
      return;
    }
    bytes = await fs.readFile(file);
  } catch (err) {
    yield failure(file, null, describeFsError(err));
    return;
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonLines(file, bytes, options);
    return;
  }
  const id = path.basename(file).replace(/\.[^.]+$/, '');
  try {
    const text = decodeText(bytes, options.maxBytes);
    if (ext === '.json') {
      yield* readJsonDocuments(file, text, options);
      return;
    }
    if (ext === '.html' || ext === '.htm' || looksLikeHtml(text)) {
      const article = readHtml(text);
      yield finish({ id, origin: file, text: article.text, published: article.published, title: article.title, url: null, outlet: null, language: null }, options);
      return;
    }
    const header = readHeaderBlock(text);
    if (header) {
      const { text: body, ...fields } = header;
      yield finish({ id, origin: file, ...fields, text: body }, options);
      return;
    }
    yield finish({ id, origin: file, text, published: null, title: null, url: null, outlet: null, language: null }, options);
  } catch (err) {
    yield failure(file, id, describeError(err));
  }
}

function* readJsonLines(file: string, bytes: Uint8Array, options: ReadOptions): Generator<ReadResult> {
  let text: string;
  try {
    text = decodeText(bytes, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    yield failure(file, null, describeError(err));
    return;
  }
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line) continue;
    const origin = `${file}:${n + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield failure(origin, null, `malformed JSON on line ${n + 1}: ${(err as Error).message}`);
      continue;
    }
    yield fromJsonObject(value, origin, options, `line ${n + 1}`);
  }
}

function* readJsonDocuments(file: string, text: string, options: ReadOptions): Generator<ReadResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield failure(file, null, `malformed JSON: ${(err as Error).message}`);
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (let n = 0; n < items.length; n++) yield fromJsonObject(items[n], `${file}[${n}]`, options, `item ${n}`);
}

export function fromJsonObject(value: unknown, origin: string, options: ReadOptions, where: string): ReadResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return failure(origin, null, `${where} is not a JSON object`);
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  if (!id) return failure(origin, null, `${where} has no "id" (a string is required)`);
  if (typeof o.text !== 'string') return failure(origin, id, `document ${id} has no "text" string`);
  const limit = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (o.text.length > limit) return failure(origin, id, `document ${id} is too large (${(o.text.length / 1048576).toFixed(1)} MB of text)`);
  const str = (k: string): string | null => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : null);
  try {
    let text = o.text;
    let title = str('title');
    if (looksLikeHtml(text)) {
      const article = readHtml(text);
      text = article.text;
      title = title ?? article.title;
    }
    return finish(
      { id, origin, text, published: str('published'), title, url: str('url'), outlet: str('outlet'), language: str('language') },
      options,
    );
  } catch (err) {
    return failure(origin, id, describeError(err));
  }
}

interface Draft {
  id: string;
  origin: string;
  text: string;
  published: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  language: string | null;
}

/** Settles the publication date (metadata, then --published, then a dateline) and checks the text. */
function finish(draft: Draft, options: ReadOptions): ReadResult {
  if (!draft.text.trim()) return failure(draft.origin, draft.id, 'no text (empty document)');
  const warnings: string[] = [];
  let published: string | null = null;
  let publishedSource: SourceDocument['publishedSource'] = null;
  const given = draft.published ?? options.published ?? null;
  if (given) {
    const day = normaliseDay(given);
    if (!day) warnings.push(`publication date "${given}" is not a date (YYYY-MM-DD or ISO timestamp); ignored`);
    else {
      published = day;
      publishedSource = 'metadata';
    }
  }
  if (!published) {
    const dateline = findDateline(draft.text);
    if (dateline) {
      published = dateline.published;
      publishedSource = 'dateline';
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (published && published > today) {
    warnings.push(`publication date ${published} is in the future (today is ${today}); ignored, so relative dates stay unfixed`);
    published = null;
    publishedSource = null;
  }
  const document: SourceDocument = { ...draft, published, publishedSource };
  return { document, warnings };
}

export function normaliseDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function failure(origin: string, id: string | null, reason: string): ReadResult {
  return { failure: { origin, id, reason } };
}

function describeError(err: unknown): string {
  if (err instanceof UnreadableDocument) return err.message;
  return `could not be read: ${(err as Error)?.message ?? String(err)}`;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (err as Error)?.message ?? String(err);
}
