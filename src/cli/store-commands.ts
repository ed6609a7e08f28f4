// The store's commands: ingest, engagements, engagement, actor, network, stats, export.
// Each takes --db (else PARLEY_DB, else parley.db here).
import { Command, Option } from 'commander';
import { openStore, storePath, type Db } from '../store/db.js';
import { DEFAULT_COMMIT_EVERY, ingest } from '../store/ingest.js';
import {
  findEngagements, getActor, getEngagement, network, stats, timeline, type EngagementFilters, type EngagementRow, type TimelineUnit,
} from '../store/queries.js';
import { EXPORT_FORMATS, runExport, type ExportFormat } from '../store/exports/index.js';
import { registry } from '../resolve/registry.js';
import { normaliseDay } from '../read/documents.js';
import { existsSync } from 'node:fs';

const KINDS = ['phone_call', 'video_call', 'meeting', 'visit', 'message'];
const STATUSES = ['reported', 'background', 'planned', 'denied'];

interface FilterOptions {
  actor?: string;
  with?: string;
  of?: string;
  kind?: string;
  status?: string;
  topic?: string;
  since?: string;
  until?: string;
  text?: string;
  minReports?: string;
}

function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <name>', 'engagements of this actor (name, registry id or actor id such as A12)')
    .option('--with <name>', 'only those in which this actor also took part')
    .option('--of <code>', 'engagements with an official of this state or organisation (IRN, USA, UN, HAMAS...)')
    .option('--kind <kinds>', `comma-separated: ${KINDS.join(', ')}`)
    .option('--status <statuses>', `comma-separated: ${STATUSES.join(', ')}`)
    .option('--topic <topic>', 'engagements about this topic')
    .option('--since <date>', 'on or after this day (YYYY-MM-DD)')
    .option('--until <date>', 'on or before this day (YYYY-MM-DD)')
    .option('--text <words>', 'full-text search in the evidence and the reports')
    .option('--min-reports <n>', 'told by at least this many reports');
}

function filtersOf(o: FilterOptions): EngagementFilters {
  const list = (v: string | undefined, allowed: string[], name: string): string[] | undefined => {
    if (!v) return undefined;
    const items = v.split(',').map((s) => s.trim()).filter(Boolean);
    for (const i of items) if (!allowed.includes(i)) throw new UsageError(`--${name} ${i}: expected one of ${allowed.join(', ')}`);
    return items;
  };
  const day = (v: string | undefined, name: string): string | undefined => {
    if (!v) return undefined;
    const d = normaliseDay(v);
    if (!d) throw new UsageError(`--${name} ${v} is not a date (use YYYY-MM-DD)`);
    return d;
  };
  return {
    actor: o.actor, with: o.with, of: o.of, topic: o.topic, text: o.text,
    kind: list(o.kind, KINDS, 'kind') as EngagementFilters['kind'],
    status: list(o.status, STATUSES, 'status') as EngagementFilters['status'],
    since: day(o.since, 'since'), until: day(o.until, 'until'),
    minReports: o.minReports ? Number(o.minReports) : undefined,
  };
}

class UsageError extends Error {}

function withStore(command: string, dbOption: string | undefined, readonly: boolean, fn: (db: Db) => number | Promise<number>): Promise<number> {
  const file = storePath(dbOption);
  if (readonly && !existsSync(file)) {
    process.stderr.write(`parley ${command}: no store at ${file} (run \`parley ingest PATH\` first, or give --db FILE)\n`);
    return Promise.resolve(1);
  }
  let db: Db;
  try {
    db = openStore(file);
  } catch (e) {
    process.stderr.write(`parley ${command}: cannot open the store ${file}: ${(e as Error).message}\n`);
    return Promise.resolve(1);
  }
  return (async () => {
    try {
      return await fn(db);
    } catch (e) {
      if (e instanceof UsageError) {
        process.stderr.write(`parley ${command}: ${e.message}\n`);
        return 2;
      }
      throw e;
    } finally {
      db.close();
    }
  })();
}

