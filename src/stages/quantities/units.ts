import { countUnitLexicon } from '../../lexicon/count-units.js';
import { escapeRegExp } from '../../lexicon/escape-regexp.js';

/** Words that may stand between a figure and its unit ("5,000 new jobs") but never do in a count. */
const NOT_MODIFIERS = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'than', 'per', 'that',
  'which', 'who', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'its', 'their',
  'his', 'her', 'our', 'these', 'those', 'this', 'times', 'years', 'year', 'days', 'months', 'percent',
]);

let unitRe: RegExp | null = null;

function unitPattern(): RegExp {
  if (unitRe) return unitRe;
  const forms = countUnitLexicon().forms.map(escapeRegExp).join('|');
  // Up to two modifier words, then a unit word; the shortest modifier run is tried first.
  unitRe = new RegExp(String.raw`^[ \u00a0]+((?:[\p{L}][\p{L}.'’-]*[ \u00a0]+){0,2}?)(${forms})(?![\p{L}\p{N}])`, 'iu');
  return unitRe;
}

export interface UnitMatch {
  readonly unit: string;
  /** Characters consumed from the start of the searched string. */
  readonly length: number;
}

/** The unit of a count right after a figure: " tonnes", " new jobs", " intergovernmental agreements". */
export function unitAfter(after: string): UnitMatch | null {
  const m = unitPattern().exec(after);
  if (!m) return null;
  const form = m[2]!;
  const modifiers = m[1]!.trim();
  if (modifiers) {
    // Abbreviations ("t", "km", "MW") must follow the figure directly.
    if (form.length <= 3) return null;
    for (const word of modifiers.split(/[ \u00a0]+/)) if (NOT_MODIFIERS.has(word.toLowerCase())) return null;
  }
  const unit = countUnitLexicon().units.get(form.toLowerCase().replace(/\s+/g, ' '));
  return unit ? { unit, length: m[0].length } : null;
}
