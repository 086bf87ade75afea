/**
 * A very large text is read in parts cut at paragraph ends, so memory follows the size of a
 * part. The joined record must read as one: every offset points into the whole text, every
 * actor id a quote, event or meeting names is listed, and a message says it was read in parts.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractInParts } from '../../src/extract.js';
import { segmentBounds } from '../../src/record/segments.js';

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
    for (const [from, to] of segmentBounds(words, 0, 300)) if (to < words.length) expect(words[to - 1]).toBe(' ');
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
});
