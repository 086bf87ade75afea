/**
 * Words before a figure that say how exact it is. Kept on the record in lower case,
 * and included in the quantity's text ("over $284 million").
 */
const QUALIFIER = new RegExp(
  String.raw`(?<![\p{L}])(` +
    [
      'just over', 'just under', 'well over', 'slightly over', 'slightly more than', 'a little over', 'more than',
      'less than', 'fewer than', 'no less than', 'no more than', 'not less than', 'not more than', 'at least',
      'at most', 'up to', 'as much as', 'as many as', 'as little as', 'in excess of', 'upwards of', 'close to',
      'an estimated', 'approximately', 'approx\\.', 'roughly', 'almost', 'nearly', 'about', 'around', 'over',
      'under', 'some', 'exceeding', 'above', 'below', 'circa', 'only',
    ].join('|') +
    String.raw`)[ \u00a0]+$`,
  'iu',
);

export interface QualifierMatch {
  readonly text: string;
  readonly index: number;
}

/** The qualifier ending exactly where `before` ends (up to its trailing space), if any. */
export function qualifierBefore(before: string): QualifierMatch | null {
  // The pattern ends in blanks: without one at the end there is nothing to try.
  const last = before.charCodeAt(before.length - 1);
  if (last !== 32 && last !== 0xa0) return null;
  const m = QUALIFIER.exec(before);
  if (!m) return null;
  return { text: m[1]!.toLowerCase().replace(/\s+/g, ' '), index: m.index };
}
