import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/extract.js';

/**
 * End to end over the whole pipeline: press-style sentences written for the project
 * (test/fixtures/events/news-sentences.tsv) with the types and countries they must yield.
 */
interface Row {
  text: string;
  types: string[];
  source: string;
  target: string;
}

const rows: Row[] = readFileSync(resolve(import.meta.dirname, 'fixtures/events/news-sentences.tsv'), 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [text, types, source, target] = l.split('\t');
    const set = (s: string | undefined) => (s ?? '').split(',').filter(Boolean).sort().join(',');
    return { text: text!, types: (types ?? '').split(',').filter(Boolean), source: set(source), target: set(target) };
  });

function run(text: string) {
  const doc = processDocument({ text, date: '2022-05-10' });
  const actors = new Map(doc.layer('actors').map((a) => [a.id, a]));
  const countries = (ids: readonly string[]) => [...new Set(ids.map((i) => actors.get(i)?.country).filter(Boolean))].sort().join(',');
  return doc.layer('events').map((e) => ({ type: e.type as string, source: countries(e.source), target: countries(e.target) }));
}

describe('events end to end on news-style sentences', () => {
  const results = rows.map((r) => ({ row: r, events: run(r.text) }));

  it('sentences that report no act code nothing', () => {
    for (const { row, events } of results.filter((x) => x.row.types.length === 0)) expect(events, row.text).toEqual([]);
  });

  it('finds the expected types, with few extra events', () => {
    const withTypes = results.filter((x) => x.row.types.length > 0);
    const found = withTypes.filter(({ row, events }) => row.types.every((t) => events.some((e) => e.type === t)));
    const extra = results.reduce((n, { row, events }) => n + events.filter((e) => !row.types.includes(e.type)).length, 0);
    const missed = withTypes.filter((x) => !found.includes(x)).map((x) => x.row.text);
    expect(found.length / withTypes.length, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(extra / results.length).toBeLessThanOrEqual(0.1);
  });

  it('gets source and target countries right for most found events', () => {
    let source = 0;
    let target = 0;
    let n = 0;
    for (const { row, events } of results) {
      const e = events.find((x) => x.type === row.types[0]);
      if (!e) continue;
      n++;
      if (e.source === row.source) source++;
      if (e.target === row.target) target++;
    }
    expect(source / n).toBeGreaterThanOrEqual(0.9);
    expect(target / n).toBeGreaterThanOrEqual(0.8);
  });
});
