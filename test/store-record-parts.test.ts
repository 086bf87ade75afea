/**
 * A very large record is stored in compressed parts (store/record-parts.ts) and read back as
 * the same JSON, whatever form it was given in: a string, UTF-8 bytes, or the compressed
 * pieces of a text read in parts. A small record stays in its row as before, and a store
 * made before the parts table existed gains it when opened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeflatedRecord, parseForStore, recordLists, type RecordBytes, type RecordJson } from '../src/record/record-json.js';
import { RecordJoiner } from '../src/record/segments.js';
import type { ExtractRecord } from '../src/record/types.js';
import { openStore } from '../src/store/open.js';
import { decompressRecord, RECORD_PART_BYTES } from '../src/store/record-parts.js';
import type { SqlStore } from '../src/store/sql-store.js';
import { makeRecord } from './fixtures/corpus/make-record.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('store-record-parts: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); running the SQLite part only');

const dir = mkdtempSync(join(tmpdir(), 'readout-record-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const backends: { name: string; open: () => Promise<{ store: SqlStore; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'sqlite',
    open: async () => {
      const file = join(dir, `s${Math.random().toString(36).slice(2)}.sqlite`);
      const store = await openStore(file);
      return { store, cleanup: () => store.close() };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const schema = freshSchema('readout_parts');
      const store = await openStore(`${pgUrl}?schema=${schema}`);
      return { store, cleanup: async () => { await store.close(); await dropSchema(pgUrl, schema); } };
    },
  });
}

/** A record whose JSON runs past several parts: many quotes in several scripts (multi-byte UTF-8 on every side of a cut). */
function largeRecord(id: string): ExtractRecord {
  const lines = ['The ministers agreed to meet again in Tashkent.', 'Министры договорились встретиться снова.', '“We will build the bridge together,” the governor said – in Kraków.'];
  const quotes = Array.from({ length: 60_000 }, (_, i) => ({ speaker: 'Anna Kovalenko', speakerId: 'p0', text: `${lines[i % 3]} (${i})`, start: i * 80, end: i * 80 + 60 }));
  const record = makeRecord({
    id,
    date: '2022-04-05',
    people: [{ id: 'p0', name: 'Anna Kovalenko', title: 'Minister', country: 'UKR', sector: 'GOV' }],
    quotes,
    events: [{ type: 'CONSULT', source: [{ name: 'Anna Kovalenko', country: 'UKR', sector: 'GOV', id: 'p0' }], target: [] }],
    quantities: [{ kind: 'money', text: '$5 million', value: 5e6, currency: 'USD' }],
  });
  expect(Buffer.byteLength(JSON.stringify(record))).toBeGreaterThan(2 * RECORD_PART_BYTES);
  return record;
}

/** The record as the compressed pieces a text read in parts gives (each list spilled as it is joined). */
function deflatedPieces(record: ExtractRecord): { json: RecordBytes; expected: string } {
  const joiner = new RecordJoiner(record, 1, 1_000_000, true);
  const half = Math.floor(record.quotes.length / 2);
  joiner.add({ ...record, quotes: record.quotes.slice(0, half) }, 0);
  joiner.spill();
  joiner.add({ ...record, people: [], quotes: record.quotes.slice(half), events: [], quantities: [], messages: [], stats: { ...record.stats, sentences: 0, tokens: 0 } }, 0);
  const json = joiner.finishDeflated();
  const again = new RecordJoiner(record, 1, 1_000_000);
  again.add({ ...record, quotes: record.quotes.slice(0, half) }, 0);
  again.add({ ...record, people: [], quotes: record.quotes.slice(half), events: [], quantities: [], messages: [], stats: { ...record.stats, sentences: 0, tokens: 0 } }, 0);
  return { json, expected: JSON.stringify(again.finish()) };
}

