/**
 * A record that arrives as JSON text (from an extraction thread, or from a text read in
 * parts) is stored as that text; the objects are only needed for the store's derived rows.
 * The JSON of a 50 MB text is tens of megabytes and its objects several times more, so a
 * large record is never made objects whole: its lists of events, quotes, figures and
 * meetings are read a few hundred items at a time, straight from the text (recordLists),
 * and the lists the store does not read are left out.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { collectGarbage } from './collect-garbage.js';
import type { EventRecord, ExtractRecord, MeetingRecord, QuantityRecord, QuoteRecord } from './types.js';

/**
 * A record's JSON: a string, or its UTF-8 bytes in pieces, in order (as an extraction thread
 * sends a large record, so that it never has to be one block of memory, nor a string).
 */
export type RecordJson = string | RecordBytes;

export interface RecordBytes {
  readonly pieces: readonly Uint8Array[];
  /** Each piece is raw-deflated on its own: the JSON is the pieces inflated one by one, in order. */
  readonly deflated?: boolean;
  /** Bytes of JSON in all (the pieces' own sizes when not deflated). */
  readonly bytes?: number;
  /**
   * Where a list's items are (deflated records from a text read in parts): pieces `from` to
   * `to`, every other one a chunk of items (JSON array content) and a comma between.
   */
  readonly lists?: Readonly<Record<string, readonly [number, number]>>;
  /** Items in each list (with `lists`). */
  readonly items?: Readonly<Record<string, number>>;
  /**
   * Pieces that hold nothing but mentions of one actor (array content), and the number of
   * mentions of each actor whose mentions are in such pieces, by actor id: a reader that needs
   * only how many there are skips them.
   */
  readonly mentions?: { readonly pieces: readonly number[]; readonly counts: Readonly<Record<string, number>> };
}

/** The UTF-8 JSON of one piece. */
export function pieceBytes(json: RecordBytes, i: number): Buffer {
  const p = json.pieces[i]!;
  return json.deflated ? inflateRawSync(p) : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
}

/** Bytes of UTF-8 JSON in all. */
export function recordByteLength(json: RecordBytes): number {
  return json.bytes ?? json.pieces.reduce((n, p) => n + p.byteLength, 0);
}

/**
 * JSON of a large record's lists read since the last full collection, and how much may be
 * read between two. Each piece read becomes text, then objects, then rows handed to the
 * store; all of it is garbage a moment later, but it lives long enough to reach V8's old
 * generation, which grows to twice and more what is alive before it is collected. Storing a
 * 50 MB text reads some 300 MB of JSON this way: left alone, the heap doubled.
 */
let readSinceCollection = 0;
const COLLECT_EVERY_BYTES = 32 * 1048576;

/** Counts JSON about to be read from a large record's lists, collecting first once enough was read. */
function reading(bytes: number): void {
  readSinceCollection += bytes;
  if (readSinceCollection < COLLECT_EVERY_BYTES) return;
  readSinceCollection = 0;
  collectGarbage();
}

/** Records longer than this (characters of JSON) are read list by list. */
export const SLIM_PARSE_CHARS = 4_000_000;

/** The lists the store's derived rows read, item by item. */
export interface ListItems {
  events: EventRecord;
  quotes: QuoteRecord;
  unattributedQuotes: QuoteRecord;
  quantities: QuantityRecord;
  meetings: MeetingRecord;
}
export type ListName = keyof ListItems;
const STREAMED: readonly ListName[] = ['events', 'quotes', 'unattributedQuotes', 'quantities', 'meetings'];
/** Top-level lists the store does not read (they stay in the stored JSON). */
const UNREAD = ['dates', 'measures', 'messages'];

/** The items of a record's lists, a chunk at a time; `first` is the index of the chunk's first item. */
export interface RecordLists {
  length(list: ListName): number;
  chunks<L extends ListName>(list: L, size: number): Iterable<{ first: number; items: ListItems[L][] }>;
}

/** Mentions of actors parsed without their offsets (parseDeflatedRecord). */
const mentionCounts = new WeakMap<object, number>();

