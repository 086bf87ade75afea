import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract, extractAll, makeDocument } from '../src/extract.js';
import { parseHeader } from '../src/ingest/header.js';
import { buildRecord } from '../src/record/build.js';
import { defaultPipeline } from '../src/stages/index.js';
import { wink } from '../src/stages/tokenize/wink.js';
import { generateDocument, mulberry32, readDocuments, writeCorpus } from './corpus.js';

export interface MemoryPoint {
  /** Corpus megabytes processed when the sample was taken. */
  mb: number;
  /** After a full garbage collection (needs node --expose-gc), so it shows what is retained. */
  heapUsedMb: number;
  rssMb: number;
}

export interface PipelineBench {
  corpusMb: number;
  /** Documents each path read before the timed corpus. */
  warmDocuments: number;
  /** Documents read at once: 1 is extract() per document, more is extractAll() over that many. */
  batch: number;
  documents: number;
  sentences: number;
  tokens: number;
  pipeline: { seconds: number; sentencesPerSecond: number; mbPerSecond: number };
  floor: { seconds: number; sentencesPerSecond: number; mbPerSecond: number; what: string };
  /** Pipeline time over floor time; the target is at most 4. */
  ratio: number;
  /**
   * The same ratio in CPU time of this process, read around each document's two passes: on a
   * machine shared with other work the wall clock also counts the waits for a core.
   */
  cpuRatio: number;
  memory: MemoryPoint[];
  /** Share of pipeline time per stage, measured on a separate sample of documents. */
  stages: Array<{ stage: string; ms: number; share: number }>;
  peakRssMb: number;
  peakHeapMb: number;
  gcExposed: boolean;
}

const MB = 1024 * 1024;
const toMb = (bytes: number) => Math.round((bytes / MB) * 10) / 10;

/**
 * What the tokenize stage asks of wink-nlp, and no more: the text after the header (the stage
 * never reads the header line), read with the same pipe (sentences and tags), then each
 * token's tag and word number and the sentences' spans. The pipeline can never be faster than this.
 */
function floorPass(body: string): number {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(body);
  const tokens = doc.tokens();
  const pos = tokens.out(its.pos) as string[];
  tokens.out(its.uniqueId);
  doc.sentences().out(its.span);
  return pos.length;
}

/** The stretch of `text` the tokenize stage hands to wink: the body, without the white space around it. */
function bodyOf(text: string): string {
  return text.slice(parseHeader(text).bodyStart).trim();
}

/**
 * Times each stage on its own over `docs` fresh documents, the way Pipeline.run calls them,
 * plus the record builder, so a slow stage is easy to spot.
 */
export function stageBreakdown(docs: number, seed = 11): PipelineBench['stages'] {
  const rand = mulberry32(seed);
  const stages = defaultPipeline().stages;
  const ns = new Array<bigint>(stages.length + 1).fill(0n);
  for (let i = 0; i < docs; i++) {
    const doc = makeDocument({ text: generateDocument(rand) });
    stages.forEach((stage, k) => {
      const t0 = process.hrtime.bigint();
      try {
        stage.run(doc);
      } catch {
        for (const layer of stage.writes) if (!doc.has(layer)) doc.setLayer(layer, [], stage.name);
      }
      ns[k]! += process.hrtime.bigint() - t0;
    });
    const t0 = process.hrtime.bigint();
    buildRecord(doc);
    ns[stages.length]! += process.hrtime.bigint() - t0;
  }
  const total = Number(ns.reduce((a, b) => a + b, 0n)) || 1;
  return [...stages.map((s) => s.name), 'record'].map((stage, k) => ({
    stage,
    ms: Math.round(Number(ns[k]!) / 1e6),
    share: Math.round((Number(ns[k]!) / total) * 1000) / 10,
  }));
}

/**
 * Documents each path reads before the timed corpus, unless the caller says otherwise. V8 goes
 * on optimising the pipeline for some thousands of documents (per document 8.1, then 3.1, then
 * 2.7 ms over three passes of 1,500), so a short warm-up times the compiler more than the code;
 * a worker following feeds reads that many within its first hour. The ingest benchmarks on
 * PostgreSQL warm up as far, for the same reason.
 */
export const DEFAULT_WARM_DOCUMENTS = 3000;

