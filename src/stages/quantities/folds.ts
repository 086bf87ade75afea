import type { FigureQuantity } from './rules.js';

const FOLD_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100, thousand: 1000,
};
const VERBS: Readonly<Record<string, number>> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, twice: 2 };

/**
 * "threefold", "tenfold" written as one word, the verbs "doubled", "tripled", "quadrupled", and
 * "twice" in a comparison ("twice as much", "twice the volume"), never "met twice".
 */
const WORD_RATIO = /\b(?:(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold|(doubled|tripled|trebled|quadrupled)|(twice)(?=\s+(?:as|the|more|higher|larger|bigger|greater|over)\b))\b/gi;

const RATIO_WORD = /fold|doubled|tripled|trebled|quadrupled|twice/i;

/** Ratios written without a numeral. Passage-relative offsets. */
export function wordRatios(passage: string): FigureQuantity[] {
  const found: FigureQuantity[] = [];
  // Every match holds one of these words; most passages hold none and need no full search.
  if (!RATIO_WORD.test(passage)) return found;
  WORD_RATIO.lastIndex = 0;
  for (let m = WORD_RATIO.exec(passage); m; m = WORD_RATIO.exec(passage)) {
    const value = m[1] ? FOLD_WORDS[m[1].toLowerCase()]! : VERBS[(m[2] ?? m[3])!.toLowerCase()]!;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'ratio',
      value,
      valueMax: null,
      currency: null,
      qualifier: null,
      unit: null,
      rule: m[1] ? 'ratio/fold-word' : m[2] ? 'ratio/verb' : 'ratio/twice',
    });
  }
  return found;
}
