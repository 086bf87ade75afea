/**
 * The ingest loop: documents in, store rows out, one transaction per document version.
 * A text already stored is recognised by its hash before the pipeline runs, so a re-run
 * over the same inputs (after a crash, or a routine re-crawl) costs little.
 *
 * With an extractor backed by worker threads, several documents are extracted at once
 * while the main thread commits finished ones in input order.
 */
import { contentHash, type ExtractInput } from '../extract.js';
import type { ExtractRecord } from '../record/types.js';
import type { PutStatus, Store } from '../store/store.js';
import { inlineExtractor, type Extractor } from './extract-pool.js';
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

export interface IngestOptions {
  store: Store;
  pipelineVersion: string;
  /** Overrides the document source of every input (e.g. a feed's owner). */
  source?: string | null;
  /** Date for inputs that give none. */
  defaultDate?: string | null;
  /** Where extraction runs (default: this thread). */
  extractor?: Extractor;
  onProgress?: (p: IngestProgress) => void;
  /** Called once per document, after it is committed or failed. */
  onItem?: (name: string, status: PutStatus | 'failed', detail: string) => void;
}

type Settled = { ok: true; record: ExtractRecord } | { ok: false; error: string };

type Slot =
  | { kind: 'failed'; name: string; error: string }
  | { kind: 'unchanged'; name: string; documentId: string }
  | { kind: 'extract'; name: string; item: Extract<SourceItem, { ok: true }>; input: ExtractInput; record: Promise<Settled> };

export async function ingestItems(items: AsyncIterable<SourceItem>, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const extractor = options.extractor ?? inlineExtractor();
  const windowSize = Math.max(1, extractor.threads * 2 + 1);
  const counts: IngestCounts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const failures: { input: string; error: string }[] = [];
  const warnings: string[] = [];
  const queue: Slot[] = [];
  let done = 0;

  const fail = (name: string, error: string) => {
    counts.failed++;
    failures.push({ input: name, error });
    options.onItem?.(name, 'failed', error);
  };

  const finish = async (slot: Slot): Promise<void> => {
    done++;
    if (slot.kind === 'failed') fail(slot.name, slot.error);
    else if (slot.kind === 'unchanged') {
      counts.unchanged++;
      options.onItem?.(slot.name, 'unchanged', slot.documentId);
    } else {
      const settled = await slot.record;
      if (!settled.ok) fail(slot.name, `${slot.name}: extraction failed (${settled.error})`);
      else {
        const { input, item } = slot;
        const record = settled.record;
        if (!record.date && options.defaultDate) record.date = options.defaultDate;
        try {
          const result = await options.store.putDocument({
            text: input.text,
            record,
            id: input.id ?? null,
            key: item.key,
            url: input.url ?? record.url ?? null,
            title: input.title ?? record.title ?? null,
            date: input.date ?? record.date ?? options.defaultDate ?? null,
            source: input.source ?? record.source ?? null,
            origin: item.origin,
            pipelineVersion: options.pipelineVersion,
          });
          counts[result.status]++;
          options.onItem?.(slot.name, result.status, `${result.documentId} v${result.version}`);
        } catch (error) {
          fail(slot.name, `${slot.name}: cannot store (${(error as Error).message ?? String(error)})`);
        }
      }
    }
    options.onProgress?.({ ...counts, done, elapsedMs: Date.now() - started, current: slot.name });
  };

  for await (const item of items) {
    if (!item.ok) {
      queue.push({ kind: 'failed', name: item.name, error: item.error });
    } else {
      if (item.warning) warnings.push(item.warning);
      const input: ExtractInput = { ...item.input, source: options.source ?? item.input.source ?? null, date: item.input.date ?? null };
      let existing = null;
      try {
        existing = await options.store.findVersion(contentHash(input.text));
      } catch (error) {
        queue.push({ kind: 'failed', name: item.name, error: `${item.name}: cannot read the store (${(error as Error).message})` });
        existing = undefined;
      }
      if (existing) queue.push({ kind: 'unchanged', name: item.name, documentId: existing.documentId });
      else if (existing === null) {
        const record = extractor.extract(input).then(
          (r): Settled => ({ ok: true, record: r }),
          (e: unknown): Settled => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
        );
        queue.push({ kind: 'extract', name: item.name, item, input, record });
      }
    }
    while (queue.length >= windowSize) await finish(queue.shift()!);
  }
  while (queue.length > 0) await finish(queue.shift()!);
  const elapsedMs = Date.now() - started;
  return { ...counts, failures, warnings, elapsedMs, rate: elapsedMs > 0 ? (done * 1000) / elapsedMs : done };
}
