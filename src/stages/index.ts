import { Pipeline } from '../pipeline/pipeline.js';
import type { Stage } from '../pipeline/stage.js';
import { coreference } from './coreference/index.js';
import { dates } from './dates/index.js';
import { events } from './events/index.js';
import { meetings } from './meetings/index.js';
import { measures } from './measures/index.js';
import { mentions } from './mentions/index.js';
import { quantities } from './quantities/index.js';
import { quotes } from './quotes/index.js';
import { tokenize } from './tokenize/index.js';

/**
 * The pipeline, in order. Each stage reads only what an earlier stage wrote;
 * `new Pipeline` checks that at start-up.
 */
export const STAGES: readonly Stage[] = [
  tokenize, // paragraphs, sentences, tokens, POS (wink-nlp)
  dates, // dates resolved against the document date
  quantities, // money, percentages, ratios, counts
  mentions, // names, titles, places, organisations, demonyms, pronouns
  coreference, // mentions -> actors
  quotes, // direct quotations and their speakers
  events, // PLOVER events
  meetings, // meetings, calls, visits and ceremonies, held or planned
  measures, // what each figure measures: topic, level / change / target, period, between whom
];

let shared: Pipeline | null = null;

export function defaultPipeline(): Pipeline {
  shared ??= new Pipeline(STAGES);
  return shared;
}
