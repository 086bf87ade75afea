import type { MeetingText } from './view.js';

/** Most tokens from the "to" of a planned meeting to the "did so" that carries it out. */
const DONE_SO_REACH = 24;

/**
 * "had planned to meet in January, and did so on Monday", "promised to visit Szeged and did so in
 * May": "did so" later in the sentence of the infinitive at `to` stands for the planned act itself,
 * told as done; the plan was carried out. So does "the meeting went ahead" or "it took place". "but
 * did not do so", "and will do so next week" are no such past, and a semicolon ends the search.
 */
export function doneSoAfter(v: MeetingText, to: number): boolean {
  const s = v.tok(to)?.sentence;
  const sentence = s === undefined ? undefined : v.sentences[s];
  if (!sentence) return false;
  const end = Math.min(sentence.tokenEnd, to + DONE_SO_REACH);
  for (let k = to + 2; k < end - 1; k++) {
    const l = v.lower(k);
    if (l === ';') return false;
    if (l === 'did' && v.lower(k + 1) === 'so') return true;
    // "had been scheduled to meet X, and the meeting went ahead", "..., and it took place on Monday".
    if (cameAbout(v, k) && (v.lower(k - 1) === 'it' || v.lower(k - 2) === 'the')) return true;
  }
  // "had planned to meet X in May. The meeting finally took place on Monday": the next sentence,
  // opening with the meeting told as having happened, carries the plan out.
  const next = end === sentence.tokenEnd ? v.sentences[s! + 1] : undefined;
  return next !== undefined && outcomeOpens(v, next.tokenStart, next.tokenEnd);
}

/** Nouns that stand for the meeting planned just before: "the meeting", "the visit"; not "the forum", another event. */
const PLANNED_ACT = /^(?:meeting|talks|visit|trip|call|conversation|encounter|audience)$/;
/** Adverbs of an outcome reached after a wait: "finally took place". */
const AT_LAST = /^(?:finally|eventually|ultimately|then|indeed|duly)$/;

/**
 * Whether the sentence from `first` opens by telling that the meeting happened: "The meeting
 * [finally] took place", "The visit went ahead", "It was held on Monday".
 */
function outcomeOpens(v: MeetingText, first: number, last: number): boolean {
  let k = first;
  if (v.lower(k) === 'the' && PLANNED_ACT.test(v.lower(k + 1))) k += 2;
  else if (v.lower(k) === 'it') k++;
  else return false;
  while (k < last && AT_LAST.test(v.lower(k))) k++;
  return cameAbout(v, k);
}

/**
 * Whether the meeting word at `k` opens its sentence as the subject of an outcome: "The meeting
 * [finally] took place on 14 May", "The talks were held on 5 June". Such a sentence reports the
 * meeting planned or told just before as held, and its day is the day it was held.
 */
export function outcomeSubject(v: MeetingText, k: number): boolean {
  const s = v.tok(k)?.sentence;
  const sentence = s === undefined ? undefined : v.sentences[s];
  if (!sentence || k !== sentence.tokenStart + 1) return false;
  return outcomeOpens(v, sentence.tokenStart, sentence.tokenEnd);
}

/**
 * Whether the verb at k tells that a meeting came about: "took place", "went ahead", "was held",
 * "happened". The one reading of an outcome for a plan carried out, in its sentence or the next,
 * and for a meeting once ahead that its own sentence reports as held (status.ts).
 */
export function cameAbout(v: MeetingText, k: number): boolean {
  const a = v.lower(k);
  const b = v.lower(k + 1);
  return (a === 'took' && b === 'place') || (a === 'went' && b === 'ahead') || a === 'happened'
    || ((a === 'was' || a === 'were') && b === 'held');
}