/**
 * How many times the record names an actor: the length of its mentions, or, for a record
 * parsed for the store without the offsets of its most-named actors, the number counted.
 */
export function actorMentionCount(actor: { readonly mentions: readonly unknown[] }): number {
  return mentionCounts.get(actor) ?? actor.mentions.length;
}

/** Lists read from the JSON text, for records parsed without them. */
const fromText = new WeakMap<ExtractRecord, RecordLists>();

/** Whether the record was parsed without some of its lists (they are only in its JSON), so must never be written out in its place. */
export function isSlimRecord(record: ExtractRecord): boolean {
  return fromText.has(record);
}

/** The lists of a record: from its JSON text where it was parsed without them, else its own arrays. */
export function recordLists(record: ExtractRecord): RecordLists {
  return fromText.get(record) ?? ownLists(record);
}

function ownLists(record: ExtractRecord): RecordLists {
  return {
    length: (list) => (record[list] ?? []).length,
    *chunks<L extends ListName>(list: L, size: number) {
      const all = (record[list] ?? []) as ListItems[L][];
      if (all.length <= size) {
        if (all.length > 0) yield { first: 0, items: all };
        return;
      }
      for (let first = 0; first < all.length; first += size) yield { first, items: all.slice(first, first + size) };
    },
  };
}

/**
 * Where the lists at the end of a record that the store does not read begin (`measures`,
 * then `messages`), and where the one after them begins (`stats`, the last key). Neither
 * key is used inside the record, and inside a JSON string a quote is always escaped, so the
 * last occurrence of each is the record's own.
 */
const TAIL_UNREAD_KEY = ',"measures":[';
const AFTER_UNREAD_KEY = ',"stats":{';
/** What the store reads of a record, each checked to be in what was parsed. */
const READ_LISTS = ['people', 'organizations', 'places', 'quotes', 'unattributedQuotes', 'quantities', 'events', 'meetings'] as const;

/**
 * A record parsed without the lists at its end the store does not read (a third of the JSON
 * of a press release, its figures' measures): parsing and then collecting them was a tenth
 * of what storing a document costs the writing thread. Marked as parsed without lists, so
 * that it is never written out in place of its JSON. Null where the JSON is not laid out so
 * (the lists in another order, a record of another version): the caller parses it whole.
 */
function parseWithoutTail(json: string | Buffer, slice: (start: number, end: number) => string, length: number): ExtractRecord | null {
  const cut = json.lastIndexOf(TAIL_UNREAD_KEY);
  if (cut < 0) return null;
  const after = json.lastIndexOf(AFTER_UNREAD_KEY);
  if (after < cut) return null;
  let record: ExtractRecord;
  try {
    record = JSON.parse(slice(0, cut) + slice(after, length)) as ExtractRecord;
  } catch {
    return null;
  }
  if (record === null || typeof record !== 'object' || READ_LISTS.some((list) => !Array.isArray(record[list]))) return null;
  record.measures = [];
  record.messages = [];
  fromText.set(record, ownLists(record));
  return record;
}

/**
 * The record from its JSON, as text or as UTF-8 bytes. A large one is parsed without its
 * lists, which are read from the JSON a chunk at a time (recordLists); bytes are never made
 * one string.
 */
