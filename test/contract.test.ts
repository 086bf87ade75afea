import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument, mulberry32 } from '../bench/corpus.js';
import { validateRecord } from '../eval/contract.js';
import { extract } from '../src/extract.js';
import type { ExtractRecord } from '../src/record/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = path.resolve(repoRoot, '../shared/data/seed/000_f7baa8aa760783ad.txt');

function texts(dir: string): Array<[string, string]> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
}

const ownTexts = [
  ...texts(path.join(repoRoot, 'demo/corpus')),
  ...texts(path.join(repoRoot, 'test/fixtures/texts')),
];

describe('the validator itself', () => {
  const text = 'President Xi met Lula in Beijing on Friday.';
  const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  const good = (): ExtractRecord => ({
    id: 'x', date: '2023-04-14', source: null, title: null, url: null,
    people: [{ name: 'Xi', title: 'President', country: 'CHN', sector: 'GOV', mentions: [at('Xi')], id: 'p1' }],
    organizations: [],
    places: [{ name: 'Beijing', kind: 'city', country: 'CHN', mentions: [at('Beijing')], id: 'l1' }],
    quotes: [],
    quantities: [],
    dates: [{ text: 'Friday', value: '2023-04-14', grain: 'day', start: at('Friday')[0], end: at('Friday')[1], rule: 'weekday' }],
    events: [],
    messages: [],
    stats: { chars: text.length, sentences: 1, tokens: 9 },
  });

  it('accepts a valid record', () => {
    expect(validateRecord(good(), text)).toEqual([]);
  });

  it('checks meetings: kind, status, a trigger that is the text, participants among the parties', () => {
    const r = good();
    r.meetings = [{
      participants: [{ name: 'Xi', country: 'CHN', sector: 'GOV', id: 'p1' }, { name: 'Lula', country: 'BRA', sector: 'GOV', id: 'p2' }],
      parties: [{ name: 'Xi', country: 'CHN', sector: 'GOV', id: 'p1' }], date: '2023-04-14', kind: 'summit' as never,
      place: 'Beijing', trigger: 'met', start: 12, end: 15, status: 'done' as never, evidence: [[12, 15], [90, 91]], id: 'mt1', rule: 'x',
    }];
    const problems = validateRecord(r, text).join('\n');
    expect(problems).toMatch(/meetings\[0\]\.kind/);
    expect(problems).toMatch(/meetings\[0\]\.status/);
    expect(problems).toMatch(/meetings\[0\]\.trigger/);
    expect(problems).toMatch(/meetings\[0\]\.participants/);
    expect(problems).toMatch(/meetings\[0\]\.evidence\[1\]/);
    r.meetings[0] = { ...r.meetings[0]!, kind: 'meeting', status: 'held', start: at('met')[0], end: at('met')[1], trigger: 'met', participants: [{ name: 'Xi', country: 'CHN', sector: 'GOV', id: 'p1' }], evidence: [at('met')] };
    expect(validateRecord(r, text)).toEqual([]);
  });

  it('every record carries meetings with the fields the contract names', () => {
    const rec = extract({ text: 'President Pavel Drozdov received Prime Minister Sven Aaltonen of Finland in Astana on 3 May 2024.', date: '2024-05-04' });
    expect(rec.meetings).toHaveLength(1);
    const m = rec.meetings![0]!;
    expect(Object.keys(m).sort()).toEqual(['date', 'end', 'evidence', 'id', 'kind', 'participants', 'parties', 'place', 'rule', 'start', 'status', 'trigger'].sort());
    expect(m.participants.map((p) => p.name)).toEqual(['Pavel Drozdov', 'Sven Aaltonen']);
    expect(m).toMatchObject({ kind: 'meeting', status: 'held', date: '2024-05-03', place: 'Astana', trigger: 'received' });
  });

  it('reports out-of-range mentions, wrong codes and a quote that is not the text', () => {
    const r = good();
    r.people[0]!.mentions = [[40, 60]];
    r.people[0]!.country = 'CN';
    r.places[0]!.kind = 'town' as never;
    r.quotes.push({ speaker: null, text: 'met Lula', start: 0, end: 8, speakerId: null, cue: null, rule: 'x' });
    r.events.push({
      type: 'MEET', mode: null, source: [], target: [], date: '14.04.2023', trigger: 'met', start: 13, end: 16,
      triggerSpan: [13, 16], sentence: [0, 43], evidence: [], cameo: null, rule: 'x',
    });
    const problems = validateRecord(r, text);
    expect(problems.join('\n')).toMatch(/people\[0\]\.mentions\[0\]/);
    expect(problems.join('\n')).toMatch(/people\[0\]\.country/);
    expect(problems.join('\n')).toMatch(/places\[0\]\.kind/);
    expect(problems.join('\n')).toMatch(/quotes\[0\]\.text/);
    expect(problems.join('\n')).toMatch(/events\[0\]\.type/);
    expect(problems.join('\n')).toMatch(/events\[0\]\.date/);
  });

  it('wants a currency on money', () => {
    const r = good();
    r.quantities.push({ kind: 'money', text: 'Lula', value: 1, currency: null, qualifier: null, unit: null, start: at('Lula')[0], end: at('Lula')[1], rule: 'x' });
    expect(validateRecord(r, text).join('\n')).toMatch(/quantities\[0\]\.currency/);
  });
});