function who(e: EngagementRow): string {
  return e.participants.map((p) => `${p.name ?? p.role ?? '?'}${p.affiliation ? ` (${p.affiliation})` : ''}`).join(' <> ');
}

function when(e: { date: string | null; date_range: { earliest: string | null; latest: string | null }; date_disputed?: boolean }): string {
  if (e.date) return e.date;
  const { earliest, latest } = e.date_range;
  if (earliest && latest) return earliest === latest ? earliest : `${earliest}..${latest}`;
  if (earliest) return `${earliest}..`;
  if (latest) return `..${latest}`;
  return 'undated';
}

export function engagementTable(rows: EngagementRow[]): string {
  const lines = rows.map((e) => {
    const date = `${when(e)}${e.date_disputed ? '*' : ''}`;
    return `${e.id.padEnd(8)} ${date.padEnd(23)} ${e.kind.padEnd(10)} ${e.status.padEnd(10)} ${String(e.reports).padStart(3)}  ${who(e)}${e.location ? ` @ ${e.location}` : ''}`;
  });
  return `${'id'.padEnd(8)} ${'date'.padEnd(23)} ${'kind'.padEnd(10)} ${'status'.padEnd(10)} rep  participants\n${lines.join('\n')}\n`;
}

const dbOption = (cmd: Command): Command => cmd.option('--db <file>', 'the store (default: $PARLEY_DB, else parley.db in the current directory)');

