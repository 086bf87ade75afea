/**
 * The store's write path: batches, versions decided by the database, one bad document failing
 * alone, and two connections writing one store at the same time.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractRecord } from '../src/record/types.js';
import { openStore } from '../src/store/open.js';
import type { SqlStore } from '../src/store/sql-store.js';
import type { PutDocumentInput } from '../src/store/store.js';
import { makeRecord } from './fixtures/corpus/make-record.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';
import { decompressRecord } from '../src/store/record-parts.js';

const PV = 'test-1';
const pgUrl = await findPostgres();
if (!pgUrl) console.warn('store-writes: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); running the SQLite part only');

interface Backend {
  name: string;
  /** Opens `n` stores on one location (separate connections), and a cleanup. */
  open: (n: number) => Promise<{ stores: SqlStore[]; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async (n) => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-writes-'));
      const stores: SqlStore[] = [];
      for (let i = 0; i < n; i++) stores.push(await openStore(join(dir, 'w.sqlite')));
      return { stores, cleanup: async () => { for (const s of stores) await s.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'postgres',
    open: async (n) => {
      const schema = freshSchema('readout_writes');
      const stores: SqlStore[] = [];
      for (let i = 0; i < n; i++) stores.push(await openStore(`${pgUrl}?schema=${schema}`));
      return { stores, cleanup: async () => { for (const s of stores) await s.close(); await dropSchema(pgUrl, schema); } };
    },
  });
}

const person = (name: string, country: string) => ({ name, title: 'Minister', country, sector: 'GOV' });

function doc(i: number, extra = '', prefix = 'r'): PutDocumentInput {
  const date = `2021-0${1 + (i % 9)}-1${i % 10}`;
  const people = [person(`Ivan Petrov${i % 7}`, 'RUS'), person(`Anna Kova${i % 5}`, 'BLR')];
  const record = makeRecord({
    date,
    people: people.map((p, k) => ({ ...p, id: `p${k}` })),
    events: [{ type: 'CONSULT', source: [{ name: people[0]!.name, country: 'RUS', sector: 'GOV', id: 'p0' }], target: [{ name: people[1]!.name, country: 'BLR', sector: 'GOV', id: 'p1' }] }],
    quotes: [{ speaker: people[0]!.name, speakerId: 'p0', text: 'We agreed.' }],
    quantities: [{ kind: 'money', text: '$5 million', value: 5e6, currency: 'USD' }],
  });
  return { text: `date ${date} Source: Test\nRelease number ${i}.${extra}`, record, id: `${prefix}${i}`, key: `id:${prefix}${i}`, date, source: 'Test', pipelineVersion: PV };
}

