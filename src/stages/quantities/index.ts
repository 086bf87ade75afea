import type { Document } from '../../document/document.js';
import type { Quantity } from '../../document/layers.js';
import { lowerBound, type Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { dollarOf } from '../../lexicon/currencies.js';
import { sourceCountry } from '../coreference/home-country.js';
import { forgetPassage } from './currency.js';
import { readFigure } from './figure.js';
import { wordRatios } from './folds.js';
import { DIGIT_NUMBER, SCALE_WORD, WORD_NUMBER, wordNumberValue } from './numbers.js';
import { FIGURE_RULES, type FigureQuantity } from './rules.js';
import { sortInPlace } from '../../document/order.js';

/** True when [start, end) touches any of the sorted, non-overlapping spans. */
function touches(sorted: readonly Span[], start: number, end: number): boolean {
  const i = lowerBound(sorted, end);
  return i > 0 && sorted[i - 1]!.end > start;
}

interface Hit {
  start: number;
  end: number;
  raw: string;
  isWord: boolean;
  needsScale: boolean;
}

/** Every numeral in a passage, digits and words, in text order. */
function numerals(passage: string): Hit[] {
  const hits: Hit[] = [];
  DIGIT_NUMBER.lastIndex = 0;
  for (let m = DIGIT_NUMBER.exec(passage); m; m = DIGIT_NUMBER.exec(passage)) {
    hits.push({ start: m.index, end: m.index + m[0].length, raw: m[0], isWord: false, needsScale: false });
  }
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(passage); m; m = WORD_NUMBER.exec(passage)) {
    // "a", "an", "half a" are numbers only before a scale word ("a million"), and every figure rule
    // turns them down without one; they are the commonest match, so they are dropped here unread.
    if (m[2] && !(mayOpenScale(passage, m.index + m[0].length) && SCALE_WORD.test(passage.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
    const w = wordNumberValue(m);
    hits.push({ start: m.index, end: m.index + m[0].length, raw: String(w.value), isWord: true, needsScale: w.needsScale });
  }
  return sortInPlace(hits, (a, b) => a.start - b.start);
}

/**
 * False only where SCALE_WORD cannot match the 16 characters from `at`: after any ASCII spaces,
 * the first character is plain ASCII that opens no scale word (none of t, m, b, l, c) and is no
 * hyphen, or the text ends first. Anything else is left to the expression.
 */
function mayOpenScale(passage: string, at: number): boolean {
  const limit = Math.min(passage.length, at + 16);
  let k = at;
  while (k < limit) {
    const c = passage.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) k++;
    else break;
  }
  if (k >= limit) return k < passage.length || k > at;
  const c = passage.charCodeAt(k) | 0x20;
  if (passage.charCodeAt(k) >= 128) return true;
  return c === 0x74 || c === 0x6d || c === 0x62 || c === 0x6c || c === 0x63 || passage.charCodeAt(k) === 0x2d;
}

/** Reads one paragraph (offsets relative to it). */
function readPassage(passage: string, base: number, blocked: readonly Span[]): FigureQuantity[] {
  const found: FigureQuantity[] = [];
  let consumed = 0;
  for (const hit of numerals(passage)) {
    if (hit.start < consumed) continue;
    if (touches(blocked, base + hit.start, base + hit.end)) continue;
    const figure = readFigure(passage, hit.start, hit.end, hit.raw, { isWord: hit.isWord, needsScale: hit.needsScale });
    if (!figure) continue;
    for (const rule of FIGURE_RULES) {
      const q = rule(figure);
      if (q && Number.isFinite(q.value)) {
        // A qualifier or currency symbol may reach back over an earlier figure's text; never overlap it.
        if (q.start < consumed) break;
        found.push(q);
        consumed = q.end;
        break;
      }
    }
  }
  // Merge the word ratios in, skipping any that overlap a figure: both lists are in text order.
  const merged: FigureQuantity[] = [];
  let k = 0;
  for (const r of wordRatios(passage)) {
    while (k < found.length && found[k]!.end <= r.start) merged.push(found[k++]!);
    if (k < found.length && found[k]!.start < r.end) continue;
    merged.push(r);
  }
  while (k < found.length) merged.push(found[k++]!);
  return merged;
}

/**
 * The spans to read: paragraphs, not sentences, because passage splitters cut inside figures
 * ("EUR2." | "4bn", "$1.5 mln." | ...). Without the tokenizer, the body as one stretch.
 */
function readingSpans(doc: Document): readonly Span[] {
  const paragraphs = doc.layer('paragraphs');
  if (paragraphs.length > 0) return paragraphs;
  const start = doc.meta.bodyStart;
  return start < doc.text.length ? [{ start, end: doc.text.length }] : [];
}

/**
 * A bare "$" (not "US$", "U.S. $", "C$") or a bare "dollars" is the issuer's own dollar in the release of a
 * state body of a state that issues one ("$45 million" from Global Affairs Canada is Canadian); a news
 * outlet's or another state's "$" stays the US dollar.
 */
const DOLLAR_SIGN = /(?:^|[^\p{L}.$])\$/u;
const NAMED_BEFORE_SIGN = /(?<![\p{L}])(?:US|U\.S\.)[ \u00a0]\$/u;
const BARE_DOLLARS = /\d(?:[^$\p{L}]*\p{L}+)?[ \u00a0]+dollars?$/u;
const NAMED_DOLLARS = /(?<![\p{L}])(?:US|U\.S\.|American|United[ \u00a0]States)[ \u00a0]+dollars?$/iu;

function homeDollar(doc: Document): string | null {
  const read = sourceCountry(doc.meta.source);
  if (read.media || !read.country) return null;
  return dollarOf(read.country);
}

function isBareDollar(text: string): boolean {
  if (text.includes('$')) return DOLLAR_SIGN.test(text) && !NAMED_BEFORE_SIGN.test(text);
  return BARE_DOLLARS.test(text) && !NAMED_DOLLARS.test(text);
}

/**
 * Money, percentages, ratios and counts, normalised to numbers. Numbers inside dates
 * found by the dates stage are not amounts.
 */
export const quantities: Stage = {
  name: 'quantities',
  reads: ['paragraphs', 'sentences', 'tokens', 'dates'],
  writes: ['quantities'],
  run(doc: Document) {
    const blocked = sortInPlace([...doc.layer('dates')], (a, b) => a.start - b.start);
    const dollar = homeDollar(doc);
    const out: Quantity[] = [];
    for (const span of readingSpans(doc)) {
      const passage = doc.text.slice(span.start, span.end);
      for (const q of readPassage(passage, span.start, blocked)) {
        const start = span.start + q.start;
        const end = span.start + q.end;
        const text = doc.text.slice(start, end);
        const local = dollar !== null && q.currency === 'USD' && isBareDollar(text);
        out.push({
          id: `q${out.length + 1}`,
          start,
          end,
          text,
          kind: q.kind,
          value: q.value,
          valueMax: q.valueMax,
          currency: local ? dollar : q.currency,
          qualifier: q.qualifier,
          unit: q.unit,
          stage: 'quantities',
          rule: local ? `${q.rule}/issuer-dollar` : q.rule,
        });
      }
    }
    forgetPassage();
    doc.setLayer('quantities', out, this.name);
  },
};

