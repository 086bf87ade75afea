/**
 * A quick reader for the explicit dates press releases mostly write ("25 September 2020",
 * "September 25, 2020", "25 Sept.", "on 12 May", "September 2020", "in May", "2020-09-25"),
 * giving what chrono-node would give for the window, so that chrono runs only on the rest.
 *
 * It answers only for a window it is sure about: one date of those shapes, and nothing else in
 * the window that any chrono parser or refiner could read or join to it (no other digit, month
 * or weekday word, time unit, ordinal word, or word such as "today", "noon"). Anything else
 * returns null and goes to chrono. test/dates-fast.test.ts compares both on every window of the
 * demo corpus, the fixtures, the bench corpus and generated strings.
 */
import { MONTH_NUMBER } from './cues.js';

/** The parts of a chrono result that chrono-dates.ts reads. */
export interface DateComponents {
  isCertain(component: 'year' | 'month' | 'day'): boolean;
  get(component: 'year' | 'month' | 'day'): number | null;
}
export interface DateReading {
  readonly index: number;
  readonly text: string;
  readonly start: DateComponents;
  readonly end?: DateComponents | null;
}


const MONTH_WORD = `(?:${[...MONTH_NUMBER.keys()].join('|')})`;
/**
 * Every month word chrono knows, in any case, also where chrono reads one glued to a word:
 * "secondSept.", "inMay", "Mayof", "Maysecond". The window must hold exactly one.
 */
const WORD_BEFORE = /\w$/;
/** The one month word, capitalised as our cue asks, with the full stop of an abbreviation. */
const CAPITALISED = /^[A-Z][a-z]+$/;

/**
 * Whatever a chrono parser or refiner could read outside the date: digits, month and weekday
 * words, time units (and chrono's one-letter units), casual words such as "today" or "noon".
 * chrono also reads such a word glued to a number word or "next" ("nextFriday", "theyear").
 */
const GLUED_WORDS = 'on|this|last|past|next|after|the|half|few|several|couple|of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[+-]';
const GLUED = `(?:\\b|${GLUED_WORDS})`;
/**
 * The words chrono reads a one-letter unit glued to: a number word ("tend" is "ten d" after "in"),
 * "the", "of" ("a couple of"), or one that says which ("lasts" is "last s"). Not "on", which chrono
 * glues to weekdays only: "ceremony on" or "nations" hold no unit.
 */
const UNIT_GLUED_WORDS = GLUED_WORDS.replace(/^on\|/, '');
/** "They" is "the" and the unit "y" to chrono only after "in", "for", "within" or before "later", "ago" and the like. */
const THEY = '(?!they\\b(?<!\\b(?:in|for|within)\\s*they)(?!\\s{0,5}(?:later|after|from|henceforth|forward|out|ago|before|earlier)\\b))';
/** Weekday, time unit and casual words, as chrono's patterns write them out; matched in any case. */
const WEEKDAY_WORDS = 'sun sunday mon monday tue tuesday wed wednesday thu thur thurs thursday fri friday sat saturday weekend weekends weekday weekdays'.split(' ');
const UNIT_WORDS = 'sec second seconds min mins minute minutes hr hrs hour hours day days week weeks mo mos month months qtr quarter quarters yr year years'.split(' ');
const CASUAL_WORDS = 'now today tonight tomorrow overmorrow tmr tmrw yesterday night morning afternoon evening midnight midday noon ago'.split(' ');
/** The letters of chrono's one-letter units. */
const UNIT_LETTERS = 'smhdwy';
/** What BUSY looks for besides digits. */
const BUSY_WORDS = [
  `\\b${MONTH_WORD}\\b`,
  `${GLUED}(?:${WEEKDAY_WORDS.join('|')})\\b`,
  `${GLUED}(?:${UNIT_WORDS.join('|')})\\b`,
  // chrono's one-letter units ("next s", "a d"); not the s of "Ukraine's" or the S of "U.S."
  `(?:(?<![’'.])\\b|${THEY}(?:${UNIT_GLUED_WORDS}))[${UNIT_LETTERS}]\\b`,
  `${GLUED}(?:${CASUAL_WORDS.join('|')})\\b`,
];
export const BUSY = new RegExp(['\\d', ...BUSY_WORDS].join('|'), 'i');
export const BUSY_BUT_DIGITS = new RegExp(BUSY_WORDS.join('|'), 'i');
/**
 * Ordinal words: chrono reads them as days only right beside a month ("first of May", "May
 * first", "first to 3 May"), so only an ordinal near the date sends the window to chrono.
 */
