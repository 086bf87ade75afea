import type { Sentence, Token } from '../../document/layers.js';
import { ploverOf } from '../../lexicon/cameo-plover.js';
import type { CameoPattern, CameoVerbDictionary, CameoVerbForm, PatternItem, WordAlt } from '../../lexicon/cameo-verbs.js';
import { attributiveParticiple, hasComplement, leadsToInfinitive, nounPhraseEnd, objectEnd, PARTICIPIAL_PREPOSITIONS, PARTICLES, phraseAround, subjectStart, usedAsVerb } from './clause.js';
import { WordAnswers, wordIds } from '../../lexicon/word-table.js';
import type { EventCues } from './lexicon.js';
import { LIGHT_BLOCKS, nominalObject } from './nominal.js';
import { sortInPlace } from '../../document/order.js';

/**
 * The CAMEO verb dictionary applied to a sentence, as PETRARCH reads a clause: a verb of the
 * dictionary, then the most specific pattern of its block that fits the words around it (the
 * object's head and modifiers, prepositional phrases after it, the subject's head before it).
 * Without a fitting pattern the verb's own code holds. Clause structure is read from the
 * tagger's parts of speech and the cue words: no parser.
 */

export interface DictionaryHit {
  readonly form: CameoVerbForm;
  /** The pattern that fitted, or null when the verb's own code holds. */
  readonly pattern: CameoPattern | null;
  /** The CAMEO code that applies ("---" and 01x code nothing). */
  readonly code: string;
  /** Tokens of the verb (with its particle) and of every pattern word found. */
  readonly tokens: readonly number[];
  readonly first: number;
  readonly last: number;
  /**
   * Where the pattern puts the target ("(to +)"): the search for it starts at this token. (A
   * pattern's source slot "$" is read but not used: the source is the clause's subject.)
   */
  readonly targetFrom: number | null;
  /** Where the clause the verb governs ends: its target is looked for before this token. */
  readonly clauseEnd: number;
  /** The verb states a stance toward the act its clause names ("agreed to", "refused to"): `code` is that stance's. */
  readonly stance: boolean;
  /** Words of the object's noun phrases the pattern read ("proposed" in "rejected proposed changes"): no verbs of their own. */
  readonly objectPhrase: readonly number[];
}

/** Words a noun phrase may have between a pattern's modifier and its head ("humanitarian [food] aid"). */
const NP_GAP = 2;
/** How far a preposition's object words may sit after it ("(into + posit)": "into [the] positions"). */
const PP_REACH = 5;

/** Index just past the token sequence at `at`, or -1. */
function seqAt(tokens: readonly Token[], at: number, end: number, seq: readonly string[]): number {
  if (at + seq.length > end) return -1;
  for (let k = 0; k < seq.length; k++) if (tokens[at + k]!.lower !== seq[k]) return -1;
  return at + seq.length;
}

function altAt(tokens: readonly Token[], at: number, end: number, alt: WordAlt): number {
  for (const seq of alt) {
    const next = seqAt(tokens, at, end, seq);
    if (next >= 0) return next;
  }
  return -1;
}

interface Found {
  end: number;
  tokens: number[];
}

/** Alternatives of more word sequences than this are screened by their first words before any sequence is compared. */
const SCREENED_ALTERNATIVES = 4;
const firstWordsCache = new WeakMap<WordAlt, ReadonlySet<string> | null>();

/**
 * The first words of the sequences of a long list of alternatives (a synonym set of the
 * dictionary holds up to some 270): a token that starts none of them starts no sequence, which
 * one look-up tells instead of a comparison per sequence. null for a short list, compared as it is.
 */
function firstWordsOf(alt: WordAlt): ReadonlySet<string> | null {
  let firsts = firstWordsCache.get(alt);
  if (firsts === undefined) {
    // A sequence of no words would match before any token: such a list is never screened.
    firsts = alt.length > SCREENED_ALTERNATIVES && alt.every((seq) => seq.length > 0) ? new Set(alt.map((seq) => seq[0]!)) : null;
    firstWordsCache.set(alt, firsts);
  }
  return firsts;
}

