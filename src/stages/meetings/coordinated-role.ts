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
    if (l === 'and') return describedAt(k + 1) > k + 1 || titledPersonAt(v, k + 1, last) ? k : -1;
    const pos = v.tok(k)?.pos ?? '';
    if (v.person(v.mentionAt(k)) || v.isClauseOpener(k)) return -1;
    // "the families of the detained sailors": a past participle between a determiner and a noun qualifies the noun.
    if (attributivePastParticiple(v, k)) continue;
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

/** Most tokens from where a titled name's phrase opens to its name: "the Mayor of the City of Izmail, X". */
const TITLED_REACH = 8;

/**
 * Whether a person introduced by an office of their own stands at k: "Mayor X", "the Mayor of Y, X",
 * or the office alone that the text resolves to a person ("the Mayor"). A bare name or a common noun is none.
 */
export function titledPersonAt(v: MeetingText, k: number, last: number): boolean {
  const open = v.lower(k) === 'the' ? k + 1 : k;
  if (!v.isCap(open)) return false;
  for (let j = open; j < last && j - open <= TITLED_REACH; j++) {
    // "the Mayor of Izmail, X": an office naming its place or body, renamed after a comma.
    if (v.lower(j) === ',') return v.isOfficeWord(open) && v.person(v.mentionAt(j + 1)) !== null;
    const m = v.mentionAt(j);
    if (!m) {
      if (!v.isCap(j) && !/^(?:of|for|to|the)$/.test(v.lower(j))) return false;
      continue;
    }
    const [start, end] = v.tokenRange(m);
    if (!v.person(m)) {
      if (m.type === 'place' || m.type === 'organization') {
        j = end - 1;
        continue;
      }
      return false;
    }
    return m.form === 'title' ? start === open : v.officeStart(start) === open && open < start;
  }
  return false;
}

/**
 * "the detained sailors", "a displaced family": a past participle in lower case between a determiner
 * or an adjective and a common noun is used as an adjective, whatever its tag. `afterPreposition`
 * lets a preposition stand before it too ("the family of detained sailor X"), for callers that read
 * a description back from a name rather than a list forward.
 */
export function attributivePastParticiple(v: MeetingText, k: number, afterPreposition = false): boolean {
  if (!v.lower(k).endsWith('ed') || v.isCap(k) || v.mentionAt(k)) return false;
  const next = v.tok(k + 1);
  if (next?.pos !== 'NOUN' || v.isCap(k + 1)) return false;
  const before = v.tok(k - 1)?.pos;
  return before === 'DET' || before === 'ADJ' || (afterPreposition && before === 'ADP');
}
