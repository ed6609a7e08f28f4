// `parley actors ...`: search, ask who held an office, show a person, import office-holders, and
// review the candidates that reports taught.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { OfficeTerm, RegistryPerson } from '../types.js';
import { registryFrom } from '../resolve/registry.js';
import { DEFAULT_REGISTRY_DIR, readOrCreate, readRegistryFolderByFile, writeRegistryFile } from '../registry/files.js';
import { OFFICES, officeFromText } from '../registry/offices.js';
import { partyCode } from '../registry/parties.js';
import { describeTerm, searchPersons } from '../registry/search.js';
import { rowsFromCsv, rowsFromWikidata, type ImportRow, type ParsedImport } from '../registry/import-rows.js';
import { mergeRows } from '../registry/merge.js';
import { collectCandidates, DEFAULT_CANDIDATES_FILE, readCandidates, writeCandidates } from '../registry/candidates.js';
import { readPath, normaliseDay } from '../read/documents.js';
import { createExtractor } from '../pipeline.js';

type Out = NodeJS.WritableStream;
interface Io {
  out: Out;
  err: Out;
}

export function registerActorCommands(program: Command, done: (code: number) => void, io: Io = { out: process.stdout, err: process.stderr }): void {
  const actors = program
    .command('actors')
    .description('The actor registry: who held which office on which day (data/registry/*.json).')
    .option('--registry <dir>', 'registry folder', DEFAULT_REGISTRY_DIR);
  const registryDir = (): string => actors.opts<{ registry: string }>().registry;

  actors
    .command('search')
    .description('People whose name matches, best first, with the offices they held.')
    .argument('<name...>', 'a name in any usual spelling')
    .option('--limit <n>', 'how many to show', '10')
    .option('--json', 'print JSON')
    .action((words: string[], opts: { limit: string; json?: boolean }) => {
      const found = searchPersons(registryFrom(registryDir()), words.join(' '), Number(opts.limit) || 10);
      if (opts.json) return void io.out.write(`${JSON.stringify(found.map((m) => ({ match: m.match, ...m.person })), null, 2)}\n`);
      if (found.length === 0) {
        io.err.write(`parley actors search: nobody in the registry matches "${words.join(' ')}"\n`);
        return done(1);
      }
      for (const m of found) io.out.write(personBlock(m.person, `  [${m.match}]`));
    });

  actors
    .command('who')
    .description('Who held an office of a state or organisation on a day.')
    .requiredOption('--office <office>', `an office: ${OFFICES.join(', ')}, or a title ("foreign minister", "Secretary of State", "Taoiseach")`)
    .requiredOption('--of <state>', 'ISO 3166 alpha-3 code, country name or organisation code (EGY, Egypt, NATO)')
    .option('--on <date>', 'the day (YYYY-MM-DD); default today')
    .option('--json', 'print JSON')
    .action((opts: { office: string; of: string; on?: string; json?: boolean }) => {
      const office = officeFromText(opts.office);
      if (!office) {
        io.err.write(`parley actors who: "${opts.office}" is not an office Parley knows; use one of ${OFFICES.join(', ')} or a title such as "foreign minister"\n`);
        return done(2);
      }
      const of = partyCode(opts.of);
      if (!of) {
        io.err.write(`parley actors who: "${opts.of}" is not a state or organisation Parley knows (try its ISO 3166 alpha-3 code)\n`);
        return done(2);
      }
      const day = opts.on ? normaliseDay(opts.on) : new Date().toISOString().slice(0, 10);
      if (!day) {
        io.err.write(`parley actors who: --on ${opts.on} is not a date (use YYYY-MM-DD)\n`);
        return done(2);
      }
      const registry = registryFrom(registryDir());
      const holders = registry.holders(office, of, day);
      if (opts.json) return void io.out.write(`${JSON.stringify({ office, of, on: day, holders: holders.map((h) => ({ id: h.person.id, name: h.person.name, term: h.term })) }, null, 2)}\n`);
      if (holders.length === 0) {
        const known = registry.termsOf(office, of);
        io.err.write(`parley actors who: the registry has no ${office.replace(/_/g, ' ')} of ${of} on ${day}${known.length ? ` (it knows ${known.length} term(s), ${known[0].term.start} to ${known[known.length - 1].term.end ?? 'now'})` : ''}\n`);
        return done(1);
      }
      for (const h of holders) io.out.write(`${h.person.name}  (${h.person.id})  ${describeTerm(h.term)}  [source: ${h.term.source}]\n`);
    });

  actors
    .command('show')
    .description('One person: names, every office with dates and sources.')
    .argument('<id>', 'registry id (see `parley actors search`)')
    .option('--json', 'print JSON')
    .action((id: string, opts: { json?: boolean }) => {
      const registry = registryFrom(registryDir());
      // An id, or a name that picks out one person.
      const named = searchPersons(registry, id, 5).filter((m) => m.match !== 'substring');
      const person = registry.persons.get(id) ?? (named.length === 1 || (named.length > 1 && named[0].score > named[1].score) ? named[0].person : undefined);
      if (!person && named.length > 1) {
        io.err.write(`parley actors show: "${id}" could be ${named.map((m) => `${m.person.name} (${m.person.id})`).join(', ')}; give the id\n`);
        return done(1);
      }
      if (!person) {
        io.err.write(`parley actors show: no person with id "${id}" (find ids with \`parley actors search NAME\`)\n`);
        return done(1);
      }
      if (opts.json) return void io.out.write(`${JSON.stringify(person, null, 2)}\n`);
      io.out.write(personBlock(person, '', true));
    });

  actors
    .command('import')
    .description('Merge office-holders from a Wikidata SPARQL JSON result (data/wikidata/office-holders.rq) or a CSV file into the registry, without duplicating people or terms.')
    .argument('<file>', 'a .json SPARQL result or a .csv file')
    .option('--format <format>', 'wikidata or csv (default: from the file extension)')
    .option('--into <file>', 'registry file that receives what is new (default: imported.json in the registry folder)')
    .option('--dry-run', 'report what would change, write nothing')
    .action((file: string, opts: { format?: string; into?: string; dryRun?: boolean }) => {
      const format = opts.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'wikidata');
      let parsed: ParsedImport;
      try {
        const text = readFileSync(file, 'utf8');
        if (format === 'csv') parsed = rowsFromCsv(text, `csv ${path.basename(file)}`);
        else if (format === 'wikidata') parsed = rowsFromWikidata(JSON.parse(text));
        else throw new Error(`unknown format "${format}" (use wikidata or csv)`);
      } catch (e) {
        io.err.write(`parley actors import: ${file}: ${(e as Error).message}\n`);
        return done(1);
      }
      for (const p of parsed.problems) io.err.write(`parley actors import: ${file}: row ${p.row} skipped: ${p.reason}\n`);
      const dir = registryDir();
      const into = path.resolve(opts.into ?? path.join(dir, 'imported.json'));
      const target = readOrCreate(into, `Office-holders imported with \`parley actors import\` (${format}). Terms of people the curated files already hold are listed under the same id.`);
      // Merge against every other file: the target's own people are in `target` already.
      const summary = mergeRows(readOthers(dir, into), target, parsed.rows);
      if (!opts.dryRun) writeRegistryFile(into, target);
      io.out.write(
        `${opts.dryRun ? 'would import' : 'imported'} ${summary.rows} row(s) from ${file}: ${summary.personsAdded} new person(s), ${summary.termsAdded} new term(s) (${summary.personsExtended} known person(s) extended), ${summary.termsClosed} open term(s) closed, ${summary.termsKnown} already known; ${parsed.problems.length} row(s) skipped${opts.dryRun ? '' : `; written to ${into}`}\n`,
      );
      done(parsed.rows.length === 0 && parsed.problems.length > 0 ? 1 : 0);
    });

  actors
    .command('candidates')
    .description('People reports introduce with an office the registry lacks. With PATHs, extract them first and add what they teach; without, list the pending candidates.')
    .argument('[paths...]', 'files or folders of reports to learn from')
    .option('--file <file>', 'candidates file', DEFAULT_CANDIDATES_FILE)
    .option('--published <date>', 'publication date for documents whose metadata has none')
    .option('--json', 'print JSON')
    .action(async (paths: string[], opts: { file: string; published?: string; json?: boolean }) => {
      const pending = readCandidates(opts.file);
      if (paths.length) {
        const extractor = createExtractor({ registry: registryFrom(registryDir()) });
        let added = 0;
        let documents = 0;
        for (const target of paths) {
          for await (const result of readPath(target, { published: opts.published ?? null })) {
            if ('failure' in result) {
              io.err.write(`parley actors candidates: ${result.failure.origin}: ${result.failure.reason}\n`);
              continue;
            }
            documents++;
            added += collectCandidates(pending, result.document, extractor.extract(result.document));
          }
        }
        writeCandidates(opts.file, pending);
        io.err.write(`parley actors candidates: read ${documents} document(s), ${added} new candidate(s), ${pending.candidates.length} pending in ${opts.file}\n`);
      }
      if (opts.json) return void io.out.write(`${JSON.stringify(pending.candidates, null, 2)}\n`);
      if (pending.candidates.length === 0) io.out.write('no pending candidates\n');
      for (const c of pending.candidates) {
        io.out.write(`${c.id}\n  ${c.name}, ${c.role} (${c.office}) of ${c.of}; ${c.reports} report(s), first seen ${c.first_seen ?? 'undated'}\n`);
        for (const e of c.evidence.slice(0, 2)) io.out.write(`  "${e.text}"  [${e.origin}]\n`);
      }
    });

  actors
    .command('accept')
    .description('Promote a candidate into the registry (data/registry/accepted.json): the person holds the office from the first report that shows it, unless --start says otherwise.')
    .argument('<id>', 'candidate id (see `parley actors candidates`)')
    .option('--file <file>', 'candidates file', DEFAULT_CANDIDATES_FILE)
    .option('--into <file>', 'registry file that receives accepted people (default: accepted.json in the registry folder)')
    .option('--start <date>', 'the day the term began, if known')
    .option('--end <date>', 'the day it ended, if it has')
    .option('--title <title>', 'the title to record (default: the role the report used)')
    .action((id: string, opts: { file: string; into?: string; start?: string; end?: string; title?: string }) => {
      const pending = readCandidates(opts.file);
      const candidate = pending.candidates.find((c) => c.id === id);
      if (!candidate) {
        io.err.write(`parley actors accept: no pending candidate "${id}" in ${opts.file} (list them with \`parley actors candidates\`)\n`);
        return done(1);
      }
      const start = opts.start ? normaliseDay(opts.start) : candidate.first_seen;
      const end = opts.end ? normaliseDay(opts.end) : null;
      if (!start || (opts.end && !end)) {
        io.err.write(`parley actors accept: ${id}: ${!start ? 'no date shows when the term began; give --start YYYY-MM-DD' : `--end ${opts.end} is not a date`}\n`);
        return done(2);
      }
      const term: OfficeTerm = {
        office: candidate.office,
        title: opts.title ?? candidate.role,
        of: candidate.of,
        start,
        end,
        precision: 'day',
        source: opts.start ? 'accepted by a user' : `accepted by a user; seen in office in ${candidate.evidence[0]?.origin ?? 'a report'} (${candidate.first_seen})`,
      };
      const row: ImportRow = { wikidata: null, name: candidate.name, aliases: [], term };
      const into = path.resolve(opts.into ?? path.join(registryDir(), 'accepted.json'));
      const target = readOrCreate(into, 'People accepted from report candidates with `parley actors accept`.');
      const summary = mergeRows(readOthers(registryDir(), into), target, [row]);
      writeRegistryFile(into, target);
      pending.candidates = pending.candidates.filter((c) => c.id !== id);
      writeCandidates(opts.file, pending);
      const person = target.persons.find((p) => p.offices.includes(term));
      io.out.write(
        summary.termsKnown
          ? `${candidate.name} already holds that office in the registry; candidate removed\n`
          : `accepted ${candidate.name} as ${term.title} of ${term.of} from ${term.start}${person ? ` (registry id ${person.id})` : ''}; written to ${into}\n`,
      );
    });
}

/** The persons of a registry folder other than those of one of its files. */
function readOthers(dir: string, except: string): RegistryPerson[] {
  return readRegistryFolderByFile(dir)
    .filter(({ file }) => path.resolve(file) !== path.resolve(except))
    .flatMap(({ persons }) => persons);
}

function personBlock(p: RegistryPerson, suffix = '', withSources = false): string {
  const lines = [`${p.name}  (${p.id})${suffix}`];
  if (p.aliases.length) lines.push(`  also: ${p.aliases.join('; ')}`);
  if (p.wikidata) lines.push(`  wikidata: ${p.wikidata}`);
  for (const t of [...p.offices].sort((a, b) => a.start.localeCompare(b.start))) lines.push(`  ${describeTerm(t)}${withSources ? `  [source: ${t.source}]` : ''}`);
  return `${lines.join('\n')}\n`;
}

