import { escapeRegExp } from '../../lexicon/escape-regexp.js';
import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';

interface CuePatterns {
  /** After a quote: up to fourteen words naming the speaker (group 1), an optional apposition, then the verb. */
  readonly speakerThenVerb: RegExp;
  /** After a quote: the verb, then up to fourteen words naming the speaker (group 2) up to punctuation. */
  readonly verbThenSpeaker: RegExp;
  /** A speech verb at the start of a string, after optional adverbs: "said", "quickly added". */
  readonly verbAtStart: RegExp;
  /** The last speech verb in a clause that leads into a quote: `said: `, `noted that `, `told reporters, `. */
  readonly verbBeforeQuote: RegExp;
  /**
   * A speech verb, a few words, then "that" and the reported clause running on to the quote: "said on
   * Monday that the new railway would be “...”" (the clause is too long for `verbBeforeQuote`).
   */
  readonly verbThatClauseBeforeQuote: RegExp;
}

let cached: CuePatterns | null = null;

/** Short title words and single capitals whose dot abbreviates ("Mr.", "Gov.", "U.S."). */
const ABBREVIATED = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Amb|Gen|Gov|Sen|Rep|St|Lt|Col|Capt|Hon|\p{Lu})`;
/** The dot of an abbreviation inside a cue, with a letter after it ("told Mr. Lavrov that", "said U.S. officials"): no sentence end. */
const ABBREVIATION_DOT = String.raw`(?<=(?:^|[^\p{L}])${ABBREVIATED})\.(?=[ \t\u00a0]*[\p{L}])`;
/** A dot that can end the speaker's words: not one closing an abbreviation ("said Gov. Newsom"). */
const SENTENCE_DOT = String.raw`(?<![^\p{L}]${ABBREVIATED})\.(?![\p{L}\p{N}])`;

/** Adverbs and auxiliaries that may sit between a speaker and the verb ("also noted", "has said", "went on to say"). */
export const FILLER = String.raw`(?:(?:also|then|later|further|once|again|has|had|have|was|were|is|would|had\s+earlier|earlier|\p{L}+ly|(?:went|goes|go)[ \t\u00a0]+on[ \t\u00a0]+to|(?:continued|wished|wanted|hastened)[ \t\u00a0]+to|would[ \t\u00a0]+like[ \t\u00a0]+to)[ \t\u00a0]+){0,3}`;

export function cuePatterns(): CuePatterns {
  if (cached) return cached;
  const verbs = speechVerbLexicon().forms.map((f) => escapeRegExp(f).replace(/ /g, String.raw`[ \t\u00a0]+`)).join('|');
  // A word, or an abbreviation ending in a dot that stands inside a name: "Mr.", "Dr.", "Hon.", "Jr.", the initial
  // "S.", "U.S."; initials written onto the name as Mongolian names are ("L.Oyun-Erdene", "Ts.Elbegdorj").
  const word = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Amb|Hon|Gen|Gov|Sen|Rep|St|Jr|Sr)\.|(?:\p{Lu}\.)+|(?:\p{Lu}\p{Ll}?\.)+\p{Lu}[^\s,.;:!?“”"«»()]+|[^\s,.;:!?“”"«»()]+)`;
  // Up to fourteen words: a full office comes before the name ("Federal Minister for Economic
  // Cooperation and Development of Germany Katrin Wendel").
  const region = String.raw`((?:${word}[ \t\u00a0]+){0,13}?${word})`;
  cached = {
    speakerThenVerb: new RegExp(
      String.raw`^${region}${APPOSITION}[ \t\u00a0]+${FILLER}(${verbs})(?![\p{L}\p{N}])`,
      // Case-sensitive: after a quote the reporting verb is in lower case, and a capitalised word that
      // spells a verb belongs to a name ("the United States Ambassador", "Kent Says").
      'u',
    ),
    // The speaker words end at punctuation or where a relative clause or prepositional phrase begins.
    verbThenSpeaker: new RegExp(
      String.raw`^${FILLER}(${verbs})[ \t\u00a0]+((?:${word}[ \t\u00a0]+){0,13}?${word})` +
        String.raw`(?=[ \t\u00a0]*(?:[,;:!?)]|${SENTENCE_DOT}|$)|[ \t\u00a0]+(?:who|which|that|as|at|in|on|during|after|before|when|while|from|to|with)(?![\p{L}]))`,
      'u',
    ),
    verbAtStart: new RegExp(String.raw`^${FILLER}(${verbs})(?![\p{L}\p{N}])`, 'iu'),
    // verb, then at most a short run of words without sentence punctuation, then ":" "," or "that" right before the quote.
    verbBeforeQuote: new RegExp(
      String.raw`(?<![\p{L}])(${verbs})(?![\p{L}\p{N}])((?:[^.!?;:“”"«»\n]|${ABBREVIATION_DOT}){0,70}?)[ \t\u00a0]*(:|,|\bthat|\bas saying)?[ \t\u00a0]*$`,
      'iu',
    ),
    verbThatClauseBeforeQuote: new RegExp(
      String.raw`(?<![\p{L}])(${verbs})(?![\p{L}\p{N}])((?:[^.!?;:,“”"«»\n]|${ABBREVIATION_DOT}){0,40}?\bthat(?![\p{L}])(?:[^.!?;:“”"«»\n]|${ABBREVIATION_DOT}){0,180}?)[ \t\u00a0]*$`,
      'iu',
    ),
  };
  return cached;
}

