import type { MeetingText } from './view.js';

/** Adverbs of frequency: "regularly", "every week" is matched by its nouns below. */
const FREQUENCY_ADVERB = /^(?:regularly|routinely|usually|normally|typically|habitually|often|always|frequently|weekly|monthly|daily|annually|yearly|quarterly|fortnightly)$/;
/** Nouns of a recurring time after "every", "each", "a" or "per": "every week", "twice a month". */
const TIME_UNIT = /^(?:day|week|month|year|quarter|morning|evening|fortnight|spring|summer|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|session)$/;
/** Words that end the clause a verb stands in. */
const CLAUSE_END = /^(?:[,;:.()]|and|but|while|whereas|who|which|where|when|that|because|although)$/;
/** Most words between an opening adverbial of frequency and the verb it goes with. */
const OPENING_REACH = 14;
/** Most words looked at after the verb for an adverbial of frequency. */
const FREQUENCY_REACH = 10;

/** "regularly", "weekly", "every week", "each month", "twice a year", "on a regular basis" at k; the words it takes, or 0. */
function frequencyAt(v: MeetingText, k: number): number {
  const l = v.lower(k);
  if (FREQUENCY_ADVERB.test(l)) return 1;
  if ((l === 'every' || l === 'each') && TIME_UNIT.test(v.lower(k + 1))) return 2;
  if ((l === 'once' || l === 'twice' || l === 'times') && (v.lower(k + 1) === 'a' || v.lower(k + 1) === 'per') && TIME_UNIT.test(v.lower(k + 2))) return 3;
  if (l === 'on' && v.lower(k + 1) === 'a' && /^(?:regular|weekly|monthly|daily|yearly|annual)$/.test(v.lower(k + 2)) && v.lower(k + 3) === 'basis') return 4;
  return 0;
}

/**
 * "X reports to the Governor every week", "the two ministers regularly meet", "Each month the
 * head of the mission reports to the Committee": a verb in the simple present with an adverbial
 * of frequency in its clause tells what is done as a rule, not a meeting that took place. `i` is
 * the verb, not in the past tense and not a gerund or participle; the adverbial may stand right
 * before it, after it in its clause, or open the clause before its subject.
 */
export function habitualPresent(v: MeetingText, i: number, first: number): boolean {
  if (/(?:ing|ed)$/.test(v.lower(i))) return false;
  return frequencyInClause(v, i, first);
}

/**
 * "Governor X would visit the President every spring": "would" before a bare verb with an adverbial
 * of frequency in its clause tells a habit of the past, not a meeting reported (nor one still to
 * come). `would` is the modal's index, `i` the verb's.
 */
export function habitualWould(v: MeetingText, would: number, i: number, first: number): boolean {
  return v.lower(would) === 'would' && !/(?:ing|ed)$/.test(v.lower(i)) && frequencyInClause(v, i, first);
}

/** An adverbial of frequency right before the verb at i, after it in its clause, or opening its sentence. */
function frequencyInClause(v: MeetingText, i: number, first: number): boolean {
  // Right before the verb: "regularly reports", "also regularly meets".
  for (let k = i - 1; k >= first && i - k <= 2; k--) {
    if (FREQUENCY_ADVERB.test(v.lower(k))) return true;
    if (v.tok(k)?.pos !== 'ADV') break;
  }
  for (let k = i + 1, n = 0; n < FREQUENCY_REACH && k < v.tokens.length && v.tok(k)?.sentence === v.tok(i)?.sentence; k++, n++) {
    if (CLAUSE_END.test(v.lower(k))) break;
    if (frequencyAt(v, k) > 0) return true;
  }
  // "Each month the head of the mission reports to ...": an adverbial opening the sentence, with no
  // clause ending between it and the verb.
  const opening = frequencyAt(v, first);
  if (opening === 0 || i - first > OPENING_REACH) return false;
  for (let k = first + opening; k < i; k++) if (/^(?:[;:]|and|but|who|which|that|when|where|while)$/.test(v.lower(k)) || v.isVerb(k)) return false;
  return true;
}
