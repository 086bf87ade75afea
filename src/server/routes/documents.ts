import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ExtractPool } from '../../ingest/extract-pool.js';
import type { Store } from '../../store/store.js';
import type { DocumentResponse, ExplainResponse, SearchResponse } from '../api-types.js';
import { clip, HttpProblem } from '../errors.js';
import { CURSOR, DATE, ERROR_RESPONSE, ID_PARAM, LIMIT, OPEN_OBJECT, SHORT } from '../schemas.js';
import { requireToken } from '../security.js';
import { pipelineVersion } from '../../store/pipeline-version.js';

interface SearchQs {
  q?: string; actor?: string; country?: string; type?: string; from?: string; to?: string; source?: string;
  cursor?: string; limit: number;
}

export const MAX_TEXT_BYTES = 1024 * 1024;

const TEXT_BODY = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1, description: 'The document text; may start with a "date YYYY-MM-DD Source: NAME" line' },
    id: { type: 'string', maxLength: 300 },
    date: { ...DATE, nullable: true },
    source: { type: 'string', maxLength: 500, nullable: true },
    title: { type: 'string', maxLength: 1000, nullable: true },
    url: { type: 'string', maxLength: 2000, nullable: true },
  },
} as const;

interface TextBody {
  text: string; id?: string; date?: string | null; source?: string | null; title?: string | null; url?: string | null;
}

/**
 * The validator coerces query-string values (every one arrives as a string), which would
 * also quietly turn {"text": 42} into "42"; a body field of the wrong type is refused first.
 */
async function refuseWrongTypes(request: FastifyRequest): Promise<void> {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpProblem(400, 'invalid body: send a JSON object such as {"text": "..."}');
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (key === 'text' ? typeof value !== 'string' : value !== null && typeof value !== 'string') {
      problems.push(`${clip(key)} must be a string${key === 'text' ? '' : ' or null'}, not ${Array.isArray(value) ? 'an array' : typeof value}`);
    }
  }
  if (problems.length) throw new HttpProblem(400, `invalid body: ${problems.join('; ')}`);
}

function checkText(body: TextBody): void {
  if (body.text.trim() === '') throw new HttpProblem(400, 'invalid body: text holds only white space; send the words of a document');
}

export interface DocumentRouteOptions {
  /** Where texts are read (worker threads); started on first use. */
  pool: () => ExtractPool;
  /** Requests per minute one client may make to POST /api/extract (false: no limit). */
  extractRateLimit: number | false;
}

