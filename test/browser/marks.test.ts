import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlighted, queryWords } from '../../ui/src/components/Highlighted.js';
import { MarkedText } from '../../ui/src/components/MarkedText.js';
import { buildMarks, nestMarks, speakerColours, type Mark, type MarkKind } from '../../ui/src/marks.js';
import { fixtures, HOSTILE_IMG, HOSTILE_MARKUP } from './fixtures.js';

const KINDS: MarkKind[] = ['person', 'organization', 'place', 'quote', 'quantity', 'date', 'event'];

function mark(id: string, kind: MarkKind, start: number, end: number): Mark {
  return { id, kind, start, end, title: id, facts: [], rule: 'r', colour: null, actorKey: null };
}

function render(text: string, marks: Mark[], bodyStart = 0): string {
  const { roots } = nestMarks(marks, text.length);
  const noop = () => undefined;
  return renderToStaticMarkup(createElement(MarkedText, { text, bodyStart, roots, activeId: null, onActivate: noop, onDeactivate: noop, onOpen: noop }));
}

const unescape = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

describe('nesting highlights', () => {
  it('puts contained marks inside their container and skips crossing ones', () => {
    const { roots, skipped } = nestMarks([
      mark('q', 'quote', 0, 20), mark('p', 'person', 2, 6), mark('x', 'event', 15, 25), mark('d', 'date', 30, 34),
    ], 40);
    expect(roots.map((r) => r.mark.id)).toEqual(['q', 'd']);
    expect(roots[0]!.children.map((c) => c.mark.id)).toEqual(['p']);
    expect(skipped.map((m) => m.id)).toEqual(['x']);
  });

  it('wraps a quote around a mark with the same span, whatever the input order', () => {
    const { roots } = nestMarks([mark('p', 'person', 5, 9), mark('q', 'quote', 5, 9)], 10);
    expect(roots.map((r) => r.mark.id)).toEqual(['q']);
    expect(roots[0]!.children.map((c) => c.mark.id)).toEqual(['p']);
  });

  it('drops spans outside the text or empty', () => {
    const { roots, skipped } = nestMarks([mark('a', 'date', 8, 12), mark('b', 'date', 3, 3), mark('c', 'date', -1, 2)], 10);
    expect(roots).toEqual([]);
    expect(skipped.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('always yields a proper tree that accounts for every mark (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.array(fc.record({ a: fc.nat(220), len: fc.integer({ min: 0, max: 40 }), kind: fc.constantFrom(...KINDS) }), { maxLength: 40 }),
        (length, raw) => {
          const marks = raw.map((r, i) => mark(`m${i}`, r.kind, r.a, r.a + r.len));
          const { roots, skipped } = nestMarks(marks, length);
          let placed = 0;
          const walk = (nodes: typeof roots, lo: number, hi: number) => {
            let cursor = lo;
            for (const n of nodes) {
              placed++;
              expect(n.mark.start).toBeGreaterThanOrEqual(cursor);
              expect(n.mark.end).toBeLessThanOrEqual(hi);
              expect(n.mark.start).toBeLessThan(n.mark.end);
              walk(n.children, n.mark.start, n.mark.end);
              cursor = n.mark.end;
            }
          };
          walk(roots, 0, length);
          expect(placed + skipped.length).toBe(marks.length);
        },
      ),
    );
  });
});

describe('rendering the marked-up text', () => {
  it('keeps every character of the text, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(fc.record({ a: fc.nat(130), len: fc.integer({ min: 1, max: 30 }), kind: fc.constantFrom(...KINDS) }), { maxLength: 25 }),
        (text, raw) => {
          const marks = raw.map((r, i) => mark(`m${i}`, r.kind, r.a, r.a + r.len));
          const html = render(text, marks);
          expect(unescape(html)).toBe(text);
          const placed = marks.length - nestMarks(marks, text.length).skipped.length;
          expect((html.match(/<mark /g) ?? []).length).toBe(placed);
        },
      ),
    );
  });

  it('escapes markup found in a press release', () => {
    const hostile = fixtures().find((f) => f.id === 'hostile-markup')!;
    const html = render(hostile.text, buildMarks(hostile.record));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(unescape(html)).toContain(HOSTILE_MARKUP);
    expect(unescape(html)).toContain(HOSTILE_IMG);
  });

  it('shows the header line muted and marks only the body', () => {
    const html = render('date 2020-01-01 Source: X\nBody words.', [mark('b', 'date', 26, 30)], 26);
    expect(html).toMatch(/^<span class="doc-header">date 2020-01-01 Source: X\n<\/span><mark /);
  });
});

