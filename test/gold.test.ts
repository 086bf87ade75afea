import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalResult, runEval } from '../eval/evaluate.js';
import { goldTextPath, loadGold } from '../eval/gold.js';
import type { GoldField } from '../eval/score-gold.js';

/**
 * Quality floors: the F1 (in %) each field must keep on the gold files. They sit just under
 * what the pipeline reaches today, so a change that makes extraction worse fails here;
 * raise them when the pipeline gets better.
 */
const GOLD_FLOORS: Partial<Record<GoldField, number>> = {
  people: 95,
  'people.country': 95,
  'people.sector': 95,
  'people.title': 95,
  organizations: 95,
  'organizations.country': 95,
  places: 95,
  'places.kind': 95,
  'places.country': 95,
  quotes: 97,
  'quotes.speaker': 88,
  quantities: 96,
  'quantities.value': 96,
  'quantities.qualifier': 90,
  dates: 97,
  events: 80,
  'events.date': 80,
};
/** The seed text is read perfectly today; every field must stay so. */
const SEED_FLOORS: Partial<Record<GoldField, number>> = {
  people: 100,
  'people.country': 100,
  'people.sector': 100,
  'people.title': 100,
  organizations: 100,
  places: 100,
  'places.country': 100,
  quotes: 100,
  'quotes.speaker': 100,
  quantities: 100,
  'quantities.value': 100,
  'quantities.qualifier': 100,
  dates: 100,
  events: 100,
  'events.date': 100,
};
/** Recall floors (in %) on the PLOVER dev set actors. */
const PLOVER_FLOORS = { spans: 95, country: 88 };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = path.join(repoRoot, 'test/gold');
const seedText = path.resolve(repoRoot, '../shared/data/seed/000_f7baa8aa760783ad.txt');
const devSet = path.resolve(repoRoot, '../shared/data/plover-gsr/dev.jsonl');
if (!existsSync(seedText)) console.warn(`seed text not found at ${seedText}; seed floors skipped`);
if (!existsSync(devSet)) console.warn(`PLOVER dev set not found at ${devSet}; actor floors skipped`);

let result: EvalResult;
beforeAll(async () => {
  result = await runEval({ repoRoot, sections: new Set(['plover', 'seed', 'gold']) });
});

describe('gold files', () => {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort();

  it('cover at least 12 project texts besides the seed', () => {
    expect(files.filter((f) => f !== 'seed.gold.json').length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s is valid and its quote openings are in its text', (file) => {
    const gold = loadGold(path.join(goldDir, file));
    const text = goldTextPath(gold, repoRoot);
    if (file === 'seed.gold.json' && !existsSync(text)) return;
    expect(existsSync(text)).toBe(true);
    const scored = [...(result.gold?.files ?? []), ...(result.seed?.files ?? [])].find((f) => f.file === file);
    expect(scored?.problems).toEqual([]);
  });
});

describe('quality floors on the gold fixtures', () => {
  it.each(Object.entries(GOLD_FLOORS))('%s F1 >= %d%%', (field, floor) => {
    const s = result.gold!.total[field as GoldField];
    expect(s.f1 * 100, `${field}: P ${(s.precision * 100).toFixed(1)} R ${(s.recall * 100).toFixed(1)}`).toBeGreaterThanOrEqual(floor!);
  });
});

describe.skipIf(!existsSync(seedText))('quality floors on the seed text', () => {
  it.each(Object.entries(SEED_FLOORS))('%s F1 >= %d%%', (field, floor) => {
    const s = result.seed!.total[field as GoldField];
    expect(s.f1 * 100, `${field}: P ${(s.precision * 100).toFixed(1)} R ${(s.recall * 100).toFixed(1)}`).toBeGreaterThanOrEqual(floor!);
  });
});

describe.skipIf(!existsSync(devSet))('PLOVER dev set actors', () => {
  it.each(Object.entries(PLOVER_FLOORS))('%s recall >= %d%%', (key, floor) => {
    const s = result.plover!.actors[key as 'spans' | 'country'];
    expect(s.recall * 100).toBeGreaterThanOrEqual(floor);
  });
});
