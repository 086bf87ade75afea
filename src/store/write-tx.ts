/**
 * Write transactions of the store, the same for every writer (ingest, workers, the API,
 * reprocess), so two processes writing one store never trip each other:
 *
 * - SQLite: `BEGIN IMMEDIATE` takes the write lock before the first read, so a transaction
 *   never has to upgrade a read snapshot (which SQLite refuses with "database is locked"
 *   without waiting). The wait for the lock is a loop of short tries with pauses, not
 *   SQLite's own busy handler, so a server's event loop is never blocked while it waits;
 *   the whole wait is bounded by the busy timeout.
 * - PostgreSQL: writers work side by side. Which version a text is is decided by unique keys
 *   and `insert ... on conflict`. Cross-document actors are matched by fuzzy keys that no
 *   unique index can hold, so a change to the actors of one name (a new actor, a country given
 *   to one) is made under a lock on that name alone (`lockKeys`), in a short transaction of its
 *   own (`apart`), so no writer ever holds it for a whole batch. Counters of actors and
 *   relation pairs are added to, never overwritten, with their rows locked in key order at the
 *   end of the transaction. Removing a version's rows re-reads what is left of its actors, so
 *   it takes the store's lock on shared rows alone (`lockShared`), which writers of new rows
 *   hold beside each other (`lockSharedBeside`).
 *
 * Statements inside use `?` placeholders (numbered for PostgreSQL here). On SQLite they run
 * as cached prepared statements on the raw connection: compiling SQL costs more than running
 * the small statements of a write.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Backend, Database } from './schema.js';
import { setBounded } from '../lexicon/bounded-cache.js';

/** SQLite's own busy wait for statements outside write transactions (reads, schema). */
export const SQLITE_BUSY_MS = 5000;

export type SqlValue = string | number | bigint | Buffer | null;

export interface WriteTx {
  readonly backend: Backend;
  /** Kysely bound to this transaction's connection, for statements worth building. */
  readonly kysely: Kysely<Database>;
  all<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /**
   * Inserts many rows of one table, many rows to a statement. `returning` columns come back
   * in row order, unless `keyed` says the caller matches them by their values.
   */
  insertRows(table: string, columns: readonly ColumnSpec[], rows: readonly (readonly unknown[])[], options?: InsertOptions): Promise<Record<string, unknown>[]>;
  /**
   * Takes the store's lock on shared rows (actors, relation counts) for this writer alone until
   * the transaction ends: for a change that re-reads them (removing a version's rows). SQLite's
   * write lock already covers them.
   */
  lockShared(): Promise<void>;
  /**
   * Takes the same lock beside other writers that take it so: it waits only while a writer
   * holds it alone. Call it before reading the actors a batch's rows are linked to.
   */
  lockSharedBeside(): Promise<void>;
  /**
   * Locks on the given keys (within this store) until the transaction ends, taken in one fixed
   * order, so two writers locking overlapping sets never wait on each other in a cycle.
   * SQLite: nothing to do, its write lock covers every key.
   */
  lockKeys(keys: readonly string[]): Promise<void>;
  /**
   * Runs `fn` in a transaction of its own that commits as soon as `fn` returns, so the locks
   * it takes are held that long only: for rows that must exist whether or not this transaction
   * commits, and are harmless if it does not (an actor with no documents yet). Inside this
   * transaction instead where that would wait on it (SQLite, one writer; or this transaction
   * holds the lock on shared rows alone, which writers beside it would then wait for).
   */
  apart<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /** A list parameter: `column IN list` as SQL, with its one parameter. */
  inList(column: string, values: readonly (string | number)[]): { sql: string; param: unknown };
  /**
   * Several writes that return nothing, in order. PostgreSQL sends them as one statement (the
   * first ones as data-modifying WITH parts), so one round trip: they all see the rows as they
   * were before it, so no two may change the same row, and none may depend on another's rows.
   * SQLite runs them one after another.
   */
  writeAll(writes: readonly Write[]): Promise<void>;
}

/** Rows for one table, as `insertRows` takes them (nothing returned). */
export interface RowsWrite {
  table: string;
  columns: readonly ColumnSpec[];
  rows: readonly (readonly unknown[])[];
  /** As InsertOptions.onConflict. */
  onConflict?: string;
}

/** A statement that changes rows and returns none, with `?` placeholders. */
export interface StatementWrite {
  sql: string;
  params: readonly unknown[];
}

