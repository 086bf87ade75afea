import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchDictionaries } from './dictionaries.js';
import { type PipelineBench, benchPipeline } from './pipeline.js';
import { benchHealth, formatHealth } from './server-health.js';
import { benchShapes } from './shapes.js';
import { benchFileArgs, buildTimed } from './build.js';
import { GROUP_CHARS, GROUP_DOCS } from '../src/extract.js';

/**
 * npm run bench [-- --mb N] [--quick] [--skip-pipeline] [--skip-shapes] [--skip-health] [--skip-ingest] [--skip-pg] [--skip-large] [--skip-ui]
 * Pipeline throughput and memory over a generated corpus, next to wink-nlp's own
 * tokenise+tag pass; every adversarial shape at 1 MB against its 5 s budget; /api/health
 * during a 300 KB extraction; then the store ingest and UI benchmarks when they exist.
 * Results also go to bench/out/latest.json.
 */
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const quick = flag('--quick');
const mbArg = value('--mb');
const mb = mbArg !== undefined ? Number(mbArg) : quick ? 2 : 20;
if (!Number.isFinite(mb) || mb <= 0) {
  console.error(`--mb expects a positive number of megabytes, got "${mbArg}"`);
  process.exit(2);
}
if (!(globalThis as { gc?: unknown }).gc) {
  console.error('note: run with node --expose-gc (npm run bench does) for retained-memory figures');
}

const results: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, quick, timed: buildTimed };
console.log(`Timing the ${buildTimed}`);

// The lexicons load once per process: measured first, so the pipeline figures are per document.
const loads = benchDictionaries();
results.dictionaries = loads;
console.log('Dictionaries loaded once per process');
for (const d of loads) console.log(`  ${d.name.padEnd(28)} ${String(d.ms).padStart(5)} ms  ${d.heapMb === null ? '' : `${d.heapMb} MB heap  `}${d.size}`);
console.log('');

/** Throughput of the pipeline and of the floor, and their ratio against the target, one line each. */
function speedLines(p: PipelineBench): string[] {
  return [
    `pipeline             ${p.pipeline.seconds} s   ${p.pipeline.sentencesPerSecond} sentences/s   ${p.pipeline.mbPerSecond} MB/s`,
    `floor (wink-nlp)     ${p.floor.seconds} s   ${p.floor.sentencesPerSecond} sentences/s   ${p.floor.mbPerSecond} MB/s`,
    `pipeline / floor     ${p.ratio}x   (target <= 4x)${p.ratio > 4 ? '   OVER TARGET' : ''}`,
    `  in CPU time        ${p.cpuRatio}x${p.cpuRatio > 4 ? '   OVER TARGET' : ''}`,
  ];
}

if (flag('--skip-pipeline')) console.log('pipeline: skipped (flag)');
else {
  console.log(`Pipeline over ${mb} MB of generated press releases`);
  const p: PipelineBench = await benchPipeline({ mb, log: (l) => console.log(l) });
  results.pipeline = p;
  const [early, late] = p.memory;
  console.log(
    [
      '',
      `documents            ${p.documents}  (${p.sentences} sentences, ${p.tokens} tokens, ${p.corpusMb} MB; after ${p.warmDocuments} warm-up documents)`,
      ...speedLines(p),
      early && late
        ? `retained heap        ${early.heapUsedMb} MB at ${early.mb} MB of corpus, ${late.heapUsedMb} MB at ${late.mb} MB (rss ${early.rssMb} -> ${late.rssMb} MB)`
        : 'retained heap        (not sampled)',
      `peak                 rss ${p.peakRssMb} MB, heap ${p.peakHeapMb} MB`,
      `time per stage       ${p.stages.map((s) => `${s.stage} ${s.share}%`).join(', ')}`,
    ].join('\n'),
  );
  // The same corpus read as ingest's extraction threads read it: groups of GROUP_DOCS short
  // documents, each stage over the whole group before the next (Pipeline.runAll). Both figures
  // are printed; the one above is extract() called document by document.
  console.log(`\nPipeline over the same corpus, up to ${GROUP_DOCS} documents or ${GROUP_CHARS / 1024} KB at a time (as extraction threads read them)`);
  const g: PipelineBench = await benchPipeline({ mb, warm: 1000, batch: GROUP_DOCS, batchChars: GROUP_CHARS, log: (l) => console.log(l) });
  results.pipelineGrouped = g;
  console.log(speedLines(g).join('\n'));
}