/**
 * Whether the word ending before `at` heads its noun phrase: no noun follows it in the phrase
 * ("a government outpost" is an outpost) and it owns nothing ("the government's decision").
 * A date after the head ("the convoy Sunday") is no noun of the phrase.
 */
function headsPhrase(tokens: readonly Token[], at: number, end: number, inDate: Uint8Array | undefined): boolean {
  if (at >= end) return true;
  const next = tokens[at]!;
  if (next.text === "'s" || next.text === '’s') return false;
  return !((next.pos === 'NOUN' || next.pos === 'PROPN') && !inDate?.[at] && !TIME_WORDS.has(next.lower));
}

/** Words naming a time, which follow a noun phrase without being part of it ("signed the deal today"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * The words of a noun phrase in order, the first anywhere from `from`, the rest close after it,
 * the last the head of its phrase.
 */
function findWords(tokens: readonly Token[], from: number, end: number, words: readonly WordAlt[], firstReach: number, inDate: Uint8Array | undefined): Found | null {
  const firsts = firstWordsOf(words[0]!);
  for (let start = from; start < end && start <= from + firstReach; start++) {
    if (firsts !== null && !firsts.has(tokens[start]!.lower)) continue;
    let at = altAt(tokens, start, end, words[0]!);
    if (at < 0) continue;
    const got: number[] = [];
    for (let i = start; i < at; i++) got.push(i);
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      ok = false;
      const later = firstWordsOf(words[w]!);
      for (let p = at; p < end && p <= at + NP_GAP; p++) {
        if (later !== null && !later.has(tokens[p]!.lower)) continue;
        const next = altAt(tokens, p, end, words[w]!);
        if (next < 0) continue;
        for (let i = p; i < next; i++) got.push(i);
        at = next;
        ok = true;
        break;
      }
    }
    if (ok && headsPhrase(tokens, at, end, inDate)) return { end: at, tokens: got };
  }
  return null;
}

interface ItemsMatch {
  tokens: number[];
  /** Every word of the noun phrases read, up to their heads. */
  phrase: number[];
  target: number | null;
  source: number | null;
}

/**
 * Every item of one side of a pattern, in order, inside [from, end). Bare words (object heads and
 * their modifiers) stay inside the noun phrase where the cursor is; a prepositional phrase may
 * come anywhere later in the clause, its words inside its own phrase. `present`, when given, holds
 * the lower case of every token of [from, end).
 */
function matchItems(tokens: readonly Token[], items: readonly PatternItem[], from: number, end: number, inDate?: Uint8Array, present?: ReadonlySet<string> | null): ItemsMatch | null {
  const out: ItemsMatch = { tokens: [], phrase: [], target: null, source: null };
  let cursor = from;
  for (const item of items) {
    if (item.kind === 'slot') {
      if (item.role === 'target') out.target ??= cursor;
      else out.source ??= cursor;
      continue;
    }
    if (item.kind === 'noun') {
      const npEnd = Math.max(nounPhraseEnd(tokens, cursor, end), Math.min(end, cursor + 1));
      const f = findWords(tokens, cursor, npEnd, item.words, npEnd - cursor, inDate);
      if (!f) return null;
      out.tokens.push(...f.tokens);
      for (let i = cursor; i < f.end; i++) out.phrase.push(i);
      cursor = f.end;
      continue;
    }
    // A prepositional phrase: the preposition, then its object's words a little further on. A
    // preposition the stretch does not hold at all is not looked for token by token.
    if (present && !present.has(item.prep)) return null;
    let found = false;
    for (let p = cursor; p < end && !found; p++) {
      if (tokens[p]!.lower !== item.prep) continue;
      // "to" before a verb opens an infinitive, not a prepositional phrase ("rushed to help").
      if (p + 1 < end && tokens[p + 1]!.pos === 'VERB' && item.prep === 'to') continue;
      if (item.words.length === 0) {
        out.tokens.push(p);
        cursor = p + 1;
        found = true;
      } else {
        const npEnd = nounPhraseEnd(tokens, p + 1, Math.min(end, p + 1 + PP_REACH + item.words.length));
        const f = findWords(tokens, p + 1, npEnd, item.words, PP_REACH, inDate);
        if (!f) continue;
        out.tokens.push(p, ...f.tokens);
        cursor = f.end;
        found = true;
      }
      if (found && item.slot === 'target') out.target ??= p + 1;
      if (found && item.slot === 'source') out.source ??= p + 1;
    }
    if (!found) return null;
  }
  return out;
}

