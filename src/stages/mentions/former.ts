/**
 * Words right before a name that put its office, or its bearer, in the past: "former President ",
 * "the late ", "ex-Minister of Finance ", "then-Foreign Minister ", "the then Prime Minister ",
 * "signed by then President ". Tested against a bounded slice ending at the name.
 *
 * "then" is the adjective only where an adverb cannot stand: glued to the office by a hyphen, after
 * "the", or right after a preposition ("by then President X"). "and then Prime Minister X spoke"
 * and "The President then met Minister X" are the adverb, and "By then, ..." / "Since then" open a
 * clause with "then" as a noun.
 */
export const FORMER_BEFORE = /(?<![\p{L}])(?:(?:[Ff]ormer|[Ll]ate|[Ee]rstwhile)[ \t\u00a0]+|[Ee]x-|[Tt]hen-|(?:[Tt]he|by|with|of|to|for|on|between|under|as|from|at)[ \t\u00a0]+then[ \t\u00a0]+)(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for)[ \t\u00a0]+){0,8}$/u;
