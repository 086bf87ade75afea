/**
 * Two writers storing different documents that name the same new people and places at the same
 * time: each person or place ends as one actor, with every document counted, as if the writers
 * had taken turns. On PostgreSQL the writers match actors side by side and lock only the names
 * whose actors they change, so this is where two of them could each make their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import type { SqlStore } from '../src/store/sql-store.js';
import type { PutDocumentInput } from '../src/store/store.js';
import { makeRecord } from './fixtures/corpus/make-record.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';

const pgUrl = await findPostgres();

interface Backend {
  name: string;
  open: () => Promise<{ stores: SqlStore[]; cleanup: () => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-actors-'));
      const stores = [await openStore(join(dir, 'a.sqlite')), await openStore(join(dir, 'a.sqlite'))];
      return { stores, cleanup: async () => { for (const s of stores) await s.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'postgres',
    open: async () => {
      const schema = freshSchema('readout_actors');
      const stores = [await openStore(`${pgUrl}?schema=${schema}`), await openStore(`${pgUrl}?schema=${schema}`)];
      return { stores, cleanup: async () => { for (const s of stores) await s.close(); await dropSchema(pgUrl, schema); } };
    },
  });
}

const DOCS_PER_WRITER = 24;

/**
 * Document `i` of writer `w`: the same three people and one place, spelled as that writer's
 * sources spell them. Writer 0 gives the second person no country, writer 1 gives her one;
 * each document has a date of its own.
 */
function doc(w: number, i: number): PutDocumentInput {
  const n = w * DOCS_PER_WRITER + i;
  const date = `2022-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + Math.floor(n / 12)).padStart(2, '0')}`;
  const record = makeRecord({
    date,
    people: [
      { name: w === 0 ? 'Aleksandr Voronkin' : 'Alexander P. Voronkin', title: w === 0 ? 'Deputy Minister' : 'Minister', country: 'RUS', sector: 'GOV', id: 'p0' },
      { name: 'Lidia Marsh', title: 'Ambassador', country: w === 0 ? null : 'GBR', id: 'p1' },
      { name: 'Tomas Eberle', country: 'AUT', id: 'p2' },
    ],
    places: [{ name: 'Ostravia Region', country: 'CZE', id: 'g0' }],
    events: [{ type: 'CONSULT', source: [{ name: 'Aleksandr Voronkin', country: 'RUS', sector: 'GOV', id: 'p0' }], target: [{ name: 'Tomas Eberle', country: 'AUT', sector: null, id: 'p2' }] }],
  });
  return { text: `date ${date} Source: Test\nTalks, release ${w}-${i}.`, record, id: `w${w}d${i}`, key: `id:w${w}d${i}`, date, source: 'Test', pipelineVersion: 'test-1' };
}

describe.each(backends)('actors of two writers on $name', ({ open }) => {
  it('are one actor per person or place when both store documents naming them at the same time', async () => {
    const { stores, cleanup } = await open();
    try {
      // Batches of two, so the writers' transactions interleave many times.
      const write = async (store: SqlStore, w: number) => {
        const out = [];
        for (let i = 0; i < DOCS_PER_WRITER; i += 2) out.push(...(await store.putDocuments([doc(w, i), doc(w, i + 1)])));
        return out;
      };
      const outcomes = (await Promise.all(stores.map((s, w) => write(s, w)))).flat();
      expect(outcomes.filter((o) => o.status !== 'new')).toEqual([]);
      const all = 2 * DOCS_PER_WRITER;
      const store = stores[0]!;
      const rows = await store.db.selectFrom('actors').select(['kind', 'name', 'country', 'documents', 'mentions', 'title', 'first_date', 'last_date']).orderBy('name').execute();
      const dates = [0, 1].flatMap((w) => Array.from({ length: DOCS_PER_WRITER }, (_, i) => doc(w, i).date!)).sort();
      // Every actor row has documents: none was made twice and left over.
      expect(rows.map((r) => [r.kind, r.name, r.country, r.documents, r.mentions])).toEqual([
        ['person', 'Alexander P. Voronkin', 'RUS', all, all],
        ['person', 'Lidia Marsh', 'GBR', all, all],
        ['place', 'Ostravia Region', 'CZE', all, all],
        ['person', 'Tomas Eberle', 'AUT', all, all],
      ]);
      for (const r of rows) expect([r.first_date, r.last_date]).toEqual([dates[0], dates[dates.length - 1]]);
      // The title is the one of the latest document, whichever writer stored it first.
      const latest = [0, 1].find((w) => Array.from({ length: DOCS_PER_WRITER }, (_, i) => doc(w, i).date).includes(dates[dates.length - 1]!))!;
      expect(rows.find((r) => r.name.endsWith('Voronkin'))?.title).toBe(latest === 0 ? 'Deputy Minister' : 'Minister');
      // Each document links its people to those actors.
      const links = await store.db.selectFrom('doc_actors').select(['actor_id']).distinct().execute();
      expect(links).toHaveLength(4);
    } finally {
      await cleanup();
    }
  });
});

describe.skipIf(!pgUrl)('writes at once on one PostgreSQL store', () => {
  it('all finish when there are more of them than the store has connections', async () => {
    const schema = freshSchema('readout_gate');
    const store = await openStore(`${pgUrl}?schema=${schema}`);
    try {
      // Each write takes a second connection for its actors: six at once on a pool of four
      // would hold every connection and wait for one forever, were writes not let through a few at a time.
      const writers = Array.from({ length: 6 }, (_, w) => w);
      const outcomes = await Promise.all(
        writers.map(async (w) => {
          const out = [];
          for (let i = 0; i < 4; i++) {
            const input = doc(w % 2, (w * 4 + i) % DOCS_PER_WRITER);
            out.push(...(await store.putDocuments([{ ...input, id: `g${w}d${i}`, key: `id:g${w}d${i}`, text: `${input.text} Writer ${w}, ${i}.` }])));
          }
          return out;
        }),
      );
      expect(outcomes.flat().map((o) => o.status)).toEqual(Array(24).fill('new'));
      const rows = await store.db.selectFrom('actors').select(['name', 'documents']).orderBy('name').execute();
      expect(rows.map((r) => [r.name, r.documents])).toEqual([
        ['Alexander P. Voronkin', 24],
        ['Lidia Marsh', 24],
        ['Ostravia Region', 24],
        ['Tomas Eberle', 24],
      ]);
    } finally {
      await store.close();
      await dropSchema(pgUrl!, schema);
    }
  }, 30_000);
});
