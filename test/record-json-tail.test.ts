/**
 * A record is parsed for the store without the lists at its end that the store never reads
 * (measures, messages): what it does read must come out exactly as from a whole parse, and a
 * record laid out otherwise is parsed whole.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { isSlimRecord, parseForStore, recordLists } from '../src/record/record-json.js';
import type { ExtractRecord } from '../src/record/types.js';

const text =
  'Berlin, 4 March 2024 - Exports rose 12% to $4 billion in 2023, Economy Minister Robert Habeck said on Monday. ' +
  '"We expect growth of 2% this year," Habeck told reporters after meeting French Finance Minister Bruno Le Maire in Paris.';

const withoutTail = (r: ExtractRecord) => ({ ...r, measures: [], messages: [] });

describe('a record parsed for the store', () => {
  const record = extract({ text, id: 'tail-1', title: 'Title with ,"measures":[ and ,"stats":{ in it' });
  const json = JSON.stringify(record);

  it('leaves out the measures and messages, and keeps everything the store reads', () => {
    expect(record.measures?.length ?? 0).toBeGreaterThan(0);
    for (const given of [json, new TextEncoder().encode(json)]) {
      const parsed = parseForStore(given);
      expect(parsed).toEqual(withoutTail(record));
      expect(parsed.title).toBe(record.title);
      expect(parsed.stats).toEqual(record.stats);
      // Never written out in place of its JSON.
      expect(isSlimRecord(parsed)).toBe(true);
      expect(recordLists(parsed).length('events')).toBe(record.events.length);
      expect(recordLists(parsed).length('quantities')).toBe(record.quantities.length);
    }
  });

  it('parses a record whole where a list it reads comes between the measures and the end', () => {
    const { measures, messages, stats, events, ...rest } = record;
    const reordered = JSON.stringify({ ...rest, measures, events, messages, stats });
    const parsed = parseForStore(reordered);
    expect(parsed).toEqual(JSON.parse(reordered));
    expect(isSlimRecord(parsed)).toBe(false);
  });

  it('parses a record whole where it has no measures', () => {
    const { measures: _, ...rest } = record;
    const parsed = parseForStore(JSON.stringify(rest));
    expect(parsed).toEqual(rest);
    expect(isSlimRecord(parsed)).toBe(false);
  });
});
