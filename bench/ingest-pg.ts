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
 * Each setting is measured twice. Cold: fresh `readout worker` processes drain the queue, so
 * each pays V8's compile warm-up over its share of the documents (two workers over half as many
 * each as one worker, which weighs on the two). Steady state: each worker process
 * (`pg-warm-worker.ts`, the same worker code) first drains a warm-up queue of its own, distinct
 * documents in a schema of its own, and the timed documents are drained only once every worker
 * is warm, all starting at once: the throughput of long-running workers, which is what adding
 * a worker gives. Both are printed.
 *
 * Needs PostgreSQL: READOUT_BENCH_PG (default postgres://postgres@127.0.0.1:5432/test); skipped with a
 * note when it does not answer.
 *
 *   node --import tsx bench/ingest-pg.ts [N] [--warm W] [--rounds R] [--warm-only]
 *
 * N documents timed per run (default 1,500), W warm-up documents per worker process (default
 * 3,000; 0 measures cold only), R runs of each setting (default 2); --warm-only skips the cold runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { benchFileArgs, cliArgs } from './build.js';
import { generateDocument, mulberry32 } from './corpus.js';

const REPO = join(fileURLToPath(new URL('.', import.meta.url)), '..');

export interface PgScaleOptions {
  docs?: number;
  /** Runs of each setting, in the order 1, 2, 2, 1, ... so that a drifting load weighs on both (default 2). */
  rounds?: number;
  /** Base connection string (no schema parameter). */
  url?: string;
  seed?: number;
  /**
   * Documents each worker process drains from a queue of its own before the timed phase of the
   * steady-state runs (default 3,000); 0 measures cold only. After 1,000 documents V8 was still
   * optimising some 300 functions of the pipeline during the 1,500 timed ones (about 1 ms of
   * compiler thread per document of one worker); after 3,000 to 4,000 it optimises about a
   * hundred, mostly the store's code meeting the new run's objects (bench/pg-cost.ts, node
   * --trace-opt).
   */
  warmDocs?: number;
  /** Steady-state runs only. */
  warmOnly?: boolean;
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
  /**
   * Milliseconds of processor time per document: the worker processes (every thread, start-up
   * included), and the PostgreSQL server processes serving them (null where /proc cannot tell).
   */
  cpuMsPerDocument: { workers: number; server: number | null };
  /** Looks at the server processes serving the workers while they ran, and how many found one waiting for a lock (and on which). */
  lockWaits: { looks: number; waiting: number; on: Record<string, number> } | null;
}

/** The steady-state runs: each worker process warmed up on documents of its own first. */
export interface PgScaleWarm {
  /** Warm-up documents per worker process. */
  warmUpDocuments: number;
  one: PgScaleRun;
  two: PgScaleRun;
  ratio: number;
  wallRatio: number;
}

/** `one`, `two`, `ratio` and `wallRatio` are the cold runs (the steady-state ones again when `coldSkipped`); `warm` the steady-state ones (null: not measured). */
export type PgScaleResult =
  | { skipped: string }
  | { one: PgScaleRun; two: PgScaleRun; ratio: number; wallRatio: number; warm: PgScaleWarm | null; load: { start: number; end: number }; coldSkipped?: boolean };

interface OneRun {
  /** Documents stored after the first commit, and the seconds from the first commit to the last. */
  after: number;
  span: number;
  wall: number;
  /** Processor seconds and wall seconds of each worker process. */
  cpu: number;
  elapsed: number;
  /** Processor seconds of the server processes that served the workers (null: not measurable here). */
  serverCpu: number | null;
  lockWaits: { looks: number; waiting: number; on: Record<string, number> } | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Every process the bench starts runs in a session of its own, as a worker started by its own
 * shell or service does. Linux with autogroup scheduling (the default on many distributions)
 * shares a busy machine's processors between sessions first, then between the threads of each:
 * started in the bench's session, two workers together got the one share that one worker got,
 * and on a machine loaded by other work read as no faster than one (0.89x against 1.28x in
 * separate sessions, run one after the other at a load of 7 to 10 on 2 cores).
 */
const OWN_SESSION = { detached: true } as const;

function cli(args: string[], onStart?: (pid: number) => void): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.READOUT_DB;
  const child = spawn(process.execPath, [...cliArgs(), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], ...OWN_SESSION });
  if (child.pid !== undefined) onStart?.(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Processor seconds a process has used (Linux /proc; null elsewhere or once it is gone). */
function processCpu(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

/** The local TCP ports of a process's sockets (Linux /proc): how its server connections are told from others'. */
function localPorts(pid: number): Set<number> {
  const ports = new Set<number>();
  try {
    const inodes = new Set<string>();
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: 'utf8' }) ?? '');
      if (m) inodes.add(m[1]!);
    }
    for (const table of ['tcp', 'tcp6']) {
      for (const line of readFileSync(`/proc/${pid}/net/${table}`, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols.length > 9 && inodes.has(cols[9]!)) ports.add(parseInt(cols[1]!.split(':')[1]!, 16));
      }
    }
  } catch {
    // Gone, or not Linux.
  }
  return ports;
}

