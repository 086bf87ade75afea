import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../src/ingest/decode.js';
import { InputError } from '../src/ingest/errors.js';
import { parseHeader } from '../src/ingest/header.js';
import { parseJsonlLine } from '../src/ingest/jsonl.js';

describe('header', () => {
  it('reads date and source and keeps the offset of the body', () => {
    const text = ' date 2021-03-04 Source: Ministry of Foreign Affairs of Kazakhstan\n\nAstana hosted talks.';
    const h = parseHeader(text);
    expect(h).toMatchObject({ date: '2021-03-04', source: 'Ministry of Foreign Affairs of Kazakhstan' });
    expect(text.slice(h.bodyStart).trim()).toBe('Astana hosted talks.');
  });

  it('ignores text that only looks like a header', () => {
    expect(parseHeader('The date 2021-03-04 was chosen.').date).toBeNull();
    expect(parseHeader('date 2021-02-30 Source: X\nBody').date).toBeNull();
    expect(parseHeader('dated 2021-03-04 Source: X').bodyStart).toBe(0);
  });
});

describe('jsonl line', () => {
  it('accepts a valid line', () => {
    expect(parseJsonlLine('{"id":"a1","text":"Talks.","date":"2020-01-02"}')).toEqual({
      ok: true, item: { id: 'a1', text: 'Talks.', date: '2020-01-02', source: null, title: null, url: null },
    });
  });

  it('reports every problem of a line at once', () => {
    const r = parseJsonlLine('{"id":[],"text":"","date":"yesterday","source":3}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toHaveLength(4);
  });

  it('names broken JSON and non-objects', () => {
    expect(parseJsonlLine('{"id":')).toMatchObject({ ok: false, problems: [expect.stringMatching(/not valid JSON/)] });
    expect(parseJsonlLine('[1]')).toMatchObject({ ok: false, problems: ['expected a JSON object, found an array'] });
  });
});

describe('decode', () => {
  it('refuses empty and binary input, naming it', () => {
    expect(() => decodeBytes(new Uint8Array(), 'a.txt')).toThrow(/a\.txt: empty input/);
    expect(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'b.zip')).toThrow(InputError);
    expect(looksBinary(new TextEncoder().encode('plain text\n'))).toBe(false);
  });

  it('refuses input over the limit', () => {
    expect(() => decodeBytes(new Uint8Array(2000).fill(65), 'big.txt', { maxBytes: 1000 })).toThrow(/over the .* limit/);
  });

  it('decodes windows-1251 that is not UTF-8, with a warning', () => {
    // "Президент Беларуси встретился с губернатором" in windows-1251
    const cp1251 = Buffer.from('cff0e5e7e8e4e5edf220c1e5ebe0f0f3f1e820e2f1f2f0e5f2e8ebf1ff20f120e3f3e1e5f0ede0f2eef0eeec', 'hex');
    const d = decodeBytes(cp1251, 'ru.txt');
    expect(d.warning).toMatch(/not valid UTF-8/);
    expect(d.text).toBe('Президент Беларуси встретился с губернатором');
  });

  it('strips a UTF-8 byte order mark', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'bom.txt');
    expect(d.text).toBe('A');
  });
});
