import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier, DossierInputError, PartyError, renderHtml, renderMarkdown, renderText, resolveParty, type Dossier } from '../src/dossier/index.js';
import { chartModel } from '../src/dossier/chart.js';
import { buildServer } from '../src/server/app.js';
import { openStore } from '../src/store/open.js';
import type { SqlStore } from '../src/store/sql-store.js';
import { main } from '../src/cli/main.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';
import { DOSSIER_TEXTS, loadDossierFixtures } from './fixtures/dossier/load.js';

const texts = DOSSIER_TEXTS;
const fill = loadDossierFixtures;

const trade = (d: Dossier) => d.figures.find((s) => s.topic === 'trade' && s.unit === 'USD')!;
const row = (d: Dossier, period: string) => trade(d).rows.find((r) => r.period.value === period);
const commitment = (d: Dossier, words: string) => {
  const found = d.commitments.filter((c) => c.what.includes(words) || c.ref.text.includes(words));
  expect(found.length, `one commitment with "${words}"`).toBe(1);
  return found[0]!;
};

describe('relation dossier on multi-year fixtures (Kazakhstan and Omsk Oblast)', () => {
  let dir: string;
  let store: SqlStore;
  let d: Dossier;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-dossier-'));
    store = await openStore(join(dir, 'd.sqlite'));
    await fill(store);
    d = await buildDossier(store, 'Kazakhstan', 'Omsk Region');
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves names loosely: names, ISO codes, region suffixes', async () => {
    expect(d.a).toMatchObject({ kind: 'country', name: 'Kazakhstan', country: 'KAZ' });
    expect(d.b).toMatchObject({ kind: 'region', name: 'Omsk Oblast', country: 'RUS', stem: 'omsk' });
    expect((await resolveParty(store, 'KZ')).country).toBe('KAZ');
    expect((await resolveParty(store, 'kaz')).country).toBe('KAZ');
    expect((await resolveParty(store, 'Omsk Oblast')).name).toBe('Omsk Oblast');
    expect((await resolveParty(store, 'Burkov'))).toMatchObject({ kind: 'person', name: 'Alexander Burkov' });
  });

  it('lists the candidates of an ambiguous name, and says when a name is unknown', async () => {
    const ambiguous = await resolveParty(store, 'Omsk').catch((e: unknown) => e);
    expect(ambiguous).toBeInstanceOf(PartyError);
    expect((ambiguous as PartyError).reason).toBe('ambiguous');
    expect((ambiguous as PartyError).candidates.map((c) => c.choose).sort()).toEqual(['city:Omsk', 'region:Omsk Oblast']);
    expect((await resolveParty(store, 'region:Omsk')).name).toBe('Omsk Oblast');
    const unknown = await resolveParty(store, 'Atlantis Oblast').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ reason: 'unknown' });
    expect(String(unknown)).toContain('Atlantis Oblast');
  });

  it('finds the region\'s governors across the store and every document naming both', () => {
    expect(d.b.officials.map((o) => o.name).sort()).toEqual(['Alexander Burkov', 'Vitaly Khotsenko']);
    expect(d.documents.map((x) => x.id)).toEqual(texts.map((t) => t.id));
  });

  it('has a timeline of meetings of every year, newest first, held and planned told apart', () => {
    const meetings = d.timeline.filter((t) => t.status !== null);
    const years = new Set(meetings.filter((t) => t.status === 'held').map((t) => t.date!.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2021', '2022', '2023']);
    const dates = d.timeline.map((t) => (t.date ?? '').padEnd(10, '-'));
    expect(dates).toEqual([...dates].sort().reverse());
    const planned = meetings.filter((t) => t.status === 'planned');
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ kind: 'visit', date: '2019-09', trigger: 'visit' });
    const call = meetings.find((t) => t.date === '2021-03-02')!;
    expect(call).toMatchObject({ kind: 'call', status: 'held' });
    // Who took part, each on their side, officials by the office they held then.
    expect(call.participants.map((p) => [p.name, p.side, p.as])).toEqual([
      ['Bakhyt Sultanov', 'a', 'official'],
      ['Alexander Burkov', 'b', 'official'],
    ]);
    const visit = meetings.find((t) => t.date === '2019-09-12')!;
    expect(visit.ref.documentId).toBe('k2_kazakhstan_omsk_2019_visit');
    expect(visit.ref.text).toContain('arrived in');
  });

  it('places each figure at the period it refers to, one point per source', () => {
    const rows = trade(d).rows.map((r) => [r.period.value, r.reported.map((p) => p.value)]);
    expect(rows).toEqual([
      ['2017', []],
      ['2018', [1.02e9]],
      ['2019', []],
      ['2020', [1.21e9, 1.18e9]],
      ['2021', [1.38e9]],
      ['2022', [1.46e9]],
    ]);
    expect(row(d, '2022')!.reported[0]!.ref).toMatchObject({ documentId: 'k5_kazakhstan_omsk_2023_trade', date: '2023-04-10', text: '$1.46 billion' });
  });

  it('shows conflicting reports side by side and derived values apart, never as reports', () => {
    expect(row(d, '2020')!.conflict).toBe(true);
    expect(row(d, '2021')!.conflict).toBe(false);
    const derived2019 = row(d, '2019')!.derived;
    expect(derived2019).toHaveLength(1);
    expect(derived2019[0]!.value).toBeCloseTo(1.21e9 / 0.91, -4);
    expect(derived2019[0]!.formula).toBe('$1.21 billion ÷ (1 − 9%)');
    expect(derived2019[0]!.change.text).toBe('9%');
    expect(row(d, '2017')!.derived[0]!.value).toBeCloseTo(1.02e9 / 1.08, -4);
    expect(row(d, '2020')!.derived[0]!.value).toBeCloseTo(1.38e9 / 1.14, -4);
  });

  it('draws targets as marks on the series chart', () => {
    expect(trade(d).targets.map((t) => [t.value, t.deadline?.value]).sort()).toEqual([[1.3e9, '2021'], [1.5e9, '2022'], [2e9, '2025']]);
    const chart = chartModel(trade(d))!;
    expect(chart.reported).toHaveLength(5);
    expect(chart.derived).toHaveLength(3);
    expect(chart.targets).toHaveLength(3);
    expect(chart.reported.filter((p) => p.conflict)).toHaveLength(2);
  });

  it('decides targets from later figures: met, not met by the deadline, still open', () => {
    const met = commitment(d, '$1.3 billion');
    expect(met).toMatchObject({ kind: 'target', status: 'met', deadline: { value: '2021' } });
    expect(met.evidence[0]).toMatchObject({ documentId: 'k4_kazakhstan_omsk_2022_trade', text: '$1.38 billion' });
    expect(met.rule).toMatch(/^met: .*\$1\.38 billion for 2021/);

    const missed = commitment(d, '$1.5 billion');
    expect(missed).toMatchObject({ kind: 'target', status: 'not-met', deadline: { value: '2022' } });
    expect(missed.evidence[0]).toMatchObject({ documentId: 'k5_kazakhstan_omsk_2023_trade', text: '$1.46 billion' });
    expect(missed.rule).toMatch(/^not met by the deadline/);

    const open = commitment(d, '$2 billion');
    expect(open).toMatchObject({ status: 'open', deadline: { value: '2025' } });
    expect(open.rule).toContain('after the newest document in the store (2023-04-10)');
  });

  it('decides a planned visit from the visit later reported held', () => {
    const visit = d.commitments.find((c) => c.kind === 'planned-meeting')!;
    expect(visit).toMatchObject({ status: 'met', made: '2019-05-20' });
    expect(visit.evidence[0]!.documentId).toBe('k2_kazakhstan_omsk_2019_visit');
    expect(visit.rule).toContain('held on 2019-09-12');
  });

  it('decides a promise from a later report of it done, naming the shared words', () => {
    const mission = commitment(d, 'trade mission');
    expect(mission).toMatchObject({ kind: 'promise', status: 'met' });
    expect(mission.by.map((p) => p.name)).toEqual(['Alexander Burkov']);
    expect(mission.evidence[0]!.text).toContain('opened in August');
    expect(mission.rule).toContain('"trade mission"');
  });

  it('collects quotes by each side about the other, with speaker, office and date', () => {
    const byName = new Map(d.voices.map((v) => [v.speaker, v]));
    expect(byName.get('Askar Mamin')).toMatchObject({ side: 'a', office: 'Prime Minister of Kazakhstan', date: '2019-05-20' });
    expect(byName.get('Askar Mamin')!.about).toContain('names Omsk Oblast');
    expect(byName.get('Alexander Burkov')).toMatchObject({ side: 'b', office: 'Governor of Omsk Oblast' });
    expect(byName.get('Alexander Burkov')!.about).toContain('names Kazakhstan');
    for (const v of d.voices) expect(texts.find((t) => t.id === v.ref.documentId)!.text.slice(v.ref.start, v.ref.end)).toBe(v.text);
  });

  it('points every item at its document and words', () => {
    const byId = new Map(texts.map((t) => [t.id, t.text]));
    const refs = [
      ...d.timeline.map((t) => t.ref), ...d.commitments.flatMap((c) => [c.ref, ...c.evidence]),
      ...d.figures.flatMap((s) => s.rows.flatMap((r) => [...r.reported.map((p) => p.ref), ...r.derived.flatMap((x) => [x.change, x.level])])),
    ];
    expect(refs.length).toBeGreaterThan(20);
    for (const r of refs) expect(byId.get(r.documentId)!.slice(r.start, r.end)).toBe(r.text);
  });

  it('limits what is shown to the dates asked for, still deciding from later documents', async () => {
    const early = await buildDossier(store, 'KAZ', 'Omsk Oblast', { to: '2019-12-31' });
    expect(early.documents).toHaveLength(2);
    expect(early.timeline.every((t) => (t.date ?? '') <= '2019-12-31')).toBe(true);
    expect(early.figures.flatMap((s) => s.rows.map((r) => r.period.value))).toEqual(['2017', '2018', '2019']);
    expect(commitmentIn(early, '$1.5 billion').status).toBe('not-met');
    await expect(buildDossier(store, 'KAZ', 'Omsk Oblast', { from: '2022-01-01', to: '2021-01-01' })).rejects.toBeInstanceOf(DossierInputError);
    await expect(buildDossier(store, 'KAZ', 'Omsk Oblast', { from: '2022-02-30' })).rejects.toThrow(/not a calendar date/);
  });

  it('gives a clear empty dossier for a pair with nothing between them', async () => {
    const empty = await buildDossier(store, 'Kazakhstan', 'Irkutsk Oblast');
    expect(empty).toMatchObject({ documents: [], timeline: [], figures: [], commitments: [], voices: [] });
    expect(empty.notes[0]).toBe('No document in the store names both Kazakhstan and Irkutsk Oblast.');
    expect(renderMarkdown(empty)).toContain('No meetings, calls, visits, agreements or other events between the two.');
    await expect(buildDossier(store, 'KZ', 'Kazakhstan')).rejects.toThrow(/same party/);
  });

  it('reads a person for themself, shown with their office', async () => {
    const p = await buildDossier(store, 'Askar Mamin', 'Omsk Oblast');
    expect(p.a).toMatchObject({ kind: 'person', name: 'Askar Mamin', country: 'KAZ' });
    expect(p.timeline.filter((t) => t.status === 'held').map((t) => t.date)).toEqual(['2019-09-12', '2019-05-20']);
    expect(p.notes.join(' ')).toContain('A person stands for themself');
  });

  it('renders text, Markdown and HTML with every section', () => {
    const md = renderMarkdown(d);
    for (const h of ['## Timeline', '## Figures', '## Commitments', '## Voices']) expect(md).toContain(h);
    expect(md).toContain('| 2020 | $1.21 billion');
    expect(md).toContain('**(reports differ)**');
    expect(md).toContain('not met by the deadline');
    const html = renderHtml(d);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
    const text = renderText(d);
    expect(text).toContain('Timeline (');
    expect(text).toContain('derived, not reported: $1.33 billion');
  });
});

