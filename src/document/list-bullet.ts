/** A bullet or a number that opens a list item: "• ", "- ", "2. ", "3) ". */
export const LIST_BULLET = /^[ \t]*(?:[•●▪◦·‣∙*–—-]|\d{1,2}[.)])/;