export type Write = RowsWrite | StatementWrite;

export interface InsertOptions {
  returning?: readonly string[];
  /** Appended to the insert, e.g. `ON CONFLICT (a, b) DO UPDATE SET n = t.n + excluded.n`. */
  onConflict?: string;
  /**
   * The caller matches returned rows by their values (an id with its natural key), so they
   * may come back in any order, and the rows go as plain multi-row VALUES.
   */
  keyed?: boolean;
  /**
   * Rows carry long texts (a document's text and record). PostgreSQL then takes them as plain
   * parameters of a multi-row VALUES: as array literals they would be escaped here and taken
   * apart again on the server. Short rows go as arrays, which the server reads faster than a
   * long VALUES list.
   */
  longText?: boolean;
  /**
   * PostgreSQL, with `longText`: one more column whose value is an expression over the row's
   * own values, `{name}` standing for the value of column `name` (e.g. a search vector made
   * from the text as the row goes in, rather than by a second write of the row).
   */
  computed?: { name: string; pg: string };
}

/** Bound parameters per statement: SQLite's default limit, and PostgreSQL's protocol limit. */
const SQLITE_MAX_PARAMS = 32766;
const PG_MAX_PARAMS = 65535;

/**
 * SQLite: rows per multi-row INSERT. A few statement shapes per table (full runs, then shorter
 * ones for the rest), so the prepared statements are reused from batch to batch.
 */
const SQLITE_ROW_STEPS = [64, 16, 4, 1];

/** Splits `count` rows into runs of the sizes in SQLITE_ROW_STEPS, largest first. */
function* sqliteRuns(count: number, maxRows: number): Generator<[number, number]> {
  let at = 0;
  for (const step of SQLITE_ROW_STEPS) {
    const size = Math.min(step, maxRows);
    while (count - at >= size) {
      yield [at, size];
      at += size;
    }
  }
}

/**
 * PostgreSQL: every statement is a round trip and is parsed anyway, so runs are as long as the
 * parameter limit allows, up to 500 rows.
 */
function* pgRuns(count: number, maxRows: number): Generator<[number, number]> {
  const step = Math.min(500, maxRows);
  for (let at = 0; at < count; at += step) yield [at, Math.min(step, count - at)];
}

/** `INSERT INTO t (a, b) VALUES (?, ?), (?, ?) ...` for `rows` rows; PostgreSQL's placeholders are numbered. */
function valuesInsert(table: string, columns: readonly ColumnSpec[], rows: number, tail: string, numbered = false, computed?: InsertOptions['computed']): string {
  const groups: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const first = n + 1;
    const values = columns.map(() => (numbered ? `$${++n}` : '?'));
    if (computed) {
      values.push(
        computed.pg.replace(/\{(\w+)\}/g, (_, name: string) => {
          const at = columns.findIndex((c) => c.name === name);
          if (at < 0) throw new Error(`computed column ${computed.name} names ${name}, which is not inserted`);
          return `$${first + at}::${columns[at]!.pg}`;
        }),
      );
    }
    groups.push(`(${values.join(', ')})`);
  }
  const names = [...columns.map((c) => quote(c.name)), ...(computed ? [quote(computed.name)] : [])];
  return `INSERT INTO ${quote(table)} (${names.join(', ')}) VALUES ${groups.join(', ')}${tail}`;
}

/**
 * The rows' values, row after row, as one parameter list. SQLite takes them as separate
 * arguments, not as one array: better-sqlite3 reads an array's elements one property look-up
 * at a time through V8's API, which cost as much as binding the values (a tenth of what a
 * batch costs the writing thread, with its thousands of values per statement).
 */
function flatParams(rows: readonly (readonly unknown[])[], at: number, size: number): SqlValue[] {
  const params: SqlValue[] = [];
  for (let i = at; i < at + size; i++) for (const v of rows[i]!) params.push(v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : (v as SqlValue));
  return params;
}

/** A column and its PostgreSQL array type for bulk inserts. */
export interface ColumnSpec {
  name: string;
  pg: 'text' | 'int4' | 'int8' | 'float8';
}

const quote = (name: string): string => `"${name}"`;

/** `?` -> `$1, $2, ...` (the store's SQL never has a `?` inside a literal). */
const numbered = new Map<string, string>();
function toPg(sql: string): string {
  let out = numbered.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    setBounded(numbered, 2000, sql, out);
  }
  return out;
}

