import { createHash } from 'node:crypto';
import * as chrono from 'chrono-node';

/**
 * chrono runs every one of its parsers over every text it is given, and most of the dates
 * stage's time goes there. Several parsers can only match a text that holds some word ("ago",
 * "tonight", "weekend", "next") or a number joined to another by a slash, dot or dash, which
 * most of our windows lack. A parser whose pattern cannot match adds no result, so for such a
 * window the same parse runs without it, with the same outcome: chrono concatenates the
 * parsers' results, sorts them stably by offset and then refines them.
 *
 * Each test below was read off one exact pattern of chrono-node 2.10.3 (every one flagged `i`
 * only, so case folds within ASCII, as in the tests). A parser is left out only while its pattern
 * is still that one, recognised by a hash of its source and flags; after any change in chrono
 * it simply always runs.
 */
const WORD_NEEDED: ReadonlyMap<string, RegExp> = new Map([
  // ENTimeUnitAgoFormatParser: "... (?:ago|before|earlier)(?=\W|$)"
  ['293ae0422d4158ee', /ago|before|earlier/i],
  // ENTimeUnitLaterFormatParser: "... (?:later|after|from now|henceforth|forward|out)(?=(?:\W|$))"
  ['76327b84b9f269a6', /later|after|now|henceforth|forward|out/i],
  // ENTimeUnitCasualRelativeFormatParser: "(\W|^)(this|last|past|next|after|\+|-)\s*..."
  ['6bb3fd8e53c80891', /this|last|past|next|after|\+|-/i],
  // ENRelativeDateFormatParser: "(\W|^)(this|last|past|next|after\s*this)\s*(unit)..."
  ['b5c6d2dd0e86756c', /this|last|past|next/i],
  // ENCasualDateParser: "(\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)"
  ['8e57fc2642a39198', /now|today|night|morrow|tmr|yesterday/i],
  // ENCasualTimeParser: "(\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)"
  ['55b23410cacf226e', /morning|noon|evening|night|midday/i],
  // ENEndOfCurrentMonthParser: "(\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)"
  ['66c69645371fae15', /month/i],
  // ENWeekdayParser: "... ((?:wednesday|thursday|...|thu|fri|sat)|weekend|weekday) ..."
  ['5c3fdbc6e09829d2', /sun|mon|tue|wed|thu|fri|sat|week/i],
  // ISOFormatParser: "(\W|^)([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})..."
  ['85f12079028fddc1', /\d-\d/],
  // SlashDateFormatParser: "([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]([0-3]{0,1}[0-9]{1})..."
  ['f943d6e0484ac5e9', /\d[/.-]\d/],
  // ENSlashMonthFormatParser: "(\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})"
  ['37ae19eaae30fd49', /\d\/\d/],
]);

interface Gate {
  /** Position of the parser in the full list. */
  readonly index: number;
  readonly needs: RegExp;
}

let gates: readonly Gate[] | null = null;
const reduced = new Map<number, chrono.Chrono>();

function patternHash(p: chrono.Parser, context: chrono.ParsingContext): string | null {
  try {
    const re = p.pattern(context);
    return createHash('sha256').update(`/${re.source}/${re.flags}`).digest('hex').slice(0, 16);
  } catch {
    return null;
  }
}

function gatesOf(base: chrono.Chrono): readonly Gate[] {
  if (gates) return gates;
  const context = new chrono.ParsingContext('', { instant: new Date(0), timezone: 0 }, { forwardDate: false });
  const found: Gate[] = [];
  base.parsers.forEach((p, index) => {
    const hash = patternHash(p, context);
    const needs = hash === null ? undefined : WORD_NEEDED.get(hash);
    if (needs) found.push({ index, needs });
  });
  gates = found;
  return gates;
}

/**
 * The parser to run on `text`: `base` itself, or the same parsers and refiners without those
 * that cannot match it. One reduced parser is built per combination left out, on first use.
 */
export function chronoFor(base: chrono.Chrono, text: string): chrono.Chrono {
  let mask = 0;
  const list = gatesOf(base);
  for (let k = 0; k < list.length; k++) if (!list[k]!.needs.test(text)) mask |= 1 << k;
  if (mask === 0) return base;
  let parser = reduced.get(mask);
  if (!parser) {
    const skip = new Set(list.filter((_, k) => mask & (1 << k)).map((g) => g.index));
    parser = new chrono.Chrono({ parsers: base.parsers.filter((_, i) => !skip.has(i)), refiners: base.refiners });
    reduced.set(mask, parser);
  }
  return parser;
}
