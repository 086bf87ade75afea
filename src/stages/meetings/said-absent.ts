import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/**
 * "thanked former Minister X, who was unable to attend, for his work": a relative clause set off
 * by a comma after a name that denies the person came says in so many words that they were not
 * at the meeting, whatever the verb before the name would suggest ("thanked", "welcomed"). So
 * does a clause whose subject the name is ("X, who is abroad, did not take part").
 */

/** Verbs of coming to a meeting, after "unable to" or a negation. */
const COME = /^(?:attend|come|join|travel|participate|be|take)$/;
/** Words after "be" or "take" that make them verbs of coming: "be present", "be here", "take part". */
const COME_PARTICLE = /^(?:present|there|here|part)$/;
/** Auxiliaries that may stand between "who" and the negation: "who was unable", "who had been unable". */
const AUX = /^(?:was|were|is|are|had|has|have|been)$/;
/** Modal or "did" that a "not" negates: "who could not attend", "who did not travel". */
const NEGATED_MODAL = /^(?:could|can|did|would)$/;

/** Whether token k is an adverb of the speaker's comment ("unfortunately", "sadly"), never the negation itself. */
function commentAdverb(v: MeetingText, k: number): boolean {
  return v.tok(k)?.pos === 'ADV' && afterNot(v, k) < 0 && /ly$/.test(v.lower(k));
}

/** The index after "not" or "n't" at k, or -1. */
function afterNot(v: MeetingText, k: number): number {
  return v.lower(k) === 'not' || v.lower(k) === "n't" || v.lower(k) === 'n’t' ? k + 1 : -1;
}

/** Whether a verb of coming starts at k: "attend", "be present", "take part". */
function comesAt(v: MeetingText, k: number): boolean {
  const l = v.lower(k);
  if (!COME.test(l)) return false;
  return l === 'be' || l === 'take' ? COME_PARTICLE.test(v.lower(k + 1)) : true;
}

/** Most tokens of an aside set off by commas between a name and its predicate: ", who is on a working trip to Riyadh,". */
const ASIDE_REACH = 16;

/**
 * Whether the name is the subject of words that deny the person came: ", who [was] unable to attend",
 * ", who could not come", ", who was absent" after it; or, as its own clause's predicate, "X did not
 * take part in the meeting", "X, who is on a trip to Riyadh, could not attend".
 */
export function saidAbsent(v: MeetingText, p: PersonRef): boolean {
  const end = v.tokenRange(p.mention)[1];
  if (v.lower(end) === ',' && v.lower(end + 1) === 'who') {
    if (deniesComing(v, end + 2)) return true;
    // The relative clause says something else; the predicate of the name's own clause follows its closing comma.
    let close = end + 2;
    while (close - end < ASIDE_REACH && v.tok(close) && !/^[,;:.]$/.test(v.lower(close))) close++;
    return v.lower(close) === ',' && deniesComing(v, close + 1);
  }
  return deniesComing(v, end);
}

/**
 * Whether a predicate denying one came starts at k: "was unable to attend", "could not come", "did not take part", "was
 * absent", "was represented by Minister Y" (by a person: "was represented by counsel" says nothing of a meeting).
 */
function deniesComing(v: MeetingText, k: number): boolean {
  const start = k;
  // "who unfortunately could not be here", "who sadly was unable to attend": an adverb of comment
  // before the auxiliary or the modal leaves the denial as it is.
  while ((AUX.test(v.lower(k)) || commentAdverb(v, k)) && k - start < 3) k++;
  if (v.lower(k) === 'absent') return true;
  // "X, who was represented by Minister Y": one for whom another stood in was not there in person.
  if (k > start && v.lower(k) === 'represented' && v.lower(k + 1) === 'by') return personAfterOffice(v, k + 2);
  if (v.lower(k) === 'unable' && v.lower(k + 1) === 'to') return comesAt(v, k + 2);
  if (v.lower(k) === 'cannot') return comesAt(v, k + 1);
  // "who could not attend", "who did not travel", "who was not able to attend" ("was" read above).
  if (NEGATED_MODAL.test(v.lower(k))) k++;
  const not = afterNot(v, k);
  if (not < 0) return false;
  if (v.lower(not) === 'able' && v.lower(not + 1) === 'to') return comesAt(v, not + 2);
  return comesAt(v, not);
}

/** Most words of an office before a name: "his Minister of Foreign Affairs". */
const OFFICE_REACH = 8;

/** Whether a person's name follows k, perhaps after the words of an office: "Defence Minister Erik Dahl", "his deputy, X". */
function personAfterOffice(v: MeetingText, k: number): boolean {
  for (let j = k; j - k <= OFFICE_REACH; j++) {
    const m = v.mentionAt(j);
    // "by her lawyers": a possessive pronoun opens the phrase of someone else.
    if (m && m.form !== 'pronoun') return v.person(m) !== null;
    if (!v.isCap(j) && !/^(?:the|his|her|their|its|of|for|and|,|deputy|minister|ambassador)$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Drops from every draft the people whose own words say they did not come. */
export function dropSaidAbsent(v: MeetingText, drafts: MeetingDraft[]): void {
  for (const d of drafts) {
    const present = d.people.filter((p) => !saidAbsent(v, p));
    if (present.length < d.people.length) d.people = present;
  }
}
