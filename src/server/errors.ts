import type { FastifyError, FastifyInstance } from 'fastify';
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
  415: 'Unsupported Media Type', 421: 'Misdirected Request', 500: 'Internal Server Error',
};

/** Every error leaves the server as `{statusCode, error, message}` with a message that says what to change. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = error.statusCode ?? 500;
    let message = error.message;
    if (error instanceof HttpProblem) status = error.statusCode;
    else if (error instanceof BadCursorError) status = 400;
    else if (error.validation) {
      status = 400;
      const where = error.validationContext ?? 'request';
      message = `invalid ${where}: ${error.validation.map((v) => `${v.instancePath ? v.instancePath.slice(1).replace(/\//g, '.') : where} ${v.message ?? 'is invalid'}`).join('; ')}`;
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      message = `request body is too large (limit ${Math.round((request.routeOptions.bodyLimit ?? 1_048_576) / 1024)} KB); send one document at a time`;
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      message = `content type "${request.headers['content-type'] ?? ''}" is not accepted; send JSON with "content-type: application/json"`;
    } else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      message = 'the JSON body is empty; send an object such as {"text": "..."}';
    } else if (status === 400 && error instanceof SyntaxError) {
      message = `the body is not valid JSON (${error.message})`;
    }
    if (status >= 500) {
      request.log.error(error);
      message = 'internal error; the server log has the details';
    }
    void reply.code(status).send({ statusCode: status, error: REASONS[status] ?? 'Error', message });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}; see /docs` });
  });
}
