import { DAY_OR_YEAR, MONTH, WEEKDAY, datePhraseEnd } from './date-phrase.js';
import type { MeetingText } from './view.js';

/**
 * English lets a heavy object stand after short adverbials of time and place: "received this
 * morning at the Peace Palace a courtesy call by ...", "hosted on Monday in Geneva the Minister
 * of ...". The adverbials are a time word or phrase ("today", "this morning", "on Monday", "on
 * 11 June") and a phrase of place whose noun is a name ("at the Peace Palace", "in Rabat"); set off
 * by commas, they may stand there too ("received, on Sunday, the Minister of ...").
 */

const TIME_WORD = /^(?:today|yesterday|tonight)$/;
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;
const TIME_DETERMINER = /^(?:this|yesterday|tomorrow|last)$/;
const DETERMINER = /^(?:a|an|the|his|her|their|its)$/;
/**
 * Common nouns of a building or seat that make a phrase of place without a name: "at the
 * ministry's headquarters", "at his residence", "in the palace".
 */
const PLACE_NOUN = /^(?:headquarters|palace|residence|office|offices|premises|seat|building|chancellery|embassy|ministry|secretariat)$/;
const POSSESSIVE = /^['’]s?$/;
const PLACE_PREP = /^(?:at|in)$/;
/** Most tokens of a date after "on": "11 June 2025", "June 11, 2025". */
const MAX_DATE_TOKENS = 4;
/** How many adverbials may stand between a verb and its object. */
const MAX_ADVERBIALS = 3;
/** How many words a name in a phrase of place may have. */
const MAX_NAME_WORDS = 5;

/**
 * The end of one adverbial of time or place starting at k, or -1. With `goal`, a phrase of where
 * a guest is welcomed to counts as one of place: "welcomed to Downing Street the Crown Prince".
 */
function adverbialEnd(v: MeetingText, k: number, last: number, goal = false): number {
  const l = v.lower(k);
  if (TIME_WORD.test(l)) return k + 1;
  if (TIME_DETERMINER.test(l) && DAY_PART.test(v.lower(k + 1))) return k + 2;
  // "on 11 June", "on June 11, 2025": a date with its month named; "on Tuesday", "on Tuesday 9 July",
  // "on Tuesday, 9 July": a weekday, perhaps with its date.
  if (l === 'on') {
    let j = k + 1;
    if (WEEKDAY.test(v.lower(j))) {
      j++;
      const comma = v.lower(j) === ',' ? 1 : 0;
      const w = v.lower(j + comma);
      if (!MONTH.test(w) && !DAY_OR_YEAR.test(w)) return j;
      const end = datePhraseEnd(v, j + comma, last, MONTH, MAX_DATE_TOKENS);
      // "on Monday, 10 March, the Ambassador": a date in apposition to the weekday is set off by commas
      // on both sides, and the closing one ends the adverbial.
      if (end > 0 && comma && v.lower(end) === ',') return end + 1;
      return end > 0 ? end : j;
    }
    return datePhraseEnd(v, j, last, MONTH, MAX_DATE_TOKENS);
  }
  if (PLACE_PREP.test(l) || (goal && l === 'to')) {
    let j = k + 1;
    // A noun of a building, perhaps owned ("at the ministry's headquarters", "at his residence").
    if (DETERMINER.test(v.lower(j)) && v.lower(j) !== 'a' && v.lower(j) !== 'an') {
      let n = j + 1;
      if (!v.isCap(n) && POSSESSIVE.test(v.lower(n + 1))) n += 2;
      if (PLACE_NOUN.test(v.lower(n)) && !v.isCap(n)) return n + 1;
    }
    if (v.lower(j) === 'the') j++;
    const start = j;
    while (j < last && j - start < MAX_NAME_WORDS && v.isCap(j) && !v.person(v.mentionAt(j))) j++;
    // A place, not a person: the office of a person named right after ends the place's name
    // ("at the Peace Palace Deputy Prime Minister X").
    if (v.person(v.mentionAt(j))) j = Math.max(start, v.officeStart(j));
    return j > start ? j : -1;
  }
  return -1;
}

/**
 * Where the object of the verb ending before k starts once adverbials of time and place are
 * skipped: k itself when none stands there, -1 when no noun phrase follows the adverbials.
 */
export function shiftedObjectStart(v: MeetingText, k: number, last: number, goal = false): number {
  // "received, on Sunday, the Turkish Minister": the adverbials may be set off by a comma on both sides.
  const commaOpened = v.lower(k) === ',';
  let j = commaOpened ? k + 1 : k;
  for (let n = 0; n < MAX_ADVERBIALS; n++) {
    const e = adverbialEnd(v, j, last, goal);
    if (e < 0) break;
    j = e;
  }
  if (commaOpened) {
    if (j === k + 1) return k;
    // (A weekday's date in apposition takes the closing comma with it: "on Monday, 10 March,".)
    if (v.lower(j) === ',') j++;
    else if (v.lower(j - 1) !== ',') return k;
  }
  if (j === k) return k;
  // The object follows: an article, a possessive determiner ("received on Wednesday his Kenyan
  // counterpart") or a capitalised word, no punctuation or clause.
  return j < last && (DETERMINER.test(v.lower(j)) || v.isCap(j)) ? j : -1;
}

/**
 * The verb, within a short reach before the noun phrase starting at np, whose object that noun
 * phrase is once adverbials are skipped, or -1: "received [this morning] [at the Palace] a call".
 */
export function verbBeforeShiftedObject(v: MeetingText, np: number, first: number, last: number): number {
  for (let j = np - 2; j >= first && np - j <= 12; j--) {
    if (v.isVerb(j) && !v.lower(j).endsWith('ing')) return shiftedObjectStart(v, j + 1, last) === np ? j : -1;
  }
  return -1;
}
