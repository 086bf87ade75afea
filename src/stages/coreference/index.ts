import type { Stage } from '../../pipeline/stage.js';

/** Links mentions into actors. (placeholder) */
export const coreference: Stage = {
  name: 'coreference',
  reads: ['sentences', 'tokens', 'mentions'],
  writes: ['actors'],
  run(doc) {
    doc.setLayer('actors', [], this.name);
  },
};
