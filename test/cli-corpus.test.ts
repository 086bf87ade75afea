import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import { runCli, startCli } from './fixtures/corpus/cli.js';
import { makeRecord } from './fixtures/corpus/make-record.js';
import { dropSchema, findPostgres, freshSchema } from './fixtures/corpus/pg.js';
import { startSite, type TestSite } from './fixtures/corpus/server.js';

const FIX = join(import.meta.dirname, 'fixtures', 'corpus');

let site: TestSite;
let tmp: string;
beforeAll(async () => {
  site = await startSite();
  tmp = mkdtempSync(join(tmpdir(), 'readout-cli-corpus-'));
});
afterAll(async () => {
  await site.close();
  rmSync(tmp, { recursive: true, force: true });
});

function counts(db: string): { documents: number; versions: number; keys: number } {
  const d = new Database(db, { readonly: true });
  try {
    const one = (q: string) => (d.prepare(q).get() as { n: number }).n;
    return {
      documents: one('select count(*) as n from documents'),
      versions: one('select count(*) as n from document_versions'),
      keys: one('select count(distinct key) as n from documents'),
    };
  } finally {
    d.close();
  }
}

describe('readout ingest', () => {
  it('ingests files, pages and a feed; a second run changes nothing; a changed page becomes a new version', async () => {
    const db = join(tmp, 'mixed.sqlite');
    const dir = join(tmp, 'texts');
    mkdirSync(dir);
    for (const f of ['a-belarus-irkutsk.txt', 'b-vietnam-japan.txt', 'c-empty.txt']) copyFileSync(join(FIX, 'texts', f), join(dir, f));
    writeFileSync(join(dir, 'z-binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    const big = join(tmp, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    site.set('/news/changing.html', '<html><head><title>Talks in Tashkent</title></head><body><p>The foreign ministers of Uzbekistan and Kyrgyzstan met in Tashkent to discuss water sharing and border crossings.</p></body></html>');
    const args = ['ingest', '--db', db, dir, big, `${site.base}/pages/minsk-ru.html`, `${site.base}/pages/volga-koi8.html`, `${site.base}/news/changing.html`, `${site.base}/feed.xml`];

    const first = await runCli(args);
    expect(first.code).toBe(1);
    // new: 2 texts + 3 pages + 2 feed items; failed: empty, binary, 50 MB file, feed item without text.
    expect(first.stderr).toMatch(/7 new, 0 unchanged, 0 updated, 4 failed/);
    expect(first.stderr).toMatch(/c-empty\.txt: empty input/);
    expect(first.stderr).toMatch(/z-binary\.txt: binary data, not text/);
    expect(first.stderr).toMatch(/big\.txt: 50\.0 MB is over the 10\.0 MB limit/);
    expect(first.stderr).toMatch(/item 3: Item without any text/);
    expect(first.stderr).toMatch(/warning.*gone\.html|warning.*item 2/);
    expect(counts(db)).toEqual({ documents: 7, versions: 7, keys: 7 });

    const second = await runCli(args);
    expect(second.stderr).toMatch(/0 new, 7 unchanged, 0 updated, 4 failed/);
    expect(counts(db)).toEqual({ documents: 7, versions: 7, keys: 7 });

    site.set('/news/changing.html', '<html><head><title>Talks in Tashkent</title></head><body><p>The foreign ministers of Uzbekistan and Kyrgyzstan met in Tashkent and signed a protocol on water sharing.</p></body></html>');
    const third = await runCli(['ingest', '--db', db, `${site.base}/news/changing.html`, '--json']);
    expect(third.code).toBe(0);
    const summary = JSON.parse(third.stdout) as { new: number; updated: number; unchanged: number };
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(counts(db)).toEqual({ documents: 7, versions: 8, keys: 7 });

    const store = await openStore(db);
    try {
      const hits = await store.search({ text: 'protocol water' });
      expect(hits.items).toHaveLength(1);
      const doc = await store.getDocument(hits.items[0]!.id);
      expect(doc?.versions.map((v) => v.version)).toEqual([1, 2]);
      expect((await store.getDocument(hits.items[0]!.id, 1))?.text).toContain('to discuss water sharing');
      // The old text is out of the search index.
      expect((await store.search({ text: 'discuss water sharing' })).items).toHaveLength(0);
      expect((await store.search({ text: 'Головченко' })).items).toHaveLength(1);
      expect((await store.search({ text: 'Азаров' })).items).toHaveLength(1);
      const stats = await store.stats();
      expect(stats.sources.map((s) => s.source)).toContain('Regional Cooperation Newsroom');
    } finally {
      await store.close();
    }
  }, 180_000);

  it('loses nothing when killed mid-batch and finishes the job when run again', async () => {
    const db = join(tmp, 'crash.sqlite');
    const n = 2500;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      lines.push(JSON.stringify({ id: `doc-${i}`, date: '2022-03-01', source: 'Crash test wire', text: `Delegation ${i} from the Ministry of Economy visited the region of Karaganda and discussed ${i % 7} joint projects worth $${i + 1} million.` }));
    }
    const file = join(tmp, 'batch.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const child = startCli(['ingest', '--db', db, file]);
    // Wait until some documents are committed, then kill without warning.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      let done = 0;
      try {
        done = counts(db).documents;
      } catch {
        done = 0;
      }
      if (done >= 20) break;
      if (Date.now() > deadline) throw new Error('ingest made no progress');
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const partial = counts(db);
    expect(partial.documents).toBeGreaterThan(0);
    expect(partial.documents).toBeLessThan(n);
    expect(partial.versions).toBe(partial.documents);

    const rerun = await runCli(['ingest', '--db', db, file, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { new: number; unchanged: number; failed: number };
    expect(summary.failed).toBe(0);
    expect(summary.new + summary.unchanged).toBe(n);
    expect(summary.unchanged).toBeGreaterThanOrEqual(partial.documents);
    expect(counts(db)).toEqual({ documents: n, versions: n, keys: n });
  }, 300_000);

  it('reprocesses stored texts: only stale ones by default, all with --all', async () => {
    const db = join(tmp, 'reprocess.sqlite');
    const v1 = { READOUT_PIPELINE_VERSION: 'test-pipeline-1' };
    const first = await runCli(['ingest', '--db', db, join(FIX, 'texts', 'a-belarus-irkutsk.txt'), join(FIX, 'texts', 'b-vietnam-japan.txt')], undefined, v1);
    expect(first.code).toBe(0);
    const none = await runCli(['reprocess', '--db', db], undefined, v1);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/reprocessed 0 documents/);
    const all = await runCli(['reprocess', '--db', db, '--all', '--jobs', '0'], undefined, v1);
    expect(all.stderr).toMatch(/reprocessed 2 documents with pipeline test-pipeline-1/);
    // A record made by another pipeline version is stale and redone.
    const d = new Database(db);
    d.prepare(`update document_versions set pipeline_version = 'old' where document_id = 'b-vietnam-japan'`).run();
    d.close();
    const stale = await runCli(['reprocess', '--db', db], undefined, v1);
    expect(stale.stderr).toMatch(/reprocessed 1 documents/);
    // Without a pinned label the version is a fingerprint of the extraction code.
    const upgraded = await runCli(['reprocess', '--db', db]);
    expect(upgraded.stderr).toMatch(/reprocessed 2 documents with pipeline 0\.1\.0\+[0-9a-f]{12}/);
    expect(counts(db)).toEqual({ documents: 2, versions: 2, keys: 2 });
  }, 180_000);

  it('explains its options and refuses bad ones', async () => {
    const help = await runCli(['ingest', '--help']);
    expect(help.stdout).toMatch(/Usage: readout ingest/);
    expect(help.stdout).toMatch(/--db PATH\|URL/);
    expect(help.stdout).toMatch(/readout\.sqlite/);
    expect(help.stdout).toMatch(/Examples:/);
    const bad = await runCli(['ingest', '--max-mb', 'lots', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-mb wants a positive number/);
    const none = await runCli(['ingest']);
    expect(none.code).toBe(2);
  });
});

describe('listing and export commands', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tmp, 'listing.sqlite');
    const store = await openStore(db);
    const text = 'date 2021-04-12 Source: MFA\nSergei Lavrov met Wang Yi in Guilin. "Our positions coincide," Lavrov said. Trade reached $100 billion.';
    const sentence: [number, number] = [text.indexOf('Sergei'), text.indexOf('Guilin.') + 7];
    await store.putDocument({
      text, id: 'guilin', date: '2021-04-12', source: 'MFA', pipelineVersion: 't',
      record: makeRecord({
        date: '2021-04-12',
        people: [
          { id: 'a', name: 'Sergei Lavrov', title: 'Minister of Foreign Affairs', country: 'RUS', sector: 'GOV' },
          { id: 'b', name: 'Wang Yi', title: 'Foreign Minister', country: 'CHN', sector: 'GOV' },
        ],
        events: [{ type: 'CONSULT', mode: 'meet', trigger: 'met', sentence, source: [{ id: 'a', name: 'Sergei Lavrov', country: 'RUS', sector: 'GOV' }], target: [{ id: 'b', name: 'Wang Yi', country: 'CHN', sector: 'GOV' }] }],
        quotes: [{ speaker: 'Sergei Lavrov', speakerId: 'a', text: 'Our positions coincide,' }],
        quantities: [{ kind: 'money', text: '$100 billion', value: 1e11, currency: 'USD', start: text.indexOf('$'), end: text.indexOf('billion') + 7 }],
      }),
    });
    const callText = 'date 2022-01-05 Source: MFA\nSergey Lavrov spoke with Antony Blinken by phone. "The talk was useful," the ministry said.';
    const callRecord = makeRecord({
        date: '2022-01-05',
        people: [{ id: 'a', name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'RUS', sector: 'GOV' }, { id: 'c', name: 'Antony Blinken', title: 'Secretary of State', country: 'USA', sector: 'GOV' }],
        events: [{ type: 'CONSULT', mode: 'call', trigger: 'spoke', source: [{ id: 'a', name: 'Sergey Lavrov', country: 'RUS', sector: 'GOV' }], target: [{ id: 'c', name: 'Antony Blinken', country: 'USA', sector: 'GOV' }] }],
      });
    const apart = callText.indexOf('The talk');
    callRecord.unattributedQuotes = [{ speaker: null, speakerId: null, text: 'The talk was useful,', start: apart, end: apart + 20, cue: null, rule: 'test' }];
    await store.putDocument({ text: callText, id: 'call', date: '2022-01-05', source: 'MFA', pipelineVersion: 't', record: callRecord });
    await store.close();
  });

  it('prints tables for people and JSON/CSV for programs', async () => {
    const table = await runCli(['events', '--db', db]);
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^DATE\s+TYPE\s+MODE\s+SOURCE\s+TARGET/);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/2022-01-05\s+CONSULT\s+call\s+Sergey Lavrov \(RUS\)\s+Antony Blinken \(USA\)/);

    const json = JSON.parse((await runCli(['events', '--db', db, '--country', 'chn', '--format', 'json'])).stdout) as { type: string; sentence: string }[];
    expect(json).toHaveLength(1);
    expect(json[0]!.sentence).toBe('Sergei Lavrov met Wang Yi in Guilin.');

    const csv = (await runCli(['quotes', '--db', db, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toBe('quote_id,document_id,date,speaker,speaker_actor_id,text,start,end');
    expect(csv[1]).toMatch(/guilin,2021-04-12,Sergei Lavrov,\d+,"Our positions coincide,"/);

    const between = JSON.parse((await runCli(['events', '--db', db, '--actor', 'Lavrov', '--with', 'USA', '--format', 'json'])).stdout) as { mode: string }[];
    expect(between.map((e) => e.mode)).toEqual(['call']);

    const figures = await runCli(['figures', '--db', db, '--currency', 'USD']);
    expect(figures.stdout).toMatch(/100,000,000,000\s+USD\s+\$100 billion/);

    const search = await runCli(['search', '--db', db, 'positions', '--format', 'jsonl']);
    expect(search.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['guilin']);
    const none = await runCli(['search', '--db', db, 'nonexistentword']);
    expect(none.stderr).toMatch(/no documents match/);
  }, 180_000);

  it('shows one actor with roles over time, merging spellings', async () => {
    const out = await runCli(['actors', '--db', db, 'lavrov']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Sergei Lavrov|^Sergey Lavrov/);
    expect(out.stdout).toMatch(/2 documents/);
    expect(out.stdout).toMatch(/Roles over time/);
    expect(out.stdout).toMatch(/Minister of Foreign Affairs\s+2021-04-12\s+2021-04-12/);
    expect(out.stdout).toMatch(/Foreign Minister\s+2022-01-05\s+2022-01-05/);
    expect(out.stdout).toMatch(/Written as.*Sergei Lavrov \(1\).*Sergey Lavrov \(1\)|Written as.*Sergey Lavrov \(1\).*Sergei Lavrov \(1\)/);
    const list = await runCli(['actors', '--db', db, '--kind', 'person', '--format', 'csv']);
    expect(list.stdout.split('\r\n').filter((l) => l.length > 0)).toHaveLength(4);
  }, 30_000);

  it('exports events as PLOVER-style JSON lines and CSV, streaming', async () => {
    const plover = await runCli(['export', '--db', db, '--what', 'events', '--format', 'plover-json']);
    expect(plover.code).toBe(0);
    const recs = plover.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toHaveLength(2);
    expect(recs[1]).toMatchObject({
      document_id: 'guilin', date: '2021-04-12', event: 'CONSULT', mode: 'meet', eventText: 'met', text: 'Sergei Lavrov met Wang Yi in Guilin.',
      source: [{ actorText: 'Sergei Lavrov', code: 'RUS', sector: 'GOV' }], target: [{ actorText: 'Wang Yi', code: 'CHN', sector: 'GOV' }],
    });
    const csvOut = join(tmp, 'events.csv');
    const csv = await runCli(['export', '--db', db, '--what', 'events', '--format', 'csv', '--out', csvOut, '--from', '2022-01-01']);
    expect(csv.stderr).toMatch(/exported 1 events/);
    const { readFileSync } = await import('node:fs');
    const rows = readFileSync(csvOut, 'utf8').split('\r\n');
    expect(rows[0]).toBe('event_id,document_id,date,type,mode,source_names,source_countries,source_sectors,target_names,target_countries,target_sectors,trigger,cameo,start,end,sentence');
    expect(rows[1]).toMatch(/^\d+,call,2022-01-05,CONSULT,call,Sergey Lavrov,RUS,GOV,Antony Blinken,USA,GOV,spoke,/);
    // Quotations with no named speaker are exported only when asked for, and alone.
    const named = await runCli(['export', '--db', db, '--what', 'quotes', '--format', 'jsonl']);
    expect(named.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['Our positions coincide,']);
    const apart = await runCli(['export', '--db', db, '--what', 'quotes', '--unattributed', '--format', 'tsv']);
    expect(apart.stdout.split(/\r?\n/)[1]).toMatch(/^\d+\tcall\t2022-01-05\t\t\tThe talk was useful,\t/);
    expect(apart.stderr).toMatch(/exported 1 quotes without a named speaker/);
    const misplaced = await runCli(['export', '--db', db, '--what', 'events', '--unattributed']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(/--unattributed is for --what quotes/);
    const bad = await runCli(['export', '--db', db, '--what', 'quotes', '--format', 'plover-json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/plover-json is for events/);
  }, 90_000);

  it('gives help with examples for every corpus command', async () => {
    for (const cmd of ['ingest', 'reprocess', 'search', 'actors', 'events', 'quotes', 'figures', 'export']) {
      const out = await runCli([cmd, '--help']);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(new RegExp(`Usage: readout ${cmd}`));
      expect(out.stdout).toMatch(/Examples:\n {2}readout /);
    }
  }, 180_000);
});

const pgUrl = await findPostgres();
if (!pgUrl) console.warn('cli-corpus: PostgreSQL not reachable on 127.0.0.1:5432 (database "test"); skipping the --db postgres:// test');

describe.skipIf(!pgUrl)('readout ingest into PostgreSQL', () => {
  const schema = freshSchema('readout_cli');
  afterAll(async () => {
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  it('ingests, re-ingests unchanged and searches through --db postgres://', async () => {
    const db = `${pgUrl}?schema=${schema}`;
    const dir = join(FIX, 'texts');
    const first = await runCli(['ingest', '--db', db, join(dir, 'a-belarus-irkutsk.txt'), join(dir, 'b-vietnam-japan.txt'), `${site.base}/pages/minsk-ru.html`]);
    expect(first.stderr).toMatch(/3 new, 0 unchanged, 0 updated, 0 failed/);
    expect(first.code).toBe(0);
    const again = await runCli(['ingest', '--db', db, join(dir, 'a-belarus-irkutsk.txt')]);
    expect(again.stderr).toMatch(/0 new, 1 unchanged/);
    const hits = await runCli(['search', '--db', db, 'Kishida', '--format', 'json']);
    expect((JSON.parse(hits.stdout) as { id: string }[]).map((h) => h.id)).toEqual(['b-vietnam-japan']);
  }, 180_000);
});
