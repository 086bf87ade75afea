/**
 * Shapes of the JSON the HTTP API returns. The browser UI imports these as types only,
 * so the server and the page cannot drift apart silently.
 */
import type { ExtractRecord } from '../record/types.js';

export type ActorType = 'person' | 'organization' | 'place';

export interface DocumentSummary {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  /** The first words of the body (or the words around a text match), as plain text. */
  snippet: string;
  counts: { people: number; organizations: number; places: number; quotes: number; quantities: number; events: number };
}

export interface SearchResponse {
  items: DocumentSummary[];
  /** Opaque cursor for the next page, or null on the last page. */
  next: string | null;
}

export interface DocumentResponse {
  id: string;
  text: string;
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

export interface ActorSummary {
  /** Stable key across documents: type plus normalised name. */
  key: string;
  name: string;
  type: ActorType;
  country: string | null;
  documents: number;
}

export interface ActorListResponse {
  items: ActorSummary[];
}

export interface EventItem {
  docId: string;
  docDate: string | null;
  docTitle: string | null;
  date: string | null;
  type: string;
  mode: string | null;
  trigger: string;
  source: { name: string; country: string | null; key: string }[];
  target: { name: string; country: string | null; key: string }[];
  /** The sentence the event was read from. */
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

export interface QuoteItem {
  docId: string;
  docDate: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ActorResponse {
  key: string;
  name: string;
  type: ActorType;
  titles: { value: string; count: number }[];
  countries: { value: string; name: string | null; count: number }[];
  sectors: { value: string; count: number }[];
  documents: { id: string; date: string | null; title: string | null }[];
  events: EventItem[];
  quotes: QuoteItem[];
}

export interface GraphNode {
  id: string;
  label: string;
  /** "country" nodes are ISO codes; "actor" nodes are actor keys. */
  kind: 'country' | 'actor';
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  weight: number;
  types: Record<string, number>;
}

export interface GraphResponse {
  level: 'country' | 'actor';
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface TimelineResponse {
  a: string;
  b: string;
  events: EventItem[];
}

export interface FigurePoint {
  docId: string;
  date: string | null;
  kind: string;
  value: number;
  currency: string | null;
  unit: string | null;
  text: string;
  sentence: string;
  start: number;
  end: number;
}

export interface FiguresResponse {
  points: FigurePoint[];
}

export interface FacetsResponse {
  documents: number;
  sources: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  countries: { value: string; name: string | null; count: number }[];
  dateRange: { from: string | null; to: string | null };
}

export interface ApiError {
  error: string;
  message: string;
  statusCode: number;
}
