import { WATCHED } from './looked-on.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Prepositions of what came after a meeting: "Following the talks, ...". */
const AFTER = /^(?:following|after)$/;
/** Plain words for a meeting told of before, after "the". */
const THE_TALKS = /^(?:talks|meeting|negotiations|consultations|discussions)$/;

/**
 * Whether the signing in the sentence of token range [first, last) is told as done before others'
 * eyes: "in the presence of the two leaders", "in their presence", "witnessed by the presidents",
 * "as the leaders looked on". A signing with
 * witnesses is a ceremony of its own at which the signers stand beside those who hold the talks.
 */
function witnessedSigning(v: MeetingText, first: number, last: number): boolean {
  for (let j = first + 1; j < last; j++) {
    const w = v.lower(j);
    // "in the presence of the leaders", "in the leaders' presence", "in their presence".
    if (w === 'presence' && (v.lower(j - 2) === 'in' || v.lower(j - 3) === 'in' || v.lower(j - 4) === 'in')) return true;
    if (w === 'by' && v.lower(j - 1) === 'witnessed') return true;
    // "as the two leaders looked on", "while the presidents watched".
    const particle = WATCHED.get(w);
    if (particle !== undefined && (particle === null || v.lower(j + 1) === particle) && v.isVerb(j)) return true;
  }
  return false;
}

/** Whether the sentence of token range [first, last) opens with "Following the talks" or "After the meeting". */
function opensAfterTheTalks(v: MeetingText, first: number): boolean {
  return AFTER.test(v.lower(first)) && v.lower(first + 1) === 'the' && THE_TALKS.test(v.lower(first + 2));
}

/**
 * "President A held talks with President B. Following the talks, Ministers C and D signed an
 * agreement": a signing told as what came after talks others were named holding is the outcome of
 * those talks, and puts the signers at no meeting of their own; their names do not make them
 * parties to the talks either. With no one named holding the talks before ("Following the talks in
 * Ulaanbaatar, A and B signed a statement"), the signers are the ones whose talks they were, and
 * stay; so do signers whom the sentence puts before witnesses ("in the presence of the two
 * leaders"), whose signing is a ceremony of its own. Drafts in document order; drops in place.
 */
export function dropSignersAfterOthersTalks(v: MeetingText, drafts: MeetingDraft[]): void {
  // The first sentence in which each person is named holding talks, and the first of anyone's: read
  // once, so that a text of many signings after talks stays linear.
  const firstHeld = new Map<string, number>();
  let firstOfAnyone = Number.POSITIVE_INFINITY;
  for (const e of drafts) {
    if (e.status !== 'held' || e.kind === 'ceremony') continue;
    for (const p of e.people) {
      const seen = firstHeld.get(p.actor.id);
      if (seen === undefined || e.sentence < seen) firstHeld.set(p.actor.id, e.sentence);
      if (e.sentence < firstOfAnyone) firstOfAnyone = e.sentence;
    }
  }
  let kept = 0;
  for (const d of drafts) {
    if (!droppedSigning(v, d, firstHeld, firstOfAnyone)) drafts[kept++] = d;
  }
  drafts.length = kept;
}

/** Whether d is a signing after talks that others, named before its sentence, held (see dropSignersAfterOthersTalks). */
function droppedSigning(v: MeetingText, d: MeetingDraft, firstHeld: ReadonlyMap<string, number>, firstOfAnyone: number): boolean {
  if (d.kind !== 'ceremony' || d.joinOnly || !/^discuss:sign/.test(d.rule)) return false;
  const s = v.sentences[d.sentence];
  if (!s || !opensAfterTheTalks(v, s.tokenStart) || witnessedSigning(v, s.tokenStart, s.tokenEnd)) return false;
  if (firstOfAnyone >= d.sentence) return false;
  return !d.people.some((p) => (firstHeld.get(p.actor.id) ?? Number.POSITIVE_INFINITY) < d.sentence);
}
