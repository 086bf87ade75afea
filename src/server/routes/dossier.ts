import type { FastifyInstance } from 'fastify';
import { buildDossier, DossierInputError, PartyError } from '../../dossier/index.js';
import type { Store } from '../../store/store.js';
import type { DossierResponse } from '../api-types.js';
import { DATE, OPEN_OBJECT } from '../schemas.js';

interface DossierQs { a: string; b: string; from?: string; to?: string }

const PARTY = (description: string) => ({ type: 'string', minLength: 1, maxLength: 200, description }) as const;

/** A 400 or 404 that lists what an ambiguous or unknown name could mean, and what to send instead. */
const PARTY_PROBLEM = {
  description: 'A party name that fits several parties (400) or none (404), with the readings to choose from',
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
    party: { type: 'string' },
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string' }, name: { type: 'string' }, country: { type: ['string', 'null'] },
          choose: { type: 'string' }, documents: { type: ['integer', 'null'] },
        },
      },
    },
  },
} as const;

export function dossierRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: DossierQs }>('/api/dossier', {
    schema: {
      tags: ['relations'],
      summary: 'Relation dossier: everything between two parties over time',
      description:
        'Timeline of meetings, calls, visits, agreements and other events between the two (newest first); figure series with each figure at the period it refers to, '
        + 'conflicting reports side by side and derived values apart; commitments with a status decided from later documents and the rule that decided it; '
        + 'quotes by each side about the other. A party is a country (name or ISO code), region, city, person or organisation; '
        + 'prefix "region:", "city:", "country:", "person:" or "actor:ID" to choose among readings. `from`/`to` limit what is shown; statuses still read later documents.',
      querystring: {
        type: 'object',
        required: ['a', 'b'],
        properties: { a: PARTY('First party'), b: PARTY('Second party'), from: DATE, to: DATE },
      },
      response: {
        200: OPEN_OBJECT('`{a, b, from, to, documents, corpusUntil, timeline, figures, commitments, voices, notes}`: see src/dossier/types.ts'),
        400: PARTY_PROBLEM,
        404: PARTY_PROBLEM,
      },
    },
  }, async (request, reply): Promise<DossierResponse | undefined> => {
    const q = request.query;
    try {
      return await buildDossier(store, q.a, q.b, { from: q.from ?? null, to: q.to ?? null });
    } catch (error) {
      if (error instanceof PartyError) {
        const status = error.reason === 'unknown' ? 404 : 400;
        await reply.code(status).send({
          statusCode: status, error: status === 404 ? 'Not Found' : 'Bad Request', message: error.message, party: error.input, candidates: error.candidates,
        });
        return undefined;
      }
      if (error instanceof DossierInputError) {
        await reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: error.message });
        return undefined;
      }
      throw error;
    }
  });
}

