// `parley eval --gold FILE [--peers DIR]`: the quality figures the README reports.
import { readFileSync, existsSync } from 'node:fs';
import { f1, scoreGold, type GoldFile } from '../eval/gold.js';
import { scorePeers } from '../eval/peers.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : `${a}/${b} (${pct(a / b)})`);

export async function runEval(opts: { gold: string; verbose?: boolean; peers?: string; json?: boolean }): Promise<number> {
  if (!existsSync(opts.gold)) {
    process.stderr.write(`parley eval: ${opts.gold}: no such file\n`);
    return 2;
  }
  let gold: GoldFile;
  try {
    gold = JSON.parse(readFileSync(opts.gold, 'utf8')) as GoldFile;
  } catch (e) {
    process.stderr.write(`parley eval: ${opts.gold}: not a gold file (${(e as Error).message})\n`);
    return 2;
  }
  const score = await scoreGold(gold, opts.gold);
  const peers = opts.peers ? scorePeers(opts.peers) : [];
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ gold: { ...score, reportedF1: f1(score.reported), backgroundF1: f1(score.background), statementsF1: f1(score.statements) }, peers: peers.map((p) => ({ ...p, detectionF1: f1(p.detection) })) }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  if (opts.verbose) {
    for (const d of score.perDocument) {
      if (!d.readError && d.misses.length + d.spurious.length + d.dateErrors.length === 0) continue;
      lines.push(`${d.document}`);
      if (d.readError) lines.push(`  could not read: ${d.readError}`);
      for (const m of d.misses) lines.push(`  missed:   ${m}`);
      for (const s of d.spurious) lines.push(`  spurious: ${s}`);
      for (const e of d.dateErrors) lines.push(`  date:     ${e}`);
    }
    for (const p of peers) {
      lines.push(`${p.name}`);
      for (const m of p.misses) lines.push(`  missed:   ${m}`);
      for (const s of p.spurious) lines.push(`  spurious: ${s}`);
    }
    lines.push('');
  }
  const r = f1(score.reported);
  const b = f1(score.background);
  const st = f1(score.statements);
  lines.push(`gold: ${opts.gold} (${score.documents} documents)`);
  lines.push(`reported engagements  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  (tp ${score.reported.tp}, fp ${score.reported.fp}, fn ${score.reported.fn})`);
  const any = f1(score.reportedAnyKind);
  lines.push(`  any kind            P ${pct(any.precision)}  R ${pct(any.recall)}  F1 ${pct(any.f1)}  (the same parties, whatever the kind)`);
  lines.push(`exact dates           ${ratio(score.dates.exact, score.dates.fixedInGold)} of matched engagements whose day the gold fixes; ${ratio(score.dates.leftUnfixed, score.dates.unfixedInGold)} left open where the gold does`);
  if (score.dates.rangeChecked) lines.push(`date ranges           ${ratio(score.dates.rangeOk, score.dates.rangeChecked)} within the gold's latest possible day`);
  lines.push(`participants          affiliation ${ratio(score.participants.affiliationOk, score.participants.total)}, role ${ratio(score.participants.roleOk, score.participants.total)}`);
  lines.push(`background            P ${pct(b.precision)}  R ${pct(b.recall)}  F1 ${pct(b.f1)}  (tp ${score.background.tp}, fp ${score.background.fp}, fn ${score.background.fn})`);
  lines.push(`statements            P ${pct(st.precision)}  R ${pct(st.recall)}  F1 ${pct(st.f1)}  (speaker, act, engagement)`);
  for (const p of peers) {
    const d = f1(p.detection);
    lines.push(`${p.name}: ${p.cases} cases  P ${pct(d.precision)}  R ${pct(d.recall)}  F1 ${pct(d.f1)}  dyads ${ratio(p.dyadOk, p.dyadChecked)}  mode/code ${ratio(p.kindOk, p.kindChecked)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
