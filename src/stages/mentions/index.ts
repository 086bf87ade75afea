import type { Stage } from '../../pipeline/stage.js';

/** Names, titles, places, organisations, demonyms and pronouns. (placeholder) */
export const mentions: Stage = {
  name: 'mentions',
  reads: ['sentences', 'tokens'],
  writes: ['mentions'],
  run(doc) {
    doc.setLayer('mentions', [], this.name);
  },
};
