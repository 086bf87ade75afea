import { amongGroupSubject, dateAdjunctEnd, peopleAfter, peopleBefore } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/*
 * Lists of those present at a meeting, after a word of presence ("present were A and B",
 * "participants included C"), in a delegation ("a delegation comprising D and E") or before a
 * copula ("F and G were also present").
 */

/** Words that open the list after a word of presence: "included", "were", "comprised", "consisted of", ":". */
const LIST_OPENERS = /^(?:included|include|includes|including|were|are|was|is|comprised|comprises|consisted|consists|:|of)$/;

/** Most tokens from a word of presence to the word opening its list: "attending the reception on the Japanese side were". */
const PRESENT_REACH = 12;

/**
 * "participants included A, B and C", "present were A and B", "the Russian delegation comprised
 * A and B", "with the participation of A", "taking part in the talks were A and B".
 */
export function presentList(v: MeetingText, k: number, last: number): PersonRef[] | null {
  /** Tokens of relative clauses passed over, which do not count against the reach. */
  let aside = 0;
  for (let j = k; j < last && j - k - aside < PRESENT_REACH; j++) {
    const l = v.lower(j);
    // "present at the meeting, which was closed to the press, were A and B": a relative clause set
    // off by commas describes the meeting; its verb opens no list.
    if (l === ',' && RELATIVE_PRONOUN.test(v.lower(j + 1))) {
      const close = closingComma(v, j + 1, last);
      if (close < 0) return null;
      aside += close - j;
      j = close;
      continue;
    }
    // "Chairing the meeting of the Council of Ministers of the Union State in Riga on Friday was X":
    // a date adjunct counts for no words, and the name of a body or a place for one.
    const dated = dateAdjunctEnd(v, j, last);
    if (dated > j) {
      aside += dated - j;
      j = dated - 1;
      continue;
    }
    const named = v.mentionAt(j);
    if (named && named.type !== 'person') {
      const nameEnd = v.tokenRange(named)[1];
      if (nameEnd > j + 1) {
        aside += nameEnd - j - 1;
        j = nameEnd - 1;
        continue;
      }
    }
    // "The delegation was led by A, and also included B and C": past the leader's passive phrase, the
    // verb coordinated with it lists the members.
    const members = pastLeader(v, j, last);
    if (members > j) {
      aside += members - j;
      j = members - 1;
      continue;
    }
    // "The delegations led by the two Presidents included A and B": a phrase of leading with no
    // auxiliary before it describes the group; the verb of membership after it lists the members.
    const described = ledPhraseEnd(v, j, last);
    if (described > j) {
      aside += described - j;
      j = described - 1;
      continue;
    }
    // "present at the signing will be A and B", "participants will include C": a list still to come
    // opens after a modal and its verb; the cue reads the modal as planned (futureList).
    if (MODAL.test(l) && FUTURE_OPENER.test(v.lower(j + 1))) continue;
    if (LIST_OPENERS.test(l) || (l === 'be' && MODAL.test(v.lower(j - 1)))) {
      // "of" opens the list only right after the word ("participation of", "presence of"); further on
      // it is inside the phrase of the meeting or of the side ("Attending the session of the commission
      // were A and B", "Taking part on behalf of Estonia were A and B"), and the list comes after its verb.
      if (l === 'of' && j !== k) continue;
      let start = j + 1;
      // "comprised as well the deputies A and B", "included also A", "consisted of A".
      for (;;) {
        if (/^(?:of|:|also|by|further|moreover)$/.test(v.lower(start))) start++;
        else if (v.lower(start) === 'as' && v.lower(start + 1) === 'well') start += 2;
        else break;
      }
      const list = peopleAfter(v, start, last, true).people;
      if (list.length) return list;
      // "the delegation of the Riksdag included A and B": a body after "of", its members after the verb.
      if (l === 'of') continue;
      return null;
    }
    // "Among those receiving awards were A and B": a participle of receiving right after "those" tells
    // which of them are meant, those handed something where they are; the copula after it opens the
    // list. "Among those opposing the plan were A" counts opinions, no one present.
    if (v.isVerb(j) && !/^(?:also)$/.test(l) && !(j === k && RECEIVING.test(l) && v.lower(k - 1) === 'those')) return null;
  }
  return null;
}

/** Participles of taking what is handed over: "those receiving awards", "those accepting the prizes". */
const RECEIVING = /^(?:receiving|accepting)$/;

