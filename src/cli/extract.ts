// `parley extract <path>`: records as JSON Lines on stdout, or a readable summary with --pretty.
// Unreadable documents are reported on stderr, by name and reason, and the rest still come out.
import type { DocumentRecord } from '../types.js';
import { readPath, normaliseDay } from '../read/documents.js';
import { createExtractor } from '../pipeline.js';

export interface ExtractOptions {
  pretty?: boolean;
  published?: string;
}

export async function runExtract(target: string, options: ExtractOptions, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (options.published && !normaliseDay(options.published)) {
    err.write(`parley extract: --published ${options.published} is not a date (use YYYY-MM-DD)\n`);
    return 2;
  }
  const extractor = createExtractor();
  let failures = 0;
  let documents = 0;
  for await (const result of readPath(target, { published: options.published ?? null })) {
    if ('failure' in result) {
      failures++;
      err.write(`parley extract: ${result.failure.origin}: ${result.failure.reason}\n`);
      continue;
    }
    for (const w of result.warnings) err.write(`parley extract: ${result.document.origin}: warning: ${w}\n`);
    let record: DocumentRecord;
    try {
      record = extractor.extract(result.document);
    } catch (e) {
      failures++;
      err.write(`parley extract: ${result.document.origin}: extraction failed: ${(e as Error).message}\n`);
      continue;
    }
    documents++;
    out.write(options.pretty ? prettyRecord(record) : `${JSON.stringify(record)}\n`);
  }
  if (documents === 0 && failures > 0) return 1;
  return 0;
}

export function prettyRecord(record: DocumentRecord): string {
  const lines = [`${record.document.id}  (published ${record.document.published ?? 'unknown'})`];
  if (record.engagements.length === 0) lines.push('  no engagements found');
  for (const e of record.engagements) {
    const who = e.participants.map((p) => `${p.name ?? '?'}${p.role || p.affiliation ? ` (${[p.role, p.affiliation].filter(Boolean).join(', ')})` : ''}`).join(' <> ');
    const when = e.date ?? (e.date_text ? `${e.date_text}?` : 'undated');
    lines.push(`  ${when.padEnd(12)} ${e.kind.padEnd(10)} ${e.status.padEnd(10)} ${who}${e.location ? ` @ ${e.location}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
