/** The marks that open a bulleted list item: "•", "▪", "*", a dash. */
export const BULLET_MARKS = '[•●▪◦·‣∙*–—-]';

/** A bullet or a number that opens a list item: "• ", "- ", "2. ", "3) ". */
export const LIST_BULLET = new RegExp(`^[ \\t]*(?:${BULLET_MARKS}|\\d{1,2}[.)])`);