/** A parameter as both drivers take it: undefined as null, booleans as 1 and 0. */
const bindValue = (p: unknown): unknown => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p);

const bind = (params: readonly unknown[] | undefined): SqlValue[] => (params ?? []).map((p) => bindValue(p) as SqlValue);

const NEEDS_ESCAPE = /["\\]/;

/**
 * PostgreSQL: a list of strings, numbers and nulls as an array literal, which is what the
 * driver sends for an array anyway. Its own conversion runs two replacements over every
 * element; a batch's bulk inserts send tens of thousands of elements, and the thread doing it
 * is the one that hands documents to the extraction threads. Anything else (nested lists,
 * buffers, dates) is left to the driver.
 */
export function pgArrayLiteral(values: readonly unknown[]): string | readonly unknown[] {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'string') out += NEEDS_ESCAPE.test(v) ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${v}"`;
    else if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') out += `"${String(v)}"`;
    else return values;
  }
  return `${out}}`;
}

/** bind(), with lists made array literals here (see pgArrayLiteral). */
const bindPg = (params: readonly unknown[] | undefined): unknown[] =>
  (params ?? []).map((p) => (Array.isArray(p) ? pgArrayLiteral(p) : bindValue(p)));

export class BusyError extends Error {
  constructor(location: string, waitedMs: number) {
    super(`the store ${location} is busy: another writer kept it locked for more than ${(waitedMs / 1000).toFixed(0)} s (raise READOUT_BUSY_TIMEOUT, in seconds, to wait longer)`);
    this.name = 'BusyError';
  }
}

