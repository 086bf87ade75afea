/**
 * Table types (for Kysely) and the schema migration, written once for both SQLite and
 * PostgreSQL. Dates are 'YYYY-MM-DD' text; `sort_date` is the same with '' for "no date",
 * so keyset pagination never meets a NULL.
 */
import { sql, type Generated, type Kysely } from 'kysely';
import { createMeetingTables, type MeetingPartiesTable, type MeetingsTable } from './meetings.js';

export type Backend = 'sqlite' | 'postgres';

export interface DocumentsTable {
  id: string;
  key: string;
  current_version: number;
  current_version_id: number;
  created_at: string;
  updated_at: string;
}

export interface VersionsTable {
  id: Generated<number>;
  document_id: string;
  version: number;
  hash: string;
  text: string;
  /** JSON text, or on SQLite the JSON raw-deflated (see record-parts.ts); '' when kept in `record_parts`. */
  record: string | Buffer;
  title: string | null;
  date: string | null;
  sort_date: string;
  source: string | null;
  url: string | null;
  origin: string | null;
  ingested_at: string;
  pipeline_version: string;
  chars: number;
  is_current: number;
  n_people: number;
  n_events: number;
  n_quotes: number;
  n_figures: number;
}

export interface ActorsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  fold: string;
  surname_key: string;
  given_key: string | null;
  country: string | null;
  sector: string | null;
  title: string | null;
  title_date: string;
  documents: number;
  mentions: number;
  first_date: string;
  last_date: string;
}

export interface DocActorsTable {
  version_id: number;
  document_id: string;
  actor_id: number;
  local_id: string;
  kind: string;
  name: string;
  title: string | null;
  country: string | null;
  sector: string | null;
  mentions: number;
  sort_date: string;
  source: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  version_id: number;
  document_id: string;
  idx: number;
  type: string;
  mode: string | null;
  date: string | null;
  sort_date: string;
  source: string | null;
  trigger: string;
  cameo: string | null;
  sentence: string;
  start: number;
  end: number;
  rule: string;
}

export interface EventPartiesTable {
  event_id: number;
  version_id: number;
  role: string;
  pos: number;
  actor_id: number | null;
  name: string;
  country: string | null;
  sector: string | null;
}

export interface QuotesTable {
  id: Generated<number>;
  version_id: number;
  document_id: string;
  idx: number;
  date: string | null;
  sort_date: string;
  source: string | null;
  speaker: string | null;
  speaker_actor_id: number | null;
  text: string;
  fold: string;
  start: number;
  end: number;
}

/**
 * Quotations the record gives to no named person (its `unattributedQuotes`): words given to
 * an office whose holder is not named, to a ministry or a statement, or to no one. Kept
 * apart from `quotes`, so lists, counts and searches by speaker see named people only.
 * `speaker` is the office or body as the text gives it (null when none is given), and
 * `speaker_actor_id` the organisation it names, when it names one.
 */
export type UnattributedQuotesTable = QuotesTable;

export interface FiguresTable {
  id: Generated<number>;
  version_id: number;
  document_id: string;
  idx: number;
  date: string | null;
  sort_date: string;
  source: string | null;
  kind: string;
  text: string;
  value: number;
  currency: string | null;
  unit: string | null;
  qualifier: string | null;
  start: number;
  end: number;
  context: string;
}

/**
 * Event counts per pair of parties, event type and day, kept up to date on every write, so
 * graphs need no join over all events (and stay exact when versions replace each other).
 */
export interface RelationPairsTable {
  level: string;
  a: string;
  b: string;
  type: string;
  sort_date: string;
  a_country: string | null;
  b_country: string | null;
  n: number;
}

/** The parts of a very large record, in order (see record-parts.ts); its version row's `record` is then ''. */
export interface RecordPartsTable {
  version_id: number;
  part: number;
  /** Raw-deflate compressed UTF-8 JSON. */
  data: Buffer;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  documents: DocumentsTable;
  document_versions: VersionsTable;
  actors: ActorsTable;
  doc_actors: DocActorsTable;
  events: EventsTable;
  event_parties: EventPartiesTable;
  quotes: QuotesTable;
  unattributed_quotes: UnattributedQuotesTable;
  figures: FiguresTable;
  relation_pairs: RelationPairsTable;
  store_meta: MetaTable;
  record_parts: RecordPartsTable;
  meetings: MeetingsTable;
  meeting_parties: MeetingPartiesTable;
}

export const SCHEMA_VERSION = '1';

/**
 * Creates every table and index that is missing, then applies the later steps. Idempotent.
 * On PostgreSQL the whole migration runs under an advisory lock, so workers starting together
 * on an empty schema do not race each other's `CREATE`.
 */
