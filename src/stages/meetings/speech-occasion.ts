import { MONTH } from './date-phrase.js';
import type { MeetingText } from './view.js';

/*
 * A gathering one only speaks at is the occasion of a speech, not a meeting of the speaker with
 * those who host, chair or organise it: "spoke at a summit hosted by X", "delivered remarks at a
 * dinner organised by Y". Who hosts it is named as the host of the occasion, not as one met.
 */

/** Words of giving a speech that take the occasion after "at": "spoke at", "remarks at", "keynote address at". */
const SPEECH = /^(?:spoke|speak|speaks|speaking|remarks|address|speech|speeches|keynote|lecture|presentation|statement)$/;
/** Words that may stand in the noun phrase of the occasion and its complements, back to "at". */
const OCCASION_GLUE = /^(?:of|for|on|by|and|the|a|an|its|their|his|her|,)$/;
/** Most tokens from the participle back to the speech word. */
const OCCASION_REACH = 24;

/**
 * Whether the participle at i ("hosted", "chaired", "organised") modifies the occasion of a speech
 * told before it in the sentence: back over the occasion's noun phrase (and further occasions
 * joined by "and at") to "at", with a word of speaking right before it.
 */
export function speechOccasionBefore(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && i - j <= OCCASION_REACH; j--) {
    const l = v.lower(j);
    if (l === 'at') {
      if (SPEECH.test(v.lower(j - 1))) return true;
      // "spoke at a summit ..., and at a breakfast ...": a further occasion of the same speaking.
      if (v.lower(j - 1) === 'and' || v.lower(j - 1) === ',') continue;
      return false;
    }
    // A person named before "at" ("met X at a dinner hosted by Y") or a finite verb ends the phrase.
    // The host of an earlier occasion in the same run ("at a summit hosted by X, and at ...") is passed over.
    const m = v.mentionAt(j);
    if (m && v.person(m)) {
      const start = v.tokenRange(m)[0];
      if (v.lower(start - 1) !== 'by') return false;
      j = start;
      continue;
    }
    if (OCCASION_GLUE.test(l)) continue;
    if (/(?:ed)$/.test(l) && v.lower(j + 1) === 'by') continue;
    if (!/^(?:NOUN|PROPN|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) return false;
  }
  return false;
}

/** Social functions, which one may only speak at: "remarks at a dinner", "spoke at a reception". */
const FUNCTION_NOUN = /^(?:reception|receptions|dinner|dinners|lunch|luncheon|breakfast|banquet|gala)$/;

/**
 * Whether the meeting noun at i is a social function that is only the occasion of a speech:
 * "delivered remarks at a dinner honouring X". A meeting spoken at ("also spoke at the meeting")
 * is one the speaker took part in, so only the nouns of functions are read so.
 */
export function speechFunctionAt(v: MeetingText, i: number, first: number): boolean {
  return FUNCTION_NOUN.test(v.lower(i)) && speechOccasionBefore(v, i, first);
}

/** Gatherings whose words may be cited from another day: "as X said at the summit last year". A meeting or talks may be the one reported. */
const GATHERING = /^(?:summit|summits|forum|conference|congress|assembly|session|convention|symposium)$/;
/** Verbs of saying in a comment clause that cites someone's words: "as X said", "as X noted", "as X put it". */
const CITING = /^(?:said|noted|stated|remarked|stressed|emphasised|emphasized|observed|declared|put|pointed)$/;
/** Words after the gathering's noun that set it on another day: "last year", "in 2019", "in May", "two years ago". */
const OTHER_TIME = /^(?:last|previous|earlier|ago|before|\d{4})$/;
/** Most tokens from "as" to the verb of saying: "as President of the Republic X". */
const CITER_REACH = 10;
/** Most tokens from the preposition of the occasion to the gathering's noun, and from the noun to its time. */
const OCCASION_PHRASE_REACH = 6;

/**
 * Whether the gathering noun at i is the occasion of words a comment clause cites: "As President X
 * said at the summit last year, ...". The clause opens with "as" at the sentence's start or after a
 * comma, and a time after the noun sets the gathering on another day; the text cites the words, and
 * reports no meeting of the speaker. Without such a time ("as X said at the summit") the summit may
 * be the one the text reports, and the reading is left as it is.
 */
export function citedOccasion(v: MeetingText, i: number, first: number, last: number): boolean {
  if (!GATHERING.test(v.lower(i))) return false;
  let later = false;
  for (let k = i + 1; k < last && k - i <= OCCASION_PHRASE_REACH && !/^[,;:.]$/.test(v.lower(k)); k++) {
    if (OTHER_TIME.test(v.lower(k)) || (v.lower(k) === 'in' && (MONTH.test(v.lower(k + 1)) || /^\d{4}$/.test(v.lower(k + 1))))) later = true;
  }
  if (!later) return false;
  let j = i - 1;
  while (j > first && i - j <= OCCASION_PHRASE_REACH && !/^(?:at|during)$/.test(v.lower(j))) {
    if (!OCCASION_GLUE.test(v.lower(j)) && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) return false;
    j--;
  }
  if (!/^(?:at|during)$/.test(v.lower(j))) return false;
  j--;
  // "as X put it at", "as X pointed out at": the particle after the verb.
  if ((v.lower(j) === 'it' && v.lower(j - 1) === 'put') || (v.lower(j) === 'out' && v.lower(j - 1) === 'pointed')) j--;
  if (!CITING.test(v.lower(j))) return false;
  // "as X rightly said": adverbs between the one cited and the verb.
  let end = j - 1;
  while (end > first && j - end <= 2 && v.tok(end)?.pos === 'ADV') end--;
  let k = end;
  while (k > first && j - k <= CITER_REACH && (v.mentionAt(k) || v.inNounPhrase(k))) k--;
  return k < end && v.lower(k) === 'as' && (k === first || v.lower(k - 1) === ',');
}
