import type { DateMention, Sentence } from '../../document/layers.js';
import { peopleBefore } from './grammar.js';
import { draftOfWords } from './draft.js';
import { verbReading } from './status.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Verbs of opening something to use with a ceremony: "inaugurated the bridge", "opened the terminal", "unveiled a plaque". */
const OPENS = /^(?:inaugurat(?:e|es|ed|ing)|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|commission(?:s|ed|ing)?)$/;
/** Adverbs that say two or more did one act as one, in one place: "jointly", "together". */
const AS_ONE = /^(?:jointly|together)$/;

/**
 * "President A and Prime Minister B jointly inaugurated the new check post", "the two ministers
 * together opened the terminal": one opening done by two or more named people as one is a ceremony
 * they all attended. Only with "jointly" or "together" before the verb: "A and B both welcomed the
 * decision" or "A and B launched reforms" tells of acts each may have done apart.
 */
export function jointOpening(v: MeetingText, s: Sentence, skip: ReadonlySet<number>, dates: readonly DateMention[]): MeetingDraft | null {
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    if (!AS_ONE.test(v.lower(i - 1)) || !OPENS.test(v.lower(i))) continue;
    // "opened ... by video link" joins no one in one place.
    if (remote(v, i + 1, s.tokenEnd)) continue;
    const people = peopleBefore(v, i, s.tokenStart, skip);
    if (people.length < 2) continue;
    const reading = verbReading(v, i, s.tokenStart);
    if (reading === 'negated') continue;
    return draftOfWords(v, s, dates, i - 1, i, { kind: 'ceremony', status: reading === 'planned' ? 'planned' : 'held', people, rule: 'joint-opening', joinOnly: false });
  }
  return null;
}

/** Words of taking part from afar after the verb: "by video link", "virtually", "remotely", "online". */
function remote(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last; j++) if (/^(?:video|videoconference|virtually|remotely|online|videolink)$/.test(v.lower(j))) return true;
  return false;
}
