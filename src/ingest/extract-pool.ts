/**
 * Extraction off the calling thread: a pool of worker threads (piscina) running the
 * pipeline. Ingest uses it to extract on every core while the main thread commits; the
 * server uses it so that no text, however hostile, holds up its event loop.
 *
 * The pool gives three guarantees a caller can build on:
 * - a time limit per document: a document still running after `timeoutMs` has its thread
 *   stopped (and replaced) and fails with ExtractTimeoutError;
 * - a bounded queue: beyond `threads + maxQueue` documents in flight, a new one fails at
 *   once with PoolBusyError (which says when to try again);
 * - a heap limit per thread: a document that needs more fails alone with WorkerStoppedError.
 *
 * If worker threads cannot start at all (an unusual runtime), extraction falls back to the
 * calling thread, as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { GROUP_CHARS, GROUP_DOCS, type ExtractInput } from '../extract.js';
import type { RecordBytes } from '../record/record-json.js';
import type { ExtractRecord } from '../record/types.js';
import { runTask, type ExplainedMention, type WorkerGroupTask, type WorkerOp, type WorkerReply, type WorkerTask } from './extract-worker.js';

export type { ExplainedMention } from './extract-worker.js';

/** What ingest needs: extract one document, eventually. */
export interface Extractor {
  extract(input: ExtractInput): Promise<ExtractRecord>;
  /**
   * The record as JSON text, where that is cheaper than the object (from a worker thread, a
   * string crosses as one block of bytes; an object tree is copied node by node on both sides).
   */
  extractJson?(input: ExtractInput): Promise<string | Uint8Array>;
  /** The record as the store takes it: JSON bytes, or for a text read in parts, compressed pieces. */
  extractForStore?(input: ExtractInput): Promise<Uint8Array | RecordBytes>;
  close(): Promise<void>;
  readonly threads: number;
}

/** What the server needs besides: the record as JSON text, the rules behind each mention, the load. */
export interface ExtractPool extends Extractor {
  /** The record as UTF-8 JSON bytes, to be sent as they are. */
  extractJson(input: ExtractInput): Promise<Uint8Array>;
  explain(input: ExtractInput): Promise<ExplainedMention[]>;
  /** Documents running or waiting. */
  readonly inFlight: number;
  /** The time limit per document in milliseconds (0: none). */
  readonly timeoutMs: number;
}

export interface PoolOptions {
  /** Longest one document may run, in milliseconds; 0 or absent: no limit. */
  timeoutMs?: number;
  /** Documents that may wait for a free thread; absent: no bound. */
  maxQueue?: number;
  /** Heap limit of each thread in MB; a document that needs more fails alone. */
  maxHeapMb?: number;
  /** Run the threads at a lower priority than the calling thread (a server's event loop), where the system allows. */
  lowPriority?: boolean;
}

/** A document ran past the time limit; its thread was stopped. */
export class ExtractTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`reading this text took longer than the ${formatSeconds(limitMs)} limit for one document, so it was stopped; send a shorter or less unusual text`);
    this.name = 'ExtractTimeoutError';
  }
}

/** Every thread is busy and the queue is full. */
export class PoolBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`every extraction thread is busy and the queue of waiting documents is full; try again in ${retryAfterSeconds} s`);
    this.name = 'PoolBusyError';
  }
}

