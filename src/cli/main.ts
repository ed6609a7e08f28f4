// The `parley` command line.
import { Command } from 'commander';
import { runExtract } from './extract.js';
import { runEval } from './eval.js';
import { registerActorCommands } from './actors.js';
import { registerServeCommand } from './serve.js';

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command();
  program
    .name('parley')
    .description('Structured, traceable records of diplomatic engagements from news reports.')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('extract')
    .description('Extract engagements and statements from a .txt, .html or .jsonl file, or a folder of them; writes one JSON record per document (JSON Lines) on stdout.')
    .argument('<path>', 'file or folder to read')
    .option('--pretty', 'print a readable summary (one line per engagement) instead of JSON')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for documents whose metadata has none')
    .action(async (target: string, opts: { pretty?: boolean; published?: string }) => {
      code = await runExtract(target, opts);
    });

  program
    .command('eval')
    .description('Score the extractor against a gold annotation file (format of shared/corpus/seeds/gold.json), and against peer data sets.')
    .requiredOption('--gold <file>', 'gold annotation file; documents are read from its folder')
    .option('--verbose', 'list misses and spurious records per document')
    .option('--peers <dir>', 'also score the diplomatic subset of peer data sets in this folder (plover_gsr.jsonl, petrarch2_gsr.jsonl)')
    .option('--json', 'print the figures as JSON')
    .action(async (opts: { gold: string; verbose?: boolean; peers?: string; json?: boolean }) => {
      code = await runEval(opts);
    });

  registerActorCommands(program, (c) => (code = c));
  (await import('./store-commands.js')).registerStoreCommands(program, (c) => (code = c));
  // The server opens the store lazily, so `parley extract` never loads SQLite.
  registerServeCommand(program, (c) => (code = c), async (file) => {
    const [{ openStore }, { storeApi }, { registry }, { createExtractor }] = await Promise.all([
      import('../store/db.js'),
      import('../serve/store-adapter.js'),
      import('../resolve/registry.js'),
      import('../pipeline.js'),
    ]);
    return storeApi(openStore(file), { registry: registry(), extractor: createExtractor() });
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return err.exitCode ?? 1;
  }
  return code;
}