const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)';
const ORDINAL_BEFORE = new RegExp(`${ORDINAL}[^]{0,20}$`, 'i');
const ORDINAL_AFTER = new RegExp(`^[^]{0,12}${ORDINAL}`, 'i');
/** chrono keeps a bare "May" only after "in" (its unlikely-format filter). */
const IN_BEFORE = /\bin\s*$/i;

/**
 * A month word glued to "of" or to an ordinal ("Maysecond", which chrono reads as 2 May) takes them in:
 * no plain date. A month word at the end of a longer word counts only where chrono reads it so: after
 * an ordinal ("secondSept."), "of" ("1stofMay") or an era ("500BCMay"); "Azerbaijan" and "Bektenov"
 * hold none.
 */
export const ANY_MONTH = new RegExp(
  `(?<![a-z])(?:in)?(${MONTH_WORD})(?:of|${ORDINAL})?(?![a-z])|(?<=${ORDINAL}|st|nd|rd|th|of|be|ad|bc|ce)(${MONTH_WORD})\\b`,
  'gi',
);

/** The first three letters of the month words, as indices into a table of all three-letter strings. */
const MONTH_OPENINGS = new Uint8Array(26 * 26 * 26);
for (const word of MONTH_NUMBER.keys()) MONTH_OPENINGS[letterIndex(word, 0) * 676 + letterIndex(word, 1) * 26 + letterIndex(word, 2)] = 1;

/** The letter at text[k] as 0 to 25 in either case (the "i" flag without "u" matches no other character to one); -1 for anything else. */
function letterIndex(text: string, k: number): number {
  const c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? (c | 0x20) - 97 : -1;
}

/**
 * ANY_MONTH.exec(text) from `from`, begun near the first place a month word may start: every match of
 * ANY_MONTH starts on its month word or on the "in" right before it, and every month word opens with
 * the first three letters of one, so no match starts more than two characters before such letters
 * (its look-behinds still see the text before). Null where no such letters follow `from`.
 */
export function nextMonth(text: string, from: number): RegExpExecArray | null {
  let a = letterIndex(text, from);
  let b = letterIndex(text, from + 1);
  for (let k = from + 2; k < text.length; k++) {
    const c = letterIndex(text, k);
    if (a >= 0 && b >= 0 && c >= 0 && MONTH_OPENINGS[a * 676 + b * 26 + c] === 1) {
      ANY_MONTH.lastIndex = Math.max(from, k - 4);
      return ANY_MONTH.exec(text);
    }
    a = b;
    b = c;
  }
  return null;
}

/** A day number before the month: "25 ", "25th ", "25 of ", "25th of ". */
const DAY_BEFORE = /(?<![\w./-])(\d{1,2})(?:st|nd|rd|th)? (?:of )?$/;
/** After the month: " 25, 2020", " 25th 2020" (middle-endian, only with a year), or " 2020". */
const DAY_YEAR_AFTER = /^ (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\w/:-]|\.\d)/;
const YEAR_AFTER = /^ (\d{4})(?![\w/:-]|\.\d)/;
/** After a date: a time zone in capitals or an era chrono would take into it, or a joiner. */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;
const ERA_AFTER = /^\s*(?:BE|AD|BC|BCE|CE)\b/i;
/** Also what chrono's month reader swallows after a month without a year: "March -", "March of". */
const JOIN_AFTER = /^(?:[-/:–]|\s*(?:[-–/]|of))/i;
const JOIN_BEFORE = /[-/–]\s*$/;
const ISO = /(?:^|(?<=[\s(]))(\d{4})-(\d{2})-(\d{2})(?=$|[\s,;)]|\.(?:\s|$))/g;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

class Components implements DateComponents {
  constructor(
    private readonly year: number | null,
    private readonly month: number,
    private readonly day: number | null,
  ) {}
  isCertain(c: 'year' | 'month' | 'day'): boolean {
    return this.get(c) !== null;
  }
  get(c: 'year' | 'month' | 'day'): number | null {
    return c === 'year' ? this.year : c === 'month' ? this.month : this.day;
  }
}

