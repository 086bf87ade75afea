import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document/document.js';
import type { Quantity } from '../src/document/layers.js';
import { dates } from '../src/stages/dates/index.js';
import { quantities } from '../src/stages/quantities/index.js';
import { tokenize } from '../src/stages/tokenize/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readLines = (file: string) =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

function read(text: string): readonly Quantity[] {
  const doc = new Document('t', text, { date: '2020-09-25' });
  tokenize.run(doc);
  dates.run(doc);
  quantities.run(doc);
  return doc.layer('quantities');
}
function moneyFrom(text: string, source: string): Array<[string, string | null]> {
  const doc = new Document('t', text, { date: '2020-09-25', source });
  tokenize.run(doc);
  dates.run(doc);
  quantities.run(doc);
  return doc.layer('quantities').filter((q) => q.kind === 'money').map((q) => [q.text, q.currency]);
}
function one(text: string): Quantity {
  const qs = read(text);
  expect(qs, text).toHaveLength(1);
  return qs[0]!;
}

describe('quantities: money', () => {
  const cases: [string, string, number, string, string | null][] = [
    ['Trade rose to over $284 million.', 'over $284 million', 284_000_000, 'USD', 'over'],
    ['The deal is worth $1.2bn.', '$1.2bn', 1_200_000_000, 'USD', null],
    ['The bank lent €2.4 billion.', '€2.4 billion', 2_400_000_000, 'EUR', null],
    ['The loan of BYN 30 million was approved.', 'BYN 30 million', 30_000_000, 'BYN', null],
    ['Exports reached 8.5 billion Russian rubles.', '8.5 billion Russian rubles', 8_500_000_000, 'RUB', null],
    ['Washington pledged US$ 5 million.', 'US$ 5 million', 5_000_000, 'USD', null],
    ['The port cost £300m.', '£300m', 300_000_000, 'GBP', null],
    ['Tokyo set aside ¥10 trillion.', '¥10 trillion', 10_000_000_000_000, 'JPY', null],
    ['Beijing set aside ¥10 trillion for the yuan bond market.', '¥10 trillion', 10_000_000_000_000, 'CNY', null],
    ['Investment reached RMB 3.5 billion.', 'RMB 3.5 billion', 3_500_000_000, 'CNY', null],
    ['The EU gave almost 1.5 million euros.', 'almost 1.5 million euros', 1_500_000, 'EUR', 'almost'],
    ['The state approved Rs 200 crore.', 'Rs 200 crore', 2_000_000_000, 'INR', null],
    ['Farmers got Rs 5 lakh each.', 'Rs 5 lakh', 500_000, 'INR', null],
    ['Bilateral trade crossed Rs 2.3 lakh crore last year.', 'Rs 2.3 lakh crore', 2_300_000_000_000, 'INR', null],
    ['The ministry released Rs 10 thousand crore for roads.', 'Rs 10 thousand crore', 100_000_000_000, 'INR', null],
    ['Dhaka approved a grant of Tk 500 crore.', 'Tk 500 crore', 5_000_000_000, 'BDT', null],
    ['Manila set aside Php 5 billion for the coast guard.', 'Php 5 billion', 5_000_000_000, 'PHP', null],
    ['Buenos Aires set aside ARS 500 million for the port.', 'ARS 500 million', 500_000_000, 'ARS', null],
    ['Exports reached 900 billion Chilean pesos.', '900 billion Chilean pesos', 900_000_000_000, 'CLP', null],
    ['Kazakhstan invested 120 billion tenge.', '120 billion tenge', 120_000_000_000, 'KZT', null],
    ['The fund holds about USD 40 million.', 'about USD 40 million', 40_000_000, 'USD', 'about'],
    ['The tender is for 12 million Belarusian rubles.', '12 million Belarusian rubles', 12_000_000, 'BYN', null],
    ['Seoul will spend 5 trillion won on chips.', '5 trillion won', 5_000_000_000_000, 'KRW', null],
    ['The club sold the stadium for 90 million pounds.', '90 million pounds', 90_000_000, 'GBP', null],
    ['Ankara allocated ₺4 billion.', '₺4 billion', 4_000_000_000, 'TRY', null],
    ['The grant of more than 2,5 million dollars arrived.', 'more than 2,5 million dollars', 2_500_000, 'USD', 'more than'],
    ['Costs reached 1,250,000 US dollars.', '1,250,000 US dollars', 1_250_000, 'USD', null],
    ['Half a billion dollars was promised.', 'Half a billion dollars', 500_000_000, 'USD', null],
    ['The bank raised EUR2.4bn.', 'EUR2.4bn', 2_400_000_000, 'EUR', null],
    ['The state spent $1.2-billion on roads.', '$1.2-billion', 1_200_000_000, 'USD', null],
    ['The budget set aside Br 150 million.', 'Br 150 million', 150_000_000, 'BYN', null],
    ['Aristide is accused of misusing up to US $50 million.', 'up to US $50 million', 50_000_000, 'USD', 'up to'],
  ];
  it.each(cases)('%s', (sentence, text, value, currency, qualifier) => {
    expect(one(sentence)).toMatchObject({ kind: 'money', text, value, currency, qualifier });
  });

  it('a weak currency word needs a scale: "500 pounds" of weight is not money', () => {
    expect(read('The parcel weighs 500 pounds.')).toHaveLength(0);
    expect(read('Korea won 3 medals.')).toHaveLength(0);
  });

  it('a one-letter symbol needs a scale: "R300 billion" is rand, "the R2" is a road', () => {
    expect(one('The programme is worth R300 billion over five years.')).toMatchObject({ kind: 'money', text: 'R300 billion', value: 300e9, currency: 'ZAR' });
    expect(one('Pretoria set aside R2.5bn for the port.')).toMatchObject({ kind: 'money', value: 2.5e9, currency: 'ZAR' });
    expect(read('The convoy took the R2 towards the border.').filter((q) => q.kind === 'money')).toHaveLength(0);
    expect(read('Trade reached R$ 40 billion.')[0]).toMatchObject({ currency: 'BRL' });
  });

  it('short symbols of the Gulf, Nigeria and the Philippines need a scale too: "SR 5 billion" is riyals, "SR 520" a road', () => {
    expect(one('Deals worth SR 5 billion were signed in Riyadh.')).toMatchObject({ kind: 'money', value: 5e9, currency: 'SAR' });
    expect(one('Non-oil trade hit Dh 10 billion.')).toMatchObject({ kind: 'money', value: 10e9, currency: 'AED' });
    expect(one('Abuja approved N5 billion for the rail line.')).toMatchObject({ kind: 'money', value: 5e9, currency: 'NGN' });
    expect(read('Traffic on SR 520 and the N5 was slow.').filter((q) => q.kind === 'money')).toHaveLength(0);
    // Near-miss: "Php" naming a programming language before a figure that is no amount of money.
    expect(read('The Php 8 release came out.').filter((q) => q.kind === 'money')).toHaveLength(0);
  });

  it('a bare "$" or "dollars" in a release of a state that issues its own dollar is that dollar', () => {
    const text = 'The Minister announced $8 million and 3 million dollars for clinics, after about $2.5 billion in 2022.';
    expect(moneyFrom(text, 'Global Affairs Canada')).toEqual([['$8 million', 'CAD'], ['3 million dollars', 'CAD'], ['about $2.5 billion', 'CAD']]);
    expect(moneyFrom('The Minister announced $8 million for clinics.', 'Department of Foreign Affairs and Trade, Australia')).toEqual([['$8 million', 'AUD']]);
    // Near misses: a dollar the text names as American, a news outlet's "$", a state that uses the US dollar.
    expect(moneyFrom('The Bank added US$5 million, U.S. $2 million and 4 million US dollars.', 'Global Affairs Canada')).toEqual([
      ['US$5 million', 'USD'], ['U.S. $2 million', 'USD'], ['4 million US dollars', 'USD'],
    ]);
    expect(moneyFrom('Ottawa – The firm announced $8 million.', 'Reuters')).toEqual([['$8 million', 'USD']]);
    expect(moneyFrom('The Secretary announced $8 million.', 'U.S. Department of State')).toEqual([['$8 million', 'USD']]);
  });

  it('the Gulf and Jordanian rials and dinars by code and by name', () => {
    expect(moneyFrom('The plants are worth about OMR 180 million and 2 million Kuwaiti dinars.', 'Ministry of Commerce, Oman')).toEqual([
      ['about OMR 180 million', 'OMR'], ['2 million Kuwaiti dinars', 'KWD'],
    ]);
    // Near miss: a state's adjective before a count is no currency.
    expect(moneyFrom('About 180 Omani engineers and 40 Jordanian doctors joined.', 'Ministry of Commerce, Oman')).toEqual([]);
  });

  it('a larger scale word after a smaller one multiplies it; a smaller one after a larger does not', () => {
    expect(one('The plan costs Rs 5 crore lakh.')).toMatchObject({ value: 50_000_000 });
  });
});

