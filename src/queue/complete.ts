/**
 * Marks document jobs completed, as pg-boss's `complete` does, in one statement that finds the
 * jobs by their key. pg-boss's own statement matches the ids through a subquery the planner
 * cannot size, so on a long queue it read every job of the queue at each call (and returned
 * every column of the jobs it changed, texts included, only to count them): it cost the server
 * more than taking the jobs did. Written against pg-boss 10's job table, whose columns the
 * queue status already reads.
 *
 * A done job keeps what names its input but not the input itself (a JSONL line's text, a file's
 * bytes, a feed item's content): the update writes the row again, and pg-boss later copies it to
 * its archive, so the text would be written twice more for nothing; the stored document has it.
 */
import type pg from 'pg';
import type { QueueLocation } from './connect.js';

export async function completeJobs(pool: pg.Pool, loc: QueueLocation, queue: string, ids: readonly string[], output: object): Promise<void> {
  if (ids.length === 0) return;
  await pool.query(
    `UPDATE "${loc.schema}".job SET completed_on = now(), state = 'completed', output = $3::jsonb,
        data = data - 'input' - 'base64' - 'item'
      WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
    [queue, ids, JSON.stringify(output)],
  );
}
