import { escapeRegExp } from '../../lexicon/escape-regexp.js';
import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';

interface CuePatterns {
  /** A speech verb at the start of a string, after optional adverbs: "said", "quickly added". */
  readonly verbAtStart: RegExp;
  /** The last speech verb in a clause that leads into a quote: `said: `, `noted that `, `told reporters, `. */
  readonly verbBeforeQuote: RegExp;
}

let cached: CuePatterns | null = null;

/** Adverbs and auxiliaries that may sit between a speaker and the verb ("also noted", "has said"). */
const FILLER = String.raw`(?:(?:also|then|later|further|once|again|has|had|have|was|were|is|would|had\s+earlier|earlier|\p{L}+ly)[ \t\u00a0]+){0,3}`;

export function cuePatterns(): CuePatterns {
  if (cached) return cached;
  const verbs = speechVerbLexicon().forms.map((f) => escapeRegExp(f).replace(/ /g, String.raw`[ \t\u00a0]+`)).join('|');
  cached = {
    verbAtStart: new RegExp(String.raw`^${FILLER}(${verbs})(?![\p{L}\p{N}])`, 'iu'),
    // verb, then at most a short run of words without sentence punctuation, then ":" "," or "that" right before the quote.
    verbBeforeQuote: new RegExp(
      String.raw`(?<![\p{L}])(${verbs})(?![\p{L}\p{N}])([^.!?;:“”"«»\n]{0,70}?)[ \t\u00a0]*(:|,|\bthat|\bas saying)?[ \t\u00a0]*$`,
      'iu',
    ),
  };
  return cached;
}

/** Introductions where the speaker follows: "According to X, ...", "In the words of X, ...". */
export const ACCORDING_TO = /(?<![\p{L}])(according to|in the words of|as put by)[ \t\u00a0]+$/iu;

/** Third-person pronouns that can name a speaker when the mentions layer has none. */
export const PRONOUN = /^(he|she)[ \t\u00a0]+/i;

/**
 * What may stand between a speaker and the speech verb: an apposition set off by commas
 * (", Governor of Irkutsk Oblast,") and adverbs or auxiliaries.
 */
export const SPEAKER_VERB_GAP = new RegExp(
  String.raw`^(?:[ \t\u00a0]*,[^.;:!?“”"«»\n]{1,100}?,)?[ \t\u00a0]*${FILLER}$`,
  'iu',
);

/** The same gap at the start of a string, followed by the verb (used after a quote). */
export const APPOSITION_AT_START = /^(?:[ \t\u00a0]*,[^.;:!?“”"«»\n]{1,100}?,)?[ \t\u00a0]*/u;
