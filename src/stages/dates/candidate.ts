import type { Span } from '../../document/span.js';
import type { CalendarDay } from './calendar.js';
import type { TenseReader } from './tense.js';

export type DateGrain = 'day' | 'month' | 'year';

/** A date found by one rule, before overlapping finds are reconciled. */
export interface DateCandidate extends Span {
  readonly value: string;
  readonly grain: DateGrain;
  /** Name of the rule that fired, e.g. "chrono/day-month", "year/bare", "relative/last-year". */
  readonly rule: string;
}

/** What every date rule sees: one sentence of the document and the reference day. */
export interface DateContext {
  readonly text: string;
  /** The sentence (or paragraph) being read. */
  readonly span: Span;
  /** Its text: `text.slice(span.start, span.end)`, cut once for all the rules. */
  readonly sentence: string;
  /** The document date; null means only absolute dates can be resolved. */
  readonly reference: CalendarDay | null;
  /** Whether the words governing a date look ahead or back; decides the year of "in September". */
  readonly tense: TenseReader;
}

/** A rule family: reads one sentence, returns the dates it is sure of. */
export type DateRule = (ctx: DateContext) => DateCandidate[];