describe('records of the project texts follow the output contract', () => {
  it('has texts to check', () => {
    expect(ownTexts.length).toBeGreaterThanOrEqual(44);
  });

  it.each(ownTexts)('%s', (_name, text) => {
    const rec = extract({ text });
    expect(validateRecord(rec, text)).toEqual([]);
    expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
    expect(rec.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  describe.skipIf(!existsSync(seedPath))('seed text', () => {
    it('gives a valid record that survives a JSON round trip', () => {
      const text = readFileSync(seedPath, 'utf8');
      const rec = extract({ text });
      expect(validateRecord(rec, text)).toEqual([]);
      expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
      expect(rec.date).toBe('2020-09-25');
    });
  });
  if (!existsSync(seedPath)) console.warn(`seed text not found at ${seedPath}; seed contract check skipped`);
});

/** Pieces that stress the stages: quote marks, currency, dates, headers, markup, odd whitespace. */
const pieces = fc.constantFrom(
  '“', '”', '"', '«', '»', "'", '‘', '’', '$', '€', '%', ' million', ' billion', ' times', '1.5', '284',
  'President ', 'Aleksandr Lukashenko', ' said', ' met with ', 'Governor of Irkutsk Oblast ', 'Belarus',
  'on 25 September', '2019', ' according to ', '.', ',', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2028',
  'date 2020-09-25 Source: X\n\n', 'date 2020-13-45 Source:', '<script>', '&amp;', '\u0000', '\u001e',
  '\ud83d\ude00', '\u0301', 'Вучич', '习近平', 'ОАО «Беларуськалий»', '...', '—', '(', ')',
);
const weird = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join('')),
  fc.nat({ max: 20000 }).map((n) => ' '.repeat(n)),
  fc.nat({ max: 3000 }).map((n) => '\n'.repeat(n) + 'Belarus'),
  fc.array(fc.constantFrom('\u0000', '\u0007', '\u001b', '\u200b', '\ufeff', '\ud800', '\udfff'), { maxLength: 50 }).map((xs) => xs.join('')),
);

/** A realistic press release with odd pieces spliced in at random places. */
const damagedRelease = fc
  .tuple(fc.nat(), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), pieces), { maxLength: 12 }))
  .map(([seed, cuts]) => {
    let text = generateDocument(mulberry32(seed));
    for (const [where, piece] of cuts) {
      const at = Math.floor(where * text.length);
      text = text.slice(0, at) + piece + text.slice(at);
    }
    return text;
  });

describe('any string gives a valid record', () => {
  it('holds on press releases with damage spliced in', () => {
    fc.assert(
      fc.property(damagedRelease, (text) => {
        const problems = validateRecord(extract({ text }), text);
        if (problems.length) throw new Error(`${problems.join('\n')}\nfor text ${JSON.stringify(text)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, keeps every offset in range, and round-trips through JSON', () => {
    fc.assert(
      fc.property(weird, (text) => {
        const rec = extract({ text });
        const problems = validateRecord(rec, text);
        if (problems.length) throw new Error(`${problems.join('\n')}\nfor text ${JSON.stringify(text.slice(0, 200))}`);
        expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
      }),
      { numRuns: 300 },
    );
  });

  it('handles the empty string and whitespace-only text', () => {
    for (const text of ['', ' ', '\n\n\n', '\t \r\n']) {
      const rec = extract({ text });
      expect(validateRecord(rec, text)).toEqual([]);
      expect(rec.people).toEqual([]);
      expect(rec.quotes).toEqual([]);
    }
  });
});
