// `parley serve`: the JSON API under /api and the web app, on one Fastify server.
// Article text is untrusted: the API returns it as JSON strings only, the app renders it escaped,
// and a strict Content-Security-Policy forbids inline script so that nothing in a report can run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createExtractor, type Extractor } from '../pipeline.js';
import { registerApi, type ApiStore } from './api.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServeOptions {
  store: ApiStore | null;
  /** Write endpoints (ingest) need this token in `Authorization: Bearer ...`; none set, none allowed. */
  token?: string | null;
  /** The built web app (dist/web); the API alone is served when it is missing. */
  webRoot?: string | null;
  extractor?: Extractor;
  logger?: boolean;
}

export function defaultWebRoot(): string | null {
  for (const candidate of [path.resolve(here, '..', 'web'), path.resolve(here, '..', '..', 'web')]) {
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

export async function buildServer(options: ServeOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 5 * 1024 * 1024,
    // An unknown parameter (a typo such as "colour") is an error to report, not something to drop.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Parley API', version: '1', description: 'Diplomatic engagements extracted from news reports, with the evidence behind each record.' },
      servers: [],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, transformSpecificationClone: true });

  // Errors are JSON with a message a person can act on; never a stack trace.
  app.setErrorHandler((error: { statusCode?: number; validation?: unknown; message: string; expose?: boolean }, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const unexpected = status >= 500 && !error.expose;
    if (unexpected) request.log.error(error);
    const message = unexpected ? 'internal error; the server log has the details' : error.validation ? `bad request: ${error.message}` : error.message;
    void reply.status(status).type('application/json').send({ error: httpReason(status), message, statusCode: status });
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || !options.webRoot) {
      return reply.status(404).send({ error: 'Not Found', message: `no such resource: ${request.method} ${request.url.split('?')[0]}`, statusCode: 404 });
    }
    // The app routes on the client: any other path gets the app's page.
    return reply.type('text/html').sendFile('index.html');
  });

  await app.register(
    async (api) => {
      registerApi(api, { store: options.store, token: options.token ?? null, extractor: options.extractor ?? createExtractor() });
    },
    { prefix: '/api' },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (options.webRoot) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: ['index.html'], wildcard: false });
  }
  return app;
}

function httpReason(status: number): string {
  const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests' };
  return reasons[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
