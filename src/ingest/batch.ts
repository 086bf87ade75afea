/**
 * The ingest loop: documents in, store rows out.
 *
 * - A text already stored is recognised by its hash before the pipeline runs, so a re-run
 *   over the same inputs (after a crash, or a routine re-crawl) costs little.
 * - With an extractor backed by worker threads, several documents are extracted at once
 *   while the main thread stores finished ones.
 * - Finished documents are stored in batches, many per transaction: a commit per document
 *   costs more than the rows it writes. A batch is written when it is full, when the source
 *   pauses (a FLUSH item, or nothing new for a moment), and at the end. An interrupted run
 *   loses at most the batch being written, never part of a document; running it again
 *   finishes the job.
 */
import { contentHash, type ExtractInput } from '../extract.js';
import { SEGMENT_CHARS } from '../record/segments.js';
import type { ExtractRecord } from '../record/types.js';
import type { PutDocumentInput, PutResult, PutStatus, Store } from '../store/store.js';
import { inlineExtractor, type Extractor } from './extract-pool.js';
import { collectGarbage } from '../record/collect-garbage.js';
import { isSlimRecord, parseDeflatedRecord, parseForStore, recordJsonWithDate, SLIM_PARSE_CHARS, type RecordBytes, type RecordJson } from '../record/record-json.js';
import type { SourceItem } from './sources.js';

export interface IngestCounts {
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
}

export interface IngestProgress extends IngestCounts {
  done: number;
  elapsedMs: number;
  current: string;
}

export interface IngestSummary extends IngestCounts {
  failures: { input: string; error: string }[];
  warnings: string[];
  elapsedMs: number;
  /** Documents per second over the whole run. */
  rate: number;
}

/** A source item that asks for everything read so far to be stored now (the source is about to wait). */
export const FLUSH: unique symbol = Symbol('flush');
export type IngestInput = SourceItem | typeof FLUSH;

/** Characters of text waiting for extraction beyond which the window shrinks to a few per thread. */
const MAX_CHARS_IN_FLIGHT = 32 * 1048576;

export interface IngestOptions {
  store: Store;
  pipelineVersion: string;
  /** Overrides the document source of every input (e.g. a feed's owner). */
  source?: string | null;
  /** Date for inputs that give none. */
  defaultDate?: string | null;
  /** Where extraction runs (default: this thread). */
  extractor?: Extractor;
  /** Documents per store transaction (default 256 on SQLite, 128 on PostgreSQL). */
  batchSize?: number;
  /** Longest a finished document waits for its batch while the source is slow (default 1,000 ms). */
  maxDelayMs?: number;
  onProgress?: (p: IngestProgress) => void;
  /**
   * Close the extractor once the last document is extracted, before the last batch is
   * written: the threads' memory (their copy of a large text, what reading it left) goes back
   * to the system before the largest write of the run. For callers that use the extractor for
   * this run only.
   */
  closeExtractorWhenDone?: boolean;
  /** Called once per input, after it is committed or failed. */
  onItem?: (name: string, status: PutStatus | 'failed', detail: string, item: SourceItem) => void;
}

/** A record, with its JSON text (`json`) when the extractor sent text. */
interface Extracted {
  record: ExtractRecord;
  json: RecordJson | null;
}

/**
 * A document's outcome: its text already stored, a record (made by `take` when its batch is
 * written), or the step that failed.
 */
type Settled =
  | { ok: true; take: () => Extracted }
  | { ok: 'unchanged'; documentId: string }
  | { ok: false; stage: 'read' | 'extract'; error: string };

type Slot = { item: SourceItem; name: string } & (
  | { kind: 'failed'; error: string }
  | { kind: 'unchanged'; documentId: string }
  | { kind: 'extract'; input: ExtractInput; hash: string; key: string | null; origin: string; record: Promise<Settled>; settled: Settled | null }
);

/** Records from threads arrive as UTF-8 bytes; the store keeps them as text. */
const utf8 = new TextDecoder();

/**
 * Fewest documents in a batch written while others are still being extracted. Each commit has
 * a cost of its own (pages of every index written again, actors updated again): the smaller
 * tail batches cost the writing thread about 0.2 ms a document more over rounds of 250 to 500
 * documents (bench/ingest-threads.ts), against the extraction thread idle a third to half as long.
 */
const TAIL_MIN = 64;

/** Texts asked about together, and the longest a text waits for others to join it. */
const LOOKUP_BATCH = 32;
const LOOKUP_WAIT_MS = 5;

