import type { Stage } from '../../pipeline/stage.js';
import { codeEvents } from './code.js';

/**
 * PLOVER events: lexicon expressions (data/lexicon/events) found in each sentence, with
 * source and target actors by position, negation, modality, passive voice and reported
 * speech taken into account. No event is coded when no expression matches.
 */
export const events: Stage = {
  name: 'events',
  reads: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'quotes'],
  writes: ['events'],
  run(doc) {
    doc.setLayer('events', codeEvents(doc), this.name);
  },
};
