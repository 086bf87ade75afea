import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import type { SqlStore } from '../src/store/sql-store.js';
import type { Store } from '../src/store/store.js';
import { makeRecord } from './fixtures/corpus/make-record.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';

const PV = 'test-1';

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('store tests: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); running the SQLite suite only');

const backends: { name: string; open: () => Promise<{ store: Store; cleanup: () => Promise<void> }> }[] = [
  {
    name: 'sqlite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
      const store = await openStore(join(dir, 'test.sqlite'));
      return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'postgres',
    open: async () => {
      // A fresh schema per run (and per suite) so parallel or repeated runs never collide.
      const schema = freshSchema('readout_test');
      const store = await openStore(`${pgUrl}?schema=${schema}`);
      return {
        store,
        cleanup: async () => {
          await store.close();
          await dropSchema(pgUrl, schema);
        },
      };
    },
  });
}

const LUKA_TEXT = 'date 2020-09-25 Source: President of Belarus\nAleksandr Lukashenko met Igor Kobzev, Governor of Irkutsk Oblast, in Minsk. Trade grew by 25%.';

describe.each(backends)('store on $name', ({ open }) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await open());
  });
  afterAll(async () => {
    await cleanup();
  });

  it('stores a new document, leaves a repeat unchanged and keeps old versions of a changed page', async () => {
    const rec = makeRecord({ date: '2020-09-25', people: [{ name: 'Aleksandr Lukashenko', title: 'President', country: 'BLR', sector: 'GOV' }] });
    const a = await store.putDocument({ text: LUKA_TEXT, record: rec, id: 'luka', key: 'https://example.org/news/1', pipelineVersion: PV, date: '2020-09-25' });
    expect(a.status).toBe('new');
    expect(a.version).toBe(1);
    expect(a.documentId).toBe('luka');
    const again = await store.putDocument({ text: LUKA_TEXT, record: rec, id: 'luka', key: 'https://example.org/news/1', pipelineVersion: PV });
    expect(again).toEqual({ ...a, status: 'unchanged' });
    // The new version spells the name differently: the actor follows the current text.
    const rec2 = makeRecord({ date: '2020-09-25', people: [{ name: 'Alexander Lukashenko', title: 'President', country: 'BLR', sector: 'GOV' }] });
    const changed = await store.putDocument({ text: `${LUKA_TEXT} Updated.`, record: rec2, id: 'luka', key: 'https://example.org/news/1', pipelineVersion: PV, date: '2020-09-25' });
    expect(changed.status).toBe('updated');
    expect(changed.documentId).toBe('luka');
    expect(changed.version).toBe(2);
    const doc = await store.getDocument('luka');
    expect(doc?.text.endsWith('Updated.')).toBe(true);
    expect(doc?.versions.map((v) => v.version)).toEqual([1, 2]);
    const old = await store.getDocument('luka', 1);
    expect(old?.text).toBe(LUKA_TEXT);
    expect(old?.record.people[0]?.name).toBe('Aleksandr Lukashenko');
    // The old version's derived rows are gone: one document for the actor, not two.
    const actors = await store.listActors({ name: 'Lukashenko' });
    expect(actors.items).toHaveLength(1);
    expect(actors.items[0]!.documents).toBe(1);
    expect(actors.items[0]!.name).toBe('Alexander Lukashenko');
    expect((await store.listActors({ name: 'Aleksandr' })).items).toHaveLength(0);
    expect(await store.findVersion('0000')).toBeNull();
  });

  it('gives a different text under an id already taken a distinct id', async () => {
    const rec = makeRecord({});
    const r = await store.putDocument({ text: 'Another text that happens to share the id.', record: rec, id: 'luka', key: 'file:/elsewhere/luka.txt', pipelineVersion: PV });
    expect(r.status).toBe('new');
    expect(r.documentId).not.toBe('luka');
    expect(r.documentId.startsWith('luka~')).toBe(true);
  });

  it("keeps an actor's fullest spelling, whichever document comes first and however often a shorter one returns", async () => {
    // More words win, then more letters; a spelling seen again changes nothing but the counts.
    const seen = ['A. Kobzeva', 'Anna Kobzeva', 'A. Kobzeva', 'Anna Kobzeva', 'Anna Petrovna Kobzeva', 'Anna Kobzeva'];
    const names: string[] = [];
    for (const [i, name] of seen.entries()) {
      const date = `2022-0${i + 1}-10`;
      await store.putDocument({
        text: `date ${date} Source: Test\nGovernor ${name} spoke (${i}).`, id: `kobzeva-${i}`, date, pipelineVersion: PV,
        record: makeRecord({ date, people: [{ name, title: 'Governor', country: 'RUS', sector: 'GOV' }] }),
      });
      const [actor] = (await store.listActors({ name: 'kobzeva' })).items;
      names.push(`${actor?.name} ${actor?.documents}`);
    }
    expect(names).toEqual(['A. Kobzeva 1', 'Anna Kobzeva 2', 'Anna Kobzeva 3', 'Anna Kobzeva 4', 'Anna Petrovna Kobzeva 5', 'Anna Petrovna Kobzeva 6']);
  });

  it('merges transliteration variants of one person and keeps homonyms of other countries apart', async () => {
    const people = [
      { id: 'v1', name: 'Alexander Lukashenko', title: 'President', country: 'BLR', date: '2021-03-01' },
      { id: 'v2', name: 'A. Lukashenko', title: 'President', country: 'BLR', date: '2021-04-01' },
      { id: 'v3', name: 'Aleksandr Lukashenko', title: 'Head of State', country: 'BLR', date: '2019-01-01' },
      { id: 'v4', name: 'John Smith', title: 'Minister', country: 'GBR', date: '2021-01-01' },
      { id: 'v5', name: 'John Smith', title: 'Senator', country: 'USA', date: '2021-01-02' },
      { id: 'v6', name: 'Viktor Lukashenko', title: 'Adviser', country: 'BLR', date: '2021-01-03' },
      { id: 'v7', name: 'Vladimir Zelenskyy', title: 'President', country: 'UKR', date: '2021-01-04' },
      { id: 'v8', name: 'Volodymyr Zelensky', title: 'President', country: 'UKR', date: '2021-01-05' },
    ];
    for (const p of people) {
      await store.putDocument({
        text: `date ${p.date} Source: Test\n${p.title} ${p.name} spoke.`, id: p.id, date: p.date, pipelineVersion: PV,
        record: makeRecord({ date: p.date, people: [{ name: p.name, title: p.title, country: p.country, sector: 'GOV' }] }),
      });
    }
    const luka = (await store.listActors({ name: 'lukashenko', country: 'BLR' })).items;
    const president = luka.find((a) => a.name === 'Aleksandr Lukashenko' || a.name === 'Alexander Lukashenko');
    expect(president?.documents).toBe(4); // three variants here + the first test's document
    expect(luka.some((a) => a.name === 'Viktor Lukashenko' && a.documents === 1)).toBe(true);
    const smiths = (await store.listActors({ name: 'John Smith' })).items;
    expect(smiths.map((s) => s.country).sort()).toEqual(['GBR', 'USA']);
    // Volodymyr / Vladimir are the Ukrainian and Russian forms of one name: one person.
    expect((await store.listActors({ name: 'zelensk' })).items).toHaveLength(1);
    // Same surname and country, different first name: two people.
    expect((await store.listActors({ name: 'Lukashenko', country: 'BLR' })).items).toHaveLength(2);
    const detail = await store.getActor(president!.id);
    expect(detail?.title).toBe('President');
    expect(detail?.roles.map((r) => r.title)).toEqual(['Head of State', 'President']);
    expect(detail?.roles[0]?.from).toBe('2019-01-01');
    expect(detail?.names.length).toBeGreaterThanOrEqual(3);
    expect(detail?.countries).toEqual([{ country: 'BLR', documents: 4 }]);
    expect(detail?.firstDate).toBe('2019-01-01');
    expect(await store.getActor('999999')).toBeNull();
    expect(await store.getActor('not-an-id')).toBeNull();
  });

  it('lists events, quotes and figures with filters, pairs and between-queries', async () => {
    const text = 'date 2022-05-10 Source: Ministry of Foreign Affairs\nSergei Lavrov met Wang Yi in Beijing. "We agreed on much," Lavrov said. Trade reached $140 billion.';
    const sentenceEnd = text.indexOf('.') + 1;
    const rec = makeRecord({
      date: '2022-05-10',
      people: [
        { id: 'a1', name: 'Sergei Lavrov', title: 'Foreign Minister', country: 'RUS', sector: 'GOV' },
        { id: 'a2', name: 'Wang Yi', title: 'Foreign Minister', country: 'CHN', sector: 'GOV' },
      ],
      events: [
        { type: 'CONSULT', mode: 'meet', trigger: 'met', source: [{ name: 'Sergei Lavrov', country: 'RUS', sector: 'GOV', id: 'a1' }], target: [{ name: 'Wang Yi', country: 'CHN', sector: 'GOV', id: 'a2' }], sentence: [text.indexOf('Sergei'), sentenceEnd] },
        { type: 'AGREE', trigger: 'agreed', source: [{ name: 'Sergei Lavrov', country: 'RUS', sector: 'GOV', id: 'a1' }, { name: 'Wang Yi', country: 'CHN', sector: 'GOV', id: 'a2' }], date: '2022-05-09' },
      ],
      quotes: [{ speaker: 'Sergei Lavrov', speakerId: 'a1', text: 'We agreed on much,', start: text.indexOf('We'), end: text.indexOf('much,') + 5 }],
      quantities: [{ kind: 'money', text: '$140 billion', value: 140e9, currency: 'USD', start: text.indexOf('$'), end: text.indexOf('billion') + 7 }],
    });
    const r = await store.putDocument({ text, record: rec, id: 'lavrov', date: '2022-05-10', source: 'Ministry of Foreign Affairs', pipelineVersion: PV });
    expect(r.status).toBe('new');

    const consult = await store.listEvents({ type: 'consult' });
    expect(consult.items).toHaveLength(1);
    const ev = consult.items[0]!;
    expect(ev.documentId).toBe('lavrov');
    expect(ev.sentence).toBe('Sergei Lavrov met Wang Yi in Beijing.');
    expect(ev.source[0]?.name).toBe('Sergei Lavrov');
    expect(ev.source[0]?.actorId).not.toBeNull();
    expect(ev.target[0]?.country).toBe('CHN');
    expect(ev.date).toBe('2022-05-10');
    expect((await store.listEvents({ type: 'AGREE' })).items[0]?.date).toBe('2022-05-09');
    expect((await store.listEvents({ actor: 'Lavrov' })).items).toHaveLength(2);
    expect((await store.listEvents({ actor: 'Nobody Atall' })).items).toHaveLength(0);
    expect((await store.listEvents({ country: 'chn', from: '2022-05-10' })).items).toHaveLength(1);
    expect((await store.listEvents({ country: 'CHN', to: '2022-01-01' })).items).toHaveLength(0);

    const between = await store.eventsBetween({ country: 'RUS' }, { country: 'CHN' });
    expect(between.items.map((e) => e.type).sort()).toEqual(['AGREE', 'CONSULT']);
    expect((await store.eventsBetween({ country: 'RUS' }, { country: 'RUS' })).items).toHaveLength(0);
    const lavrovId = ev.source[0]!.actorId!;
    expect((await store.eventsBetween({ actorId: lavrovId }, { country: 'CHN' }, { type: 'CONSULT' })).items).toHaveLength(1);

    const pairs = await store.relations({ level: 'country' });
    const ruChn = pairs.find((p) => p.a.id === 'CHN' && p.b.id === 'RUS');
    expect(ruChn?.count).toBe(2);
    expect(ruChn?.types.map((t) => t.type).sort()).toEqual(['AGREE', 'CONSULT']);
    // The kept pair counts and a live count over the events agree.
    const live = (f: Parameters<Store['relations']>[0]) => (store as SqlStore).relationsLive(f ?? {});
    expect(await live({ level: 'country' })).toEqual(pairs);
    expect(await live({ level: 'actor' })).toEqual(await store.relations({ level: 'actor' }));
    expect(await live({ level: 'country', country: 'chn', type: 'agree' })).toEqual(await store.relations({ level: 'country', country: 'CHN', type: 'AGREE' }));
    expect((await store.relations({ level: 'country', from: '2022-05-10' }))[0]?.types).toEqual([{ type: 'CONSULT', count: 1 }]);
    expect((await store.relations({ level: 'country', to: '2022-05-09' }))[0]?.types).toEqual([{ type: 'AGREE', count: 1 }]);
    const actorPairs = await store.relations({ actor: 'Wang Yi' });
    expect(actorPairs).toHaveLength(1);
    expect([actorPairs[0]!.a.name, actorPairs[0]!.b.name].sort()).toEqual(['Sergei Lavrov', 'Wang Yi']);

    const quotes = await store.listQuotes({ actor: 'lavrov' });
    expect(quotes.items.map((q) => q.text)).toEqual(['We agreed on much,']);
    expect((await store.listQuotes({ text: 'AGREED' })).items).toHaveLength(1);
    expect((await store.listQuotes({ country: 'CHN' })).items).toHaveLength(0);
    const figures = await store.listFigures({ currency: 'usd', min: 1e9 });
    expect(figures.items).toHaveLength(1);
    expect(figures.items[0]!.value).toBe(140e9);
    expect(figures.items[0]!.context).toBe('Trade reached $140 billion.');
    expect((await store.listFigures({ min: 1e12 })).items).toHaveLength(0);
  });

  it('searches full text with filters and pages with keyset cursors', async () => {
    for (let i = 0; i < 23; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const text = `date 2023-02-${day} Source: Pager\nThe delegation discussed grain corridor number ${i} and ferries.`;
      await store.putDocument({
        text, id: `page-${i}`, date: `2023-02-${day}`, source: 'Pager', pipelineVersion: PV,
        record: makeRecord({ date: `2023-02-${day}`, events: i % 2 === 0 ? [{ type: 'COOPERATE' }] : [], places: [{ name: 'Turkey', country: 'TUR' }] }),
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<Store['search']>> = await store.search({ text: 'grain corridor', limit: 10, cursor });
      seen.push(...page.items.map((h) => h.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    const first = await store.search({ text: 'ferries', limit: 1 });
    expect(first.items[0]?.snippet).toContain('ferries');
    expect(first.items[0]?.date).toBe('2023-02-23');
    expect((await store.search({ text: 'grain', eventType: 'cooperate', limit: 100 })).items).toHaveLength(12);
    expect((await store.search({ text: 'grain', country: 'TUR', from: '2023-02-20', limit: 100 })).items).toHaveLength(4);
    expect((await store.search({ text: 'grain', source: 'Nope' })).items).toHaveLength(0);
    expect((await store.search({ text: 'zzyzxq' })).items).toHaveLength(0);
    // English words match their other forms (ferry / ferries), as PostgreSQL's english configuration does.
    expect((await store.search({ text: 'ferry', limit: 100 })).items).toHaveLength(23);
    // Punctuation that means something to the query syntax is taken as plain words.
    expect((await store.search({ text: 'corridor" (ferries', limit: 100 })).items).toHaveLength(23);
    expect((await store.search({ text: 'zzyzxq OR ferries', limit: 100 })).items).toHaveLength(23);
    expect((await store.search({ text: 'Lukashenko' })).items.map((h) => h.id)).toContain('luka');
    await expect(store.search({ cursor: 'garbage!' })).rejects.toThrow(/cursor/);
  });

  it('keeps pair counts equal to a live count through inserts and new versions (property)', async () => {
    const people = [
      { id: 'x1', name: 'Ilham Aliyev', country: 'AZE' },
      { id: 'x2', name: 'Nikol Pashinyan', country: 'ARM' },
      { id: 'x3', name: 'Irakli Kobakhidze', country: 'GEO' },
      { id: 'x4', name: 'Recep Erdogan', country: 'TUR' },
    ];
    const party = fc.constantFrom(...people).map((p) => ({ id: p.id, name: p.name, country: p.country, sector: 'GOV' }));
    const event = fc.record({
      type: fc.constantFrom('CONSULT', 'AGREE', 'ACCUSE'),
      source: fc.array(party, { minLength: 1, maxLength: 2 }),
      target: fc.array(party, { maxLength: 2 }),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 4 }), fc.integer({ min: 0, max: 3 }), async (events, slot) => {
        run++;
        await store.putDocument({
          text: `date 2024-01-0${slot + 1} Source: Caucasus wire\nRound ${run} of talks on the South Caucasus.`,
          key: `caucasus:${slot}`, id: `caucasus-${slot}`, date: `2024-01-0${slot + 1}`, pipelineVersion: PV,
          record: makeRecord({ date: `2024-01-0${slot + 1}`, people: people.map((p) => ({ ...p, sector: 'GOV' })), events }),
        });
        for (const level of ['actor', 'country'] as const) {
          const kept = await store.relations({ level, country: 'ARM', limit: 1000 });
          const live = await (store as SqlStore).relationsLive({ level, country: 'ARM', limit: 1000 });
          expect(kept).toEqual(live);
          const window = { level, from: '2024-01-02', to: '2024-01-03', limit: 1000 };
          expect(await store.relations(window)).toEqual(await (store as SqlStore).relationsLive(window));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('streams every event and reprocesses records in place', async () => {
    let n = 0;
    for await (const e of store.iterateEvents()) {
      expect(e.type).toMatch(/^[A-Z]+$/);
      n++;
    }
    const stats = await store.stats();
    expect(n).toBe(stats.events);
    expect(n).toBeGreaterThanOrEqual(14);
    let pager = 0;
    for await (const e of store.iterateEvents({ source: 'Pager', type: 'COOPERATE' })) pager += e.documentId.startsWith('page-') ? 1 : 0;
    expect(pager).toBe(12);
    const todo: string[] = [];
    for await (const v of store.versionsToReprocess('test-2')) todo.push(v.versionId);
    expect(todo).toHaveLength(stats.documents);
    const lavrov = await store.getDocument('lavrov');
    await store.replaceRecord(lavrov!.meta.versionId, makeRecord({ date: '2022-05-10', events: [{ type: 'REJECT' }] }), 'test-2');
    expect((await store.listEvents({ documentId: 'lavrov' })).items.map((e) => e.type)).toEqual(['REJECT']);
    expect((await store.listQuotes({ actor: 'lavrov' })).items).toHaveLength(0);
    // The pair counts follow the replaced events.
    expect((await store.relations({ level: 'country' })).find((p) => p.a.id === 'CHN' && p.b.id === 'RUS')).toBeUndefined();
    expect(await store.relations({ level: 'country', limit: 1000 })).toEqual(await (store as SqlStore).relationsLive({ level: 'country', limit: 1000 }));
    expect(await store.relations({ level: 'actor', limit: 1000 })).toEqual(await (store as SqlStore).relationsLive({ level: 'actor', limit: 1000 }));
    expect((await store.getDocument('lavrov'))?.meta.pipelineVersion).toBe('test-2');
    const left: string[] = [];
    for await (const v of store.versionsToReprocess('test-2')) left.push(v.documentId);
    expect(left).not.toContain('lavrov');
    expect(left).toHaveLength(todo.length - 1);
    const after = await store.stats();
    expect(after.pipelineVersions.find((p) => p.pipelineVersion === 'test-2')?.documents).toBe(1);
    expect(after.events).toBe(stats.events - 1);
    expect(after.sources.find((s) => s.source === 'Pager')?.documents).toBe(23);
    expect(after.firstDate).toBe('2019-01-01');
  });
});
