import type { Document } from '../../document/document.js';
import type { DateMention, Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseIsoDay, type CalendarDay } from './calendar.js';
import type { DateCandidate, DateContext, DateRule } from './candidate.js';
import { chronoDates } from './chrono-dates.js';
import { keepLongest, shareYears } from './refine.js';
import { relativeDates } from './relative.js';
import { guessWords, readTense, type TenseCue, type TenseReader } from './tense.js';
import { weekdayDates } from './weekdays.js';
import { bareYears } from './years.js';

/** Rule families in order of trust: on equal spans the earlier one wins. */
const RULES: readonly DateRule[] = [chronoDates, relativeDates, weekdayDates, bareYears];

/**
 * The tense of a span, read on the first question only: most sentences carry no date that
 * asks (only a month or weekday without a year does), so most are never read at all.
 */
class LazyTense implements TenseReader {
  private reader: TenseReader | null = null;

  /** The words are `tokens[from, to)`, or, without tokens, guessed from the span's text. */
  constructor(
    private readonly doc: Document,
    private readonly span: Span,
    private readonly tokens: readonly Token[] | null,
    private readonly from = 0,
    private readonly to = 0,
  ) {}

  at(offset: number): TenseCue | null {
    this.reader ??= readTense(this.tokens ? this.tokens.slice(this.from, this.to) : guessWords(this.doc.text, this.span));
    return this.reader.at(offset);
  }
}

/** Runs every rule over one span and appends its reconciled dates to `out`. */
function readSpan(doc: Document, span: Span, reference: CalendarDay | null, tense: TenseReader, out: DateMention[]): void {
  const ctx: DateContext = { text: doc.text, span, sentence: doc.text.slice(span.start, span.end), reference, tense };
  let candidates: DateCandidate[] | null = null;
  for (const rule of RULES) {
    const found = rule(ctx);
    if (found.length === 0) continue;
    if (candidates === null) candidates = found;
    else for (const c of found) candidates.push(c);
  }
  if (candidates === null) return;
  for (const c of shareYears(keepLongest(candidates), doc.text)) {
    out.push({
      id: `d${out.length + 1}`,
      start: c.start,
      end: c.end,
      text: doc.text.slice(c.start, c.end),
      value: c.value,
      grain: c.grain,
      stage: 'dates',
      rule: c.rule,
    });
  }
}

/**
 * Dates mentioned in the text, resolved against the document date: explicit dates through
 * chrono-node, plus our own rules for bare years, relative expressions and weekdays. The spans
 * read are the sentences with their tokens when the tokenizer ran, else the body as one
 * stretch with roughly guessed words.
 */
export const dates: Stage = {
  name: 'dates',
  reads: ['sentences', 'tokens'],
  writes: ['dates'],
  run(doc: Document) {
    const reference = parseIsoDay(doc.meta.date);
    const out: DateMention[] = [];
    const sentences = doc.layer('sentences');
    const tokens: readonly Token[] = doc.layer('tokens');
    if (sentences.length > 0) {
      for (const s of sentences) readSpan(doc, s, reference, new LazyTense(doc, s, tokens, s.tokenStart, s.tokenEnd), out);
    } else if (doc.meta.bodyStart < doc.text.length) {
      const body = { start: doc.meta.bodyStart, end: doc.text.length };
      readSpan(doc, body, reference, new LazyTense(doc, body, null), out);
    }
    doc.setLayer('dates', out, this.name);
  },
};
