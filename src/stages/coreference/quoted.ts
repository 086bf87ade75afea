import type { Span } from '../../document/span.js';
import { emptyList } from '../../document/order.js';
import { findMarkedQuotes } from '../quotes/marks.js';

/**
 * The stretches of text inside quotation marks, paired as the quotes stage pairs them, for asking
 * whether an offset is quoted: a binary search over the quotes in text order.
 */
export class QuotedSpans {
  private readonly spans: Span[];

  constructor(text: string, paragraphs: readonly Span[]) {
    const { quotes } = findMarkedQuotes(text, paragraphs);
    // One kind of list whether the text quotes anything or not (a map over no quotes gives another).
    const spans: Span[] = emptyList();
    for (const q of quotes) spans.push({ start: q.textStart, end: q.close });
    this.spans = spans;
  }

  contains(offset: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    // The last span starting at or before the offset.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const span = this.spans[lo - 1];
    return span !== undefined && offset < span.end;
  }
}
