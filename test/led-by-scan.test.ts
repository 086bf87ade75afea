import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsLedBy } from '../src/stages/coreference/office-country.js';

/** What holdsLedBy stands in for, searched for by expression. */
const LED_BY = /(?:headed|led|chaired)[ \t\u00a0]+by[ \t\u00a0]/;

describe('holdsLedBy', () => {
  it('finds a delegation led, headed or chaired by someone', () => {
    expect(holdsLedBy('The trade mission, led by Minister Ana Ferreira, arrived in Lagos.')).toBe(true);
    expect(holdsLedBy('A delegation headed\u00a0by the Speaker visited Oslo.')).toBe(true);
    expect(holdsLedBy('The forum was chaired  by\tthe two deputy ministers.')).toBe(true);
  });

  it('wants a gap on both sides of "by" and the exact small letters', () => {
    expect(holdsLedBy('The talks were led by')).toBe(false);
    expect(holdsLedBy('The talks were ledby the envoy.')).toBe(false);
    expect(holdsLedBy('Led by the envoy, the talks went on.')).toBe(false);
    expect(holdsLedBy('The group led\nby the envoy left.')).toBe(false);
    expect(holdsLedBy('The ministers stood nearby, by the door.')).toBe(false);
    expect(holdsLedBy('')).toBe(false);
  });

  it('agrees with the expression on any text made of its pieces and other characters', () => {
    const piece = fc.constantFrom('led', 'headed', 'chaired', 'by', ' ', '\t', '\u00a0', '\n', 'mis', 'x', 'e', 'd', 'b', 'y', 'Led', 'ed');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      expect(holdsLedBy(text)).toBe(LED_BY.test(text));
    }), { numRuns: 2000 });
  });
});