describe('marks from a record', () => {
  const minsk = fixtures().find((f) => f.id === 'minsk-meeting')!;

  it('makes one mark per mention, quote, figure, date and event trigger', () => {
    const marks = buildMarks(minsk.record);
    const count = (k: MarkKind) => marks.filter((m) => m.kind === k).length;
    expect([count('person'), count('place'), count('quote'), count('quantity'), count('date'), count('event')]).toEqual([4, 4, 2, 1, 1, 1]);
    const event = marks.find((m) => m.kind === 'event')!;
    expect(minsk.text.slice(event.start, event.end)).toBe('met with');
    expect(event.facts).toEqual(['Source: Aleksandr Lukashenko', 'Target: Igor Kobzev', 'Date: 2020-09-25']);
    expect(event.rule).toBe('events/meet-with');
  });

  it('marks a quotation with no named speaker as a quote without a speaker\'s colour', () => {
    const followup = fixtures().find((f) => f.id === 'irkutsk-followup')!;
    const quotes = buildMarks(followup.record).filter((m) => m.kind === 'quote');
    expect(quotes.map((q) => [q.id, followup.text.slice(q.start, q.end), q.title, q.colour])).toEqual([
      ['uquote-0', 'a sound basis for the next five years', 'Quotation given to Ministry of Industry (no person named)', null],
    ]);
  });

  it('colours each quote by its speaker, and the speaker’s mentions alike', () => {
    const colours = speakerColours(minsk.record);
    expect([...colours.values()]).toEqual([0, 1]);
    const marks = buildMarks(minsk.record);
    const quotes = marks.filter((m) => m.kind === 'quote');
    expect(quotes.map((q) => q.colour)).toEqual([0, 1]);
    const kobzev = marks.filter((m) => m.title === 'Person: Igor Kobzev');
    expect(kobzev.every((m) => m.colour === 1)).toBe(true);
  });

  it('uses the explained rule of a mention when the server sent one', () => {
    const [start, end] = minsk.record.people[0]!.mentions[0]!;
    const marks = buildMarks(minsk.record, [{ start, end, text: 'x', type: 'person', form: 'name', stage: 'mentions', rule: 'title-name' }]);
    expect(marks.find((m) => m.start === start && m.kind === 'person')!.rule).toBe('mentions/title-name (name)');
    expect(marks.find((m) => m.kind === 'person' && m.start !== start)!.rule).toBe('mentions + coreference');
  });
});

describe('search-word highlighting', () => {
  const html = (text: string, words: string[]) => renderToStaticMarkup(createElement(Highlighted, { text, words }));

  it('marks every occurrence, any case, and keeps the text', () => {
    const out = html('Trade grew; trade fell.', ['trade']);
    expect(out).toBe('<mark class="hit">Trade</mark> grew; <mark class="hit">trade</mark> fell.');
  });

  it('treats typed words as text, not as patterns or markup', () => {
    expect(html('a+b (c) <b>x</b>', ['a+b', '(c)', '<b>'])).toBe('<mark class="hit">a+b</mark> <mark class="hit">(c)</mark> <mark class="hit">&lt;b&gt;</mark>x&lt;/b&gt;');
    expect(html('nothing here', ['.*'])).toBe('nothing here');
  });

  it('reads the words of a query', () => {
    expect(queryWords('"joint venture" OR tractors  ')).toEqual(['joint', 'venture', 'tractors']);
    expect(queryWords('')).toEqual([]);
  });

  it('keeps the text whatever the words (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), (text, words) => {
      expect(unescape(html(text, words))).toBe(text);
    }));
  });
});
