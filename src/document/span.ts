/** A half-open range of UTF-16 offsets into a document's text: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Which stage, and which rule inside it, produced an annotation: the answer to "why was this coded?". */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Index of the first span in `sorted` (ordered by start) whose start is >= offset.
 * Binary search so that per-token look-ups stay O(log n) on long documents.
 */
export function lowerBound(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of `sorted` (non-overlapping, ordered) that contains `offset`, or undefined. */
export function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const i = lowerBound(sorted, offset + 1) - 1;
  const s = i >= 0 ? sorted[i] : undefined;
  return s && s.start <= offset && offset < s.end ? s : undefined;
}
