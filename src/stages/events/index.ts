import type { Stage } from '../../pipeline/stage.js';

/** PLOVER events. (placeholder) */
export const events: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'quotes'],
  writes: ['events'],
  run(doc) {
    doc.setLayer('events', [], this.name);
  },
};