/** Introductions where the speaker follows: "According to X, ...", "In the words of X, ...", "As noted by X, ...". */
export const ACCORDING_TO = /(?<![\p{L}])(according to|in the (?:words|opinion|view) of|as put by|as (?:noted|stated|stressed|said|emphasi[sz]ed|underlined|pointed out|observed|remarked) by)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:Mr|Mrs|Ms|Dr|Mme|Madam|Madame|Sir|Prof)\.?[ \t\u00a0]+)?$/iu;

/** A body's common noun closing a complement after its capitalised words: "of the Finnish *government*", "the head of the Uzbek *state*". */
const BODY_NOUN = String.raw`(?:government|ministry|cabinet|parliament|administration|company|corporation|bank|state)(?![\p{L}])`;

/**
 * A title's complement after the mention that names the speaker: "the President *of Kazakhstan*
 * stressed", "the head *of the Ministry of Economy* said", "the head *of the Finnish government* noted".
 */
const COMPLEMENT = String.raw`(?:[ \t\u00a0]+(?:of|from|for|at)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}’'.-]*(?:[ \t\u00a0]+(?:of|and|the|for|\p{Lu}[\p{L}’'.-]*)){0,5}?(?:[ \t\u00a0]+${BODY_NOUN})?)?`;
const APPOSITION = String.raw`(?:[ \t\u00a0]*,[^.;:!?“”"«»\n]{1,100}?,)?`;

/**
 * What may stand between a speaker and the speech verb: a complement, an apposition set off by
 * commas (", Governor of Irkutsk Oblast,"), a phrase of circumstance and adverbs or auxiliaries. Case-sensitive: under the
 * "i" flag \p{Lu} matches any letter, and "thanked Sheikh Khalid for the rollover of deposits and
 * said" would read the object's lower-case words as a complement of its name.
 */
/**
 * A short phrase of circumstance in lower case between a speaker and the verb, as translated releases
 * write it: "X in his speech noted", "X in turn stressed", "X at the meeting said".
 */
// A conjunction ends the phrase and joins a verb of its own ("X for the welcome and said" has X as the
// object of an earlier verb), so the phrase's second word is never one.
const CIRCUMSTANCE = String.raw`(?:[ \t\u00a0]+(?:in|at|during|on|for)[ \t\u00a0]+(?:(?:his|her|their|its|the)[ \t\u00a0]+)?\p{Ll}+(?:[ \t\u00a0]+(?!(?:and|or|but)(?!\p{L}))\p{Ll}+)?)?`;

export const SPEAKER_VERB_GAP = new RegExp(String.raw`^${COMPLEMENT}${APPOSITION}${CIRCUMSTANCE}[ \t\u00a0]*${FILLER}$`, 'u');

/** The complement and apposition at the start of a string, before the verb (used after a quote). */
export const APPOSITION_AT_START = new RegExp(String.raw`^${COMPLEMENT}${APPOSITION}[ \t\u00a0]*`, 'u');

/** A mention that is itself the complement of a title ("President of *Kazakhstan*") is not the speaker. */
export const COMPLEMENT_BEFORE = /(?<![\p{L}])(?:of|from|for|at|in)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
