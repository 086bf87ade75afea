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
