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
  EventActorRecord, ExtractRecord, GroupRecord, MeasureRecord, MessageRecord, Offsets, OrganizationRecord, PeriodRecord, PersonRecord, PlaceRecord, QuoteRecord,
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
  /**
   * The mentions of each joined actor, as offsets in a typed array: a 50 MB text names its few
   * hundred actors over a million times, and as arrays of [start, end] pairs those took 80 MB.
   */
  private readonly mentionsOf = new Map<object, OffsetList>();
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
      people: [], organizations: [], places: [], groups: [], quotes: [], unattributedQuotes: [], quantities: [], dates: [], events: [], meetings: [], measures: [], messages: [],
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
        const key = `${list}\u0000${kind}\u0000${a.name}\u0000${a.country ?? ''}`;
        let joined = this.actorByKey.get(key);
        if (!joined) {
          // The mentions go to the actor's offset list; the record's own array stays empty until the end.
          joined = { ...a, mentions: [], id: `a${++this.actors}` };
          this.actorByKey.set(key, joined);
          this.mentionsOf.set(joined, new OffsetList());
          (r[list] as T[]).push(joined as T);
        }
        ids.set(a.id, joined.id);
        const offsets = this.mentionsOf.get(joined)!;
        for (const m of a.mentions) offsets.push(m[0] + offset, m[1] + offset);
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

    const quote = (q: QuoteRecord): QuoteRecord =>
      ({ ...q, start: q.start + offset, end: q.end + offset, speakerId: q.speakerId === null ? null : (ids.get(q.speakerId) ?? q.speakerId), cue: q.cue ? shift(q.cue, offset) : null });
    for (const q of part.quotes) r.quotes.push(quote(q));
    for (const q of part.unattributedQuotes ?? []) r.unattributedQuotes!.push(quote(q));
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
    for (const list of ACTOR_LISTS) for (const a of r[list] ?? []) a.mentions = this.mentionsOf.get(a)?.pairs() ?? a.mentions;
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
    const { pieces, bytes, mentionCounts } = this.layout();
    const items = Object.fromEntries(this.spilledItems);
    const lists: Record<string, [number, number]> = {};
    const mentionPieces: number[] = [];
    const out: Uint8Array[] = [];
    for (const p of pieces) {
      const data = p.deflated ? p.bytes : deflateRawSync(p.bytes, { level: DEFLATE_LEVEL });
      if (p.list) {
        const run = lists[p.list];
        if (run) run[1] = out.length;
        else lists[p.list] = [out.length, out.length];
      }
      if (p.mentions) mentionPieces.push(out.length);
      out.push(data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data));
    }
    return { pieces: out, deflated: true, bytes, lists, items, mentions: { pieces: mentionPieces, counts: mentionCounts } };
  }

  /**
   * The record's JSON in order: the text around the lists (from the record without them), each
   * list's spilled chunks with commas between, which keep `list` set (so a reader can skip
   * them, or read a list's items alone), and the mentions of each actor written from its
   * offsets, those of an actor named often in pieces of their own (`mentions` set, so a
   * reader that needs only their number can skip them). Lets go of the spilled chunks.
   */
  private layout(): { pieces: LaidPiece[]; bytes: number; mentionCounts: Record<string, number> } {
    const r = this.record;
    const first = Buffer.from(JSON.stringify(this.readInParts()));
    this.spill();
    const messages = this.spilled.get('messages') ?? [];
    messages.unshift(this.deflate ? this.deflated(first) : first);
    this.spilled.set('messages', messages);
    // The skeleton is the record with each spilled list, and each actor's mentions, replaced by
    // a marker string, so the keys keep their order; the markers are then replaced by the JSON
    // they stand for, in one pass.
    const marker = (name: string) => `${MARK}${name}${MARK}`;
    const skeleton: Record<string, unknown> = { ...r };
    for (const list of SPILLED) if (r[list] !== undefined || this.spilled.has(list)) skeleton[list] = marker(list);
    const actors: Array<{ id: string; offsets: OffsetList }> = [];
    for (const list of ACTOR_LISTS) {
      const items = r[list];
      if (!items) continue;
      skeleton[list] = items.map((a) => {
        const offsets = this.mentionsOf.get(a);
        if (!offsets) return a;
        actors.push({ id: a.id, offsets });
        return { ...a, mentions: marker(`m${actors.length - 1}`) };
      });
    }
    const text = JSON.stringify(skeleton);
    const pieces: LaidPiece[] = [];
    const mentionCounts: Record<string, number> = {};
    let bytes = 0;
    /** Text between the pieces that must stay apart, gathered into pieces of about PLAIN_PIECE_CHARS. */
    let pending = '';
    const flush = () => {
      if (pending === '') return;
      const b = Buffer.from(pending);
      pending = '';
      bytes += b.byteLength;
      pieces.push({ bytes: b, deflated: false, list: null, mentions: false });
    };
    /** A piece of its own; `raw` is its bytes of JSON (before compression). */
    const push = (b: Buffer, deflated: boolean, list: SpilledList | null, mentions: boolean, raw: number) => {
      flush();
      bytes += raw;
      pieces.push({ bytes: b, deflated, list, mentions });
    };
    const plain = (s: string) => {
      pending += s;
      if (pending.length >= PLAIN_PIECE_CHARS) flush();
    };
    const found = new RegExp(`"${MARK}([A-Za-z]+|m[0-9]+)${MARK}"`, 'g');
    let at = 0;
    for (let m = found.exec(text); m; m = found.exec(text)) {
      plain(text.slice(at, m.index));
      at = m.index + m[0].length;
      const name = m[1]!;
      plain('[');
      if (/^m[0-9]+$/.test(name)) {
        const { id, offsets } = actors[Number(name.slice(1))]!;
        if (offsets.length < MENTION_PIECE_MIN) plain(offsets.json(0, offsets.length));
        else {
          mentionCounts[id] = offsets.length;
          for (let k = 0; k < offsets.length; k += MENTIONS_PER_PIECE) {
            const json = Buffer.from(`${k > 0 ? ',' : ''}${offsets.json(k, Math.min(offsets.length, k + MENTIONS_PER_PIECE))}`);
            push(this.deflate ? this.deflated(json) : json, this.deflate, null, true, json.byteLength);
          }
        }
      } else {
        const list = name as SpilledList;
        (this.spilled.get(list) ?? []).forEach((c, i) => {
          if (i > 0) push(COMMA, false, list, false, 1);
          push(c, this.deflate, list, false, this.deflate ? (this.rawBytes.get(c) ?? 0) : c.byteLength);
        });
      }
      plain(']');
    }
    plain(text.slice(at));
    flush();
    this.spilled.clear();
    return { pieces, bytes, mentionCounts };
  }
}