describe('quantities: percentages and ratios', () => {
  it('percent in its spellings', () => {
    expect(one('GDP grew 4 per cent.')).toMatchObject({ kind: 'percent', value: 4, text: '4 per cent' });
    expect(one('Inflation hit 12%.')).toMatchObject({ kind: 'percent', value: 12, text: '12%' });
    expect(one('Unemployment is nearly 4 percent.')).toMatchObject({ kind: 'percent', value: 4, qualifier: 'nearly', text: 'nearly 4 percent' });
    expect(one('The rate fell by 3.5 percentage points.')).toMatchObject({ kind: 'percent', value: 3.5, unit: 'percentage points' });
    expect(one('Prices rose five per cent.')).toMatchObject({ kind: 'percent', value: 5 });
  });

  it('percentage ranges keep the upper bound', () => {
    expect(one('Growth of between 3 and 5 per cent is expected.')).toMatchObject({ kind: 'percent', value: 3, valueMax: 5, qualifier: 'between' });
    expect(one('Growth of 3-5% is expected.')).toMatchObject({ kind: 'percent', value: 3, valueMax: 5, text: '3-5%' });
  });

  it('ratios', () => {
    expect(one('Trade went up by 2.6 times.')).toMatchObject({ kind: 'ratio', value: 2.6, text: '2.6 times' });
    expect(one('Output rose threefold.')).toMatchObject({ kind: 'ratio', value: 3, text: 'threefold' });
    expect(one('Output rose three-fold.')).toMatchObject({ kind: 'ratio', value: 3 });
    expect(one('Output rose 2.5-fold.')).toMatchObject({ kind: 'ratio', value: 2.5 });
    expect(one('Exports doubled.')).toMatchObject({ kind: 'ratio', value: 2, rule: 'ratio/verb' });
    expect(one('Imports tripled.')).toMatchObject({ kind: 'ratio', value: 3 });
    expect(one('Minsk now buys twice as much grain.')).toMatchObject({ kind: 'ratio', value: 2, text: 'twice' });
    expect(read('The presidents met twice.')).toHaveLength(0);
    expect(one('The volume is three times more than in the past.')).toMatchObject({ kind: 'ratio', value: 3 });
  });

  it('"met three times" counts occasions, not a ratio', () => {
    expect(read('The ministers met three times.')).toHaveLength(0);
    expect(read('The ministers met 3 times.')).toHaveLength(0);
  });
});

