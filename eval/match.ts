/**
 * Matching rules shared by every scorer. They are deliberately forgiving about form
 * (case, diacritics, curly vs straight quotes) and strict about content.
 */

/** Lower case, no diacritics, typographic quotes folded, punctuation dropped, spaces collapsed. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision and recall are 1 when there was nothing to find and nothing was claimed. */
export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * One-to-one greedy matching: each gold item, in order, takes the first free prediction
 * the predicate accepts. Required gold items go first so that an optional item never takes
 * a prediction a required one needs.
 * Returns pairs [goldIndex, predictedIndex].
 */
export function greedyMatch<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  accepts: (g: G, p: P) => boolean,
): Array<[number, number]> {
  const used = new Uint8Array(predicted.length);
  const pairs: Array<[number, number]> = [];
  const order = gold
    .map((g, i) => [g, i] as const)
    .sort((a, b) => Number(isOptional(a[0])) - Number(isOptional(b[0])));
  for (const [g, gi] of order) {
    for (let pi = 0; pi < predicted.length; pi++) {
      if (used[pi] || !accepts(g, predicted[pi]!)) continue;
      used[pi] = 1;
      pairs.push([gi, pi]);
      break;
    }
  }
  return pairs;
}

function isOptional(g: unknown): boolean {
  return typeof g === 'object' && g !== null && (g as { optional?: unknown }).optional === true;
}

/** Value within 0.5% of the gold value (exact when the gold value is 0). */
export function sameValue(predicted: number, gold: number): boolean {
  if (gold === 0) return predicted === 0;
  return Math.abs(predicted - gold) <= Math.abs(gold) * 0.005;
}

/** Function words do not decide a title: "Minister of Finance" = "Finance Minister". */
const TITLE_FILLER = new Set(['of', 'the', 'for', 'and', 'on', 'to', 'in']);
const titleWords = (s: string) => normalizeName(s).split(' ').filter((w) => w && !TITLE_FILLER.has(w));

/**
 * Every content word of the gold title appears in the predicted title ("President" fits
 * "President of Belarus", "Minister of Finance" fits "Finance Minister").
 */
export function titleFits(predicted: string | null, gold: string | string[]): boolean {
  if (!predicted) return false;
  const have = new Set(titleWords(predicted));
  const options = Array.isArray(gold) ? gold : [gold];
  return options.some((t) => titleWords(t).every((w) => have.has(w)));
}

/**
 * PLOVER gold codes the UN and the EU as IGO, while the current manual has UNO and EUR;
 * a prediction using the newer, more specific code is counted as agreeing.
 */
export function sameCountry(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  if (predicted === gold) return true;
  return gold === 'IGO' && (predicted === 'UNO' || predicted === 'EUR');
}

/** A regex that finds the gold opening words in the text, whatever the spacing or apostrophe style. */
export function openingPattern(opening: string): RegExp {
  const words = opening.trim().split(/\s+/).map((w) =>
    w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’‘]/g, "['’‘]"),
  );
  return new RegExp(words.join('\\s+'), 'giu');
}
