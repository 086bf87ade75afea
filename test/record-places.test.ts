import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const places = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Sweden' }).places.map((p) => p.name);

describe('a country named only by its adjective is no place of the text', () => {
  it('"the Finnish head of government", "Finnish Prime Minister X" add no place "Finland"', () => {
    expect(places('The Finnish head of government met Prime Minister Ulf Kristersson in Stockholm on 1 March.')).not.toContain('Finland');
    expect(places('Finnish Prime Minister Petteri Orpo met Prime Minister Ulf Kristersson in Stockholm on 1 March.')).not.toContain('Finland');
  });

  it('near miss: a country named by its name, or its possessive, beside the adjective stays a place', () => {
    expect(places('The Finnish head of government invited Ulf Kristersson to Finland in May.')).toContain('Finland');
    expect(places('Finland’s Prime Minister Petteri Orpo met Ulf Kristersson in Stockholm.')).toContain('Finland');
  });
});

describe('an adjective that qualifies no person is read as before', () => {
  it('near miss: "Finnish support", "the Finnish proposal" keep Finland as the side that acts', () => {
    expect(places('The minister praised Finnish support for Ukraine.')).toContain('Finland');
    expect(places('The Finnish proposal was adopted in Stockholm.')).toContain('Finland');
  });
});

describe('a place is named as the text writes it', () => {
  const record = (text: string) => extract({ text, date: '2025-03-02', source: 'Government of Russia' }).places;

  it('"Tula Region", "Stavropol Territory" keep the text\'s words, not the lexicon\'s "Oblast" or "Krai"', () => {
    const names = record('Officials in Tula Region and Stavropol Territory signed the plan in Moscow on 1 March.').map((p) => p.name);
    expect(names).toContain('Tula Region');
    expect(names).toContain('Stavropol Territory');
    expect(names).not.toContain('Tula Oblast');
    expect(names).not.toContain('Stavropol Krai');
  });

  it('near miss: a text that itself writes "Tula Oblast" keeps that', () => {
    const names = record('Officials in Tula Oblast signed the plan in Moscow on 1 March.').map((p) => p.name);
    expect(names).toContain('Tula Oblast');
    expect(names).not.toContain('Tula Region');
  });

  it('both forms in one text are one place, named by the first of equally full mentions', () => {
    const tula = record('Tula Region signed a plan with Moscow. Tula Oblast will build two schools.').filter((p) => /^Tula/u.test(p.name));
    expect(tula).toHaveLength(1);
    expect(tula[0]!.name).toBe('Tula Region');
    expect(tula[0]!.kind).toBe('region');
    expect(tula[0]!.country).toBe('RUS');
    expect(tula[0]!.mentions).toHaveLength(2);
  });
});