describe('quantities: counts', () => {
  it('figures with units', () => {
    expect(one('The plant ships 300 tonnes a day.')).toMatchObject({ kind: 'count', value: 300, unit: 'tonnes', text: '300 tonnes' });
    expect(one('The project created 5,000 new jobs.')).toMatchObject({ kind: 'count', value: 5000, unit: 'jobs', text: '5,000 new jobs' });
    expect(one('The sides signed 12 agreements.')).toMatchObject({ kind: 'count', value: 12, unit: 'agreements' });
    expect(one('The sides signed three agreements.')).toMatchObject({ kind: 'count', value: 3, unit: 'agreements' });
    expect(one('Some 1 200 tonnes arrived.')).toMatchObject({ value: 1200, qualifier: 'some' });
    expect(one('The harvest reached 1.5 million tonnes.')).toMatchObject({ value: 1_500_000, unit: 'tonnes' });
    expect(one('The city of 1.200.000 residents.')).toMatchObject({ value: 1_200_000, unit: 'residents' });
    expect(one('A dozen projects were approved.')).toMatchObject({ value: 12, unit: 'projects' });
    expect(one('The region has a population of 2.4 million.')).toMatchObject({ value: 2_400_000, unit: null, rule: 'count/scale' });
  });

  it('"the two countries" names the parties, not a figure', () => {
    expect(read('The two countries signed a treaty; both sides welcomed it.')).toHaveLength(0);
  });
});

describe('quantities: near misses', () => {
  const notQuantities = readLines(path.join(fixtures, 'quantities/near-misses.txt'));
  it.each(notQuantities)('%s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });
});

describe('quantities: properties', () => {
  const pieces = fc.constantFrom('$', '€', '£', '¥', 'over ', 'about ', '284', '1.2', '1,200', '2,5', ' million', 'bn', ' per cent', '%', ' times', ' tonnes', ' euros',
    ' ', '. ', '-', '3', 'COVID-19', 'G20', 'in 2019', ' rubles', 'Rs ', ' crore', 'three', 'a', ' dozen', 'half a', ' jobs', ':', '/');
  const texts = fc.oneof(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 120 }));
  it('any text: offsets in range, text equals the slice, values finite, no overlaps', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let lastEnd = -1;
        for (const q of read(text)) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThan(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(Number.isFinite(q.value)).toBe(true);
          expect(q.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = q.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('quantities: "a" and "an" before a scale word', () => {
  it('reads "a" or "half a" as a number only when a scale word follows, after spaces or a hyphen', () => {
    expect(read('The fund will grow by a million people a year.').map((q) => q.value)).toEqual([1_000_000]);
    expect(read('Exports reached half a billion this spring.').map((q) => q.value)).toEqual([500_000_000]);
    expect(read('The plan will reach a-million homes.').map((q) => q.value)).toEqual([1_000_000]);
    expect(read('The ministry will spend a\u00a0Billion on roads.').map((q) => q.value)).toEqual([1_000_000_000]);
  });

  it('reads no number in "a" before any other word, one opening like a scale word included', () => {
    expect(read('The minister opened a new bridge and a museum.')).toEqual([]);
    expect(read('They signed a memorandum and a treaty.')).toEqual([]);
    expect(read('It was a')).toEqual([]);
  });
});
