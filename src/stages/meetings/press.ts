import type { MeetingText, PersonRef } from './view.js';

/*
 * The press is no party to a meeting: what is told to reporters, a news conference or a briefing,
 * and who joins another at the podium, report no meeting of the parties.
 */

/** Verbs of telling, whose object is the one told. */
export const TELL = /^(?:tell|tells|told|telling)$/;
/** Words that make a gathering one of the press, not of the parties: "a news conference", "the press briefing". */
const PRESS_EVENT = /^(?:press|news|media)$/;
/** Most modifiers before the head noun of the one told: "the annual SCO summit". */
const TOLD_MODIFIERS = 3;

/**
 * Whether the meeting noun at n heads the object of a verb of telling that starts at k: only a
 * determiner and a few modifiers before it ("told the summit", "told the SCO plenary session"),
 * no press word ("told a news conference"), and no other head after it ("told the summit organisers").
 */
export function toldMeeting(v: MeetingText, k: number, n: number, last: number): boolean {
  let j = k;
  if (/^(?:the|a|an|this|that)$/.test(v.lower(j))) j++;
  if (n < j || n - j > TOLD_MODIFIERS || PRESS_EVENT.test(v.lower(n - 1))) return false;
  for (; j < n; j++) if (!/^(?:ADJ|PROPN|NOUN|NUM)$/.test(v.tok(j)?.pos ?? '') || v.person(v.mentionAt(j))) return false;
  return n + 1 >= last || !/^(?:NOUN|PROPN)$/.test(v.tok(n + 1)?.pos ?? '');
}

/** Whether the meeting noun from i to end (exclusive) is a gathering of the press: "the joint press conference", "a news conference". */
export function pressEventAt(v: MeetingText, i: number, end: number): boolean {
  for (let j = i; j < end; j++) if (PRESS_EVENT.test(v.lower(j))) return true;
  return false;
}

/** Nouns of the place and the occasions of speaking to the press: "the podium", "a news briefing". */
const PRESS_STAGE = /^(?:podium|lectern|rostrum|microphone|briefing|briefings|press|news|media|reporters|journalists)$/;

/** Whether the phrase from k names the press's stage or occasion: "the podium", "the daily press briefing". */
export function pressStageAt(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k <= 3; j++) {
    if (PRESS_STAGE.test(v.lower(j))) return true;
    if (!/^(?:the|a|an|his|her|their|daily|weekly|regular|joint|afternoon|morning)$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Nouns of the press as those spoken to: "reporters", "the media". */
const PRESS_PEOPLE = /^(?:reporters|journalists|press|media|correspondents|newsmen)$/;

/**
 * Whether the partner after a verb of meeting or speech at k is the press: "spoke with reporters",
 * "met the media", "talked to local journalists". A person named there ("Press Secretary X") is
 * someone met, whatever words the title has.
 */
export function pressPartnerAt(v: MeetingText, k: number, last: number): boolean {
  let j = k;
  if (j < last && /^(?:with|to)$/.test(v.lower(j))) j++;
  for (; j < last && j - k <= 4; j++) {
    if (v.person(v.mentionAt(j))) return false;
    if (PRESS_PEOPLE.test(v.lower(j))) return true;
    if (!/^(?:the|a|an|some|local|foreign|international|visiting|accredited|travelling|traveling)$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Roles of those who report for the press: "journalist", "Reuters correspondent", "news anchor". */
const PRESS_ROLE = /\b(?:journalists?|reporters?|correspondents?|editors?|anchors?|newsreaders?|broadcasters?)\b/i;
/** Most words of a role written in small letters before the name: "a Reuters correspondent". */
const PRESS_ROLE_REACH = 3;

/**
 * Whether the person is of the press: a reporter's role in the title or just before the name
 * ("correspondent X", "journalist Y"), or a news organisation right after it ("X of Reuters",
 * "Y from the BBC"). One who asks at a news conference is its audience, not a party met.
 */
export function ofThePress(p: PersonRef, v: MeetingText): boolean {
  if (PRESS_ROLE.test(p.actor.title ?? '') || PRESS_ROLE.test(p.mention.title ?? '')) return true;
  const [start, end] = v.tokenRange(p.mention);
  for (let j = start - 1; j >= 0 && start - j <= PRESS_ROLE_REACH; j--) {
    if (PRESS_ROLE.test(v.lower(j))) return true;
    if (!v.inNounPhrase(j)) break;
  }
  const of = /^(?:of|from)$/.test(v.lower(end)) ? end + 1 : v.lower(end) === ',' && /^(?:of|from)$/.test(v.lower(end + 1)) ? end + 2 : -1;
  if (of < 0) return false;
  const m = v.mentionAt(v.lower(of) === 'the' ? of + 1 : of);
  return m !== undefined && m.type === 'organization' && m.sector === 'JRN';
}
