import type { Span } from '../../document/span.js';
import { CONVENING_VERBS, SETTING_VERBS } from '../../lexicon/convening-verbs.js';

/**
 * Whether the words around a date put it ahead of or behind the document date. A month or
 * weekday without a year says nothing about direction by itself; the verb that governs it does:
 * "will visit in September" is the coming September, "visited in September" the last one.
 */
export interface TenseCue {
  readonly direction: 'future' | 'past';
  /** The words that decided, for the annotation's rule: "will", "invited-to", "visited". */
  readonly label: string;
  /**
   * A time set by an act at or before the document date ("summoned the board for 14 June"): it
   * lies after that act, not after the document date, so it is the nearest such date either way.
   */
  readonly near?: boolean;
}

/** The cue that governs a date starting at a document offset, or null when the words are silent. */
export interface TenseReader {
  at(offset: number): TenseCue | null;
}

/** What the reader needs of a token; the tokenize stage's tokens fit, and so do the fallback's. */
export interface TenseWord extends Span {
  readonly lower: string;
  /** Universal POS tag; the fallback guesses a few (AUX, VERB, PART, PUNCT) and leaves the rest "X". */
  readonly pos: string;
}

export const SILENT: TenseReader = { at: () => null };

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const FUTURE_MODALS = set("will shall 'll ’ll won't shan't wo sha");
/**
 * "the political will", "their will": an article, possessive or one of these adjectives makes
 * "will" a noun. Not "this"/"that", which are subjects in "this will take place in May".
 */
const NOUN_WILL_AFTER = set("the a an no his her their its our my your political good free popular own strong sovereign 's ’s");
const PAST_AUX = set('was were had did');
/** Present forms of "be": "is scheduled", "are to meet", "to be held". Past forms keep the past reading. */
const PRESENT_BE = set("is are am be been 's ’s 're ’re");
/** Forms of "be" and "get" before a participle make it passive, not a past-tense verb. */
const PASSIVE_AUX = set("is are am be been being was were 's ’s 're ’re get gets got getting");
const HAVE = set("have has had 've ’ve having");
/** "is scheduled for November", "are expected to sign": a plan stated now is about what comes. */
const SCHEDULED = set('scheduled expected due slated planned set poised likely');
/** Of these, the ones that need "to" or "for" after them to speak of a plan ("is set to", not "is set"). */
const SCHEDULED_NEEDS_TO = set('due set poised likely');
/** "talks scheduled for November" without an auxiliary is still a plan. */
const SCHEDULED_FOR = set('scheduled slated planned set pencilled penciled');
/**
 * Words whose "to"-infinitive is an act still to come: "agreed to hold", "invited him to visit",
 * "plan to meet". Even in the past tense ("agreed", "invited") the act they introduce lies ahead.
 */
const INTENTION = set(`
  plan plans planned planning intend intends intended intending intention aim aims aimed aiming
  hope hopes hoped hoping agree agrees agreed agreeing agreement decide decides decided decision
  invite invites invited inviting invitation ask asks asked urge urges urged
  promise promises promised pledge pledges pledged vow vows vowed undertake undertakes undertook
  propose proposes proposed proposal offer offers offered prepare prepares prepared preparing
  arrange arranges arranged want wants wanted wish wishes wished seek seeks sought
  expect expects expected schedule scheduled set due poised slated ready willing likely about going`);
/** How far back from "to" the intention word may stand: "invited the governor of Irkutsk Oblast to visit". */
const INTENTION_REACH = 7;
const FUTURE_ADJECTIVES = set('next upcoming forthcoming');
/**
 * "upcoming" and "forthcoming" place their noun after the document date whatever the main verb
 * says ("the upcoming summit in December was discussed"); "next" is only next after something.
 */
const SELF_DATING = set('upcoming forthcoming');
const PAST_ADJECTIVES = set('last previous');
/**
 * Irregular past forms that are not also present or base forms ("put", "set", "read" are left
 * out: they would make present sentences sound past).
 */
