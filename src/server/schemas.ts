/**
 * JSON schemas shared by the routes. Fastify validates requests against them (reporting
 * every problem at once) and @fastify/swagger turns them into /openapi.json.
 */
/** A day of the calendar: the pattern says YYYY-MM-DD, the format refuses 2023-13-45 and 2023-02-30. */
export const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'YYYY-MM-DD' } as const;
export const CURSOR = { type: 'string', maxLength: 200, description: 'The `next` value of the previous page' } as const;
export const LIMIT = (max: number, dflt: number) => ({ type: 'integer', minimum: 1, maximum: max, default: dflt }) as const;
export const SHORT = (description: string) => ({ type: 'string', maxLength: 200, description }) as const;

/** Responses carry store rows and records whose fields grow over time: documented, not trimmed. */
export const OPEN_OBJECT = (description: string) => ({ description, type: 'object', additionalProperties: true }) as const;

export const ERROR_RESPONSE = {
  description: 'A problem with the request',
  type: 'object',
  properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const ID_PARAM = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
} as const;
