import type { MeetingFilter, MeetingRow } from './meetings.js';
/**
 * The one store interface. The CLI, the HTTP API and the benchmarks go through it;
 * SQLite (embedded, default) and PostgreSQL implement it with the same code over Kysely.
 *
 * Model:
 * - A document is a stable identity (its URL, its input id, or its content hash). Each
 *   distinct text seen for it is a version; versions are never deleted.
 * - Every version keeps its text and the ExtractRecord produced for it. Derived rows
 *   (actors, quotes, figures, events) exist for the CURRENT version of each document
 *   only, so listings never count an old version twice; `reprocess` rebuilds them.
 * - Actors are cross-document: the same person in many documents is one actor.
 *
 * All list methods page with keyset cursors (opaque strings): pass `nextCursor` back
 * as `cursor` to get the next page. Ids are strings in every public type.
 */
import type { RecordJson } from '../record/record-json.js';
import type { ExtractRecord } from '../record/types.js';

// ---------------------------------------------------------------- documents

export interface PutDocumentInput {
  /** The text exactly as annotated (the record's offsets point into it). */
  text: string;
  record: ExtractRecord;
  /** Public id wished for (input id, file name). Falls back to the content hash. */
  id?: string | null;
  /**
   * Stable identity across versions: a page URL, or a synthetic key such as
   * "file:/abs/path" or "id:<input id>". Null means "the content hash is the key".
   */
  key?: string | null;
  url?: string | null;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  /** What the text came from ("file", "jsonl", "html", "feed", "stdin", ...). */
  origin?: string | null;
  pipelineVersion: string;
  /**
   * `record` as JSON text, when the caller has it already (an extraction thread sends its
   * record as text): stored as it is when the record's id is the document's, instead of
   * being written out again. Must be exactly `JSON.stringify(record)`.
   */
  recordJson?: RecordJson | null;
  /** contentHash(text), when the caller worked it out already (hashing a long text twice costs). */
  hash?: string | null;
}

export type PutStatus = 'new' | 'unchanged' | 'updated';

export interface PutResult {
  status: PutStatus;
  documentId: string;
  /** 1 for a new document; grows by one for each changed text under the same key. */
  version: number;
  versionId: string;
}

/** The result of one input of `putDocuments`: stored, or why not. */
export type PutOutcome = PutResult | { status: 'failed'; error: string };

export interface DocumentMetaRow {
  id: string;
  version: number;
  versionId: string;
  hash: string;
  key: string;
  url: string | null;
  title: string | null;
  date: string | null;
  source: string | null;
  origin: string | null;
  ingestedAt: string;
  pipelineVersion: string;
  chars: number;
}

export interface VersionSummary {
  version: number;
  versionId: string;
  hash: string;
  ingestedAt: string;
  chars: number;
}

export interface StoredDocument {
  meta: DocumentMetaRow;
  text: string;
  record: ExtractRecord;
  /** Every version of the document, oldest first. */
  versions: VersionSummary[];
}

// ---------------------------------------------------------------- filters and pages

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null when this was the last page. */
  nextCursor: string | null;
}

export interface CommonFilter {
  /** Actor id, or a name matched against known actors (case, diacritics and transliteration folded). */
  actor?: string | null;
  /** ISO3 (or PLOVER IGO code) of any actor/place involved. */
  country?: string | null;
  /** Inclusive YYYY-MM-DD bounds on the fact's date (event date, else document date). */
  from?: string | null;
  to?: string | null;
  /** Document source (the "Source:" of the header, the feed title, ...), exact match. */
  source?: string | null;
  documentId?: string | null;
  limit?: number;
  cursor?: string | null;
}

export interface SearchQuery extends CommonFilter {
  /** Full-text query; empty or missing lists documents newest first. */
  text?: string | null;
  /** Only documents with at least one event of this PLOVER type. */
  eventType?: string | null;
}

export interface SearchHit {
  id: string;
  version: number;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  /** A short piece of text around the first match (or the opening lines). */
  snippet: string;
  counts: { people: number; events: number; quotes: number; figures: number };
}

// ---------------------------------------------------------------- actors

export type ActorKind = 'person' | 'organization' | 'place';