/** What chrono would find in `window`, when it is one plain date; null when unsure. */
export function fastDates(window: string): DateReading[] | null {
  const first = nextMonth(window, 0);
  if (!first) return isoDate(window);
  if (nextMonth(window, ANY_MONTH.lastIndex) !== null) return null;
  const found = first[1] ?? first[2]!;
  if (found.length !== first[0].length || !CAPITALISED.test(found) || WORD_BEFORE.test(window.slice(0, first.index))) return null;
  const word = found.toLowerCase();
  const month = MONTH_NUMBER.get(word)!;
  const full = word.length > 4 || word === 'may' || word === 'june' || word === 'july';
  let start = first.index;
  let end = start + found.length;
  if (!full) {
    if (window[end] === '.') {
      end++;
      if (/\w/.test(window[end] ?? '')) return null;
    }
  }
  let day: number | null = null;
  let year: number | null = null;
  const before = DAY_BEFORE.exec(window.slice(Math.max(0, start - 12), start));
  if (before) {
    day = Number(before[1]);
    start -= before[0].length;
    const y = YEAR_AFTER.exec(window.slice(end, end + 6));
    if (y) {
      year = Number(y[1]);
      end += y[0].length;
    }
  } else {
    const dy = DAY_YEAR_AFTER.exec(window.slice(end, end + 12));
    if (dy) {
      day = Number(dy[1]);
      year = Number(dy[2]);
      end += dy[0].length;
    } else {
      const y = YEAR_AFTER.exec(window.slice(end, end + 6));
      if (y) {
        year = Number(y[1]);
        end += y[0].length;
      } else if (!full) return null; // a bare abbreviation: chrono's own length rule decides
    }
  }
  // chrono drops a day its month does not have ("31 September"); 29 February is left to it.
  if (day !== null && (day < 1 || day > DAYS_IN_MONTH[month - 1]!)) return null;
  if (year !== null && (year < 1000 || year > 2999)) return null;
  const text = window.slice(start, end);
  // A bare abbreviation with its stop, or a bare "May" (which chrono keeps only after "in"): chrono decides.
  if (year === null && day === null && (text.endsWith('.') || (month === 5 && !IN_BEFORE.test(window.slice(0, start))))) return null;
  const quiet = quietAround(window, start, end) || (day !== null && quietAfterDateline(window, start, end));
  if (quiet) return [{ index: start, text, start: new Components(year, month, day) }];
  return null;
}

/** "2020-09-25" alone in its window. */
function isoDate(window: string): DateReading[] | null {
  if (!window.includes('-')) return null; // ISO finds none without its dashes
  ISO.lastIndex = 0;
  const m = ISO.exec(window);
  if (!m || ISO.exec(window) !== null) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  const start = m.index;
  const end = start + m[0].length;
  if (!quietAround(window, start, end)) return null;
  return [{ index: start, text: m[0], start: new Components(Number(m[1]), month, day) }];
}

/**
 * A dash set off by spaces after a day ("Wuhan, 26 November – Chinese and Vietnamese officials
 * signed 21 documents", the dateline of a release). chrono joins what follows such a dash to the
 * date only when a reading of its own starts right after it ("26 November – 3 December", "– at
 * 10", "– Tomorrow"); its refiners join readings across nothing but such joiners. A capitalised
 * word that no chrono pattern starts with stops that, and the rest of the window then matters
 * only for readings that carry a month, which a bare count ("21 documents") never starts.
 */
const DATELINE_DASH = /^[ \u00a0]+(?:[–—]|--?)[ \u00a0]+/;
/** The word after the dash: a capital and at least two more letters, then a space. */
const BARRIER_WORD = /^([A-Z][A-Za-z]{2,})[ \u00a0]/;
/**
 * Words a chrono pattern can start with or join on, beyond what BUSY finds: prefixes, number
 * and ordinal words, casual words and joiners. A barrier word must be none of them.
 */
const CHRONO_WORDS = new Set(
  ('within in for about around roughly approximately just this last past next after before earlier later from now henceforth ' +
    'forward out ago to until till through at on of by and the a an few several half couple end one two three four five six seven ' +
    'eight nine ten eleven twelve first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
    'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty thirtieth thirty noon midnight midday ' +
    'tonight today tomorrow overmorrow tmr tmrw yesterday morning afternoon evening night since during').split(' '),
);
/**
 * A digit touching anything but white space or another digit: part of a time, a date, a decimal or a
 * glued unit. The end of the window is white space here: a window ends where its sentence has white
 * space or ends ("... officials signed 3" of "signed 3 agreements"), and a lone number there starts
 * no reading that carries a month.
 */
const NOT_A_BARE_COUNT = /(?<![\s\d])\d|\d(?![\s\d]|$)/;

/**
 * quietAround for a day followed by a dateline dash and a word that ends any reading of chrono's
 * there. Its tests for a time zone or an era right after the date cannot hold: the dash stands there.
 */
