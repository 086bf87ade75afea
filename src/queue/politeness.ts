/**
 * Per-host politeness for workers: one request at a time to a host, and a pause between two
 * requests to it, across every worker on the queue (on any machine).
 *
 * The turn of a host is a lease in the queue schema (`readout_hosts.free_at`): a worker takes it
 * with one `insert ... on conflict do update ... where free_at <= now()`, and gives it back as
 * "free again after the pause" when its request is done. A worker killed mid-request holds the
 * host only until its lease (the request time limit plus the pause) runs out.
 */
import type pg from 'pg';
import { fetchUrl, type Fetched, type FetchOptions } from '../ingest/fetch.js';
import type { Fetcher } from '../ingest/sources.js';

export interface HostGate {
  /** Runs `fn` when it is this process's turn at the URL's host. */
  run<T>(url: string, timeoutMs: number, fn: () => Promise<T>): Promise<T>;
}

export const DEFAULT_HOST_DELAY_MS = 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/** Requests of this process to one host run one after the other. */
class LocalTurns {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const before = this.tails.get(host) ?? Promise.resolve();
    const mine = before.then(fn, fn);
    const tail = mine.catch(() => undefined);
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return mine;
  }
}

/** Politeness within one process (no database): one request per host at a time, a pause between. */
export function localGate(delayMs = DEFAULT_HOST_DELAY_MS): HostGate {
  const turns = new LocalTurns();
  const freeAt = new Map<string, number>();
  return {
    run(url, _timeoutMs, fn) {
      const host = hostOf(url);
      return turns.run(host, async () => {
        const wait = (freeAt.get(host) ?? 0) - Date.now();
        if (wait > 0) await sleep(wait);
        try {
          return await fn();
        } finally {
          freeAt.set(host, Date.now() + delayMs);
        }
      });
    },
  };
}

/** Politeness shared by every worker of the queue through the `readout_hosts` table. */
export function sharedGate(pool: pg.Pool, schema: string, delayMs = DEFAULT_HOST_DELAY_MS): HostGate {
  const turns = new LocalTurns();
  const table = `"${schema}".readout_hosts`;
  return {
    run(url, timeoutMs, fn) {
      const host = hostOf(url);
      return turns.run(host, async () => {
        const leaseMs = timeoutMs + delayMs + 1000;
        for (;;) {
          const taken = await pool.query(
            `INSERT INTO ${table} (host, free_at) VALUES ($1, now() + $2 * interval '1 millisecond')
             ON CONFLICT (host) DO UPDATE SET free_at = EXCLUDED.free_at WHERE ${table}.free_at <= now()
             RETURNING host`,
            [host, leaseMs],
          );
          if (taken.rowCount === 1) break;
          const left = await pool.query<{ ms: string }>(`SELECT greatest(0, extract(epoch FROM free_at - now()) * 1000) AS ms FROM ${table} WHERE host = $1`, [host]);
          const ms = Number(left.rows[0]?.ms ?? 0);
          await sleep(Math.min(1000, Math.max(20, ms)) + Math.random() * 30);
        }
        try {
          return await fn();
        } finally {
          await pool.query(`UPDATE ${table} SET free_at = now() + $2 * interval '1 millisecond' WHERE host = $1`, [host, delayMs]).catch(() => undefined);
        }
      });
    },
  };
}

/** fetchUrl, waiting for the host's turn. */
export function politeFetcher(gate: HostGate): Fetcher {
  return (url: string, options: FetchOptions): Promise<Fetched> => gate.run(url, options.timeoutMs ?? 20_000, () => fetchUrl(url, options));
}
