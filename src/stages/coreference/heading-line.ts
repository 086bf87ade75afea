/** A first line with no closing stop, then a blank line: a heading or a dateline set apart from the body. */
export const HEADING_LINE = /^\s*[^\n]{0,160}[^\s.!?:;,"”’'\n][ \t\u00a0]*\n[ \t\u00a0]*\n\s*/u;
const NOT_HEADING_END = /[\s.!?:;,"”’'\n]/u;
const FIRST_WORD = /\S/u;
const isLineSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * The length of HEADING_LINE's match at the start of `opening`, 0 for none. Its first line can only be
 * the line of the first character that is no white space, so that line is looked at first: most bodies
 * open with a sentence whose stop ends the line, which the expression would only give up after trying
 * every shorter stretch of it.
 */
export function headingLineLength(opening: string): number {
  const first = opening.search(FIRST_WORD);
  if (first < 0) return 0;
  const lineEnd = opening.indexOf('\n', first);
  if (lineEnd < 0) return 0;
  let last = lineEnd - 1;
  while (isLineSpace(opening[last])) last--;
  if (NOT_HEADING_END.test(opening[last]!)) return 0;
  let next = lineEnd + 1;
  while (isLineSpace(opening[next])) next++;
  if (opening[next] !== '\n') return 0;
  return HEADING_LINE.exec(opening)?.[0].length ?? 0;
}
