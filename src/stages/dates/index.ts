import type { Stage } from '../../pipeline/stage.js';

/** Dates mentioned in the text, resolved against the document date. (placeholder: filled in by the dates work) */
export const dates: Stage = {
  name: 'dates',
  reads: ['sentences', 'tokens'],
  writes: ['dates'],
  run(doc) {
    doc.setLayer('dates', [], this.name);
  },
};