/** Modals of a list of those present still to come: "will be A and B". */
const MODAL = /^(?:will|shall)$/;
/** Verbs after a modal that open a list: "will be", "will include". */
const FUTURE_OPENER = /^(?:be|include|comprise)$/;

/**
 * Whether a modal stands between a word of presence (ending before k) and the list starting at
 * `listStart`: "present at the signing will be A", "participants will include B". Such a list
 * names those who are to be there.
 */
export function futureList(v: MeetingText, k: number, listStart: number): boolean {
  for (let j = k; j < listStart; j++) if (MODAL.test(v.lower(j)) && FUTURE_OPENER.test(v.lower(j + 1))) return true;
  return false;
}

/** Participles of leading a group: "was led by", "is headed by". */
const LED = /^(?:led|headed)$/;

/**
 * At j, "was led by A[,] and [also] included": the token of the verb that lists the members after
 * the leader's passive phrase, or -1. The leader is read by the rule of "led by".
 */
export function pastLeader(v: MeetingText, j: number, last: number): number {
  if (!/^(?:was|were|is|are)$/.test(v.lower(j)) || !LED.test(v.lower(j + 1)) || v.lower(j + 2) !== 'by') return -1;
  const leaders = peopleAfter(v, j + 3, last).people;
  if (leaders.length === 0) return -1;
  let g = v.tokenRange(leaders[leaders.length - 1]!.mention)[1];
  if (v.lower(g) === ',') g++;
  if (v.lower(g) !== 'and') return -1;
  g++;
  while (g < last && /^(?:also|further)$/.test(v.lower(g))) g++;
  return /^(?:included|includes|comprised|comprises)$/.test(v.lower(g)) ? g : -1;
}

/** Most tokens of a phrase of leading before the verb that lists a group's members. */
const LED_PHRASE_REACH = 8;

/**
 * At j, "led by the two Presidents" right before "included" or "comprised", with no auxiliary before
 * "led" (that is pastLeader's "was led by A and included"): the token of that verb, or -1.
 */
function ledPhraseEnd(v: MeetingText, j: number, last: number): number {
  if (!LED.test(v.lower(j)) || v.lower(j + 1) !== 'by' || /^(?:was|were|is|are|be|been|being)$/.test(v.lower(j - 1))) return -1;
  for (let e = j + 2; e < last && e - j <= LED_PHRASE_REACH; e++) {
    if (/^(?:included|includes|comprised|comprises)$/.test(v.lower(e))) return e;
    if (v.isVerb(e) || v.lower(e) === '.' || v.lower(e) === ';') return -1;
  }
  return -1;
}

/** Pronouns that open a relative clause. */
const RELATIVE_PRONOUN = /^(?:which|who|whom|whose|where|when)$/;
/** Most tokens of a relative clause set off by commas. */
const ASIDE_REACH = 16;

/** The comma that closes the clause opening at `from`, or -1 when none does within reach or the sentence. */
function closingComma(v: MeetingText, from: number, last: number): number {
  for (let j = from; j < last && j - from < ASIDE_REACH; j++) if (v.lower(j) === ',') return j;
  return -1;
}

/** Words that list the members of a delegation after it: "a delegation ..., comprising A and B". */
const MEMBERSHIP = /^(?:comprising|including|consisting|composed|comprised|made)$/;
/** Most tokens between a delegation and the word that lists its members. */
const MEMBERSHIP_REACH = 30;

/**
 * "a delegation of the Storting headed by A, and comprising Members of Parliament B and C", "a
 * delegation from Poland composed of B and C": a participle after a delegation, past its leader,
 * lists the members, who take part as the leader does. A finite verb or a semicolon ends the
 * delegation's phrase ("the delegation arrived, including ...").
 */
