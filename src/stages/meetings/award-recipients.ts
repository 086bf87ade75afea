import type { Sentence } from '../../document/layers.js';
import { NO_SKIP, peopleAfter, peopleBefore } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/**
 * Verbs that hand an honour to someone: "awarded the Order to X", "conferred the title on X",
 * "decorated Colonel X", "presented Ambassador X with the medal". At a ceremony the one who hands
 * it over and the one who receives it meet there.
 */
const AWARD = /^(?:awarded|awards|conferred|confers|bestowed|bestows|presented|presents|decorated|decorates)$/;
/** The word before a recipient: "to X", "on X", "upon X". */
const RECIPIENT_BEFORE = /^(?:to|on|upon)$/;
/** "awarded posthumously to X": one who has died is at no ceremony. */
const POSTHUMOUS = /^(?:posthumously|posthumous)$/;
/** Most tokens from the award verb to its recipient: "awarded the Order of Friendship of the first degree to". */
const RECIPIENT_REACH = 14;
/** Most sentences looked back from "the ceremony" for the award it names. */
const AWARD_LOOKBACK = 3;

/**
 * The recipients of an award verb at token `verb`, read up to token `to`: the person right after
 * the verb ("decorated General X", "presented Ambassador X with"), or after "to", "on" or "upon"
 * ("awarded state decorations to Sergeant X and Corporal Y"). None for a verb of another kind, an
 * award made posthumously, or a recipient past another verb.
 */
export function awardRecipients(v: MeetingText, verb: number, to: number): PersonRef[] {
  // "has awarded", "also decorated": the verb group may open with an auxiliary or an adverb.
  while (verb < to && !AWARD.test(v.lower(verb)) && (v.tok(verb)?.pos === 'AUX' || v.tok(verb)?.pos === 'ADV')) verb++;
  if (!AWARD.test(v.lower(verb))) return [];
  // A name right after the verb is its first object, the one who receives: "decorated Colonel X".
  if (v.isCap(verb + 1) || v.person(v.mentionAt(verb + 1))) {
    const direct = peopleAfter(v, verb + 1, to).people;
    if (direct.length > 0) return direct;
  }
  for (let k = verb + 1; k < to && k - verb <= RECIPIENT_REACH; k++) {
    const l = v.lower(k);
    if (POSTHUMOUS.test(l) || l === ';' || (v.isVerb(k) && !l.endsWith('ing'))) return [];
    if (RECIPIENT_BEFORE.test(l)) return peopleAfter(v, k + 1, to).people;
  }
  return [];
}

/**
 * "X awarded state decorations to A and B. ... The ceremony was attended by C": the ceremony a
 * bare "the ceremony" names is the award told of shortly before, in the same paragraph or the
 * ones right before: its giver and its recipients. Empty when no award with a named giver and
 * recipient stands within reach.
 */
export function awardBefore(v: MeetingText, s: Sentence): PersonRef[] {
  for (let back = 1; back <= AWARD_LOOKBACK && s.index - back >= 0; back++) {
    const prev = v.sentences[s.index - back]!;
    for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
      if (!AWARD.test(v.lower(j)) || !v.isVerb(j)) continue;
      if (byDecree(v, j, prev.tokenEnd)) continue;
      const giver = peopleBefore(v, j, prev.tokenStart, NO_SKIP);
      const recipients = awardRecipients(v, j, prev.tokenEnd);
      if (giver.length > 0 && recipients.length > 0) return [...giver, ...recipients];
    }
  }
  return [];
}

/**
 * Whether an award is handed over in sentence `s` or shortly before it, not by decree: "the
 * recipients" of a list are those of that award, at its ceremony. With no award told, "the
 * recipients included the Mayor" may be of aid or of letters, and puts no one at a meeting.
 */
export function awardToldBefore(v: MeetingText, s: Sentence): boolean {
  for (let back = 0; back <= AWARD_LOOKBACK && s.index - back >= 0; back++) {
    const prev = v.sentences[s.index - back]!;
    for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
      if (AWARD.test(v.lower(j)) && v.isVerb(j) && !byDecree(v, j, prev.tokenEnd)) return true;
    }
  }
  return false;
}

/** "awarded the Order to X by decree": an award signed into law, not handed over at a ceremony. */
function byDecree(v: MeetingText, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^(?:decree|decrees|ukase)$/.test(v.lower(k))) return true;
  return false;
}

