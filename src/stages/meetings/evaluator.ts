import { NO_SKIP, peopleBefore } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/** Words of how one found something one took part in: "felt very positive about", "was pleased with". */
const FEELING = /^(?:positive|pleased|satisfied|happy|delighted|glad|upbeat|encouraged|gratified)$/;
/** Verbs that carry such a word: "felt positive", "was pleased", "has been satisfied". */
const FEELING_VERB = /^(?:felt|feels|feel|was|were|is|are|been|seemed|appeared)$/;
/** Degree words between the verb and the feeling: "very", "extremely", "particularly". */
const DEGREE = /^(?:very|extremely|most|highly|particularly|especially|quite|really|so|deeply|truly)$/;
/** The determiners of a meeting the text has already told of: "the meeting", "this visit". */
const TOLD_BEFORE = /^(?:the|this|that)$/;

/**
 * "President X felt very positive about the meeting", "Y was pleased with the talks": one who tells
 * how a meeting went, named as the subject of a word of feeling about it, took part in it. Only for
 * a meeting the text told of before ("the", "this") and named here without parties of its own,
 * which the caller checks ("pleased with the talks between A and B" is someone else's). `lead` is
 * where the meeting noun's phrase starts.
 */
export function evaluatorOf(v: MeetingText, lead: number, first: number): PersonRef[] {
  if (!TOLD_BEFORE.test(v.lower(lead)) || !/^(?:about|with)$/.test(v.lower(lead - 1))) return [];
  let j = lead - 2;
  if (!FEELING.test(v.lower(j))) return [];
  j--;
  while (j >= first && DEGREE.test(v.lower(j))) j--;
  if (!FEELING_VERB.test(v.lower(j))) return [];
  // "had been pleased": the auxiliaries before the verb belong to the verb group.
  while (j - 1 >= first && /^(?:has|have|had|was|were|is|are|been|be|also|not)$/.test(v.lower(j - 1))) j--;
  return peopleBefore(v, j, first, NO_SKIP);
}

