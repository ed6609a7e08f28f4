// `parley serve`: the API and the web app on the default store.
import type { Command } from 'commander';
import { buildServer, defaultWebRoot } from '../serve/server.js';
import type { ApiStore } from '../serve/api.js';

export interface StoreOpener {
  (file: string): Promise<ApiStore>;
}

export function registerServeCommand(program: Command, done: (code: number) => void, openStore: StoreOpener | null): void {
  program
    .command('serve')
    .description('Serve the web app and the JSON API (/api, OpenAPI at /api/openapi.json, browsable at /api/docs) on a store.')
    .option('--db <file>', 'store file (default: $PARLEY_DB or ./parley.db)')
    .option('--host <host>', 'address to bind; the default keeps it on this machine', '127.0.0.1')
    .option('--port <port>', 'port', '4747')
    .option('--token <token>', 'token that write endpoints require (default: $PARLEY_TOKEN; none means no writes)')
    .action(async (opts: { db?: string; host: string; port: string; token?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`parley serve: --port ${opts.port} is not a port number\n`);
        return done(2);
      }
      const file = opts.db ?? process.env.PARLEY_DB ?? 'parley.db';
      let store: ApiStore | null = null;
      try {
        store = openStore ? await openStore(file) : null;
      } catch (e) {
        process.stderr.write(`parley serve: cannot open the store ${file}: ${(e as Error).message}\n`);
        return done(1);
      }
      const webRoot = defaultWebRoot();
      const app = await buildServer({ store, token: opts.token ?? process.env.PARLEY_TOKEN ?? null, webRoot });
      const address = await app.listen({ host: opts.host, port });
      process.stderr.write(`parley serve: ${address}/ (store ${file}${webRoot ? '' : '; the web app is not built: run npm run build'}); Ctrl-C stops\n`);
      // Stays up until interrupted.
      await new Promise<void>((resolve) => {
        const stop = () => void app.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
