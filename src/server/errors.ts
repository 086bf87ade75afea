import type { FastifyError, FastifyInstance } from 'fastify';
import { ExtractTimeoutError, PoolBusyError, WorkerStoppedError } from '../ingest/extract-pool.js';
import { BadCursorError } from '../store/cursor.js';

/** A request the server understood but cannot answer (unknown id, bad combination of filters). */
export class HttpProblem extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'HttpProblem';
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 421: 'Misdirected Request', 422: 'Unprocessable Content', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** An error reply is a sentence, never a copy of what was sent: a 1 MB request gets a short answer. */
const MAX_MESSAGE_CHARS = 1000;

/** A value from the request shown inside a message, cut short and on one line. */
export function clip(value: string, max = 60): string {
  const one = value.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

function capped(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
}

/** Where the JSON parser gave up, from its message, without repeating any of the body. */
function jsonPosition(message: string): string {
  const m = /position (\d+)/.exec(message) ?? /line (\d+) column (\d+)/.exec(message);
  if (!m) return '';
  return m.length === 3 ? ` at line ${m[1]}, column ${m[2]}` : ` at character ${m[1]}`;
}

export interface ErrorHandlerOptions {
  /** Whether errors reach a log someone can read (the 500 message says so only when true). */
  logged: boolean;
}

/** Every error leaves the server as `{statusCode, error, message}` with a message that says what to change. */
export function installErrorHandlers(app: FastifyInstance, options: ErrorHandlerOptions = { logged: false }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = error.statusCode ?? 500;
    let message = error.message;
    if (error instanceof HttpProblem) status = error.statusCode;
    else if (error instanceof BadCursorError) status = 400;
    else if (error instanceof ExtractTimeoutError || error instanceof WorkerStoppedError) status = 422;
    else if (error instanceof PoolBusyError) {
      status = 503;
      void reply.header('retry-after', String(error.retryAfterSeconds));
    } else if (error.validation) {
      status = 400;
      const where = error.validationContext ?? 'request';
      const data = (where === 'querystring' ? request.query : where === 'body' ? request.body : where === 'params' ? request.params : undefined) as
        Record<string, unknown> | undefined;
      message = `invalid ${where}: ${error.validation.map((v) => {
        const field = v.instancePath ? clip(v.instancePath.slice(1).replace(/\//g, '.')) : where;
        if (v.keyword === 'format' && (v.params as { format?: string }).format === 'date') {
          const value = data && typeof data === 'object' ? data[v.instancePath.slice(1)] : undefined;
          return `${field}${typeof value === 'string' ? ` "${clip(value, 20)}"` : ''} is not a day of the calendar; give a real date as YYYY-MM-DD`;
        }
        return `${field} ${v.message ?? 'is invalid'}`;
      }).join('; ')}`;
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      message = `request body is too large (limit ${Math.round((request.routeOptions.bodyLimit ?? 1_048_576) / 1024)} KB); send one document at a time`;
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      message = `content type "${clip(request.headers['content-type'] ?? '')}" is not accepted; send JSON with "content-type: application/json"`;
    } else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      message = 'the JSON body is empty; send an object such as {"text": "..."}';
    } else if (status === 400 && /forbidden prototype property|prototype property/i.test(error.message)) {
      // secure-json-parse refuses "__proto__" and "constructor.prototype" keys (prototype poisoning).
      message = 'the JSON body holds a forbidden key ("__proto__" or "constructor.prototype"); remove it and send the document again';
    } else if (status === 400 && (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')) {
      message = `the body is not valid JSON${jsonPosition(error.message)}; send an object such as {"text": "..."}`;
    }
    if (status >= 500 && !(error instanceof PoolBusyError)) {
      request.log.error({ err: error }, 'request failed');
      message = options.logged
        ? `internal error; the server log has the details under request id ${request.id}`
        : `internal error (request id ${request.id}); this server keeps no log: restart it with --log-level error or more to record the details`;
    }
    void reply.code(status).send({ statusCode: status, error: REASONS[status] ?? 'Error', message: capped(message) });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${clip(request.url.split('?')[0] ?? '', 200)}; see /docs` });
  });
}
