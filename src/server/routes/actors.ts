import type { FastifyInstance } from 'fastify';
import { foldText } from '../../store/actor-key.js';
import type { ActorKind, ActorRow, Store } from '../../store/store.js';
import type { ActorListResponse, ActorResponse } from '../api-types.js';
import { parseActorKey } from '../actor-key.js';
import { countryNames } from '../countries.js';
import { HttpProblem } from '../errors.js';
import { CURSOR, ERROR_RESPONSE, LIMIT, OPEN_OBJECT, SHORT } from '../schemas.js';

/**
 * The document view links by type and name, since record actor ids are per document.
 * Find the store actor: the exact folded name first, then the best-known actor sharing
 * the surname (the store merges romanisations such as Aleksandr/Alexander).
 */
export async function resolveActorKey(store: Store, key: string): Promise<string | null> {
  if (/^\d+$/.test(key)) return key;
  const parsed = parseActorKey(key);
  if (!parsed) return null;
  const wanted = foldText(parsed.name);
  if (!wanted) return null;
  const pick = (rows: ActorRow[]) => rows.find((r) => foldText(r.name) === wanted) ?? null;
  const byName = await store.listActors({ name: parsed.name, kind: parsed.type as ActorKind, limit: 50 });
  const exact = pick(byName.items);
  if (exact) return exact.id;
  if (parsed.type === 'person') {
    const surname = wanted.split(' ').pop()!;
    const bySurname = await store.listActors({ name: surname, kind: 'person', limit: 50 });
    for (const row of bySurname.items) {
      const detail = await store.getActor(row.id);
      if (detail?.names.some((n) => foldText(n.name) === wanted)) return row.id;
    }
  }
  return byName.items[0]?.id ?? null;
}

export function actorRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { q?: string; type?: ActorKind; country?: string; cursor?: string; limit: number } }>('/api/actors', {
    schema: {
      tags: ['actors'],
      summary: 'List actors (people, organisations, places), most documents first',
      querystring: {
        type: 'object',
        properties: {
          q: SHORT('Part of the name'),
          type: { type: 'string', enum: ['person', 'organization', 'place'] },
          country: SHORT('ISO3 code'),
          cursor: CURSOR,
          limit: LIMIT(500, 50),
        },
      },
      response: { 200: OPEN_OBJECT('`{items: ActorRow[], next}`'), 400: ERROR_RESPONSE },
    },
  }, async (request): Promise<ActorListResponse> => {
    const q = request.query;
    const page = await store.listActors({ name: q.q, kind: q.type, country: q.country, cursor: q.cursor, limit: q.limit });
    return { items: page.items, next: page.nextCursor };
  });

  app.get<{ Params: { key: string } }>('/api/actors/:key', {
    schema: {
      tags: ['actors'],
      summary: 'One actor: roles, countries, documents, events and quotes',
      description: 'The key is a store actor id, or "person:NAME" / "organization:NAME" / "place:NAME".',
      params: { type: 'object', required: ['key'], properties: { key: { type: 'string', minLength: 1, maxLength: 300 } } },
      response: { 200: OPEN_OBJECT('`{actor, countryNames, events, quotes}`'), 404: ERROR_RESPONSE },
    },
  }, async (request): Promise<ActorResponse> => {
    const id = await resolveActorKey(store, request.params.key);
    const actor = id ? await store.getActor(id) : null;
    if (!id || !actor) throw new HttpProblem(404, `no actor "${request.params.key}"`);
    const [events, quotes] = await Promise.all([
      store.listEvents({ actor: id, limit: 200 }),
      store.listQuotes({ actor: id, limit: 100 }),
    ]);
    const codes = [actor.country, ...actor.countries.map((c) => c.country)];
    for (const e of events.items) for (const p of [...e.source, ...e.target]) codes.push(p.country);
    return { actor, countryNames: countryNames(codes), events: events.items, quotes: quotes.items };
  });
}
