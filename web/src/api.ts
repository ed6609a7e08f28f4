// Calls to the Parley API. Every value that came from a report is data, never markup: the app
// renders it through React, which escapes it.

export interface Participant {
  actor_id: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
  registry_id?: string | null;
}

export interface EngagementSummary {
  id: string;
  kind: string;
  status: string;
  multilateral: boolean;
  date: string | null;
  date_range: { earliest: string | null; latest: string | null };
  location: string | null;
  participants: Participant[];
  topics: string[];
  reports: number;
  outlets: number;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface ReportClaim {
  document_id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  date: string | null;
  date_text: string | null;
  date_range: { earliest: string | null; latest: string | null };
  status: string;
  evidence: Evidence[];
}

export interface Statement {
  id: string;
  speaker: string | null;
  speaker_name: string | null;
  act: string;
  target_name: string | null;
  text: string;
  document_id: string;
  evidence: Evidence[];
}

export interface EngagementDetail extends EngagementSummary {
  initiator: string | null;
  host: string | null;
  codes: { plover: string; plover_mode: string | null; cameo: string };
  claims: ReportClaim[];
  statements: Statement[];
  date_note: string;
}

export interface DocumentDetail {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

export interface ActorDetail {
  id: string;
  name: string | null;
  role: string | null;
  affiliation: string | null;
  registry_id: string | null;
  offices: { title: string; of: string; start: string; end: string | null }[];
  timeline: { period: string; count: number }[];
  counterparts: { id: string; name: string | null; affiliation: string | null; count: number }[];
  topics: { topic: string; count: number }[];
  engagements: EngagementSummary[];
}

export interface NetworkData {
  nodes: { id: string; name: string | null; role: string | null; affiliation: string | null; engagements: number }[];
  edges: { source: string; target: string; weight: number }[];
}

export interface Filters {
  actor?: string;
  with?: string;
  of?: string;
  kind?: string;
  status?: string;
  topic?: string;
  since?: string;
  until?: string;
  text?: string;
}

export const FILTER_KEYS: (keyof Filters)[] = ['actor', 'with', 'of', 'kind', 'status', 'topic', 'since', 'until', 'text'];

export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiError((body as { message?: string }).message ?? res.statusText, res.status);
  return body as T;
}

export async function postJson<T>(path: string, payload: unknown): Promise<T> {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload) });
  const body = await res.json().catch(() => ({ message: res.statusText }));
  if (!res.ok) throw new ApiError((body as { message?: string }).message ?? res.statusText, res.status);
  return body as T;
}

/** Only web links are followed; anything else a report claims as its URL is shown as text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export const KIND_LABELS: Record<string, string> = {
  phone_call: 'phone call',
  video_call: 'video call',
  meeting: 'meeting',
  visit: 'visit',
  message: 'message',
};
export const KINDS = Object.keys(KIND_LABELS);
export const STATUSES = ['reported', 'background', 'planned', 'denied'];
