/**
 * A very large text is read in parts cut at paragraph ends, so memory follows the size of a
 * part. The joined record must read as one: every offset points into the whole text, every
 * actor id a quote, event or meeting names is listed, and a message says it was read in parts.
 */
import { describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { extract, extractForStore, extractInParts, extractJsonBytes } from '../../src/extract.js';
import {
  actorMentionCount, indexLists, parseDeflatedRecord, parseForStore, recordLists, SLIM_PARSE_CHARS, withRecordDate, withRecordId,
} from '../../src/record/record-json.js';
import { RecordJoiner, segmentBounds } from '../../src/record/segments.js';
import type { ExtractRecord } from '../../src/record/types.js';

const RELEASE = [
  'Foreign Minister of Belarus Sergei Aleinik held talks with Russian Foreign Minister Sergey Lavrov in Grodno on 3 May 2023.',
  '"We are ready to expand our cooperation," Aleinik said. Trade grew by 12% to $60 million last year.',
  'The ministers agreed to hold the next meeting of the commission in Brest in July 2023.',
].join('\n\n');

describe('reading a text in parts', () => {
  it('cuts at paragraph ends and covers the text without gaps', () => {
    const text = Array.from({ length: 8 }, () => RELEASE).join('\n\n');
    const bounds = segmentBounds(text, 0, 600);
    expect(bounds.length).toBeGreaterThan(1);
    expect(bounds[0]![0]).toBe(0);
    expect(bounds.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < bounds.length; i++) {
      expect(bounds[i]![0]).toBe(bounds[i - 1]![1]);
      expect(text.slice(bounds[i]![0] - 2, bounds[i]![0])).toBe('\n\n');
    }
  });

  it('cuts a text without line breaks at a space, and one without spaces at the limit', () => {
    const words = 'word '.repeat(400);
    for (const [, to] of segmentBounds(words, 0, 300)) if (to < words.length) expect(words[to - 1]).toBe(' ');
    const blob = 'x'.repeat(1000);
    expect(segmentBounds(blob, 0, 300).map(([s, e]) => e - s)).toEqual([300, 300, 300, 100]);
  });

  it('joins the records of the parts into one record of the whole text', () => {
    const text = `date 2023-05-04 Source: Ministry of Foreign Affairs\n\n${Array.from({ length: 6 }, () => RELEASE).join('\n\n')}`;
    const whole = extract(text);
    const parts = extractInParts({ text }, 700);
    expect(parts.id).toBe(whole.id);
    expect(parts.date).toBe('2023-05-04');
    expect(parts.source).toBe(whole.source);
    expect(parts.stats.chars).toBe(text.length);
    expect(parts.messages.some((m) => m.rule === 'read-in-parts')).toBe(true);
    // The same things are found as when the text is read whole (each release stands alone).
    expect(parts.quotes.length).toBe(whole.quotes.length);
    expect(parts.quantities.length).toBe(whole.quantities.length);
    expect(parts.dates.length).toBe(whole.dates.length);
    for (const q of parts.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const q of parts.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const d of parts.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    const ids = new Set([...parts.people, ...parts.organizations, ...parts.places, ...(parts.groups ?? [])].map((a) => a.id));
    expect(ids.size).toBe(parts.people.length + parts.organizations.length + parts.places.length + (parts.groups?.length ?? 0));
    // A person named the same way in every part is one actor, with the mentions of every part.
    const lavrov = parts.people.find((p) => p.name.includes('Lavrov'));
    expect(lavrov?.mentions.length).toBe(whole.people.find((p) => p.name.includes('Lavrov'))?.mentions.length);
    for (const [s, e] of lavrov!.mentions) expect(text.slice(s, e)).toContain('Lavrov');
    for (const q of parts.quotes) if (q.speakerId) expect(ids.has(q.speakerId)).toBe(true);
    for (const ev of parts.events) for (const a of [...ev.source, ...ev.target]) if (a.id.startsWith('a')) expect(ids.has(a.id)).toBe(true);
    for (const m of parts.meetings ?? []) for (const a of m.parties) expect(ids.has(a.id)).toBe(true);
    for (const m of parts.measures ?? []) if (m.quantity !== null) expect(parts.quantities[m.quantity]).toBeDefined();
    expect(new Set((parts.meetings ?? []).map((m) => m.id)).size).toBe(parts.meetings?.length ?? 0);
  });

  it('gives the same JSON when each part is turned into JSON as soon as it is read', () => {
    const text = `${Array.from({ length: 6 }, () => RELEASE).join('\n\n')}\n\nThe "quoted \u00e9l\u00e8ve" said \u201cyes\u201d to the \u0411\u0435\u043b\u0430\u0440\u0443\u0441\u044c delegation.`;
    const objects = JSON.stringify(extractInParts({ text }, 700));
    const bytes = extractJsonBytes({ text }, 700);
    expect(new TextDecoder().decode(bytes)).toBe(objects);
    // A text short enough to be read whole gives the record as extract() does.
    expect(new TextDecoder().decode(extractJsonBytes(RELEASE))).toBe(JSON.stringify(extract(RELEASE)));
  });
});

describe('the mentions of an actor named in many parts', () => {
  const inflated = (pieces: readonly Uint8Array[]) => Buffer.concat(pieces.map((p) => inflateRawSync(p))).toString('utf8');

  it('come out as the same JSON, and a reader for the store gets their number without the offsets', () => {
    // Aleinik is named 80 times, in parts of their own; Lavrov and the places 40 times, in the record's own text.
    const text = Array.from({ length: 40 }, () => RELEASE).join('\n\n');
    const objects = extractInParts({ text, id: 'many' }, 700);
    const expected = JSON.stringify(objects);
    expect(new TextDecoder().decode(extractJsonBytes({ text, id: 'many' }, 700))).toBe(expected);
    const stored = extractForStore({ text, id: 'many' }, 700);
    if (stored instanceof Uint8Array) throw new Error('a text read in parts gives compressed pieces');
    expect(inflated(stored.pieces)).toBe(expected);
    expect(stored.mentions?.pieces.length).toBeGreaterThan(0);
    const slim = parseDeflatedRecord(stored);
    const often = objects.people.filter((p) => p.mentions.length >= 64);
    expect(often.length).toBeGreaterThan(0);
    for (const list of ['people', 'organizations', 'places'] as const) {
      expect(slim[list].map((a) => [a.id, actorMentionCount(a)])).toEqual(objects[list].map((a) => [a.id, a.mentions.length]));
    }
    // Near miss: an actor named a few times keeps its offsets in the record itself.
    const rare = slim.places.find((p) => p.mentions.length > 0 && p.mentions.length < 64);
    expect(rare?.mentions).toEqual(objects.places.find((p) => p.id === rare?.id)?.mentions);
  });

  it('of one actor named tens of thousands of times are cut into several pieces, and still read as one list', () => {
    const base = extract({ text: RELEASE, id: 'one' });
    const person = base.people[0]!;
    const part = (from: number): ExtractRecord => ({
      ...base, people: [{ ...person, mentions: Array.from({ length: 40_000 }, (_, i): [number, number] => [from + 3 * i, from + 3 * i + 2]) }],
      organizations: [], places: [], groups: [], quotes: [], quantities: [], dates: [], events: [], meetings: [], measures: [], messages: [],
    });
    const joined = (deflate: boolean) => {
      const joiner = new RecordJoiner(base, 300_000, 1_000_000, deflate);
      joiner.add(part(0), 0);
      joiner.spill();
      joiner.add(part(0), 150_000);
      return joiner;
    };
    const stored = joined(true).finishDeflated();
    const json = inflated(stored.pieces);
    const record = JSON.parse(json) as ExtractRecord;
    expect(record.people[0]!.mentions.length).toBe(80_000);
    expect(record.people[0]!.mentions[40_000]).toEqual([150_000, 150_002]);
    expect(stored.mentions?.pieces.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(joined(false).finishJson())).toBe(json);
    const slim = parseDeflatedRecord(stored);
    expect(slim.people[0]!.mentions).toEqual([]);
    expect(actorMentionCount(slim.people[0]!)).toBe(80_000);
  });
});

describe('a record stored from its JSON text', () => {
  const record = extract({ text: RELEASE, id: 'release "one"' });
  const json = JSON.stringify(record);

  it('sets the date and the id in the text without parsing it', () => {
    const undated = JSON.stringify({ ...record, date: null });
    expect(JSON.parse(withRecordDate(undated, 'release "one"', '2023-05-04')!)).toEqual({ ...record, date: '2023-05-04' });
    // Near misses: a record that has a date, or whose id is another, is left alone.
    expect(withRecordDate(json.replace('"date":null', '"date":"2020-01-01"'), 'release "one"', '2023-05-04')).toBeNull();
    expect(withRecordDate(undated, 'another', '2023-05-04')).toBeNull();
    expect(JSON.parse(withRecordId(json, 'doc-7')!)).toEqual({ ...record, id: 'doc-7' });
    expect(withRecordId('[1,2]', 'doc-7')).toBeNull();
  });

  it('reads a large record list by list, a chunk at a time, straight from its text', () => {
    // A small record is read whole, but for the lists at its end the store never reads.
    expect(parseForStore(json)).toEqual(record.measures === undefined ? record : { ...record, measures: [], messages: [] });
    const padded = { ...record, messages: [{ severity: 'info', stage: 'x', rule: 'pad', text: 'x'.repeat(SLIM_PARSE_CHARS), span: null }] };
    const slim = parseForStore(JSON.stringify(padded));
    // The record itself has its lists empty, and the unread lists stay that way.
    expect(slim.messages).toEqual([]);
    expect(slim.dates).toEqual([]);
    expect(slim.events).toEqual([]);
    expect(slim.people).toEqual(record.people);
    const lists = recordLists(slim);
    for (const list of ['events', 'quotes', 'quantities', 'meetings'] as const) {
      expect(lists.length(list)).toBe((record[list] ?? []).length);
      for (const size of [1, 2, 500]) {
        const seen: unknown[] = [];
        for (const { first, items } of lists.chunks(list, size)) {
          expect(first).toBe(seen.length);
          seen.push(...items);
        }
        expect(seen).toEqual(record[list]);
      }
    }
  });

  it('finds the items of a list whatever brackets, commas and escapes their strings hold', () => {
    const tricky = { id: 'x', quotes: [{ text: '[a, {b}]", \\', n: [1, [2, 3]] }, { text: ']' }, {}], dates: [], events: [{ t: '},{' }] };
    const text = JSON.stringify(tricky);
    const index = indexLists(text, new Set(['quotes', 'dates', 'events']))!;
    const items = (list: string) => {
      const b = index.get(list)!.bounds;
      return Array.from({ length: b.length / 2 }, (_, i) => JSON.parse(text.slice(b[2 * i]!, b[2 * i + 1]!)));
    };
    expect(items('quotes')).toEqual(tricky.quotes);
    expect(items('dates')).toEqual([]);
    expect(items('events')).toEqual(tricky.events);
    // Near misses: not an object, or cut short.
    expect(indexLists('[1,2]', new Set(['quotes']))).toBeNull();
    expect(indexLists(text.slice(0, -1), new Set(['quotes']))).toBeNull();
  });
});
