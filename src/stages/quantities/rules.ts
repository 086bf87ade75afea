import { refineYen } from './currency.js';
import type { Figure } from './figure.js';
import { scaled } from './numbers.js';
import type { QuantityKind } from '../../document/layers.js';

/** A classified figure, passage-relative. */
export interface FigureQuantity {
  readonly start: number;
  readonly end: number;
  readonly kind: QuantityKind;
  readonly value: number;
  readonly valueMax: number | null;
  readonly currency: string | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  readonly rule: string;
}

export type FigureRule = (f: Figure) => FigureQuantity | null;

const exponent = (f: Figure) => (f.gluedScale ?? 0) + (f.scaleWord ?? 0);
const valueOf = (f: Figure) => scaled(f.decimal, exponent(f));
const startOf = (f: Figure) => f.qualifier?.start ?? f.prefix?.start ?? f.start;

function make(f: Figure, end: number, kind: QuantityKind, rule: string, extra: Partial<FigureQuantity> = {}): FigureQuantity {
  return {
    start: startOf(f),
    end,
    kind,
    value: valueOf(f),
    valueMax: null,
    currency: null,
    qualifier: f.qualifier?.text ?? null,
    unit: null,
    rule,
    ...extra,
  };
}

/** "$284 million", "BYN 30 million", "€2.4bn", "8.5 billion Russian rubles", "£300m". */
export const money: FigureRule = (f) => {
  const suffix = f.suffixCurrency && (!f.suffixCurrency.weak || f.scaleWord !== null || f.gluedScale !== null) ? f.suffixCurrency : null;
  if (!f.prefix && !suffix) return null;
  if (f.needsScale && exponent(f) === 0) return null;
  const code = refineYen(f.prefix?.code ?? suffix!.code, f.passage);
  const end = suffix ? f.end + suffix.length : f.end;
  return make(f, end, 'money', f.prefix ? 'money/symbol-before' : 'money/name-after', { currency: code });
};

const PERCENT = /^[ \u00a0]*(%|per[ \u00a0]?cent\b|percent\b|percentage points?\b|pct\b)/i;
const PERCENT_RANGE = /^[ \u00a0]*(?:-|–|—|to|and)[ \u00a0]*(\d+(?:[.,]\d+)?)[ \u00a0]*(%|per[ \u00a0]?cent\b|percent\b|percentage points?\b)/i;

/** "3-5%", "between 3 and 5 per cent": a percentage with an upper bound. */
export const percentRange: FigureRule = (f) => {
  if (f.gluedScale !== null || f.scaleWord !== null || f.needsScale) return null;
  const m = PERCENT_RANGE.exec(f.passage.slice(f.numeralEnd, f.numeralEnd + 40));
  if (!m) return null;
  const max = Number(m[1]!.replace(',', '.'));
  const between = /(?<![\p{L}])(between|from)[ \u00a0]+$/iu.exec(f.passage.slice(Math.max(0, f.start - 12), f.start));
  const qualifier = between ? between[1]!.toLowerCase() : (f.qualifier?.text ?? null);
  const start = between ? f.start - between[0].length : startOf(f);
  const points = /points?$/i.test(m[2]!);
  return { ...make(f, f.numeralEnd + m[0].length, 'percent', 'percent/range', { valueMax: max, qualifier, unit: points ? 'percentage points' : null }), start };
};

/** "4 per cent", "12%", "4 percent", "3.5 percentage points". */
export const percent: FigureRule = (f) => {
  if (f.gluedScale !== null || f.needsScale) return null;
  const m = PERCENT.exec(f.after);
  if (!m) return null;
  const points = /points?$/i.test(m[1]!);
  return make(f, f.end + m[0].length, 'percent', points ? 'percent/points' : m[1] === '%' ? 'percent/sign' : 'percent/words', {
    unit: points ? 'percentage points' : null,
  });
};

const TIMES = /^[ \u00a0]+times\b/i;
const FOLD = /^[ \u00a0-]?fold\b/i;
/** Words around "N times" that make it a comparison, not a count of occasions ("met three times"). */
const RATIO_AFTER = /^[ \u00a0]+times[ \u00a0]+(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|as|over|cheaper|richer|longer|the)\b/i;
const RATIO_BEFORE = /(?<![\p{L}])(?:by|up|down|increased|increase|increases|grew|grown|rose|risen|fell|fallen|decreased|dropped|jumped|surged|soared|expanded|multiplied|climbed|declined|shrank|over|almost|nearly|about|some|more than|roughly)[ \u00a0]+$/iu;

/** "2.6 times", "by three times", "2.5-fold", "three-fold". */
export const ratio: FigureRule = (f) => {
  if (f.gluedScale !== null || f.scaleWord !== null || f.needsScale || f.prefix) return null;
  const fold = FOLD.exec(f.after);
  if (fold) return make(f, f.end + fold[0].length, 'ratio', 'ratio/fold');
  const times = TIMES.exec(f.after);
  if (!times) return null;
  const before = f.passage.slice(Math.max(0, startOf(f) - 16), startOf(f));
  const comparative = RATIO_AFTER.test(f.after) || RATIO_BEFORE.test(before) || f.qualifier !== null;
  // A fractional multiplier is never a number of occasions; a whole one needs a comparison cue.
  if (f.integer && !comparative) return null;
  return make(f, f.end + times[0].length, 'ratio', 'ratio/times');
};

const DETERMINER_BEFORE = /(?<![\p{L}])(?:the|these|those|both|all|its|their|our|his|her|of|to|first|last|other)[ \u00a0]+$/iu;

/** "300 tonnes", "5,000 new jobs", "12 agreements", "1.5 million tonnes", "2.4 million". */
export const count: FigureRule = (f) => {
  if (f.gluedScale !== null || f.prefix) return null;
  if (f.needsScale && f.scaleWord === null) return null;
  if (f.unit) {
    // "the two countries", "both sides": a word number after a determiner names a group, not a figure.
    if (f.isWord && f.scaleWord === null && DETERMINER_BEFORE.test(f.passage.slice(Math.max(0, f.start - 10), f.start))) return null;
    return make(f, f.end + f.unit.length, 'count', 'count/unit', { unit: f.unit.unit });
  }
  if (f.scaleWord !== null) return make(f, f.end, 'count', 'count/scale');
  return null;
};

/** In order: the first rule that accepts a figure classifies it. */
export const FIGURE_RULES: readonly FigureRule[] = [money, percentRange, percent, ratio, count];
