import type { Stage } from '../../pipeline/stage.js';

/** Direct quotations and their speakers. (placeholder) */
export const quotes: Stage = {
  name: 'quotes',
  reads: ['paragraphs', 'sentences', 'tokens', 'mentions', 'actors'],
  writes: ['quotes'],
  run(doc) {
    doc.setLayer('quotes', [], this.name);
  },
};
