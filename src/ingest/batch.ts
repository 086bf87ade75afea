/**
 * The ingest loop: documents in, store rows out, one transaction per document version.
 * A text already stored is recognised by its hash before the pipeline runs, so a re-run
 * over the same inputs (after a crash, or a routine re-crawl) costs little.
 */
import { contentHash, extract } from '../extract.js';
import type { Store, PutStatus } from '../store/store.js';
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
  onProgress?: (p: IngestProgress) => void;
  /** Called once per document, after it is committed or failed. */
  onItem?: (name: string, status: PutStatus | 'failed', detail: string) => void;
}

export async function ingestItems(items: AsyncIterable<SourceItem>, options: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const counts: IngestCounts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  const failures: { input: string; error: string }[] = [];
  const warnings: string[] = [];
  let done = 0;
  const report = (current: string) => options.onProgress?.({ ...counts, done, elapsedMs: Date.now() - started, current });
  for await (const item of items) {
    done++;
    if (!item.ok) {
      counts.failed++;
      failures.push({ input: item.name, error: item.error });
      options.onItem?.(item.name, 'failed', item.error);
      report(item.name);
      continue;
    }
    if (item.warning) warnings.push(item.warning);
    try {
      const input = {
        ...item.input,
        source: options.source ?? item.input.source ?? null,
        date: item.input.date ?? null,
      };
      const existing = await options.store.findVersion(contentHash(input.text));
      if (existing) {
        counts.unchanged++;
        options.onItem?.(item.name, 'unchanged', existing.documentId);
      } else {
        const record = extract(input);
        if (!record.date && options.defaultDate) record.date = options.defaultDate;
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
        options.onItem?.(item.name, result.status, `${result.documentId} v${result.version}`);
      }
    } catch (error) {
      counts.failed++;
      const message = `${item.name}: ${(error as Error).message ?? String(error)}`;
      failures.push({ input: item.name, error: message });
      options.onItem?.(item.name, 'failed', message);
    }
    report(item.name);
  }
  const elapsedMs = Date.now() - started;
  return { ...counts, failures, warnings, elapsedMs, rate: elapsedMs > 0 ? (done * 1000) / elapsedMs : done };
}
