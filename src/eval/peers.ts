// Scores the extractor on the diplomatic subset of peer event-coding data: PLOVER gold records
// (CONSULT events are positives, every other event type a sentence where no engagement should be
// reported) and PETRARCH2 validation cases (the consult family 040-046 as positives, the cases that
// expect no event as negatives). A detection counts when the extractor reports an engagement in
// the sentence (any status but denied: the peers code intentions too); a dyad is right when the
// parties' states cover the peer's source and target countries.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createExtractor } from '../pipeline.js';
import type { DocumentRecord } from '../types.js';
import type { Counts } from './gold.js';

export interface PeerScore {
  name: string;
  cases: number;
  detection: Counts;
  dyadChecked: number;
  dyadOk: number;
  kindChecked: number;
  kindOk: number;
  misses: string[];
  spurious: string[];
}

/** CAMEO and older codes that differ from ISO 3166 alpha-3. */
const CAMEO_TO_ISO: Record<string, string> = { JAP: 'JPN', PAL: 'PSE', ROM: 'ROU', GER: 'DEU', ZAI: 'COD', BRM: 'MMR', TMP: 'TLS', SER: 'SRB', KOS: 'XKX' };

function iso(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.slice(0, 3).toUpperCase();
  if (c === 'IGO' || c === '---' || c === 'NGO') return null;
  return CAMEO_TO_ISO[c] ?? c;
}

function detected(record: DocumentRecord): DocumentRecord['engagements'] {
  return record.engagements.filter((e) => e.status !== 'denied');
}

export function scorePeers(dir: string): PeerScore[] {
  const extractor = createExtractor();
  const out: PeerScore[] = [];
  const ploverFile = path.join(dir, 'plover_gsr.jsonl');
  if (existsSync(ploverFile)) {
    const s = blank('PLOVER GSR (CONSULT vs other event types)');
    for (const line of readFileSync(ploverFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; event_type: string; mode: string | null; source?: { code: string }[] | null; target?: { code: string }[] | null };
      s.cases++;
      const record = extractor.extract(doc(r.id, r.text, null));
      const found = detected(record);
      const positive = r.event_type === 'CONSULT';
      tally(s, positive, found.length > 0, r.id, r.text);
      if (positive && found.length > 0) {
        const want = [...(r.source ?? []), ...(r.target ?? [])].map((a) => iso(a.code)).filter((c): c is string => !!c);
        checkDyad(s, want, found);
        if (r.mode) {
          s.kindChecked++;
          const modes = found.map((e) => e.codes.plover_mode);
          const ok = r.mode === 'host' ? found.some((e) => e.codes.cameo === '043') : modes.includes(r.mode);
          if (ok) s.kindOk++;
        }
      }
    }
    out.push(s);
  }
  const petrarchFile = path.join(dir, 'petrarch2_gsr.jsonl');
  if (existsSync(petrarchFile)) {
    const s = blank('PETRARCH2 GSR (consult family vs expect-no-event)');
    for (const line of readFileSync(petrarchFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string; date?: string; expected: { source: string; target: string; code: string }[] | null; expect_no_events: boolean };
      const consult = (r.expected ?? []).filter((e) => e.code.startsWith('04'));
      if (!r.expect_no_events && consult.length === 0) continue;
      s.cases++;
      const published = r.date && /^\d{8}$/.test(r.date) ? `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}` : null;
      const record = extractor.extract(doc(r.id, r.text, published));
      const found = detected(record);
      const positive = consult.length > 0;
      tally(s, positive, found.length > 0, r.id, r.text);
      if (positive && found.length > 0) {
        const want = [...new Set(consult.flatMap((e) => [iso(e.source), iso(e.target)]).filter((c): c is string => !!c))];
        checkDyad(s, want, found);
        s.kindChecked++;
        if (found.some((e) => consult.some((c) => c.code === e.codes.cameo))) s.kindOk++;
      }
    }
    out.push(s);
  }
  return out;
}

function blank(name: string): PeerScore {
  return { name, cases: 0, detection: { tp: 0, fp: 0, fn: 0 }, dyadChecked: 0, dyadOk: 0, kindChecked: 0, kindOk: 0, misses: [], spurious: [] };
}

function tally(s: PeerScore, positive: boolean, found: boolean, id: string, text: string): void {
  if (positive && found) s.detection.tp++;
  else if (positive) {
    s.detection.fn++;
    s.misses.push(`${id}: ${text}`);
  } else if (found) {
    s.detection.fp++;
    s.spurious.push(`${id}: ${text}`);
  }
}

function checkDyad(s: PeerScore, want: string[], found: DocumentRecord['engagements']): void {
  if (want.length === 0) return;
  s.dyadChecked++;
  const ok = found.some((e) => {
    const have = new Set(e.participants.map((p) => p.affiliation).concat(e.host ? [e.host] : []));
    return want.every((c) => have.has(c));
  });
  if (ok) s.dyadOk++;
}

function doc(id: string, text: string, published: string | null) {
  return { id, origin: id, text, published, publishedSource: published ? ('metadata' as const) : null, title: null, url: null, outlet: null, language: null };
}
