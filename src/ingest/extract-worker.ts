/**
 * Worker thread body: runs the extraction pipeline on texts sent by the main thread, which
 * alone answers HTTP requests and writes to the store (SQLite allows one writer). Loaded by
 * the pool in extract-pool.ts (piscina), one module instance per thread.
 */
import { setPriority } from 'node:os';
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { extract, processDocument, type ExtractInput } from '../extract.js';
import type { Mention } from '../document/layers.js';
import type { ExtractRecord } from '../record/types.js';

/** What a worker is asked to do with one text. */
export type WorkerOp = 'extract' | 'extract-json' | 'explain';

export interface WorkerTask {
  op: WorkerOp;
  input: ExtractInput;
  /** Told once the task starts running, so the time limit counts work and not waiting. */
  started?: MessagePort;
}

/** One mention with the stage and rule that produced it (what `explain` shows). */
export interface ExplainedMention {
  start: number;
  end: number;
  text: string;
  type: Mention['type'];
  form: Mention['form'];
  stage: string;
  rule: string;
}

export type WorkerReply =
  | { ok: true; record: ExtractRecord }
  | { ok: true; json: string }
  | { ok: true; mentions: ExplainedMention[] }
  | { ok: false; error: string };

export function runTask(op: WorkerOp, input: ExtractInput): WorkerReply {
  try {
    if (op === 'explain') {
      const doc = processDocument(input);
      const mentions = doc.layer('mentions').map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, form: m.form, stage: m.stage, rule: m.rule }));
      return { ok: true, mentions };
    }
    const record = extract(input);
    // A JSON string crosses to the main thread as one block of bytes, far cheaper to pass on than an object tree.
    return op === 'extract-json' ? { ok: true, json: JSON.stringify(record) } : { ok: true, record };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export default function work(task: WorkerTask): WorkerReply {
  if (task.started) {
    task.started.postMessage(Date.now());
    task.started.close();
  }
  return runTask(task.op, task.input);
}

if (!isMainThread && (workerData as { lowPriority?: boolean } | null)?.lowPriority) {
  // On Linux a thread has its own nice value: the server's event loop goes first when cores are scarce.
  try {
    setPriority(10);
  } catch {
    // Not allowed here, or not per thread on this system: run at normal priority.
  }
}

// Load the language model and lexicons when the thread starts, not on its first document.
if (!isMainThread) {
  try {
    extract('Warm-up: the ministers met in Vienna on 2 May.');
  } catch {
    // A failing pipeline shows up on the first real document, with its message.
  }
}
