import type { MeetingText } from './view.js';

/** Words that open the phrase of a delegation led: "the", "a", "his", "her", "their", "its". */
const OPENER = /^(?:the|a|an|his|her|their|its|our|my)$/;
/** Most words between the opener and the noun: "the Canadian government delegation". */
const MODIFIER_REACH = 4;
/** Words that close the clause after the phrase: "led the Canadian delegation, while ...". */
const CLAUSE_END = /^(?:\.|;|,|while|whereas|and)$/;

/**
 * "while Prime Minister X led the Canadian delegation", "Y headed her country's delegation.": the
 * object of a verb of leading, from k, is a delegation and ends the clause, naming no place it went
 * and nothing it attended, so the leader joins the meeting the text reports. "led a delegation to
 * Manila" goes somewhere (a visit), read elsewhere; "led the delegation in talks on ..." goes on.
 */
export function ledDelegationHere(v: MeetingText, k: number, last: number): boolean {
  if (!OPENER.test(v.lower(k))) return false;
  let j = k + 1;
  for (; j < last && j - k <= MODIFIER_REACH + 1; j++) {
    if (/^delegations?$/.test(v.lower(j))) return j + 1 >= last || CLAUSE_END.test(v.lower(j + 1));
    if (!/^(?:ADJ|PROPN|NOUN|PART)$/.test(v.tok(j)?.pos ?? '') && !/^(?:'s|’s)$/.test(v.lower(j))) return false;
  }
  return false;
}
