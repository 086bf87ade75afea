import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { parseForStore, recordLists, SLIM_PARSE_CHARS } from '../src/record/record-json.js';
import { openStore } from '../src/store/open.js';
import type { SqlStore } from '../src/store/sql-store.js';
import { runCli } from './fixtures/corpus/cli.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';

/**
 * Quotations the record gives to no named person (`unattributedQuotes`) are kept with the
 * document in rows of their own, listed only when asked for; the words of named people are
 * listed and counted as before.
 */
const pgUrl = await findPostgres();
if (!pgUrl) console.warn('store-unattributed-quotes: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); running on SQLite only');

const TEXT =
  'RIGA, 4 June – Minister of Agriculture Dace Ozola met a delegation of grain exporters from Estonia.\n\n' +
  '"Our farmers need open roads to the ports," Dace Ozola said.\n\n' +
  'The Ministry of Transport said the new rail link would be "ready before the harvest".\n\n' +
  'A spokesperson for the delegation said: "We leave with a clear plan for the autumn."';
const CHANGED = `${TEXT}\n\nThe ministry added that the timetable was "firm".`;

interface Backend { name: string; open: () => Promise<{ store: SqlStore; reopen: () => Promise<SqlStore>; cleanup: () => Promise<void> }> }
const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-uq-'));
      const file = join(dir, 'test.sqlite');
      return { store: await openStore(file), reopen: () => openStore(file), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const url = `${pgUrl}?schema=${freshSchema('readout_uq')}`;
      return { store: await openStore(url), reopen: () => openStore(url), cleanup: () => dropSchema(pgUrl, new URL(url).searchParams.get('schema')!) };
    },
  });
}

describe.each(backends)('quotations without a named speaker, stored on $name', ({ open }) => {
  let store: SqlStore;
  let reopen: () => Promise<SqlStore>;
  let cleanup: () => Promise<void>;
  const record = extract({ text: TEXT, id: 'riga', date: '2024-06-04' });
  beforeAll(async () => {
    ({ store, reopen, cleanup } = await open());
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  const put = (text: string, rec = record) => store.putDocument({ text, record: rec, id: 'riga', key: 'id:riga', pipelineVersion: 'p1', date: '2024-06-04' });

  it('the record has one named quote and two without a named speaker', () => {
    expect(record.quotes.map((q) => q.speaker)).toEqual(['Dace Ozola']);
    expect((record.unattributedQuotes ?? []).map((q) => [q.speaker, q.text])).toEqual([
      ['Ministry of Transport', 'ready before the harvest'],
      [null, 'We leave with a clear plan for the autumn.'],
    ]);
  });

  it('keeps them with the document and lists them only when asked', async () => {
    await put(TEXT);
    const apart = await store.listQuotes({ unattributed: true, documentId: 'riga' });
    expect(apart.items.map((q) => [q.speaker, q.text, TEXT.slice(q.start, q.end) === q.text])).toEqual([
      [null, 'We leave with a clear plan for the autumn.', true],
      ['Ministry of Transport', 'ready before the harvest', true],
    ]);
    expect((await store.listQuotes({ unattributed: true, text: 'harvest' })).items.map((q) => q.text)).toEqual(['ready before the harvest']);
    // Named speakers: listed, searched and counted as before.
    expect((await store.listQuotes({})).items.map((q) => q.speaker)).toEqual(['Dace Ozola']);
    expect((await store.listQuotes({ text: 'harvest' })).items).toEqual([]);
    expect((await store.search({ text: 'harvest' })).items.map((h) => h.counts.quotes)).toEqual([1]);
    expect((await store.stats()).quotes).toBe(1);
    expect((await store.stats()).unattributedQuotes).toBe(2);
    expect((await store.getDocument('riga'))?.record.unattributedQuotes).toEqual(record.unattributedQuotes);
  });

  it('writes no second copy when the same text comes again, or when its record is replaced', async () => {
    expect((await put(TEXT)).status).toBe('unchanged');
    expect((await store.listQuotes({ unattributed: true })).items).toHaveLength(2);
    const doc = await store.getDocument('riga');
    await store.replaceRecord(doc!.meta.versionId, record, 'p2');
    expect((await store.listQuotes({ unattributed: true })).items).toHaveLength(2);
    expect((await store.listQuotes({})).items).toHaveLength(1);
  });

  it('follows the current version when the text changes', async () => {
    const changed = extract({ text: CHANGED, id: 'riga', date: '2024-06-04' });
    expect((await put(CHANGED, changed)).status).toBe('updated');
    const apart = await store.listQuotes({ unattributed: true, limit: 100 });
    expect(apart.items.map((q) => q.text).sort()).toEqual((changed.unattributedQuotes ?? []).map((q) => q.text).sort());
    expect(apart.items.every((q) => CHANGED.slice(q.start, q.end) === q.text)).toBe(true);
  });

  it('a store made before these rows were kept gains their table when opened', async () => {
    await sql`DROP TABLE unattributed_quotes`.execute(store.db);
    await store.close();
    store = await reopen();
    expect((await store.listQuotes({ unattributed: true })).items).toEqual([]);
    const doc = await store.getDocument('riga');
    await store.replaceRecord(doc!.meta.versionId, doc!.record, 'p3');
    expect((await store.listQuotes({ unattributed: true })).items.length).toBe((doc!.record.unattributedQuotes ?? []).length);
  });
});

describe('a large record', () => {
  it('gives its quotations without a named speaker to the store a chunk at a time', () => {
    const record = extract({ text: TEXT, id: 'riga', date: '2024-06-04' });
    const json = JSON.stringify({ ...record, messages: [{ stage: 'x', rule: 'pad', severity: 'info', text: 'x'.repeat(SLIM_PARSE_CHARS) }] });
    const parsed = parseForStore(json);
    const lists = recordLists(parsed);
    expect(lists.length('unattributedQuotes')).toBe(2);
    expect([...lists.chunks('unattributedQuotes', 1)].flatMap((c) => c.items)).toEqual(record.unattributedQuotes);
  });
});

describe('readout quotes --unattributed', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-uq-cli-'));
    file = join(dir, 'cli.sqlite');
    const store = await openStore(file);
    await store.putDocument({ text: TEXT, record: extract({ text: TEXT, id: 'riga', date: '2024-06-04' }), id: 'riga', key: 'id:riga', pipelineVersion: 'p1', date: '2024-06-04' });
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rows = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { speaker: string | null; text: string });

  it('lists named speakers only, unless asked for the others', async () => {
    const named = await runCli(['quotes', '--db', file, '--format', 'jsonl']);
    expect(named.code).toBe(0);
    expect(rows(named.stdout).map((q) => q.speaker)).toEqual(['Dace Ozola']);
    const apart = await runCli(['quotes', '--unattributed', '--db', file, '--format', 'jsonl']);
    expect(apart.code).toBe(0);
    expect(rows(apart.stdout).map((q) => [q.speaker, q.text])).toEqual([
      [null, 'We leave with a clear plan for the autumn.'],
      ['Ministry of Transport', 'ready before the harvest'],
    ]);
    const table = await runCli(['quotes', '--unattributed', '--db', file]);
    expect(table.stdout).toContain('Ministry of Transport');
    expect(table.stdout).toContain('(none)');
    const none = await runCli(['quotes', '--unattributed', 'tractors', '--db', file]);
    expect(none.stdout + none.stderr).toMatch(/no quotations without a named speaker match/);
  });

  it('says so in its help', async () => {
    const help = await runCli(['quotes', '--help']);
    expect(help.stdout + help.stderr).toMatch(/--unattributed\s+list instead the quotations given to no named person/);
  });
});
