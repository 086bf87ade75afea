/**
 * Scale-out on PostgreSQL: the same documents queued (`readout ingest --queue`) and drained by
 * one `readout worker`, then by two (then two and one again), each run into a fresh schema (target: two workers at least
 * 1.6x the throughput of one on a 2-core machine). Each worker extracts on one thread
 * (`--concurrency 1`), so one worker leaves a core for the second; the workers are separate
 * processes, as on separate machines.
 *
 * Throughput is read from the store: documents stored between the first and the last batch
 * commit, so the start-up of a worker process (loading the language model) does not count;
 * the wall time from start to the last worker's exit is reported beside it.
 *
 * Needs PostgreSQL: READOUT_BENCH_PG (default postgres://postgres@127.0.0.1:5432/test); skipped with a
 * note when it does not answer.
 *
 *   node --import tsx bench/ingest-pg.ts [N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { generateDocument, mulberry32 } from './corpus.js';

const REPO = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const RUN = join(REPO, 'src', 'cli', 'run.ts');

export interface PgScaleOptions {
  docs?: number;
  /** Runs of each setting, in the order 1, 2, 2, 1, ... so that a drifting load weighs on both (default 2). */
  rounds?: number;
  /** Base connection string (no schema parameter). */
  url?: string;
  seed?: number;
}

export interface PgScaleRun {
  workers: number;
  documents: number;
  /** Documents per second between the first and the last commit (over all runs of the setting). */
  docsPerSecond: number;
  /** Start of the workers to the exit of the last one (summed over the runs). */
  wallSeconds: number;
  /** The rate of each run. */
  runs: number[];
  /** Processor time of each worker process over its own wall time: the cores one worker keeps busy. */
  coresPerWorker: number;
}

export type PgScaleResult =
  | { skipped: string }
  | { one: PgScaleRun; two: PgScaleRun; ratio: number; wallRatio: number; load: { start: number; end: number } };

interface OneRun {
  /** Documents stored after the first commit, and the seconds from the first commit to the last. */
  after: number;
  span: number;
  wall: number;
  /** Processor seconds and wall seconds of each worker process. */
  cpu: number;
  elapsed: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function cli(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.READOUT_DB;
  const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropSchemas(url: string, schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
}

async function oneRun(url: string, file: string, n: number, workers: number): Promise<OneRun> {
  const schema = `bench_scale_${process.pid}_${workers}`;
  const db = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
  await dropSchemas(url, [schema, `${schema}_queue`]);
  try {
    const queued = await cli(['ingest', '--queue', '--db', db, '--jsonl', file, '--json']);
    if (queued.code !== 0) throw new Error(`ingest --queue failed: ${queued.stderr.trim()}`);
    const t0 = performance.now();
    const runs = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', db, '--concurrency', '1', '--drain', '--json'])));
    const wallSeconds = (performance.now() - t0) / 1000;
    for (const r of runs) if (r.code !== 0) throw new Error(`worker failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const summaries = runs.map((r) => JSON.parse(r.stdout) as { cpuSeconds: number; elapsedMs: number });
    const cpu = summaries.reduce((a, s) => a + s.cpuSeconds, 0);
    const elapsed = summaries.reduce((a, s) => a + s.elapsedMs / 1000, 0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ ingested_at: string }>(`SELECT ingested_at FROM "${schema}".document_versions ORDER BY ingested_at`);
      if (rows.length !== n) throw new Error(`${rows.length} documents stored of ${n}`);
      // Throughput between the first commit and the last: what was stored after the first batch, over that time.
      const first = rows[0]!.ingested_at;
      const last = Date.parse(rows[rows.length - 1]!.ingested_at);
      const after = rows.filter((r) => r.ingested_at > first).length;
      return { after, span: (last - Date.parse(first)) / 1000, wall: wallSeconds, cpu, elapsed };
    } finally {
      await client.end();
    }
  } finally {
    await dropSchemas(url, [schema, `${schema}_queue`]).catch(() => undefined);
  }
}

export async function benchPgScale(opts: PgScaleOptions = {}): Promise<PgScaleResult> {
  const url = opts.url ?? process.env.READOUT_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const problem = await reachable(url);
  if (problem) return { skipped: `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//')} does not answer (${problem}); set READOUT_BENCH_PG to measure` };
  const n = opts.docs ?? 1500;
  const rand = mulberry32(opts.seed ?? 20241003);
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-pg-'));
  const file = join(dir, 'docs.jsonl');
  writeFileSync(file, Array.from({ length: n }, (_, i) => `${JSON.stringify({ id: `scale-${i}`, text: generateDocument(rand) })}\n`).join(''));
  const loadStart = loadavg()[0]!;
  try {
    const rounds = Math.max(1, opts.rounds ?? 2);
    const order = Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? [1, 2] : [2, 1])).flat();
    const done: Record<number, OneRun[]> = { 1: [], 2: [] };
    for (const w of order) done[w]!.push(await oneRun(url, file, n, w));
    const sum = (w: number): PgScaleRun => {
      const runs = done[w]!;
      const after = runs.reduce((a, r) => a + r.after, 0);
      const span = runs.reduce((a, r) => a + r.span, 0);
      return {
        workers: w, documents: n, docsPerSecond: Math.round(span > 0 ? after / span : 0), wallSeconds: round2(runs.reduce((a, r) => a + r.wall, 0)),
        runs: runs.map((r) => Math.round(r.span > 0 ? r.after / r.span : 0)),
        coresPerWorker: round2(runs.reduce((a, r) => a + r.cpu, 0) / Math.max(0.001, runs.reduce((a, r) => a + r.elapsed, 0))),
      };
    };
    const one = sum(1);
    const two = sum(2);
    return {
      one,
      two,
      ratio: round2(two.docsPerSecond / Math.max(1, one.docsPerSecond)),
      wallRatio: round2(one.wallSeconds / two.wallSeconds),
      load: { start: round2(loadStart), end: round2(loadavg()[0]!) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints. */
export function formatPgScale(r: PgScaleResult): string {
  if ('skipped' in r) return `PostgreSQL 2 workers / 1 worker: skipped: ${r.skipped}`;
  return [
    `PostgreSQL 1 worker      ${r.one.docsPerSecond} docs/s   (runs ${r.one.runs.join(', ')}; ${r.one.documents} documents a run, ${r.one.wallSeconds} s start to end in all)`,
    `PostgreSQL 2 workers     ${r.two.docsPerSecond} docs/s   (runs ${r.two.runs.join(', ')}; ${r.two.wallSeconds} s start to end in all)`,
    `PostgreSQL 2 workers / 1 worker  ${r.ratio}x   (target >= 1.6)${r.ratio < 1.6 ? '   UNDER TARGET' : ''}   ${r.wallRatio}x start to end; load average ${r.load.start} -> ${r.load.end}`,
    `  one worker process keeps ${r.one.coresPerWorker} cores busy (extraction thread, storing thread, collector threads; PostgreSQL not counted), ` +
      `two keep ${round2(r.two.coresPerWorker * 2)} busy: on ${cpus().length} cores two can be at most ${round2(cpus().length / Math.max(0.01, r.one.coresPerWorker))}x one`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const docs = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  benchPgScale({ docs }).then((r) => console.log(`${formatPgScale(r)}\n${JSON.stringify(r)}`));
}
