/**
 * Opens a store from a location: a postgres:// (or postgresql://) URL selects PostgreSQL,
 * anything else is a SQLite file path (created with its folder if missing).
 * A `schema=NAME` query parameter on a PostgreSQL URL keeps the tables in that schema.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { DEFAULT_DB_PATH } from './location.js';
import type { Database as Tables } from './schema.js';
import { SqlStore } from './sql-store.js';
import { SQLITE_BUSY_MS } from './write-tx.js';
import { PG_POOL_SIZE } from './write-gate.js';

/**
 * Kysely prepares every query afresh; compiling SQL in SQLite costs more than running these
 * small statements. The store's queries repeat, so prepared statements are kept by SQL text
 * (bounded, oldest dropped first). One connection runs one statement at a time, so reuse is safe.
 */
function withStatementCache(db: Database.Database, max = 400): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      cache.set(source, stmt);
      return stmt;
    }
    stmt = db.prepare(source);
    cache.set(source, stmt);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The location with any password replaced, safe to print. */
export function redactLocation(location: string): string {
  if (!isPostgresLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export interface OpenOptions {
  /** Create tables if missing (default true). */
  migrate?: boolean;
  readonly?: boolean;
}

export async function openStore(location: string = DEFAULT_DB_PATH, options: OpenOptions = {}): Promise<SqlStore> {
  let store: SqlStore;
  if (isPostgresLocation(location)) {
    const url = new URL(location);
    const schema = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    if (schema !== null && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`schema name "${schema}" must be letters, digits and _`);
    if (schema) {
      // The schema must exist before the pool's connections put it on their search_path.
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        // Two processes creating one schema at once: the loser's "already exists" is fine.
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`).catch((error: { code?: string }) => {
          if (error.code !== '23505' && error.code !== '42P06') throw error;
        });
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: url.toString(),
      max: PG_POOL_SIZE,
      ...(schema ? { options: `-c search_path="${schema}"` } : {}),
    });
    store = new SqlStore(new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), 'postgres', redactLocation(location));
  } else {
    const path = resolve(location);
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    // Reads rarely wait in WAL mode; writes take the lock in write-tx.ts, which waits without blocking.
    db.pragma(`busy_timeout = ${SQLITE_BUSY_MS}`);
    if (!options.readonly) {
      // WAL: readers (the web UI) never block the writer; NORMAL sync is still crash-safe in WAL mode
      // (a power cut may lose the last commits, never corrupt the file).
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = OFF');
    db.pragma('cache_size = -65536');
    // Planner statistics for long-lived connections (cheap; analyses only what needs it).
    if (!options.readonly) db.pragma('optimize = 0x10002');
    const cached = withStatementCache(db);
    store = new SqlStore(new Kysely<Tables>({ dialect: new SqliteDialect({ database: cached }) }), 'sqlite', path, cached);
  }
  if (options.migrate !== false && !options.readonly) await store.migrate();
  return store;
}
