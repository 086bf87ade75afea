/**
 * What the queue is doing, read from pg-boss's tables: jobs queued, running, waiting for a
 * retry, failed and done (per queue), the rate of documents done over the last minutes, the
 * last errors (each naming its input) and the followed feeds. `readout status` prints it; the
 * server gives it at /api/status for the status page.
 */
import type pg from 'pg';
import { DOCUMENT_QUEUE, FEED_QUEUE, FOLLOW_QUEUE, QUEUES, type QueueLocation } from './connect.js';
import { listFollowed, type FollowedFeed } from './feeds.js';

export interface QueueCounts {
  queued: number;
  running: number;
  retrying: number;
  failed: number;
  done: number;
}

export interface QueueStatus {
  schema: string;
  /** Per queue: documents, feeds, follow (the scheduler's tick). */
  queues: ({ name: string; label: string } & QueueCounts)[];
  /** Document jobs only. */
  documents: QueueCounts;
  /** Document jobs done per minute, oldest first, over the last 15 minutes (this minute last). */
  perMinute: number[];
  /** Documents per minute over the last 1, 5 and 15 minutes. */
  rate: { last1: number; last5: number; last15: number };
  lastErrors: { queue: string; input: string; error: string; at: string | null; attempts: number; state: 'failed' | 'retry' }[];
  followed: FollowedFeed[];
}

const LABELS: Record<string, string> = { [DOCUMENT_QUEUE]: 'documents', [FEED_QUEUE]: 'feeds', [FOLLOW_QUEUE]: 'follow ticks' };
const zero = (): QueueCounts => ({ queued: 0, running: 0, retrying: 0, failed: 0, done: 0 });
const STATE: Record<string, keyof QueueCounts> = { created: 'queued', active: 'running', retry: 'retrying', failed: 'failed', completed: 'done' };

/** The status, or null when no job was ever queued on this store (no queue schema yet). */
export async function queueStatus(db: pg.Pool | pg.Client, loc: QueueLocation): Promise<QueueStatus | null> {
  const s = `"${loc.schema}"`;
  const installed = await db.query<{ job: string | null; follows: string | null }>(
    `SELECT to_regclass($1) AS job, to_regclass($2) AS follows`,
    [`${s}.job`, `${s}.readout_follows`],
  );
  if (!installed.rows[0]?.job) return null;
  const counts = await db.query<{ name: string; state: string; n: string }>(
    `SELECT name, state::text AS state, count(*) AS n FROM ${s}.job WHERE name = ANY($1::text[]) GROUP BY 1, 2
     UNION ALL
     SELECT name, state::text, count(*) FROM ${s}.archive WHERE name = ANY($1::text[]) AND state IN ('completed', 'failed') GROUP BY 1, 2`,
    [QUEUES],
  );
  const byQueue = new Map<string, QueueCounts>(QUEUES.map((q) => [q, zero()]));
  for (const r of counts.rows) {
    const key = STATE[r.state];
    const c = byQueue.get(r.name);
    if (key && c) c[key] += Number(r.n);
  }
  const minutes = await db.query<{ ago: number; n: string }>(
    `SELECT floor(extract(epoch FROM (date_trunc('minute', now()) - date_trunc('minute', completed_on))) / 60)::int AS ago, count(*) AS n
     FROM ${s}.job WHERE name = $1 AND state = 'completed' AND completed_on > date_trunc('minute', now()) - interval '14 minutes'
     GROUP BY 1`,
    [DOCUMENT_QUEUE],
  );
  const perMinute = Array.from({ length: 15 }, () => 0);
  for (const r of minutes.rows) if (r.ago >= 0 && r.ago < 15) perMinute[14 - r.ago] = Number(r.n);
  const recent = await db.query<{ last1: string; last5: string; last15: string }>(
    `SELECT count(*) FILTER (WHERE completed_on > now() - interval '1 minute') AS last1,
            count(*) FILTER (WHERE completed_on > now() - interval '5 minutes') AS last5,
            count(*) AS last15
     FROM ${s}.job WHERE name = $1 AND state = 'completed' AND completed_on > now() - interval '15 minutes'`,
    [DOCUMENT_QUEUE],
  );
  const r0 = recent.rows[0];
  const errors = await db.query<{ name: string; state: 'failed' | 'retry'; input: string | null; error: string | null; at: Date | null; attempts: number }>(
    `SELECT name, state::text AS state, coalesce(data->>'name', data->>'url') AS input, output->>'message' AS error,
            coalesce(completed_on, started_on) AS at, retry_count + 1 AS attempts
     FROM ${s}.job WHERE name = ANY($1::text[]) AND state IN ('failed', 'retry') AND output IS NOT NULL
     ORDER BY coalesce(completed_on, started_on) DESC NULLS LAST LIMIT 10`,
    [QUEUES],
  );
  return {
    schema: loc.schema,
    queues: QUEUES.map((name) => ({ name, label: LABELS[name] ?? name, ...byQueue.get(name)! })),
    documents: byQueue.get(DOCUMENT_QUEUE)!,
    perMinute,
    rate: { last1: Number(r0?.last1 ?? 0), last5: Number(r0?.last5 ?? 0) / 5, last15: Number(r0?.last15 ?? 0) / 15 },
    lastErrors: errors.rows.map((e) => ({
      queue: LABELS[e.name] ?? e.name, input: e.input ?? '(unknown input)', error: e.error ?? '(no message)', at: e.at?.toISOString() ?? null,
      attempts: e.attempts, state: e.state,
    })),
    followed: installed.rows[0]?.follows ? await listFollowed(db, loc) : [],
  };
}