/**
 * A remote store asked about texts many at a time: a question per document was a
 * round trip, and a statement the server parsed and planned, each. A text waits a few
 * milliseconds for others; documents wait far longer than that for an extraction thread.
 */
function versionFinder(store: Store): (hash: string) => Promise<PutResult | null> {
  // SQLite answers from a prepared statement in this thread: nothing to save.
  if (store.backend === 'sqlite') return (hash) => store.findVersion(hash);
  let waiting: { hash: string; resolve: (r: PutResult | null) => void; reject: (e: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | null = null;
  const ask = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const asked = waiting;
    waiting = [];
    store.findVersions(asked.map((w) => w.hash)).then(
      (found) => {
        for (const w of asked) w.resolve(found.get(w.hash) ?? null);
      },
      (error: unknown) => {
        for (const w of asked) w.reject(error);
      },
    );
  };
  return (hash) =>
    new Promise((resolve, reject) => {
      waiting.push({ hash, resolve, reject });
      if (waiting.length >= LOOKUP_BATCH) ask();
      else timer ??= setTimeout(ask, LOOKUP_WAIT_MS);
    });
}

export async function ingestItems(items: AsyncIterable<IngestInput>, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const extractor = options.extractor ?? inlineExtractor();
  // SQLite: every commit writes each page the batch changed to the log once, and the rows of a
  // batch land all over the indexes (actors, dates, countries), so the larger the batch, the
  // more rows each page written carries: 256 documents to a commit cost the writing thread
  // 9% less than 128 (512: no better again). PostgreSQL keeps 128: the actor counters of a
  // batch stay locked until its commit, so a smaller batch makes another writer wait less.
  const batchSize = Math.max(1, options.batchSize ?? (options.store.backend === 'sqlite' ? 256 : 128));
  // Enough documents in flight that the threads stay busy while a batch is written: writing
  // holds up this thread (SQLite) or this loop (PostgreSQL), so a whole batch waits beyond the
  // one being written, and threads never run out of queued work meanwhile.
  const windowSize = extractor.threads > 0 ? 2 * batchSize + extractor.threads * 4 : 1;
  // ...unless the texts are large: past this many characters waiting, only a few per thread.
  const smallWindow = Math.max(1, extractor.threads * 4 + 2);
  let inFlightChars = 0;
  // From worker threads, the record comes as JSON text: cheaper to pass than an object tree,
  // and the store keeps that text as it is. A text read in parts comes as JSON from this
  // thread too, so its whole record never exists as objects (see extractJsonBytes), and in
  // compressed pieces where the extractor gives them (extractForStore).
  const extractJson = extractor.extractForStore
    ? extractor.extractForStore.bind(extractor)
    : extractor.extractJson
      ? extractor.extractJson.bind(extractor)
      : null;
  /**
   * A record from a thread stays as the bytes it came in until its batch is written: a few
   * hundred records wait at a time (the window), and as objects each would live through
   * several collections of this thread's young objects, be copied each time, then be moved to
   * the old generation and collected there. As bytes it is one block outside the heap; read
   * just before it is written, its objects live only as long as the write.
   */
  const keepBytes = options.store.backend === 'sqlite';
  const fromReply = (reply: string | Uint8Array | RecordBytes): Extracted => {
    if (typeof reply !== 'string' && !(reply instanceof Uint8Array)) {
      const record = parseDeflatedRecord(reply);
      collectGarbage();
      return { record, json: reply };
    }
    if (typeof reply !== 'string' && reply.byteLength > SLIM_PARSE_CHARS) {
      // A large record stays bytes: as a string it would take up to twice their size
      // again, and the store writes it a part at a time straight from them.
      const record = parseForStore(reply);
      collectGarbage();
      return { record, json: { pieces: [reply] } };
    }
    // SQLite keeps the record compressed: from the bytes the thread sent, which the text
    // would otherwise be encoded back into first, and of which only what the store reads
    // becomes text. PostgreSQL takes the text.
    if (keepBytes && typeof reply !== 'string') return { record: parseForStore(reply), json: { pieces: [reply] } };
    const json = typeof reply === 'string' ? reply : utf8.decode(reply);
    const record = parseForStore(json);
    // The bytes of a large record, and what reading its lists left, go before it is stored.
    if (json.length > SLIM_PARSE_CHARS) collectGarbage();
    return { record, json };
  };
  const run = (input: ExtractInput): Promise<Settled> =>
    extractJson && (extractor.threads > 0 || input.text.length > SEGMENT_CHARS)
      ? extractJson(input).then((reply) => ({ ok: true as const, take: () => fromReply(reply) }))
      : extractor.extract(input).then((record) => ({ ok: true as const, take: () => ({ record, json: null }) }));
  const findVersion = versionFinder(options.store);
  /** A text already stored is not extracted again. */
  const lookUpThenRun = async (input: ExtractInput, name: string, hash: string): Promise<Settled> => {
    let existing;
    try {
      existing = await findVersion(hash);
    } catch (error) {
      return { ok: false, stage: 'read', error: `${name}: cannot read the store (${(error as Error).message})` };
    }
    if (existing) return { ok: 'unchanged', documentId: existing.documentId };
    return run(input).catch((e: unknown): Settled => ({ ok: false, stage: 'extract', error: e instanceof Error ? e.message : String(e) }));
  };
  const maxDelayMs = options.maxDelayMs ?? 1000;
  const counts: IngestCounts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const failures: { input: string; error: string }[] = [];
  const warnings: string[] = [];
  const inFlight: Slot[] = [];
  let ready: Slot[] = [];
  let readySince = 0;
  let done = 0;

  const report = (slot: Slot, status: PutStatus | 'failed', detail: string) => {
    done++;
    if (status === 'failed') {
      counts.failed++;
      failures.push({ input: slot.name, error: detail });
    } else counts[status]++;
    options.onItem?.(slot.name, status, detail, slot.item);
    options.onProgress?.({ ...counts, done, elapsedMs: Date.now() - started, current: slot.name });
  };

  /** Writes the batch's documents in one transaction, then reports its slots in input order. */
  const writeBatch = async (slots: Slot[]): Promise<void> => {
    const puts: { slot: Slot; put: PutDocumentInput }[] = [];
    for (const slot of slots) {
      if (slot.kind !== 'extract' || slot.settled?.ok !== true) continue;
      let extracted: Extracted;
      try {
        extracted = slot.settled.take();
      } catch (error) {
        slot.settled = { ok: false, stage: 'extract', error: error instanceof Error ? error.message : String(error) };
        continue;
      }
      const record = extracted.record;
      let json = extracted.json;
      const defaultDate = (slot.item.ok ? slot.item.settings?.defaultDate : null) ?? options.defaultDate ?? null;
      if (!record.date && defaultDate) {
        record.date = defaultDate;
        // Where the JSON cannot take the date in place, the objects are written out instead,
        // unless they lack the lists (a large record), whose JSON then stays as it was.
        json = json === null ? null : (recordJsonWithDate(json, record.id, defaultDate) ?? (isSlimRecord(record) ? json : null));
      }
      const input = slot.input;
      puts.push({
        slot,
        put: {
          text: input.text,
          record,
          id: input.id ?? null,
          key: slot.key,
          url: input.url ?? record.url ?? null,
          title: input.title ?? record.title ?? null,
          date: input.date ?? record.date ?? defaultDate,
          source: input.source ?? record.source ?? null,
          origin: slot.origin,
          pipelineVersion: options.pipelineVersion,
          recordJson: json,
          hash: slot.hash,
        },
      });
    }
    let outcomes: Awaited<ReturnType<Store['putDocuments']>> = [];
    try {
      outcomes = await options.store.putDocuments(puts.map((p) => p.put));
    } catch (error) {
      const message = (error as Error).message ?? String(error);
      outcomes = puts.map(() => ({ status: 'failed', error: message }));
    }
    const bySlot = new Map(puts.map((p, i) => [p.slot, outcomes[i]!]));
    for (const slot of slots) {
      if (slot.kind === 'failed') report(slot, 'failed', slot.error);
      else if (slot.kind === 'unchanged') report(slot, 'unchanged', slot.documentId);
      else if (slot.settled?.ok !== true) report(slot, 'failed', `${slot.name}: extraction failed (${slot.settled?.ok === false ? slot.settled.error : 'no result'})`);
      else {
        const outcome = bySlot.get(slot)!;
        if (outcome.status === 'failed') report(slot, 'failed', `${slot.name}: cannot store (${outcome.error})`);
        else report(slot, outcome.status, `${outcome.documentId} v${outcome.version}`);
      }
    }
  };

  /** A slot whose text the store already held, or could not be asked about, is no extraction. */
  const known = (slot: Slot): Slot => {
    if (slot.kind !== 'extract' || !slot.settled) return slot;
    const s = slot.settled;
    if (s.ok === 'unchanged') return { item: slot.item, name: slot.name, kind: 'unchanged', documentId: s.documentId };
    if (s.ok === false && s.stage === 'read') return { item: slot.item, name: slot.name, kind: 'failed', error: s.error };
    return slot;
  };

  /**
   * The batch being written. A write is not waited for before more documents are handed to the
   * threads: on a remote store a batch takes long enough for every thread to run dry. Batches
   * are written one after another, so reports keep the input order.
   */
  let writing: Promise<void> | null = null;
  /** What a write threw (a caller's callback), raised at the next flush rather than left unhandled. */
  let writeError: { error: unknown } | null = null;
  const written = async () => {
    while (writing) await writing;
    if (writeError) throw writeError.error;
  };
  /** Starts writing the ready documents once the previous batch is written. */
  const flush = async (): Promise<void> => {
    if (ready.length === 0) return;
    const slots = ready;
    ready = [];
    await written();
    const write: Promise<void> = writeBatch(slots)
      .catch((error: unknown) => {
        writeError = { error };
      })
      .finally(() => {
        if (writing === write) writing = null;
      });
    writing = write;
  };

  const toReady = (slot: Slot) => {
    if (ready.length === 0) readySince = Date.now();
    ready.push(slot);
  };

  /** Moves the oldest slot to the batch once its extraction is done (waiting for it if `wait`). */
  const advance = async (wait: boolean): Promise<boolean> => {
    const head = inFlight[0];
    if (!head) return false;
    if (head.kind === 'extract' && !head.settled) {
      if (!wait) return false;
      head.settled = await head.record;
    }
    inFlight.shift();
    if (head.kind === 'extract') inFlightChars -= head.input.text.length;
    toReady(known(head));
    if (ready.length >= batchSize) await flush();
    return true;
  };

  /**
   * Stores everything in flight. The documents still being extracted go in smaller batches as
   * they finish, so the write left once the last one is extracted is a short one: a full batch
   * written after the threads have run dry (the end of every run, and every pause of a feed)
   * left them idle for as long as it took, a fifth of a run of 500 documents. A batch is
   * written when the writer is free and at least as many documents are ready as are still
   * being extracted (and TAIL_MIN), so the batches halve towards the end and each is written
   * while the next is extracted. `closeExtractor`: let go of the threads once the last
   * document is extracted, before the last batch is written.
   */
  const drainAll = async (closeExtractor = false) => {
    for (;;) {
      while (await advance(false));
      const head = inFlight[0];
      if (!head) break;
      if (writing === null && ready.length >= Math.max(TAIL_MIN, inFlight.length)) {
        await flush();
        continue;
      }
      // The oldest document or the write under way, whichever is done first.
      const waits: Promise<unknown>[] = [];
      if (head.kind === 'extract' && !head.settled) waits.push(head.record);
      if (writing) waits.push(writing);
      if (waits.length > 0) await Promise.race(waits);
    }
    if (closeExtractor) await extractor.close();
    await flush();
    await written();
  };

  for await (const item of items) {
    if (item === FLUSH) {
      await drainAll();
      continue;
    }
    if (!item.ok) {
      inFlight.push({ item, name: item.name, kind: 'failed', error: item.error });
    } else {
      if (item.warning) warnings.push(item.warning);
      const input: ExtractInput = {
        ...item.input, source: item.settings?.source ?? options.source ?? item.input.source ?? null, date: item.input.date ?? null,
      };
      // The look-up is not awaited here: one round trip per document, in turn, left the
      // extraction threads waiting on a remote store. The slot keeps the input order.
      const hash = contentHash(input.text);
      const slot: Slot = {
        item, name: item.name, kind: 'extract', input, hash, key: item.key, origin: item.origin, settled: null,
        record: lookUpThenRun(input, item.name, hash),
      };
      void slot.record.then((s) => {
        if (slot.kind === 'extract') slot.settled = s;
      });
      inFlight.push(slot);
      inFlightChars += input.text.length;
    }
    // Everything finished goes to the batch without waiting; a full window waits for its oldest.
    while (await advance(false));
    while (inFlight.length >= windowSize || (inFlight.length >= smallWindow && inFlightChars > MAX_CHARS_IN_FLIGHT)) await advance(true);
    if (ready.length > 0 && Date.now() - readySince >= maxDelayMs) await flush();
  }
  await drainAll(options.closeExtractorWhenDone ?? false);
  const elapsedMs = Date.now() - started;
  return { ...counts, failures, warnings, elapsedMs, rate: elapsedMs > 0 ? (done * 1000) / elapsedMs : done };
}