export function registerStoreCommands(program: Command, setCode: (code: number) => void): void {
  dbOption(
    program
      .command('ingest')
      .description('Extract documents (.txt, .html, .json, .jsonl, RSS/Atom feeds, or folders of them) into the store; a document already stored is skipped, and reports of one engagement are merged.')
      .argument('<paths...>', 'files or folders')
      .option('--errors <file>', 'also write the documents that could not be ingested to this file (JSON Lines)')
      .option('--published <date>', 'publication date (YYYY-MM-DD) for documents whose metadata has none')
      .option('--commit-every <n>', 'documents per commit (each is still stored whole or not at all)', String(DEFAULT_COMMIT_EVERY))
      .option('--no-progress', 'no progress bar'),
  ).action(async (paths: string[], o: { db?: string; errors?: string; published?: string; progress?: boolean; commitEvery: string }) => {
    setCode(
      await withStore('ingest', o.db, false, async (db) => {
        if (o.published && !normaliseDay(o.published)) throw new UsageError(`--published ${o.published} is not a date (use YYYY-MM-DD)`);
        const s = await ingest(db, paths, { errors: o.errors, progress: o.progress === false ? false : undefined, read: { published: o.published ?? null }, commitEvery: Number(o.commitEvery) || DEFAULT_COMMIT_EVERY });
        const total = db.prepare('SELECT (SELECT count(*) FROM documents WHERE superseded_by IS NULL) AS d, (SELECT count(*) FROM engagements) AS e').get() as { d: number; e: number };
        process.stderr.write(
          `parley ingest: ${s.documents} documents read from ${s.files} files in ${s.seconds.toFixed(1)} s: ${s.stored} stored` +
            `${s.duplicates ? `, ${s.duplicates} already stored` : ''}${s.replaced ? `, ${s.replaced} replacing an earlier version` : ''}` +
            `${s.failed ? `, ${s.failed} failed${o.errors ? ` (listed in ${o.errors})` : ''}` : ''}; ` +
            `${s.engagementsNew} new engagement${s.engagementsNew === 1 ? '' : 's'}, ${s.engagementsJoined} report${s.engagementsJoined === 1 ? '' : 's'} joined to known ones. ` +
            `The store (${storePath(o.db)}) now holds ${total.d} documents and ${total.e} engagements.\n`,
        );
        return s.stored + s.duplicates === 0 && s.failed > 0 ? 1 : 0;
      }),
    );
  });

  addFilterOptions(
    dbOption(
      program
        .command('engagements')
        .description('List stored engagements, newest first, with filters.')
        .option('--json', 'JSON output: {total, rows}')
        .option('--limit <n>', 'rows to show', '50')
        .option('--offset <n>', 'rows to skip', '0'),
    ),
  ).action(async (o: FilterOptions & { db?: string; json?: boolean; limit: string; offset: string }) => {
    setCode(
      await withStore('engagements', o.db, true, (db) => {
        const result = findEngagements(db, filtersOf(o), { limit: Number(o.limit), offset: Number(o.offset) }, registry());
        if (o.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(engagementTable(result.rows));
          process.stdout.write(`${result.rows.length} of ${result.total} engagements${result.rows.some((r) => r.date_disputed) ? ' (* reports disagree on the date)' : ''}\n`);
        }
        return 0;
      }),
    );
  });

  dbOption(program.command('engagement').description('One engagement with every report that supports it.').argument('<id>', 'engagement id (E12)').option('--json', 'JSON output')).action(
    async (id: string, o: { db?: string; json?: boolean }) => {
      setCode(
        await withStore('engagement', o.db, true, (db) => {
          const e = getEngagement(db, id);
          if (!e) {
            process.stderr.write(`parley engagement: no engagement ${id}\n`);
            return 1;
          }
          if (o.json) {
            process.stdout.write(`${JSON.stringify(e)}\n`);
            return 0;
          }
          const out = [`${e.id}  ${e.kind} ${e.status}  ${when(e)}${e.date_disputed ? ' (reports disagree)' : ''}${e.location ? `  @ ${e.location}` : ''}`, `  ${who(e)}`];
          if (e.topics.length) out.push(`  topics: ${e.topics.join(', ')}`);
          out.push(`  codes: CAMEO ${e.codes.cameo}, PLOVER ${e.codes.plover}${e.codes.plover_mode ? `/${e.codes.plover_mode}` : ''}; ${e.reports} reports from ${e.outlets} outlets`);
          for (const r of e.reports_detail) {
            out.push(`  - ${r.document_id}${r.outlet ? ` (${r.outlet})` : ''}, published ${r.published ?? 'unknown'}: ${r.kind} ${r.status}, ${when(r)}${r.date_text ? ` ("${r.date_text}")` : ''}`);
            for (const ev of r.evidence) out.push(`      "${ev.text.replace(/\s+/g, ' ').slice(0, 200)}" [${ev.start}-${ev.end}]`);
          }
          for (const s of e.statements) out.push(`  * ${s.speaker_name ?? '?'} (${s.act}): ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`);
          process.stdout.write(`${out.join('\n')}\n`);
          return 0;
        }),
      );
    },
  );

  dbOption(
    program
      .command('actor')
      .description("An actor's offices, engagement timeline, top counterparts and topics.")
      .argument('<name>', 'name, registry id or actor id (A12)')
      .option('--json', 'JSON output')
      .option('--limit <n>', 'engagements in the timeline', '20'),
  ).action(async (name: string, o: { db?: string; json?: boolean; limit: string }) => {
    setCode(
      await withStore('actor', o.db, true, (db) => {
        const a = getActor(db, name, { registry: registry(), timeline: Number(o.limit) });
        if (!a) {
          process.stderr.write(`parley actor: no actor matching "${name}" in the store\n`);
          return 1;
        }
        if (o.json) {
          process.stdout.write(`${JSON.stringify(a)}\n`);
          return 0;
        }
        const out = [`${a.id}  ${a.name ?? '?'}${a.role ? `, ${a.role}` : ''}${a.affiliation ? ` (${a.affiliation})` : ''}${a.registry_id ? `  [registry: ${a.registry_id}]` : ''}`];
        out.push(`  ${a.engagements} engagements, ${a.statements} statements`);
        if (a.offices.length) {
          out.push('  offices (registry):');
          for (const t of a.offices) out.push(`    ${t.title} of ${t.of}, ${t.start} to ${t.end ?? 'now'}`);
        }
        if (a.roles.length) out.push(`  as reported: ${a.roles.map((r) => `${r.role}${r.affiliation ? ` (${r.affiliation})` : ''} ${r.first_seen ?? '?'}..${r.last_seen ?? '?'}`).join('; ')}`);
        if (a.counterparts.length) out.push(`  top counterparts: ${a.counterparts.map((c) => `${c.actor.name ?? c.actor.role ?? c.actor.id}${c.actor.affiliation ? ` (${c.actor.affiliation})` : ''} ${c.engagements}`).join(', ')}`);
        if (a.topics.length) out.push(`  topics: ${a.topics.map((t) => `${t.topic} ${t.engagements}`).join(', ')}`);
        out.push('  timeline:');
        process.stdout.write(`${out.join('\n')}\n${engagementTable(a.timeline).replace(/^/gm, '    ')}`);
        return 0;
      }),
    );
  });

  addFilterOptions(
    dbOption(
      program
        .command('network')
        .description('Who engaged whom, weighted by the number of engagements, for the engagements the filters select.')
        .option('--json', 'JSON output: {nodes, edges}')
        .option('--timeline <unit>', 'instead: engagements per day, week or month')
        .option('--limit <n>', 'edges to show in the table', '30'),
    ),
  ).action(async (o: FilterOptions & { db?: string; json?: boolean; limit: string; timeline?: string }) => {
    setCode(
      await withStore('network', o.db, true, (db) => {
        if (o.timeline) {
          if (!['day', 'week', 'month'].includes(o.timeline)) throw new UsageError('--timeline takes day, week or month');
          const rows = timeline(db, filtersOf(o), o.timeline as TimelineUnit, registry());
          process.stdout.write(o.json ? `${JSON.stringify(rows)}\n` : rows.map((r) => `${r.period}  ${r.engagements}`).join('\n') + '\n');
          return 0;
        }
        const n = network(db, filtersOf(o), registry());
        if (o.json) {
          process.stdout.write(`${JSON.stringify(n)}\n`);
          return 0;
        }
        const label = new Map(n.nodes.map((a) => [a.id, `${a.name ?? a.role ?? a.id}${a.affiliation ? ` (${a.affiliation})` : ''}`]));
        const out = n.edges.slice(0, Number(o.limit)).map((e) => `${String(e.weight).padStart(5)}  ${label.get(e.source)} -- ${label.get(e.target)}  ${e.first ?? '?'}..${e.last ?? '?'}`);
        process.stdout.write(`${out.join('\n')}\n${n.nodes.length} actors, ${n.edges.length} pairs\n`);
        return 0;
      }),
    );
  });

  dbOption(program.command('stats').description('What the store holds.').option('--json', 'JSON output')).action(async (o: { db?: string; json?: boolean }) => {
    setCode(
      await withStore('stats', o.db, true, (db) => {
        const s = stats(db);
        if (o.json) {
          process.stdout.write(`${JSON.stringify(s)}\n`);
          return 0;
        }
        const kv = (r: Record<string, number>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
        process.stdout.write(
          [
            `store: ${storePath(o.db)}`,
            `documents: ${s.documents}${s.superseded_documents ? ` (+${s.superseded_documents} earlier versions)` : ''} from ${s.outlets} outlets`,
            `engagements: ${s.engagements} (${s.corroborated} told by two or more reports, ${s.disputed_dates} with disputed dates), from ${s.reports} reports`,
            `  by kind: ${kv(s.by_kind)}`,
            `  by status: ${kv(s.by_status)}`,
            `  days: ${s.first_day ?? '?'} to ${s.last_day ?? '?'}`,
            `actors engaged: ${s.actors}; statements: ${s.statements}`,
          ].join('\n') + '\n',
        );
        return 0;
      }),
    );
  });

  addFilterOptions(
    dbOption(
      program
        .command('export')
        .description('Write the stored engagements (those the filters select) to stdout or --out.')
        .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('jsonl'))
        .option('--out <file>', 'write to this file instead of stdout'),
    ),
  ).action(async (o: FilterOptions & { db?: string; format: ExportFormat; out?: string }) => {
    setCode(
      await withStore('export', o.db, true, async (db) => {
        const n = await runExport(db, o.format, filtersOf(o), o.out, registry());
        process.stderr.write(`parley export: ${n} ${o.format === 'jsonl' ? 'documents' : 'engagements'} as ${o.format}${o.out ? ` to ${o.out}` : ''}\n`);
        return 0;
      }),
    );
  });
}