const IRREGULAR_PAST = set(`
  met went gone came took taken gave given saw seen said told made held sent spent spoke spoken
  wrote written began begun became brought bought built chose chosen drew drawn fell felt found
  flew flown forgot forgotten got gotten grew grown heard kept knew known laid led left lost meant
  paid ran rose risen sat sold shook shown sought stood struck taught thought threw thrown understood
  undertook won wore withdrew withdrawn overtook arose broke broken ate eaten fought froze frozen
  hung lent lit rode sang sank slept spun stole stolen swore swept swam swung tore torn woke woken`);
/** -ed words that are not past forms. */
const NOT_PAST_ED = set('need proceed succeed exceed feed bleed speed breed heed embed shed wed bed red');
/** Every word that may give a signal without being tagged a verb (see signalAt). */
const SIGNAL_WORDS: ReadonlySet<string> = new Set([
  ...FUTURE_MODALS, 'would', 'going', ...PAST_AUX, ...SCHEDULED, ...SCHEDULED_FOR, ...FUTURE_ADJECTIVES, ...PAST_ADJECTIVES,
  'forward', 'ahead',
]);
const LOOK = set('look looks looking looked');
/** "ahead of schedule", "ahead of time": before a plan, not before an event. */
const NOT_AHEAD_OF = set('schedule time plan plans target deadline');
/** Words that end a clause for the question "does a verb stand between the clause start and the date?". */
const CLAUSE_WORDS = set('and but or while whereas although though because that which who whom whose where when if unless');

function isVerb(w: TenseWord): boolean {
  return w.pos === 'VERB' || w.pos === 'AUX';
}

function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower)) return true;
  return lower.length >= 4 && lower.endsWith('ed') && !lower.endsWith('eed') && !NOT_PAST_ED.has(lower);
}

/** Semicolons and colons separate statements that may differ in tense; commas do not. */
function isHardBoundary(w: TenseWord): boolean {
  return w.pos === 'PUNCT' && (w.lower === ';' || w.lower === ':');
}

function isSoftBoundary(w: TenseWord): boolean {
  return w.pos === 'PUNCT' || w.pos === 'CCONJ' || w.pos === 'SCONJ' || CLAUSE_WORDS.has(w.lower);
}

/** A token that may continue a verb group: "will not be held", "agreed to hold". */
function inVerbGroup(w: TenseWord): boolean {
  return isVerb(w) || w.pos === 'PART' || w.pos === 'ADV';
}

/**
 * Reads the tense cues of one sentence. A sentence is asked about one or two dates, so each
 * question reads only the words it needs, from the date to the nearest boundary either way, and
 * each word's signal is read once however many questions need it. The answers are those of
 * reading every word of the sentence first: the nearest signal before the date within its
 * statement; whether a verb stands between the start of its clause and the date; a self-dating
 * adjective earlier in its clause; and the first signal of the first verb group at or after it.
 */
export function readTense(words: readonly TenseWord[]): TenseReader {
  const n = words.length;
  if (n === 0) return SILENT;
  /** Each word's signal, read on first need: undefined until then. */
  const signals = new Array<TenseCue | null | undefined>(n);
  const signal = (i: number): TenseCue | null => {
    let cue = signals[i];
    if (cue === undefined) signals[i] = cue = signalAt(words, i);
    return cue;
  };
  return {
    at(offset: number): TenseCue | null {
      const k = firstWordAt(words, offset);
      if (k === n) return null;
      const setter = setForBefore(words, k);
      if (setter !== null) {
        // "will convene the board for 14 June" looks ahead from the document date; a calling in
        // the past or present ("convened", "calls", "is called") from the calling. A past
        // auxiliary ("was called for", "were scheduled for") reports an old plan: the past reading.
        const cue = signalBefore(words, k, signal);
        if (cue?.direction === 'future' || (cue && PAST_AUX.has(cue.label))) return cue;
        return near(`${setter}-for`);
      }
      // A date at the head of its clause ("On Friday the minister will travel", "In September the
      // governor visited") is governed by the verb that follows it; elsewhere by what came before.
      if (!verbBefore(words, k)) {
        const dated = selfDatedBefore(words, k, signal);
        if (dated) return dated;
        const g = groupAfter(words, k);
        if (g >= 0) return groupCue(words, g, signal);
      }
      return signalBefore(words, k, signal);
    },
  };
}

