import type { QuantityKind } from '../../document/layers.js';
import type { Span } from '../../document/span.js';

/** A figure found by one rule, before overlapping finds are reconciled. Offsets are document offsets. */
export interface QuantityCandidate extends Span {
  readonly kind: QuantityKind;
  readonly value: number;
  readonly valueMax: number | null;
  readonly currency: string | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  /** Name of the rule that fired: "money/prefix", "percent/sign", "ratio/times", "count/unit", ... */
  readonly rule: string;
}

/** One passage to read, and the spans (dates) whose numbers are not amounts. */
export interface QuantityContext {
  readonly text: string;
  readonly span: Span;
  readonly blocked: readonly Span[];
}
