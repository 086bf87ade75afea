/**
 * Ingest benchmark: N generated press releases through the whole path a user's
 * `readout ingest` takes (hash check, extraction on worker threads, batched transactions
 * into SQLite), streamed so memory stays flat whatever N is.
 *
 *   node --import tsx bench/ingest.ts [N]          (or through bench/run.ts)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultJobs } from '../src/cli/commands/ingest.js';
import { ingestItems } from '../src/ingest/batch.js';
import { workerExtractor, type Extractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { pipelineVersion } from '../src/store/pipeline-version.js';
import { generateDocument, mulberry32 } from './corpus.js';

export interface IngestBenchOptions {
  /** Number of documents (default 10,000). */
  docs?: number;
  /** SQLite file to fill; default a fresh temporary file, removed afterwards. */
  db?: string;
  seed?: number;
  /** Extraction worker threads (default: one per core, up to 4; 0: extract on the main thread). */
  jobs?: number;
  /**
   * 'pipeline' (default): the real extraction. 'synthetic': made-up records of a similar
   * size, to measure the store alone (and fill a big store quickly for query timings).
   */
  records?: 'pipeline' | 'synthetic';
  /** Print progress to stderr every this many documents (0: never). */
  progressEvery?: number;
}

export interface IngestBenchResult {
  documents: number;
  jobs: number;
  seconds: number;
  docsPerSecond: number;
  /** Second pass over the same documents: every one recognised as unchanged. */
  rerunSeconds: number;
  rerunDocsPerSecond: number;
  startRssMb: number;
  peakRssMb: number;
  endRssMb: number;
  storeMb: number;
  events: number;
  actors: number;
  /** Milliseconds for typical reads on the filled store. */
  queriesMs: Record<string, number>;
}

async function* generated(n: number, seed: number): AsyncGenerator<SourceItem> {
  const rand = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const text = generateDocument(rand);
    yield { ok: true, name: `bench:${i}`, input: { text, id: `bench-${i}` }, key: `id:bench-${i}`, origin: 'jsonl', warning: null };
  }
}

const COUNTRIES = ['BLR', 'RUS', 'KAZ', 'CHN', 'IND', 'TUR', 'UZB', 'ARM', 'GEO', 'AZE', 'MNG', 'VNM', 'EGY', 'BRA', 'ZAF', 'SRB'];
const TYPES = ['CONSULT', 'AGREE', 'COOPERATE', 'SUPPORT', 'AID', 'REQUEST', 'ACCUSE'];

