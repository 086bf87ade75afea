import { escapeRegExp } from '../../lexicon/escape-regexp.js';

/**
 * Words right before a name that put its office, or its bearer, in the past: "former President ",
 * "the late ", "ex-Minister of Finance ", "then-Foreign Minister ", "the then Prime Minister ",
 * "signed by then President ". One definition for the mentions and coreference stages.
 *
 * "then" is the adjective only where an adverb cannot stand: glued to the office by a hyphen, after
 * "the", or right after a preposition ("by then President X"). "and then Prime Minister X spoke"
 * and "The President then met Minister X" are the adverb, and "By then, ..." / "Since then" open a
 * clause with "then" as a noun.
 *
 * Releases also write the office in lower case: "former prime minister X", "former fisheries minister X":
 * after "former", up to two lower-case words and an office noun (never any lower-case words, so that "the
 * former was received by President X", with "former" as a noun, puts no one in the past).
 *
 * The pattern is anchored at the end of a bounded slice before the name, which the engine tries
 * from every position of that slice; the words it needs are looked for first, and most texts have none.
 */
const FORMER_BEFORE = /(?<![\p{L}])(?:(?:[Ff]ormer|[Ll]ate|[Ee]rstwhile)[ \t\u00a0]+|[Ee]x-|[Tt]hen-|(?:[Tt]he|by|with|of|to|for|on|between|under|as|from|at)[ \t\u00a0]+then[ \t\u00a0]+)(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){0,8}$|(?<![\p{L}])(?:[Ff]ormer|[Ee]x-)[ \t\u00a0]*(?:\p{Ll}+[ \t\u00a0]+){0,2}(?:minister|president|premier|chancellor|ambassador|governor|secretary|mayor|senator|envoy|commissioner|chairman|chairwoman|chair|speaker)[ \t\u00a0]+$/u;
/** What FORMER_BEFORE cannot match without: one of these pieces. */
export const FORMER_PIECES: readonly string[] = ['Former', 'former', 'Late', 'late', 'Erstwhile', 'erstwhile', 'Ex-', 'ex-',
  ...['-', ' ', '\t', '\u00a0'].flatMap((after) => [`Then${after}`, `then${after}`])];
const FORMER_WORD = new RegExp(FORMER_PIECES.map(escapeRegExp).join('|'));

/** How far before a name FORMER_BEFORE is read. */
const REACH = 80;

/** Whether the words right before offset `at` of `text` say that what follows was held before. */
export function formerBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return FORMER_WORD.test(before) && FORMER_BEFORE.test(before);
}

/**
 * Whether a person named after "former" and an office, set off by a comma after another office, holds
 * that other office now: "the Special Envoy of the French President, former Foreign Minister X", whose
 * title the text gave is the present office, not the past one written after "former".
 */
export function heldBesidesFormer(text: string, at: number, title: string | null): boolean {
  if (!title) return false;
  const before = text.slice(Math.max(0, at - REACH), at);
  const k = before.search(/(?<![\p{L}])[Ff]ormer[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){1,8}$/u);
  // Only in apposition after the present office: "..., former Foreign Minister X"; "the days of former
  // Presidents A and B" names past holders only.
  if (k < 0 || !/,[ \t\u00a0]*$/.test(before.slice(0, k))) return false;
  const past = before.slice(k).replace(/^[Ff]ormer\s+/, '').trim().toLowerCase();
  return past !== '' && !title.toLowerCase().startsWith(past);
}

/**
 * Words right before a name that say its bearer is leaving the office that follows: "outgoing
 * President ", "the departing Ambassador ", "retiring Governor ". The bearer still holds it, but
 * "the new President" of the same text is another.
 */
const OUTGOING_BEFORE = /(?<![\p{L}])(?:[Oo]utgoing|[Dd]eparting|[Rr]etiring)[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){0,8}$/u;
/** What OUTGOING_BEFORE cannot match without. */
export const OUTGOING_PIECES: readonly string[] = ['Outgoing', 'outgoing', 'Departing', 'departing', 'Retiring', 'retiring'];
const OUTGOING_WORD = new RegExp(OUTGOING_PIECES.map(escapeRegExp).join('|'));

/** Whether the words right before offset `at` of `text` name the office that follows as one being left. */
export function outgoingBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return OUTGOING_WORD.test(before) && OUTGOING_BEFORE.test(before);
}

/**
 * "under Taoiseach X", "Under President X, exports doubled": a time under someone's office names the
 * holder of that time, not one a later bare "the Taoiseach" means while another holder is named.
 * "Under Secretary X" is an office of its own.
 */
const UNDER_OFFICE_BEFORE = /(?:(?<![\p{L}-])under|(?<![\p{L}-])Under(?![ \t\u00a0]+[Ss]ecretary))[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){1,8}$/u;

/** What UNDER_OFFICE_BEFORE cannot match without. */
export const UNDER_PIECES: readonly string[] = [' ', '\t', '\u00a0'].flatMap((after) => [`Under${after}`, `under${after}`]);
const UNDER_WORD = new RegExp(UNDER_PIECES.map(escapeRegExp).join('|'));

/** Whether the words right before offset `at` of `text` put the name that follows after "under" and an office. */
export function underOfficeBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return UNDER_WORD.test(before) && UNDER_OFFICE_BEFORE.test(before);
}