/**
 * Watches the server processes that serve the given worker processes (matched by the workers'
 * socket ports): the processor time each has used, last seen, and what they wait for. On a
 * machine whose server runs elsewhere, or without /proc, it sees nothing and says so.
 */
function watchServer(url: string, workerPids: () => number[]) {
  const client = new pg.Client({ connectionString: url });
  const firstSeen = new Map<number, number>();
  const lastSeen = new Map<number, number>();
  const waits = { looks: 0, waiting: 0, on: {} as Record<string, number> };
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const ports = new Set(workerPids().flatMap((pid) => [...localPorts(pid)]));
      if (ports.size > 0) {
        const { rows } = await client.query<{ pid: number; state: string | null; wait_event_type: string | null; wait_event: string | null; client_port: number | null }>(
          'SELECT pid, state, wait_event_type, wait_event, client_port FROM pg_stat_activity WHERE client_port = ANY($1::int[])',
          [[...ports]],
        );
        for (const r of rows) {
          const cpu = processCpu(r.pid);
          if (cpu !== null) {
            if (!firstSeen.has(r.pid)) firstSeen.set(r.pid, cpu);
            lastSeen.set(r.pid, cpu);
          }
          if (r.state !== 'active') continue;
          waits.looks++;
          if (r.wait_event_type === 'Lock') {
            waits.waiting++;
            const on = `${r.wait_event ?? 'lock'}`;
            waits.on[on] = (waits.on[on] ?? 0) + 1;
          }
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async (): Promise<{ serverCpu: number | null; lockWaits: OneRun['lockWaits'] }> => {
    running = false;
    await loop.catch(() => undefined);
    await client.end().catch(() => undefined);
    if (lastSeen.size === 0) return { serverCpu: null, lockWaits: null };
    // A connection first seen late has its earlier processor time missed: sampled every 50 ms, little.
    let cpu = 0;
    for (const [pid, last] of lastSeen) cpu += last - (firstSeen.get(pid) ?? last);
    return { serverCpu: cpu, lockWaits: waits };
  };
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

const withSchema = (url: string, schema: string) => `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;

async function enqueue(db: string, file: string): Promise<void> {
  const queued = await cli(['ingest', '--queue', '--db', db, '--jsonl', file, '--json']);
  if (queued.code !== 0) throw new Error(`ingest --queue failed: ${queued.stderr.trim()}`);
}

/** Documents stored after the first commit of a schema, and the seconds from its first commit to its last. */
async function commits(url: string, schema: string, n: number): Promise<{ after: number; span: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ingested_at: string }>(`SELECT ingested_at FROM "${schema}".document_versions ORDER BY ingested_at`);
    if (rows.length !== n) throw new Error(`${rows.length} documents stored of ${n}`);
    // Throughput between the first commit and the last: what was stored after the first batch, over that time.
    const first = rows[0]!.ingested_at;
    const last = Date.parse(rows[rows.length - 1]!.ingested_at);
    return { after: rows.filter((r) => r.ingested_at > first).length, span: (last - Date.parse(first)) / 1000 };
  } finally {
    await client.end();
  }
}

/** Cold: fresh `readout worker` processes drain the queue; their compile warm-up is in the figure. */
async function oneRun(url: string, file: string, n: number, workers: number): Promise<OneRun> {
  const schema = `bench_scale_${process.pid}_${workers}`;
  const db = withSchema(url, schema);
  await dropSchemas(url, [schema, `${schema}_queue`]);
  try {
    await enqueue(db, file);
    const t0 = performance.now();
    const pids: number[] = [];
    const watched = watchServer(url, () => pids);
    const runs = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', db, '--concurrency', '1', '--drain', '--json'], (pid) => pids.push(pid))));
    const wallSeconds = (performance.now() - t0) / 1000;
    const { serverCpu, lockWaits } = await watched();
    for (const r of runs) if (r.code !== 0) throw new Error(`worker failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
    const summaries = runs.map((r) => JSON.parse(r.stdout) as { cpuSeconds: number; elapsedMs: number });
    const cpu = summaries.reduce((a, s) => a + s.cpuSeconds, 0);
    const elapsed = summaries.reduce((a, s) => a + s.elapsedMs / 1000, 0);
    return { ...(await commits(url, schema, n)), wall: wallSeconds, cpu, elapsed, serverCpu, lockWaits };
  } finally {
    await dropSchemas(url, [schema, `${schema}_queue`]).catch(() => undefined);
  }
}

interface WorkerSummaryLike {
  cpuSeconds: number;
  elapsedMs: number;
  new: number;
  failed: number;
}

/** A steady-state worker process (pg-warm-worker.ts): its messages, in order, and its exit. */
function warmWorker(warmDb: string, timedDb: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.READOUT_DB;
  const child: ChildProcess = spawn(process.execPath, [...benchFileArgs(join(REPO, 'bench', 'pg-warm-worker.ts')), warmDb, timedDb], {
    cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], ...OWN_SESSION,
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`warm worker exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`)))),
  );
  const message = (key: 'warm' | 'done') =>
    Promise.race([
      new Promise<WorkerSummaryLike>((resolve) => child.on('message', (m: Record<string, WorkerSummaryLike>) => m[key] && resolve(m[key]))),
      exited.then(() => Promise.reject(new Error(`warm worker exited before saying "${key}"`))),
    ]);
  const warm = message('warm');
  const done = message('done');
  // A process that fails is reported once, by whichever of these is awaited; the rest must not go unhandled.
  for (const p of [warm, done, exited]) p.catch(() => undefined);
  return { pid: child.pid!, warm, done, exited, go: () => child.send('go'), kill: () => child.kill() };
}

