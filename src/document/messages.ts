import type { Span } from './span.js';

export type Severity = 'info' | 'warning' | 'error';

/**
 * A content problem found while reading a document (a quote with no closing mark,
 * an unknown country). Messages never stop a batch; they travel with the record.
 */
export interface DocumentMessage {
  readonly severity: Severity;
  readonly stage: string;
  readonly rule: string;
  readonly text: string;
  readonly span: Span | null;
}