const inertCache = new WeakMap<object, boolean>();

/** A verb of a block with no patterns whose verbs code nothing ("alleviate", "diminish"): nothing to read. */
function inert(form: CameoVerbForm): boolean {
  const block = form.verb.block;
  let v = inertCache.get(form.verb);
  if (v === undefined) {
    const own = form.verb.code ?? block.code;
    v = block.patterns.length === 0 && (own === '---' || own.startsWith('01'));
    inertCache.set(form.verb, v);
  }
  return v;
}

/** A pattern that names a word of the object ("* aid", "* (to border)") or of the subject ("&military *"), not only prepositions ("* (with)", "* away (from)"). */
export function namesObject(p: CameoPattern): boolean {
  return p.subject.some((i) => i.kind === 'noun') || p.object.some((i) => (i.kind === 'noun' && !i.words.every((alt) => PARTICLES.has(alt[0]![0]!))) || (i.kind === 'prep' && i.words.length > 0));
}

const namesCache = new WeakMap<CameoPattern, boolean>();

function namesObjectCached(p: CameoPattern): boolean {
  let v = namesCache.get(p);
  if (v === undefined) namesCache.set(p, (v = namesObject(p)));
  return v;
}

const codes = new Map<string, boolean>();

/** Whether a CAMEO code, as a dictionary writes it ("190", "042:043", ":173", "---"), codes a PLOVER event. */
function codesAnEvent(code: string): boolean {
  let v = codes.get(code);
  if (v === undefined) {
    const own = code.startsWith(':') ? code.slice(1) : code.split(':')[0]!;
    v = own !== '---' && ploverOf(own) !== null;
    codes.set(code, v);
  }
  return v;
}

