/**
 * Worker thread body: runs the extraction pipeline on texts sent by the main thread, which
 * alone answers HTTP requests and writes to the store (SQLite allows one writer). Loaded by
 * the pool in extract-pool.ts (piscina), one module instance per thread.
 */
import { setPriority } from 'node:os';
import { Piscina } from 'piscina';
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { extract, extractForStore, extractJsonBytes, makeDocument, processDocument, recordBytes, type ExtractInput } from '../extract.js';
import { defaultPipeline } from '../stages/index.js';
import type { Document } from '../document/document.js';
import { buildRecord } from '../record/build.js';
import { SEGMENT_CHARS } from '../record/segments.js';
import type { RecordBytes } from '../record/record-json.js';
import type { Mention } from '../document/layers.js';
import type { ExtractRecord } from '../record/types.js';

/** What a worker is asked to do with one text. */
export type WorkerOp = 'extract' | 'extract-json' | 'extract-store' | 'explain';

export interface WorkerTask {
  op: WorkerOp;
  input: ExtractInput;
  /** Told once the task starts running, so the time limit counts work and not waiting. */
  started?: MessagePort;
}

/**
 * Several small documents in one task, each with its own operation; the reply is one reply per
 * document, in order. A message each way costs both threads more than a small document's
 * hand-over is worth (see extract-pool.ts).
 */
export interface WorkerGroupTask {
  group: { op: WorkerOp; input: ExtractInput }[];
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
  /** The record as UTF-8 JSON in a buffer of its own, moved (not copied) to the main thread. */
  | Uint8Array
  | { ok: true; mentions: ExplainedMention[] }
  /** A record read in parts, as compressed pieces (each buffer moved, not copied). */
  | { ok: true; pieces: RecordBytes }
  | { ok: false; error: string };

export function runTask(op: WorkerOp, input: ExtractInput): WorkerReply {
  try {
    if (op === 'explain') {
      const doc = processDocument(input);
      const mentions = doc.layer('mentions').map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, form: m.form, stage: m.stage, rule: m.rule }));
      return { ok: true, mentions };
    }
    // The record crosses to the main thread as bytes whose buffer is moved, not copied: the thread
    // that answers requests never builds (or collects) a string of megabytes, which held up
    // /api/health for a tenth of a second at the end of every large extraction.
    if (op === 'extract-json') return extractJsonBytes(input);
    if (op === 'extract-store') {
      const json = extractForStore(input);
      return json instanceof Uint8Array ? json : { ok: true, pieces: json };
    }
    return { ok: true, record: extract(input) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The replies to a group, in order, the same as runTask's for each member. The members' texts go
 * through the pipeline together, each stage over all of them before the next (Pipeline.runAll):
 * a stage run on one small document after eight others starts with its code and lexicons out of
 * the processor's caches, and a group takes less time the more documents it holds (GROUP_DOCS in
 * src/extract.ts). `explain`, and a text that would be read in parts, go on their own.
 */
export function runGroup(group: readonly { op: WorkerOp; input: ExtractInput }[]): WorkerReply[] {
  const docs = group.map((t): Document | null => {
    if (t.op === 'explain' || !(typeof t.input?.text === 'string' && t.input.text.length <= SEGMENT_CHARS)) return null;
    try {
      return makeDocument(t.input);
    } catch {
      // runTask below gives the reason.
      return null;
    }
  });
  defaultPipeline().runAll(docs.filter((doc): doc is Document => doc !== null));
  return group.map((t, i) => {
    const doc = docs[i];
    return doc ? replyOf(t.op, doc) : runTask(t.op, t.input);
  });
}

/** runTask's reply for a short text whose document the pipeline has read. */
function replyOf(op: WorkerOp, doc: Document): WorkerReply {
  try {
    // A short text's record for the store is its JSON, as extractForStore gives it.
    if (op === 'extract-json' || op === 'extract-store') return recordBytes(doc);
    return { ok: true, record: buildRecord(doc) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The buffers a reply moves to the main thread rather than copies. */
function transferablesOf(reply: WorkerReply): ArrayBufferLike[] {
  if (reply instanceof Uint8Array) return [reply.buffer];
  // Every piece has a buffer of its own (finishDeflated makes sure).
  if ('pieces' in reply) return reply.pieces.pieces.map((p) => p.buffer);
  return [];
}

export default function work(task: WorkerTask | WorkerGroupTask): WorkerReply | WorkerReply[] {
  if ('group' in task) {
    const replies = runGroup(task.group);
    const moved = { [Piscina.transferableSymbol]: [...new Set(replies.flatMap(transferablesOf))], [Piscina.valueSymbol]: replies };
    return Piscina.move(moved as never) as unknown as WorkerReply[];
  }
  if (task.started) {
    task.started.postMessage(Date.now());
    task.started.close();
  }
  const reply = runTask(task.op, task.input);
  if (reply instanceof Uint8Array) return Piscina.move(reply) as unknown as Uint8Array;
  if ('pieces' in reply) {
    // Every piece has a buffer of its own (finishDeflated makes sure): all are moved.
    const moved = { [Piscina.transferableSymbol]: reply.pieces.pieces.map((p) => p.buffer), [Piscina.valueSymbol]: reply };
    return Piscina.move(moved as never) as unknown as WorkerReply;
  }
  return reply;
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
