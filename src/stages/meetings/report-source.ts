import type { MeetingText, PersonRef } from './view.js';

/**
 * "According to X" names the source a report is attributed to, not a party to what is reported:
 * in "According to Minister X, who briefed reporters after the meeting, the sides agreed ...",
 * X tells of the meeting and is not shown to have been at it.
 */

/** How many words an office and demonym before the name may have: "Cambodian Minister of Information", "government spokesman". */
const OFFICE_REACH = 8;

/** Whether the person is named as the object of "according to", past the office written before the name. */
export function reportSource(v: MeetingText, p: PersonRef): boolean {
  const [start] = v.tokenRange(p.mention);
  for (let j = start - 1; j >= 1 && start - j <= OFFICE_REACH; j--) {
    const l = v.lower(j);
    if (l === 'to') return v.lower(j - 1) === 'according';
    // The office may be written in small letters ("government spokesman X"); a verb or a mark ends the phrase.
    if (v.isVerb(j) || !/\p{L}/u.test(l)) return false;
  }
  return false;
}

/**
 * "After the meeting, presidential spokesperson X told reporters ...": one whose office is to speak
 * for others tells of a meeting told of in the same breath, and is not shown to have been at it
 * ("X attended the meeting" says so, and is read by the verb of attendance). So does an aide, who
 * briefs for the one served ("presidential aide X told journalists after the talks").
 */
const SPEAKS_FOR_OTHERS = /\b(?:spokes(?:person|man|woman)|press (?:secretary|officer)|aide)\b/i;

export function speaksForOthers(p: PersonRef, v?: MeetingText): boolean {
  return SPEAKS_FOR_OTHERS.test(p.actor.title ?? '') || SPEAKS_FOR_OTHERS.test(p.mention.title ?? '') || (v !== undefined && spokespersonInApposition(v, p));
}

/** Most tokens of an apposition after a name that may give the office: ", a spokesman for the Ministry of Foreign Affairs,". */
const APPOSITION_REACH = 8;

/**
 * "Costa's spokesperson, Marta Gil, said": the office set off by a comma right before the name.
 * "Marta Gil, a spokeswoman for the ministry, said", "Marta Gil, the Chancellor's spokesman, told
 * reporters": so is one in an apposition set off by commas right after it.
 */
function spokespersonInApposition(v: MeetingText, p: PersonRef): boolean {
  const [start, end] = v.tokenRange(p.mention);
  const spokes = (j: number) => /^spokes(?:person|man|woman)$/.test(v.lower(j)) || (v.lower(j) === 'secretary' && v.lower(j - 1) === 'press');
  if (v.lower(start - 1) === ',' && spokes(start - 2)) return true;
  if (v.lower(end) !== ',') return false;
  for (let j = end + 1; j - end <= APPOSITION_REACH; j++) {
    const l = v.lower(j);
    if (l === ',' || l === '' || v.isVerb(j) || v.person(v.mentionAt(j))) return false;
    if (spokes(j)) return true;
  }
  return false;
}

/** Roles of those who comment on affairs from outside them: "analyst", "economist", "critic". */
const COMMENTATOR = /\b(?:analysts?|economists?|commentators?|critics?|observers?|experts?|columnists?|scholars?|researchers?|academics?|activists?)\b/i;
/** Most words of an office written in small letters before the name: "energy analyst", "a leading economist". */
const ROLE_REACH = 3;

/**
 * "Analyst X, writing after the summit, said ...": one whose role is to comment on affairs, acting
 * after a meeting, tells of it from outside and is not shown to have been at it ("X attended the
 * meeting" says so, and is read by the verb of attendance).
 */
export function commentsFromOutside(p: PersonRef, v: MeetingText): boolean {
  if (COMMENTATOR.test(p.actor.title ?? '') || COMMENTATOR.test(p.mention.title ?? '')) return true;
  const [start] = v.tokenRange(p.mention);
  for (let j = start - 1; j >= 0 && start - j <= ROLE_REACH; j--) {
    if (COMMENTATOR.test(v.lower(j))) return true;
    if (!v.inNounPhrase(j)) break;
  }
  return false;
}