export function delegationMembers(v: MeetingText, k: number, last: number): PersonRef[] | null {
  for (let j = k; j < last && j - k < MEMBERSHIP_REACH; j++) {
    const l = v.lower(j);
    if (MEMBERSHIP.test(l)) {
      // "composed of", "consisting of", "made up of" need their particles; "comprised [of]" may go without.
      const particles = l === 'made' ? ['up', 'of'] : l === 'composed' || l === 'consisting' ? ['of'] : l === 'comprised' && v.lower(j + 1) === 'of' ? ['of'] : [];
      if (particles.some((w, n) => v.lower(j + 1 + n) !== w)) return null;
      const list = peopleAfter(v, j + 1 + particles.length, last, true).people;
      return list.length ? list : null;
    }
    // "a delegation of the Senate, which consisted of A and B": a relative clause on the delegation lists them.
    if (l === ',' || l === 'which' || l === 'that') {
      const inClause = membersInRelativeClause(v, j, last);
      if (inClause) return inClause;
    }
    if (l === ';' || l === ':' || v.isClauseOpener(j)) return null;
    // "headed by", "led by": the leader's participle, not a verb of the clause.
    if (v.isVerb(j) && v.lower(j + 1) !== 'by') return null;
  }
  return null;
}

/** Finite verbs of membership in a relative clause on a delegation: "which included", "that comprised". */
const MEMBERSHIP_FINITE = /^(?:included|includes|comprised|comprises|consisted|consists)$/;

/**
 * "her delegation, which included Secretary of State B,": a relative clause whose finite verb lists
 * the delegation's members names them as the participle does. Only a verb in the past or present:
 * "which will include B" has not come yet.
 */
function membersInRelativeClause(v: MeetingText, k: number, last: number): PersonRef[] | null {
  let j = v.lower(k) === ',' ? k + 1 : k;
  if (!/^(?:which|that)$/.test(v.lower(j))) return null;
  j++;
  while (j < last && v.tok(j)?.pos === 'ADV') j++;
  if (!MEMBERSHIP_FINITE.test(v.lower(j))) return null;
  if (v.lower(j).startsWith('consist')) {
    if (v.lower(j + 1) !== 'of') return null;
    j++;
  }
  const list = peopleAfter(v, j + 1, last, true).people;
  return list.length ? list : null;
}

/** Most words of a delegation's noun phrase before it: "the official Indian delegation". */
const DELEGATION_MODIFIERS = 4;

/**
 * "A and B were part of the Indian delegation", "A was a member of the delegation", "B was also
 * in the delegation": the subject of a copula whose complement makes it one of the delegation
 * takes part in what the delegation did. The members join the meeting being reported.
 */
export function memberOfDelegation(v: MeetingText, i: number, first: number, skip: ReadonlySet<number>): PersonRef[] | null {
  // "a member of the delegation that negotiated the treaty": a relative clause sets apart another delegation.
  if (/^(?:that|which|who)$/.test(v.lower(i + 1))) return null;
  let j = i - 1;
  // Back over the noun phrase's modifiers to its determiner.
  while (j >= first && i - j <= DELEGATION_MODIFIERS && /^(?:ADJ|PROPN|NOUN)$/.test(v.tok(j)?.pos ?? '') && !v.person(v.mentionAt(j))) j--;
  if (j < first || !/^(?:the|a|an|its|his|her|their|our)$/.test(v.lower(j))) return null;
  j--;
  if (v.lower(j) === 'of' && /^(?:part|member|members)$/.test(v.lower(j - 1))) {
    j -= 2;
    // "was a member of", "were members of", "were among the members of".
    if (/^(?:a|the)$/.test(v.lower(j))) j--;
    if (v.lower(j) === 'among') j--;
    // "A member of the delegation, MP X, said", "MP X, a member of the delegation, said": a member
    // in apposition to a name renames that person, who is of the delegation as "X was a member" says.
    const renamed = memberInApposition(v, i, j, first);
    if (renamed) return [renamed];
  } else if (/^(?:in|on)$/.test(v.lower(j))) j--;
  else return delegationLeader(v, j, first);
  while (j >= first && v.tok(j)?.pos === 'ADV') j--;
  if (j < first || !/^(?:was|were|is|are)$/.test(v.lower(j))) return null;
  const people = peopleBefore(v, j, first, skip);
  return people.length ? people : null;
}

/** Most words of an office written before the name in apposition to "a member of the delegation". */
const APPOSED_OFFICE_WORDS = 5;

/**
 * The person a "member of the delegation" (its noun at i, the word before "a member" at `before`) stands
 * in apposition to: the name set off by commas after it when it opens the sentence, or the name before
 * its opening comma.
 */
