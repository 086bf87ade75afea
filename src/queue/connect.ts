/**
 * The job queue lives in the store's own PostgreSQL database, in a schema of its own beside the
 * store's tables: pg-boss's tables, plus Readout's small tables for followed feeds and per-host
 * politeness. No other service is involved; SQLite stores have no queue.
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import { isPostgresLocation, redactLocation } from '../store/open.js';

import { DOCUMENT_QUEUE, QUEUES, defaultJobTimeoutS, jobLimits } from './names.js';

export * from './names.js';

export interface QueueLocation {
  /** Connection string without Readout's `schema` parameter. */
  connectionString: string;
  /** The queue's schema: `<store schema>_queue`, or `readout_queue` for a store in the default schema. */
  schema: string;
  /** For messages: the location with any password hidden. */
  shown: string;
}

export class NoQueueError extends Error {
  constructor(location: string) {
    super(`the job queue needs a PostgreSQL store (--db postgres://...); ${redactLocation(location)} is a SQLite file, which "readout ingest" fills directly`);
    this.name = 'NoQueueError';
  }
}

export function queueLocation(location: string): QueueLocation {
  if (!isPostgresLocation(location)) throw new NoQueueError(location);
  const url = new URL(location);
  const storeSchema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const schema = storeSchema ? `${storeSchema}_queue` : 'readout_queue';
  if (!/^[a-z_][a-z0-9_]{0,49}$/i.test(schema)) throw new Error(`queue schema name "${schema}" must be letters, digits and _ (at most 50)`);
  return { connectionString: url.toString(), schema, shown: redactLocation(location) };
}

/** Done jobs stay in the job table this long (the status's 15-minute rate reads them there), failed ones this long. */
export const COMPLETED_KEPT_S = 30 * 60;
export const FAILED_KEPT_S = 12 * 60 * 60;

export interface BossOptions {
  /** Run pg-boss's maintenance (expiry of lost jobs, archiving) and its cron scheduler here. */
  supervise?: boolean;
  /** Connections for pg-boss (default 3). */
  max?: number;
}

/** Starts pg-boss on the queue schema (created on first use) with Readout's queues. */
export async function startBoss(loc: QueueLocation, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: loc.connectionString,
    schema: loc.schema,
    max: options.max ?? 3,
    application_name: 'readout',
    supervise: options.supervise ?? false,
    schedule: options.supervise ?? false,
    // Lost jobs are looked for often: a worker killed mid-job should not hold its jobs for long.
    maintenanceIntervalSeconds: 15,
    cronMonitorIntervalSeconds: 10,
    cronWorkerIntervalSeconds: 5,
    // pg-boss keeps done jobs in the job table for 12 hours by default, and its maintenance
    // reads that whole table each round to find the ones to archive: at hundreds of documents a
    // second, millions of rows read every 15 s. The status reads the last 15 minutes of done
    // jobs from the job table, so half an hour is kept there; failed jobs, whose errors it
    // lists, stay the default 12 hours.
    archiveCompletedAfterSeconds: COMPLETED_KEPT_S,
    archiveFailedAfterSeconds: FAILED_KEPT_S,
  });
  // pg-boss reports connection trouble as events; the commands report their own failures.
  boss.on('error', () => undefined);
  await boss.start();
  await ensureQueues(boss);
  await ensureTables(loc);
  return boss;
}

async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  for (const name of QUEUES) {
    if (existing.has(name)) continue;
    try {
      await boss.createQueue(name, {
        name,
        // One waiting poll per feed at a time: a feed due twice is read once.
        policy: name === DOCUMENT_QUEUE ? 'standard' : 'stately',
        ...jobLimits(defaultJobTimeoutS()),
      });
    } catch (error) {
      // Two processes creating the queue at once: the other one won.
      if (!/already exists|duplicate key/i.test((error as Error).message)) throw error;
    }
  }
}

/** Readout's own tables in the queue schema: followed feeds, items seen, host politeness. */
async function ensureTables(loc: QueueLocation): Promise<void> {
  await withClient(loc, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SELECT pg_advisory_xact_lock(1380270403, hashtext($1))`, [loc.schema]);
      const s = `"${loc.schema}"`;
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.readout_follows (
        url text PRIMARY KEY,
        every_seconds integer NOT NULL,
        fetch_pages boolean NOT NULL DEFAULT true,
        source text,
        etag text,
        last_modified text,
        added_at timestamptz NOT NULL DEFAULT now(),
        last_polled_at timestamptz,
        next_poll_at timestamptz NOT NULL DEFAULT now(),
        last_status text,
        last_error text,
        items_seen integer NOT NULL DEFAULT 0
      )`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.readout_feed_items (
        feed text NOT NULL,
        item text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (feed, item)
      )`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.readout_hosts (
        host text PRIMARY KEY,
        free_at timestamptz NOT NULL
      )`);
      // pg-boss takes the next jobs in (priority, creation) order, which its own index on
      // (name, start_after) cannot give: every fetch read and sorted every waiting job of the
      // queue, so draining a long queue cost time in proportion to its length at each fetch.
      // With an index in that order a fetch reads only the jobs it takes. Creating an index
      // on the job table locks it, so only when missing; new queues' partitions get it too.
      const { rows } = await client.query(`SELECT to_regclass($1) AS name`, [`"${loc.schema}".readout_job_fetch_order`]);
      if (rows[0]?.name === null) {
        await client.query(`CREATE INDEX IF NOT EXISTS readout_job_fetch_order ON ${s}.job (name, priority DESC, created_on, id) WHERE state < 'active'`);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** Jobs queued at once past which the queue's planner statistics are refreshed. */
export const ANALYZE_AFTER_JOBS = 500;

/**
 * Refreshes the planner's statistics of the job table. A queue filled at once (a bulk
 * `ingest --queue`) is otherwise planned as if nearly empty until autovacuum looks at it, and
 * each worker's fetch then reads and sorts every waiting job instead of taking the first few
 * from the ordered index.
 */
export async function analyzeQueue(loc: QueueLocation): Promise<void> {
  await withClient(loc, async (client) => {
    await client.query(`ANALYZE "${loc.schema}".job`);
  });
}

/** One short-lived connection for Readout's own queue tables. */
export async function withClient<T>(loc: QueueLocation, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: loc.connectionString, application_name: 'readout' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A small pool for Readout's queue tables in a long-running process (worker, server). */
export function queuePool(loc: QueueLocation, max = 2): pg.Pool {
  const pool = new pg.Pool({ connectionString: loc.connectionString, max, application_name: 'readout' });
  pool.on('error', () => undefined);
  return pool;
}
