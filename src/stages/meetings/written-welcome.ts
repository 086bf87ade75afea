import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import type { MeetingText } from './view.js';

/** Nouns of words put in writing or sent from afar: "in a statement", "in a video message", "in a letter". */
const WRITTEN = /^(?:statement|statements|message|letter|post|tweet|communiqu[eé]|release|op-ed|article|telegram|cable)$/;
/** Words that may stand between "in" and the noun of writing: "in a joint written statement", "in his video message". */
const BEFORE_WRITTEN = /^(?:a|an|the|his|her|its|their|joint|written|short|brief|separate|video|press|public|official|televised|recorded)$/;
/** Most tokens from the start of the clause to a verb of welcoming: "In a statement issued on Friday, Governor X welcomed". */
const FRAME_REACH = 24;
/** Most tokens from "in" to its noun of writing. */
const MEDIUM_REACH = 4;

/** Whether "in", at j, opens a phrase whose head is a noun of writing: "in a statement", "in a joint written statement". */
function inWriting(v: MeetingText, j: number): boolean {
  if (v.lower(j) !== 'in') return false;
  for (let k = j + 1; k <= j + MEDIUM_REACH; k++) {
    const l = v.lower(k);
    if (WRITTEN.test(l)) return true;
    if (!BEFORE_WRITTEN.test(l)) return false;
  }
  return false;
}

/**
 * "In a statement, Governor X welcomed the visit of Ambassador Y", "X welcomed in a letter the
 * arrival of Y": a welcome written or sent is approval said from afar, not a guest greeted in
 * person, so the one who writes it hosts no one and is at no meeting it names. Only a phrase of
 * the welcoming verb's own clause counts: "X, who welcomed Y, later said in a statement" greeted Y,
 * and so did "In a statement, X said he had welcomed Y".
 */
export function welcomeInWriting(v: MeetingText, verb: number, first: number): boolean {
  for (let j = verb - 1; j >= first && verb - j <= FRAME_REACH; j--) {
    const l = v.lower(j);
    if (l === ';' || l === ':' || l === 'that' || v.isClauseOpener(j)) break;
    // "In a statement, X said he had welcomed Y": the welcome is told of in a clause of saying, as a
    // meeting held before the statement was written.
    if (v.isVerb(j) && speechVerbLexicon().lemmas.has(l)) break;
    if (inWriting(v, j)) return true;
  }
  return inWriting(v, verb + 1);
}