function memberInApposition(v: MeetingText, i: number, before: number, first: number): PersonRef | null {
  if (before < first && v.lower(i + 1) === ',') {
    // "MP X": the name's office, written before it, is part of the apposition.
    let k = i + 2;
    while (k - i <= APPOSED_OFFICE_WORDS && v.isOfficeWord(k)) k++;
    const m = v.mentionAt(k);
    const p = v.person(m);
    return p && v.lower(v.tokenRange(m!)[1]) === ',' ? p : null;
  }
  if (v.lower(before) === ',' && v.lower(i + 1) === ',') return v.person(v.mentionAt(before - 1));
  return null;
}

/**
 * "said the Chairman of APTMA, X, who led the delegation": a non-restrictive clause of leading or
 * heading the delegation, its verb at `j` right before the delegation's noun phrase, makes the
 * person it is set off from by a comma the delegation's head, who takes part in what it did.
 * Only a past or present verb of the clause itself: "who will lead the delegation" is still to come.
 */
function delegationLeader(v: MeetingText, j: number, first: number): PersonRef[] | null {
  if (!/^(?:led|leads|headed|heads)$/.test(v.lower(j))) return null;
  j--;
  while (j >= first && v.tok(j)?.pos === 'ADV') j--;
  if (v.lower(j) !== 'who' || v.lower(j - 1) !== ',' || j - 2 < first) return null;
  const leader = v.person(v.mentionAt(j - 2));
  return leader ? [leader] : null;
}

/** Plural nouns for those at a meeting that a partitive may pick from: "among the participants". */
const PRESENT_GROUP = /^(?:participants|attendees|guests|speakers)$/;

/**
 * "were among the participants", "was one of the meeting's guests": the token before a partitive
 * ("among the", "one of the") that picks the subject out of those at the meeting, the noun at i,
 * with at most one noun ("meeting", "meeting's") between "the" and it; i - 1 when there is none.
 */
function beforePartitive(v: MeetingText, i: number, first: number): number {
  if (!PRESENT_GROUP.test(v.lower(i))) return i - 1;
  let j = i - 1;
  if (v.lower(j) === "'s") j--;
  if (j > first && v.lower(j) !== 'the' && v.tok(j)?.pos === 'NOUN') j--;
  if (v.lower(j) !== 'the') return i - 1;
  if (v.lower(j - 1) === 'among') return j - 2;
  if (v.lower(j - 1) === 'of' && v.lower(j - 2) === 'one') return j - 3;
  return i - 1;
}

/** Words that deny the word of presence right after them. */
const NOT = /^(?:not|never)$/;

/** "A and B were also present": the subject of a copula right before the word of presence. */
export function presentSubject(v: MeetingText, i: number, first: number, skip: ReadonlySet<number>): PersonRef[] | null {
  let j = beforePartitive(v, i, first);
  while (j >= first && v.tok(j)?.pos === 'ADV') j--;
  // "X had been present at the talks", "Y has also been present": a perfect of the copula, its auxiliary before "been".
  if (j > first && v.lower(j) === 'been') {
    j--;
    while (j > first && v.tok(j)?.pos === 'ADV') j--;
    if (!/^(?:had|has|have)$/.test(v.lower(j))) return null;
  // "A and B were among the leaders attending the summit": the group right before the word of presence
  // is the one its subject is counted among ("among the leaders not attending" counts them out).
  } else if (j < first || !/^(?:was|were|is|are)$/.test(v.lower(j))) return NOT.test(v.lower(i - 1)) ? null : amongGroupSubject(v, j, first, skip);
  const people = peopleBefore(v, asideStart(v, j, first), first, skip);
  return people.length ? people : null;
}

/** Most tokens of an aside set off by commas between a subject and its copula. */
const ASIDE_WORDS = 8;

/**
 * "A and B, both from the ministry, were present": an aside set off by commas right before the
 * copula at j, with no verb and no one named in it, stands between the subject and its verb; the
 * subject ends at the aside's opening comma, after a named person. j itself when no such aside stands there.
 */
function asideStart(v: MeetingText, j: number, first: number): number {
  if (v.lower(j - 1) !== ',') return j;
  for (let k = j - 2; k > first && j - k <= ASIDE_WORDS + 1; k--) {
    if (v.lower(k) === ',') return v.mentionAt(k - 1)?.type === 'person' ? k : j;
    if (v.isVerb(k) || v.mentionAt(k)?.type === 'person' || /^[;:.]$/.test(v.lower(k))) return j;
  }
  return j;
}