/**
 * Steady state: each worker process drains `warmFiles[i]` into a schema of its own, then, once
 * every one of them is warm, all start on the timed queue at once. Processor time counts the
 * timed phase only (the worker processes' and the server processes' serving them then).
 */
async function warmRun(url: string, file: string, warmFiles: string[], n: number, warmDocs: number, workers: number): Promise<OneRun> {
  const schema = `bench_scale_${process.pid}_${workers}_warm`;
  const warmSchemas = Array.from({ length: workers }, (_, i) => `${schema}_${i}`);
  const all = [schema, ...warmSchemas].flatMap((s) => [s, `${s}_queue`]);
  await dropSchemas(url, all);
  const procs: ReturnType<typeof warmWorker>[] = [];
  try {
    await Promise.all([enqueue(withSchema(url, schema), file), ...warmSchemas.map((s, i) => enqueue(withSchema(url, s), warmFiles[i]!))]);
    for (const s of warmSchemas) procs.push(warmWorker(withSchema(url, s), withSchema(url, schema)));
    const warmed = await Promise.all(procs.map((p) => p.warm));
    for (const w of warmed) if (w.new !== warmDocs || w.failed > 0) throw new Error(`a worker's warm-up stored ${w.new} documents of ${warmDocs} (${w.failed} failed)`);
    const pids = procs.map((p) => p.pid);
    const watched = watchServer(url, () => pids);
    const t0 = performance.now();
    for (const p of procs) p.go();
    const summaries = await Promise.all(procs.map((p) => p.done));
    const wallSeconds = (performance.now() - t0) / 1000;
    const { serverCpu, lockWaits } = await watched();
    await Promise.all(procs.map((p) => p.exited));
    const cpu = summaries.reduce((a, s) => a + s.cpuSeconds, 0);
    const elapsed = summaries.reduce((a, s) => a + s.elapsedMs / 1000, 0);
    return { ...(await commits(url, schema, n)), wall: wallSeconds, cpu, elapsed, serverCpu, lockWaits };
  } finally {
    for (const p of procs) p.kill();
    await Promise.all(procs.map((p) => p.exited.catch(() => undefined)));
    await dropSchemas(url, all).catch(() => undefined);
  }
}

