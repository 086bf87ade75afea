import { meetingLexicon } from '../../lexicon/meetings.js';
import { modalAt } from './status.js';
import type { MeetingText, PersonRef } from './view.js';

/** Most words of the phrase before a body's noun: "the joint intergovernmental". */
const BODY_PHRASE_REACH = 4;

/** Auxiliaries of the present and the present perfect: "has prepared", "is working". */
const PRESENT_AUX = /^(?:has|have|is|are)$/;

/**
 * "The intergovernmental commission chaired by A and B has prepared a package", "The commission
 * led by A should meet before the end of the year": a participle after a standing body that heads
 * its clause says who leads the body when the clause's own verb follows a modal, or is in the
 * present or the present perfect with no word of meeting: a standing fact, no sitting of the body.
 * In the simple past ("The commission, chaired by A, met in Kazan") or with a meeting verb after
 * the auxiliary ("has met twice") a sitting is told, and its chair takes part.
 *
 * i is the participle, first the clause's first token, agents the people of its "by" phrase, and
 * isBody tells a body's noun or name at a token.
 */
export function bodyLedAsStandingFact(
  v: MeetingText, i: number, first: number, last: number, agents: readonly PersonRef[], isBody: (k: number) => boolean,
): boolean {
  if (agents.length === 0) return false;
  let j = i - 1;
  if (v.lower(j) === ',') j--;
  if (j < first || !isBody(j)) return false;
  const m = v.mentionAt(j);
  let g = (m ? Math.max(first, v.tokenRange(m)[0]) : j) - 1;
  const start = g;
  while (g >= first && start - g < BODY_PHRASE_REACH && !v.isVerb(g) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(g)?.pos ?? '')) g--;
  // Only a body at the head of its clause is the subject of the verb after the agents.
  if (g >= first) return false;
  let k = v.tokenRange(agents[agents.length - 1]!.mention)[1];
  while (k < last && (v.lower(k) === ',' || v.tok(k)?.pos === 'ADV')) k++;
  if (k >= last) return false;
  if (modalAt(v, k)) return true;
  if (!PRESENT_AUX.test(v.lower(k))) return false;
  let verb = k + 1;
  while (verb < last && v.tok(verb)?.pos === 'ADV') verb++;
  return !meetingLexicon().byFirstWord.has(v.lower(verb));
}
