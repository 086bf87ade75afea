/**
 * A small pool of worker threads running the extraction pipeline, so ingest uses every
 * core: workers extract while the main thread commits. If workers cannot start (an
 * unusual runtime), extraction falls back to the main thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extract, type ExtractInput } from '../extract.js';
import type { ExtractRecord } from '../record/types.js';
import type { ExtractJob, ExtractReply } from './extract-worker.js';

export interface Extractor {
  extract(input: ExtractInput): Promise<ExtractRecord>;
  close(): Promise<void>;
  readonly threads: number;
}

/** Extraction on the calling thread. */
export function inlineExtractor(): Extractor {
  return { threads: 0, extract: async (input) => extract(input), close: async () => undefined };
}

function workerUrl(): URL | null {
  // Compiled: extract-worker.js sits beside this file. From source (tsx), the .ts file does.
  for (const name of ['./extract-worker.js', './extract-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

export function workerExtractor(threads: number): Extractor {
  const url = workerUrl();
  if (threads < 1 || !url) return inlineExtractor();
  const pending = new Map<number, { resolve: (r: ExtractRecord) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let broken = false;
  const workers: Worker[] = [];
  for (let i = 0; i < threads; i++) {
    const w = new Worker(url);
    w.unref();
    load.set(w, 0);
    w.on('message', (reply: ExtractReply) => {
      const p = pending.get(reply.seq);
      if (!p) return;
      pending.delete(reply.seq);
      load.set(w, (load.get(w) ?? 1) - 1);
      if (reply.ok) p.resolve(reply.record);
      else p.reject(new Error(reply.error));
    });
    w.on('error', (error) => {
      broken = true;
      for (const [k, p] of pending) {
        if (p.worker !== w) continue;
        pending.delete(k);
        p.reject(error);
      }
    });
    workers.push(w);
  }
  return {
    threads,
    async extract(input) {
      if (broken) return extract(input);
      // Least-loaded worker first.
      let best = workers[0]!;
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      const id = ++seq;
      load.set(best, (load.get(best) ?? 0) + 1);
      return new Promise<ExtractRecord>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: best });
        best.postMessage({ seq: id, input } satisfies ExtractJob);
      }).catch((error: Error) => {
        // A worker that died takes no document with it: redo this one here.
        if (broken) return extract(input);
        throw error;
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
