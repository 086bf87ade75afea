/**
 * A record that arrives as JSON text (from an extraction thread, or from a text read in
 * parts) is stored as that text; the objects are only needed for the store's derived rows.
 * The JSON of a 50 MB text is tens of megabytes and its objects several times more, so a
 * large record is never made objects whole: its lists of events, quotes, figures and
 * meetings are read a few hundred items at a time, straight from the text (recordLists),
 * and the lists the store does not read are left out.
 */
import type { EventRecord, ExtractRecord, MeetingRecord, QuantityRecord, QuoteRecord } from './types.js';

/** Records longer than this (characters of JSON) are read list by list. */
export const SLIM_PARSE_CHARS = 4_000_000;

/** The lists the store's derived rows read, item by item. */
export interface ListItems {
  events: EventRecord;
  quotes: QuoteRecord;
  quantities: QuantityRecord;
  meetings: MeetingRecord;
}
export type ListName = keyof ListItems;
const STREAMED: readonly ListName[] = ['events', 'quotes', 'quantities', 'meetings'];
/** Top-level lists the store does not read (they stay in the stored JSON). */
const UNREAD = ['dates', 'measures', 'messages'];

/** The items of a record's lists, a chunk at a time; `first` is the index of the chunk's first item. */
export interface RecordLists {
  length(list: ListName): number;
  chunks<L extends ListName>(list: L, size: number): Iterable<{ first: number; items: ListItems[L][] }>;
}

/** Lists read from the JSON text, for records parsed without them. */
const fromText = new WeakMap<ExtractRecord, RecordLists>();

/** The lists of a record: from its JSON text where it was parsed without them, else its own arrays. */
export function recordLists(record: ExtractRecord): RecordLists {
  return (
    fromText.get(record) ?? {
      length: (list) => (record[list] ?? []).length,
      *chunks<L extends ListName>(list: L, size: number) {
        const all = (record[list] ?? []) as ListItems[L][];
        if (all.length <= size) {
          if (all.length > 0) yield { first: 0, items: all };
          return;
        }
        for (let first = 0; first < all.length; first += size) yield { first, items: all.slice(first, first + size) };
      },
    }
  );
}

export function parseForStore(json: string): ExtractRecord {
  if (json.length <= SLIM_PARSE_CHARS) return JSON.parse(json) as ExtractRecord;
  const index = indexLists(json, new Set([...STREAMED, ...UNREAD]));
  if (!index) return JSON.parse(json) as ExtractRecord;
  // The record without its lists: the text between them, each list written empty.
  const cuts = [...index.values()].sort((a, b) => a.open - b.open);
  let head = '';
  let at = 0;
  for (const c of cuts) {
    head += `${json.slice(at, c.open + 1)}]`;
    at = c.close + 1;
  }
  head += json.slice(at);
  const record = JSON.parse(head) as ExtractRecord;
  const lists: RecordLists = {
    length: (list) => (index.get(list)?.bounds.length ?? 0) / 2,
    *chunks<L extends ListName>(list: L, size: number) {
      const b = index.get(list)?.bounds ?? [];
      const n = b.length / 2;
      for (let first = 0; first < n; first += size) {
        const last = Math.min(n, first + size) - 1;
        yield { first, items: JSON.parse(`[${json.slice(b[2 * first]!, b[2 * last + 1]!)}]`) as ListItems[L][] };
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
 * One pass over a JSON object written without white space (as JSON.stringify writes it):
 * the span of each wanted top-level list and of its items. Null when the text is not such
 * an object. Strings are skipped whole, so brackets and commas inside them never count.
 */
export function indexLists(json: string, wanted: ReadonlySet<string>): Map<string, ListSpan> | null {
  if (json.charCodeAt(0) !== 123) return null;
  const out = new Map<string, ListSpan>();
  const n = json.length;
  let depth = 0;
  let key: string | null = null;
  let list: ListSpan | null = null;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; i < n; i++) {
        const d = json.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      if (depth === 1 && json.charCodeAt(i + 1) === 58) key = JSON.parse(json.slice(start, i + 1)) as string;
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth === 2 && c === 91 && key !== null && wanted.has(key)) {
        list = { open: i, close: -1, bounds: [] };
        out.set(key, list);
        if (json.charCodeAt(i + 1) !== 93) list.bounds.push(i + 1);
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