const writeDocs = (file: string, prefix: string, n: number, seed: number) => {
  const rand = mulberry32(seed);
  writeFileSync(file, Array.from({ length: n }, (_, i) => `${JSON.stringify({ id: `${prefix}-${i}`, text: generateDocument(rand) })}\n`).join(''));
};

function summarise(w: number, n: number, runs: OneRun[]): PgScaleRun {
  const after = runs.reduce((a, r) => a + r.after, 0);
  const span = runs.reduce((a, r) => a + r.span, 0);
  return {
    workers: w, documents: n, docsPerSecond: Math.round(span > 0 ? after / span : 0), wallSeconds: round2(runs.reduce((a, r) => a + r.wall, 0)),
    runs: runs.map((r) => Math.round(r.span > 0 ? r.after / r.span : 0)),
    coresPerWorker: round2(runs.reduce((a, r) => a + r.cpu, 0) / Math.max(0.001, runs.reduce((a, r) => a + r.elapsed, 0))),
    cpuMsPerDocument: {
      workers: round2((runs.reduce((a, r) => a + r.cpu, 0) * 1000) / (n * runs.length)),
      server: runs.every((r) => r.serverCpu !== null) ? round2((runs.reduce((a, r) => a + r.serverCpu!, 0) * 1000) / (n * runs.length)) : null,
    },
    lockWaits: runs.every((r) => r.lockWaits !== null)
      ? runs.reduce(
          (a, r) => {
            a.looks += r.lockWaits!.looks;
            a.waiting += r.lockWaits!.waiting;
            for (const [k, v] of Object.entries(r.lockWaits!.on)) a.on[k] = (a.on[k] ?? 0) + v;
            return a;
          },
          { looks: 0, waiting: 0, on: {} as Record<string, number> },
        )
      : null,
  };
}