function commitmentIn(d: Dossier, words: string) {
  return d.commitments.find((c) => c.ref.sentence.includes(words) || c.what.includes(words))!;
}

describe('dossier: stored records from an older pipeline', () => {
  it('reads a record without measures again and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-dossier-old-'));
    const store = await openStore(join(dir, 'd.sqlite'));
    try {
      await fill(store, { stripMeasures: 'k5_kazakhstan_omsk_2023_trade' });
      const d = await buildDossier(store, 'Kazakhstan', 'Omsk Oblast');
      expect(d.notes.join(' ')).toContain('1 document(s) were stored by an older pipeline');
      expect(row(d, '2022')!.reported[0]!.value).toBe(1.46e9);
      expect(d.commitments.find((c) => c.what.includes('$1.5 billion'))!.status).toBe('not-met');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dossier API and CLI', () => {
  let dir: string;
  let store: SqlStore;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-dossier-api-'));
    store = await openStore(join(dir, 'd.sqlite'));
    await fill(store);
    app = await buildServer({ store });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers GET /api/dossier with the dossier', async () => {
    const res = await app.inject('/api/dossier?a=Kazakhstan&b=Omsk%20Region&from=2021-01-01');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Dossier;
    expect(body.a.name).toBe('Kazakhstan');
    expect(body.documents.map((x) => x.date)).toEqual(['2021-03-03', '2022-02-15', '2023-04-10']);
    expect(body.commitments.find((c) => c.kind === 'target' && c.what.includes('$2 billion'))!.status).toBe('open');
  });

  it('answers 400 with the candidates for an ambiguous name, 404 for an unknown one, 400 for bad input', async () => {
    const ambiguous = await app.inject('/api/dossier?a=Kazakhstan&b=Omsk');
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json()).toMatchObject({ party: 'Omsk', candidates: [{ choose: 'city:Omsk' }, { choose: 'region:Omsk Oblast' }] });
    const unknown = await app.inject('/api/dossier?a=Kazakhstan&b=Atlantis');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('Atlantis');
    const missing = await app.inject('/api/dossier?a=Kazakhstan&from=2021');
    expect(missing.statusCode).toBe(400);
    // Every problem at once: the missing side and the malformed date.
    expect(missing.json().message).toMatch(/b/);
    expect(missing.json().message).toMatch(/from/);
    const badDate = await app.inject('/api/dossier?a=Kazakhstan&b=Omsk%20Oblast&from=2021-02-30');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().message).toMatch(/calendar/);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await app.inject('/openapi.json')).json() as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    const params = doc.paths['/api/dossier']!.get!.parameters!.map((p) => p.name).sort();
    expect(params).toEqual(['a', 'b', 'from', 'to']);
  });

  it('runs as "readout dossier" in every format', async () => {
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const io = {
        stdout: { write: (s: string) => ((stdout += s), true) } as unknown as NodeJS.WritableStream,
        stderr: { write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WritableStream,
        stdin: process.stdin,
      };
      const code = await main(args, io);
      return { code, stdout, stderr };
    };
    const db = join(dir, 'd.sqlite');
    const text = await run(['dossier', 'Kazakhstan', 'Omsk Oblast', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Commitments (');
    const md = await run(['dossier', 'KZ', 'Omsk Region', '--db', db, '--format', 'markdown']);
    expect(md.stdout).toContain('# Kazakhstan and Omsk Oblast: relation dossier');
    const json = await run(['dossier', 'KZ', 'Omsk Region', '--db', db, '--format', 'json']);
    expect((JSON.parse(json.stdout) as Dossier).timeline.length).toBeGreaterThan(5);
    const ambiguous = await run(['dossier', 'Kazakhstan', 'Omsk', '--db', db]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('"region:Omsk Oblast"');
    const usage = await run(['dossier', 'Kazakhstan', '--db', db]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('wants two parties');
    const format = await run(['dossier', 'Kazakhstan', 'Omsk Oblast', '--format', 'pdf', '--db', db]);
    expect(format.code).toBe(2);
  });
});

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('[dossier.test] PostgreSQL suite skipped: nothing answers on 127.0.0.1:5432');

describe.skipIf(!pgUrl)('dossier on PostgreSQL', () => {
  it('builds the same dossier as on SQLite', async () => {
    const schema = freshSchema('dossier');
    const pgStore = await openStore(`${pgUrl}?schema=${schema}`);
    const dir = mkdtempSync(join(tmpdir(), 'readout-dossier-pg-'));
    const lite = await openStore(join(dir, 'd.sqlite'));
    try {
      await fill(pgStore);
      await fill(lite);
      const strip = (x: Dossier) => JSON.parse(JSON.stringify({ ...x, a: { ...x.a, actorIds: [] }, b: { ...x.b, actorIds: [], officials: x.b.officials.map((o) => ({ ...o, actorId: '' })) } },
        (k, v: unknown) => (k === 'actorId' ? null : v))) as unknown;
      const [p, l] = await Promise.all([buildDossier(pgStore, 'Kazakhstan', 'Omsk Oblast'), buildDossier(lite, 'Kazakhstan', 'Omsk Oblast')]);
      expect(strip(p)).toEqual(strip(l));
    } finally {
      await pgStore.close();
      await lite.close();
      await dropSchema(pgUrl!, schema);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dossier on the demo corpus: Belarus and Irkutsk Oblast', () => {
  it('has meetings of every year, the trade series by the year each figure refers to, and commitments decided by later documents', async () => {
    const { ingestDemoCorpus } = await import('../src/server/demo-ingest.js');
    const { demoCorpusDir } = await import('../src/server/paths.js');
    const dir = mkdtempSync(join(tmpdir(), 'readout-dossier-demo-'));
    const store = await openStore(join(dir, 'demo.sqlite'));
    try {
      await ingestDemoCorpus(store, demoCorpusDir());
      const d = await buildDossier(store, 'Belarus', 'Irkutsk Oblast');
      const held = new Set(d.timeline.filter((t) => t.status === 'held').map((t) => t.date!.slice(0, 4)));
      const years = new Set(d.documents.map((x) => x.date?.slice(0, 4)).filter((y): y is string => Boolean(y)));
      expect([...held].sort()).toEqual([...years].sort());
      const series = d.figures.find((s) => s.topic === 'trade' && s.unit === 'USD')!;
      expect(series.rows.filter((r) => r.reported.length > 0).map((r) => r.period.value)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
      // "trade ... reached $284.3 million in 2019", reported in September 2020, is a 2019 figure.
      expect(series.rows.find((r) => r.period.value === '2019')!.reported[0]!.ref.date).toBe('2020-09-26');
      const decided = d.commitments.filter((c) => (c.status === 'met' || c.status === 'not-met') && c.evidence.some((e) => (e.date ?? '') > (c.made ?? '')));
      expect(decided.length).toBeGreaterThanOrEqual(3);
      const doubling = d.commitments.find((c) => c.kind === 'target' && c.what.includes('double'))!;
      expect(doubling).toMatchObject({ status: 'met', goal: { value: 217_400_000 } });
      expect(renderMarkdown(d)).toContain('## Commitments');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dossier: commitments are decided in time near linear in the size of the relation', () => {
  it('many commitments against many later releases that share their words but never report them done', async () => {
    const { decideCommitments } = await import('../src/dossier/commitments.js');
    const { keyTerms } = await import('../src/dossier/fulfilment.js');
    const ref = { documentId: 'x', date: '2020-01-01', source: null, title: null, start: 0, end: 1, text: 'x', sentence: 'x' };
    const run = (n: number) => {
      const documents = Array.from({ length: n }, (_, i) => ({
        id: `d${i}`, date: `20${String(10 + Math.floor(i / 365)).padStart(2, '0')}-01-01`, title: null, source: null,
        sentences: [{ start: 0, end: 60, text: `The trade house opened a hall number ${i} in the city centre.` }],
      }));
      const drafts = documents.map((d, i) => ({
        documentId: d.id, target: null, plannedDate: null,
        terms: keyTerms('The sides agreed to open a trade house in 2031-2032.', 'to open a trade house in 2031-2032.', new Set<string>()),
        commitment: {
          kind: 'agreement' as const, by: [], to: [], what: `open a trade house ${i}`, made: d.date, deadline: null, goal: null,
          status: 'open' as const, rule: '', evidence: [], ref,
        },
      }));
      const t0 = performance.now();
      decideCommitments(drafts, { documents, meetings: [], series: [], corpusUntil: '2030-01-01' });
      return performance.now() - t0;
    };
    run(200);
    const small = Math.max(run(400), 5);
    const large = run(3200);
    // 8x the relation; comparing every commitment with every later sentence would take ~64x.
    expect(large / small).toBeLessThan(30);
  });
});

describe('dossier: meetings come from the record\'s own list when it has one', () => {
  it('prefers `meetings` over CONSULT events, and reads events when there is none', async () => {
    const { meetingsOf, hasMeetingRecords } = await import('../src/dossier/meetings.js');
    const text = DOSSIER_TEXTS[0]!.text;
    const extracted = (await import('../src/extract.js')).extract({ text, id: 'k1' });
    // A record stored before the extractor wrote meetings: they are read from its events.
    const { meetings: _own, ...record } = extracted;
    const fromEvents = meetingsOf(record, text);
    expect(hasMeetingRecords(record)).toBe(false);
    expect(hasMeetingRecords(extracted)).toBe(true);
    expect(fromEvents.map((m) => [m.kind, m.status, m.origin])).toEqual([['meeting', 'held', 'events'], ['visit', 'planned', 'events']]);
    const start = text.indexOf('met with');
    const withList = {
      ...record,
      meetings: [
        { participants: [{ name: 'Askar Mamin', country: 'KAZ', sector: 'GOV', id: 'p1' }], date: '2019-05-20', kind: 'talks', place: 'Nur-Sultan', trigger: 'met with', start, end: start + 8, status: 'held' },
        { participants: [], date: null, kind: 'nonsense', trigger: 'x', start: 'bad' },
      ],
    };
    // A hand-made list with a malformed item: not a record the extractor would write.
    const asRecord = withList as unknown as typeof record;
    const own = meetingsOf(asRecord, text);
    expect(hasMeetingRecords(asRecord)).toBe(true);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ kind: 'talks', status: 'held', place: 'Nur-Sultan', origin: 'meetings' });
  });
});

describe('dossier: a visit planned to a place is kept only by a meeting held there', () => {
  const invite = [
    'date 2021-03-02 Source: Government of Tomsk Oblast',
    'TOMSK, 2 March – Governor of Tomsk Oblast Vladimir Mazur met with Ambassador of Uzbekistan Bakhtiyor Ibragimov.',
    'The governor invited Bakhtiyor Ibragimov to visit Tomsk Oblast in the autumn.',
  ].join('\n');
  const elsewhere = [
    'date 2023-05-16 Source: Embassy of Uzbekistan',
    'MOSCOW, 16 May – Ambassador of Uzbekistan Bakhtiyor Ibragimov met with Governor of Tomsk Oblast Vladimir Mazur in Moscow.',
    'They discussed supplies of grain and timber.',
  ].join('\n');
  const there = [
    'date 2023-10-04 Source: Government of Tomsk Oblast',
    'TOMSK, 4 October – Ambassador of Uzbekistan Bakhtiyor Ibragimov visited Tomsk Oblast and met with Governor Vladimir Mazur in Tomsk.',
  ].join('\n');

  async function dossierOf(docs: { id: string; text: string }[]): Promise<Dossier> {
    const dir = mkdtempSync(join(tmpdir(), 'readout-dossier-place-'));
    const store = await openStore(join(dir, 'p.sqlite'));
    try {
      const { extract } = await import('../src/extract.js');
      for (const { id, text } of docs) {
        const record = extract({ text, id });
        await store.putDocument({ text, record, id, key: `file:${id}`, date: record.date, source: record.source, pipelineVersion: 'test' });
      }
      return await buildDossier(store, 'Uzbekistan', 'Tomsk Oblast');
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('is not met by the same two meeting in another city', async () => {
    const d = await dossierOf([{ id: 'invite', text: invite }, { id: 'elsewhere', text: elsewhere }]);
    const planned = d.commitments.filter((c) => c.kind === 'planned-meeting' || c.kind === 'invitation');
    expect(planned.length).toBeGreaterThan(0);
    for (const c of planned) expect(c.status, c.rule).not.toBe('met');
  });

  it('is met by the visit reported held there', async () => {
    const d = await dossierOf([{ id: 'invite', text: invite }, { id: 'elsewhere', text: elsewhere }, { id: 'there', text: there }]);
    const planned = d.commitments.filter((c) => c.kind === 'planned-meeting' || c.kind === 'invitation');
    expect(planned.some((c) => c.status === 'met' && c.evidence[0]?.documentId === 'there')).toBe(true);
  });
});
