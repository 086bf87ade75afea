import type { MeetingText } from './view.js';

/**
 * A relative clause set off by commas after a name describes that person and leaves the list it
 * stands in open: "A, B, who is also Vice-President, and C". The list goes on after the closing
 * comma; a clause with no closing comma before the sentence or list ends ("A, who said ...") is
 * no aside.
 */

const RELATIVE = /^(?:who|whom|whose)$/;
/** Most tokens an aside may run to its closing comma. */
const ASIDE_REACH = 16;

/**
 * At a comma after a person, the index of the comma closing a relative aside ("..., who is also
 * Vice-President of the Republic,"), or -1. The closing comma must be followed by "and" or the
 * start of a noun phrase, as the next item of a list is.
 */
export function relativeAsideEnd(v: MeetingText, j: number, last: number): number {
  if (v.lower(j) !== ',' || !RELATIVE.test(v.lower(j + 1))) return -1;
  let verb = false;
  for (let k = j + 2; k < last && k - j <= ASIDE_REACH; k++) {
    const l = v.lower(k);
    if (l === ';' || l === '.' || l === ':' || l === '(' || l === '"' || l === '“' || l === '”') return -1;
    if (v.isVerb(k)) verb = true;
    // "B, whose father, C, led the country": a comma before the clause has its verb sets off an
    // apposition inside the clause's subject, and closes nothing.
    if (l === ',' && !verb) continue;
    if (l === ',') {
      // "B, who passed on greetings on behalf of the President of Estonia, C.": a name right after an
      // office that ends the clause renames that office; the clause runs on and closes nothing.
      if (v.person(v.mentionAt(k + 1)) && officeEndsAt(v, k - 1, j + 2)) return -1;
      const next = v.lower(k + 1);
      return next === 'and' || next === 'the' || v.isCap(k + 1) ? k : -1;
    }
  }
  return -1;
}

/** Most tokens of an office read back from its last word: "President of the Republic of Estonia". */
const OFFICE_BACK_REACH = 6;

/** Whether the capitalised phrase ending at token k, no further back than `from`, holds an office word: "the President of Estonia". */
function officeEndsAt(v: MeetingText, k: number, from: number): boolean {
  for (let b = k; b >= from && k - b < OFFICE_BACK_REACH && (v.isCap(b) || /^(?:of|the)$/.test(v.lower(b))); b--) {
    if (v.isOffice(b) && !v.person(v.mentionAt(b))) return true;
  }
  return false;
}

/** Pronouns that open a relative clause set off by commas, after a person or a thing. */
const OPENS_RELATIVE = /^(?:who|whom|whose|which)$/;

/**
 * Whether the list starting at token k stands inside a relative clause set off by commas ("B, who
 * had received C in May, and D"): looking back from k, the nearest comma opens it with a relative
 * pronoun, and no other punctuation comes between. The look-back is capped by ASIDE_REACH.
 */
export function insideRelativeAside(v: MeetingText, k: number): boolean {
  for (let b = k - 1; b >= 0 && k - b <= ASIDE_REACH; b--) {
    const l = v.lower(b);
    if (l === ',') return OPENS_RELATIVE.test(v.lower(b + 1));
    if (l === ';' || l === '.' || l === ':' || l === '(' || l === ')' || l === '"' || l === '“' || l === '”') return false;
  }
  return false;
}
