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