export function documentRoutes(app: FastifyInstance, store: Store, token: string | null, options: DocumentRouteOptions): void {
  app.get<{ Querystring: SearchQs }>('/api/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Search documents',
      description: 'Full-text search with filters, newest first. Pages with keyset cursors, so page 1000 costs what page 1 costs.',
      querystring: {
        type: 'object',
        properties: {
          q: SHORT('Words to find (full text)'),
          actor: SHORT('Actor id or a name'),
          country: SHORT('ISO 3166-1 alpha-3 code of a party or place'),
          type: SHORT('PLOVER event type, e.g. CONSULT'),
          from: DATE,
          to: DATE,
          source: SHORT('Exact source name'),
          cursor: CURSOR,
          limit: LIMIT(100, 20),
        },
      },
      response: { 200: OPEN_OBJECT('`{items: SearchHit[], next: cursor|null}`'), 400: ERROR_RESPONSE },
    },
  }, async (request): Promise<SearchResponse> => {
    const q = request.query;
    const page = await store.search({
      text: q.q, actor: q.actor, country: q.country, eventType: q.type, from: q.from, to: q.to, source: q.source,
      cursor: q.cursor, limit: q.limit,
    });
    return { items: page.items, next: page.nextCursor };
  });

  app.get<{ Params: { id: string }; Querystring: { version?: number } }>('/api/documents/:id', {
    schema: {
      tags: ['documents'],
      summary: 'One document: its text and its record',
      params: ID_PARAM,
      querystring: { type: 'object', properties: { version: { type: 'integer', minimum: 1 } } },
      response: { 200: OPEN_OBJECT('`{id, text, meta, versions, record}`; record offsets index into text'), 404: ERROR_RESPONSE },
    },
  }, async (request): Promise<DocumentResponse> => {
    const doc = await store.getDocument(request.params.id, request.query.version);
    if (!doc) throw new HttpProblem(404, `no document "${request.params.id}"`);
    return { id: doc.meta.id, text: doc.text, meta: doc.meta, versions: doc.versions, record: doc.record };
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id/explain', {
    schema: {
      tags: ['documents'],
      summary: 'Why each mention was found',
      description: 'Runs the pipeline again over the stored text and lists every mention with the stage and rule that produced it.',
      params: ID_PARAM,
      response: { 200: OPEN_OBJECT('`{id, mentions: [{start, end, text, type, form, stage, rule}]}`'), 404: ERROR_RESPONSE },
    },
  }, async (request): Promise<ExplainResponse> => {
    const doc = await store.getDocument(request.params.id);
    if (!doc) throw new HttpProblem(404, `no document "${request.params.id}"`);
    const mentions = await options.pool().explain({
      text: doc.text, id: doc.meta.id, date: doc.meta.date, source: doc.meta.source, title: doc.meta.title, url: doc.meta.url,
    });
    return { id: doc.meta.id, mentions };
  });

  app.post<{ Body: TextBody }>('/api/documents', {
    bodyLimit: MAX_TEXT_BYTES,
    preValidation: [requireToken(token), refuseWrongTypes],
    schema: {
      tags: ['documents'],
      summary: 'Add a document to the store',
      description: 'Reads the text and stores it with its record. Needs the server token when one is set (always when listening beyond localhost).',
      security: [{ bearer: [] }],
      body: TEXT_BODY,
      response: {
        200: OPEN_OBJECT('The text was already stored: `{status: "unchanged", documentId, version}`'),
        201: OPEN_OBJECT('`{status: "new"|"updated", documentId, version}`'),
        400: ERROR_RESPONSE, 401: ERROR_RESPONSE, 403: ERROR_RESPONSE, 413: ERROR_RESPONSE, 415: ERROR_RESPONSE,
      },
    },
  }, async (request, reply) => {
    const body = request.body;
    checkText(body);
    const record = await options.pool().extract({ text: body.text, id: body.id, date: body.date, source: body.source, title: body.title, url: body.url });
    const result = await store.putDocument({
      text: body.text, record, id: body.id ?? null, key: body.url ?? (body.id ? `id:${body.id}` : null), url: body.url ?? record.url,
      title: record.title, date: record.date, source: record.source, origin: 'api', pipelineVersion: pipelineVersion(),
    });
    return reply.code(result.status === 'unchanged' ? 200 : 201).send(result);
  });

  app.post<{ Body: TextBody }>('/api/extract', {
    bodyLimit: MAX_TEXT_BYTES,
    config: options.extractRateLimit === false ? {} : { rateLimit: { max: options.extractRateLimit, timeWindow: 60_000 } },
    preValidation: refuseWrongTypes,
    schema: {
      tags: ['extract'],
      summary: 'Read one text and return its record (nothing is stored)',
      body: TEXT_BODY,
      response: {
        200: OPEN_OBJECT('The record of the output contract: people, organizations, places, quotes, quantities, dates, events'),
        400: ERROR_RESPONSE, 413: ERROR_RESPONSE, 415: ERROR_RESPONSE,
      },
    },
  }, async (request, reply) => {
    const body = request.body;
    checkText(body);
    // The record comes back from the worker as JSON bytes, passed on as they are.
    const json = await options.pool().extractJson({ text: body.text, id: body.id, date: body.date, source: body.source, title: body.title, url: body.url });
    return reply.type('application/json; charset=utf-8').send(Buffer.from(json.buffer, json.byteOffset, json.byteLength));
  });
}