/** Most words from a verb of convening or setting to the "for" before the date: "summoned a meeting of its members for". */
const SET_FOR_REACH = 12;
/** "call for" with nothing between demands something; it sets no time ("called for 14 June to be a holiday"). */
const CALL = set('call calls called calling');

/**
 * The verb of convening or setting whose "for" stands right before word k ("convened the council
 * for 14 June", "the vote was set for 14 June"), with no other finite verb and no full stop,
 * semicolon or colon between; or null.
 */
function setForBefore(words: readonly TenseWord[], k: number): string | null {
  const f = k - 1;
  if (f < 1 || words[f]!.lower !== 'for') return null;
  for (let j = f - 1; j >= 0 && f - j <= SET_FOR_REACH; j--) {
    const w = words[j]!;
    if (isHardBoundary(w) || w.lower === '.') return null;
    if (!isVerb(w)) continue;
    if (CONVENING_VERBS.has(w.lower) || SETTING_VERBS.has(w.lower)) {
      const passive = j > 0 && PASSIVE_AUX.has(words[previousContent(words, j)]?.lower ?? '');
      if (j === f - 1 && CALL.has(w.lower) && !passive) return null;
      return w.lower;
    }
    // "convened the leaders gathering for": a participle inside the object does not end the scan.
    if (!w.lower.endsWith('ing')) return null;
  }
  return null;
}

/** The nearest signal before word k, with no semicolon or colon between. */
function signalBefore(words: readonly TenseWord[], k: number, signal: (i: number) => TenseCue | null): TenseCue | null {
  for (let j = k - 1; j >= 0; j--) {
    if (isHardBoundary(words[j]!)) return null;
    const cue = signal(j);
    if (cue) return cue;
  }
  return null;
}

/** Whether a verb stands between the start of word k's clause and word k. */
function verbBefore(words: readonly TenseWord[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (isHardBoundary(w) || isSoftBoundary(w)) return false;
    if (isVerb(w)) return true;
  }
  return false;
}

/** The signal of a self-dating adjective earlier in word k's clause ("the upcoming summit in December"). */
function selfDatedBefore(words: readonly TenseWord[], k: number, signal: (i: number) => TenseCue | null): TenseCue | null {
  for (let j = k - 1; j >= 0; j--) {
    const w = words[j]!;
    if (isHardBoundary(w)) return null;
    // The adjective's own signal counts even where the word also closes a clause.
    const cue = SELF_DATING.has(w.lower) ? signal(j) : null;
    if (cue) return cue;
    if (isSoftBoundary(w)) return null;
  }
  return null;
}

/**
 * Verb groups are runs of verbs, particles and adverbs ("will not be held", "agreed to hold"),
 * each from the first verb of its run: the start of the first group at or after word k within
 * its statement, or -1.
 */
function groupAfter(words: readonly TenseWord[], k: number): number {
  for (let j = k; j < words.length; j++) {
    const w = words[j]!;
    if (isHardBoundary(w)) return -1;
    if (isVerb(w) && groupStarts(words, j)) return j;
  }
  return -1;
}

/** Whether the verb at j opens its group: no verb earlier in the run of group words it stands in. */
function groupStarts(words: readonly TenseWord[], j: number): boolean {
  for (let i = j - 1; i >= 0 && inVerbGroup(words[i]!); i--) if (isVerb(words[i]!)) return false;
  return true;
}

/** The first signal in the verb group starting at g. */
function groupCue(words: readonly TenseWord[], g: number, signal: (i: number) => TenseCue | null): TenseCue | null {
  for (let j = g; j < words.length && inVerbGroup(words[j]!); j++) {
    const cue = signal(j);
    if (cue) return cue;
  }
  return null;
}