/** Quick compression: a record's JSON repeats itself so much that the fastest level keeps most of the gain. */
const DEFLATE_LEVEL = 1;

/** The lists of actors, whose mentions the joiner keeps as offsets. */
const ACTOR_LISTS = ['people', 'organizations', 'places', 'groups'] as const;
/** An actor with at least this many mentions has them in pieces of their own, of this many each. */
const MENTION_PIECE_MIN = 64;
const MENTIONS_PER_PIECE = 65_536;
/** Characters of the record's other text gathered into one piece. */
const PLAIN_PIECE_CHARS = 1 << 20;

interface LaidPiece {
  bytes: Buffer;
  deflated: boolean;
  /** The list whose items (or the comma between two chunks of them) the piece holds. */
  list: SpilledList | null;
  /** The piece holds only mentions of one actor (array content). */
  mentions: boolean;
}

/** The [start, end) offsets of an actor's mentions, two numbers each, in a typed array that doubles as it fills. */
class OffsetList {
  private data = new Int32Array(8);
  /** Mentions held. */
  length = 0;

  push(start: number, end: number): void {
    if (2 * this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[2 * this.length] = start;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }

  pairs(): Offsets[] {
    const out: Offsets[] = [];
    for (let i = 0; i < this.length; i++) out.push([this.data[2 * i]!, this.data[2 * i + 1]!]);
    return out;
  }

  /** Mentions `from` to `to` (exclusive) as JSON.stringify writes the items of an array of pairs: `[1,5],[9,14]`. */
  json(from: number, to: number): string {
    const d = this.data;
    let out = '';
    for (let i = from; i < to; i++) out += `${i > from ? ',' : ''}[${d[2 * i]},${d[2 * i + 1]}]`;
    return out;
  }
}

/** The lists spilled as JSON, in the record's key order. */
const SPILLED = ['quotes', 'unattributedQuotes', 'quantities', 'dates', 'events', 'meetings', 'measures', 'messages'] as const;
type SpilledList = (typeof SPILLED)[number];
/** Marks a spilled list's place in the skeleton; the private-use characters keep it apart from any text. */
const MARK = `\uE000readout-spilled-${process.pid}-`;
const COMMA = Buffer.from(',');
