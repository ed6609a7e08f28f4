// The /api routes: request schemas validate every parameter (a bad one is a clear 400), responses
// are plain JSON, and the OpenAPI document is generated from the same schemas.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Extractor } from '../pipeline.js';
import type { DocumentRecord } from '../types.js';
import { normaliseDay } from '../read/documents.js';
// The store's filter type (a type only: the API module does not load SQLite). Query strings carry
// one kind and one status, which the schemas below check against the allowed values.
import type { EngagementFilters } from '../store/queries.js';

export type { EngagementFilters };

export interface Page {
  limit: number;
  offset: number;
}

export type Bucket = 'day' | 'week' | 'month';

/** Any JSON object the store answers with; the route schemas describe their shapes. */
type Json = object;

/** What the API asks of the store; src/serve/store-adapter.ts implements it on the SQLite store. */
export interface ApiStore {
  engagements(filters: EngagementFilters, page: Page): { total: number; items: Json[] };
  engagement(id: string): Json | null;
  actors(q: string, limit: number): Json[];
  actor(id: string): Json | null;
  document(id: string): Json | null;
  statements(filters: EngagementFilters, page: Page): { total: number; items: Json[] };
  search(q: string, limit: number): Json[];
  network(filters: EngagementFilters, limit: number): { nodes: Json[]; edges: Json[] };
  timeline(filters: EngagementFilters, bucket: Bucket): Json[];
  stats(): Json;
  exportSelection(filters: EngagementFilters, format: string): { contentType: string; filename: string; body: string | NodeJS.ReadableStream };
  ingestText(doc: { id?: string; text: string; published?: string | null; title?: string | null; url?: string | null; outlet?: string | null }): Json;
}

export const EXPORT_FORMATS = ['jsonl', 'csv', 'plover', 'gdelt', 'graphml'] as const;
const KINDS = ['phone_call', 'video_call', 'meeting', 'visit', 'message'];
const STATUSES = ['reported', 'background', 'planned', 'denied'];
const DAY = '^\\d{4}-\\d{2}-\\d{2}$';

const filterProperties = {
  actor: { type: 'string', minLength: 1, maxLength: 200, description: 'registry id or name of a participant' },
  with: { type: 'string', minLength: 1, maxLength: 200, description: 'another participant (with --actor: who they engaged)' },
  of: { type: 'string', minLength: 2, maxLength: 12, description: 'a participant affiliation (ISO3 state or organisation code)' },
  kind: { type: 'string', enum: KINDS },
  status: { type: 'string', enum: STATUSES },
  topic: { type: 'string', minLength: 1, maxLength: 200 },
  since: { type: 'string', pattern: DAY, description: 'YYYY-MM-DD, inclusive' },
  until: { type: 'string', pattern: DAY, description: 'YYYY-MM-DD, inclusive' },
  text: { type: 'string', minLength: 1, maxLength: 500, description: 'full-text search over evidence and documents' },
} as const;
const pageProperties = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
} as const;
const anyObject = { type: 'object', additionalProperties: true } as const;
const errorSchema = {
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' }, statusCode: { type: 'integer' } },
} as const;
const errors = { 400: errorSchema, 404: errorSchema, 503: errorSchema } as const;
/** A page of a longer list, with the list's total. */
const pageOfItems = { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: anyObject } } } as const;

type Query<T> = FastifyRequest<{ Querystring: T }>;