/** Index of the first word ending after `offset`; binary search, words are in text order. */
function firstWordAt(words: readonly TenseWord[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adverbs and negation skipped when looking for a word's neighbour ("is not expected", "are now scheduled"). */
const SKIP_REACH = 3;
function skippable(w: TenseWord): boolean {
  return w.pos === 'ADV' || w.lower === 'not' || w.lower === "n't" || w.lower === 'n’t';
}

/** Index of the nearest word before `i` that is not skipped, or -1; looks a bounded distance. */
function previousContent(words: readonly TenseWord[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 1 - SKIP_REACH; j--) if (!skippable(words[j]!)) return j;
  return -1;
}

function nextContent(words: readonly TenseWord[], i: number): number {
  for (let j = i + 1; j < words.length && j <= i + 1 + SKIP_REACH; j++) if (!skippable(words[j]!)) return j;
  return -1;
}

const future = (label: string): TenseCue => ({ direction: 'future', label });
const past = (label: string): TenseCue => ({ direction: 'past', label });
const near = (label: string): TenseCue => ({ direction: 'future', label, near: true });

/** The tense signal one word gives, looking only a few words to either side. */
function signalAt(words: readonly TenseWord[], i: number): TenseCue | null {
  const w = words[i]!;
  const lower = w.lower;
  // Only a verb or one of the listed words can signal; the rest need no look at their neighbours.
  if (!isVerb(w) && !SIGNAL_WORDS.has(lower)) return null;
  const prevIndex = previousContent(words, i);
  const prev = prevIndex >= 0 ? words[prevIndex] : undefined;
  const afterIndex = nextContent(words, i);
  const after = afterIndex >= 0 ? words[afterIndex] : undefined;

  if (FUTURE_MODALS.has(lower) && w.pos !== 'NOUN' && w.pos !== 'PROPN') {
    // A word list, not the tags: the tagger calls "fair" in "the trade fair will" an adjective.
    if (lower === 'will' && prev && NOUN_WILL_AFTER.has(prev.lower)) return null;
    // wink splits "won't" into "wo" + "n't"; a bare "wo" is something else.
    if ((lower === 'wo' || lower === 'sha') && !(words[i + 1]?.lower ?? '').startsWith('n')) return null;
    // The tagger often calls the verb after a modal an adjective ("'ll open"), so any word will do.
    if (after && after.pos !== 'PUNCT') return future(lower === 'wo' ? "won't" : lower === 'sha' ? "shan't" : lower.replace('’', "'"));
    return null;
  }
  if (lower === 'would') {
    if (after && HAVE.has(after.lower)) return past('would-have');
    return after && after.pos !== 'PUNCT' ? future('would') : null;
  }
  if (PAST_AUX.has(lower) && isVerb(w)) return past(lower);

  if (SCHEDULED.has(lower) && prev && PRESENT_BE.has(prev.lower)) {
    // "had been scheduled for May" reports an old plan; leave it to the past reading.
    const beforeBe = prev.lower === 'been' ? words[previousContent(words, prevIndex)] : undefined;
    const oldPlan = beforeBe !== undefined && beforeBe.lower === 'had';
    const needsTo = SCHEDULED_NEEDS_TO.has(lower);
    if (!oldPlan && (!needsTo || after?.lower === 'to' || after?.lower === 'for')) return future(`is-${lower}`);
  }
  if (SCHEDULED_FOR.has(lower) && after?.lower === 'for' && !(prev && (PAST_AUX.has(prev.lower) || HAVE.has(prev.lower)))) {
    return future(`${lower}-for`);
  }
  if (lower === 'going' && after?.lower === 'to' && !(prev && PAST_AUX.has(prev.lower))) {
    const verb = words[nextContent(words, afterIndex)];
    if (verb && isVerb(verb)) return future('going-to');
  }
  // "looks forward to welcoming him in November": what one looks forward to is still to come; when
  // the looking is told in the past, it came after the looking, the nearest such date.
  if (lower === 'forward' && after?.lower === 'to' && prev && LOOK.has(prev.lower)) {
    return prev.lower === 'looked' ? near('looked-forward-to') : future('looks-forward-to');
  }
  // "met ahead of the summit in June": what an act is ahead of comes after the act.
  if (lower === 'ahead' && after?.lower === 'of' && !NOT_AHEAD_OF.has(headAfter(words, afterIndex))) {
    return near('ahead-of');
  }
  if (FUTURE_ADJECTIVES.has(lower) && after?.lower !== 'to' && w.pos !== 'VERB') return future(lower);
  if (PAST_ADJECTIVES.has(lower) && w.pos === 'ADJ' && prev?.lower !== 'at') return past(lower);

  // The verb of a "to"-infinitive: "(agreed) to hold", "(is) to sign", "to be held".
  if (isVerb(w) && prev && prev.lower === 'to' && prev.pos !== 'ADP') {
    const beforeTo = words[previousContent(words, prevIndex)];
    if (beforeTo && PRESENT_BE.has(beforeTo.lower) && beforeTo.lower !== 'been') return future('is-to');
    const intention = intentionBefore(words, prevIndex);
    if (intention) return future(`${intention}-to`);
    if (lower === 'be' && after && isPastForm(after.lower)) return future('to-be');
    return null;
  }

  if (w.pos === 'VERB' && isPastForm(lower)) {
    // A participle after "be" is passive ("is held", "to be held"); the auxiliary carries the tense.
    if (prev && PASSIVE_AUX.has(prev.lower)) return null;
    // Right after a noun and before its agent, a participle describes the noun ("the summit hosted
    // by Albania"): it has no tense of its own.
    // "met by phone", "spoke by video link" name a means, not an agent: the verb keeps its tense.
    if (after?.lower === 'by' && prevIndex === i - 1 && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && agentAt(words, afterIndex + 1)) {
      return null;
    }
    // "will have signed by May" looks ahead; "has signed", "should have signed" look back.
    if (prev && HAVE.has(prev.lower)) {
      const modal = words[previousContent(words, prevIndex)];
      if (modal && FUTURE_MODALS.has(modal.lower)) return null;
    }
    return past(lower);
  }
  return null;
}

/** The word after `i`, past one determiner: "schedule" in "ahead of the schedule". */
function headAfter(words: readonly TenseWord[], i: number): string {
  const next = words[i + 1];
  if (next && next.pos === 'DET') return words[i + 2]?.lower ?? '';
  return next?.lower ?? '';
}

/** Whether an agent's phrase opens at word i: a name or a determiner ("by Albania", "by the host"), not a means ("by phone"). */
function agentAt(words: readonly TenseWord[], i: number): boolean {
  const w = words[i];
  return w !== undefined && (w.pos === 'PROPN' || w.pos === 'DET');
}

/** The intention word a few words before "to" at `toIndex`, if no other verb stands between. */
function intentionBefore(words: readonly TenseWord[], toIndex: number): string | null {
  for (let j = toIndex - 1; j >= 0 && j >= toIndex - INTENTION_REACH; j--) {
    const w = words[j]!;
    if (INTENTION.has(w.lower)) return w.lower;
    if (isVerb(w) || isHardBoundary(w) || w.lower === '.') return null;
  }
  return null;
}

/**
 * Words for the tense reader when the tokenizer has not run: a rough guess at the few tags it
 * relies on, so that "will visit" and "visited" still count.
 */
const FALLBACK_AUX = set("will shall would 'll ’ll was were had did is are am be been has have do does");
const FALLBACK_WORD = /[\p{L}\p{N}]+|['’](?:ll|s|re|ve|d)\b|[^\s\p{L}\p{N}]/gu;

export function guessWords(text: string, span: Span): TenseWord[] {
  const out: TenseWord[] = [];
  FALLBACK_WORD.lastIndex = span.start;
  for (let m = FALLBACK_WORD.exec(text); m && m.index < span.end; m = FALLBACK_WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    const pos = FALLBACK_AUX.has(lower)
      ? 'AUX'
      : lower === 'to'
        ? 'PART'
        : /^[^\p{L}\p{N}]$/u.test(lower)
          ? 'PUNCT'
          : m[0] === lower && isPastForm(lower)
            ? 'VERB'
            : 'X';
    out.push({ start: m.index, end: m.index + m[0].length, lower, pos });
  }
  return out;
}