/** The thread reading a document stopped (out of memory, or killed). */
export class WorkerStoppedError extends Error {
  constructor(reason: string) {
    super(`the thread reading this text stopped (${reason})`);
    this.name = 'WorkerStoppedError';
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

function unwrap<T>(reply: WorkerReply, pick: (r: WorkerReply) => T | undefined): T {
  if (!(reply instanceof Uint8Array) && !reply.ok) throw new Error(reply.error);
  const value = pick(reply);
  if (value === undefined) throw new Error('the extraction thread gave an unexpected reply');
  return value;
}

const asRecord = (r: WorkerReply) => (!(r instanceof Uint8Array) && 'record' in r ? r.record : undefined);
const asJson = (r: WorkerReply) => (r instanceof Uint8Array ? r : undefined);
const asStored = (r: WorkerReply) => (r instanceof Uint8Array ? r : 'pieces' in r ? r.pieces : undefined);
const asMentions = (r: WorkerReply) => (!(r instanceof Uint8Array) && 'mentions' in r ? r.mentions : undefined);

/** Extraction on the calling thread (no limits: the caller waits for it). */
export function inlineExtractor(): ExtractPool {
  const run = async (op: WorkerOp, input: ExtractInput) => runTask(op, input);
  return {
    threads: 0,
    inFlight: 0,
    timeoutMs: 0,
    extract: async (input) => unwrap(await run('extract', input), asRecord),
    extractJson: async (input) => unwrap(await run('extract-json', input), asJson),
    extractForStore: async (input) => unwrap(await run('extract-store', input), asStored),
    explain: async (input) => unwrap(await run('explain', input), asMentions),
    close: async () => undefined,
  };
}

function workerFile(): string | null {
  // Compiled: extract-worker.js sits beside this file. From source (tsx, vitest), the .ts file does.
  for (const name of ['./extract-worker.js', './extract-worker.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}

/** A TypeScript worker needs the tsx loader in its thread; compiled code needs nothing. */
function execArgvFor(file: string): string[] | undefined {
  if (!file.endsWith('.ts')) return undefined;
  if (process.execArgv.some((a) => a.includes('tsx'))) return undefined;
  try {
    return ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
  } catch {
    return undefined;
  }
}

/**
 * Small documents go to a thread several to a task: each task is a message there and one back,
 * and each message costs both threads (a copy, a wake-up, the pool's bookkeeping) about a tenth
 * of a millisecond, against a few milliseconds to read a press release. A document joins the
 * documents asked for in the same turn of the event loop, up to GROUP_DOCS of them and
 * GROUP_CHARS characters in all (src/extract.ts); a longer text goes alone. The thread reads a
 * group stage by stage (Pipeline.runAll), which gains more the more documents a group holds: 20,000
 * bench documents were ingested at 720 docs/s in groups of up to 48 against 672-680 with 16, at a
 * lower peak RSS (GROUP_DOCS is now 96: src/extract.ts says why).
 */

const STARTUP_ERROR = /Cannot find module|ERR_MODULE_NOT_FOUND|ERR_UNKNOWN_FILE_EXTENSION|No handler function|ERR_REQUIRE_ESM|ERR_WORKER_INVALID_EXEC_ARGV/;

/** A pool of `threads` worker threads; with 0 threads, or no worker file, extraction stays on this thread. */
export function workerExtractor(threads: number, options: PoolOptions = {}): ExtractPool {
  const file = workerFile();
  if (threads < 1 || !file) return inlineExtractor();
  const timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : 0;
  const maxQueue = options.maxQueue ?? Number.POSITIVE_INFINITY;
  const timed = timeoutMs > 0 || Number.isFinite(maxQueue);
  const pool = new Piscina<WorkerTask | WorkerGroupTask, WorkerReply | WorkerReply[]>({
    filename: file,
    // Every thread from the start: threads started only as documents queue up left ingest 1.6x
    // slower than extraction alone, against 1.1x with all of them warm (bench/ingest-ratio.ts).
    minThreads: threads,
    maxThreads: threads,
    // Threads load the language model once; keep them for the life of the pool.
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: execArgvFor(file),
    // A thread that finishes a document waits for this thread to hand it the next, which a
    // commit (tens of milliseconds that cannot be cut into slices) or a loaded machine delays;
    // documents already at the thread keep it working meanwhile. Not with a time limit:
    // stopping a thread would fail its waiting documents too.
    concurrentTasksPerWorker: timeoutMs > 0 ? 1 : 4,
    // Documents in the order they were asked for. By default a task that finds every thread
    // full goes back to the end of the queue, so every other group of documents waited until
    // the rest were done: ingest stores documents in input order, so the ones behind a waiting
    // group could not be written, the window of documents in flight filled and stalled, and the
    // last batch (half the documents of a short run) was written after the threads had finished.
    stricterFIFO: true,
    resourceLimits: options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : undefined,
    workerData: { lowPriority: options.lowPriority ?? false },
  });
  // Threads must not keep a finished command alive; the pool is closed explicitly anyway.
  for (const t of pool.threads) t.unref();
  pool.on('workerCreate', (w: { unref?: () => void }) => w.unref?.());

  const inline = inlineExtractor();
  let closing: Promise<void> | null = null;
  let broken = false;
  let inFlight = 0;
  let completed = 0;
  /** Average run time of recent documents (ms), to say when a busy pool is worth asking again. */
  let averageMs = 1000;

  const runAlone = async (op: WorkerOp, input: ExtractInput): Promise<WorkerReply> => {
    if (broken) return runTask(op, input);
    if (inFlight >= threads + maxQueue) {
      const waitMs = (averageMs * (inFlight + 1)) / threads;
      throw new PoolBusyError(Math.min(60, Math.max(1, Math.ceil(waitMs / 1000))));
    }
    inFlight++;
    const abort = new AbortController();
    // The thread says when it starts the document, for its time limit and the wait a busy pool
    // announces. Without either (ingest), no channel: making and passing one costs both threads
    // more than a small document's hand-over.
    const channel = timed ? new MessageChannel() : null;
    let timer: NodeJS.Timeout | null = null;
    let startedAt = 0;
    channel?.port1.on('message', () => {
      startedAt = Date.now();
      if (timeoutMs > 0) timer = setTimeout(() => abort.abort(), timeoutMs);
      channel.port1.close();
    });
    try {
      const reply = (await pool.run(
        channel ? { op, input, started: channel.port2 } : { op, input },
        channel ? { transferList: [channel.port2], signal: abort.signal } : { signal: abort.signal },
      )) as WorkerReply;
      completed++;
      if (startedAt) averageMs = averageMs * 0.8 + (Date.now() - startedAt) * 0.2;
      return reply;
    } catch (error) {
      if (abort.signal.aborted) throw new ExtractTimeoutError(timeoutMs);
      const message = error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error);
      if (completed === 0 && STARTUP_ERROR.test(message)) {
        // Worker threads cannot load the pipeline here: extract on this thread from now on.
        broken = true;
        return runTask(op, input);
      }
      if (/ERR_WORKER_OUT_OF_MEMORY/.test(message)) throw new WorkerStoppedError('it ran out of memory; the text is too large or too unusual');
      throw new WorkerStoppedError(error instanceof Error ? error.message : String(error));
    } finally {
      inFlight--;
      if (timer) clearTimeout(timer);
      channel?.port1.close();
    }
  };

  // Grouping only without a time limit or a bounded queue: a limit stops the thread of the
  // document that overruns it, which would fail the others of its task too.
  let group: { op: WorkerOp; input: ExtractInput; resolve: (r: WorkerReply) => void; reject: (e: unknown) => void }[] = [];
  let groupChars = 0;
  let sendScheduled = false;
  const sendGroup = () => {
    const members = group;
    group = [];
    groupChars = 0;
    if (members.length === 0) return;
    if (members.length === 1 || broken) {
      for (const m of members) runAlone(m.op, m.input).then(m.resolve, m.reject);
      return;
    }
    inFlight += members.length;
    const task: WorkerGroupTask = { group: members.map((m) => ({ op: m.op, input: m.input })) };
    pool.run(task).then(
      (replies) => {
        inFlight -= members.length;
        completed += members.length;
        const list = replies as WorkerReply[];
        members.forEach((m, i) => m.resolve(list[i]!));
      },
      () => {
        inFlight -= members.length;
        // The thread stopped (out of memory, or could not start): each document again on its
        // own, so only the one at fault fails, with its own reason.
        for (const m of members) runAlone(m.op, m.input).then(m.resolve, m.reject);
      },
    );
  };
  const run = (op: WorkerOp, input: ExtractInput): Promise<WorkerReply> => {
    if (timed || broken || input.text.length > GROUP_CHARS) return runAlone(op, input);
    return new Promise<WorkerReply>((resolve, reject) => {
      group.push({ op, input, resolve, reject });
      groupChars += input.text.length;
      if (group.length >= GROUP_DOCS || groupChars >= GROUP_CHARS) sendGroup();
      else if (!sendScheduled) {
        sendScheduled = true;
        setImmediate(() => {
          sendScheduled = false;
          sendGroup();
        });
      }
    });
  };

  return {
    threads,
    get inFlight() {
      return inFlight;
    },
    timeoutMs,
    extract: async (input) => unwrap(await run('extract', input), asRecord),
    extractJson: async (input) => unwrap(await run('extract-json', input), asJson),
    extractForStore: async (input) => unwrap(await run('extract-store', input), asStored),
    explain: async (input) => unwrap(await run('explain', input), asMentions),
    // Closing twice is harmless: a caller may let go of the threads early and close again when done.
    close() {
      closing ??= inline.close().then(() => pool.destroy());
      return closing;
    },
  };
}