/** Records shaped like the pipeline's (about 10 actors, 4 events, 2 quotes, 3 figures), made from a PRNG. */
export function syntheticExtractor(seed: number): Extractor {
  const rand = mulberry32(seed ^ 0x5bd1e995);
  const int = (n: number) => Math.floor(rand() * n);
  return {
    threads: 0,
    close: async () => undefined,
    extract: async (input) => {
      // 3,000 people, each with one name and one country, as in a real corpus.
      const people = Array.from({ length: 6 }, (_, i) => {
        const who = int(3000);
        const country = COUNTRIES[who % COUNTRIES.length]!;
        return { name: `Given${who % 40} Family${who % 700}`, title: ['Minister', 'Governor', 'President', 'Ambassador'][int(4)]!, country, sector: 'GOV', mentions: [[0, 5]] as [number, number][], id: `p${i}` };
      });
      const places = Array.from({ length: 4 }, (_, i) => ({ name: `Place${int(300)}`, kind: 'city' as const, country: COUNTRIES[int(COUNTRIES.length)]!, mentions: [[0, 5]] as [number, number][], id: `g${i}` }));
      const party = (i: number) => ({ name: people[i]!.name, country: people[i]!.country, sector: 'GOV', id: people[i]!.id });
      const len = input.text.length;
      return {
        id: input.id ?? 'x', date: `20${10 + int(15)}-0${1 + int(9)}-1${int(10)}`, source: null, title: null, url: null,
        people, organizations: [], places,
        quotes: Array.from({ length: 2 }, () => ({ speaker: people[0]!.name, text: input.text.slice(0, 60), start: 0, end: Math.min(60, len), speakerId: 'p0', cue: null, rule: 'synthetic' })),
        quantities: Array.from({ length: 3 }, () => ({ kind: 'money' as const, text: '$5 million', value: int(1e9), currency: 'USD', qualifier: null, unit: null, start: 0, end: Math.min(10, len), rule: 'synthetic' })),
        dates: [],
        events: Array.from({ length: 4 }, (_, i) => ({
          type: TYPES[int(TYPES.length)]!, mode: null, source: [party(i % 6)], target: [party((i + 1) % 6)], date: null, trigger: 'met',
          start: 0, end: Math.min(10, len), triggerSpan: [0, 3] as [number, number], sentence: [0, Math.min(120, len)] as [number, number], evidence: [], cameo: null, rule: 'synthetic',
        })),
        messages: [], stats: { chars: len, sentences: 0, tokens: 0 },
      };
    },
  };
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export async function benchIngest(opts: IngestBenchOptions = {}): Promise<IngestBenchResult> {
  const n = opts.docs ?? 10_000;
  const seed = opts.seed ?? 20200925;
  const dir = opts.db ? null : mkdtempSync(join(tmpdir(), 'readout-bench-ingest-'));
  const dbPath = opts.db ?? join(dir!, 'bench.sqlite');
  const every = opts.progressEvery ?? Math.max(1000, Math.floor(n / 20));
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const store = await openStore(dbPath);
  const jobs = opts.jobs ?? defaultJobs();
  const extractor = opts.records === 'synthetic' ? syntheticExtractor(seed) : workerExtractor(jobs);
  try {
    const pv = pipelineVersion();
    const t0 = performance.now();
    const summary = await ingestItems(generated(n, seed), {
      store,
      pipelineVersion: pv,
      extractor,
      onProgress: (p) => {
        if (every > 0 && p.done % every === 0) {
          peak = Math.max(peak, process.memoryUsage().rss);
          process.stderr.write(`  ingest ${p.done}/${n}  ${((p.done * 1000) / p.elapsedMs).toFixed(0)} docs/s  rss ${mb(process.memoryUsage().rss)} MB\n`);
        }
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    if (summary.failed > 0) throw new Error(`bench ingest: ${summary.failed} documents failed, first: ${summary.failures[0]?.error}`);
    const t1 = performance.now();
    const rerun = await ingestItems(generated(n, seed), { store, pipelineVersion: pv });
    const rerunSeconds = (performance.now() - t1) / 1000;
    if (rerun.unchanged !== n) throw new Error(`bench ingest: re-run found ${rerun.new + rerun.updated} changed documents`);
    const stats = await store.stats();
    const time = async (f: () => Promise<unknown>): Promise<number> => {
      const t = performance.now();
      await f();
      return Math.round((performance.now() - t) * 10) / 10;
    };
    const topActor = (await store.listActors({ kind: 'person', limit: 1 })).items[0];
    const rareActor = (await store.listActors({ kind: 'person', limit: 1, cursor: (await store.listActors({ kind: 'person', limit: 200 })).nextCursor })).items[0];
    // A deep page: keyset pagination must not slow down with depth.
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) cursor = (await store.search({ limit: 100, cursor })).nextCursor;
    const queries = {
      searchText: await time(() => store.search({ text: 'trade agreement', limit: 20 })),
      searchCountry: await time(() => store.search({ country: 'BLR', limit: 20 })),
      searchDeepPage: await time(() => store.search({ limit: 100, cursor })),
      eventsByType: await time(() => store.listEvents({ type: 'CONSULT', limit: 50 })),
      eventsTopActor: await time(() => store.listEvents({ actor: topActor?.id ?? '1', limit: 50 })),
      eventsRareActor: await time(() => store.listEvents({ actor: rareActor?.id ?? '1', limit: 50 })),
      actorDetail: await time(() => store.getActor(topActor?.id ?? '1')),
      relationsCountry: await time(() => store.relations({ level: 'country', limit: 100 })),
    };
    clearInterval(sampler);
    const endRss = process.memoryUsage().rss;
    await store.close();
    const storeMb = mb(statSync(dbPath).size + (() => { try { return statSync(`${dbPath}-wal`).size; } catch { return 0; } })());
    return {
      documents: n,
      jobs,
      seconds: Math.round(seconds * 10) / 10,
      docsPerSecond: Math.round(n / seconds),
      rerunSeconds: Math.round(rerunSeconds * 10) / 10,
      rerunDocsPerSecond: Math.round(n / rerunSeconds),
      startRssMb: mb(startRss),
      peakRssMb: mb(Math.max(peak, endRss)),
      endRssMb: mb(endRss),
      storeMb,
      events: stats.events,
      actors: stats.actors,
      queriesMs: queries,
    };
  } finally {
    clearInterval(sampler);
    await extractor.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2] ?? 10_000);
  const jobs = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const records = process.argv[4] === 'synthetic' ? 'synthetic' : 'pipeline';
  benchIngest({ docs: n, jobs, records, db: process.argv[5] }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
