import type { MeetingText } from './view.js';

/** Most tokens of the unnamed group before "and": "the soldiers of the 1st Infantry Brigade". */
const GROUP_REACH = 8;
/** More tokens a participle and its preposition add: "serving in". */
const PARTICIPLE_REACH = 2;

/**
 * "met soldiers of the brigade and its commander, Colonel X", "visited the staff of the embassy and
 * their head, Ambassador Y": a group named by common nouns only, coordinated with a role whose holder
 * is named after a comma, leaves the list open: the holder is an item of it. Returns the index of
 * the "and" that joins the two (the list walk reads the rest), or -1 when the phrase from j is no
 * such group: a verb, a clause opener, a person or a mark ends the search, and the words after
 * "and" must be a described name (`describedAt`, read by the caller's own rule).
 */
export function groupBeforeRole(v: MeetingText, j: number, last: number, describedAt: (k: number) => number): number {
  // "Canadian soldiers serving in the brigade": the walk may stand on the participle already, past the group's noun.
  const startsAtParticiple = participleAt(v, j);
  if (!startsAtParticiple && (v.tok(j)?.pos !== 'NOUN' || v.isCap(j) || v.mentionAt(j))) return -1;
  /** "soldiers serving in the brigade": a present participle right after the group's noun, whose phrase of place describes the group. */
  let participle = startsAtParticiple;
  for (let k = startsAtParticiple ? j + 2 : j + 1; k < last && k - j <= (participle ? GROUP_REACH + PARTICIPLE_REACH : GROUP_REACH); k++) {
    const l = v.lower(k);
    if (l === 'and') return describedAt(k + 1) > k + 1 ? k : -1;
    const pos = v.tok(k)?.pos ?? '';
    if (v.person(v.mentionAt(k)) || v.isClauseOpener(k)) return -1;
    if (!participle && participleAt(v, k)) {
      participle = true;
      k++;
      continue;
    }
    if (!(/^(?:of|the|a|an)$/.test(l) || pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || pos === 'PROPN')) return -1;
  }
  return -1;
}

/** A present participle right after a common noun of the group, with a preposition after it: "soldiers serving in". */
function participleAt(v: MeetingText, k: number): boolean {
  const l = v.lower(k);
  return v.tok(k)?.pos === 'VERB' && l.endsWith('ing') && v.tok(k - 1)?.pos === 'NOUN' && !v.isCap(k - 1)
    && !v.person(v.mentionAt(k - 1)) && /^(?:in|at|with|on|under|from)$/.test(v.lower(k + 1));
}
