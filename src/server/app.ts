import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Store } from '../store/store.js';
import { DOCS_CSS, renderDocsPage, type OpenApiDoc } from './docs-page.js';
import { installErrorHandlers } from './errors.js';
import { uiDir as defaultUiDir } from './paths.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { dossierRoutes } from './routes/dossier.js';
import { factRoutes } from './routes/facts.js';
import { relationRoutes } from './routes/relations.js';
import { addSecurityHeaders, guardLoopbackHost } from './security.js';

export interface ServerOptions {
  store: Store;
  /** Required on write routes when set; `readout serve` always sets one beyond localhost. */
  token?: string | null;
  /** Only answer for localhost Host headers (on when bound to a loopback address). */
  loopbackOnly?: boolean;
  /** Folder of the built UI; defaults to dist/ui of the package. */
  uiDir?: string;
  logger?: boolean;
}

const MISSING_UI = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Readout</title></head>
<body><h1>Readout</h1><p>The web interface has not been built. Run <code>npm run build</code> in the readout folder, then reload.</p>
<p>The JSON API works already: see <a href="/docs">/docs</a>.</p></body></html>`;

/** The HTTP server: JSON API under /api, OpenAPI at /openapi.json and /docs, the UI at /. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    // Report every problem in a request at once, not only the first.
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 500 },
  });
  // JSON only: a cross-site form or a "simple" text/plain request cannot reach a write route
  // without a CORS preflight, which this server never grants.
  app.removeContentTypeParser('text/plain');
  addSecurityHeaders(app);
  if (options.loopbackOnly) guardLoopbackHost(app);
  installErrorHandlers(app);

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
  documentRoutes(app, options.store, token);
  actorRoutes(app, options.store);
  relationRoutes(app, options.store);
  dossierRoutes(app, options.store);
  factRoutes(app, options.store);

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
