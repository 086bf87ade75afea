import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { workerExtractor, type ExtractPool, type PoolOptions } from '../ingest/extract-pool.js';
import type { Store } from '../store/store.js';
import { DOCS_CSS, renderDocsPage, type OpenApiDoc } from './docs-page.js';
import { installErrorHandlers } from './errors.js';
import { installJsonParser } from './json-body.js';
import { uiDir as defaultUiDir } from './paths.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { dossierRoutes } from './routes/dossier.js';
import { factRoutes } from './routes/facts.js';
import { relationRoutes } from './routes/relations.js';
import { statusRoutes } from './routes/status.js';
import { addSecurityHeaders, guardLoopbackHost } from './security.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ExtractionOptions extends PoolOptions {
  /** Worker threads that run the pipeline (at least 1). */
  threads?: number;
}

export interface ServerOptions {
  store: Store;
  /** Required on write routes when set; `readout serve` always sets one beyond localhost. */
  token?: string | null;
  /** Only answer for localhost Host headers (on when bound to a loopback address). */
  loopbackOnly?: boolean;
  /** Folder of the built UI; defaults to dist/ui of the package. */
  uiDir?: string;
  /** Log requests and errors (pino, JSON lines) at this level, or not at all (the default for the library). */
  logger?: boolean | { level: LogLevel; stream?: NodeJS.WritableStream };
  /**
   * Where texts are read: worker threads with a time limit per document and a bounded queue
   * (defaults below). The pool starts on the first text unless `eager`.
   */
  extraction?: ExtractionOptions & { eager?: boolean };
  /** Requests per minute one client may make to POST /api/extract (false: no limit). */
  extractRateLimit?: number | false;
  /** The PostgreSQL store's location with its credentials, for the job queue on /api/status. */
  queueDb?: string | null;
}

export const DEFAULT_EXTRACTION = { threads: 1, timeoutMs: 30_000, maxQueue: 16, maxHeapMb: 2048, lowPriority: true } as const;
export const DEFAULT_EXTRACT_RATE_LIMIT = 120;

/**
 * The extraction pool, started on first use so that a server that never reads a text never
 * loads the language model.
 */
export function lazyPool(options: ExtractionOptions): { pool: () => ExtractPool; close: () => Promise<void> } {
  let pool: ExtractPool | null = null;
  return {
    pool: () => (pool ??= workerExtractor(options.threads ?? DEFAULT_EXTRACTION.threads, options)),
    close: async () => {
      await pool?.close();
      pool = null;
    },
  };
}

/** Request ids: short, random per process, so ids from two runs of the server never collide in one log. */
function requestIds(): () => string {
  const prefix = randomBytes(3).toString('hex');
  let n = 0;
  return () => `${prefix}-${(++n).toString(36)}`;
}

const MISSING_UI = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Readout</title></head>
<body><h1>Readout</h1><p>The web interface has not been built. Run <code>npm run build</code> in the readout folder, then reload.</p>
<p>The JSON API works already: see <a href="/docs">/docs</a>.</p></body></html>`;

/** The HTTP server: JSON API under /api, OpenAPI at /openapi.json and /docs, the UI at /. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const logger = options.logger === true ? { level: 'info' as LogLevel } : options.logger || null;
  const app = Fastify({
    logger: logger ? { level: logger.level, stream: logger.stream ?? process.stderr } : false,
    genReqId: requestIds(),
    // Report every problem in a request at once, not only the first.
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 500 },
  });
  // JSON only: a cross-site form or a "simple" text/plain request cannot reach a write route
  // without a CORS preflight, which this server never grants.
  app.removeContentTypeParser('text/plain');
  installJsonParser(app);
  addSecurityHeaders(app);
  if (options.loopbackOnly) guardLoopbackHost(app);
  installErrorHandlers(app, { logged: logger !== null && logger.level !== 'silent' && logger.level !== 'fatal' });
  // Every answer names its request, so a problem can be looked up in the log.
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });

  const extraction = lazyPool({ ...DEFAULT_EXTRACTION, ...options.extraction });
  if (options.extraction?.eager) extraction.pool();
  app.addHook('onClose', async () => extraction.close());

  const rateLimit = options.extractRateLimit ?? DEFAULT_EXTRACT_RATE_LIMIT;
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => Object.assign(
      new Error(`too many texts from this address: at most ${context.max} a minute on this endpoint; try again in ${context.after}`),
      { statusCode: context.statusCode },
    ),
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Readout',
        version: '0.1.0',
        description: 'Structured, verifiable records from press releases: documents, actors, relations, quotes, figures and events.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  const token = options.token ?? null;
  documentRoutes(app, options.store, token, { pool: extraction.pool, extractRateLimit: rateLimit });
  actorRoutes(app, options.store);
  relationRoutes(app, options.store);
  dossierRoutes(app, options.store);
  factRoutes(app, options.store);
  statusRoutes(app, options.store, options.queueDb ?? null);

  app.get('/api/health', { schema: { tags: ['meta'], summary: 'Liveness and store backend' } }, async () => ({
    ok: true, backend: options.store.backend, writeNeedsToken: token !== null,
  }));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(renderDocsPage(app.swagger() as OpenApiDoc)));
  app.get('/docs.css', { schema: { hide: true } }, async (_request, reply) => reply.type('text/css; charset=utf-8').send(DOCS_CSS));

  const root = options.uiDir ?? defaultUiDir();
  if (existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      index: ['index.html'],
      cacheControl: false,
      // Bundles have content hashes in their names and never change; the page itself must be re-checked.
      setHeaders(res, path) {
        res.setHeader('cache-control', path.includes(`${join('ui', 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(MISSING_UI));
  }
  return app;
}
