import { makeDocument } from '../src/extract.js';
import { buildRecord } from '../src/record/build.js';
import { defaultPipeline } from '../src/stages/index.js';
import type { Document } from '../src/document/document.js';
import { generateDocument } from './corpus.js';
import { mulberry32 } from './seeded.js';

/**
 * node --import tsx --import ./bench/compiled.mjs bench/stage-gap.ts [--docs N] [--group B] [--warm D] [--json]
 *
 * What each stage costs run document by document (extract) and run over a group of B documents
 * before the next stage (extractAll), in the same process: every group of B documents is read
 * both ways, in alternating order, so that load from other work on the machine falls on both alike
 * and the two columns can be compared even where the wall clock swings from run to run. The
 * difference is the part of a stage's time that goes to starting with its code and lexicons out
 * of the processor's caches; a stage whose difference is large next to its own time touches much
 * memory that nothing else in a document does. "document" is makeDocument (header and id).
 */
const args = process.argv.slice(2);
function numberArg(name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!(Number.isInteger(value) && value >= 1)) {
    console.error(`${name} expects a whole number, at least 1, got "${args[at + 1]}"`);
    process.exit(2);
  }
  return value;
}
const group = numberArg('--group', 96);
const docs = Math.ceil(numberArg('--docs', 1920) / group) * group;
const warm = numberArg('--warm', 1000);

const stages = defaultPipeline().stages;
const names = ['document', ...stages.map((s) => s.name), 'record'];
const now = () => process.hrtime.bigint();

/** A text as the bench reads it from its file, in one piece: a text built by concatenation is a rope until something first reads it. */
const flat = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

function runStage(k: number, doc: Document): void {
  const stage = stages[k]!;
  try {
    stage.run(doc);
  } catch {
    for (const layer of stage.writes) if (!doc.has(layer)) doc.setLayer(layer, [], stage.name);
  }
}

/** Nanoseconds per part, read document by document. */
function byDocument(texts: readonly string[], ns: bigint[]): void {
  for (const text of texts) {
    let t = now();
    const doc = makeDocument({ text });
    ns[0]! += now() - t;
    for (let k = 0; k < stages.length; k++) {
      t = now();
      runStage(k, doc);
      ns[k + 1]! += now() - t;
    }
    t = now();
    buildRecord(doc);
    ns[stages.length + 1]! += now() - t;
  }
}

/** Nanoseconds per part, each stage over the whole group before the next. */
function byGroup(texts: readonly string[], ns: bigint[]): void {
  let t = now();
  const group = texts.map((text) => makeDocument({ text }));
  ns[0]! += now() - t;
  for (let k = 0; k < stages.length; k++) {
    t = now();
    for (const doc of group) runStage(k, doc);
    ns[k + 1]! += now() - t;
  }
  t = now();
  for (const doc of group) buildRecord(doc);
  ns[stages.length + 1]! += now() - t;
}

const zeros = () => names.map(() => 0n);
const warmRand = mulberry32(7);
const scratch = zeros();
for (let i = 0; i < warm; i += group) {
  const texts = Array.from({ length: group }, () => flat(generateDocument(warmRand)));
  byDocument(texts, scratch);
  byGroup(texts, scratch);
}

const single = zeros();
const grouped = zeros();
const rand = mulberry32(11);
for (let i = 0; i < docs; i += group) {
  const texts = Array.from({ length: group }, () => flat(generateDocument(rand)));
  if ((i / group) % 2 === 0) {
    byDocument(texts, single);
    byGroup(texts, grouped);
  } else {
    byGroup(texts, grouped);
    byDocument(texts, single);
  }
}

const us = (ns: bigint) => Number(ns) / 1000 / docs;
const rows = names.map((name, k) => ({ part: name, byDocumentUs: round(us(single[k]!)), byGroupUs: round(us(grouped[k]!)), extraUs: round(us(single[k]! - grouped[k]!)) }));
const total = (list: bigint[]) => list.reduce((a, b) => a + b, 0n);
const sum = { byDocumentUs: round(us(total(single))), byGroupUs: round(us(total(grouped))), extraUs: round(us(total(single) - total(grouped))) };
if (args.includes('--json')) console.log(JSON.stringify({ docs, group, warm, rows, total: sum }));
else {
  console.log(`${docs} documents after ${warm}, groups of ${group}; microseconds per document (wall clock, both ways interleaved)`);
  console.log(`${'part'.padEnd(12)}${'by document'.padStart(12)}${'by group'.padStart(10)}${'extra'.padStart(8)}${'ratio'.padStart(7)}`);
  for (const r of [...rows, { part: 'total', ...sum }]) {
    const ratio = r.byGroupUs > 0 ? (r.byDocumentUs / r.byGroupUs).toFixed(2) : '-';
    console.log(`${r.part.padEnd(12)}${r.byDocumentUs.toFixed(0).padStart(12)}${r.byGroupUs.toFixed(0).padStart(10)}${r.extraUs.toFixed(0).padStart(8)}${ratio.padStart(7)}`);
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
