/**
 * The Store over Kysely: one implementation for SQLite and PostgreSQL. The few places
 * where the two differ (full-text search, id columns) branch on `backend`.
 */
import SqliteDatabase from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type SqlBool, type Expression } from 'kysely';
import type { ExtractRecord } from '../record/types.js';
import { SEGMENT_CHARS } from '../record/segments.js';
import { readRecordJson } from './record-parts.js';
import { foldText } from './actor-key.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { migrate, type Backend, type Database } from './schema.js';
import { makeSnippet } from './text-bits.js';
import type {
  ActorDetail, ActorFilter, ActorKind, ActorOrCountry, ActorRow, EventFilter, EventParty, EventRow,
  FigureFilter, FigureRow, Page, PutDocumentInput, PutOutcome, PutResult, QuoteFilter, QuoteRow, RelationFilter,
  RelationRow, SearchHit, SearchQuery, Store, StoreStats, StoredDocument, VersionForReprocess,
} from './store.js';
import { putDocumentsIn, replaceRecordIn } from './write-documents.js';
import { PG_WRITERS, WriteGate } from './write-gate.js';
import { listMeetings, type MeetingFilter, type MeetingRow } from './meetings.js';
import { BusyError, SQLITE_BUSY_MS, writeTransaction, type WriteContext, type WriteOptions, type WriteTx } from './write-tx.js';
import { BACKSTOP_PAGES, Checkpointer } from './checkpointer.js';

export { eventPairs } from './derived.js';

/** A text long enough to be read in parts is written with a small SQLite cache (see writeTransaction). */
const isLargeText = (text: string): boolean => text.length > SEGMENT_CHARS;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;
const CHUNK = 500;

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const orNull = (s: string): string | null => (s === '' ? null : s);
const clampLimit = (n: number | undefined): number => Math.max(1, Math.min(MAX_LIMIT, Math.floor(n ?? DEFAULT_LIMIT)));

/** Turns free text into an FTS5 query: every word (or "quoted phrase") must appear, unless joined by OR. */
export function ftsQuery(text: string): string {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = (m[1] ?? m[2] ?? '').replace(/"/g, '');
    // An upper-case OR between terms keeps its meaning (as in web search boxes).
    if (m[2] === 'OR') {
      if (parts.length > 0 && parts[parts.length - 1] !== 'OR') parts.push('OR');
      continue;
    }
    const words = raw.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    parts.push(`"${words.join(' ')}"`);
  }
  if (parts[parts.length - 1] === 'OR') parts.pop();
  return parts.join(' ');
}

export class SqlStore implements Store {
  readonly backend: Backend;
  readonly location: string;
  readonly db: Kysely<Database>;
  /** SQLite: the connection under Kysely, for the write path's prepared statements. */
  private readonly raw: BetterSqlite3.Database | null;