describe.each(backends)('records in parts on $name', ({ open }) => {
  const put = (store: SqlStore, id: string, record: ExtractRecord, recordJson: RecordJson | null) =>
    store.putDocuments([{ text: `Text of ${id}.`, record, id, key: `id:${id}`, url: null, title: null, date: null, source: 'test', origin: 'file', pipelineVersion: 'p', recordJson }]);

  const stored = async (store: SqlStore, id: string) => {
    const row = await store.db.selectFrom('document_versions').select(['id', 'record']).where('document_id', '=', id).executeTakeFirstOrThrow();
    const parts = await store.db.selectFrom('record_parts').select(['part']).where('version_id', '=', Number(row.id)).execute();
    // SQLite keeps a record in its row compressed (a blob), PostgreSQL as text.
    const inline = typeof row.record === 'string' ? row.record : decompressRecord(row.record).toString('utf8');
    return { inline, parts: parts.length, blob: typeof row.record !== 'string' };
  };

  it('stores a large record given as text, as bytes or as compressed pieces in parts, and reads back the same JSON', async () => {
    const { store, cleanup } = await open();
    try {
      const record = largeRecord('as-text');
      const json = JSON.stringify(record);
      await put(store, 'as-text', parseForStore(json), json);

      const bytesRecord = largeRecord('as-bytes');
      const bytesJson = JSON.stringify(bytesRecord);
      const bytes = new TextEncoder().encode(bytesJson);
      await put(store, 'as-bytes', parseForStore(bytes), { pieces: [bytes.subarray(0, 1000), bytes.subarray(1000)] });

      const { json: pieces, expected } = deflatedPieces(largeRecord('as-pieces'));
      const slim = parseDeflatedRecord(pieces);
      expect(recordLists(slim).length('quotes')).toBe(60_000);
      await put(store, 'as-pieces', slim, pieces);

      for (const [id, text] of [['as-text', json], ['as-bytes', bytesJson], ['as-pieces', expected]] as const) {
        const where = await stored(store, id);
        expect(where.inline).toBe('');
        expect(where.parts).toBeGreaterThan(1);
        const doc = await store.getDocument(id);
        expect(JSON.stringify(doc?.record)).toBe(text);
      }
      // The derived rows come from the lists, read a chunk at a time.
      const quotes = await store.listQuotes({ documentId: 'as-pieces', limit: 5 });
      expect(quotes.items.length).toBe(5);
    } finally {
      await cleanup();
    }
  });

  it('keeps a small record in its row, and replaces the parts when a large record is stored again for the same version', async () => {
    const { store, cleanup } = await open();
    try {
      const small = makeRecord({ id: 'small', quotes: [{ speaker: null, text: 'We agreed.' }] });
      await put(store, 'small', small, JSON.stringify(small));
      expect(await stored(store, 'small')).toMatchObject({ inline: JSON.stringify(small), parts: 0, blob: store.backend === 'sqlite' });

      const record = largeRecord('big');
      await put(store, 'big', record, null);
      const first = await stored(store, 'big');
      expect(first.inline).toBe('');
      const [v] = (await store.db.selectFrom('document_versions').select('id').where('document_id', '=', 'big').execute()).map((r) => String(r.id));
      const smaller = { ...record, quotes: record.quotes.slice(0, 10) };
      await store.replaceRecord(v!, smaller, 'p2');
      expect(await stored(store, 'big')).toMatchObject({ inline: JSON.stringify(smaller), parts: 0, blob: store.backend === 'sqlite' });
      expect((await store.getDocument('big'))?.record.quotes.length).toBe(10);
    } finally {
      await cleanup();
    }
  });
});

describe('a store made before records were kept compressed as they are now (SQLite)', () => {
  it('reads the records it kept as text and as raw deflate, beside new ones', async () => {
    const store = await openStore(join(dir, 'text-records.sqlite'));
    try {
      const older = makeRecord({ id: 'older', quotes: [{ speaker: null, text: 'We agreed – in Kraków.' }] });
      const deflated = makeRecord({ id: 'deflated', quotes: [{ speaker: null, text: 'Wir haben uns geeinigt – in Köln.' }] });
      const newer = makeRecord({ id: 'newer', quotes: [{ speaker: null, text: 'Мы договорились.' }] });
      for (const record of [older, deflated, newer]) {
        await store.putDocuments([{ text: `Text of ${record.id}.`, record, id: record.id, key: `id:${record.id}`, pipelineVersion: 'p', recordJson: JSON.stringify(record) }]);
      }
      // As stores written before kept them: the record's JSON as text, and raw-deflated.
      await sql`UPDATE document_versions SET record = ${JSON.stringify(older)} WHERE document_id = 'older'`.execute(store.db);
      await sql`UPDATE document_versions SET record = ${deflateRawSync(Buffer.from(JSON.stringify(deflated)), { level: 1 })} WHERE document_id = 'deflated'`.execute(store.db);
      expect((await store.getDocument('older'))?.record).toEqual(older);
      expect((await store.getDocument('deflated'))?.record).toEqual(deflated);
      expect((await store.getDocument('newer'))?.record).toEqual(newer);
      const kinds = await sql<{ document_id: string; kind: string }>`SELECT document_id, typeof(record) AS kind FROM document_versions ORDER BY document_id`.execute(store.db);
      expect(kinds.rows).toEqual([{ document_id: 'deflated', kind: 'blob' }, { document_id: 'newer', kind: 'blob' }, { document_id: 'older', kind: 'text' }]);
    } finally {
      await store.close();
    }
  });

  it('tells the two compressions apart by the first byte, for records of every size and content', () => {
    // Raw deflate never begins with the mark whatever it holds: empty, short, incompressible, long.
    const samples = [Buffer.alloc(0), Buffer.from('{}'), Buffer.from(JSON.stringify(makeRecord({ id: 'x', quotes: [] })).repeat(50))];
    let seed = 7;
    samples.push(Buffer.from(Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)));
    for (const bytes of samples) {
      for (const level of [0, 1, 6, 9]) {
        const blob = deflateRawSync(bytes, { level });
        expect(blob[0]).not.toBe(0xff);
        expect(decompressRecord(blob).equals(bytes)).toBe(true);
      }
    }
  });
});

describe('a store made before records were kept in parts', () => {
  it('gains the parts table when opened, and keeps its records readable', async () => {
    const file = join(dir, 'older.sqlite');
    const first = await openStore(file);
    const small = makeRecord({ id: 'old', quotes: [{ speaker: null, text: 'We agreed.' }] });
    await first.putDocuments([{ text: 'Old text.', record: small, id: 'old', key: 'id:old', pipelineVersion: 'p', recordJson: null }]);
    await sql`DROP TABLE record_parts`.execute(first.db);
    await first.close();
    const again = await openStore(file);
    try {
      expect((await again.getDocument('old'))?.record).toEqual(small);
      const record = largeRecord('new');
      await again.putDocuments([{ text: 'New text.', record, id: 'new', key: 'id:new', pipelineVersion: 'p', recordJson: null }]);
      expect((await again.getDocument('new'))?.record).toEqual(record);
    } finally {
      await again.close();
    }
  });
});
