import type {
  ActorListResponse, ActorResponse, DocumentResponse, DossierResponse, ExplainResponse, FacetsResponse, FiguresResponse,
  GraphResponse, PartyCandidate, SearchResponse, StatusResponse, TimelineResponse,
} from '../../src/server/api-types.js';

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string, readonly candidates: PartyCandidate[] = [], readonly party: string | null = null) {
    super(message);
    this.name = 'ApiFailure';
  }
}

type Query = Record<string, string | number | null | undefined>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function getJson<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  const res = await fetch(withQuery(path, query), { signal, headers: { accept: 'application/json' } });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    let candidates: PartyCandidate[] = [];
    let party: string | null = null;
    try {
      const body = (await res.json()) as { message?: string; candidates?: PartyCandidate[]; party?: string };
      if (body.message) message = body.message;
      if (Array.isArray(body.candidates)) candidates = body.candidates;
      if (typeof body.party === 'string') party = body.party;
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiFailure(res.status, message, candidates, party);
  }
  return (await res.json()) as T;
}

export const api = {
  search: (q: Query, signal?: AbortSignal) => getJson<SearchResponse>('/api/documents', q, signal),
  document: (id: string, signal?: AbortSignal) => getJson<DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`, {}, signal),
  explain: (id: string, signal?: AbortSignal) => getJson<ExplainResponse>(`/api/documents/${encodeURIComponent(id)}/explain`, {}, signal),
  actors: (q: Query, signal?: AbortSignal) => getJson<ActorListResponse>('/api/actors', q, signal),
  actor: (key: string, signal?: AbortSignal) => getJson<ActorResponse>(`/api/actors/${encodeURIComponent(key)}`, {}, signal),
  graph: (q: Query, signal?: AbortSignal) => getJson<GraphResponse>('/api/relations/graph', q, signal),
  timeline: (q: Query, signal?: AbortSignal) => getJson<TimelineResponse>('/api/relations/timeline', q, signal),
  figures: (q: Query, signal?: AbortSignal) => getJson<FiguresResponse>('/api/figures', q, signal),
  facets: (signal?: AbortSignal) => getJson<FacetsResponse>('/api/facets', {}, signal),
  dossier: (q: Query, signal?: AbortSignal) => getJson<DossierResponse>('/api/dossier', q, signal),
  status: (signal?: AbortSignal) => getJson<StatusResponse>('/api/status', {}, signal),
};
