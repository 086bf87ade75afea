import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { validateRecord } from '../eval/contract.js';

/** `quotes` says who said what: a named person's words. Other quotations are kept apart, not lost. */
describe('quotations given to no named person', () => {
  const text =
    'MINSK, 12 March – Foreign Minister Irena Vasilevich received Ambassador Tomas Lind of Sweden.\n\n' +
    '"We are ready to extend the programme to the northern regions," Irena Vasilevich said.\n\n' +
    'The Ministry of Foreign Affairs said the talks had been "frank and useful".\n\n' +
    'A spokesperson for the embassy said: "The visit is a good sign for both sides."';
  const rec = extract({ text, date: '2024-03-12' });

  it('keeps a named speaker\'s words in quotes', () => {
    expect(rec.quotes.map((q) => [q.speaker, q.text.slice(0, 18)])).toEqual([['Irena Vasilevich', 'We are ready to ex']]);
  });

  it('keeps words given to a ministry or an unnamed office apart, with their offsets', () => {
    const apart = rec.unattributedQuotes ?? [];
    expect(apart.map((q) => q.text)).toEqual(['frank and useful', 'The visit is a good sign for both sides.']);
    for (const q of apart) expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const q of apart) expect(rec.people.some((p) => p.id === q.speakerId)).toBe(false);
  });

  it('passes the contract check, which wants a speaker on every quote', () => {
    expect(validateRecord(rec, text)).toEqual([]);
    const broken = { ...rec, quotes: [{ ...rec.quotes[0]!, speaker: null, speakerId: null }] };
    expect(validateRecord(broken, text)).toEqual(['quotes[0].speaker: expected the name of the person quoted, found null']);
  });
});