// Every adversarial shape at 1 MB (--quick: 256 KB), each against the 5 s budget.
if (flag('--skip-shapes')) console.log('\nshapes: skipped (flag)');
else {
  console.log('\nAdversarial shapes through the whole extraction');
  results.shapes = benchShapes({ kb: quick ? 256 : 1024, log: (l) => console.log(`  ${l}`) });
}
if (flag('--skip-health')) console.log('\nhealth: skipped (flag)');
else {
  const h = await benchHealth({ kb: 300 });
  results.health = h;
  console.log(`\n${formatHealth(h)}`);
}

interface Optional {
  file: string;
  exportName: string;
  skip: boolean;
  arg?: unknown;
  key: string;
  /** Export that turns the result into the lines to print (default: the result as JSON). */
  formatName?: string;
  /**
   * Run in a fresh process (given these arguments; it prints its result as JSON on its last
   * line), as the commands it compares run: this process's heap, grown by the pipeline
   * benchmark, would weigh on one side more than the other.
   */
  argv?: string[];
}

function runFresh(file: string, argv: string[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...benchFileArgs(file), ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit code ${code}`);
        resolve(JSON.parse(last));
      } catch (error) {
        reject(new Error(`bench/${path.basename(file)} gave no result (${(error as Error).message})`));
      }
    });
  });
}
const extra: Optional[] = [
  {
    file: 'ingest-ratio.ts', exportName: 'benchIngestRatio', formatName: 'formatIngestRatio', skip: flag('--skip-ingest'),
    argv: quick ? ['600', '2'] : ['2000', '4'], key: 'ingestRatio',
  },
  {
    file: 'ingest-pg.ts', exportName: 'benchPgScale', formatName: 'formatPgScale', skip: flag('--skip-ingest') || flag('--skip-pg'),
    arg: { docs: quick ? 500 : 1500, warmDocs: quick ? 500 : 3000 }, key: 'ingestPostgres',
  },
  {
    file: 'large-document.ts', exportName: 'benchLargeDocument', formatName: 'formatLargeDocument', skip: flag('--skip-large'),
    arg: { mbs: quick ? [10] : [10, 50] }, key: 'largeDocument',
  },
  { file: 'ingest.ts', exportName: 'benchIngest', skip: flag('--skip-ingest'), arg: { docs: quick ? 5000 : 100000 }, key: 'ingest' },
  { file: 'ui.ts', exportName: 'benchUi', skip: flag('--skip-ui'), key: 'ui' },
];
for (const e of extra) {
  const file = path.join(here, e.file);
  if (e.skip) {
    console.log(`\n${e.key}: skipped (flag)`);
    continue;
  }
  if (!existsSync(file)) {
    console.log(`\n${e.key}: bench/${e.file} is not there; skipped`);
    results[e.key] = null;
    continue;
  }
  console.log(`\n${e.key}: running bench/${e.file}`);
  try {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const fn = mod[e.exportName];
    if (typeof fn !== 'function') throw new Error(`bench/${e.file} does not export ${e.exportName}()`);
    const out: unknown = e.argv ? await runFresh(file, e.argv) : await (e.arg === undefined ? fn() : fn(e.arg));
    results[e.key] = out ?? null;
    const format = e.formatName ? mod[e.formatName] : undefined;
    if (out !== undefined) console.log(typeof format === 'function' ? format(out) : typeof out === 'string' ? out : JSON.stringify(out, null, 2));
  } catch (err) {
    console.log(`${e.key}: failed: ${(err as Error).message}`);
    results[e.key] = { error: (err as Error).message };
  }
}

const outDir = path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), path.join(outDir, 'latest.json'))}`);
