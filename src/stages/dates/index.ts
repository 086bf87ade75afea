import type { Document } from '../../document/document.js';
import type { DateMention } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseIsoDay } from './calendar.js';
import type { DateRule } from './candidate.js';
import { chronoDates } from './chrono-dates.js';
import { keepLongest, shareYears } from './refine.js';
import { relativeDates } from './relative.js';
import { weekdayDates } from './weekdays.js';
import { bareYears } from './years.js';

/** Rule families in order of trust: on equal spans the earlier one wins. */
const RULES: readonly DateRule[] = [chronoDates, relativeDates, weekdayDates, bareYears];

/** The spans to read: sentences when the tokenizer ran, else the body as one stretch. */
function readingSpans(doc: Document): readonly Span[] {
  const sentences = doc.layer('sentences');
  if (sentences.length > 0) return sentences;
  const start = doc.meta.bodyStart;
  return start < doc.text.length ? [{ start, end: doc.text.length }] : [];
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
      const ctx = { text: doc.text, span, reference };
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
