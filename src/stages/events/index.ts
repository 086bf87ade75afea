import type { Stage } from '../../pipeline/stage.js';
import { codeEvents } from './code.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';

/**
 * PLOVER events: hand-written lexicon expressions (data/lexicon/events) and the CAMEO verb
 * dictionary (data/cameo) found in each sentence, with source and target actors by position,
 * negation, modality, passive voice and reported speech taken into account. No event is coded
 * when nothing matches.
 */
export function eventsStage(lexicon: () => EventLexicon = eventLexicon): Stage {
  return {
    name: 'events',
    reads: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'quotes'],
    writes: ['events'],
    run(doc) {
      doc.setLayer('events', codeEvents(doc, undefined, lexicon()), this.name);
    },
  };
}

export const events: Stage = eventsStage();
