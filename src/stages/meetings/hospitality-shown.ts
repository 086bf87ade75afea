import type { DateMention, Sentence } from '../../document/layers.js';
import { draftOfWords } from './draft.js';
import { peopleAfter } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Nouns of what a host gives a guest in person. */
const HOSTS_GIVE = /^(?:hospitality|welcome)$/;
/** Past participles of giving such a thing to someone: "shown", "extended", "accorded". */
const GIVEN = /^(?:shown|extended|accorded|given|offered)$/;

/**
 * "welcomed the hospitality shown to the Foreign Secretary, X", "the warm welcome extended to
 * President Y": one a host's hospitality was given to, as a past participle right after the noun
 * tells, was received as a guest, so took part in a visit that took place. The one who speaks of the
 * hospitality is not thereby its host. ("The hospitality to be shown to X" is still to come, and
 * reads no participle right after the noun.)
 */
export function hospitalityShownTo(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart; j + 2 < s.tokenEnd; j++) {
    if (!HOSTS_GIVE.test(v.lower(j)) || !GIVEN.test(v.lower(j + 1)) || v.lower(j + 2) !== 'to') continue;
    const guests = peopleAfter(v, j + 3, s.tokenEnd).people;
    if (guests.length > 0) return draftOfWords(v, s, dates, j, j + 2, { kind: 'visit', status: 'held', people: guests, rule: 'hospitality-shown-to', joinOnly: false });
  }
  return null;
}
