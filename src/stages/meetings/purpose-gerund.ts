import type { MeetingText } from './view.js';

/** Nouns of purpose whose "of" (or "to") opens what is aimed at: "with the aim of", "with a view to", "in the hope of". */
const PURPOSE_NOUN = /^(?:aim|aims|view|purpose|goal|hope|hopes|intention|objective)$/;

/**
 * "travelled to Ankara with the aim of meeting President X", "with a view to visiting Y": a gerund
 * after a noun of purpose tells what one means to do, still to come. Only a gerund with its object
 * after it: "the purpose of the meeting was" names the meeting held. `n` is the gerund.
 */
export function purposeGerund(v: MeetingText, n: number, first: number): boolean {
  if (!v.lower(n).endsWith('ing') || n - 2 < first) return false;
  const prep = v.lower(n - 1);
  if (prep !== 'of' && !(prep === 'to' && v.lower(n - 2) === 'view')) return false;
  if (!PURPOSE_NOUN.test(v.lower(n - 2))) return false;
  return v.isCap(n + 1) || v.mentionAt(n + 1) !== undefined || /^(?:the|his|her|their|with)$/.test(v.lower(n + 1));
}