/** Whether two small sets share an element (the smaller one is walked). */
function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size > b.size) {
    for (const x of b) if (a.has(x)) return true;
    return false;
  }
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Verbs that carry on, resume or wage an activity ("continued their hunger strike", "mounted an
 * invasion", "resumed talks") mean the activity their object names, as verbs that start or
 * stage it do. The dictionary lists those object nouns under START (launch, begin, open) and
 * ARRANGE (stage); these blocks borrow the noun patterns of both.
 */
const ASPECT_BLOCKS = new Set(['continue', 'restart', 'mount', 'undertake', 'perpetuate', 'pursue', 'wage', 'maintain', 'boost', 'extend']);
const LENDING_BLOCKS = new Set(['start', 'arrange']);
const borrowedCache = new WeakMap<CameoVerbDictionary, readonly CameoPattern[]>();

function borrowed(dict: CameoVerbDictionary): readonly CameoPattern[] {
  let list = borrowedCache.get(dict);
  if (!list) {
    list = dict.blocks.filter((b) => LENDING_BLOCKS.has(b.name)).flatMap((b) => b.patterns.filter((p) => p.subject.length === 0 && p.object[0]?.kind === 'noun'));
    borrowedCache.set(dict, list);
  }
  return list;
}

/**
 * A number for every word that is the first anchor of some pattern of the dictionary, and each
 * word's number read from the word table (word-table.ts), -1 for a word that is none: a verb's
 * clause is then read as small numbers, and most of its words are passed over without a look-up.
 */
interface AnchorWords {
  readonly numberOf: ReadonlyMap<string, number>;
  readonly byWord: WordAnswers<number>;
}

const anchorWordsCache = new WeakMap<CameoVerbDictionary, AnchorWords>();

function anchorWordsOf(dict: CameoVerbDictionary): AnchorWords {
  let anchors = anchorWordsCache.get(dict);
  if (!anchors) {
    const numberOf = new Map<string, number>();
    for (const block of dict.blocks) {
      for (const p of block.patterns) {
        const first = p.objectAnchors[0];
        if (first) for (const w of first) if (!numberOf.has(w)) numberOf.set(w, numberOf.size);
      }
    }
    anchors = { numberOf, byWord: new WordAnswers((text: string) => numberOf.get(text.toLowerCase()) ?? -1) };
    anchorWordsCache.set(dict, anchors);
  }
  return anchors;
}

/** The anchor number of the token at k (see AnchorWords), -1 for none. */
function anchorAt(anchors: AnchorWords, tokens: readonly Token[], ids: Int32Array, k: number): number {
  const id = ids[k]!;
  return id >= 0 ? anchors.byWord.get(id, tokens[k]!.text) : anchors.numberOf.get(tokens[k]!.lower) ?? -1;
}

/**
 * A block's patterns indexed by a word each needs after the verb (its first anchor, by its
 * number in AnchorWords), so a verb tries only the patterns whose words are there; patterns that
 * need no such word are always tried.
 */
interface PatternIndex {
  readonly byAnchor: ReadonlyMap<number, readonly CameoPattern[]>;
  readonly always: readonly CameoPattern[];
}

const indexes = new WeakMap<object, PatternIndex>();

function patternIndex(dict: CameoVerbDictionary, form: CameoVerbForm): PatternIndex {
  const block = form.verb.block;
  let index = indexes.get(block);
  if (index) return index;
  const all = ASPECT_BLOCKS.has(block.name) ? [...block.patterns, ...borrowed(dict)] : block.patterns;
  const numberOf = anchorWordsOf(dict).numberOf;
  const byAnchor = new Map<number, CameoPattern[]>();
  const always: CameoPattern[] = [];
  for (const p of all) {
    const first = p.objectAnchors[0];
    if (!first) {
      always.push(p);
      continue;
    }
    for (const w of first) {
      const n = numberOf.get(w)!;
      const list = byAnchor.get(n);
      if (!list) byAnchor.set(n, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  index = { byAnchor, always };
  indexes.set(block, index);
  return index;
}

/** Whether every anchor set shares a word with `after` (a loop, so no function is made per pattern). */
function allMeet(anchors: readonly ReadonlySet<string>[], after: ReadonlySet<string>): boolean {
  for (let k = 0; k < anchors.length; k++) if (!meets(anchors[k]!, after)) return false;
  return true;
}

/** The words of the clause after a verb, tokens [from, end), as a set: built only when a pattern's anchor is among them. */
interface ClauseWords {
  from: number;
  end: number;
  set: Set<string> | null;
  /** The tokens' word ids (word-table.ts) and the dictionary's anchor numbers, read from them. */
  readonly ids: Int32Array;
  readonly anchors: AnchorWords;
}

/**
 * A verb form that may code something (see `inert`), with its block's pattern index: both read
 * once per list of forms a word has, not once per verb of every sentence.
 */
interface LiveForm {
  readonly form: CameoVerbForm;
  readonly index: PatternIndex;
}

const liveFormsCache = new WeakMap<readonly CameoVerbForm[], readonly LiveForm[]>();

function liveForms(dict: CameoVerbDictionary, forms: readonly CameoVerbForm[]): readonly LiveForm[] {
  let live = liveFormsCache.get(forms);
  if (!live) {
    live = forms.filter((form) => !inert(form)).map((form) => ({ form, index: patternIndex(dict, form) }));
    liveFormsCache.set(forms, live);
  }
  return live;
}

function clauseWordSet(tokens: readonly Token[], words: ClauseWords): ReadonlySet<string> {
  if (words.set) return words.set;
  const set = new Set<string>();
  for (let k = words.from; k < words.end; k++) set.add(tokens[k]!.lower);
  words.set = set;
  return set;
}

/**
 * A pattern's rank apart from the verb's own phrasal words: its weight first, then whether it
 * names what the act is about. bestReading adds the phrasal words, the same for all the patterns
 * of one verb form, so this orders the patterns as their ranks do.
 */
function patternOrder(p: CameoPattern): number {
  return p.weight * 4 + (namesObjectCached(p) ? 3 : 2);
}

/** Highest pattern order first; a stable sort keeps the given order among equals. */
const byPatternOrder = (a: CameoPattern, b: CameoPattern): number => patternOrder(b) - patternOrder(a);
/** byPatternOrder, then dictionary order. */
const byPatternThenLine = (a: CameoPattern, b: CameoPattern): number => byPatternOrder(a, b) || a.line - b.line;

/** The always-tried patterns of each index, highest order first (see candidatePatterns). */
const alwaysRanked = new WeakMap<PatternIndex, readonly CameoPattern[]>();

/**
 * The patterns of a verb's block that may fit the words after it, highest rank first and, among
 * equal ranks, in dictionary order. The words are read in text order, so a word's first
 * occurrence brings its patterns in, as reading the set of words would; a verb none of whose
 * block's anchors follows it builds no set. bestReading takes the first of them that fits: the
 * pattern a walk in dictionary order keeping only a strictly higher rank would end with.
 */
function candidatePatterns(index: PatternIndex, tokens: readonly Token[], words: ClauseWords): readonly CameoPattern[] {
  let out: CameoPattern[] | null = null;
  if (index.byAnchor.size > 0) {
    for (let k = words.from; k < words.end; k++) {
      const n = anchorAt(words.anchors, tokens, words.ids, k);
      if (n < 0) continue;
      const list = index.byAnchor.get(n);
      if (!list) continue;
      const after = clauseWordSet(tokens, words);
      out ??= [];
      for (const p of list) if (!out.includes(p) && allMeet(p.objectAnchors, after)) out.push(p);
    }
  }
  if (!out) {
    let ranked = alwaysRanked.get(index);
    if (!ranked) alwaysRanked.set(index, (ranked = [...index.always].sort(byPatternOrder)));
    return ranked;
  }
  out.push(...index.always);
  return sortInPlace(out, byPatternThenLine);
}

/**
 * Verbs whose act is a stance toward another act: "agreed to lift the embargo", "agreed on a
 * new pact", "refused to deploy troops", "vowed to fight on". CAMEO codes the stance whatever
 * the act: agreeing to do something is an intent to cooperate (030, defined as "offer, promise,
 * agree to ..."), refusing to do it a rejection (120), vowing to do it an intent (030, and a
 * vowed act of force a threat). The dictionary's blocks of these verbs give no code for a
 * clause (the verbs of refusal none at all), so the clause decides. Keyed by verb block.
 */
const STANCE_BLOCKS: ReadonlyMap<string, string> = new Map([
  ['agree', '030'],
  ['refuse', '120'],
  ['vow', '030'],
]);
/** Prepositions that take the thing agreed on as their object ("agreed on a plan", "agreed to a truce"). */
const AGREED_ON = new Set(['on', 'upon', 'to']);

/**
 * The stance code of a verb of a stance block, when its clause names the act: a "to" + verb or
 * "that" clause after it (or after its object), or for verbs of agreement a noun after
 * "on", "upon", "to".
 */
function stanceCode(tokens: readonly Token[], s: Sentence, form: CameoVerbForm, last: number, inDate: Uint8Array | undefined): string | null {
  const code = STANCE_BLOCKS.get(form.verb.block.name);
  if (!code || form.verb.code) return null;
  if (hasComplement(tokens, s, last)) return code;
  if (form.verb.block.name !== 'agree') return null;
  const prep = tokens[last + 1];
  const noun = tokens[last + 2];
  if (!prep || !noun || last + 2 >= s.tokenEnd || !AGREED_ON.has(prep.lower) || inDate?.[last + 2]) return null;
  return noun.pos === 'DET' || noun.pos === 'NOUN' || noun.pos === 'ADJ' || noun.pos === 'NUM' ? code : null;
}

/** "to" + a verb every reading of which is a public statement (CAMEO 01): "to comment", "to say". */
function toStatement(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, last: number): boolean {
  return last + 2 < s.tokenEnd && tokens[last + 1]!.lower === 'to' && statementOnly(dict, tokens[last + 2]!.lower);
}

/** A verb every reading of which is a public statement (CAMEO 01): "comment", "say". */
function statementOnly(dict: CameoVerbDictionary, word: string): boolean {
  const forms = dict.byForm.get(word);
  return !!forms && forms.every((f) => (f.verb.code ?? f.verb.block.code).startsWith('01'));
}

/**
 * The best reading of the verb at `t`: weight first (pattern words, phrasal verb words), then a
 * pattern over the bare verb, then a coded verb over an uncoded one.
 */
function bestReading(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, t: number, forms: readonly CameoVerbForm[], cues: EventCues, inDate?: Uint8Array, nominal = false): DictionaryHit | null {
  const live = liveForms(dict, forms);
  if (live.length === 0) return null;
  let best: DictionaryHit | null = null;
  let bestRank = -1;
  // The clause after the verb, read once for all its readings (a phrasal reading moves it on).
  let readFrom = -1;
  let end = 0;
  const ids = wordIds(tokens);
  const anchors = anchorWordsOf(dict);
  // One record of the clause's words for all the readings: moved on in place when a reading's clause starts elsewhere.
  const words: ClauseWords = { from: 0, end: 0, set: null, ids, anchors };
  let subjFrom = -1;
  for (let f = 0; f < live.length; f++) {
    const { form, index } = live[f]!;
    const span = phraseAround(tokens, s, t, form);
    if (!span) continue;
    const phraseWeight = form.before.length + form.after.length;
    // A nominalised verb's object follows "of" ("the invasion of South Lebanon").
    const objectFrom = nominal && tokens[span[1] + 1]?.lower === 'of' ? span[1] + 2 : span[1] + 1;
    if (objectFrom !== readFrom) {
      readFrom = objectFrom;
      end = objectEnd(tokens, s, readFrom, cues);
      words.from = readFrom;
      words.end = end;
      words.set = null;
    }
    // Highest rank first: the first pattern that fits is the reading, and once the ranks fall to
    // the best reading so far none of the rest can replace it.
    for (const p of candidatePatterns(index, tokens, words)) {
      const named = namesObjectCached(p);
      // Of equal weight, a pattern naming what the act is about ("* aid") is more specific than
      // one naming only its frame ("* (to)").
      const patternRank = patternOrder(p) + phraseWeight * 4;
      if (patternRank <= bestRank) break;
      // A verb with a code of its own ("airlift" 073 in the FLY block) keeps it over a block
      // pattern that names no word of the object ("* (to)").
      if (form.verb.code && !named) continue;
      // The words of the clause, when candidatePatterns has read them: every word from readFrom to end.
      const obj = matchItems(tokens, p.object, readFrom, end, inDate, words.set);
      if (!obj) continue;
      if (p.subject.length && subjFrom < 0) subjFrom = subjectStart(tokens, s, t, cues);
      const subj = p.subject.length ? matchItems(tokens, p.subject, Math.min(subjFrom, span[0]), span[0], inDate) : NO_ITEMS;
      if (!subj) continue;
      // The verb is the head of the match: the subject's words are evidence, read before it.
      const all = subj.tokens.slice();
      for (let i = span[0]; i <= span[1]; i++) all.push(i);
      for (let i = 0; i < obj.tokens.length; i++) all.push(obj.tokens[i]!);
      sortInPlace(all, (a, b) => a - b);
      best = { form, pattern: p, code: p.code, tokens: all, first: span[0], last: all[all.length - 1]!, targetFrom: obj.target ?? subj.target, clauseEnd: end, stance: false, objectPhrase: obj.phrase };
      bestRank = patternRank;
      break;
    }
    const stance = stanceCode(tokens, s, form, span[1], inDate);
    const own = stance ?? form.verb.code ?? form.verb.block.code;
    const rank = phraseWeight * 4 + (own === '---' ? 0 : 1);
    // A verb that only leads to another ("tried to", "decided to") codes that other verb, not
    // itself; one whose clause is only a statement ("declined to comment") codes nothing.
    if (rank <= bestRank || leadsToInfinitive(tokens, s, span[1], cues, tokens[t]!.lower) || toStatement(dict, tokens, s, span[1])) continue;
    best = { form, pattern: null, code: own, tokens: range(span[0], span[1]), first: span[0], last: span[1], targetFrom: null, clauseEnd: end, stance: stance !== null, objectPhrase: NO_OBJECT_PHRASE };
    bestRank = rank;
  }
  return best;
}

const NO_ITEMS: ItemsMatch = { tokens: [], phrase: [], target: null, source: null };

/** The object phrase of a verb read with no pattern: none, one list for all of them (only ever read). */
const NO_OBJECT_PHRASE: readonly number[] = [];

/**
 * first, first + 1, ..., last. Most verbs read without a pattern are one word: their list is made
 * at its size, where a list grown by push gets room for some seventeen numbers at the first.
 */
function range(first: number, last: number): number[] {
  if (first === last) return [first];
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

/** The reading of the nominalised verb a light verb's object names, with the light verb as its head. */
function nominalReading(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, t: number, forms: readonly CameoVerbForm[], cues: EventCues, inDate?: Uint8Array): DictionaryHit | null {
  for (const form of forms) {
    if (!LIGHT_BLOCKS.has(form.verb.block.name)) continue;
    const span = phraseAround(tokens, s, t, form);
    if (!span) continue;
    const noun = nominalObject(dict, tokens, s, span[1], cues);
    if (!noun) continue;
    const reading = bestReading(dict, tokens, s, noun.noun, noun.forms, cues, inDate, true);
    if (!reading || (!reading.pattern && !codesAnEvent(reading.code))) continue;
    return { ...reading, first: span[0], tokens: [...range(span[0], span[1]), ...reading.tokens] };
  }
  return null;
}

/** Per dictionary, the verb forms each word is, read from the word table (word-table.ts). */
const formAnswers = new WeakMap<CameoVerbDictionary, WordAnswers<readonly CameoVerbForm[] | undefined>>();

function formsOf(dict: CameoVerbDictionary): WordAnswers<readonly CameoVerbForm[] | undefined> {
  let answers = formAnswers.get(dict);
  if (!answers) formAnswers.set(dict, (answers = new WordAnswers((text: string) => dict.byForm.get(text.toLowerCase()))));
  return answers;
}

/**
 * The dictionary's reading of every verb in the sentence that `taken` leaves free (1 at the index
 * of each token hand-written patterns matched). The most specific pattern wins: more pattern words, then the
 * earlier line; a phrasal verb beats its bare verb ("call off" before "call").
 */
export function findDictionaryHits(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, cues: EventCues, taken: Uint8Array, inDate?: Uint8Array): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  const ids = wordIds(tokens);
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    // Parts of speech first: most tokens are no verb, and that is cheaper to see than a look-up.
    if (!usedAsVerb(tokens, s, t) || taken[t] === 1) continue;
    const lower = tokens[t]!.lower;
    const forms = formsOf(dict).get(ids[t]!, tokens[t]!.text);
    if (!forms || PARTICIPIAL_PREPOSITIONS.has(lower) || attributiveParticiple(tokens, s, t)) continue;
    let hit = bestReading(dict, tokens, s, t, forms, cues, inDate);
    // "mounted its invasion of ...": the act the object of a light verb names, when no pattern read it.
    if (!hit?.pattern) hit = nominalReading(dict, tokens, s, t, forms, cues, inDate) ?? hit;
    // A bare verb that codes nothing has nothing to claim: its words stay free for everyone else.
    if (!hit || (!hit.pattern && !codesAnEvent(hit.code))) continue;
    hits.push(hit);
    // A phrasal verb's particle is part of the verb ("called off"): go on after it.
    if (hit.form.after.length) t += hit.form.after.length;
  }
  return hits;
}
