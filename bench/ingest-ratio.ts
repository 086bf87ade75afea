/**
 * What storing costs on top of extracting: `readout ingest` into SQLite against
 * `readout extract --jsonl` on the same documents, in the same run (target: ingest at most
 * 1.25x extraction alone).
 *
 * Both paths run as their commands do: extraction alone on the calling thread, each record
 * written as a JSON line (to a sink); ingest with the default worker threads, batched
 * transactions into a fresh SQLite file. The machine may be shared, and its load drifts: the
 * documents are cut into rounds, each round extracted then ingested (the order alternating),
 * so a busy minute weighs on both sides alike. The spread of the per-round ratios says how
 * noisy the figure is. CPU time (all threads of this process) is reported beside wall time:
 * it is what the store costs, whatever else runs on the machine.
 *
 *   node --import tsx bench/ingest-ratio.ts [N] [rounds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultJobs } from '../src/cli/commands/ingest.js';
import { extract } from '../src/extract.js';
import { ingestItems } from '../src/ingest/batch.js';
import { workerExtractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { pipelineVersion } from '../src/store/pipeline-version.js';
import { generateDocument, mulberry32 } from './corpus.js';

export interface IngestRatioOptions {
  docs?: number;
  rounds?: number;
  seed?: number;
  /** Extraction threads of the ingest side (default: as `readout ingest`). */
  jobs?: number;
  /**
   * Documents each thread extracts before the timing starts (default 500): a thread's
   * compiled code and caches warm up over its first hundred documents or so, and the ingest
   * side has a thread per job to warm where extraction alone has one, and its store code.
   */
  warmup?: number;
}