export async function benchPgScale(opts: PgScaleOptions = {}): Promise<PgScaleResult> {
  const url = opts.url ?? process.env.READOUT_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const problem = await reachable(url);
  if (problem) return { skipped: `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//')} does not answer (${problem}); set READOUT_BENCH_PG to measure` };
  const n = opts.docs ?? 1500;
  const warmDocs = Math.max(0, opts.warmDocs ?? 3000);
  if (opts.warmOnly && warmDocs === 0) throw new Error('--warm-only needs warm-up documents');
  const seed = opts.seed ?? 20241003;
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-pg-'));
  const file = join(dir, 'docs.jsonl');
  writeDocs(file, 'scale', n, seed);
  // Each worker process of a steady-state run warms up on documents of its own, none of them timed.
  const warmFiles = warmDocs > 0 ? [0, 1].map((i) => join(dir, `warm-${i}.jsonl`)) : [];
  warmFiles.forEach((f, i) => writeDocs(f, `warm-${i}`, warmDocs, seed + 1 + i));
  const loadStart = loadavg()[0]!;
  try {
    const rounds = Math.max(1, opts.rounds ?? 2);
    // Cold and warm runs alternate, 1 then 2 workers, then 2 then 1, so that a drifting load weighs on all.
    type Setting = { workers: number; warm: boolean };
    const round: Setting[] = [1, 2].flatMap((workers) => [...(opts.warmOnly ? [] : [{ workers, warm: false }]), ...(warmDocs > 0 ? [{ workers, warm: true }] : [])]);
    const order = Array.from({ length: rounds }, (_, r) => (r % 2 === 0 ? round : [...round].reverse())).flat();
    const done = { cold: { 1: [] as OneRun[], 2: [] as OneRun[] }, warm: { 1: [] as OneRun[], 2: [] as OneRun[] } };
    for (const s of order) {
      const w = s.workers as 1 | 2;
      if (s.warm) done.warm[w].push(await warmRun(url, file, warmFiles, n, warmDocs, w));
      else done.cold[w].push(await oneRun(url, file, n, w));
    }
    const one = opts.warmOnly ? summarise(1, n, done.warm[1]) : summarise(1, n, done.cold[1]);
    const two = opts.warmOnly ? summarise(2, n, done.warm[2]) : summarise(2, n, done.cold[2]);
    let warm: PgScaleWarm | null = null;
    if (warmDocs > 0) {
      const wOne = summarise(1, n, done.warm[1]);
      const wTwo = summarise(2, n, done.warm[2]);
      warm = {
        warmUpDocuments: warmDocs, one: wOne, two: wTwo,
        ratio: round2(wTwo.docsPerSecond / Math.max(1, wOne.docsPerSecond)), wallRatio: round2(wOne.wallSeconds / wTwo.wallSeconds),
      };
    }
    return {
      one,
      two,
      ratio: round2(two.docsPerSecond / Math.max(1, one.docsPerSecond)),
      wallRatio: round2(one.wallSeconds / two.wallSeconds),
      warm,
      load: { start: round2(loadStart), end: round2(loadavg()[0]!) },
      coldSkipped: opts.warmOnly === true,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function settingLines(label: string, one: PgScaleRun, two: PgScaleRun, ratio: number, wallRatio: number, wallNote: string, cpuNote: string): string[] {
  return [
    `PostgreSQL ${label}1 worker      ${one.docsPerSecond} docs/s   (runs ${one.runs.join(', ')}; ${one.documents} documents a run, ${one.wallSeconds} s ${wallNote} in all)`,
    `PostgreSQL ${label}2 workers     ${two.docsPerSecond} docs/s   (runs ${two.runs.join(', ')}; ${two.wallSeconds} s ${wallNote} in all)`,
    `PostgreSQL ${label}2 workers / 1 worker  ${ratio}x   (target >= 1.6)${ratio < 1.6 ? '   UNDER TARGET' : ''}   ${wallRatio}x ${wallNote}`,
    `  one worker process keeps ${one.coresPerWorker} cores busy (extraction thread, storing thread, collector threads; PostgreSQL not counted), ` +
      `two keep ${round2(two.coresPerWorker * 2)} busy: on ${cpus().length} cores two can be at most ${round2(cpus().length / Math.max(0.01, one.coresPerWorker))}x one`,
    ...[one, two].map((run) => {
      const c = run.cpuMsPerDocument;
      const total = c.server === null ? null : c.workers + c.server;
      const waits = run.lockWaits;
      return (
        `  ${run.workers} worker${run.workers > 1 ? 's' : ''}: processor time per document ${c.workers} ms in the worker process${run.workers > 1 ? 'es' : ''} (${cpuNote})` +
        (c.server === null ? ', the server not measurable here' : ` + ${c.server} ms in PostgreSQL = ${round2(total!)} ms: ${cpus().length} cores do at most ${Math.round((cpus().length * 1000) / total!)} documents/s`) +
        (waits ? `; server busy for the workers in ${waits.looks} looks, waiting for a lock in ${waits.waiting}${waits.waiting > 0 ? ` (${Object.entries(waits.on).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}` : '')
      );
    }),
  ];
}

/** The lines `npm run bench` prints. */
export function formatPgScale(r: PgScaleResult): string {
  if ('skipped' in r) return `PostgreSQL 2 workers / 1 worker: skipped: ${r.skipped}`;
  const lines = r.coldSkipped ? [`PostgreSQL: load average ${r.load.start} -> ${r.load.end}`] : [
    `PostgreSQL, cold: fresh worker processes, each compiling the pipeline over its share of the documents; load average ${r.load.start} -> ${r.load.end}`,
    ...settingLines('', r.one, r.two, r.ratio, r.wallRatio, 'start to end', 'start-up included'),
  ];
  if (r.warm) {
    const w = r.warm;
    lines.push(
      `PostgreSQL, steady state: each worker process first drained ${w.warmUpDocuments} documents of its own, then all started on the timed documents at once`,
      ...settingLines('warm ', w.one, w.two, w.ratio, w.wallRatio, 'start of the timed phase to end', 'timed phase only'),
    );
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = Number(args[i + 1]);
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} wants a whole number, found "${args[i + 1]}"`);
    args.splice(i, 2);
    return v;
  };
  const warmDocs = option('--warm');
  const rounds = option('--rounds');
  const warmOnly = args.includes('--warm-only');
  if (warmOnly) args.splice(args.indexOf('--warm-only'), 1);
  const docs = args[0] === undefined ? undefined : Number(args[0]);
  benchPgScale({ docs, warmDocs, rounds, warmOnly }).then((r) => console.log(`${formatPgScale(r)}\n${JSON.stringify(r)}`));
}
