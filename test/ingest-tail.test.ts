/**
 * The end of an ingest: the documents still being extracted when the source ends go in
 * smaller batches as they finish, so the write left once the last one is extracted is short,
 * and every document is still stored once, in input order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractInput } from '../src/extract.js';
import { ingestItems } from '../src/ingest/batch.js';
import type { Extractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { makeRecord } from './fixtures/corpus/make-record.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One thread that finishes a document every `ms` milliseconds, in the order they were asked for. */
function slowExtractor(ms: number): Extractor & { closedAfter: () => number } {
  let queue = Promise.resolve();
  let finished = 0;
  let closedAt = -1;
  return {
    threads: 1,
    extract(input: ExtractInput) {
      const done = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
      queue = done;
      return done.then(() => {
        finished++;
        return makeRecord({ id: input.id ?? 'x', quotes: [{ speaker: null, text: input.text }] });
      });
    },
    close: async () => {
      closedAt = finished;
    },
    closedAfter: () => closedAt,
  };
}

const items = async function* (n: number): AsyncGenerator<SourceItem> {
  for (let i = 0; i < n; i++) yield { ok: true, name: `d${i}`, input: { text: `Document number ${i}.`, id: `d${i}` }, key: `id:d${i}`, origin: 'jsonl', warning: null };
};

describe('the last documents of an ingest', () => {
  it('are written in ever smaller batches while the rest are extracted, each once and in order', async () => {
    const store = await openStore(join(dir, 'tail.sqlite'));
    const batches: string[][] = [];
    const put = store.putDocuments.bind(store);
    store.putDocuments = (inputs) => {
      batches.push(inputs.map((i) => i.id ?? ''));
      return put(inputs);
    };
    const extractor = slowExtractor(2);
    const order: string[] = [];
    try {
      const summary = await ingestItems(items(150), { store, pipelineVersion: 'p', extractor, closeExtractorWhenDone: true, onItem: (name) => order.push(name) });
      expect(summary).toMatchObject({ new: 150, failed: 0 });
      // All 150 fit in one batch of the default size; the source ended at once, so the batches
      // follow the extraction: about half first, then smaller ones, the last one short.
      expect(batches.length).toBeGreaterThanOrEqual(3);
      expect(batches[0]!.length).toBeLessThan(150);
      expect(batches.at(-1)!.length).toBeLessThanOrEqual(64);
      expect(batches.flat()).toEqual(Array.from({ length: 150 }, (_, i) => `d${i}`));
      expect(order).toEqual(Array.from({ length: 150 }, (_, i) => `d${i}`));
      // The threads were let go once the last document was extracted.
      expect(extractor.closedAfter()).toBe(150);
    } finally {
      await store.close();
    }
  });

  it('go in one batch when they are all extracted before the first write', async () => {
    const store = await openStore(join(dir, 'fast.sqlite'));
    const sizes: number[] = [];
    const put = store.putDocuments.bind(store);
    store.putDocuments = (inputs) => {
      sizes.push(inputs.length);
      return put(inputs);
    };
    try {
      const summary = await ingestItems(items(40), { store, pipelineVersion: 'p', extractor: { ...slowExtractor(0), threads: 0 } });
      expect(summary).toMatchObject({ new: 40, failed: 0 });
      expect(sizes).toEqual([40]);
    } finally {
      await store.close();
    }
  });
});
