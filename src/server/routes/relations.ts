import type { FastifyInstance } from 'fastify';
import type { ActorOrCountry, Store } from '../../store/store.js';
import type { GraphNode, GraphResponse, TimelineResponse } from '../api-types.js';
import { countryName } from '../countries.js';
import { CURSOR, DATE, ERROR_RESPONSE, LIMIT, OPEN_OBJECT, SHORT } from '../schemas.js';

interface GraphQs { level: 'country' | 'actor'; type?: string; from?: string; to?: string; actor?: string; country?: string; limit: number }
interface TimelineQs { a: string; b: string; type?: string; from?: string; to?: string; cursor?: string; limit: number }

/** A timeline side: digits are a store actor id, anything else a country (or PLOVER group) code. */
export function sideOf(value: string): ActorOrCountry {
  return /^\d+$/.test(value) ? { actorId: value } : { country: value.toUpperCase() };
}

export function relationRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: GraphQs }>('/api/relations/graph', {
    schema: {
      tags: ['relations'],
      summary: 'Who met whom: nodes and weighted links',
      description: 'Links count events between two parties (source-target, or two sources of a reciprocal event). Countries or actors; filter by event type and period.',
      querystring: {
        type: 'object',
        properties: {
          level: { type: 'string', enum: ['country', 'actor'], default: 'country' },
          type: SHORT('PLOVER event type'),
          from: DATE,
          to: DATE,
          actor: SHORT('Only links touching this actor (id or name)'),
          country: SHORT('Only links touching this country code'),
          limit: LIMIT(500, 80),
        },
      },
      response: { 200: OPEN_OBJECT('`{level, nodes: [{id, label, country, weight}], edges: [{source, target, weight, types}]}`'), 400: ERROR_RESPONSE },
    },
  }, async (request): Promise<GraphResponse> => {
    const q = request.query;
    const rows = await store.relations({ level: q.level, type: q.type, from: q.from, to: q.to, actor: q.actor, country: q.country, limit: q.limit });
    const nodes = new Map<string, GraphNode>();
    const node = (n: { id: string; name: string; country: string | null }, weight: number) => {
      const existing = nodes.get(n.id);
      if (existing) existing.weight += weight;
      else nodes.set(n.id, { id: n.id, label: q.level === 'country' ? (countryName(n.id) ?? n.id) : n.name, country: n.country, weight });
    };
    const edges = rows.map((r) => {
      node(r.a, r.count);
      node(r.b, r.count);
      return {
        source: r.a.id, target: r.b.id, weight: r.count,
        types: Object.fromEntries(r.types.map((t) => [t.type, t.count])), firstDate: r.firstDate, lastDate: r.lastDate,
      };
    });
    return { level: q.level, nodes: [...nodes.values()], edges };
  });

  app.get<{ Querystring: TimelineQs }>('/api/relations/timeline', {
    schema: {
      tags: ['relations'],
      summary: 'Events between two actors or countries, newest first',
      querystring: {
        type: 'object',
        required: ['a', 'b'],
        properties: {
          a: SHORT('Actor id or country code'),
          b: SHORT('Actor id or country code'),
          type: SHORT('PLOVER event type'),
          from: DATE,
          to: DATE,
          cursor: CURSOR,
          limit: LIMIT(500, 100),
        },
      },
      response: { 200: OPEN_OBJECT('`{a, b, events: EventRow[], next}`'), 400: ERROR_RESPONSE },
    },
  }, async (request): Promise<TimelineResponse> => {
    const q = request.query;
    const page = await store.eventsBetween(sideOf(q.a), sideOf(q.b), { type: q.type, from: q.from, to: q.to, cursor: q.cursor, limit: q.limit });
    return { a: q.a, b: q.b, events: page.items, next: page.nextCursor };
  });
}
