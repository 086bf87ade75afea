import type { LayerName, LayerTypes } from './layers.js';
import { emptyList } from './order.js';
import type { DocumentMessage, Severity } from './messages.js';
import type { Span } from './span.js';

export interface DocumentMeta {
  /** Publication date, YYYY-MM-DD, or null when unknown. Relative dates resolve against it. */
  readonly date: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /**
   * Offset where the body starts. Text before it (a "date ... Source: ..." header line)
   * stays in `text` so offsets match the file, but no stage annotates it.
   */
  readonly bodyStart: number;
}

export class LayerWriteError extends Error {
  constructor(layer: string, stage: string) {
    super(`Layer "${layer}" was already written before stage "${stage}"; give each layer exactly one writing stage in src/stages/index.ts.`);
    this.name = 'LayerWriteError';
  }
}

/**
 * One news text travelling through the pipeline. The text never changes; stages add
 * layers of annotations anchored to it by offsets, and messages about problems.
 */
export class Document {
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly messages: DocumentMessage[] = [];
  private readonly layers = new Map<LayerName, readonly unknown[]>();

  constructor(id: string, text: string, meta: Partial<DocumentMeta> = {}) {
    this.id = id;
    this.text = text;
    this.meta = {
      date: meta.date ?? null,
      source: meta.source ?? null,
      title: meta.title ?? null,
      url: meta.url ?? null,
      bodyStart: meta.bodyStart ?? 0,
    };
  }

  has(name: LayerName): boolean {
    return this.layers.has(name);
  }

  /** The annotations of a layer; empty when no stage has written it. */
  layer<L extends LayerName>(name: L): readonly LayerTypes[L][] {
    return (this.layers.get(name) as readonly LayerTypes[L][] | undefined) ?? emptyList();
  }

  /** Writes a layer once. Items should be in text order. */
  setLayer<L extends LayerName>(name: L, items: readonly LayerTypes[L][], stage = 'unknown'): void {
    if (this.layers.has(name)) throw new LayerWriteError(name, stage);
    this.layers.set(name, items.length === 0 ? emptyList() : items);
  }

  /** Replaces a layer a later stage refines in place (e.g. coreference filling `mention.actor`). */
  replaceLayer<L extends LayerName>(name: L, items: readonly LayerTypes[L][]): void {
    this.layers.set(name, items.length === 0 ? emptyList() : items);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  report(severity: Severity, stage: string, rule: string, text: string, span: Span | null = null): void {
    this.messages.push({ severity, stage, rule, text, span });
  }
}
