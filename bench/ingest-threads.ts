/**
 * Where the processor time of `readout ingest` into SQLite goes, thread by thread, against
 * extraction alone on the same documents: per round, the documents are extracted on this
 * thread (as `readout extract --jsonl`), extracted by the pool only (the records dropped),
 * and ingested, in turn. For each, the time each thread ran and waited for a processor
 * (Linux schedstat): the extraction thread, this thread, and V8's helper threads (collector,
 * compiler). A thread that neither ran nor waited sat idle.
 *
 *   node --import tsx bench/ingest-threads.ts [N] [rounds] [jobs]
 *
 * INGEST_PROFILE=FILE also writes a processor profile of this thread over the last ingest.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultJobs } from '../src/cli/commands/ingest.js';
import { extract } from '../src/extract.js';
import { ingestItems } from '../src/ingest/batch.js';
import { workerExtractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { pipelineVersion } from '../src/store/pipeline-version.js';
import { generateDocument, mulberry32 } from './corpus.js';

type Sched = Map<string, { name: string; ran: number; waited: number }>;
function sched(): Sched {
  const out: Sched = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const name = tid === String(process.pid) ? 'main' : readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      const [ran, waited] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      out.set(tid, { name, ran: ran!, waited: waited! });
    } catch {
      // gone
    }
  }
  return out;
}


const n = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 3);
const jobs = process.argv[4] === undefined ? defaultJobs() : Number(process.argv[4]);
const rand = mulberry32(20240611);
const texts = Array.from({ length: n * rounds }, () => generateDocument(rand));
const warmTexts = Array.from({ length: 500 * Math.max(1, jobs) }, () => generateDocument(rand));
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-threads-'));
const store = await openStore(join(dir, 'threads.sqlite'));
const extractor = workerExtractor(jobs);
const pv = pipelineVersion();
const workerTids = new Set<string>();
{

  await Promise.all(warmTexts.map((text) => extractor.extract({ text })));
  for (const text of warmTexts.slice(0, 500)) JSON.stringify(extract({ text }));
  // The extraction threads: the threads that ran most of the warm-up besides this one.
  const s = sched();
  const fresh = [...s].filter(([tid]) => tid !== String(process.pid));
  fresh.sort((a, b) => b[1].ran - a[1].ran);
  for (const [tid] of fresh.slice(0, Math.max(1, jobs))) workerTids.add(tid);
}
async function* items(from: number, to: number, prefix: string, list: string[]): AsyncGenerator<SourceItem> {
  for (let i = from; i < to; i++) yield { ok: true, name: `${prefix}:${i}`, input: { text: list[i]!, id: `${prefix}-${i}` }, key: `id:${prefix}-${i}`, origin: 'jsonl', warning: null };
}
await ingestItems(items(0, warmTexts.length, 'warm', warmTexts), { store, pipelineVersion: pv, extractor });


interface Figures { wall: number; extraction: number; main: number; helpers: number; idle: number; waited: number }
const results: Record<string, Figures[]> = { alone: [], pool: [], ingest: [] };
const loads: number[] = [loadavg()[0]!];
let sink = 0;
let profile: Session | null = null;
for (let r = 0; r < rounds; r++) {
  const from = r * n;
  const to = from + n;
  const modes = r % 2 === 0 ? ['alone', 'pool', 'ingest'] : ['ingest', 'pool', 'alone'];
  for (const mode of modes) {
    if (mode === 'ingest' && r === rounds - 1 && process.env.INGEST_PROFILE) {
      profile = new Session();
      profile.connect();
      await profile.post('Profiler.enable');
      await profile.post('Profiler.setSamplingInterval', { interval: 500 });
      await profile.post('Profiler.start');
    }
    const s0 = sched();
    const t0 = performance.now();
    if (mode === 'alone') for (let i = from; i < to; i++) sink += `${JSON.stringify(extract({ text: texts[i]!, id: `t-${i}` }))}\n`.length;
    else if (mode === 'pool') await Promise.all(texts.slice(from, to).map((text, i) => extractor.extractForStore!({ text, id: `t-${from + i}` }).then((b) => (sink += (b as Uint8Array).byteLength))));
    else {
      const summary = await ingestItems(items(from, to, 'timed', texts), { store, pipelineVersion: pv, extractor });
      if (summary.new !== n) throw new Error(`${summary.new} new of ${n}`);
    }
    const wall = performance.now() - t0;
    const s1 = sched();
    if (profile) {
      const { profile: p } = await profile.post('Profiler.stop');
      writeFileSync(process.env.INGEST_PROFILE!, JSON.stringify(p));
      profile.disconnect();
      profile = null;
    }
    const f: Figures = { wall: wall / n, extraction: 0, main: 0, helpers: 0, idle: 0, waited: 0 };
    for (const [tid, b] of s1) {
      const a = s0.get(tid) ?? { ran: 0, waited: 0 };
      const ran = (b.ran - a.ran) / 1e6 / n;
      const waited = (b.waited - a.waited) / 1e6 / n;
      const isExtraction = mode === 'alone' ? tid === String(process.pid) : workerTids.has(tid);
      if (isExtraction) {
        f.extraction += ran;
        f.idle += Math.max(0, f.wall - ran - waited);
        f.waited += waited;
      } else if (tid === String(process.pid)) f.main += ran;
      else f.helpers += ran;
    }
    results[mode]!.push(f);
  }
  loads.push(loadavg()[0]!);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
console.log(`${n} documents x ${rounds} rounds, ${jobs} extraction thread(s); ms per document, medians; load ${loads.map((l) => l.toFixed(1)).join(' ')}`);
for (const [mode, fs] of Object.entries(results)) {
  const m = (k: keyof Figures) => median(fs.map((f) => f[k])).toFixed(2);
  const cpu = median(fs.map((f) => f.extraction + f.main + f.helpers)).toFixed(2);
  console.log(`${mode.padEnd(7)} wall ${m('wall')}  cpu ${cpu}  extraction thread ${m('extraction')} (waited ${m('waited')}, idle ${m('idle')})  main ${mode === 'alone' ? '-' : m('main')}  helpers ${m('helpers')}`);
}
const a = results.alone!;
const g = results.ingest!;
console.log(`ingest/alone: wall ${median(g.map((f, i) => f.wall / a[i]!.wall)).toFixed(2)}x  cpu ${median(g.map((f, i) => (f.extraction + f.main + f.helpers) / (a[i]!.extraction + a[i]!.main + a[i]!.helpers))).toFixed(2)}x (medians of the rounds' ratios)`);

if (sink === 0) throw new Error('nothing extracted');
await extractor.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
