/**
 * What storing costs this process, without extraction: records extracted beforehand (as the
 * extraction threads send them, UTF-8 JSON) go through `ingestItems` into a fresh SQLite file
 * from an extractor that hands them back at once. Prints the processor time per document of
 * every thread of the process (this one, V8's helpers, the checkpointer), in rounds, medians.
 *
 *   node --import tsx bench/store-cpu.ts [N] [rounds]
 *
 * STORE_PROFILE=FILE also writes a processor profile of this thread over the rounds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractJsonBytes, type ExtractInput } from '../src/extract.js';
import { ingestItems } from '../src/ingest/batch.js';
import type { Extractor } from '../src/ingest/extract-pool.js';
import type { SourceItem } from '../src/ingest/sources.js';
import { openStore } from '../src/store/open.js';
import { pipelineVersion } from '../src/store/pipeline-version.js';
import { generateDocument, mulberry32 } from './corpus.js';

function ranNs(): { main: number; other: number } {
  let main = 0;
  let other = 0;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const ran = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      if (tid === String(process.pid)) main += ran;
      else other += ran;
    } catch {
      // gone
    }
  }
  return { main, other };
}

const n = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 5);
const rand = mulberry32(20240611);
const warm = 1000;
const texts = Array.from({ length: warm + n * rounds }, () => generateDocument(rand));
const records = new Map<string, Uint8Array>();
texts.forEach((text, i) => records.set(`s-${i}`, extractJsonBytes({ text, id: `s-${i}` })));
const extractor: Extractor = {
  threads: 1,
  extract: () => Promise.reject(new Error('not here')),
  // A copy, as a record from a thread is a buffer of its own.
  extractJson: (input: ExtractInput) => Promise.resolve(records.get(input.id!)!.slice()),
  close: async () => undefined,
};
const dir = mkdtempSync(join(tmpdir(), 'readout-bench-store-'));
const store = await openStore(join(dir, 'store.sqlite'));
const pv = pipelineVersion();
async function* items(from: number, to: number): AsyncGenerator<SourceItem> {
  for (let i = from; i < to; i++) yield { ok: true, name: `s:${i}`, input: { text: texts[i]!, id: `s-${i}` }, key: `id:s-${i}`, origin: 'jsonl', warning: null };
}
await ingestItems(items(0, warm), { store, pipelineVersion: pv, extractor });
const mains: number[] = [];
const others: number[] = [];
const walls: number[] = [];
const profile = process.env.STORE_PROFILE ? new Session() : null;
if (profile) {
  profile.connect();
  await profile.post('Profiler.enable');
  await profile.post('Profiler.setSamplingInterval', { interval: 250 });
  await profile.post('Profiler.start');
}
const load0 = loadavg()[0]!;
for (let r = 0; r < rounds; r++) {
  const from = warm + r * n;
  const a = ranNs();
  const t = performance.now();
  const s = await ingestItems(items(from, from + n), { store, pipelineVersion: pv, extractor });
  walls.push((performance.now() - t) / n);
  if (s.new !== n) throw new Error(`${s.new} new of ${n}`);
  const b = ranNs();
  mains.push((b.main - a.main) / 1e6 / n);
  others.push((b.other - a.other) / 1e6 / n);
}
if (profile) {
  const { profile: p } = await profile.post('Profiler.stop');
  writeFileSync(process.env.STORE_PROFILE!, JSON.stringify(p));
  profile.disconnect();
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
console.log(`store only, ${n} x ${rounds}: this thread ${median(mains).toFixed(3)} ms/doc, other threads ${median(others).toFixed(3)}, all ${median(mains.map((m, i) => m + others[i]!)).toFixed(3)}, wall ${median(walls).toFixed(3)}; rounds ${mains.map((m) => m.toFixed(2)).join(' ')}; load ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`);
await store.close();
if (process.env.STORE_KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
