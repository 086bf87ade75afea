import type { FastifyInstance } from 'fastify';
import { foldText } from '../../store/actor-key.js';
import type { FigureRow, Store } from '../../store/store.js';
import type { FacetsResponse, FiguresResponse } from '../api-types.js';
import { countryName } from '../countries.js';
import { CURSOR, DATE, ERROR_RESPONSE, LIMIT, OPEN_OBJECT, SHORT } from '../schemas.js';

interface FiguresQs {
  kind?: string; currency?: string; actor?: string; country?: string; from?: string; to?: string; source?: string; q?: string; limit: number;
}
interface ListQs { actor?: string; country?: string; from?: string; to?: string; source?: string; type?: string; q?: string; cursor?: string; limit: number }

/** With a text filter, figures are scanned page by page; this caps the work per request. */
const FIGURE_SCAN_LIMIT = 20_000;
const FACETS_TTL_MS = 15_000;

const LIST_QS = {
  type: 'object',
  properties: {
    actor: SHORT('Actor id or name'),
    country: SHORT('ISO3 code'),
    from: DATE,
    to: DATE,
    source: SHORT('Exact source name'),
    cursor: CURSOR,
    limit: LIMIT(500, 50),
  },
} as const;

export function factRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FiguresQs }>('/api/figures', {
    schema: {
      tags: ['facts'],
      summary: 'Figures (money, percent, ratio, count) for a chart over time',
      description: 'Each figure carries its document, offsets and the sentence around it. `q` keeps figures whose sentence contains the words.',
      querystring: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['money', 'percent', 'ratio', 'count'] },
          currency: { type: 'string', pattern: '^[A-Za-z]{3}$' },
          actor: SHORT('Only documents naming this actor (id or name)'),
          country: SHORT('Only documents naming this country code'),
          from: DATE,
          to: DATE,
          source: SHORT('Exact source name'),
          q: SHORT('Words the sentence must contain'),
          limit: LIMIT(999, 300),
        },
      },
      response: { 200: OPEN_OBJECT('`{points: FigureRow[], truncated}`'), 400: ERROR_RESPONSE },
    },
  }, async (request): Promise<FiguresResponse> => {
    const { q, limit, ...filter } = request.query;
    const words = q ? foldText(q).split(' ').filter(Boolean) : [];
    const points: FigureRow[] = [];
    let cursor: string | null = null;
    let scanned = 0;
    for (;;) {
      const page = await store.listFigures({ ...filter, cursor, limit: words.length ? 500 : limit + 1 });
      for (const f of page.items) {
        scanned++;
        if (words.length) {
          const context = foldText(f.context);
          if (!words.every((w) => context.includes(w))) continue;
        }
        points.push(f);
        if (points.length > limit) break;
      }
      cursor = page.nextCursor;
      if (!words.length || points.length > limit || !cursor || scanned >= FIGURE_SCAN_LIMIT) break;
    }
    const truncated = points.length > limit || (Boolean(cursor) && scanned >= FIGURE_SCAN_LIMIT);
    return { points: points.slice(0, limit), truncated };
  });

  app.get<{ Querystring: ListQs }>('/api/events', {
    schema: {
      tags: ['facts'],
      summary: 'Events, newest first',
      querystring: { ...LIST_QS, properties: { ...LIST_QS.properties, type: SHORT('PLOVER event type') } },
      response: { 200: OPEN_OBJECT('`{items: EventRow[], next}`'), 400: ERROR_RESPONSE },
    },
  }, async (request) => {
    const page = await store.listEvents(request.query);
    return { items: page.items, next: page.nextCursor };
  });

  app.get<{ Querystring: ListQs & { status?: 'held' | 'planned'; kind?: string } }>('/api/meetings', {
    schema: {
      tags: ['facts'],
      summary: 'Meetings, calls, visits, talks and ceremonies with their participants, newest first',
      description: '`status` is `held` or `planned` (announced, proposed or invited meetings, which did not take place).',
      querystring: {
        ...LIST_QS,
        properties: {
          ...LIST_QS.properties,
          status: { type: 'string', enum: ['held', 'planned'] },
          kind: { type: 'string', enum: ['meeting', 'call', 'visit', 'talks', 'ceremony'] },
        },
      },
      response: { 200: OPEN_OBJECT('`{items: MeetingRow[], next}`'), 400: ERROR_RESPONSE },
    },
  }, async (request) => {
    const page = await store.listMeetings(request.query);
    return { items: page.items, next: page.nextCursor };
  });

  app.get<{ Querystring: ListQs & { unattributed?: boolean } }>('/api/quotes', {
    schema: {
      tags: ['facts'],
      summary: 'Quotes with their speakers, newest first',
      description: 'The words of named people. With `unattributed=true`, the quotations given to no named person instead '
        + '(to an office whose holder is not named, a ministry, a statement, or no one): `speaker` is that office or body, or null.',
      querystring: {
        ...LIST_QS,
        properties: {
          ...LIST_QS.properties,
          q: SHORT('Words the quote must contain'),
          unattributed: { type: 'boolean', default: false, description: 'List quotations without a named speaker instead' },
        },
      },
      response: { 200: OPEN_OBJECT('`{items: QuoteRow[], next}`'), 400: ERROR_RESPONSE },
    },
  }, async (request) => {
    const { q, ...rest } = request.query;
    const page = await store.listQuotes({ ...rest, text: q });
    return { items: page.items, next: page.nextCursor };
  });

  let facets: { at: number; value: Promise<FacetsResponse> } | null = null;
  app.get('/api/facets', {
    schema: {
      tags: ['meta'],
      summary: 'Values for the search filters: sources, event types, countries, date range',
      response: { 200: OPEN_OBJECT('`{documents, sources, eventTypes, countries, dateRange}`') },
    },
  }, async (): Promise<FacetsResponse> => {
    // Counting over a large store costs a few scans; the filters can be a few seconds stale.
    if (!facets || Date.now() - facets.at > FACETS_TTL_MS) {
      const value = loadFacets(store);
      facets = { at: Date.now(), value };
      value.catch(() => {
        facets = null;
      });
    }
    return facets.value;
  });
}

async function loadFacets(store: Store): Promise<FacetsResponse> {
  const [stats, places] = await Promise.all([store.stats(), store.listActors({ kind: 'place', limit: 500 })]);
  const codes = new Set<string>();
  for (const p of places.items) if (p.country) codes.add(p.country);
  const countries = [...codes]
    .map((value) => ({ value, name: countryName(value) }))
    .sort((a, b) => (a.name ?? a.value).localeCompare(b.name ?? b.value));
  return {
    documents: stats.documents,
    sources: stats.sources.map((s) => ({ value: s.source, count: s.documents })),
    eventTypes: stats.eventTypes.map((t) => ({ value: t.type, count: t.events })),
    countries,
    dateRange: { from: stats.firstDate, to: stats.lastDate },
  };
}