export function parseForStore(json: string | Uint8Array): ExtractRecord {
  const text = typeof json === 'string' ? json : null;
  const bytes = typeof json === 'string' ? null : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const length = text !== null ? text.length : bytes!.byteLength;
  /** The JSON from `start` to `end` as text (offsets count characters of a string, bytes of bytes). */
  const slice = (start: number, end: number): string => (text !== null ? text.slice(start, end) : bytes!.toString('utf8', start, end));
  if (length <= SLIM_PARSE_CHARS) return parseWithoutTail(text ?? bytes!, slice, length) ?? (JSON.parse(slice(0, length)) as ExtractRecord);
  const index = indexLists(json, new Set([...STREAMED, ...UNREAD]));
  if (!index) return JSON.parse(slice(0, length)) as ExtractRecord;
  // The record without its lists: the text between them, each list written empty.
  const cuts = [...index.values()].sort((a, b) => a.open - b.open);
  let head = '';
  let at = 0;
  for (const c of cuts) {
    head += `${slice(at, c.open + 1)}]`;
    at = c.close + 1;
  }
  head += slice(at, length);
  const record = JSON.parse(head) as ExtractRecord;
  const lists: RecordLists = {
    length: (list) => (index.get(list)?.bounds.length ?? 0) / 2,
    *chunks<L extends ListName>(list: L, size: number) {
      const b = index.get(list)?.bounds ?? [];
      const n = b.length / 2;
      for (let first = 0; first < n; first += size) {
        const last = Math.min(n, first + size) - 1;
        reading(b[2 * last + 1]! - b[2 * first]!);
        yield { first, items: JSON.parse(`[${slice(b[2 * first]!, b[2 * last + 1]!)}]`) as ListItems[L][] };
      }
    },
  };
  fromText.set(record, lists);
  return record;
}

/**
 * The record from deflated pieces that say where each list is (RecordJoiner.finishDeflated):
 * the text around the lists is parsed with every list empty, and a list's items are
 * inflated and parsed a piece at a time when asked for. Nothing is ever inflated whole.
 */
export function parseDeflatedRecord(json: RecordBytes): ExtractRecord {
  const runs = json.lists ?? {};
  const inRun = new Set<number>(json.mentions?.pieces ?? []);
  for (const [from, to] of Object.values(runs)) for (let i = from; i <= to; i++) inRun.add(i);
  let head = '';
  for (let i = 0; i < json.pieces.length; i++) if (!inRun.has(i)) head += pieceBytes(json, i).toString('utf8');
  const record = JSON.parse(head) as ExtractRecord;
  // Actors whose mentions were left out have an empty list, and their number on the side.
  const counts = json.mentions?.counts ?? {};
  for (const list of [record.people, record.organizations, record.places, record.groups ?? []]) {
    for (const a of list) if (counts[a.id] !== undefined) mentionCounts.set(a, counts[a.id]!);
  }
  const count = new Map<string, number>();
  const lists: RecordLists = {
    length: (list) => {
      let n = count.get(list) ?? json.items?.[list];
      if (n === undefined) {
        n = 0;
        for (const { items } of lists.chunks(list, Number.POSITIVE_INFINITY)) n += items.length;
        count.set(list, n);
      }
      return n;
    },
    *chunks<L extends ListName>(list: L, size: number) {
      const run = runs[list];
      if (!run) return;
      let first = 0;
      for (let i = run[0]; i <= run[1]; i += 2) {
        const bytes = pieceBytes(json, i);
        reading(bytes.byteLength);
        const items = JSON.parse(`[${bytes.toString('utf8')}]`) as ListItems[L][];
        for (let k = 0; k < items.length; k += size) {
          yield { first: first + k, items: size >= items.length ? items : items.slice(k, k + size) };
        }
        first += items.length;
      }
    },
  };
  fromText.set(record, lists);
  return record;
}

/** Where a top-level list is: its brackets, and the start and end of each item. */
interface ListSpan {
  open: number;
  close: number;
  bounds: number[];
}

/**
 * One pass over a JSON object written without white space (as JSON.stringify writes it), as
 * text or as UTF-8 bytes (every character the pass looks for is one byte in UTF-8, and no
 * byte of a longer character looks like one): the span of each wanted top-level list and of
 * its items, in characters of the text or bytes of the bytes. Null when the JSON is not such
 * an object. Strings are skipped whole, so brackets and commas inside them never count.
 */