export async function benchPipeline(opts: {
  mb: number;
  warm?: number;
  batch?: number;
  /** A group also ends once its texts reach this many characters, as the extraction threads' do. */
  batchChars?: number;
  log?: (line: string) => void;
}): Promise<PipelineBench> {
  const warmDocuments = opts.warm ?? DEFAULT_WARM_DOCUMENTS;
  const batch = opts.batch ?? 1;
  const batchChars = opts.batchChars ?? Number.POSITIVE_INFINITY;
  const log = opts.log ?? (() => {});
  const gc = (globalThis as { gc?: () => void }).gc;
  const file = path.join(tmpdir(), `readout-bench-${process.pid}.txt`);
  const info = writeCorpus(file, Math.round(opts.mb * MB));
  log(`corpus: ${toMb(info.bytes)} MB, ${info.documents} documents in ${file}`);
  try {
    // Warm up both paths (JIT, model load, lexicon caches) on documents outside the corpus.
    const warm = mulberry32(7);
    for (let i = 0; i < warmDocuments; i += batch) {
      const texts: string[] = [];
      for (let k = 0; k < batch && i + k < warmDocuments; k++) texts.push(generateDocument(warm));
      for (const text of texts) floorPass(bodyOf(text));
      if (batch === 1) extract({ text: texts[0]! });
      else extractAll(texts);
    }
    gc?.();

    const checkpoints = [info.bytes / 4, info.bytes];
    const memory: MemoryPoint[] = [];
    let nextCheckpoint = 0;
    let bytes = 0;
    let documents = 0;
    let sentences = 0;
    let tokens = 0;
    let pipelineNs = 0n;
    let floorNs = 0n;
    let pipelineCpu = 0;
    let floorCpu = 0;
    let peakHeap = 0;
    let lastReport = 0;
    const pending: string[] = [];
    const read = readDocuments(file)[Symbol.asyncIterator]();
    for (;;) {
      // `batch` documents at a time (one by default): the floor over each, then the pipeline over all.
      pending.length = 0;
      let pendingChars = 0;
      for (let next = await read.next(); !next.done; ) {
        pending.push(next.value);
        pendingChars += next.value.length;
        if (pending.length === batch || pendingChars >= batchChars) break;
        next = await read.next();
      }
      if (pending.length === 0) break;
      const bodies = pending.map(bodyOf);
      const c0 = process.cpuUsage();
      const f0 = process.hrtime.bigint();
      for (const body of bodies) floorPass(body);
      const f1 = process.hrtime.bigint();
      const c1 = process.cpuUsage();
      const recs = batch === 1 ? [extract({ text: pending[0]! })] : extractAll(pending);
      const p1 = process.hrtime.bigint();
      const c2 = process.cpuUsage();
      floorNs += f1 - f0;
      pipelineNs += p1 - f1;
      floorCpu += c1.user + c1.system - c0.user - c0.system;
      pipelineCpu += c2.user + c2.system - c1.user - c1.system;
      for (const text of pending) bytes += Buffer.byteLength(text) + 2;
      documents += pending.length;
      for (const rec of recs) {
        sentences += rec.stats.sentences;
        tokens += rec.stats.tokens;
      }
      if (documents % 256 < pending.length) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      if (bytes - lastReport > 5 * MB) {
        lastReport = bytes;
        log(`  ${toMb(bytes)} MB, ${documents} documents`);
      }
      while (nextCheckpoint < checkpoints.length && bytes >= checkpoints[nextCheckpoint]! - 1) {
        gc?.();
        const m = process.memoryUsage();
        memory.push({ mb: toMb(bytes), heapUsedMb: toMb(m.heapUsed), rssMb: toMb(m.rss) });
        nextCheckpoint++;
      }
    }
    const stages = stageBreakdown(Math.min(1000, documents));
    const pipelineS = Number(pipelineNs) / 1e9;
    const floorS = Number(floorNs) / 1e9;
    const mb = bytes / MB;
    return {
      corpusMb: toMb(bytes),
      warmDocuments,
      batch,
      documents,
      sentences,
      tokens,
      pipeline: { seconds: round(pipelineS), sentencesPerSecond: Math.round(sentences / pipelineS), mbPerSecond: round(mb / pipelineS) },
      floor: {
        seconds: round(floorS),
        sentencesPerSecond: Math.round(sentences / floorS),
        mbPerSecond: round(mb / floorS),
        what: 'wink-nlp readDoc of each body + tags, word numbers and sentence spans',
      },
      ratio: round(pipelineS / floorS),
      cpuRatio: round(pipelineCpu / (floorCpu || 1)),
      memory,
      stages,
      peakRssMb: toMb(process.resourceUsage().maxRSS * 1024),
      peakHeapMb: toMb(peakHeap),
      gcExposed: gc !== undefined,
    };
  } finally {
    rmSync(file, { force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
