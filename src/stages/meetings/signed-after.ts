import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Prepositions of what came after a meeting: "Following the talks, ...". */
const AFTER = /^(?:following|after)$/;
/** Plain words for a meeting told of before, after "the". */
const THE_TALKS = /^(?:talks|meeting|negotiations|consultations|discussions)$/;

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
 * stay. Drafts in document order; drops in place.
 */
export function dropSignersAfterOthersTalks(v: MeetingText, drafts: MeetingDraft[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind !== 'ceremony' || d.joinOnly || !/^discuss:sign/.test(d.rule)) continue;
    const s = v.sentences[d.sentence];
    if (!s || !opensAfterTheTalks(v, s.tokenStart)) continue;
    const holders = new Set<string>();
    for (const e of drafts) {
      if (e.sentence >= d.sentence || e.status !== 'held' || e.kind === 'ceremony') continue;
      for (const p of e.people) holders.add(p.actor.id);
    }
    if (holders.size === 0 || d.people.some((p) => holders.has(p.actor.id))) continue;
    drafts.splice(k, 1);
  }
}