  constructor(db: Kysely<Database>, backend: Backend, location: string, raw: BetterSqlite3.Database | null = null) {
    this.db = db;
    this.backend = backend;
    this.location = location;
    this.raw = raw;
    if (backend === 'sqlite' && !raw) throw new Error('a SQLite store needs its connection');
    if (backend === 'postgres') this.writeGate = new WriteGate(PG_WRITERS);
    if (raw && !raw.readonly && !raw.memory) {
      this.checkpointer = new Checkpointer(
        location,
        () => raw.open && raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`),
        () => raw.open && raw.pragma('wal_autocheckpoint = 1000'),
      );
    }
  }

  /** SQLite: checkpoints of the write-ahead log on a thread of their own, once something is written. */
  private readonly checkpointer: Checkpointer | null = null;

  /** PostgreSQL: writes at once, at most half the pool (see write-gate.ts); SQLite has one writer anyway. */
  private readonly writeGate: WriteGate | null = null;

  /** One write transaction; on SQLite the log is then checkpointed off this thread. */
  private async write<T>(fn: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    const run = () => writeTransaction(this.writeContext(), fn, options);
    const result = await (this.writeGate ? this.writeGate.run(run) : run());
    this.checkpointer?.nudge();
    return result;
  }

  async migrate(): Promise<void> {
    await migrate(this.db, this.backend);
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    this.lookupStatement = null;
    if (this.lookup) this.lookup.close();
    this.lookup = null;
    if (this.backend === 'sqlite') {
      // Lets SQLite refresh its planner statistics when they are stale (cheap when they are not).
      await sql`PRAGMA optimize`.execute(this.db).catch(() => undefined);
    }
    await this.db.destroy();
  }

  // ------------------------------------------------------------ documents

  /**
   * SQLite: a second connection to the same file for the look-up of stored texts. Ingest asks
   * once per input, mostly while its previous batch is being written on the store's own
   * connection; there the question waited for the whole write (it must not see rows not yet
   * committed), and so did the document's extraction. In WAL mode this connection reads the
   * last commit at once, without waiting. Null for a store in memory or opened read-only.
   */
  private lookup: BetterSqlite3.Database | null | undefined;
  private lookupStatement: BetterSqlite3.Statement | null = null;

  private lookupConnection(): BetterSqlite3.Database | null {
    if (this.lookup !== undefined) return this.lookup;
    const raw = this.raw;
    this.lookup = null;
    if (!raw || raw.readonly || raw.memory || !raw.open) return null;
    try {
      const db = new SqliteDatabase(this.location, { fileMustExist: true });
      db.pragma(`busy_timeout = ${SQLITE_BUSY_MS}`);
      db.pragma('query_only = 1');
      this.lookup = db;
    } catch {
      // Cannot open a second connection here: the store's own connection answers.
    }
    return this.lookup;
  }

  async findVersion(hash: string): Promise<PutResult | null> {
    const raw = this.raw;
    if (raw) {
      // Asked once per input of an ingest: a prepared statement, not a query built each time.
      const sql = 'SELECT id, document_id, version FROM document_versions WHERE hash = ? AND is_current = 1 LIMIT 1';
      const ask = (stmt: BetterSqlite3.Statement) => {
        const found = stmt.get(hash) as { id: number; document_id: string; version: number } | undefined;
        return found ? { status: 'unchanged' as const, documentId: found.document_id, version: found.version, versionId: String(found.id) } : null;
      };
      const lookup = this.lookupConnection();
      if (lookup) return ask((this.lookupStatement ??= lookup.prepare(sql)));
      // On the store's own connection, a question asked while a transaction holds it waits for
      // the connection like any read, so it never sees rows not yet committed.
      return raw.inTransaction ? this.db.connection().execute(async () => ask(raw.prepare(sql))) : ask(raw.prepare(sql));
    }
    const row = await this.db
      .selectFrom('document_versions')
      .select(['id', 'document_id', 'version'])
      .where('hash', '=', hash)
      .where('is_current', '=', 1)
      .limit(1)
      .executeTakeFirst();
    return row ? { status: 'unchanged', documentId: row.document_id, version: row.version, versionId: String(row.id) } : null;
  }

  async findVersions(hashes: readonly string[]): Promise<Map<string, PutResult>> {
    const out = new Map<string, PutResult>();
    if (this.raw) {
      // A prepared statement per text costs SQLite less than a list.
      for (const hash of hashes) {
        const found = await this.findVersion(hash);
        if (found) out.set(hash, found);
      }
      return out;
    }
    // PostgreSQL: one round trip for the lot.
    const unique = [...new Set(hashes)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.db
        .selectFrom('document_versions')
        .select(['id', 'document_id', 'version', 'hash'])
        .where('hash', '=', sql<string>`ANY(${unique.slice(i, i + 500)}::text[])`)
        .where('is_current', '=', 1)
        .execute();
      for (const row of rows) {
        if (!out.has(row.hash)) out.set(row.hash, { status: 'unchanged', documentId: row.document_id, version: row.version, versionId: String(row.id) });
      }
    }
    return out;
  }

  async putDocument(input: PutDocumentInput): Promise<PutResult> {
    const [result] = await this.write((tx) => putDocumentsIn(tx, [input]), { large: isLargeText(input.text) });
    return result!;
  }

  async putDocuments(inputs: readonly PutDocumentInput[]): Promise<PutOutcome[]> {
    if (inputs.length === 0) return [];
    try {
      return await this.write((tx) => putDocumentsIn(tx, inputs), { large: inputs.some((i) => isLargeText(i.text)) });
    } catch (error) {
      if (inputs.length === 1 || error instanceof BusyError) {
        const message = messageOf(error);
        return inputs.map(() => ({ status: 'failed', error: message }));
      }
    }
    // The batch failed as a whole: each input alone, so only the one at fault fails.
    const out: PutOutcome[] = [];
    for (const input of inputs) {
      try {
        out.push(await this.putDocument(input));
      } catch (error) {
        out.push({ status: 'failed', error: messageOf(error) });
      }
    }
    return out;
  }

  private writeContext(): WriteContext {
    return { backend: this.backend, db: this.db, raw: this.raw, location: this.location };
  }

  async getDocument(id: string, version?: number): Promise<StoredDocument | null> {
    const doc = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!doc) return null;
    const v = await this.db
      .selectFrom('document_versions')
      .selectAll()
      .where('document_id', '=', id)
      .where('version', '=', version ?? doc.current_version)
      .executeTakeFirst();
    if (!v) return null;
    const versions = await this.db
      .selectFrom('document_versions')
      .select(['version', 'id', 'hash', 'ingested_at', 'chars'])
      .where('document_id', '=', id)
      .orderBy('version')
      .execute();
    return {
      meta: {
        id, version: v.version, versionId: String(v.id), hash: v.hash, key: doc.key, url: v.url, title: v.title, date: v.date,
        source: v.source, origin: v.origin, ingestedAt: v.ingested_at, pipelineVersion: v.pipeline_version, chars: v.chars,
      },
      text: v.text,
      record: JSON.parse(await readRecordJson(this.db, num(v.id), v.record)) as ExtractRecord,
      versions: versions.map((r) => ({ version: r.version, versionId: String(r.id), hash: r.hash, ingestedAt: r.ingested_at, chars: r.chars })),
    };
  }

  // ------------------------------------------------------------ filters

  /** Actor id, or a name: every actor whose folded name contains the folded words. */
  private async actorIds(actor: string): Promise<number[]> {
    if (/^\d+$/.test(actor)) return [Number(actor)];
    const fold = foldText(actor);
    if (!fold) return [];
    const rows = await this.db
      .selectFrom('actors')
      .select('id')
      .where('fold', 'like', `%${fold.replace(/[%_]/g, '')}%`)
      .where('documents', '>', 0)
      .orderBy('documents', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => num(r.id));
  }

  private cursorWhere(cursor: string | null | undefined, table: string): Expression<SqlBool> | null {
    if (!cursor) return null;
    const c = decodeCursor(cursor);
    return sql<SqlBool>`(${sql.ref(`${table}.sort_date`)}, ${sql.ref(`${table}.id`)}) < (${c.d}, ${c.id})`;
  }

  private page<T>(rows: T[], limit: number, key: (row: T) => { d: string; id: number }): Page<T> {
    if (rows.length <= limit) return { items: rows, nextCursor: null };
    const items = rows.slice(0, limit);
    return { items, nextCursor: encodeCursor(key(items[items.length - 1]!)) };
  }

  // ------------------------------------------------------------ search

  async search(q: SearchQuery = {}): Promise<Page<SearchHit>> {
    const limit = clampLimit(q.limit);
    let query = this.db
      .selectFrom('document_versions as v')
      .select(['v.id', 'v.document_id', 'v.version', 'v.title', 'v.date', 'v.sort_date', 'v.source', 'v.url', 'v.text',
        'v.n_people', 'v.n_events', 'v.n_quotes', 'v.n_figures'])
      .where('v.is_current', '=', 1);
    const text = (q.text ?? '').trim();
    if (text) {
      if (this.backend === 'sqlite') {
        const match = ftsQuery(text);
        if (!match) return { items: [], nextCursor: null };
        query = query.where(sql<SqlBool>`v.id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ${match})`);
      } else {
        query = query.where(sql<SqlBool>`v.tsv @@ websearch_to_tsquery('english', ${text})`);
      }
    }
    if (q.actor) {
      const ids = await this.actorIds(q.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      // An actor is usually rare among documents: drive the query from the actor's index.
      query = query.where('v.id', 'in', (eb) => eb.selectFrom('doc_actors as da').select('da.version_id').where('da.actor_id', 'in', ids));
    }
    if (q.country) {
      const country = q.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('doc_actors as dc').select('dc.actor_id').whereRef('dc.version_id', '=', 'v.id').where('dc.country', '=', country)));
    }
    if (q.eventType) {
      const type = q.eventType.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('events as et').select('et.id').whereRef('et.version_id', '=', 'v.id').where('et.type', '=', type)));
    }
    if (q.from) query = query.where('v.sort_date', '>=', q.from);
    if (q.to) query = query.where('v.sort_date', '<=', q.to).where('v.sort_date', '<>', '');
    if (q.source) query = query.where('v.source', '=', q.source);
    if (q.documentId) query = query.where('v.document_id', '=', q.documentId);
    const cw = this.cursorWhere(q.cursor, 'v');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('v.sort_date', 'desc').orderBy('v.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: r.document_id, version: r.version, title: r.title, date: r.date, source: r.source, url: r.url,
        snippet: makeSnippet(r.text, text),
        counts: { people: r.n_people, events: r.n_events, quotes: r.n_quotes, figures: r.n_figures },
      })),
    };
  }

  // ------------------------------------------------------------ actors

  async listActors(f: ActorFilter = {}): Promise<Page<ActorRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom('actors').selectAll().where('documents', '>', 0);
    if (f.kind) query = query.where('kind', '=', f.kind);
    if (f.country) query = query.where('country', '=', f.country.toUpperCase());
    if (f.name) {
      const fold = foldText(f.name).replace(/[%_]/g, '');
      if (fold) query = query.where('fold', 'like', `%${fold}%`);
    }
    if (f.cursor) {
      const c = decodeCursor(f.cursor);
      query = query.where(sql<SqlBool>`(documents, id) < (${Number(c.d)}, ${c.id})`);
    }
    const rows = await query.orderBy('documents', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: String(r.documents), id: num(r.id) }));
    return { nextCursor: page.nextCursor, items: page.items.map(toActorRow) };
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    if (!/^\d+$/.test(id)) return null;
    const actorId = Number(id);
    const row = await this.db.selectFrom('actors').selectAll().where('id', '=', actorId).executeTakeFirst();
    if (!row) return null;
    const names = await this.db
      .selectFrom('doc_actors')
      .select(['name', sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .groupBy('name')
      .orderBy(sql`count(*)`, 'desc')
      .limit(50)
      .execute();
    const roles = await this.db
      .selectFrom('doc_actors')
      .select(['title', sql<string>`min(sort_date)`.as('first'), sql<string>`max(sort_date)`.as('last'), sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .where('title', 'is not', null)
      .groupBy('title')
      .execute();
    const countries = await this.db
      .selectFrom('doc_actors')
      .select(['country', sql<number>`count(*)`.as('n')])
      .where('actor_id', '=', actorId)
      .where('country', 'is not', null)
      .groupBy('country')
      .orderBy(sql`count(*)`, 'desc')
      .execute();
    const recent = await this.db
      .selectFrom('doc_actors as da')
      .innerJoin('document_versions as v', 'v.id', 'da.version_id')
      .select(['v.document_id', 'v.title', 'v.date', 'da.title as role'])
      .where('da.actor_id', '=', actorId)
      .orderBy('da.sort_date', 'desc')
      .limit(20)
      .execute();
    return {
      ...toActorRow(row),
      names: names.map((n) => ({ name: n.name, documents: num(n.n) })),
      roles: roles
        .map((r) => ({ title: r.title ?? '', from: orNull(r.first), to: orNull(r.last), documents: num(r.n) }))
        .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || b.documents - a.documents),
      countries: countries.map((c) => ({ country: c.country ?? '', documents: num(c.n) })),
      recentDocuments: recent.map((r) => ({ id: r.document_id, title: r.title, date: r.date, titleInDocument: r.role })),
    };
  }

  // ------------------------------------------------------------ events

  private async eventQuery(f: EventFilter) {
    let query = this.db.selectFrom('events as e').selectAll('e');
    if (f.type) query = query.where('e.type', '=', f.type.toUpperCase());
    if (f.mode) query = query.where('e.mode', '=', f.mode);
    if (f.from) query = query.where('e.sort_date', '>=', f.from);
    if (f.to) query = query.where('e.sort_date', '<=', f.to).where('e.sort_date', '<>', '');
    if (f.source) query = query.where('e.source', '=', f.source);
    if (f.documentId) query = query.where('e.document_id', '=', f.documentId);
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return null;
      query = query.where('e.id', 'in', (eb) => eb.selectFrom('event_parties as pa').select('pa.event_id').where('pa.actor_id', 'in', ids));
    }
    if (f.country) {
      const country = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('event_parties as pc').select('pc.event_id').whereRef('pc.event_id', '=', 'e.id').where('pc.country', '=', country)));
    }
    const cw = this.cursorWhere(f.cursor, 'e');
    if (cw) query = query.where(cw);
    return query;
  }

  private async withParties(rows: Database['events'][] | { id: number }[]): Promise<Map<number, { source: EventParty[]; target: EventParty[] }>> {
    const out = new Map<number, { source: EventParty[]; target: EventParty[] }>();
    const ids = rows.map((r) => num(r.id));
    if (ids.length === 0) return out;
    const parties = await this.db
      .selectFrom('event_parties')
      .selectAll()
      .where('event_id', 'in', ids)
      .orderBy('event_id')
      .orderBy('role')
      .orderBy('pos')
      .execute();
    for (const p of parties) {
      const id = num(p.event_id);
      let slot = out.get(id);
      if (!slot) out.set(id, (slot = { source: [], target: [] }));
      const party: EventParty = { actorId: p.actor_id === null ? null : String(p.actor_id), name: p.name, country: p.country, sector: p.sector };
      (p.role === 'source' ? slot.source : slot.target).push(party);
    }
    return out;
  }

  private async eventPage(query: Awaited<ReturnType<SqlStore['eventQuery']>>, limit: number): Promise<Page<EventRow>> {
    if (!query) return { items: [], nextCursor: null };
    const rows = await query.orderBy('e.sort_date', 'desc').orderBy('e.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    const parties = await this.withParties(page.items as { id: number }[]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => {
        const p = parties.get(num(r.id)) ?? { source: [], target: [] };
        return {
          id: String(r.id), documentId: r.document_id, date: r.date, type: r.type, mode: r.mode, trigger: r.trigger, cameo: r.cameo,
          source: p.source, target: p.target, sentence: r.sentence, start: r.start, end: r.end, rule: r.rule,
        };
      }),
    };
  }

  async listEvents(f: EventFilter = {}): Promise<Page<EventRow>> {
    return this.eventPage(await this.eventQuery(f), clampLimit(f.limit));
  }

  async eventsBetween(a: ActorOrCountry, b: ActorOrCountry, f: EventFilter = {}): Promise<Page<EventRow>> {
    const side = (x: ActorOrCountry, alias: 'p1' | 'p2') =>
      'actorId' in x
        ? sql<SqlBool>`${sql.ref(`${alias}.actor_id`)} = ${Number(x.actorId)}`
        : sql<SqlBool>`${sql.ref(`${alias}.country`)} = ${x.country.toUpperCase()}`;
    const query = await this.eventQuery(f);
    if (!query) return { items: [], nextCursor: null };
    const between = query.where(
      sql<SqlBool>`EXISTS (SELECT 1 FROM event_parties p1 JOIN event_parties p2 ON p2.event_id = p1.event_id
        AND (p2.role <> p1.role OR p2.pos <> p1.pos) WHERE p1.event_id = e.id AND ${side(a, 'p1')} AND ${side(b, 'p2')})`,
    );
    return this.eventPage(between, clampLimit(f.limit));
  }

  async relations(f: RelationFilter = {}): Promise<RelationRow[]> {
    // The pair counts kept on every write answer at once; only an actor filter on the
    // country graph needs the events themselves.
    return (f.level ?? 'actor') === 'country' && f.actor ? this.relationsLive(f) : this.relationsFromPairs(f);
  }

  /** Pairs counted from the events themselves: any filter, slower on big stores; also checks the kept counts. */
  async relationsLive(f: RelationFilter): Promise<RelationRow[]> {
    const level = f.level ?? 'actor';
    const col = level === 'actor' ? 'actor_id' : 'country';
    let query = this.db
      .selectFrom('event_parties as p1')
      .innerJoin('event_parties as p2', 'p2.event_id', 'p1.event_id')
      .innerJoin('events as e', 'e.id', 'p1.event_id')
      .select([
        sql<string>`${sql.ref(`p1.${col}`)}`.as('a'),
        sql<string>`${sql.ref(`p2.${col}`)}`.as('b'),
        'e.type',
        sql<number>`count(*)`.as('n'),
        sql<string>`min(e.sort_date)`.as('first'),
        sql<string>`max(e.sort_date)`.as('last'),
      ])
      .where('p1.role', '=', 'source')
      .where(sql<SqlBool>`(p2.role = 'target' OR (p2.role = 'source' AND p2.pos > p1.pos))`)
      .where(sql.ref(`p1.${col}`), 'is not', null)
      .where(sql.ref(`p2.${col}`), 'is not', null)
      .where(sql<SqlBool>`${sql.ref(`p1.${col}`)} <> ${sql.ref(`p2.${col}`)}`)
      .groupBy([sql.ref(`p1.${col}`), sql.ref(`p2.${col}`), 'e.type']);
    if (f.type) query = query.where('e.type', '=', f.type.toUpperCase());
    if (f.from) query = query.where('e.sort_date', '>=', f.from);
    if (f.to) query = query.where('e.sort_date', '<=', f.to).where('e.sort_date', '<>', '');
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return [];
      query = query.where((eb) => eb.or([eb('p1.actor_id', 'in', ids), eb('p2.actor_id', 'in', ids)]));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where((eb) => eb.or([eb('p1.country', '=', c), eb('p2.country', '=', c)]));
    }
    const rows = await query.execute();
    return this.shapeRelations(
      level,
      rows.map((r) => ({ a: String(r.a), b: String(r.b), type: r.type, n: num(r.n), first: r.first ?? '', last: r.last ?? '' })),
      f.limit ?? 200,
    );
  }

  private async relationsFromPairs(f: RelationFilter): Promise<RelationRow[]> {
    const level = f.level ?? 'actor';
    let query = this.db
      .selectFrom('relation_pairs')
      .select([
        'a', 'b', 'type',
        sql<number>`sum(n)`.as('n'),
        sql<string | null>`min(nullif(sort_date, ''))`.as('first'),
        sql<string>`max(sort_date)`.as('last'),
      ])
      .where('level', '=', level)
      .where('n', '>', 0)
      .groupBy(['a', 'b', 'type']);
    if (f.type) query = query.where('type', '=', f.type.toUpperCase());
    if (f.from) query = query.where('sort_date', '>=', f.from);
    if (f.to) query = query.where('sort_date', '<=', f.to).where('sort_date', '<>', '');
    if (f.actor) {
      const ids = (await this.actorIds(f.actor)).map(String);
      if (ids.length === 0) return [];
      query = query.where((eb) => eb.or([eb('a', 'in', ids), eb('b', 'in', ids)]));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where((eb) => eb.or([eb('a_country', '=', c), eb('b_country', '=', c)]));
    }
    const rows = await query.execute();
    return this.shapeRelations(
      level,
      rows.map((r) => ({ a: r.a, b: r.b, type: r.type, n: num(r.n), first: r.first ?? '', last: r.last ?? '' })),
      f.limit ?? 200,
    );
  }

  private async shapeRelations(
    level: 'actor' | 'country', rows: { a: string; b: string; type: string; n: number; first: string; last: string }[], limit: number,
  ): Promise<RelationRow[]> {
    const pairs = new Map<string, { a: string; b: string; count: number; types: Map<string, number>; first: string; last: string }>();
    for (const r of rows) {
      const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
      const k = `${a}\u0000${b}`;
      let pair = pairs.get(k);
      if (!pair) pairs.set(k, (pair = { a, b, count: 0, types: new Map(), first: '', last: '' }));
      pair.count += r.n;
      pair.types.set(r.type, (pair.types.get(r.type) ?? 0) + r.n);
      if (r.first && (pair.first === '' || r.first < pair.first)) pair.first = r.first;
      if (r.last && r.last > pair.last) pair.last = r.last;
    }
    const top = [...pairs.values()].sort((p, q) => q.count - p.count || p.a.localeCompare(q.a) || p.b.localeCompare(q.b)).slice(0, limit);
    const nodes = new Map<string, { name: string; country: string | null }>();
    const nodeIds = [...new Set(top.flatMap((p) => [p.a, p.b]))];
    if (level === 'actor') {
      for (let i = 0; i < nodeIds.length; i += CHUNK) {
        const actors = await this.db.selectFrom('actors').select(['id', 'name', 'country']).where('id', 'in', nodeIds.slice(i, i + CHUNK).map(Number)).execute();
        for (const a of actors) nodes.set(String(a.id), { name: a.name, country: a.country });
      }
    }
    const node = (id: string) => (level === 'actor' ? { id, name: nodes.get(id)?.name ?? id, country: nodes.get(id)?.country ?? null } : { id, name: id, country: id });
    return top.map((p) => ({
      a: node(p.a),
      b: node(p.b),
      count: p.count,
      types: [...p.types].map(([type, count]) => ({ type, count })).sort((x, y) => y.count - x.count || x.type.localeCompare(y.type)),
      firstDate: orNull(p.first),
      lastDate: orNull(p.last),
    }));
  }

  // ------------------------------------------------------------ meetings (kept in ./meetings.ts)

  async listMeetings(f: MeetingFilter = {}): Promise<Page<MeetingRow>> {
    return listMeetings(this.db, f, clampLimit(f.limit), (actor) => this.actorIds(actor));
  }

  // ------------------------------------------------------------ quotes and figures

  async listQuotes(f: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom(f.unattributed ? 'unattributed_quotes as q' : 'quotes as q').selectAll('q');
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      query = query.where('q.speaker_actor_id', 'in', ids);
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('actors as qa').select('qa.id').whereRef('qa.id', '=', 'q.speaker_actor_id').where('qa.country', '=', c)));
    }
    if (f.text) {
      const fold = foldText(f.text).replace(/[%_]/g, '');
      if (fold) query = query.where('q.fold', 'like', `%${fold}%`);
    }
    if (f.from) query = query.where('q.sort_date', '>=', f.from);
    if (f.to) query = query.where('q.sort_date', '<=', f.to).where('q.sort_date', '<>', '');
    if (f.source) query = query.where('q.source', '=', f.source);
    if (f.documentId) query = query.where('q.document_id', '=', f.documentId);
    const cw = this.cursorWhere(f.cursor, 'q');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('q.sort_date', 'desc').orderBy('q.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: String(r.id), documentId: r.document_id, date: r.date, speaker: r.speaker,
        speakerActorId: r.speaker_actor_id === null ? null : String(r.speaker_actor_id), text: r.text, start: r.start, end: r.end,
      })),
    };
  }

  async listFigures(f: FigureFilter = {}): Promise<Page<FigureRow>> {
    const limit = clampLimit(f.limit);
    let query = this.db.selectFrom('figures as f').selectAll('f');
    if (f.kind) query = query.where('f.kind', '=', f.kind);
    if (f.currency) query = query.where('f.currency', '=', f.currency.toUpperCase());
    if (f.min !== null && f.min !== undefined) query = query.where('f.value', '>=', f.min);
    if (f.max !== null && f.max !== undefined) query = query.where('f.value', '<=', f.max);
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      if (ids.length === 0) return { items: [], nextCursor: null };
      query = query.where('f.version_id', 'in', (eb) => eb.selectFrom('doc_actors as fa').select('fa.version_id').where('fa.actor_id', 'in', ids));
    }
    if (f.country) {
      const c = f.country.toUpperCase();
      query = query.where(({ exists, selectFrom }) =>
        exists(selectFrom('doc_actors as fc').select('fc.actor_id').whereRef('fc.version_id', '=', 'f.version_id').where('fc.country', '=', c)));
    }
    if (f.from) query = query.where('f.sort_date', '>=', f.from);
    if (f.to) query = query.where('f.sort_date', '<=', f.to).where('f.sort_date', '<>', '');
    if (f.source) query = query.where('f.source', '=', f.source);
    if (f.documentId) query = query.where('f.document_id', '=', f.documentId);
    const cw = this.cursorWhere(f.cursor, 'f');
    if (cw) query = query.where(cw);
    const rows = await query.orderBy('f.sort_date', 'desc').orderBy('f.id', 'desc').limit(limit + 1).execute();
    const page = this.page(rows, limit, (r) => ({ d: r.sort_date, id: num(r.id) }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((r) => ({
        id: String(r.id), documentId: r.document_id, date: r.date, kind: r.kind, text: r.text, value: num(r.value),
        currency: r.currency, unit: r.unit, qualifier: r.qualifier, start: r.start, end: r.end, context: r.context,
      })),
    };
  }

  // ------------------------------------------------------------ streams

  private async *iterate<T, F extends { cursor?: string | null; limit?: number }>(
    filter: F, list: (f: F) => Promise<Page<T>>,
  ): AsyncGenerator<T> {
    let cursor: string | null = filter.cursor ?? null;
    for (;;) {
      const page = await list({ ...filter, cursor, limit: CHUNK });
      for (const item of page.items) yield item;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  iterateEvents(f: EventFilter = {}): AsyncIterable<EventRow> {
    return this.iterate(f, (x) => this.listEvents(x));
  }

  iterateQuotes(f: QuoteFilter = {}): AsyncIterable<QuoteRow> {
    return this.iterate(f, (x) => this.listQuotes(x));
  }

  iterateFigures(f: FigureFilter = {}): AsyncIterable<FigureRow> {
    return this.iterate(f, (x) => this.listFigures(x));
  }

  async *iterateDocuments(q: SearchQuery = {}): AsyncIterable<StoredDocument> {
    for await (const hit of this.iterate(q, (x) => this.search(x))) {
      const doc = await this.getDocument(hit.id);
      if (doc) yield doc;
    }
  }

  // ------------------------------------------------------------ reprocess

  async *versionsToReprocess(pipelineVersion: string, options: { all?: boolean; chunk?: number } = {}): AsyncIterable<VersionForReprocess> {
    let after = 0;
    const chunk = options.chunk ?? 200;
    for (;;) {
      let query = this.db
        .selectFrom('document_versions')
        .select(['id', 'document_id', 'text', 'date', 'source', 'title', 'url', 'pipeline_version'])
        .where('is_current', '=', 1)
        .where('id', '>', after);
      if (!options.all) query = query.where('pipeline_version', '<>', pipelineVersion);
      const rows = await query.orderBy('id').limit(chunk).execute();
      if (rows.length === 0) return;
      for (const r of rows) {
        yield {
          versionId: String(r.id), documentId: r.document_id, id: r.document_id, text: r.text, date: r.date, source: r.source,
          title: r.title, url: r.url, pipelineVersion: r.pipeline_version,
        };
      }
      after = num(rows[rows.length - 1]!.id);
    }
  }

  async replaceRecord(versionId: string, record: ExtractRecord, pipelineVersion: string): Promise<void> {
    await this.write((tx) => replaceRecordIn(tx, Number(versionId), record, pipelineVersion));
  }

  // ------------------------------------------------------------ stats

  async stats(): Promise<StoreStats> {
    const count = async (table: 'documents' | 'document_versions' | 'events' | 'quotes' | 'unattributed_quotes' | 'figures'): Promise<number> =>
      num((await this.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
    const actors = num((await this.db.selectFrom('actors').select(sql<number>`count(*)`.as('n')).where('documents', '>', 0).executeTakeFirstOrThrow()).n);
    const sources = await this.db
      .selectFrom('document_versions')
      .select(['source', sql<number>`count(*)`.as('n')])
      .where('is_current', '=', 1)
      .where('source', 'is not', null)
      .groupBy('source')
      .orderBy(sql`count(*)`, 'desc')
      .limit(100)
      .execute();
    const types = await this.db.selectFrom('events').select(['type', sql<number>`count(*)`.as('n')]).groupBy('type').orderBy(sql`count(*)`, 'desc').execute();
    const pipelines = await this.db
      .selectFrom('document_versions')
      .select(['pipeline_version', sql<number>`count(*)`.as('n')])
      .where('is_current', '=', 1)
      .groupBy('pipeline_version')
      .execute();
    const bounds = await this.db
      .selectFrom('document_versions')
      .select([sql<string | null>`min(sort_date)`.as('first'), sql<string | null>`max(sort_date)`.as('last')])
      .where('is_current', '=', 1)
      .where('sort_date', '<>', '')
      .executeTakeFirst();
    return {
      backend: this.backend,
      location: this.location,
      documents: await count('documents'),
      versions: await count('document_versions'),
      actors,
      events: await count('events'),
      quotes: await count('quotes'),
      unattributedQuotes: await count('unattributed_quotes'),
      figures: await count('figures'),
      sources: sources.map((s) => ({ source: s.source ?? '', documents: num(s.n) })),
      eventTypes: types.map((t) => ({ type: t.type, events: num(t.n) })),
      pipelineVersions: pipelines.map((p) => ({ pipelineVersion: p.pipeline_version, documents: num(p.n) })),
      firstDate: bounds?.first ?? null,
      lastDate: bounds?.last ?? null,
    };
  }
}

function toActorRow(r: Omit<Database['actors'], 'id'> & { id: number }): ActorRow {
  return {
    id: String(r.id), kind: r.kind as ActorKind, name: r.name, country: r.country, sector: r.sector, title: r.title,
    documents: num(r.documents), mentions: num(r.mentions), firstDate: orNull(r.first_date), lastDate: orNull(r.last_date),
  };
}
