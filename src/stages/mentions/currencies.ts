import type { Quantity, Token } from '../../document/layers.js';
import { currencyLexicon } from '../../lexicon/currencies.js';
import { singleSpaced } from '../../lexicon/normalize.js';
import { WordTest } from '../../lexicon/word-table.js';
import { Claim, type SentenceScan } from './context.js';

/** Lexicon kinds whose words also name currencies ("US dollars", "Hong Kong dollars", "Swiss francs"). */
const CURRENCY_OWNER_KINDS = new Set(['country', 'demonym', 'place']);

interface CurrencyWords {
  /** Every currency name as written after a figure, lower case ("us dollars", "russian rubles", "dollars"). */
  readonly names: ReadonlySet<string>;
  /** Names that are also ordinary words ("won", "real", "pounds"): money only where the quantities stage says so. */
  readonly weak: ReadonlySet<string>;
  /** Most words in any name. */
  readonly maxWords: number;
  /** Every ending of every name, so a phrase whose last word ends none is passed over unread. */
  readonly endings: ReadonlySet<string>;
}

let cachedWords: CurrencyWords | null = null;

function currencyWords(): CurrencyWords {
  if (cachedWords) return cachedWords;
  const { names, weakNames } = currencyLexicon();
  const all = new Set<string>([...names.keys(), ...weakNames.keys()]);
  let maxWords = 1;
  const endings = new Set<string>();
  for (const n of all) {
    maxWords = Math.max(maxWords, n.split(' ').length);
    for (let k = 0; k < n.length; k++) endings.add(n.slice(k));
  }
  cachedWords = { names: all, weak: new Set(weakNames.keys()), maxWords, endings };
  return cachedWords;
}

/**
 * Document indices of the tokens inside money figures ("234.9 billion U.S. dollars", "HK$3 billion").
 * Binary search per figure keeps this linear in the document.
 */
export function moneyTokens(tokens: readonly Token[], quantities: readonly Quantity[]): ReadonlySet<number> {
  const inside = new Set<number>();
  for (const q of quantities) {
    if (q.kind !== 'money') continue;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < tokens.length && tokens[k]!.end <= q.end; k++) inside.add(k);
  }
  return inside;
}

/** Lower-case text of tokens [i, j) with single spaces, the form currency names are listed in. */
function phrase(s: SentenceScan, i: number, j: number): string {
  return singleSpaced(s.span(i, j)).toLowerCase();
}

/**
 * Whether the phrase ending before token j stands alone: punctuation or the sentence end, or a
 * verb ("the Egyptian pound fell"). "A South Korean won the election" and "Brazilian real estate"
 * go on after the would-be currency word.
 */
function endsNounPhrase(s: SentenceScan, j: number): boolean {
  const next = s.tok(j);
  if (!next || !s.isWord(j)) return true;
  return next.pos === 'VERB' || next.pos === 'AUX';
}

/**
 * "234.9 billion U.S. dollars", "payments in Russian rubles", "the Swiss franc": a country or
 * demonym that is part of a currency's name refers to money, not to the state, so it must not
 * become a place, a demonym actor or a country word for a group. Its tokens are claimed before
 * any rule that makes mentions runs.
 *
 * A currency phrase is a listed name ("hong kong dollars") or a country word before a listed
 * bare name ("Zimbabwean dollars"). Names that are also ordinary words ("the South Korean won
 * the vote") count only inside a money figure found by the quantities stage.
 */
/** Per word: whether a currency name may end with it (an ending of a listed name, or a text with a space inside). */
const MAY_END_NAME = new WordTest((text: string) => {
  const lower = text.toLowerCase();
  return currencyWords().endings.has(lower) || /\s/.test(lower);
});

export function currencyCountryWords(s: SentenceScan, money: ReadonlySet<number>): void {
  const { names, weak, maxWords, endings } = currencyWords();
  for (let i = s.first; i < s.last; i++) {
    const h = s.nameHit(i);
    if (!h || h.start !== i || !CURRENCY_OWNER_KINDS.has(h.hit.entry.kind)) continue;
    // "U.S. $2 million": a country word inside a money figure is part of the currency.
    let inFigure = true;
    for (let k = h.start; k < h.end; k++) if (!money.has(k)) inFigure = false;
    let end = inFigure ? h.end : -1;
    for (let j = h.end + 1; j <= Math.min(s.last, h.end + maxWords); j++) {
      if (!s.isWord(j - 1) || s.nameHit(j - 1)) break;
      // A listed phrase ends with its last token's text: most tokens end no currency name.
      if (!MAY_END_NAME.has(s.wordId(j - 1), s.tokens[j - 1]!.text)) continue;
      const tail = phrase(s, h.end, j);
      // The whole phrase ends with the tail: when no name ends so, neither is listed.
      if (!endings.has(tail)) continue;
      const whole = phrase(s, h.start, j);
      const listed = names.has(whole) || names.has(tail);
      if (!listed) continue;
      // The last word decides whether the name is also an ordinary word: "won", "real", "pound".
      const last = s.lower(j - 1);
      if ((weak.has(tail) || weak.has(last)) && !money.has(j - 1) && !(names.has(whole) && endsNounPhrase(s, j))) continue;
      end = j;
    }
    if (end < 0) {
      i = h.end - 1;
      continue;
    }
    s.take(h.start, end, Claim.Currency);
    i = end - 1;
  }
}
