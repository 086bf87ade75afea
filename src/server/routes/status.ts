/**
 * GET /api/status: what the store holds and, on PostgreSQL, what its job queue is doing — the
 * same as `readout status`. A SQLite store has no queue, and the answer says so in words.
 */
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { Store } from '../../store/store.js';
import type { StatusResponse } from '../api-types.js';
import { OPEN_OBJECT } from '../schemas.js';

export const NO_QUEUE_ON_SQLITE = 'This store is a SQLite file, which has no job queue: "readout ingest" fills it directly. ' +
  'Workers, queued ingests and followed feeds need a PostgreSQL store.';
export const NO_QUEUE_YET = 'No job has been queued on this store yet: "readout ingest --queue" or "readout follow" creates the queue.';
export const QUEUE_NOT_GIVEN = 'The server was not given the queue\'s location, so the queue is not shown here; "readout status --db ..." shows it.';

/**
 * `queueDb` is the store's postgres:// location with its credentials (the store only keeps a
 * redacted copy); the queue is read through a small pool of its own, opened on first use.
 */
export function statusRoutes(app: FastifyInstance, store: Store, queueDb: string | null): void {
  let pool: pg.Pool | null = null;
  app.addHook('onClose', async () => {
    await pool?.end().catch(() => undefined);
    pool = null;
  });

  app.get('/api/status', {
    schema: {
      tags: ['meta'],
      summary: 'The store and its job queue: queued, running, failed and done jobs, the rate, the last errors',
      description: 'The same as `readout status`. `queue` is null on a SQLite store (which has no queue) and before anything was queued; `note` then says why in words. ' +
        'Counts are per queue (documents, feeds, follow ticks); `rate` is documents done per minute over the last 1, 5 and 15 minutes; `perMinute` the last 15 minutes, oldest first.',
      response: { 200: OPEN_OBJECT('`{store: {backend, location, documents, versions, actors, events}, queue: QueueStatus | null, note: string | null}`') },
    },
  }, async (): Promise<StatusResponse> => {
    const stats = await store.stats();
    const shown = { backend: stats.backend, location: stats.location, documents: stats.documents, versions: stats.versions, actors: stats.actors, events: stats.events };
    if (stats.backend === 'sqlite') return { store: shown, queue: null, note: NO_QUEUE_ON_SQLITE };
    if (!queueDb) return { store: shown, queue: null, note: QUEUE_NOT_GIVEN };
    // Loaded here: a server over SQLite never loads the queue's code.
    const { queueLocation, queuePool } = await import('../../queue/connect.js');
    const { queueStatus } = await import('../../queue/status.js');
    const loc = queueLocation(queueDb);
    pool ??= queuePool(loc, 1);
    const queue = await queueStatus(pool, loc);
    return { store: shown, queue, note: queue ? null : NO_QUEUE_YET };
  });
}
