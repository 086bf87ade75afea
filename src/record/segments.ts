/**
 * A very large text is read in parts. The pipeline's annotations take many times the memory
 * of the text (a token, a mention, a candidate date per few characters), so a 50 MB document
 * read whole needed gigabytes. Past SEGMENT_CHARS, the text is cut at paragraph ends into
 * parts of at most that size; each part goes through the pipeline alone, its annotations are
 * dropped once its record is built, and the records are joined with their offsets moved back
 * to the whole text. What a part cannot see: a pronoun or a bare surname at the start of a
 * part has no antecedent in the part before, and a person or organisation named in two parts
 * is one actor only when the name is written the same way.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RecordBytes } from './record-json.js';
import type {
  EventActorRecord, ExtractRecord, GroupRecord, MeasureRecord, MessageRecord, Offsets, OrganizationRecord, PeriodRecord, PersonRecord, PlaceRecord,
} from './types.js';

/** Longest part read at once, in characters. */
export const SEGMENT_CHARS = 1_000_000;

/**
 * [start, end) of each part: cut at the last paragraph break before the limit, else the last
 * line end, sentence end or space, else at the limit itself. Linear: each cut looks back at
 * most one part.
 */
export function segmentBounds(text: string, from: number, max = SEGMENT_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  while (text.length - start > max) {
    const limit = start + max;
    const window = text.slice(start + (max >> 1), limit);
    const base = start + (max >> 1);
    let cut = -1;
    const paragraph = window.lastIndexOf('\n\n');
    if (paragraph >= 0) cut = base + paragraph + 2;
    else {
      const line = window.lastIndexOf('\n');
      const sentence = window.lastIndexOf('. ');
      const space = window.lastIndexOf(' ');
      if (line >= 0) cut = base + line + 1;
      else if (sentence >= 0) cut = base + sentence + 2;
      else if (space >= 0) cut = base + space + 1;
      else cut = limit;
    }
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

const shift = (o: Offsets, by: number): Offsets => [o[0] + by, o[1] + by];
const shiftPeriod = (p: PeriodRecord | null, by: number): PeriodRecord | null => (p ? { ...p, start: p.start + by, end: p.end + by } : null);

type ActorList = 'people' | 'organizations' | 'places' | 'groups';

/** Joins the records of a text's parts into one, in order; each comes with the offset of its part. */
export class RecordJoiner {
  private readonly record: ExtractRecord;
  private readonly eventActors = new Map<string, EventActorRecord>();
  private readonly actorByKey = new Map<string, PersonRecord | OrganizationRecord | PlaceRecord | GroupRecord>();
  private actors = 0;
  private meetings = 0;
  private quantities = 0;
  private parts = 0;
  /** Per list, the JSON of the items already spilled (see spill()), as UTF-8 bytes (raw-deflated when `deflate`). */
  private readonly spilled = new Map<SpilledList, Buffer[]>();
  private readonly maxChars: number;
  /** Spilled JSON is kept compressed: a record's JSON is several times its text, and compresses about sixfold. */
  private readonly deflate: boolean;
  /** Items spilled per list. */
  private readonly spilledItems = new Map<SpilledList, number>();
  /** Bytes of JSON in each deflated chunk. */
  private readonly rawBytes = new WeakMap<Buffer, number>();

  constructor(base: Pick<ExtractRecord, 'id' | 'date' | 'source' | 'title' | 'url'>, chars: number, maxChars = SEGMENT_CHARS, deflate = false) {
    this.maxChars = maxChars;
    this.deflate = deflate;
    this.record = {
      ...base,
      people: [], organizations: [], places: [], groups: [], quotes: [], quantities: [], dates: [], events: [], meetings: [], measures: [], messages: [],
      stats: { chars, sentences: 0, tokens: 0 },
    };
  }

  /** Adds the record of the part starting at `offset`; the part's record is used up (its objects are reused). */
  add(part: ExtractRecord, offset: number): void {
    this.parts++;
    const r = this.record;
    const ids = new Map<string, string>();
    const join = <T extends PersonRecord | OrganizationRecord | PlaceRecord | GroupRecord>(list: ActorList, items: readonly T[] | undefined, kind: string) => {
      for (const a of items ?? []) {
        const mentions = a.mentions.map((m) => shift(m, offset));
        const key = `${list}\u0000${kind}\u0000${a.name}\u0000${a.country ?? ''}`;
        const known = this.actorByKey.get(key);
        if (known) {
          for (const m of mentions) known.mentions.push(m);
          ids.set(a.id, known.id);
          continue;
        }
        const joined = { ...a, mentions, id: `a${++this.actors}` };
        ids.set(a.id, joined.id);
        this.actorByKey.set(key, joined);
        (r[list] as T[]).push(joined);
      }
    };
    join('people', part.people, 'person');
    join('organizations', part.organizations, 'organization');
    join('places', part.places, 'place');
    for (const g of part.groups ?? []) join('groups', [g], g.type);
    // One object per actor, shared by every event, meeting and measure naming it: the JSON is the
    // same, the memory is not (a dense text names the same few actors thousands of times).
    const actor = (a: EventActorRecord): EventActorRecord => {
      const id = ids.get(a.id) ?? a.id;
      const key = `${id}\u0000${a.name}`;
      let shared = this.eventActors.get(key);
      if (!shared) this.eventActors.set(key, (shared = { ...a, id }));
      return shared;
    };

    for (const q of part.quotes) {
      r.quotes.push({ ...q, start: q.start + offset, end: q.end + offset, speakerId: q.speakerId === null ? null : (ids.get(q.speakerId) ?? q.speakerId), cue: q.cue ? shift(q.cue, offset) : null });
    }
    const quantityBase = this.quantities;
    this.quantities += part.quantities.length;
    for (const q of part.quantities) r.quantities.push({ ...q, start: q.start + offset, end: q.end + offset });
    for (const d of part.dates) r.dates.push({ ...d, start: d.start + offset, end: d.end + offset });
    for (const e of part.events) {
      r.events.push({
        ...e, source: e.source.map(actor), target: e.target.map(actor), start: e.start + offset, end: e.end + offset,
        triggerSpan: shift(e.triggerSpan, offset), sentence: shift(e.sentence, offset), evidence: e.evidence.map((x) => shift(x, offset)),
      });
    }
    for (const m of part.meetings ?? []) {
      r.meetings!.push({
        ...m, participants: m.participants.map(actor), parties: m.parties.map(actor), start: m.start + offset, end: m.end + offset,
        evidence: m.evidence.map((x) => shift(x, offset)), id: `mt${++this.meetings}`,
      });
    }
    for (const m of part.measures ?? []) {
      const measure: MeasureRecord = {
        ...m, quantity: m.quantity === null ? null : m.quantity + quantityBase, level: m.level === null ? null : m.level + quantityBase,
        start: m.start + offset, end: m.end + offset, topicSpan: m.topicSpan ? shift(m.topicSpan, offset) : null,
        period: shiftPeriod(m.period, offset), base: shiftPeriod(m.base, offset), deadline: shiftPeriod(m.deadline, offset), subject: m.subject.map(actor),
      };
      r.measures!.push(measure);
    }
    for (const m of part.messages) r.messages.push({ ...m, span: m.span ? shift(m.span, offset) : null });
    r.stats.sentences += part.stats.sentences;
    r.stats.tokens += part.stats.tokens;
  }

  /**
   * Turns the items joined so far (all but the actors, which later parts still add mentions
   * to) into JSON bytes and lets go of the objects. A record takes several times more memory
   * as objects than as JSON; a 50 MB text's record held as objects until the end needed more
   * memory than the text and its reading together.
   */
  spill(): void {
    const r = this.record;
    for (const list of SPILLED) {
      const items = r[list] as unknown[] | undefined;
      if (!items || items.length === 0) continue;
      let chunks = this.spilled.get(list);
      if (!chunks) this.spilled.set(list, (chunks = []));
      this.spilledItems.set(list, (this.spilledItems.get(list) ?? 0) + items.length);
      const bytes = Buffer.from(JSON.stringify(items).slice(1, -1));
      chunks.push(this.deflate ? this.deflated(bytes) : bytes);
      (r[list] as unknown[]) = [];
    }
  }

  private deflated(bytes: Buffer): Buffer {
    const out = deflateRawSync(bytes, { level: DEFLATE_LEVEL });
    this.rawBytes.set(out, bytes.byteLength);
    return out;
  }

  private readInParts(): MessageRecord {
    const r = this.record;
    return {
      severity: 'info', stage: 'extract', rule: 'read-in-parts',
      text:
        `the text is ${r.stats.chars.toLocaleString('en-US')} characters long, so it was read in ${this.parts} parts of at most ` +
        `${this.maxChars.toLocaleString('en-US')} characters cut at paragraph ends; pronouns and quotes are not linked across parts, ` +
        `and a name is one actor across parts only when written the same way`,
      span: null,
    };
  }

  /** The joined record, with a message saying the text was read in parts (only when nothing was spilled). */
  finish(): ExtractRecord {
    if (this.spilled.size > 0) throw new Error('the record was spilled to JSON: use finishJson()');
    const r = this.record;
    r.messages.unshift(this.readInParts());
    return r;
  }

  /**
   * The joined record as UTF-8 JSON, the same text JSON.stringify(finish()) would give, built
   * from the spilled bytes without making the objects again.
   */
  finishJson(): Uint8Array {
    const { pieces } = this.layout();
    const raw = this.deflate ? pieces.map((p) => (p.deflated ? inflateRawSync(p.bytes) : p.bytes)) : pieces.map((p) => p.bytes);
    // A buffer of its own (never a slice of Node's shared pool): the caller may move it to another thread.
    const out = new Uint8Array(raw.reduce((n, p) => n + p.byteLength, 0));
    let pos = 0;
    for (const p of raw) {
      out.set(p, pos);
      pos += p.byteLength;
    }
    return out;
  }

  /**
   * The joined record as raw-deflated pieces of its JSON, never decompressed here: what the
   * store needs (it writes the JSON a part at a time, and reads the lists a chunk at a time),
   * at a tenth of the memory. Each piece has a buffer of its own, so all can be moved to
   * another thread. Needs a joiner made with `deflate`.
   */
  finishDeflated(): RecordBytes {
    if (!this.deflate) throw new Error('the joiner keeps its JSON uncompressed: use finishJson()');
    const { pieces, bytes } = this.layout();
    const items = Object.fromEntries(this.spilledItems);
    const lists: Record<string, [number, number]> = {};
    const out: Uint8Array[] = [];
    for (const p of pieces) {
      const data = p.deflated ? p.bytes : deflateRawSync(p.bytes, { level: DEFLATE_LEVEL });
      if (p.list) {
        const run = lists[p.list];
        if (run) run[1] = out.length;
        else lists[p.list] = [out.length, out.length];
      }
      out.push(data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data));
    }
    return { pieces: out, deflated: true, bytes, lists, items };
  }

  /**
   * The record's JSON in order: the text around the lists (from the record without them) and
   * each list's spilled chunks with commas between, which keep `list` set (so a reader can
   * skip them, or read a list's items alone). Lets go of the spilled chunks.
   */
  private layout(): { pieces: Array<{ bytes: Buffer; deflated: boolean; list: SpilledList | null }>; bytes: number } {
    const r = this.record;
    const first = Buffer.from(JSON.stringify(this.readInParts()));
    this.spill();
    const messages = this.spilled.get('messages') ?? [];
    messages.unshift(this.deflate ? this.deflated(first) : first);
    this.spilled.set('messages', messages);
    // The skeleton is the record with each spilled list replaced by a marker string, so the
    // keys keep their order; the markers are then replaced by the lists' bytes.
    const marker = (list: string) => `${MARK}${list}${MARK}`;
    const skeleton: Record<string, unknown> = { ...r };
    for (const list of SPILLED) if (r[list] !== undefined || this.spilled.has(list)) skeleton[list] = marker(list);
    const text = JSON.stringify(skeleton);
    const pieces: Array<{ bytes: Buffer; deflated: boolean; list: SpilledList | null }> = [];
    let bytes = 0;
    const plain = (s: string, list: SpilledList | null = null) => {
      const b = Buffer.from(s);
      bytes += b.byteLength;
      pieces.push({ bytes: b, deflated: false, list });
    };
    let at = 0;
    // In the order the record has its keys (a record made elsewhere may not have them in SPILLED order).
    const found = new Map(SPILLED.filter((list) => skeleton[list] !== undefined).map((list) => [list, text.indexOf(JSON.stringify(marker(list)))]));
    for (const list of [...found.keys()].sort((a, b) => found.get(a)! - found.get(b)!)) {
      const quoted = JSON.stringify(marker(list));
      plain(`${text.slice(at, found.get(list))}[`);
      const chunks = this.spilled.get(list) ?? [];
      chunks.forEach((c, i) => {
        if (i > 0) plain(',', list);
        pieces.push({ bytes: c, deflated: this.deflate, list });
        bytes += this.deflate ? (this.rawBytes.get(c) ?? 0) : c.byteLength;
      });
      plain(']');
      at = found.get(list)! + quoted.length;
    }
    plain(text.slice(at));
    this.spilled.clear();
    return { pieces, bytes };
  }
}

/** Quick compression: a record's JSON repeats itself so much that the fastest level keeps most of the gain. */
const DEFLATE_LEVEL = 1;

/** The lists spilled as JSON, in the record's key order. */
const SPILLED = ['quotes', 'quantities', 'dates', 'events', 'meetings', 'measures', 'messages'] as const;
type SpilledList = (typeof SPILLED)[number];
/** Marks a spilled list's place in the skeleton; the private-use characters keep it apart from any text. */
const MARK = `\uE000readout-spilled-${process.pid}-`;
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');
