/**
 * SQLite in WAL mode copies the log into the database file (a checkpoint, with its fsync) from
 * inside the commit that takes the log past its size limit: the writing thread, which during
 * an ingest also hands documents to the extraction threads, then waits on the disk. Measured
 * on an ingest of small documents, those checkpoints were most of the time spent committing.
 *
 * A checkpointer does them on a thread of its own instead, after commits, at most one at a
 * time and not more often than every CHECKPOINT_GAP_MS. The writer's own automatic checkpoint
 * stays as a backstop, at a higher limit, for when the thread cannot keep up or cannot start.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Log pages at which the writer checkpoints itself while a checkpointer runs (SQLite's default is 1,000). */
export const BACKSTOP_PAGES = 16_000;
/**
 * A page changed by many commits is copied once per checkpoint: checkpoints much closer together
 * than this cost more processor time in all than the writer's own did.
 */
const CHECKPOINT_GAP_MS = 1000;

/**
 * The thread's body, a script of its own (CommonJS, as a thread from source text is): a
 * connection to the same file that makes a passive checkpoint whenever asked. A passive
 * checkpoint neither waits for the writer nor holds it up; when it finds the log busy, the
 * next request tries again.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let error = null;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    error = String(e && e.message || e);
  }
  parentPort.postMessage({ done: true, error });
});
`;

export class Checkpointer {
  private worker: Worker | null = null;
  private broken = false;
  private running = false;
  private due = false;
  private timer: NodeJS.Timeout | null = null;
  private lastEnd = 0;
  private closing: Promise<void> | null = null;

  /** `onStart` is told once the thread runs (the writer then raises its own limit). */
  constructor(
    private readonly path: string,
    private readonly onStart: () => void,
    private readonly onStop: () => void,
  ) {}

  /** After a commit: a checkpoint soon, unless one is running or was just made. */
  nudge(): void {
    if (this.broken || this.closing) return;
    if (!this.worker && !this.start()) return;
    this.due = true;
    this.pump();
  }

  private start(): boolean {
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      const worker = new Worker(THREAD, { eval: true, workerData: { path: this.path, driver }, execArgv: [] });
      worker.unref();
      worker.on('message', () => {
        this.running = false;
        this.lastEnd = Date.now();
        this.pump();
      });
      const stop = () => {
        if (this.worker !== worker) return;
        this.worker = null;
        this.broken = true;
        this.running = false;
        this.onStop();
      };
      worker.on('error', stop);
      worker.on('exit', stop);
      this.worker = worker;
      this.onStart();
      return true;
    } catch {
      this.broken = true;
      return false;
    }
  }

  private pump(): void {
    if (!this.due || this.running || !this.worker || this.timer || this.closing) return;
    const wait = this.lastEnd + CHECKPOINT_GAP_MS - Date.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.pump();
      }, wait);
      this.timer.unref();
      return;
    }
    this.due = false;
    this.running = true;
    this.worker.postMessage('checkpoint');
  }

  /** Stops the thread (its connection closed) before the store's own connection closes. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.timer) clearTimeout(this.timer);
      const worker = this.worker;
      if (!worker) return;
      this.worker = null;
      // Held until it has gone: an unreferenced thread would let the process end mid-close.
      worker.ref();
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)));
      await Promise.race([exited, timeout]);
      clearTimeout(timer);
      await worker.terminate().catch(() => undefined);
    })();
    return this.closing;
  }
}
