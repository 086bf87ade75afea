import type { MeetingText } from './view.js';

/** Most tokens from the "to" of a planned meeting to the "did so" that carries it out. */
const DONE_SO_REACH = 24;

/**
 * "had planned to meet in January, and did so on Monday", "promised to visit Szeged and did so in
 * May": "did so" later in the sentence of the infinitive at `to` stands for the planned act itself,
 * told as done; the plan was carried out. So does "the meeting went ahead" or "it took place". "but did not do so", "and will do so next week" are no
 * such past, and a full stop or a semicolon ends the search.
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
    if (((l === 'took' && v.lower(k + 1) === 'place') || (l === 'went' && v.lower(k + 1) === 'ahead'))
      && (v.lower(k - 1) === 'it' || v.lower(k - 2) === 'the')) return true;
  }
  return false;
}
