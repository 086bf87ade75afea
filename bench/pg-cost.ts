/**
 * Where the processor time of one steady-state `readout worker` goes, per document: each
 * thread of the worker process (by name), and each kind of statement it sends to PostgreSQL
 * (the server process's own time, read from /proc/PID/schedstat after each statement), plus
 * the server's other processes (WAL writer, autovacuum, ...). Linux only.
 *
 * The worker first drains W documents of a queue of its own (so the pipeline runs compiled),
 * then the N timed documents; only the timed phase is counted. A thread's share of the time
 * it ran and waited for a processor tells a busy machine from a thread left without work.
 *
 *   node --import tsx bench/pg-cost.ts [N] [--warm W]
 *
 * PG_COST_PROFILE=FILE also writes a processor profile of the worker's main thread over the
 * timed phase (.cpuprofile). PG_COST_CAPTURE=1 also runs one statement of the shared rows
 * (actors, links, parties, pairs, quotes) again in a rolled-back transaction, as it is and
 * with each index of those tables dropped, and prints the server time of each.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { workerExtractor } from '../src/ingest/extract-pool.js';
import { analyzeQueue, queueLocation, startBoss } from '../src/queue/connect.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { runWorker } from '../src/queue/worker.js';
import { generateDocument, mulberry32 } from './corpus.js';

/** Nanoseconds a process or thread has run (first field of schedstat). */
function ranNs(path: string): number {
  try {
    return Number(readFileSync(path, 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

/** A statement's kind: its text with literals and long lists folded, cut to a readable length. */
function kindOf(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/\(\$\d+[^()]*\)(, \(\$\d+[^()]*\))+/g, '(...)xN')
    .replace(/\$\d+/g, '$')
    .replace(/"[a-z0-9_]*bench_cost[a-z0-9_]*"\./g, '')
    .slice(0, 110);
}

interface Cost {
  calls: number;
  ns: number;
}
const costs = new Map<string, Cost>();
let counting = false;
let captured = null as { text: string; values: unknown } | null;
let seen = 0;
const lastRan = new Map<number, number>();

/** Statement kinds are charged the server time between the end of the previous statement on the same connection and their own end. */
function instrument(): void {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown; processID?: number };
  const original = proto.query;
  proto.query = function (this: { processID?: number }, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text ?? '?';
    const pid = this.processID;
    if (pid && !lastRan.has(pid)) lastRan.set(pid, ranNs(`/proc/${pid}/schedstat`));
    const charge = () => {
      if (!pid) return;
      const now = ranNs(`/proc/${pid}/schedstat`);
      const delta = now - (lastRan.get(pid) ?? now);
      lastRan.set(pid, now);
      if (!counting) return;
      const k = kindOf(text);
      const c = costs.get(k) ?? { calls: 0, ns: 0 };
      c.calls++;
      c.ns += delta;
      costs.set(k, c);
    };
    if (typeof args[args.length - 1] === 'function') {
      const cb = args[args.length - 1] as (...a: unknown[]) => void;
      // Callback form (pg.Pool's query): charge before handing on.
      args[args.length - 1] = (...a: unknown[]) => {
        charge();
        cb(...a);
      };
    }
    // The eighth statement of shared rows: past the first batches, a batch of the usual size.
    if (counting && process.env.PG_COST_CAPTURE && /^\s*WITH w0 AS \(INSERT INTO "doc_actors"/.test(text) && ++seen === 8) captured = { text, values: args[1] };
    const result = original.apply(this, args) as unknown;
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(charge, charge);
    return result;
  };
}

/** Nanoseconds a thread has waited for a processor (second field of schedstat). */
function waitedNs(path: string): number {
  try {
    return Number(readFileSync(path, 'utf8').split(' ')[1]);
  } catch {
    return 0;
  }
}

function threadWaits(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) out.set(tid, waitedNs(`/proc/self/task/${tid}/schedstat`));
  return out;
}

function threads(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    let name = '?';
    try {
      name = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    const key = tid === String(process.pid) ? 'main' : name;
    out.set(`${key}#${tid}`, ranNs(`/proc/self/task/${tid}/schedstat`));
  }
  return out;
}

function postgresProcesses(): Map<number, { name: string; ns: number }> {
  const out = new Map<number, { name: string; ns: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres')) continue;
      out.set(Number(d), { name: cmd.replace(/\0/g, ' ').trim().slice(0, 60), ns: ranNs(`/proc/${d}/schedstat`) });
    } catch {
      // gone
    }
  }
  return out;
}

async function prepareQueue(url: string, schema: string, prefix: string, n: number, seed: number, dir: string): Promise<string> {
  const file = join(dir, `${prefix}.jsonl`);
  const rand = mulberry32(seed);
  writeFileSync(file, Array.from({ length: n }, (_, i) => `${JSON.stringify({ id: `${prefix}-${i}`, text: generateDocument(rand) })}\n`).join(''));
  const db = `${url}?schema=${schema}`;
  const loc = queueLocation(db);
  const boss = await startBoss(loc);
  try {
    await enqueueInputs(boss, [file], { settings: {}, maxBytes: 1 << 24, jsonl: true });
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
  await analyzeQueue(loc);
  return db;
}

async function drop(url: string, schemas: string[]) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const wi = args.indexOf('--warm');
  const warm = wi >= 0 ? Number(args.splice(wi, 2)[1]) : 3000;
  const n = Number(args[0] ?? 1500);
  const url = process.env.READOUT_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schemas = [`bench_cost_${process.pid}_w`, `bench_cost_${process.pid}_t`];
  const all = schemas.flatMap((s) => [s, `${s}_queue`]);
  const dir = mkdtempSync(join(tmpdir(), 'readout-pg-cost-'));
  await drop(url, all);
  instrument();
  const extractor = workerExtractor(1);
  try {
    const warmDb = await prepareQueue(url, schemas[0]!, 'warm', warm, 7, dir);
    const timedDb = await prepareQueue(url, schemas[1]!, 'timed', n, 20241003, dir);
    if (warm > 0) await runWorker({ location: warmDb, concurrency: 1, drain: true, extractor });
    const profile = process.env.PG_COST_PROFILE ? new Session() : null;
    if (profile) {
      profile.connect();
      await profile.post('Profiler.enable');
      await profile.post('Profiler.setSamplingInterval', { interval: 200 });
      await profile.post('Profiler.start');
    }
    const t0 = threads();
    const q0 = threadWaits();
    const p0 = postgresProcesses();
    costs.clear();
    counting = true;
    const w0 = performance.now();
    const summary = await runWorker({ location: timedDb, concurrency: 1, drain: true, extractor });
    const wall = performance.now() - w0;
    counting = false;
    if (profile) {
      const { profile: p } = await profile.post('Profiler.stop');
      writeFileSync(process.env.PG_COST_PROFILE!, JSON.stringify(p));
      profile.disconnect();
    }
    const t1 = threads();
    const q1 = threadWaits();
    const p1 = postgresProcesses();
    if (captured) {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`SET search_path TO "${schemas[1]}"`);
      const bpid = (c as unknown as { processID: number }).processID;
      const cpu = () => ranNs(`/proc/${bpid}/schedstat`);
      const K = 12;
      const variants: [string, string | null][] = [
        ['as is', null],
        ...['doc_actors_actor', 'doc_actors_version', 'doc_actors_country', 'actors_surname', 'actors_rank', 'event_parties_event', 'event_parties_actor',
          'event_parties_country', 'event_parties_version', 'relation_pairs_b', 'relation_pairs_date', 'quotes_order', 'quotes_version', 'quotes_speaker',
          'meeting_parties_meeting', 'meeting_parties_actor', 'meeting_parties_version'].map((i): [string, string] => [`without ${i}`, `DROP INDEX IF EXISTS ${i}`]),
        ['as is', null],
      ];
      for (const [label, change] of variants) {
        let total = 0;
        for (let k = 0; k < K; k++) {
          await c.query('BEGIN');
          if (change) await c.query(change);
          const a = cpu();
          await c.query({ text: captured.text, values: captured.values as unknown[] });
          total += cpu() - a;
          await c.query('ROLLBACK');
        }
        console.log(`captured statement, ${label}: ${(total / K / 1e6).toFixed(2)} ms server time`);
      }
      // The search vector alone, over every stored text, against reading the texts only.
      for (const [label, expr] of [['search vector', `to_tsvector('english', coalesce(title, '') || ' ' || text)`], ['reading the text only', 'text']]) {
        const a = cpu();
        await c.query(`SELECT sum(length(${expr})) FROM document_versions`);
        console.log(`${label}: ${((cpu() - a) / 1e6 / n).toFixed(3)} ms server time per document`);
      }
      await c.end();
    }
    const per = (ns: number) => (ns / 1e6 / n).toFixed(3);
    console.log(`${n} documents (${summary.new} new, ${summary.failed} failed) in ${(wall / 1000).toFixed(2)} s: ${((n * 1000) / wall).toFixed(0)} docs/s; worker process ${(summary.cpuSeconds * 1000 / n).toFixed(2)} ms/doc`);
    console.log('\nworker threads, ms per document:');
    const byName = new Map<string, number>();
    for (const [k, v] of t1) {
      const d = v - (t0.get(k) ?? 0);
      const name = k.split('#')[0]!;
      byName.set(name, (byName.get(name) ?? 0) + d);
    }
    let tsum = 0;
    for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1])) {
      tsum += v;
      if (v > 0) console.log(`  ${per(v).padStart(7)}  ${k}`);
    }
    for (const [k, v] of t1) {
      const d = v - (t0.get(k) ?? 0);
      const tid = k.split('#')[1]!;
      const q = (q1.get(tid) ?? 0) - (q0.get(tid) ?? 0);
      if (d / 1e6 / n > 0.005) console.log(`    ${per(d).padStart(7)}  ${k}  (ran ${((100 * d) / 1e6 / wall).toFixed(0)}% of the time, waited for a processor ${((100 * q) / 1e6 / wall).toFixed(0)}%)`);
    }
    console.log(`  ${per(tsum).padStart(7)}  all threads`);
    console.log('\nserver time by statement, ms per document (calls per document):');
    let ssum = 0;
    for (const [k, c] of [...costs].sort((a, b) => b[1].ns - a[1].ns)) {
      ssum += c.ns;
      if (c.ns / 1e6 / n > 0.001) console.log(`  ${per(c.ns).padStart(7)}  (${(c.calls / n).toFixed(3)})  ${k}`);
    }
    console.log(`  ${per(ssum).padStart(7)}  all statements of this process`);
    console.log('\nall server processes, ms per document:');
    let psum = 0;
    const pname = new Map<string, number>();
    for (const [pid, v] of p1) {
      const d = v.ns - (p0.get(pid)?.ns ?? 0);
      psum += d;
      const name = lastRan.has(pid) ? 'backends of this process' : v.name.replace(/\d+\.\d+\.\d+\.\d+\(\d+\)/, '').replace(/postgres: 15\/main: /, '');
      pname.set(name, (pname.get(name) ?? 0) + d);
    }
    for (const [k, v] of [...pname].sort((a, b) => b[1] - a[1])) if (v / 1e6 / n > 0.001) console.log(`  ${per(v).padStart(7)}  ${k}`);
    console.log(`  ${per(psum).padStart(7)}  all (other people's backends too)`);
  } finally {
    await extractor.close();
    await drop(url, all).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}
