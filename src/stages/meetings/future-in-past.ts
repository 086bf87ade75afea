import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import { isPast } from './status.js';
import type { MeetingText } from './view.js';

/** Adverbs of what came next in a told sequence: "would later meet", "Later that day she would meet" ("would go on to meet" reads as they do). */
const NEXT_IN_NARRATIVE = /^(?:later|subsequently|afterwards|afterward|thereafter|eventually)$/;
/** Words of thought or plan that make a "would" after them their content: "expected he would later meet". */
const THOUGHT = /^(?:expected|hoped|planned|intended|believed|thought|knew|promised|agreed|assumed|understood|added)$/;
/** Words that make what follows a condition or a wish: "would later meet X if time allowed". */
const CONDITION = /^(?:if|unless|should|provided|so)$/;
/** Most tokens read on either side of "would" in its sentence, and back into the sentence before. */
const NARRATIVE_REACH = 30;

/**
 * "On Tuesday the minister arrived in Oslo; he would later meet the King": "would" with an adverb of
 * what came next ("later", "subsequently", "eventually"), in a sentence or after a sentence told in
 * the past, is the future in the past of a narrative, and tells what did take place. It is a plan
 * when a verb of saying or thinking governs it ("told reporters she would later meet", "..., he
 * said") or a condition follows it ("if time allowed"); "will meet" is no such form and stays ahead.
 * `would` is the modal's token, `i` the meeting verb's.
 */
export function futureInThePast(v: MeetingText, would: number, i: number, first: number): boolean {
  if (v.lower(would) !== 'would') return false;
  let next = false;
  for (let k = would + 1; k < i; k++) {
    if (NEXT_IN_NARRATIVE.test(v.lower(k))) next = true;
    else if (v.tok(k)?.pos !== 'ADV') return false;
  }
  // "he later would meet", "Later that day, she would meet": the adverb before "would" in its clause.
  if (!next && NEXT_IN_NARRATIVE.test(v.lower(would - 1))) next = true;
  // "he would go on to meet the King": "go on to" tells what came next as "later" does.
  if (!next && v.lower(i) === 'go' && v.lower(i + 1) === 'on' && v.lower(i + 2) === 'to') next = true;
  if (!next && NEXT_IN_NARRATIVE.test(v.lower(first)) && would - first <= 6) {
    for (let k = first + 1; k < would; k++) if (v.isVerb(k)) return false;
    next = true;
  }
  if (!next) return false;
  const s = v.tok(would)?.sentence;
  const sentence = s === undefined ? undefined : v.sentences[s];
  if (!sentence) return false;
  const speech = speechVerbLexicon().lemmas;
  let pastBefore = false;
  for (let k = would - 1; k >= first && would - k <= NARRATIVE_REACH; k--) {
    const l = v.lower(k);
    if (THOUGHT.test(l) || (speech.has(l) && v.isVerb(k))) return false;
    if (v.isVerb(k) && isPast(l)) pastBefore = true;
  }
  const end = Math.min(sentence.tokenEnd, i + NARRATIVE_REACH);
  for (let k = i + 1; k < end; k++) {
    const l = v.lower(k);
    if (CONDITION.test(l) || (speech.has(l) && v.isVerb(k))) return false;
  }
  if (pastBefore) return true;
  // The sentence before tells the narrative's time: "On Tuesday the minister arrived in Oslo."
  const before = s! > 0 ? v.sentences[s! - 1] : undefined;
  if (!before) return false;
  for (let k = before.tokenEnd - 1; k >= before.tokenStart && before.tokenEnd - k <= NARRATIVE_REACH; k--) {
    if (v.isVerb(k) && isPast(v.lower(k))) return true;
  }
  return false;
}