export interface IngestRatioResult {
  documents: number;
  jobs: number;
  rounds: number;
  warmup: number;
  extract: { seconds: number; cpuSeconds: number; docsPerSecond: number };
  ingest: { seconds: number; cpuSeconds: number; docsPerSecond: number };
  /** Ingest wall time / extraction wall time (target <= 1.25). */
  ratio: number;
  /** The same over CPU time of all threads. */
  cpuRatio: number;
  /** Lowest and highest wall ratio of a single round. */
  roundRatios: { min: number; max: number };
  /** The same over CPU time: on a machine others use too, the spread to read. */
  roundCpuRatios: { min: number; max: number };
  /** One-minute load average at the start and at the end (cores: the machine's). */
  load: { start: number; end: number };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

export async function benchIngestRatio(opts: IngestRatioOptions = {}): Promise<IngestRatioResult> {
  const n = opts.docs ?? 2000;
  const rounds = Math.max(1, Math.min(opts.rounds ?? 4, n));
  const jobs = opts.jobs ?? defaultJobs();
  const rand = mulberry32(opts.seed ?? 20240611);
  // Distinct texts, made before any timing starts.
  const texts = Array.from({ length: n }, () => generateDocument(rand));
  const warmup = Math.max(1, opts.warmup ?? 500);
  const warmTexts = Array.from({ length: warmup * Math.max(1, jobs) }, () => generateDocument(rand));
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-ratio-'));
  const store = await openStore(join(dir, 'ratio.sqlite'));
  const extractor = workerExtractor(jobs);
  const pv = pipelineVersion();
  const loadStart = loadavg()[0]!;
  let sinkWarm = 0;
  try {
    // Both sides start warm: the language model loaded, the code compiled, here and in every
    // thread, for all each side runs: extraction and its JSON line on this thread; on the ingest
    // side the threads' extraction and this thread's store code, warmed by an ingest of their own
    // documents into a store of their own, so the timed store starts as empty as before.
    for (const text of warmTexts.slice(0, warmup)) sinkWarm += JSON.stringify(extract({ text })).length;
    const warmStore = await openStore(join(dir, 'warm.sqlite'));
    try {
      async function* warmItems(): AsyncGenerator<SourceItem> {
        for (const [i, text] of warmTexts.entries()) yield { ok: true, name: `warm:${i}`, input: { text, id: `warm-${i}` }, key: `id:warm-${i}`, origin: 'jsonl', warning: null };
      }
      await ingestItems(warmItems(), { store: warmStore, pipelineVersion: pv, extractor });
    } finally {
      await warmStore.close();
    }
    let sink = 0;
    const ex = { wall: 0, cpu: 0 };
    const ing = { wall: 0, cpu: 0 };
    const perRound: number[] = [];
    const perRoundCpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const from = Math.floor((r * n) / rounds);
      const to = Math.floor(((r + 1) * n) / rounds);
      const extractRound = () => {
        const c = process.cpuUsage();
        const t = performance.now();
        for (let i = from; i < to; i++) sink += `${JSON.stringify(extract({ text: texts[i]!, id: `ratio-${i}` }))}\n`.length;
        return { wall: performance.now() - t, cpu: cpuSeconds(process.cpuUsage(c)) };
      };
      const ingestRound = async () => {
        async function* items(): AsyncGenerator<SourceItem> {
          for (let i = from; i < to; i++) {
            yield { ok: true, name: `ratio:${i}`, input: { text: texts[i]!, id: `ratio-${i}` }, key: `id:ratio-${i}`, origin: 'jsonl', warning: null };
          }
        }
        const c = process.cpuUsage();
        const t = performance.now();
        const summary = await ingestItems(items(), { store, pipelineVersion: pv, extractor });
        if (summary.failed > 0 || summary.new !== to - from) throw new Error(`bench ratio: ${summary.failed} failed, ${summary.new} new of ${to - from}; ${summary.failures[0]?.error ?? ''}`);
        return { wall: performance.now() - t, cpu: cpuSeconds(process.cpuUsage(c)) };
      };
      let e: { wall: number; cpu: number };
      let i: { wall: number; cpu: number };
      if (r % 2 === 0) {
        e = extractRound();
        i = await ingestRound();
      } else {
        i = await ingestRound();
        e = extractRound();
      }
      ex.wall += e.wall;
      ex.cpu += e.cpu;
      ing.wall += i.wall;
      ing.cpu += i.cpu;
      perRound.push(i.wall / e.wall);
      perRoundCpu.push(i.cpu / e.cpu);
    }
    if (sink === 0 || sinkWarm === 0) throw new Error('bench ratio: extraction wrote nothing');
    const side = (s: { wall: number; cpu: number }) => ({ seconds: round2(s.wall / 1000), cpuSeconds: round2(s.cpu), docsPerSecond: Math.round((n * 1000) / s.wall) });
    return {
      documents: n,
      jobs,
      rounds,
      warmup,
      extract: side(ex),
      ingest: side(ing),
      ratio: round2(ing.wall / ex.wall),
      cpuRatio: round2(ing.cpu / ex.cpu),
      roundRatios: { min: round2(Math.min(...perRound)), max: round2(Math.max(...perRound)) },
      roundCpuRatios: { min: round2(Math.min(...perRoundCpu)), max: round2(Math.max(...perRoundCpu)) },
      load: { start: round2(loadStart), end: round2(loadavg()[0]!) },
    };
  } finally {
    await extractor.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints. */
export function formatIngestRatio(r: IngestRatioResult): string {
  return [
    `extract alone        ${r.extract.seconds} s   ${r.extract.docsPerSecond} docs/s   cpu ${r.extract.cpuSeconds} s   (one thread, as readout extract --jsonl)`,
    `ingest (SQLite)      ${r.ingest.seconds} s   ${r.ingest.docsPerSecond} docs/s   cpu ${r.ingest.cpuSeconds} s   (${r.jobs} extraction thread${r.jobs === 1 ? '' : 's'}, as readout ingest)`,
    `ingest/extract (SQLite)  ${r.ratio}x wall   (target <= 1.25)${r.ratio > 1.25 ? '   OVER TARGET' : ''}   ${r.cpuRatio}x cpu`,
    `  ${r.documents} documents in ${r.rounds} rounds after ${r.warmup} per thread to warm up; one round's ratio ${r.roundRatios.min}..${r.roundRatios.max} wall, ${r.roundCpuRatios.min}..${r.roundCpuRatios.max} cpu; load average ${r.load.start} -> ${r.load.end}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const docs = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  const rounds = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
  const jobs = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
  benchIngestRatio({ docs, rounds, jobs }).then((r) => console.log(`${formatIngestRatio(r)}\n${JSON.stringify(r)}`));
}
