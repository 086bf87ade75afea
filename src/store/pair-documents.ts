/**
 * Read-side queries for relation dossiers: which current documents involve both of two
 * parties, and those documents with their records. Only reads; written for SQLite and
 * PostgreSQL alike over Kysely, through the tables the store already keeps.
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { ExtractRecord } from '../record/types.js';
import { readRecordJson } from './record-parts.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';
import { SqlStore } from './sql-store.js';

/** One side of a pair as the store can see it: store actor ids and/or a country code. */
export interface SidePresence {
  actorIds: readonly string[];
  country: string | null;
}

export interface PairDocument {
  id: string;
  versionId: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  pipelineVersion: string;
  text: string;
  record: ExtractRecord;
  /** Record-local actor id -> store actor id. */
  actorOf: ReadonlyMap<string, string>;
}

export interface DocActorRow {
  versionId: string;
  actorId: string;
  name: string;
  title: string | null;
  country: string | null;
  kind: string;
  date: string | null;
}

const CHUNK = 200;
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** The SQL store behind the Store interface (the one implementation there is). */
export function sqlStoreOf(store: Store): SqlStore {
  if (store instanceof SqlStore) return store;
  throw new Error('relation dossiers read the SQL store directly; open the store with openStore()');
}

type Db = Kysely<Database>;

function presentWhere(side: SidePresence, alias: string) {
  const ids = side.actorIds.map(Number).filter(Number.isFinite);
  const parts: ReturnType<typeof sql<SqlBool>>[] = [];
  if (ids.length > 0) parts.push(sql<SqlBool>`${sql.ref(`${alias}.actor_id`)} in (${sql.join(ids)})`);
  if (side.country) parts.push(sql<SqlBool>`${sql.ref(`${alias}.country`)} = ${side.country}`);
  return parts.length > 0 ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : null;
}

/** Version ids of current documents in which both sides appear, oldest first. */
export async function versionsWithBoth(store: Store, a: SidePresence, b: SidePresence): Promise<string[]> {
  const db: Db = sqlStoreOf(store).db;
  const wa = presentWhere(a, 'x');
  const wb = presentWhere(b, 'y');
  if (!wa || !wb) return [];
  // Both lookups go through the doc_actors indexes (actor_id, country); the join is on version_id.
  const rows = await db
    .selectFrom('document_versions as v')
    .select(['v.id', 'v.sort_date'])
    .where('v.is_current', '=', 1)
    .where(sql<SqlBool>`v.id in (select x.version_id from doc_actors x where ${wa})`)
    .where(sql<SqlBool>`v.id in (select y.version_id from doc_actors y where ${wb})`)
    .orderBy('v.sort_date')
    .orderBy('v.id')
    .execute();
  return rows.map((r) => String(r.id));
}

/** Every appearance of the given actors, with the title and country each document gave them. */
export async function appearances(store: Store, actorIds: readonly string[]): Promise<DocActorRow[]> {
  const db: Db = sqlStoreOf(store).db;
  const ids = [...new Set(actorIds)].map(Number).filter(Number.isFinite);
  const out: DocActorRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('doc_actors as d')
      .innerJoin('document_versions as v', 'v.id', 'd.version_id')
      .select(['d.version_id', 'd.actor_id', 'd.name', 'd.title', 'd.country', 'd.kind', 'v.date'])
      .where('d.actor_id', 'in', ids.slice(i, i + CHUNK))
      .where('v.is_current', '=', 1)
      .execute();
    for (const r of rows) {
      out.push({ versionId: String(r.version_id), actorId: String(r.actor_id), name: r.name, title: r.title, country: r.country, kind: r.kind, date: r.date });
    }
  }
  return out;
}

/** Store actors present in the given versions with a title, for finding the officials of a region. */
export async function titledActorsIn(store: Store, versionIds: readonly string[]): Promise<DocActorRow[]> {
  const db: Db = sqlStoreOf(store).db;
  const ids = versionIds.map(Number);
  const out: DocActorRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('doc_actors as d')
      .innerJoin('document_versions as v', 'v.id', 'd.version_id')
      .select(['d.version_id', 'd.actor_id', 'd.name', 'd.title', 'd.country', 'd.kind', 'v.date'])
      .where('d.version_id', 'in', ids.slice(i, i + CHUNK))
      .where((eb) => eb.or([eb('d.title', 'is not', null), eb('d.kind', '=', 'organization')]))
      .execute();
    for (const r of rows) {
      out.push({ versionId: String(r.version_id), actorId: String(r.actor_id), name: r.name, title: r.title, country: r.country, kind: r.kind, date: r.date });
    }
  }
  return out;
}

/** Version ids (current) in which any of the actors appears. */
export async function versionsWith(store: Store, actorIds: readonly string[]): Promise<string[]> {
  const db: Db = sqlStoreOf(store).db;
  const ids = [...new Set(actorIds)].map(Number).filter(Number.isFinite);
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('doc_actors as d')
      .innerJoin('document_versions as v', 'v.id', 'd.version_id')
      .select('d.version_id')
      .where('d.actor_id', 'in', ids.slice(i, i + CHUNK))
      .where('v.is_current', '=', 1)
      .execute();
    for (const r of rows) out.add(String(r.version_id));
  }
  return [...out];
}

/**
 * The documents of the given versions with text, record and the record-to-store actor map,
 * in chunks (flat memory for any number of documents).
 */
export async function* loadPairDocuments(store: Store, versionIds: readonly string[]): AsyncGenerator<PairDocument> {
  const db: Db = sqlStoreOf(store).db;
  for (let i = 0; i < versionIds.length; i += 50) {
    const ids = versionIds.slice(i, i + 50).map(Number);
    const versions = await db
      .selectFrom('document_versions')
      .select(['id', 'document_id', 'date', 'source', 'title', 'url', 'pipeline_version', 'text', 'record'])
      .where('id', 'in', ids)
      .execute();
    const links = await db.selectFrom('doc_actors').select(['version_id', 'actor_id', 'local_id']).where('version_id', 'in', ids).execute();
    const maps = new Map<number, Map<string, string>>();
    for (const l of links) {
      const vid = num(l.version_id);
      let map = maps.get(vid);
      if (!map) maps.set(vid, (map = new Map()));
      for (const local of l.local_id.split(' ')) if (local) map.set(local, String(l.actor_id));
    }
    const byId = new Map(versions.map((v) => [num(v.id), v]));
    for (const id of ids) {
      const v = byId.get(id);
      if (!v) continue;
      yield {
        id: v.document_id, versionId: String(v.id), date: v.date, source: v.source, title: v.title, url: v.url,
        pipelineVersion: v.pipeline_version, text: v.text, record: JSON.parse(await readRecordJson(db, num(v.id), v.record)) as ExtractRecord, actorOf: maps.get(id) ?? new Map(),
      };
    }
  }
}

/** The latest document date in the store, to tell whether a deadline has passed "in the corpus". */
export async function latestDocumentDate(store: Store): Promise<string | null> {
  const db: Db = sqlStoreOf(store).db;
  const row = await db
    .selectFrom('document_versions')
    .select(sql<string | null>`max(sort_date)`.as('d'))
    .where('is_current', '=', 1)
    .executeTakeFirst();
  return row?.d ? row.d : null;
}
