/**
 * One worker process of the steady-state half of `ingest-pg.ts`: it drains a warm-up queue of
 * its own (its own schema, its own documents) and tells the bench it is warm, then waits for
 * the word to start and drains the queue that is timed, with the same extraction thread, so
 * that what V8 compiled during the warm-up is still there. The bench starts every worker's
 * timed phase at once, after all of them are warm.
 *
 * Messages to the bench (IPC): { warm: summary } after the warm-up, { done: summary } at the
 * end; from the bench: 'go'. Each summary's processor time covers its own phase only.
 *
 *   node --import tsx bench/pg-warm-worker.ts WARM_DB TIMED_DB   (spawned with an IPC channel)
 */
import { workerExtractor } from '../src/ingest/extract-pool.js';
import { runWorker } from '../src/queue/worker.js';

const [warmDb, timedDb] = process.argv.slice(2);
if (!warmDb || !timedDb || !process.send) {
  console.error('usage: node --import tsx bench/pg-warm-worker.ts WARM_DB TIMED_DB (from ingest-pg.ts, with an IPC channel)');
  process.exit(2);
}
const send = (message: unknown) => new Promise<void>((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
const go = new Promise<void>((resolve) => process.on('message', (m) => m === 'go' && resolve()));
// Started in a session of its own, this process does not get the bench's Ctrl+C: it ends when
// the bench does, whose channel then closes.
let finished = false;
process.on('disconnect', () => {
  if (!finished) process.exit(1);
});

// As `readout worker --concurrency 1`: one extraction thread, the storing on this one.
const extractor = workerExtractor(1);
try {
  const warm = await runWorker({ location: warmDb, concurrency: 1, drain: true, extractor });
  await send({ warm });
  await go;
  const done = await runWorker({ location: timedDb, concurrency: 1, drain: true, extractor });
  await send({ done });
  finished = true;
} finally {
  await extractor.close();
}
process.disconnect();