/** Milliseconds a writer waits for another to finish (READOUT_BUSY_TIMEOUT in seconds; default 60). */
export function busyTimeoutMs(): number {
  const s = Number(process.env.READOUT_BUSY_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 60_000;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const isSqliteBusy = (error: unknown): boolean => {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
};

/**
 * Longest stretch a SQLite write runs before letting the event loop turn. better-sqlite3 is
 * synchronous, so a batch of a hundred documents would otherwise hold this thread for a
 * quarter of a second: no extraction thread is handed its next document meanwhile (they sat
 * idle a quarter of the time), and a server answers nothing.
 */
const SQLITE_SLICE_MS = 8;
const turnOfLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function sqliteTx(raw: BetterSqlite3.Database, kysely: Kysely<Database>): WriteTx {
  let sliceStart = performance.now();
  /** Lets the event loop turn once the current slice is used up. */
  const breathe = async () => {
    if (performance.now() - sliceStart < SQLITE_SLICE_MS) return;
    await turnOfLoop();
    sliceStart = performance.now();
  };
  const all = async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> => {
    await breathe();
    return raw.prepare(sql).all(...bind(params)) as R[];
  };
  return {
    backend: 'sqlite',
    kysely,
    all,
    async run(sql, params) {
      await breathe();
      raw.prepare(sql).run(...bind(params));
    },
    lockShared: async () => undefined,
    lockSharedBeside: async () => undefined,
    lockKeys: async () => undefined,
    apart(fn) {
      return fn(this);
    },
    inList: (column, values) => ({ sql: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(values) }),
    async writeAll(writes) {
      for (const w of writes) {
        if ('sql' in w) await this.run(w.sql, w.params);
        else await this.insertRows(w.table, w.columns, w.rows, w.onConflict ? { onConflict: w.onConflict } : {});
      }
    },
    async insertRows(table, columns, rows, options = {}) {
      if (options.computed) throw new Error('computed columns are written by PostgreSQL stores only');
      if (rows.length === 0) return [];
      const returning = options.returning;
      const out: Record<string, unknown>[] = [];
      const maxRows = Math.max(1, Math.floor(SQLITE_MAX_PARAMS / columns.length));
      const byRowid = returning?.length && !options.onConflict ? rowidReturning(columns, returning) : null;
      if (byRowid) {
        // The returned rows are made here rather than by RETURNING, which SQLite collects and
        // hands back a row object at a time. Without a conflict clause every row goes in, and a
        // statement gives its rows consecutive rowids in VALUES order (each new rowid is one
        // more than the largest so far; nothing else writes inside this transaction), so the
        // last rowid says them all.
        for (const [at, size] of sqliteRuns(rows.length, maxRows)) {
          await breathe();
          const info = raw.prepare(sqliteInsert(table, columns, size, '')).run(...flatParams(rows, at, size));
          if (info.changes !== size) throw new Error(`${table}: ${size} rows inserted as ${info.changes}`);
          const first = Number(info.lastInsertRowid) - size + 1;
          for (let i = 0; i < size; i++) out.push(byRowid(rows[at + i]!, first + i));
        }
        return out;
      }
      const tail = `${options.onConflict ? ` ${options.onConflict}` : ''}${returning?.length ? ` RETURNING ${returning.map(quote).join(', ')}` : ''}`;
      if (returning?.length && !options.keyed) {
        // Row order promised: a statement per row, whose returned row is that row's.
        const stmt = raw.prepare(sqliteInsert(table, columns, 1, tail));
        for (let i = 0; i < rows.length; i++) {
          if ((i & 63) === 0) await breathe();
          out.push(stmt.get(...bind(rows[i])) as Record<string, unknown>);
        }
        return out;
      }
      // A run of rows per call into SQLite: the crossing and the statement reset cost more
      // than a small row's insert.
      for (const [at, size] of sqliteRuns(rows.length, maxRows)) {
        await breathe();
        const stmt = raw.prepare(sqliteInsert(table, columns, size, tail));
        if (returning?.length) for (const r of stmt.all(...flatParams(rows, at, size)) as Record<string, unknown>[]) out.push(r);
        else stmt.run(...flatParams(rows, at, size));
      }
      return out;
    },
  };
}

/**
 * SQLite: the returned row of an inserted row from its own values and its rowid, where
 * `returning` names `id` (the table's rowid: every table of the store with an `id` column
 * declares it INTEGER PRIMARY KEY) and otherwise only inserted columns. Null where it cannot.
 */
function rowidReturning(columns: readonly ColumnSpec[], returning: readonly string[]): ((row: readonly unknown[], id: number) => Record<string, unknown>) | null {
  if (!returning.includes('id') || columns.some((c) => c.name === 'id')) return null;
  const at = returning.map((name) => (name === 'id' ? -1 : columns.findIndex((c) => c.name === name)));
  if (at.some((i, k) => i < 0 && returning[k] !== 'id')) return null;
  return (row, id) => {
    const r: Record<string, unknown> = {};
    returning.forEach((name, k) => (r[name] = at[k]! < 0 ? id : row[at[k]!]));
    return r;
  };
}

/** SQLite insert texts by column list (the store's are constants), table, row count and tail: built once each. */
const sqliteInserts = new WeakMap<readonly ColumnSpec[], Map<string, string>>();
function sqliteInsert(table: string, columns: readonly ColumnSpec[], rows: number, tail: string): string {
  let byShape = sqliteInserts.get(columns);
  if (!byShape) sqliteInserts.set(columns, (byShape = new Map()));
  const key = `${table}|${rows}|${tail}`;
  let text = byShape.get(key);
  if (text === undefined) {
    text = valuesInsert(table, columns, rows, tail);
    setBounded(byShape, 100, key, text);
  }
  return text;
}

/** The advisory lock on a store's shared rows: one per schema. */
const SHARED_LOCK = '1380270401, hashtext(current_schema())';

/**
 * Advisory locks on keys of a store, taken in the order of their 64-bit hashes (the one-key
 * lock space, apart from the store's two-key locks). A collision of two hashes only makes two
 * writers wait for each other, never wrong.
 */
const LOCK_KEYS_SQL = `SELECT count(pg_advisory_xact_lock(k)) AS n FROM (
  SELECT DISTINCT hashtextextended(current_schema() || ' ' || key, 1380270404) AS k FROM unnest($1::text[]) AS key ORDER BY k OFFSET 0) AS keys`;

/** `pool`: the store's connections, from which `apart` takes one of its own. */
function pgTx(kysely: Kysely<Database>, pool: Kysely<Database>): WriteTx {
  let locked: 'alone' | 'beside' | null = null;
  const all = async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> =>
    (await kysely.executeQuery<R>(CompiledQuery.raw(toPg(sql), bindPg(params)))).rows as R[];
  return {
    backend: 'postgres',
    kysely,
    all,
    async run(sql, params) {
      await kysely.executeQuery(CompiledQuery.raw(toPg(sql), bindPg(params)));
    },
    async lockShared() {
      if (locked === 'alone') return;
      await kysely.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_xact_lock(${SHARED_LOCK})`));
      locked = 'alone';
    },
    async lockSharedBeside() {
      if (locked !== null) return;
      await kysely.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_xact_lock_shared(${SHARED_LOCK})`));
      locked = 'beside';
    },
    async lockKeys(keys) {
      if (keys.length > 0) await kysely.executeQuery(CompiledQuery.raw(LOCK_KEYS_SQL, [pgArrayLiteral(keys)]));
    },
    apart(fn) {
      // Alone, this transaction keeps every other writer waiting: one that is now in its own
      // `apart` may wait for locks taken here, and this one would wait for it.
      if (locked === 'alone') return fn(this);
      return pgTransaction(pool, fn);
    },
    inList: (column, values) => ({ sql: `${column} = ANY(?)`, param: values }),
    async writeAll(writes) {
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const w of writes) {
        if ('sql' in w) {
          let k = 0;
          const at = params.length;
          parts.push(w.sql.replace(/\?/g, () => `$${at + ++k}`));
          if (k !== w.params.length) throw new Error(`a statement with ${k} placeholders was given ${w.params.length} values`);
          params.push(...bindPg(w.params));
        } else if (w.rows.length > 0) {
          // Each column travels as one array parameter, as in insertRows.
          const at = params.length;
          const names = w.columns.map((c) => quote(c.name)).join(', ');
          parts.push(`INSERT INTO ${quote(w.table)} (${names}) SELECT * FROM unnest(${w.columns.map((c, i) => `$${at + i + 1}::${c.pg}[]`).join(', ')})${w.onConflict ? ` ${w.onConflict}` : ''}`);
          w.columns.forEach((_, i) => params.push(pgArrayLiteral(w.rows.map((r) => r[i]))));
        }
      }
      if (parts.length === 0) return;
      const last = parts.pop()!;
      const sql = parts.length === 0 ? last : `WITH ${parts.map((p, i) => `w${i} AS (${p})`).join(', ')} ${last}`;
      await kysely.executeQuery(CompiledQuery.raw(sql, params));
    },
    async insertRows(table, columns, rows, options = {}) {
      if (rows.length === 0) return [];
      const returning = options.returning;
      const conflict = options.onConflict ? ` ${options.onConflict}` : '';
      if (options.computed && !(options.longText && (!returning?.length || options.keyed))) throw new Error('a computed column needs longText rows (and keyed returning rows)');
      if (options.longText && (!returning?.length || options.keyed)) {
        const tail = `${conflict}${returning?.length ? ` RETURNING ${returning.map(quote).join(', ')}` : ''}`;
        const maxRows = Math.max(1, Math.floor(PG_MAX_PARAMS / columns.length));
        const out: Record<string, unknown>[] = [];
        for (const [at, size] of pgRuns(rows.length, maxRows)) {
          const sql = valuesInsert(table, columns, size, tail, true, options.computed);
          const result = await kysely.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, flatParams(rows, at, size)));
          for (const r of result.rows) out.push(r);
        }
        return out;
      }
      // One statement however many rows: each column travels as one array parameter.
      const arrays = columns.map((_, i) => pgArrayLiteral(rows.map((r) => r[i])));
      const withOrder = returning?.length ? ', ordinality' : '';
      const sql = returning?.length
        ? // unnest ... WITH ORDINALITY keeps the row order for the RETURNING rows.
          `WITH input AS (SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ')}) WITH ORDINALITY AS t(${columns.map((c) => quote(c.name)).join(', ')}${withOrder})),
           ins AS (INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM input ORDER BY ordinality${conflict} RETURNING ${returning.map(quote).join(', ')})
           SELECT * FROM ins`
        : `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ')})${conflict}`;
      const result = await kysely.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, arrays));
      return result.rows as Record<string, unknown>[];
    },
  };
}

