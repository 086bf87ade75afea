import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEval } from '../eval/format.js';
import { foldTransliteration, looseNameMatch } from '../eval/loose-names.js';
import { evaluateReleases, jaccard, meetingDays, meetingParticipants, scoreRelease, type ReleaseGold } from '../eval/releases.js';
import type { EvalResult } from '../eval/evaluate.js';
import { extract } from '../src/extract.js';
import type { ExtractRecord } from '../src/record/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const releasesDir = path.resolve(repoRoot, '../shared/data/releases-dev');

describe('releases-dev matching rules', () => {
  it('matches names loosely: case, accents, transliteration pairs, surname and initial, surname alone', () => {
    expect(looseNameMatch('Aleksandr Lukashenko', 'Alexander Lukashenko')).toBe(true);
    expect(looseNameMatch('Sergey Lavrov', 'Sergei Lavrov')).toBe(true);
    expect(looseNameMatch('Yuri Ushakov', 'Yury Ushakov')).toBe(true);
    expect(looseNameMatch('Dmitry Peskov', 'Dmitri Peskov')).toBe(true);
    expect(looseNameMatch('Aleksandar Vučić', 'aleksandar vucic')).toBe(true);
    expect(looseNameMatch('V. Putin', 'Vladimir Putin')).toBe(true);
    expect(looseNameMatch('TRUMP', 'Donald Trump')).toBe(true);
    expect(looseNameMatch('Xi', 'Xi Jinping')).toBe(true);
    expect(looseNameMatch('Mr Lidington', 'David Lidington')).toBe(true);
    // A generational suffix is no surname.
    expect(looseNameMatch('Joseph R. Biden, Jr.', 'Joseph R. Biden')).toBe(true);
    expect(looseNameMatch('Biden', 'Joseph R. Biden Jr.')).toBe(true);
    // Near-misses: another first initial, another surname.
    expect(looseNameMatch('Anna Putin', 'Vladimir Putin')).toBe(false);
    expect(looseNameMatch('Sergei Lavrov', 'Sergei Ryabkov')).toBe(false);
    expect(looseNameMatch('Joseph R. Biden, Jr.', 'Hunter Biden')).toBe(false);
    expect(foldTransliteration('alexander')).toBe(foldTransliteration('aleksandr'));
  });

  it('matches quotes by 70% of their words', () => {
    expect(jaccard('We will build the bridge next year', 'we will build the bridge next year,')).toBe(1);
    expect(jaccard('We will build the bridge', 'They said the new bridge is late')).toBeLessThan(0.7);
  });

  it('takes meeting participants from held meetings, else from CONSULT events', () => {
    const base = { people: [{ name: 'A B', id: 'a1' }, { name: 'C D', id: 'a2' }], events: [{ type: 'CONSULT', source: [{ name: 'A B', id: 'a1' }], target: [{ name: 'C D', id: 'a2' }] }] };
    expect(meetingParticipants(base as unknown as ExtractRecord)).toEqual(['A B', 'C D']);
    const withMeetings = { ...base, meetings: [{ participants: ['A B'], status: 'held' }, { participants: ['E F'], status: 'planned' }] };
    expect(meetingParticipants(withMeetings as unknown as ExtractRecord)).toEqual(['A B']);
  });

  it('takes meeting dates from held meetings dated to the day', () => {
    const rec = { meetings: [
      { participants: [], status: 'held', date: '2024-06-14' }, { participants: [], status: 'held', date: '2024-06-14' },
      { participants: [], status: 'held', date: '2024-06' }, { participants: [], status: 'planned', date: '2024-07-01' },
      { participants: [], status: 'held', date: null },
    ] };
    expect(meetingDays(rec as unknown as ExtractRecord)).toEqual(['2024-06-14']);
  });

  it('scores one record field by field, transcript quotes left out', () => {
    const text = 'Secretary Kerry met Foreign Minister Sergey Lavrov in Geneva. “We agreed on a plan,” Kerry said. The deal is worth $5 million.';
    const rec = extract({ text, date: '2013-09-12', source: 'state.gov' });
    const gold: ReleaseGold = {
      id: 'x',
      meetings: [{ participants: ['John Kerry', 'Sergey Lavrov'], date: null }],
      quotes: [{ speaker: 'John Kerry', text: 'We agreed on a plan' }],
      money: [{ text: '$5 million', value: 5_000_000, currency: 'USD' }],
      people: [{ name: 'Kerry', title: 'Secretary', country: 'USA' }, { name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'RUS' }],
      organizations: [],
      places: ['Geneva'],
    };
    const s = scoreRelease(gold, rec);
    expect(s.counts['meetings.participants']).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.counts['meetings.date']).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.counts['quotes.speaker'].tp).toBe(1);
    expect(s.counts.money).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts['people.country']).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
});

describe.skipIf(!existsSync(path.join(releasesDir, 'articles.jsonl')))('releases-dev (../shared/data/releases-dev)', () => {
  it('scores both splits and keeps per-article detail for tune only', () => {
    const r = evaluateReleases(releasesDir, (a) => extract({ text: a.text, id: a.id, date: a.date, source: a.source }));
    expect(r).not.toBeNull();
    expect(r!.tune.articles).toBeGreaterThan(0);
    expect(r!.check.articles).toBeGreaterThan(0);
    expect(r!.check.files).toEqual([]);
    const printed = formatEval({ plover: null, events: null, seed: null, gold: null, releases: r, ownReleases: null, notes: [], elapsedMs: 0 } as EvalResult, { misses: true, verbose: true });
    expect(printed).toMatch(/tune d\d+/);
    expect(printed).not.toMatch(/check d\d+/);
  });
});

if (!existsSync(path.join(releasesDir, 'articles.jsonl'))) {
  console.warn(`eval-releases: ${releasesDir} not found; the releases-dev run is skipped (the matching rules are still tested)`);
}
