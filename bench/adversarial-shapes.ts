/**
 * Shapes of text a hostile (or merely careless) user can send, each grown to any size.
 * The pipeline must stay linear on every one of them: the hostile test suite checks the
 * growth of time per kilobyte, the bench reports the time of each at 1 MB.
 */

import { mulberry32 } from './seeded.js';

/** Repeats `unit` until the text is `size` characters long (cut at the end). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function fromAlphabet(alphabet: string, size: number, seed: number): string {
  const rand = mulberry32(seed);
  let out = '';
  for (let i = 0; i < size; i++) out += alphabet[Math.floor(rand() * alphabet.length)]!;
  return out;
}

/** Words drawn from a list, joined by `separator`, up to `size` characters. */
function wordsFrom(list: readonly string[], separator: string, size: number, seed: number): string {
  const rand = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const word = list[Math.floor(rand() * list.length)]!;
    parts.push(word);
    length += word.length + separator.length;
  }
  return parts.join(separator).slice(0, size);
}

const CAPITALISED = ['Alma', 'Borisov', 'Minsk', 'Oblast', 'Governor', 'President', 'Union', 'Kazakhstan', 'National', 'Bank', 'Ivan', 'Petrov'];
const COUNTRIES = ['Belarus', 'Russia', 'Kazakhstan', 'China', 'India', 'Japan', 'Germany', 'France', 'Uzbekistan', 'Armenia'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Made-up capitalised words, all different, so that every name is a new actor. */
function freshNames(size: number, seed: number, pattern: (name: string, other: string) => string): string {
  const rand = mulberry32(seed);
  const word = () => {
    let w = 'BCDFGKLMNPRSTVZ'[Math.floor(rand() * 15)]!;
    const n = 4 + Math.floor(rand() * 5);
    for (let i = 0; i < n; i++) w += i % 2 === 0 ? 'aeiou'[Math.floor(rand() * 5)]! : 'bcdfgklmnprstvz'[Math.floor(rand() * 15)]!;
    return w;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = pattern(word(), word());
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

export interface Shape {
  name: string;
  make(size: number): string;
}

export const SHAPES: readonly Shape[] = [
  { name: 'one letter', make: (n) => 'a'.repeat(n) },
  { name: 'base64', make: (n) => fromAlphabet(BASE64, n, 64) },
  { name: 'digits', make: (n) => fromAlphabet('0123456789', n, 10) },
  { name: 'digits and spaces', make: (n) => fill('1 22 333 4,444 5.5 ', n) },
  { name: 'quotation marks', make: (n) => '"'.repeat(n) },
  { name: 'unclosed quotes', make: (n) => fill('“Yes, said the minister ', n) },
  { name: 'quotations as sentences', make: (n) => fill('It rained. “Yes indeed.” ', n) },
  { name: 'punctuation runs', make: (n) => fill('.,;:!?-—()[]"\'/…', n) },
  { name: 'nested brackets', make: (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(n - Math.floor(n / 2)) },
  { name: 'a long line', make: (n) => fill('the minister met the governor of the region and ', n) },
  { name: 'capitalised words', make: (n) => wordsFrom(CAPITALISED, ' ', n, 7) },
  { name: 'a long list', make: (n) => wordsFrom(COUNTRIES, ', ', n, 3) },
  { name: 'sentences without spaces', make: (n) => fill('The minister met the governor.They agreed.', n) },
  { name: 'dates', make: (n) => fill('on 12 May 2020, 3 June, Tuesday, last year, 2019 and ', n) },
  { name: 'money and percentages', make: (n) => fill('$1.5 billion, 12 percent, 3:1, 40 tractors, ', n) },
  { name: 'many new names', make: (n) => freshNames(n, 5, (a, b) => `${a} ${b} met ${b}ova. `) },
  { name: 'names in one sentence', make: (n) => freshNames(n, 6, (a, b) => `${a} ${b}, `) },
  { name: 'names and pronouns in one sentence', make: (n) => freshNames(n, 11, (a, b) => `${a} ${b} and he and she and they, `) },
  { name: 'one surname, many first names', make: (n) => freshNames(n, 12, (a) => `${a} Petrov met ${a}. `) },
  { name: 'pronouns', make: (n) => fill('He said she told them that it was his and her view. ', n) },
  { name: 'quoted speech', make: (n) => freshNames(n, 8, (a, b) => `“We agree,” said ${a} ${b}. `) },
  { name: 'acronyms', make: (n) => freshNames(n, 9, (a, b) => `the ${a} ${b} Group (${a[0]}${b[0]}G${a[1]!.toUpperCase()}) and `) },
  { name: 'offices', make: (n) => freshNames(n, 10, (a, b) => `Governor of the ${a} Region ${b} and the Minister of Foreign Affairs of ${a}ia `) },
  { name: 'a chain of offices', make: (n) => fill('Minister of the Office of the Council of the Union of the ', n) },
  { name: 'verbs in one sentence', make: (n) => fill('Belarus and Russia met, agreed, signed, visited, condemned, promised and refused, ', n) },
  { name: 'number words', make: (n) => fill('twenty-five million and thirty-one thousand, ', n) },
  { name: 'currency signs', make: (n) => fill('$ € £ ₽ 5 $, ', n) },
  { name: 'non-breaking spaces', make: (n) => fill('Minsk\u00a0', n) },
  { name: 'cyrillic words', make: (n) => fill('Президент Беларуси встретился с губернатором ', n) },
  { name: 'many short lines', make: (n) => fill('a\n', n) },
  { name: 'blank lines', make: (n) => fill('\n\n \n', n) },
];

/** Normal prose for comparison: press-release sentences, grown the same way. */
export const PROSE: Shape = {
  name: 'press release prose',
  make: (n) =>
    fill(
      'President Alexander Lukashenko met Governor of Irkutsk Oblast Igor Kobzev in Minsk on 25 September. ' +
        '"We are ready to expand our cooperation," Lukashenko said. Trade grew by 12% to $60 million last year.\n\n',
      n,
    ),
};

/** Repeats `unit` as many whole times as fit in `size` characters (at least once). */
function times(unit: string, size: number): number {
  return Math.max(1, Math.floor(size / unit.length));
}

/** Markup shapes: each goes through the HTML reader (nesting cap, DOM, Readability) and then the pipeline. */
export const HTML_SHAPES: readonly Shape[] = [
  {
    name: 'deep HTML',
    make: (n) => {
      const k = times('<div></div>', n - 40);
      return `${'<div>'.repeat(k)}The minister met the governor.${'</div>'.repeat(k)}`;
    },
  },
  {
    name: 'deep HTML with text at every level',
    make: (n) => {
      const k = times('<div>Minsk met. </div>', n);
      return `${'<div>Minsk met. '.repeat(k)}${'</div>'.repeat(k)}`;
    },
  },
  {
    name: 'deep HTML nests side by side',
    make: (n) => {
      const one = `${'<div>'.repeat(190)}The minister met the governor in Minsk on 3 May. ${'</div>'.repeat(190)}`;
      return one.repeat(times(one, n));
    },
  },
  { name: 'unclosed inline tags', make: (n) => '<b><i>word '.repeat(times('<b><i>word ', n)) },
  { name: 'unclosed list items', make: (n) => '<ul><li>item '.repeat(times('<ul><li>item ', n)) },
  {
    name: 'many HTML paragraphs',
    make: (n) => {
      const p = '<p>President Alma Borisov met Governor Ivan Petrov in Minsk on 3 May.</p>\n';
      return `<html><head><title>Talks</title></head><body><article>${p.repeat(times(p, n))}</article></body></html>`;
    },
  },
];
