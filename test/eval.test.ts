import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoldFileError, type GoldFile, validateGold } from '../eval/gold.js';
import { greedyMatch, normalizeName, openingPattern, sameCountry, sameValue, score, titleFits } from '../eval/match.js';
import { locateActor, primarySector, scoreActors } from '../eval/plover.js';
import { locateOpenings, scoreAgainstGold } from '../eval/score-gold.js';
import type { ExtractRecord } from '../src/record/types.js';

describe('matching rules', () => {
  it('normalises case, diacritics, quotes and punctuation', () => {
    expect(normalizeName('Aleksandar Vučić')).toBe(normalizeName('aleksandar vucic'));
    expect(normalizeName('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
    expect(normalizeName('U.S. Department of the Treasury')).toBe('u s department of the treasury');
    expect(normalizeName('The Kremlin')).toBe('kremlin');
    expect(normalizeName('Côte d’Ivoire')).toBe(normalizeName("Cote d'Ivoire"));
  });

  it('keeps different names apart', () => {
    expect(normalizeName('Alexander Lukashenko')).not.toBe(normalizeName('Aleksandr Lukashenko'));
    expect(normalizeName('Lukashenko')).not.toBe(normalizeName('Aleksandr Lukashenko'));
  });

  it('accepts values within 0.5% and no further', () => {
    expect(sameValue(284_000_000, 284_000_000)).toBe(true);
    expect(sameValue(285_000_000, 284_000_000)).toBe(true);
    expect(sameValue(286_000_000, 284_000_000)).toBe(false);
    expect(sameValue(284, 284_000_000)).toBe(false);
    expect(sameValue(0, 0)).toBe(true);
    expect(sameValue(0.001, 0)).toBe(false);
  });

  it('is symmetric enough: a value always matches itself', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => sameValue(v, v)));
  });

  it('fits titles by words of the gold title', () => {
    expect(titleFits('President of Belarus', 'President')).toBe(true);
    expect(titleFits('Governor of Irkutsk Oblast', ['Governor', 'Head'])).toBe(true);
    expect(titleFits('Vice President', 'Prime Minister')).toBe(false);
    expect(titleFits(null, 'President')).toBe(false);
    expect(titleFits('Finance Minister', 'Minister of Finance')).toBe(true);
    expect(titleFits('Minister', 'Minister of Finance')).toBe(false);
  });

  it('lets UNO and EUR stand for IGO but not the other way round', () => {
    expect(sameCountry('UNO', 'IGO')).toBe(true);
    expect(sameCountry('EUR', 'IGO')).toBe(true);
    expect(sameCountry('IGO', 'UNO')).toBe(false);
    expect(sameCountry('RUS', 'BLR')).toBe(false);
    expect(sameCountry(null, 'BLR')).toBe(false);
  });

  it('matches one to one, required items first', () => {
    const gold: Array<{ v: number; optional?: boolean }> = [{ v: 1, optional: true }, { v: 1 }];
    const pairs = greedyMatch(gold, [1], (g, p) => g.v === p);
    expect(pairs).toEqual([[1, 0]]);
    const twice: Array<{ v: number; optional?: boolean }> = [{ v: 1 }, { v: 1 }];
    expect(greedyMatch(twice, [1], (g, p) => g.v === p)).toHaveLength(1);
  });

  it('computes precision, recall and F1', () => {
    const s = score({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(score({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
    expect(score({ tp: 0, fp: 2, fn: 0 }).precision).toBe(0);
  });

  it('finds quote openings whatever the apostrophe', () => {
    const text = 'He said: “Let’s see where we can go.” Then: "Let\'s see where we can stop."';
    expect(openingPattern("Let's see where").test(text)).toBe(true);
    const [first, second] = locateOpenings(text, ["Let's see where", "Let's see where"]);
    expect(first![0]).toBe(text.indexOf('Let’s'));
    expect(second![0]).toBe(text.indexOf("Let's"));
    expect(locateOpenings(text, ['Nothing like this'])[0]).toEqual([-1, -1]);
  });
});

describe('gold file validation', () => {
  it('reports every problem at once', () => {
    const raw = {
      text: 'x.txt', people: [{ name: '' }], organizations: [], places: 'none',
      quotes: [{ speaker: 3, opening: 'one two three four five six' }],
      quantities: [{ kind: 'weight', value: 'ten' }], dates: [{ value: '25.09.2020' }], events: [{}],
    };
    try {
      validateGold(raw, 'bad.gold.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GoldFileError);
      const m = (err as Error).message;
      for (const field of ['people[0].name', 'places', 'quotes[0].opening', 'quotes[0].speaker', 'quantities[0].value',
        'quantities[0].kind', 'dates[0].value', 'events[0]']) {
        expect(m).toContain(field);
      }
    }
  });
});

const text = 'date 2020-09-25 Source: Test\n\nPresident Aleksandr Lukashenko met Governor Igor Kobzev in Minsk on 25 September. '
  + '“We will do more,” Lukashenko said. Trade grew 2.6 times to over $284 million.';
const at = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];

const gold: GoldFile = {
  text: 'unused',
  people: [
    { name: 'Aleksandr Lukashenko', title: 'President', country: 'BLR', sector: 'GOV' },
    { name: 'Igor Kobzev', title: 'Governor', country: 'RUS', sector: 'GOV' },
  ],
  organizations: [],
  places: [{ name: 'Minsk', kind: 'city', country: 'BLR' }],
  quotes: [{ speaker: 'Aleksandr Lukashenko', opening: 'We will do' }],
  quantities: [
    { kind: 'ratio', value: 2.6, currency: null },
    { kind: 'money', value: 284000000, currency: 'USD', qualifier: 'over' },
  ],
  dates: [{ value: '2020-09-25' }],
  events: [{ type: 'CONSULT', source: ['Aleksandr Lukashenko'], target: ['Igor Kobzev'], date: '2020-09-25' }],
};

function perfect(): ExtractRecord {
  const luk = { name: 'Aleksandr Lukashenko', country: 'BLR', sector: 'GOV', id: 'a1' };
  const kob = { name: 'Igor Kobzev', country: 'RUS', sector: 'GOV', id: 'a2' };
  const [qs, qe] = at('We will do more,');
  return {
    id: 't', date: '2020-09-25', source: null, title: null, url: null,
    people: [
      { ...luk, title: 'President', mentions: [at('Aleksandr Lukashenko')] },
      { ...kob, title: 'Governor of Irkutsk Oblast', mentions: [at('Igor Kobzev')] },
    ],
    organizations: [],
    places: [{ name: 'Minsk', kind: 'city', country: 'BLR', mentions: [at('Minsk')], id: 'a3' }],
    quotes: [{ speaker: 'Aleksandr Lukashenko', text: text.slice(qs, qe), start: qs, end: qe, speakerId: 'a1', cue: null, rule: 't' }],
    quantities: [
      { kind: 'ratio', text: '2.6 times', value: 2.6, currency: null, qualifier: null, unit: null, start: at('2.6 times')[0], end: at('2.6 times')[1], rule: 't' },
      { kind: 'money', text: 'over $284 million', value: 284e6, currency: 'USD', qualifier: 'over', unit: null, start: at('over $284 million')[0], end: at('over $284 million')[1], rule: 't' },
    ],
    dates: [{ text: '25 September', value: '2020-09-25', grain: 'day', start: at('25 September')[0], end: at('25 September')[1], rule: 't' }],
    events: [{
      type: 'CONSULT', mode: 'meet', source: [luk], target: [kob], date: '2020-09-25', trigger: 'met',
      start: 0, end: 10, triggerSpan: at('met'), sentence: [0, 10], evidence: [], cameo: null, rule: 't',
    }],
    messages: [],
    stats: { chars: text.length, sentences: 3, tokens: 30 },
  };
}

describe('scoring against a gold file', () => {
  it('gives 100% on every field for a perfect record', () => {
    const { counts, problems } = scoreAgainstGold('t', gold, text, perfect());
    expect(problems).toEqual([]);
    for (const [field, c] of Object.entries(counts)) {
      expect(c.fp, field).toBe(0);
      expect(c.fn, field).toBe(0);
    }
    expect(counts.people.tp).toBe(2);
    expect(counts['quantities.qualifier'].tp).toBe(1);
  });

  it('penalises near misses exactly where they are', () => {
    const r = perfect();
    r.people[0]!.name = 'Lukashenko'; // surname only: not the fullest form
    r.people[1]!.country = 'BLR'; // wrong country
    r.quantities[1] = { ...r.quantities[1]!, value: 28.4e6 }; // off by a factor of ten
    r.quotes[0] = { ...r.quotes[0]!, speaker: null };
    r.dates[0] = { ...r.dates[0]!, value: '2020-09' };
    r.events[0] = { ...r.events[0]!, type: 'AGREE' };
    const { counts } = scoreAgainstGold('t', gold, text, r);
    expect(counts.people).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts['people.country']).toEqual({ tp: 0, fp: 2, fn: 2 });
    expect(counts.quantities).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts['quotes.speaker']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.dates).toEqual({ tp: 0, fp: 1, fn: 1 });
    // AGREE is outside the scope of this gold file (CONSULT only): ignored, not a false positive.
    expect(counts.events).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('accepts aliases and diacritic variants, and ignores optional items', () => {
    const g: GoldFile = {
      ...gold,
      people: [{ ...gold.people[0]!, aliases: ['Alexander Lukashenko'] }, gold.people[1]!],
      places: [...gold.places, { name: 'Belarus', kind: 'country', country: 'BLR', optional: true }],
    };
    const r = perfect();
    r.people[0]!.name = 'ALEXANDER LUKASHENKO';
    r.places.push({ name: 'Belarus', kind: 'country', country: 'BLR', mentions: [], id: 'a9' });
    const { counts } = scoreAgainstGold('t', g, text, r);
    expect(counts.people).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(counts.places).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts['quotes.speaker']).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches quotes by overlap, not by exact boundaries', () => {
    const r = perfect();
    const [s] = at('will do more');
    r.quotes[0] = { ...r.quotes[0]!, start: s, text: text.slice(s, r.quotes[0]!.end) };
    expect(scoreAgainstGold('t', gold, text, r).counts.quotes).toEqual({ tp: 1, fp: 0, fn: 0 });
    const [ms, me] = at('Trade grew');
    r.quotes[0] = { ...r.quotes[0]!, start: ms, end: me, text: text.slice(ms, me) };
    expect(scoreAgainstGold('t', gold, text, r).counts.quotes).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('PLOVER actor scoring', () => {
  it('locates the tagged occurrence of an actor', () => {
    const t = 'Romanian officials met Romanian refugees.';
    const markup = 'Romanian officials met (TAR: Romanian) refugees.';
    expect(locateActor(t, markup, 'Romanian')).toEqual([23, 31]);
    expect(locateActor(t, '(SRC: Romanian) officials met Romanian refugees.', 'Romanian')).toEqual([0, 8]);
  });

  it('falls back to parts of discontinuous actor texts', () => {
    const t = 'Guinea tortured Sierra Leonean and Liberian refugees.';
    const span = locateActor(t, '', 'Sierra Leonean ... refugees');
    expect(span).toEqual([t.indexOf('Sierra'), t.indexOf('refugees') + 'refugees'.length]);
    expect(locateActor(t, '', 'Atlantis')).toBeNull();
  });

  it('reads primary sectors', () => {
    expect(primarySector('GOVMOS')).toBe('GOV');
    expect(primarySector('CVLalb')).toBe('CVL');
    expect(primarySector('***')).toBeNull();
    expect(primarySector('MOS')).toBeNull();
    expect(primarySector(null)).toBeNull();
  });

  it('counts recall over gold actors and precision over predicted mentions', () => {
    const gold = [{ start: 0, end: 6, code: 'CHN', sector: 'GOV' }, { start: 20, end: 26, code: 'RUS', sector: null }];
    const predicted = [
      { start: 0, end: 6, country: 'CHN', sector: 'GOV' },
      { start: 21, end: 25, country: 'UKR', sector: null },
      { start: 40, end: 45, country: 'USA', sector: null },
    ];
    const c = scoreActors(gold, predicted);
    expect(c.spans).toEqual({ found: 2, gold: 2, correct: 2, predicted: 3 });
    expect(c.country).toEqual({ found: 1, gold: 2, correct: 1, predicted: 2 });
    expect(c.sector).toEqual({ found: 1, gold: 1, correct: 1, predicted: 1 });
  });
});

describe('runEval', () => {
  it('scores gold files of a repository and notes the sections it had to skip', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { runEval } = await import('../eval/evaluate.js');
    const root = mkdtempSync(path.join(tmpdir(), 'readout-eval-'));
    mkdirSync(path.join(root, 'test/gold'), { recursive: true });
    writeFileSync(path.join(root, 'doc.txt'), 'date 2021-01-05 Source: X\n\nTrade rose by 12% in 2020.');
    writeFileSync(path.join(root, 'test/gold/doc.gold.json'), JSON.stringify({
      text: 'doc.txt', people: [], organizations: [], places: [], quotes: [],
      quantities: [{ kind: 'percent', value: 12, currency: null }], dates: [{ value: '2020' }], events: [],
    }));
    writeFileSync(path.join(root, 'test/gold/seed.gold.json'), JSON.stringify({
      text: 'missing/seed.txt', people: [], organizations: [], places: [], quotes: [], quantities: [], dates: [], events: [],
    }));
    const r = await runEval({ repoRoot: root, sharedData: path.join(root, 'nowhere') });
    expect(r.plover).toBeNull();
    expect(r.seed).toBeNull();
    expect(r.gold?.files.map((f) => f.file)).toEqual(['doc.gold.json']);
    expect(r.notes.join('\n')).toMatch(/PLOVER dev set not found/);
    expect(r.notes.join('\n')).toMatch(/seed/);
    expect(r.gold!.total.people.f1).toBe(1);
  });
});