export function registerApi(api: FastifyInstance, deps: { store: ApiStore | null; token: string | null; extractor: Extractor }): void {
  const store = (): ApiStore => {
    if (!deps.store) throw Object.assign(new Error('no store is open; start `parley serve` with --db FILE after `parley ingest`'), { statusCode: 503, expose: true });
    return deps.store;
  };
  const checkDates = (q: EngagementFilters): void => {
    for (const k of ['since', 'until'] as const) {
      if (q[k] && !normaliseDay(q[k]!)) throw badRequest(`${k} ${q[k]} is not a calendar date`);
    }
    if (q.since && q.until && q.since > q.until) throw badRequest(`since ${q.since} is after until ${q.until}`);
  };
  const filtersOf = (q: EngagementFilters): EngagementFilters => {
    checkDates(q);
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(filterProperties) as (keyof typeof filterProperties)[]) if (q[k] !== undefined) out[k] = q[k];
    return out as EngagementFilters;
  };

  api.get(
    '/engagements',
    {
      schema: {
        summary: 'Engagements matching the filters, newest first, paginated',
        querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, ...pageProperties } },
        response: { 200: pageOfItems, ...errors },
      },
    },
    async (req: Query<EngagementFilters & Page>) => {
      const { limit, offset } = req.query;
      return { ...store().engagements(filtersOf(req.query), { limit, offset }), limit, offset };
    },
  );

  api.get(
    '/engagements/:id',
    { schema: { summary: 'One engagement: participants with their offices, date claims, topics, statements, every supporting report with evidence', params: idParam, response: { 200: anyObject, ...errors } } },
    async (req: FastifyRequest<{ Params: { id: string } }>) => store().engagement(req.params.id) ?? notFound(`no engagement ${req.params.id}`),
  );

  api.get(
    '/actors',
    {
      schema: {
        summary: 'Actors whose name matches, with engagement counts',
        querystring: { type: 'object', additionalProperties: false, required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 200 }, limit: pageProperties.limit } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } } }, ...errors },
      },
    },
    async (req: Query<{ q: string; limit: number }>) => ({ items: store().actors(req.query.q, req.query.limit) }),
  );

  api.get(
    '/actors/:id',
    { schema: { summary: 'One actor: offices held, engagements over time, top counterparts, topics', params: idParam, response: { 200: anyObject, ...errors } } },
    async (req: FastifyRequest<{ Params: { id: string } }>) => store().actor(req.params.id) ?? notFound(`no actor ${req.params.id}`),
  );

  api.get(
    '/documents/:id',
    { schema: { summary: 'One stored report: text, metadata, and the engagements it supports', params: idParam, response: { 200: anyObject, ...errors } } },
    async (req: FastifyRequest<{ Params: { id: string } }>) => store().document(req.params.id) ?? notFound(`no document ${req.params.id}`),
  );

  api.get(
    '/statements',
    {
      schema: {
        summary: 'Statements made in the engagements matching the filters',
        querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, ...pageProperties } },
        response: { 200: pageOfItems, ...errors },
      },
    },
    async (req: Query<EngagementFilters & Page>) => {
      const { limit, offset } = req.query;
      return { ...store().statements(filtersOf(req.query), { limit, offset }), limit, offset };
    },
  );

  api.get(
    '/search',
    {
      schema: {
        summary: 'Full-text search over reports and evidence sentences',
        querystring: { type: 'object', additionalProperties: false, required: ['q'], properties: { q: { type: 'string', minLength: 1, maxLength: 500 }, limit: pageProperties.limit } },
        response: { 200: { type: 'object', properties: { items: { type: 'array', items: anyObject } } }, ...errors },
      },
    },
    async (req: Query<{ q: string; limit: number }>) => ({ items: store().search(req.query.q, req.query.limit) }),
  );

  api.get(
    '/network',
    {
      schema: {
        summary: 'Who engaged whom: actors as nodes, engagements as weighted edges',
        querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, limit: { type: 'integer', minimum: 1, maximum: 2000, default: 300 } } },
        response: { 200: { type: 'object', properties: { nodes: { type: 'array', items: anyObject }, edges: { type: 'array', items: anyObject } } }, ...errors },
      },
    },
    async (req: Query<EngagementFilters & { limit: number }>) => store().network(filtersOf(req.query), req.query.limit),
  );

  api.get(
    '/timeline',
    {
      schema: {
        summary: 'Engagements per day, week or month, by kind',
        querystring: { type: 'object', additionalProperties: false, properties: { ...filterProperties, bucket: { type: 'string', enum: ['day', 'week', 'month'], default: 'week' } } },
        response: { 200: { type: 'object', properties: { bucket: { type: 'string' }, items: { type: 'array', items: anyObject } } }, ...errors },
      },
    },
    async (req: Query<EngagementFilters & { bucket: Bucket }>) => ({ bucket: req.query.bucket, items: store().timeline(filtersOf(req.query), req.query.bucket) }),
  );

  api.get('/stats', { schema: { summary: 'Counts of documents, engagements, actors, statements', response: { 200: anyObject, ...errors } } }, async () => store().stats());

  api.get(
    '/export',
    {
      schema: {
        summary: 'The selection in one of the export formats of `parley export`',
        querystring: { type: 'object', additionalProperties: false, required: ['format'], properties: { ...filterProperties, format: { type: 'string', enum: [...EXPORT_FORMATS] } } },
      },
    },
    async (req: Query<EngagementFilters & { format: string }>, reply) => {
      const out = store().exportSelection(filtersOf(req.query), req.query.format);
      return reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
    },
  );

  api.post(
    '/extract',
    {
      schema: {
        summary: 'Extract the engagements of a pasted article, without storing it',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: { text: { type: 'string', minLength: 1, maxLength: 1_000_000 }, published: { type: 'string', pattern: DAY }, title: { type: 'string', maxLength: 1000 } },
        },
        response: { 200: anyObject, ...errors },
      },
    },
    async (req: FastifyRequest<{ Body: { text: string; published?: string; title?: string } }>) => {
      const { text, published, title } = req.body;
      if (published && !normaliseDay(published)) throw badRequest(`published ${published} is not a calendar date`);
      if (!text.trim()) throw badRequest('the text is empty');
      const record: DocumentRecord = deps.extractor.extract({
        id: 'pasted',
        origin: 'pasted article',
        text,
        published: published ?? null,
        publishedSource: published ? 'metadata' : null,
        title: title ?? null,
        url: null,
        outlet: null,
        language: null,
      });
      return { ...record, text };
    },
  );

  api.post(
    '/ingest',
    {
      schema: {
        summary: 'Store a report (needs the server token: Authorization: Bearer TOKEN)',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            id: { type: 'string', minLength: 1, maxLength: 300 },
            text: { type: 'string', minLength: 1, maxLength: 5_000_000 },
            published: { type: 'string', pattern: DAY },
            title: { type: 'string', maxLength: 1000 },
            url: { type: 'string', maxLength: 2000 },
            outlet: { type: 'string', maxLength: 300 },
          },
        },
        response: { 200: anyObject, ...errors, 401: errorSchema, 403: errorSchema },
      },
    },
    async (req: FastifyRequest<{ Body: { id?: string; text: string; published?: string; title?: string; url?: string; outlet?: string } }>) => {
      if (!deps.token) throw Object.assign(new Error('writing is disabled: start `parley serve` with --token (or PARLEY_TOKEN) to allow it'), { statusCode: 403 });
      const given = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!given) throw Object.assign(new Error('this endpoint needs the server token in "Authorization: Bearer TOKEN"'), { statusCode: 401 });
      if (!sameSecret(given, deps.token)) throw Object.assign(new Error('wrong token'), { statusCode: 403 });
      return store().ingestText(req.body);
    },
  );
}

const idParam = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } } as const;

function badRequest(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

function notFound(message: string): never {
  throw Object.assign(new Error(message), { statusCode: 404 });
}

/** Compares in time independent of where the strings differ. */
function sameSecret(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
