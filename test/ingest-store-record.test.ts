import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ingestItems } from '../src/ingest/batch.js';
import { workerExtractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { decompressRecord } from '../src/store/record-parts.js';

const dated =
  'date 2024-03-12 Source: Ministry of Foreign Affairs\n\n' +
  'Foreign Minister Léa Dufresne met her Brazilian counterpart in São Paulo on Monday — the first visit in six years. ' +
  '“We signed a memorandum on river ports,” Léa Dufresne said. Trade reached €4.2 billion in 2023.';
const undated =
  'Deputy Prime Minister Jonas Åberg received Ambassador Mirela Kovač in Zürich. ' +
  'The two sides agreed to hold consultations on energy next spring.';

const item = (text: string, id: string): SourceItem => ({ ok: true, name: id, input: { text, id }, key: `id:${id}`, origin: 'jsonl', warning: null });

describe('records stored by ingest from the extraction threads (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-ingest-record-'));
  const extractor = workerExtractor(1);
  afterAll(async () => {
    await extractor.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps each record as the text extraction gives, accents and all, with the date given for one that has none', async () => {
    const path = join(dir, 'store.sqlite');
    const store = await openStore(path);
    async function* items(): AsyncGenerator<SourceItem> {
      yield item(dated, 'paris-1');
      yield item(undated, 'bern-2');
    }
    const summary = await ingestItems(items(), { store, pipelineVersion: 'test', extractor, defaultDate: '2024-02-03' });
    expect(summary).toMatchObject({ new: 2, failed: 0 });
    await store.close();

    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT document_id AS id, record, typeof(record) AS type FROM document_versions ORDER BY id').all() as { id: string; record: Buffer; type: string }[];
    db.close();
    // Kept compressed (a blob): the same JSON once decompressed.
    expect(rows.map((r) => [r.id, r.type])).toEqual([['bern-2', 'blob'], ['paris-1', 'blob']]);
    const expected = new Map([
      ['paris-1', extract({ text: dated, id: 'paris-1' })],
      ['bern-2', { ...extract({ text: undated, id: 'bern-2' }), date: '2024-02-03' }],
    ]);
    for (const r of rows) expect(decompressRecord(r.record).toString('utf8')).toBe(JSON.stringify(expected.get(r.id)));
  });
});
