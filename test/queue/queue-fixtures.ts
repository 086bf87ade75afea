/**
 * Shared by the job-queue tests: a store schema of their own on the local PostgreSQL (dropped
 * afterwards with its queue schema), CLI processes, and small waits on the database.
 */
import { createServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import { main } from '../../src/cli/main.js';
import { findPostgres, freshSchema } from '../fixtures/corpus/pg.js';

export { findPostgres };

export interface TestStore {
  /** The store location given to the CLI: `...?schema=NAME`. */
  db: string;
  schema: string;
  /** pg-boss's schema beside it. */
  queueSchema: string;
  client: pg.Client;
  drop(): Promise<void>;
}

/** A fresh store schema (and the queue schema the CLI puts beside it) on `pgUrl`. */
export async function testStore(pgUrl: string, prefix: string): Promise<TestStore> {
  const schema = freshSchema(prefix);
  const queueSchema = `${schema}_queue`;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  return {
    db: `${pgUrl}?schema=${schema}`,
    schema,
    queueSchema,
    client,
    async drop() {
      try {
        // Workers may still be closing their connections: dropping waits for their locks.
        await client.query(`DROP SCHEMA IF EXISTS "${queueSchema}" CASCADE`);
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function count(client: pg.Client, sqlText: string, params: unknown[] = []): Promise<number> {
  const r = await client.query<{ n: string }>(sqlText, params);
  return Number(r.rows[0]?.n ?? 0);
}

/** Rows of a table of the store (0 while the store's tables do not exist yet). */
export async function storeRows(s: TestStore, table: string): Promise<number> {
  const exists = await s.client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`"${s.schema}".${table}`]);
  if (!exists.rows[0]?.t) return 0;
  return count(s.client, `SELECT count(*) AS n FROM "${s.schema}".${table}`);
}

/** Waits until `check` answers true, looking every `everyMs`; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects a child's output and resolves when it exits. */
export function exited(child: ChildProcess): Promise<Exit> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A local port nothing listens on (taken and given back at once). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/**
 * A CLI command run in this process (starting a process per command costs seconds on a busy
 * machine); `env` is set for the run and put back after.
 */
export async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await main(argv, { stdout: out, stderr: err, stdin: Readable.from([]) });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