describe('SQLite log checkpoints', () => {
  it('are made off the writing thread once something is written, and the log is gone after close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-ckpt-'));
    const path = join(dir, 'c.sqlite');
    try {
      const store = await openStore(path);
      const raw = (store as unknown as { raw: { pragma(s: string, o?: { simple: boolean }): unknown } }).raw;
      expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      const before = statSync(path).size;
      for (let i = 0; i < 5; i++) await store.putDocuments([doc(300 + i, '', 'c'), doc(310 + i, '', 'c')]);
      // The thread runs: the writer checkpoints itself only past the higher backstop.
      expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(16_000);
      // Far below the writer's own limit, the pages reach the database file all the same.
      const until = Date.now() + 10_000;
      while (statSync(path).size <= before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statSync(path).size).toBeGreaterThan(before);
      await store.close();
      expect(existsSync(`${path}-wal`)).toBe(false);
      const again = await openStore(path);
      expect((await again.getDocument('c304'))?.meta.version).toBe(1);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(pgUrl)('store columns on PostgreSQL', () => {
  it('compresses records and texts with lz4 where the server has it', async () => {
    const schema = freshSchema('readout_lz4');
    const store = await openStore(`${pgUrl}?schema=${schema}`);
    try {
      const { sql } = await import('kysely');
      const lz4 = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`.execute(store.db);
      const cols = await sql<{ attname: string; attcompression: string }>`SELECT attname, attcompression FROM pg_attribute
        WHERE attrelid = 'document_versions'::regclass AND attname IN ('text', 'record') ORDER BY attname`.execute(store.db);
      expect(cols.rows.map((r) => [r.attname, r.attcompression])).toEqual(lz4.rows[0]!.n > 0 ? [['record', 'l'], ['text', 'l']] : [['record', ''], ['text', '']]);
    } finally {
      await store.close();
      await dropSchema(pgUrl!, schema);
    }
  });
});

describe.each(backends)('store writes on $name', ({ open }) => {
  let stores: SqlStore[];
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ stores, cleanup } = await open(2));
  });
  afterAll(async () => {
    await cleanup();
  });

  it('stores a batch in order: repeats inside it are unchanged, a second text of a key is a new version', async () => {
    const [store] = stores;
    const a = doc(1);
    const changed = { ...doc(1, ' Corrected.') };
    const sameTextOtherKey = { ...doc(1), key: 'file:/copy/r1.txt', id: 'copy' };
    const out = await store!.putDocuments([a, a, changed, sameTextOtherKey]);
    expect(out.map((o) => o.status)).toEqual(['new', 'unchanged', 'updated', 'new']);
    expect(out[2]).toMatchObject({ documentId: 'r1', version: 2 });
    // The copy's text is no longer current anywhere once r1 moved on: it is stored as its own document.
    const r1 = await store!.getDocument('r1');
    expect(r1?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(r1?.text.endsWith('Corrected.')).toBe(true);
  });

  it('stores a batch of mostly new documents beside an update, a taken id and a record sent as text', async () => {
    const [store] = stores;
    expect((await store!.putDocument(doc(20))).status).toBe('new');
    const takenId = { ...doc(23), id: 'r20' };
    const asText = doc(24);
    asText.record.id = 'r24';
    asText.recordJson = JSON.stringify(asText.record);
    const out = await store!.putDocuments([doc(21), doc(22), takenId, doc(20, ' Revised.'), asText, doc(25)]);
    expect(out.map((o) => o.status)).toEqual(['new', 'new', 'new', 'updated', 'new', 'new']);
    expect(out[2]).toMatchObject({ documentId: expect.stringMatching(/^r20~/) as unknown as string, version: 1 });
    expect(out[3]).toMatchObject({ documentId: 'r20', version: 2 });
    expect((await store!.getDocument('r24'))?.record).toEqual(asText.record);
    const stored = await store!.db.selectFrom('document_versions').select('record').where('document_id', '=', 'r24').executeTakeFirst();
    // The text as sent (SQLite keeps it compressed).
    const kept = stored?.record;
    expect(typeof kept === 'string' ? kept : decompressRecord(kept!).toString('utf8')).toBe(asText.recordJson);
    // A record whose id is not the document's is written with the document's id.
    expect((await store!.getDocument('r21'))?.record.id).toBe('r21');
    for (const id of ['r21', 'r22', 'r25']) {
      const d = await store!.getDocument(id);
      expect(d?.meta.version).toBe(1);
      expect((await store!.listEvents({ documentId: id })).items).toHaveLength(1);
    }
    // The same batch again: nothing new.
    const again = await store!.putDocuments([doc(21), doc(22), takenId, doc(20, ' Revised.'), asText, doc(25)]);
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
  });

  it('links each new document of a batch to its first version, and finds it by its words at once', async () => {
    const [store] = stores;
    const inputs = [60, 61, 62].map((i) => doc(i, ` Talks on the Kestrel ferry line ${i}.`));
    expect((await store!.putDocuments(inputs)).map((o) => o.status)).toEqual(['new', 'new', 'new']);
    const rows = await store!.db
      .selectFrom('documents')
      .innerJoin('document_versions', 'document_versions.document_id', 'documents.id')
      .select(['documents.id', 'documents.current_version', 'documents.current_version_id', 'document_versions.id as vid', 'document_versions.is_current'])
      .where('documents.id', 'in', ['r60', 'r61', 'r62'])
      .execute();
    expect(rows).toHaveLength(3);
    for (const r of rows) expect([r.current_version, Number(r.current_version_id), r.is_current]).toEqual([1, Number(r.vid), 1]);
    expect((await store!.search({ text: 'Kestrel', limit: 10 })).items.map((d) => d.id).sort()).toEqual(['r60', 'r61', 'r62']);
  });

  it('makes an earlier version current again when a page goes back to its text, without a duplicate version', async () => {
    const [store] = stores;
    expect((await store!.putDocument(doc(2))).status).toBe('new');
    expect((await store!.putDocument(doc(2, ' Corrected.'))).version).toBe(2);
    const back = await store!.putDocument(doc(2));
    expect(back).toMatchObject({ status: 'updated', documentId: 'r2', version: 1 });
    const r2 = await store!.getDocument('r2');
    expect(r2?.meta.version).toBe(1);
    expect(r2?.versions.map((v) => v.version)).toEqual([1, 2]);
    // Derived rows follow the current version only.
    const events = await store!.listEvents({ documentId: 'r2' });
    expect(events.items).toHaveLength(1);
    const next = await store!.putDocument(doc(2, ' Third text.'));
    expect(next).toMatchObject({ status: 'updated', version: 3 });
  });

  it('gives a name met in two countries and then without a country one actor for the mentions without a country', async () => {
    const [store] = stores;
    const named = (i: number, country: string | null): PutDocumentInput => {
      const record = makeRecord({ people: [{ name: 'Mira Dovenko', title: 'Minister', country, id: 'p0' }] });
      return { text: `Release on Mira Dovenko, number ${i}.`, record, id: `dov${i}`, key: `id:dov${i}`, date: '2021-05-01', source: 'Test', pipelineVersion: PV };
    };
    await store!.putDocuments([named(1, 'SRB'), named(2, 'VNM')]);
    await store!.putDocuments([named(3, null), named(4, null)]);
    await store!.putDocument(named(5, null));
    const actors = (await store!.listActors({ name: 'Dovenko' })).items;
    expect(actors.map((a) => [a.country, a.documents]).sort()).toEqual([[null, 3], ['SRB', 1], ['VNM', 1]]);
  });

  it('fails only the document at fault when a batch cannot be written', async () => {
    const [store] = stores;
    const bad = { ...doc(50), record: { ...doc(50).record, people: null } as unknown as ExtractRecord };
    const out = await store!.putDocuments([doc(51), bad, doc(52)]);
    expect(out.map((o) => o.status)).toEqual(['new', 'failed', 'new']);
    expect((out[1] as { error: string }).error).toMatch(/people|null|iterable/i);
    expect(await store!.getDocument('r50')).toBeNull();
    expect(await store!.getDocument('r52')).not.toBeNull();
  });

  it('stores each document once when two connections write the same documents at the same time', async () => {
    const inputs = Array.from({ length: 120 }, (_, i) => doc(100 + i, '', 'k'));
    const batches = (list: PutDocumentInput[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
    const run = async (store: SqlStore, list: PutDocumentInput[], size: number) => {
      const outcomes = [];
      for (const b of batches(list, size)) outcomes.push(...(await store.putDocuments(b)));
      return outcomes;
    };
    const [one, two] = await Promise.all([run(stores[0]!, inputs, 7), run(stores[1]!, [...inputs].reverse(), 11)]);
    const all = [...one, ...two];
    expect(all.filter((o) => o.status === 'failed')).toEqual([]);
    expect(all.filter((o) => o.status === 'new')).toHaveLength(120);
    const db = stores[0]!.db;
    const versions = await db.selectFrom('document_versions').select(['document_id']).where('document_id', 'like', 'k%').execute();
    expect(versions.length).toBe(120);
    const ids = new Set(versions.map((v) => v.document_id));
    expect(ids.size).toBe(120);
    // Actors were resolved once: one Ivan Petrov3 of Russia, not one per writer.
    const petrov = await stores[0]!.listActors({ name: 'Ivan Petrov3' });
    expect(petrov.items).toHaveLength(1);
    // The kept pair counts agree with a count from the events themselves.
    const kept = await stores[0]!.relations({ level: 'country' });
    const live = await stores[0]!.relationsLive({ level: 'country' });
    expect(kept.map((r) => [r.a.id, r.b.id, r.count])).toEqual(live.map((r) => [r.a.id, r.b.id, r.count]));
  });
});
