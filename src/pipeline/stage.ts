import type { Document } from '../document/document.js';
import type { LayerName } from '../document/layers.js';

/**
 * One step of the pipeline: a name, the layers it needs, the layers it writes,
 * and a function over the document. Stages keep no state between documents.
 */
export interface Stage {
  readonly name: string;
  readonly reads: readonly LayerName[];
  readonly writes: readonly LayerName[];
  run(doc: Document): void;
}
