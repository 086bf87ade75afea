/**
 * A large record is stored from its JSON text, its lists read a chunk at a time
 * (record/record-json.ts). The rows it leaves must be those of the same record stored
 * from its objects: every event with its parties, quote, figure and meeting, in order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { parseForStore, SLIM_PARSE_CHARS } from '../../src/record/record-json.js';
import { openStore } from '../../src/store/open.js';
import type { SqlStore } from '../../src/store/sql-store.js';

const RELEASE = [
  'President of Belarus Alexander Lukashenko met with Governor of Irkutsk Oblast Igor Kobzev in Minsk on 12 March 2020.',
  '"We are open to your enterprises," Lukashenko said. Trade grew 2.6 times in 2019 to over $284 million.',
  'Foreign Minister Vladimir Makei held talks with his Kazakh counterpart Mukhtar Tileuberdi, and the sides signed a roadmap.',
  '"The road map sets out our plans for the next two years," Tileuberdi told reporters. Exports rose by 12% to $60 million.',
].join('\n\n');

const dir = mkdtempSync(join(tmpdir(), 'readout-large-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(store: SqlStore) {
  const all = async <T>(it: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  };
  const strip = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => !/^(id|versionId|eventId|meetingId)$/.test(k)));
  return {
    events: (await all(store.iterateEvents())).map(strip),
    quotes: (await all(store.iterateQuotes())).map(strip),
    figures: (await all(store.iterateFigures())).map(strip),
    meetings: (await store.listMeetings({})).items.map(strip),
    relations: await store.relations(),
  };
}

describe('a large record stored from its JSON text', () => {
  it('leaves the same rows as the record stored from its objects', async () => {
    const text = Array.from({ length: 12 }, (_, i) => RELEASE.replace('2020', String(2008 + i))).join('\n\n');
    const record = extract({ text, id: 'large' });
    expect(record.events.length).toBeGreaterThan(12);
    // Padded past the threshold with a message the store does not read.
    const json = JSON.stringify({ ...record, messages: [{ severity: 'info', stage: 'test', rule: 'pad', text: 'x'.repeat(SLIM_PARSE_CHARS), span: null }] });
    const put = (store: SqlStore, r: typeof record, recordJson: string | null) =>
      store.putDocuments([{ text, record: r, id: 'large', key: null, url: null, title: null, date: null, source: 'test', origin: 'file', pipelineVersion: 'p', recordJson }]);
    const fromObjects = await openStore(join(dir, 'objects.sqlite'));
    const fromText = await openStore(join(dir, 'text.sqlite'));
    try {
      await put(fromObjects, record, null);
      await put(fromText, parseForStore(json), json);
      const a = await rows(fromObjects);
      const b = await rows(fromText);
      expect(b.events.length).toBe(record.events.length);
      expect(b.quotes.length).toBe(record.quotes.length);
      expect(b.figures.length).toBe(record.quantities.length);
      expect(b).toEqual(a);
      // The stored record is the text as sent, lists and all.
      const stored = await fromText.getDocument('large');
      expect(stored?.record.events).toEqual(record.events);
      expect(stored?.record.messages[0]?.rule).toBe('pad');
    } finally {
      await fromObjects.close();
      await fromText.close();
    }
  });
});