function quietAfterDateline(window: string, start: number, end: number): boolean {
  const after = window.slice(end);
  const dash = DATELINE_DASH.exec(after);
  if (!dash || ORDINAL_AFTER.test(after)) return false;
  const barrier = BARRIER_WORD.exec(after.slice(dash[0].length));
  if (!barrier || CHRONO_WORDS.has(barrier[1]!.toLowerCase()) || busy(barrier[1]!)) return false;
  const rest = after.slice(dash[0].length + barrier[1]!.length);
  if ((mayBeBusy(rest, false) && BUSY_BUT_DIGITS.test(rest)) || NOT_A_BARE_COUNT.test(rest)) return false;
  // What comes before the date is read as for any other date.
  const beforeText = window.slice(0, start);
  return !JOIN_BEFORE.test(beforeText) && !ORDINAL_BEFORE.test(beforeText) && !busy(beforeText);
}

/** Words in lower case, stored from their last letter back, so that the end of a word is looked up letter by letter. */
interface SuffixNode {
  readonly next: (SuffixNode | undefined)[];
  end: boolean;
}

function suffixTree(words: Iterable<string>): SuffixNode {
  const root: SuffixNode = { next: [], end: false };
  for (const word of words) {
    let node = root;
    for (let k = word.length - 1; k >= 0; k--) {
      const c = word.charCodeAt(k) - 97;
      node = node.next[c] ??= { next: [], end: false };
    }
    node.end = true;
  }
  return root;
}

/** Whether text[from, to), ASCII word characters, ends on one of the words of `tree`, read in any case. */
function endsOnListed(text: string, from: number, to: number, tree: SuffixNode): boolean {
  let node: SuffixNode | undefined = tree;
  for (let k = to - 1; k >= from; k--) {
    const c = text.charCodeAt(k) | 0x20;
    if (c < 97 || c > 122) return false;
    node = node.next[c - 97];
    if (node === undefined) return false;
    if (node.end) return true;
  }
  return false;
}

/** Every word some match of BUSY_WORDS other than a one-letter unit ends on (all of two letters or more). */
const BUSY_END_WORDS = suffixTree([...MONTH_NUMBER.keys(), ...WEEKDAY_WORDS, ...UNIT_WORDS, ...CASUAL_WORDS]);
/** The words a one-letter unit is glued to (UNIT_GLUED_WORDS less the signs). */
const UNIT_STEMS = suffixTree(UNIT_GLUED_WORDS.split('|').filter((w) => /^[a-z]+$/.test(w)));

/** An ASCII word character, as \\w reads one without the u flag. */
function wordCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether the character is one of chrono's one-letter units (UNIT_LETTERS) in either case. */
function unitLetter(c: number): boolean {
  const lower = c | 0x20;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? UNIT_LETTERS.includes(String.fromCharCode(lower)) : false;
}

/**
 * Whether BUSY may match `text`, asked first because BUSY is long and most text around a date
 * holds nothing it finds. Each match of BUSY is a digit or ends where a run of word characters
 * ends, on one of BUSY_END_WORDS, or on a unit letter that is the whole run or follows one of
 * UNIT_STEMS: a text with no such run (read in any case, as BUSY reads it) holds no match.
 * Without `digits`, a digit says nothing, and the answer is for BUSY_BUT_DIGITS.
 */
export function mayBeBusy(text: string, digits = true): boolean {
  let i = 0;
  while (i < text.length) {
    if (!wordCharacter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    for (; j < text.length && wordCharacter(text.charCodeAt(j)); j++) {
      const c = text.charCodeAt(j);
      if (digits && c >= 48 && c <= 57) return true;
    }
    if (unitLetter(text.charCodeAt(j - 1)) && (j - i === 1 || endsOnListed(text, i, j - 1, UNIT_STEMS))) return true;
    if (endsOnListed(text, i, j, BUSY_END_WORDS)) return true;
    i = j;
  }
  return false;
}

/** BUSY.test(text), with mayBeBusy asked first. */
function busy(text: string): boolean {
  return mayBeBusy(text) && BUSY.test(text);
}

function quietAround(window: string, start: number, end: number): boolean {
  const after = window.slice(end);
  if (ZONE_AFTER.test(after) || ERA_AFTER.test(after) || JOIN_AFTER.test(after)) return false;
  const beforeText = window.slice(0, start);
  if (JOIN_BEFORE.test(beforeText) || ORDINAL_BEFORE.test(beforeText) || ORDINAL_AFTER.test(after)) return false;
  return !busy(beforeText) && !busy(after);
}