export function indexLists(json: string | Uint8Array, wanted: ReadonlySet<string>): Map<string, ListSpan> | null {
  return typeof json === 'string'
    ? indexUnits(json.length, (i) => json.charCodeAt(i), (a, b) => json.slice(a, b), wanted)
    : indexUnits(json.byteLength, (i) => json[i]!, (a, b) => Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8', a, b), wanted);
}

function indexUnits(n: number, code: (i: number) => number, slice: (a: number, b: number) => string, wanted: ReadonlySet<string>): Map<string, ListSpan> | null {
  if (code(0) !== 123) return null;
  const out = new Map<string, ListSpan>();
  let depth = 0;
  let key: string | null = null;
  let list: ListSpan | null = null;
  for (let i = 0; i < n; i++) {
    const c = code(i);
    if (c === 34) {
      const start = i;
      for (i++; i < n; i++) {
        const d = code(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      if (depth === 1 && code(i + 1) === 58) key = JSON.parse(slice(start, i + 1)) as string;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth === 2 && c === 91 && key !== null && wanted.has(key)) {
        list = { open: i, close: -1, bounds: [] };
        out.set(key, list);
        if (code(i + 1) !== 93) list.bounds.push(i + 1);
      }
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 1 && list) {
        if (list.bounds.length % 2 === 1) list.bounds.push(i);
        list.close = i;
        list = null;
      }
    } else if (c === 44 && depth === 2 && list) {
      list.bounds.push(i, i + 1);
    }
  }
  return depth === 0 ? out : null;
}

/** Where the record's own id ends: it is the first key, `{"id":"..."`. Null when the text does not start so. */
function idEnd(json: string): number | null {
  if (!json.startsWith('{"id":"')) return null;
  for (let i = 7; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 92) i++; // a backslash escapes the next character
    else if (c === 34) return i + 1;
  }
  return null;
}

/** The JSON with the record's id replaced (the document it is stored under may have another). */
export function withRecordId(json: string, id: string): string | null {
  const end = idEnd(json);
  return end === null ? null : `{"id":${JSON.stringify(id)}${json.slice(end)}`;
}

/** The JSON with the record's date set, where the record has none (`"date":null` right after the id). */
export function withRecordDate(json: string, id: string, date: string): string | null {
  const end = idEnd(json);
  const empty = ',"date":null';
  if (end === null || json.slice(0, end) !== `{"id":${JSON.stringify(id)}` || !json.startsWith(empty, end)) return null;
  return `${json.slice(0, end)},"date":${JSON.stringify(date)}${json.slice(end + empty.length)}`;
}

/** Bytes at the start of a record's JSON that hold its id and date (an id longer than that is not edited in place). */
const HEAD_BYTES = 8192;

/**
 * Applies an edit of the start of the JSON (`withRecordId`, `withRecordDate`) to a record
 * in bytes without decoding the rest: only the first few kilobytes become text. Null when
 * the edit does not apply.
 */
function editHead(json: RecordJson, edit: (head: string) => string | null): RecordJson | null {
  if (typeof json === 'string') return edit(json);
  if (json.pieces.length === 0) return null;
  if (json.deflated) {
    // The first piece is the start of the record up to its first list: small, and made text whole.
    const edited = edit(pieceBytes(json, 0).toString('utf8'));
    if (edited === null) return null;
    const head = Buffer.from(edited, 'utf8');
    const bytes = recordByteLength(json) - pieceBytes(json, 0).byteLength + head.byteLength;
    return { ...json, pieces: [new Uint8Array(deflateRawSync(head)), ...json.pieces.slice(1)], bytes };
  }
  const [first, ...rest] = json.pieces as [Uint8Array, ...Uint8Array[]];
  let cut = Math.min(first.byteLength, HEAD_BYTES);
  // Never inside a character: a UTF-8 continuation byte is 10xxxxxx.
  while (cut < first.byteLength && cut > 0 && (first[cut]! & 0xc0) === 0x80) cut--;
  const edited = edit(Buffer.from(first.buffer, first.byteOffset, cut).toString('utf8'));
  if (edited === null) return null;
  return { pieces: [Buffer.from(edited, 'utf8'), first.subarray(cut), ...rest] };
}

/** `withRecordId` for JSON as text or bytes. */
export function recordJsonWithId(json: RecordJson, id: string): RecordJson | null {
  return editHead(json, (head) => withRecordId(head, id));
}

/** `withRecordDate` for JSON as text or bytes. */
export function recordJsonWithDate(json: RecordJson, id: string, date: string): RecordJson | null {
  return editHead(json, (head) => withRecordDate(head, id, date));
}
