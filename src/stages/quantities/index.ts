import type { Stage } from '../../pipeline/stage.js';

/** Money, percentages, ratios and counts, normalised. (placeholder) */
export const quantities: Stage = {
  name: 'quantities',
  reads: ['sentences', 'tokens'],
  writes: ['quantities'],
  run(doc) {
    doc.setLayer('quantities', [], this.name);
  },
};
