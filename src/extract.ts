import { hash } from 'node:crypto';
import { Document, type DocumentMeta } from './document/document.js';
import { parseHeader } from './ingest/header.js';
import { buildRecord } from './record/build.js';
import { collectGarbage, withTightHeap } from './record/collect-garbage.js';
import { RecordJoiner, SEGMENT_CHARS, segmentBounds } from './record/segments.js';
import type { RecordBytes } from './record/record-json.js';
import type { ExtractRecord } from './record/types.js';
import { defaultPipeline } from './stages/index.js';

export interface ExtractInput {
  text: string;
  id?: string | null;
  date?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
}

export function contentHash(text: string): string {
  // One-shot hash (Node >= 20.12, see engines): the same digest without a Hash object per document.
  return hash('sha256', text, 'hex').slice(0, 16);
}

/**
 * Builds a Document from raw text: a leading "date ... Source: ..." header becomes metadata
 * (explicit fields win over the header), and the id defaults to a hash of the text.
 */
export function makeDocument(input: ExtractInput): Document {
  const header = parseHeader(input.text);
  const meta: Partial<DocumentMeta> = {
    date: input.date ?? header.date,
    source: input.source ?? header.source,
    title: input.title ?? header.title,
    url: input.url ?? header.url,
    bodyStart: header.bodyStart,
  };
  const doc = new Document(input.id || contentHash(input.text), input.text, meta);
  if (header.dateProblem) doc.report('warning', 'header', 'invalid-date', header.dateProblem, header.dateSpan);
  return doc;
}

/** Runs the whole pipeline over one document. */
export function processDocument(input: ExtractInput): Document {
  return defaultPipeline().run(makeDocument(input));
}

/** One text in, one record of the output contract out. */
export function extract(input: ExtractInput | string): ExtractRecord {
  const given = typeof input === 'string' ? { text: input } : input;
  if (given.text.length > SEGMENT_CHARS) return extractInParts(given);
  return buildRecord(processDocument(given));
}

/**
 * How many short texts `extractAll` is best given at once: extraction threads and `readout
 * extract` gather up to GROUP_DOCS texts of at most GROUP_CHARS characters in all. Each stage runs
 * over the whole group before the next, so the larger the group, the more of a stage's lexicons and
 * code stay warm from one document to the next. On the bench corpus (about 1.1 KB a document) 16 at
 * a time ran at 4.6-4.7x the wink-nlp floor in CPU, 48 (64 KB) at 4.1-4.3x, and 96 (128 KB) 4-10%
 * below 48 in five alternating rounds of bench/pipeline-alone.ts; 128 (160 KB) was no better than
 * 96. The character cap keeps a group of long releases from holding many documents' layers at once:
 * 128 KB of text in one group did not raise the peak memory of ingesting 20,000 documents.
 */
export const GROUP_DOCS = 96;
export const GROUP_CHARS = 128 * 1024;

/** processDocument of each text, each stage run over all of them before the next (Pipeline.runAll). */
export function processAll(inputs: readonly ExtractInput[]): readonly Document[] {
  return defaultPipeline().runAll(inputs.map(makeDocument));
}

/**
 * Records of several texts, in their order: the same records as `extract` of each, made with each
 * stage run over all the short texts in turn (Pipeline.runAll), which keeps a stage's code and
 * lexicons in the processor's caches from one text to the next. A text longer than SEGMENT_CHARS
 * is read in parts on its own, as `extract` does. Memory follows the texts given at once: give
 * a few dozen at a time, not a whole corpus.
 */
export function extractAll(inputs: readonly (ExtractInput | string)[]): ExtractRecord[] {
  const given = inputs.map((input) => (typeof input === 'string' ? { text: input } : input));
  const docs = processAll(given.filter((input) => input.text.length <= SEGMENT_CHARS));
  let next = 0;
  return given.map((input) => (input.text.length <= SEGMENT_CHARS ? buildRecord(docs[next++]!) : extractInParts(input)));
}

/**
 * A text longer than SEGMENT_CHARS, read part by part so that memory follows the size of a
 * part, not of the whole (see record/segments.ts). The header, when there is one, is read
 * from the first part and its date, source and title apply to every part.
 */
export function extractInParts(input: ExtractInput, maxChars = SEGMENT_CHARS): ExtractRecord {
  return joinParts(input, maxChars).finish();
}

/**
 * The record as UTF-8 JSON: the same text as JSON.stringify(extract(input)). A text read in
 * parts never has its whole record as objects: each part's items become JSON as soon as the
 * part is read (see RecordJoiner.spill), so memory follows the JSON, several times smaller.
 */
export function extractJsonBytes(input: ExtractInput | string, maxChars = SEGMENT_CHARS): Uint8Array {
  const given = typeof input === 'string' ? { text: input } : input;
  if (given.text.length <= maxChars) return recordBytes(processDocument(given));
  const bytes = joinParts(given, maxChars, true).finishJson();
  // The parts' JSON, now copied into one buffer, goes before the caller's next document.
  collectGarbage();
  return bytes;
}

/** The record of a processed document as UTF-8 JSON. */
export function recordBytes(doc: Document): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(buildRecord(doc)));
}

/**
 * The record for the store: UTF-8 JSON as extractJsonBytes gives it, except for a text read
 * in parts, whose record is kept in compressed pieces from the first part on (a 50 MB text's
 * record is some 300 MB of JSON, a sixth of that compressed) and comes as such, with where
 * each list is (RecordJoiner.finishDeflated).
 */
export function extractForStore(input: ExtractInput, maxChars = SEGMENT_CHARS): Uint8Array | RecordBytes {
  if (input.text.length <= maxChars) return extractJsonBytes(input, maxChars);
  const json = joinParts(input, maxChars, true, true).finishDeflated();
  collectGarbage();
  return json;
}

function joinParts(input: ExtractInput, maxChars: number, spill = false, deflate = false): RecordJoiner {
  return withTightHeap(() => readParts(input, maxChars, spill, deflate));
}

function readParts(input: ExtractInput, maxChars: number, spill: boolean, deflate: boolean): RecordJoiner {
  const text = input.text;
  const id = input.id || contentHash(text);
  const bounds = segmentBounds(text, 0, maxChars);
  let joiner: RecordJoiner | null = null;
  let meta: Partial<DocumentMeta> = {};
  for (const [k, [start, end]] of bounds.entries()) {
    const part = text.slice(start, end);
    const doc = k === 0 ? makeDocument({ ...input, id, text: part }) : new Document(id, part, { ...meta, bodyStart: 0 });
    if (k === 0) meta = doc.meta;
    const record = buildRecord(defaultPipeline().run(doc), k === 0);
    joiner ??= new RecordJoiner(record, text.length, maxChars, deflate);
    joiner.add(record, start);
    if (spill) {
      joiner.spill();
      collectGarbage();
    }
  }
  return joiner!;
}
