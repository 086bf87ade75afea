/**
 * Worker thread body for parallel ingest: runs the extraction pipeline on texts sent by
 * the main thread, which alone writes to the store (SQLite allows one writer).
 */
import { parentPort } from 'node:worker_threads';
import { extract, type ExtractInput } from '../extract.js';

export interface ExtractJob {
  seq: number;
  input: ExtractInput;
}

export type ExtractReply = { seq: number; ok: true; record: ReturnType<typeof extract> } | { seq: number; ok: false; error: string };

parentPort?.on('message', (job: ExtractJob) => {
  let reply: ExtractReply;
  try {
    reply = { seq: job.seq, ok: true, record: extract(job.input) };
  } catch (error) {
    reply = { seq: job.seq, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
