/**
 * Shapes of the JSON the HTTP API returns. The browser UI imports these as types only,
 * so the server and the page cannot drift apart silently. Rows come from the store
 * interface unchanged where they fit; the extra shapes here are what the views add.
 */
import type { Dossier } from '../dossier/types.js';
import type { QueueStatus } from '../queue/status.js';
import type { ExtractRecord } from '../record/types.js';
import type {
  ActorDetail, ActorRow, DocumentMetaRow, EventRow, FigureRow, QuoteRow, SearchHit, VersionSummary,
} from '../store/store.js';

export type { ActorDetail, ActorRow, EventRow, FigureRow, QuoteRow, SearchHit };
export type ActorType = 'person' | 'organization' | 'place';

export interface SearchResponse {
  items: SearchHit[];
  /** Opaque cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface DocumentResponse {
  id: string;
  text: string;
  meta: DocumentMetaRow;
  versions: VersionSummary[];
  record: ExtractRecord;
}

/** Why one mention was found: the stage and rule behind it (fetched after the page shows). */
export interface MentionExplanation {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  form: string;
  stage: string;
  rule: string;
}

export interface ExplainResponse {
  id: string;
  mentions: MentionExplanation[];
}

export interface ActorListResponse {
  items: ActorRow[];
  next: string | null;
}

export interface ActorResponse {
  actor: ActorDetail;
  /** Country code -> English name, for the codes on this page. */
  countryNames: Record<string, string>;
  events: EventRow[];
  quotes: QuoteRow[];
}

export interface GraphNode {
  /** Actor id at level "actor", country code at level "country". */
  id: string;
  label: string;
  country: string | null;
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  types: Record<string, number>;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphResponse {
  level: 'country' | 'actor';
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface TimelineResponse {
  a: string;
  b: string;
  events: EventRow[];
  next: string | null;
}

export interface FiguresResponse {
  points: FigureRow[];
  /** True when more rows matched than were returned. */
  truncated: boolean;
}

export interface FacetsResponse {
  documents: number;
  sources: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  countries: { value: string; name: string | null }[];
  dateRange: { from: string | null; to: string | null };
}

/** GET /api/dossier: the dossier itself (src/dossier/types.ts). */
export type DossierResponse = Dossier;
export type * from '../dossier/types.js';

/** GET /api/status: the store's counts and, on PostgreSQL, its job queue (as `readout status`). */
export interface StatusResponse {
  store: { backend: 'sqlite' | 'postgres'; location: string; documents: number; versions: number; actors: number; events: number };
  queue: QueueStatus | null;
  /** Why there is no queue to show, in words; null when `queue` is given. */
  note: string | null;
}
export type { QueueStatus };

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
}