export async function migrate(db: Kysely<Database>, backend: Backend): Promise<void> {
  if (backend === 'postgres') {
    await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(1380270402, hashtext(current_schema()))`.execute(trx);
      await createTables(trx, backend);
      await createMeetingTables(trx, backend);
      await uniqueVersionTexts(trx, backend);
      await dropRedundantIndexes(trx);
      await fastCompression(trx);
    });
    return;
  }
  await createTables(db, backend);
  await createMeetingTables(db, backend);
  await uniqueVersionTexts(db, backend);
  await dropRedundantIndexes(db);
}

/**
 * Step 3: indexes that stores made before kept, each one more tree every new row is written
 * into. `document_versions (document_id)`: the unique keys (document_id, version) and
 * (document_id, hash) answer every look-up by document. `event_parties (version_id)` and
 * `meeting_parties (version_id)`: read only when a version's rows are removed, which finds
 * the parties through the version's events and meetings instead (ten to fifteen party rows
 * per document, against one removal per replaced version). `event_parties (country)`: a
 * country filter on events asks about the parties of each event in turn, through
 * (event_id); the only plan that took it was the pairs counted from the events, to find the
 * parties that have a country at all, which most have: reading the table straight through
 * was twice as fast there.
 */
async function dropRedundantIndexes(db: Kysely<Database>): Promise<void> {
  for (const name of ['document_versions_doc', 'event_parties_version', 'meeting_parties_version', 'event_parties_country']) {
    await sql`DROP INDEX IF EXISTS ${sql.ref(name)}`.execute(db);
  }
}

/**
 * PostgreSQL: a version's record (JSON of several kilobytes) and long texts are compressed
 * with lz4 where the server has it: the default (pglz) was the largest single cost of storing
 * a document on the server, and lz4 is several times faster both ways. Rows written before
 * keep their compression; both read alike.
 */
async function fastCompression(db: Kysely<Database>): Promise<void> {
  const lz4 = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`.execute(db);
  if (Number(lz4.rows[0]?.n ?? 0) === 0) return;
  const columns = await sql<{ attname: string }>`SELECT attname FROM pg_attribute
    WHERE attrelid = 'document_versions'::regclass AND attname IN ('text', 'record') AND attcompression <> 'l'`.execute(db);
  for (const { attname } of columns.rows) {
    await sql`ALTER TABLE document_versions ALTER COLUMN ${sql.ref(attname)} SET COMPRESSION lz4`.execute(db);
  }
}

/**
 * Step 2: a document never holds the same text twice, enforced by a unique key on
 * (document_id, hash) — the key `insert ... on conflict` decides new versions with.
 * Stores written before it may hold exact repeats (a page that went back to an earlier text,
 * or two writers racing): the repeats are byte-identical copies, so the current one (else the
 * first) is kept and the others removed before the key is added.
 */
async function uniqueVersionTexts(db: Kysely<Database>, backend: Backend): Promise<void> {
  const exists =
    backend === 'sqlite'
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'document_versions_doc_hash'`.execute(db)
      : await sql<{ n: number }>`SELECT count(*) AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'document_versions_doc_hash'`.execute(db);
  if (Number(exists.rows[0]?.n ?? 0) > 0) return;
  await sql`DELETE FROM document_versions WHERE id IN (
    SELECT v.id FROM document_versions v JOIN document_versions w
      ON w.document_id = v.document_id AND w.hash = v.hash AND w.id <> v.id
     AND (w.is_current > v.is_current OR (w.is_current = v.is_current AND w.id < v.id)))`.execute(db);
  await sql`CREATE UNIQUE INDEX IF NOT EXISTS document_versions_doc_hash ON document_versions (document_id, hash)`.execute(db);
}

async function createTables(db: Kysely<Database>, backend: Backend): Promise<void> {
  const pk = backend === 'postgres' ? 'serial' : 'integer';
  const real = 'double precision';
  const autoId = <T extends { primaryKey(): T; autoIncrement(): T }>(c: T): T =>
    backend === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement();

  await db.schema
    .createTable('store_meta')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('documents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('current_version_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  let versions = db.schema
    .createTable('document_versions')
    .ifNotExists()
    .addColumn('id', pk, autoId)
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('date', 'text')
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('url', 'text')
    .addColumn('origin', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('pipeline_version', 'text', (c) => c.notNull())
    .addColumn('chars', 'integer', (c) => c.notNull())
    .addColumn('is_current', 'integer', (c) => c.notNull())
    .addColumn('n_people', 'integer', (c) => c.notNull())
    .addColumn('n_events', 'integer', (c) => c.notNull())
    .addColumn('n_quotes', 'integer', (c) => c.notNull())
    .addColumn('n_figures', 'integer', (c) => c.notNull())
    .addUniqueConstraint('document_versions_doc_version', ['document_id', 'version']);
  if (backend === 'postgres') versions = versions.addColumn('tsv', sql`tsvector`);
  await versions.execute();
  await db.schema
    .createTable('record_parts')
    .ifNotExists()
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('part', 'integer', (c) => c.notNull())
    .addColumn('data', backend === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_parts_pk', ['version_id', 'part'])
    .execute();
  await db.schema
    .createTable('actors')
    .ifNotExists()
    .addColumn('id', pk, autoId)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('fold', 'text', (c) => c.notNull())
    .addColumn('surname_key', 'text', (c) => c.notNull())
    .addColumn('given_key', 'text')
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .addColumn('title', 'text')
    .addColumn('title_date', 'text', (c) => c.notNull())
    .addColumn('documents', 'integer', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('first_date', 'text', (c) => c.notNull())
    .addColumn('last_date', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('doc_actors')
    .ifNotExists()
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.notNull())
    .addColumn('local_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .execute();
  await db.schema
    .createTable('events')
    .ifNotExists()
    .addColumn('id', pk, autoId)
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('date', 'text')
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text')
    .addColumn('sentence', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('event_parties')
    .ifNotExists()
    .addColumn('event_id', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('pos', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('sector', 'text')
    .execute();
  // Stores made before unattributed quotations were kept gain their (empty) table here; the
  // documents already stored fill it when they are read again (`readout reprocess`).
  for (const table of ['quotes', 'unattributed_quotes'] as const) {
    await db.schema
      .createTable(table)
      .ifNotExists()
      .addColumn('id', pk, autoId)
      .addColumn('version_id', 'integer', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('sort_date', 'text', (c) => c.notNull())
      .addColumn('source', 'text')
      .addColumn('speaker', 'text')
      .addColumn('speaker_actor_id', 'integer')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('fold', 'text', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull())
      .addColumn('end', 'integer', (c) => c.notNull())
      .execute();
  }
  await db.schema
    .createTable('figures')
    .ifNotExists()
    .addColumn('id', pk, autoId)
    .addColumn('version_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', real, (c) => c.notNull())
    .addColumn('currency', 'text')
    .addColumn('unit', 'text')
    .addColumn('qualifier', 'text')
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('context', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('relation_pairs')
    .ifNotExists()
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('sort_date', 'text', (c) => c.notNull())
    .addColumn('a_country', 'text')
    .addColumn('b_country', 'text')
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('relation_pairs_pk', ['level', 'a', 'b', 'type', 'sort_date'])
    .execute();

  const indexes: [string, keyof Database, string[]][] = [
    ['relation_pairs_b', 'relation_pairs', ['level', 'b']],
    ['relation_pairs_date', 'relation_pairs', ['level', 'sort_date']],
    // (hash, is_current) rather than (hash): with both columns matched, the planner never
    // prefers an is_current-led index, which would scan every current version per look-up.
    ['document_versions_hash_current', 'document_versions', ['hash', 'is_current']],
    ['document_versions_current', 'document_versions', ['is_current', 'sort_date', 'id']],
    ['document_versions_pipeline', 'document_versions', ['is_current', 'pipeline_version', 'id']],
    ['actors_surname', 'actors', ['surname_key', 'kind']],
    ['actors_rank', 'actors', ['documents', 'id']],
    ['doc_actors_actor', 'doc_actors', ['actor_id', 'sort_date']],
    ['doc_actors_version', 'doc_actors', ['version_id']],
    ['doc_actors_country', 'doc_actors', ['country', 'version_id']],
    ['events_order', 'events', ['sort_date', 'id']],
    ['events_version', 'events', ['version_id']],
    ['events_type', 'events', ['type', 'sort_date']],
    ['event_parties_event', 'event_parties', ['event_id']],
    ['event_parties_actor', 'event_parties', ['actor_id']],
    ['quotes_order', 'quotes', ['sort_date', 'id']],
    ['quotes_version', 'quotes', ['version_id']],
    ['quotes_speaker', 'quotes', ['speaker_actor_id']],
    ['unattributed_quotes_order', 'unattributed_quotes', ['sort_date', 'id']],
    ['unattributed_quotes_version', 'unattributed_quotes', ['version_id']],
    ['figures_order', 'figures', ['sort_date', 'id']],
    ['figures_version', 'figures', ['version_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  }

  if (backend === 'sqlite') {
    // External-content FTS5 over the versions table: the text is stored once. Only current
    // versions are indexed; the store adds and removes rows itself (no triggers).
    await sql`CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(title, text, content='document_versions', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  } else {
    await sql`CREATE INDEX IF NOT EXISTS document_versions_tsv ON document_versions USING GIN (tsv)`.execute(db);
  }
  await db
    .insertInto('store_meta')
    .values({ key: 'schema_version', value: SCHEMA_VERSION })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: SCHEMA_VERSION }))
    .execute();
}
