import type { Span } from '../../document/span.js';
import type { CalendarDay } from './calendar.js';

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
  /** The document date; null means only absolute dates can be resolved. */
  readonly reference: CalendarDay | null;
}

/** A rule family: reads one sentence, returns the dates it is sure of. */
export type DateRule = (ctx: DateContext) => DateCandidate[];