export interface ActorRow {
  id: string;
  kind: ActorKind;
  name: string;
  country: string | null;
  sector: string | null;
  /** Title in the latest dated document that gives one. */
  title: string | null;
  documents: number;
  mentions: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface ActorRole {
  title: string;
  /** First and last document date this title was seen with. */
  from: string | null;
  to: string | null;
  documents: number;
}

export interface ActorDetail extends ActorRow {
  /** Every spelling seen, most frequent first. */
  names: { name: string; documents: number }[];
  roles: ActorRole[];
  countries: { country: string; documents: number }[];
  /** Recent documents mentioning the actor, newest first. */
  recentDocuments: { id: string; title: string | null; date: string | null; titleInDocument: string | null }[];
}

export interface ActorFilter {
  /** Substring of the name (folded). */
  name?: string | null;
  kind?: ActorKind | null;
  country?: string | null;
  limit?: number;
  cursor?: string | null;
}

// ---------------------------------------------------------------- facts

export interface EventParty {
  actorId: string | null;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface EventRow {
  id: string;
  documentId: string;
  /** Event date, else the document date. */
  date: string | null;
  type: string;
  mode: string | null;
  trigger: string;
  cameo: string | null;
  source: EventParty[];
  target: EventParty[];
  /** The sentence the event was coded from. */
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

export interface EventFilter extends CommonFilter {
  type?: string | null;
  mode?: string | null;
}

export interface QuoteRow {
  id: string;
  documentId: string;
  date: string | null;
  speaker: string | null;
  speakerActorId: string | null;
  text: string;
  start: number;
  end: number;
}

export interface QuoteFilter extends CommonFilter {
  /** Words that must appear in the quote (case-insensitive substring). */
  text?: string | null;
  /**
   * List the quotations given to no named person instead (to an office whose holder is not
   * named, a ministry, a statement, or no one); `speaker` is then that office or body, or null.
   */
  unattributed?: boolean;
}

export interface FigureRow {
  id: string;
  documentId: string;
  date: string | null;
  kind: string;
  text: string;
  value: number;
  currency: string | null;
  unit: string | null;
  qualifier: string | null;
  start: number;
  end: number;
  /** The sentence (or line) around the figure, for context. */
  context: string;
}

export interface FigureFilter extends CommonFilter {
  kind?: string | null;
  currency?: string | null;
  min?: number | null;
  max?: number | null;
}

export interface RelationFilter {
  /** 'actor' links actors; 'country' links the countries of the parties. */
  level?: 'actor' | 'country';
  type?: string | null;
  actor?: string | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
  /** Most frequent pairs first; default 200. */
  limit?: number;
}

export interface RelationNode {
  /** Actor id, or the country code at level 'country'. */
  id: string;
  name: string;
  country: string | null;
}

export interface RelationRow {
  a: RelationNode;
  b: RelationNode;
  count: number;
  /** Event types seen between the pair, most frequent first. */
  types: { type: string; count: number }[];
  firstDate: string | null;
  lastDate: string | null;
}

/** One side of `eventsBetween`: an actor or a country. */
export type ActorOrCountry = { actorId: string } | { country: string };

// ---------------------------------------------------------------- reprocess, stats

export interface VersionForReprocess {
  versionId: string;
  documentId: string;
  text: string;
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  pipelineVersion: string;
}

export interface StoreStats {
  backend: 'sqlite' | 'postgres';
  location: string;
  documents: number;
  versions: number;
  actors: number;
  events: number;
  /** Quotations given to a named person. */
  quotes: number;
  /** Quotations the record gives to no named person (kept apart, see `unattributed_quotes`). */
  unattributedQuotes: number;
  figures: number;
  sources: { source: string; documents: number }[];
  eventTypes: { type: string; events: number }[];
  pipelineVersions: { pipelineVersion: string; documents: number }[];
  firstDate: string | null;
  lastDate: string | null;
}

// ---------------------------------------------------------------- the interface

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  /** Path or connection string, with any password removed. */
  readonly location: string;

  /** Creates or upgrades the schema; safe to call every time. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /**
   * The current version holding exactly this text (contentHash of src/extract.ts), if any:
   * lets ingest skip the pipeline for texts it already has.
   */
  findVersion(hash: string): Promise<PutResult | null>;
  /** findVersion for many texts at once: the current version of each hash found, by hash. */
  findVersions(hashes: readonly string[]): Promise<Map<string, PutResult>>;
  /** Stores one document version and its derived rows in one transaction. */
  putDocument(input: PutDocumentInput): Promise<PutResult>;
  /**
   * Stores many documents in one transaction, in order (a later input sees what an earlier one
   * stored). If the batch cannot be written, each input is tried alone, so one bad document
   * fails alone.
   */
  putDocuments(inputs: readonly PutDocumentInput[]): Promise<PutOutcome[]>;
  /** The current version, or the numbered one. */
  getDocument(id: string, version?: number): Promise<StoredDocument | null>;

  search(query: SearchQuery): Promise<Page<SearchHit>>;

  listActors(filter?: ActorFilter): Promise<Page<ActorRow>>;
  getActor(id: string): Promise<ActorDetail | null>;

  listEvents(filter?: EventFilter): Promise<Page<EventRow>>;
  /** Meetings, calls, visits, talks and ceremonies with their parties (held or planned). */
  listMeetings(filter?: MeetingFilter): Promise<Page<MeetingRow>>;
  listQuotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  listFigures(filter?: FigureFilter): Promise<Page<FigureRow>>;
  relations(filter?: RelationFilter): Promise<RelationRow[]>;
  eventsBetween(a: ActorOrCountry, b: ActorOrCountry, filter?: EventFilter): Promise<Page<EventRow>>;

  /** Streams every matching row (newest first), fetching in chunks: flat memory for any corpus. */
  iterateEvents(filter?: EventFilter): AsyncIterable<EventRow>;
  iterateQuotes(filter?: QuoteFilter): AsyncIterable<QuoteRow>;
  iterateFigures(filter?: FigureFilter): AsyncIterable<FigureRow>;
  iterateDocuments(query?: SearchQuery): AsyncIterable<StoredDocument>;

  /** Current versions whose derived rows came from another pipeline version (all with `all`). */
  versionsToReprocess(pipelineVersion: string, options?: { all?: boolean; chunk?: number }): AsyncIterable<VersionForReprocess>;
  /** Replaces the record and derived rows of one version (one transaction). */
  replaceRecord(versionId: string, record: ExtractRecord, pipelineVersion: string): Promise<void>;

  stats(): Promise<StoreStats>;
}