/**
 * Rows of several tables (and statements) gathered and written together with `writeAll`, once
 * `limit` rows are waiting: on PostgreSQL one round trip for all of them, and never more rows
 * in hand than that.
 */
export class WriteBatch {
  private writes: Write[] = [];
  private byTable = new Map<string, RowsWrite & { rows: unknown[][] }>();
  private count = 0;
  constructor(private readonly tx: WriteTx, private readonly limit = 2000) {}

  /** Adds a row; true when `limit` rows are waiting and flush() is due. */
  push(table: string, columns: readonly ColumnSpec[], row: unknown[], onConflict?: string): boolean {
    const key = `${table}\u0000${onConflict ?? ''}`;
    let w = this.byTable.get(key);
    if (!w) {
      w = { table, columns, rows: [], ...(onConflict ? { onConflict } : {}) };
      this.byTable.set(key, w);
      this.writes.push(w);
    }
    w.rows.push(row);
    return ++this.count >= this.limit;
  }

  /** Adds a statement, written with the rows at the next flush. */
  statement(w: StatementWrite): void {
    this.writes.push(w);
  }

  async flush(): Promise<void> {
    if (this.writes.length === 0) return;
    const writes = this.writes;
    this.writes = [];
    this.byTable.clear();
    this.count = 0;
    await this.tx.writeAll(writes);
  }
}

