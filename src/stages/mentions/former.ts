/**
 * "former President ", "the late King ", "ex-Minister of Defence ": an office or name right after
 * these words was held before, not now. One definition for the mentions and coreference stages.
 * The pattern is anchored at the end of the text before the name, which the engine tries from every
 * position of that text; the words it needs are looked for first, and most texts have none.
 */
const FORMER_BEFORE = /(?<![\p{L}])(?:(?:[Ff]ormer|[Ll]ate|[Ee]rstwhile)[ \t\u00a0]+|[Ee]x-)(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){0,8}$/u;
/** What FORMER_BEFORE cannot match without. */
const FORMER_WORD = /[Ff]ormer|[Ll]ate|[Ee]rstwhile|[Ee]x-/;

/** How far before a name FORMER_BEFORE is read. */
const REACH = 80;

/** Whether the words right before offset `at` of `text` say that what follows was held before. */
export function formerBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  return FORMER_WORD.test(before) && FORMER_BEFORE.test(before);
}
