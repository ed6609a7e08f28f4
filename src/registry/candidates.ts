// Learning from text: people a report introduces with an office ("his Turkish counterpart, Hakan
// Fidan") whom the registry does not know become candidates with their evidence, until a user
// accepts one into the registry (data/registry/accepted.json) or leaves it.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentRecord, Office, SourceDocument } from '../types.js';
import { officeFromText } from './offices.js';
import { slug } from './merge.js';

export interface CandidateEvidence {
  document: string;
  origin: string;
  published: string | null;
  /** The sentence that introduces the person with the office. */
  text: string;
}

export interface Candidate {
  id: string;
  name: string;
  role: string;
  office: Office;
  of: string;
  /** The earliest publication date of a report showing the person in this office. */
  first_seen: string | null;
  last_seen: string | null;
  reports: number;
  evidence: CandidateEvidence[];
}

export interface CandidateFile {
  about: string;
  candidates: Candidate[];
}

const ABOUT =
  'People reports introduced with an office that the registry lacked, collected by `parley actors candidates`; promote one with `parley actors accept ID`.';
const KEPT_EVIDENCE = 5;

export const DEFAULT_CANDIDATES_FILE = path.join('.parley', 'candidates.json');

export function readCandidates(file: string): CandidateFile {
  if (!existsSync(file)) return { about: ABOUT, candidates: [] };
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CandidateFile;
    if (!Array.isArray(data.candidates)) throw new Error('no "candidates" list');
    return data;
  } catch (err) {
    throw new Error(`cannot read candidates file ${file}: ${(err as Error).message}`);
  }
}

export function writeCandidates(file: string, data: CandidateFile): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(tmp, file);
}

/**
 * Adds what one extracted document teaches: every actor with a full name, an office Parley knows
 * and a state or organisation, whom the registry did not resolve. Returns how many were new.
 */
export function collectCandidates(into: CandidateFile, doc: SourceDocument, record: DocumentRecord): number {
  let added = 0;
  for (const actor of record.actors) {
    if (actor.registry_id || !actor.name || !actor.role || !actor.affiliation) continue;
    if (actor.name.trim().split(/\s+/).length < 2) continue;
    const office = officeFromText(actor.role);
    if (!office) continue;
    const id = `${slug(actor.name)}--${office.replace(/_/g, '-')}--${actor.affiliation.toLowerCase()}`;
    let candidate = into.candidates.find((c) => c.id === id);
    if (!candidate) {
      candidate = { id, name: actor.name, role: actor.role, office, of: actor.affiliation, first_seen: null, last_seen: null, reports: 0, evidence: [] };
      into.candidates.push(candidate);
      added++;
    }
    if (candidate.evidence.some((e) => e.document === record.document.id && e.origin === doc.origin)) continue;
    candidate.reports++;
    const day = record.document.published;
    if (day && (!candidate.first_seen || day < candidate.first_seen)) candidate.first_seen = day;
    if (day && (!candidate.last_seen || day > candidate.last_seen)) candidate.last_seen = day;
    if (candidate.evidence.length < KEPT_EVIDENCE) {
      const first = actor.mentions[0];
      candidate.evidence.push({ document: record.document.id, origin: doc.origin, published: day, text: first ? sentenceAround(doc.text, first.start, first.end) : '' });
    }
  }
  into.candidates.sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name));
  return added;
}

/** The sentence holding a mention, cut at sentence ends or line breaks, at most 400 characters. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && from > start - 300 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to < end + 300 && !/[.!?\n]/.test(text[to])) to++;
  if (to < text.length && /[.!?]/.test(text[to])) to++;
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
