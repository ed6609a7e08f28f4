// API latency of `parley serve` on a store, measured from a load generator on loopback: the server
// runs in its own process (as users run it), requests go over keep-alive HTTP, several at once.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays } from '../src/days.js';
import { random } from './generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REQUESTS = 200;

/** The p-th percentile of ascending times (the store benchmark uses it too). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function startServer(dbFile: string): Promise<{ base: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'parley'), 'serve', '--db', dbFile, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (b: Buffer) => {
      seen += b.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited (${code}): ${seen}`)));
  });
  return { base, stop: () => child.kill('SIGTERM') };
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t) / 1e6) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

export async function apiBench(dbFile: string, engagements: number, actors: number): Promise<void> {
  const { base, stop } = await startServer(dbFile);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const rnd = random(11);
  const someActor = () => encodeURIComponent(`Official Number${1 + Math.floor(actors * Math.pow(rnd(), 2.5))}`);
  const someDay = () => addDays('2015-01-01', Math.floor(rnd() * 3600));
  const states = ['USA', 'CHN', 'RUS', 'TUR', 'IRN', 'QAT', 'IND', 'UN'];
  const routes: [string, () => string][] = [
    ['GET /api/engagements?actor=', () => `/api/engagements?actor=${someActor()}`],
    ['GET /api/engagements?actor=&with=', () => `/api/engagements?actor=${someActor()}&with=${someActor()}`],
    ['GET /api/engagements?of=&since=&until= (a year)', () => { const d = someDay(); return `/api/engagements?of=${states[Math.floor(rnd() * states.length)]}&since=${d}&until=${addDays(d, 365)}`; }],
    ['GET /api/engagements?kind=&since=&until= (a month)', () => { const d = someDay(); return `/api/engagements?kind=phone_call&since=${d}&until=${addDays(d, 30)}`; }],
    ['GET /api/engagements?topic=&since=&until=', () => { const d = someDay(); return `/api/engagements?topic=Gaza&since=${d}&until=${addDays(d, 30)}`; }],
    ['GET /api/engagements?text=', () => `/api/engagements?text=Number${1 + Math.floor(rnd() * actors)}%20Yemen`],
    ['GET /api/engagements/:id', () => `/api/engagements/E${1 + Math.floor(rnd() * engagements)}`],
    ['GET /api/actors/:id (profile)', () => `/api/actors/${someActor()}`],
    ['GET /api/timeline?actor=&bucket=month', () => `/api/timeline?actor=${someActor()}&bucket=month`],
    ['GET /api/network?since=&until= (a week)', () => { const d = someDay(); return `/api/network?since=${d}&until=${addDays(d, 6)}`; }],
    ['GET /api/search?q=', () => `/api/search?q=Number${1 + Math.floor(rnd() * actors)}%20Sudan`],
  ];
  console.log(`\nAPI: parley serve on ${engagements.toLocaleString('en')} engagements, ${REQUESTS} requests per route over keep-alive on loopback (after 20 warm-up requests), one client at a time, then four at once`);
  console.log('  route                                             p50 ms   p95 ms | 4 at once: p50 ms   p95 ms');
  try {
    for (const [label, next] of routes) {
      const line = [`  ${label.padEnd(48)}`];
      for (const CONCURRENCY of [1, 4]) {
        for (let i = 0; i < 20; i++) await get(agent, base + next());
        const times: number[] = [];
        let issued = 0;
        const worker = async () => {
          while (issued < REQUESTS) {
            issued++;
            times.push(await get(agent, base + next()));
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        times.sort((a, b) => a - b);
        line.push(`${percentile(times, 50).toFixed(2).padStart(7)}  ${percentile(times, 95).toFixed(2).padStart(7)}`);
      }
      console.log(`${line[0]} ${line[1]} | ${' '.repeat(10)}${line[2]}`);
    }
  } finally {
    agent.destroy();
    stop();
  }
}
