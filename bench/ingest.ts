/**
 * Ingest benchmark: N generated press releases through the whole path a user's
 * `readout ingest` takes (hash check, extraction, one transaction per document into
 * SQLite), streamed so memory stays flat whatever N is.
 *
 *   node --import tsx bench/ingest.ts [N]          (or through bench/run.ts)
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultJobs } from '../src/cli/commands/ingest.js';
import { ingestItems } from '../src/ingest/batch.js';
import { workerExtractor } from '../src/ingest/extract-pool.js';
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
  searchMs: number;
  pageMs: number;
}

async function* generated(n: number, seed: number): AsyncGenerator<SourceItem> {
  const rand = mulberry32(seed);
  for (let i = 0; i < n; i++) {
    const text = generateDocument(rand);
    yield { ok: true, name: `bench:${i}`, input: { text, id: `bench-${i}` }, key: `id:bench-${i}`, origin: 'jsonl', warning: null };
  }
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
  const extractor = workerExtractor(jobs);
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
    const t2 = performance.now();
    await store.search({ text: 'trade agreement', limit: 20 });
    const searchMs = performance.now() - t2;
    // A deep page: keyset pagination must not slow down with depth.
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) cursor = (await store.search({ limit: 100, cursor })).nextCursor;
    const t3 = performance.now();
    await store.listEvents({ limit: 50, cursor: null });
    await store.search({ limit: 100, cursor });
    const pageMs = performance.now() - t3;
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
      searchMs: Math.round(searchMs * 10) / 10,
      pageMs: Math.round(pageMs * 10) / 10,
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
  benchIngest({ docs: n, jobs }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
