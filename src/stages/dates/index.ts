import type { Document } from '../../document/document.js';
import type { DateMention, Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseIsoDay } from './calendar.js';
import type { DateRule } from './candidate.js';
import { chronoDates } from './chrono-dates.js';
import { keepLongest, shareYears } from './refine.js';
import { relativeDates } from './relative.js';
import { guessWords, readTense, type TenseWord } from './tense.js';
import { weekdayDates } from './weekdays.js';
import { bareYears } from './years.js';

/** Rule families in order of trust: on equal spans the earlier one wins. */
const RULES: readonly DateRule[] = [chronoDates, relativeDates, weekdayDates, bareYears];

interface ReadingSpan extends Span {
  readonly words: readonly TenseWord[];
}

/**
 * The spans to read with their words: sentences and their tokens when the tokenizer ran, else
 * the body as one stretch with roughly guessed words.
 */
function readingSpans(doc: Document): readonly ReadingSpan[] {
  const sentences = doc.layer('sentences');
  const tokens: readonly Token[] = doc.layer('tokens');
  if (sentences.length > 0) {
    return sentences.map((s) => ({ start: s.start, end: s.end, words: tokens.slice(s.tokenStart, s.tokenEnd) }));
  }
  const start = doc.meta.bodyStart;
  if (start >= doc.text.length) return [];
  const body = { start, end: doc.text.length };
  return [{ ...body, words: guessWords(doc.text, body) }];
}

/**
 * Dates mentioned in the text, resolved against the document date: explicit dates through
 * chrono-node, plus our own rules for bare years, relative expressions and weekdays.
 */
export const dates: Stage = {
  name: 'dates',
  reads: ['sentences', 'tokens'],
  writes: ['dates'],
  run(doc: Document) {
    const reference = parseIsoDay(doc.meta.date);
    const out: DateMention[] = [];
    for (const span of readingSpans(doc)) {
      const ctx = { text: doc.text, span: { start: span.start, end: span.end }, reference, tense: readTense(span.words) };
      const found = shareYears(keepLongest(RULES.flatMap((rule) => rule(ctx))), doc.text);
      for (const c of found) {
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
    doc.setLayer('dates', out, this.name);
  },
};