export interface WriteContext {
  backend: Backend;
  db: Kysely<Database>;
  /** SQLite: the raw connection Kysely also uses (one connection per store). */
  raw: BetterSqlite3.Database | null;
  location: string;
}

/** Stops at the first transient failure that is worth a second try (PostgreSQL deadlock, serialisation). */
const isRetryablePg = (error: unknown): boolean => ['40P01', '40001'].includes((error as { code?: string }).code ?? '');

/**
 * SQLite: pages of cache (in KiB, as `PRAGMA cache_size` takes a negative number) while a
 * transaction writes a very large text. The connection's cache is 64 MB for the reads of a
 * server; a write of a 50 MB text, its search index and its rows would fill all of it with
 * pages written once, beside the text and its record in memory. Past this size SQLite writes
 * the pages to the log as it goes, which it does at the commit anyway.
 */
const LARGE_WRITE_CACHE_KIB = 8192;

export interface WriteOptions {
  /** The transaction writes a very large text: SQLite keeps a small cache while it runs. */
  large?: boolean;
}

/** One PostgreSQL transaction on a connection of the pool. */
function pgTransaction<T>(pool: Kysely<Database>, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  return pool.connection().execute(async (conn) => {
    await conn.executeQuery(CompiledQuery.raw('BEGIN'));
    try {
      const result = await fn(pgTx(conn, pool));
      await conn.executeQuery(CompiledQuery.raw('COMMIT'));
      return result;
    } catch (error) {
      await conn.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => undefined);
      throw error;
    }
  });
}

/** Runs `fn` in one write transaction, retried as a whole while the store is busy. */
export async function writeTransaction<T>(ctx: WriteContext, fn: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const started = Date.now();
  const timeout = busyTimeoutMs();
  const BUSY = Symbol('busy');
  for (let attempt = 0; ; attempt++) {
    let outcome: T | typeof BUSY;
    if (ctx.backend === 'sqlite') {
      const raw = ctx.raw!;
      // The connection is held only while the lock is ours: between tries, this process's
      // readers (a server's pages) keep going.
      outcome = await ctx.db.connection().execute(async (conn) => {
        raw.prepare('PRAGMA busy_timeout = 0').run();
        try {
          raw.prepare('BEGIN IMMEDIATE').run();
        } catch (error) {
          if (isSqliteBusy(error)) return BUSY;
          throw error;
        } finally {
          raw.prepare(`PRAGMA busy_timeout = ${SQLITE_BUSY_MS}`).run();
        }
        const cacheSize = options.large ? (raw.pragma('cache_size', { simple: true }) as number) : null;
        if (cacheSize !== null) raw.pragma(`cache_size = -${LARGE_WRITE_CACHE_KIB}`);
        try {
          const result = await fn(sqliteTx(raw, conn));
          raw.prepare('COMMIT').run();
          return result;
        } catch (error) {
          if (raw.inTransaction) raw.prepare('ROLLBACK').run();
          throw error;
        } finally {
          if (cacheSize !== null) raw.pragma(`cache_size = ${cacheSize}`);
        }
      });
    } else {
      try {
        outcome = await pgTransaction(ctx.db, fn);
      } catch (error) {
        if (isRetryablePg(error) && attempt < 5) {
          await sleep(20 + Math.random() * 80);
          continue;
        }
        throw error;
      }
    }
    if (outcome !== BUSY) return outcome;
    const waited = Date.now() - started;
    if (waited >= timeout) throw new BusyError(ctx.location, waited);
    // Short pauses first (a batch commits in tens of milliseconds), longer ones later; jitter
    // keeps two waiting writers from retrying in step.
    await sleep(Math.min(250, 5 + attempt * 5) * (0.5 + Math.random()));
  }
}
