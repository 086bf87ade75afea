import type { Sentence, Token } from '../../document/layers.js';
import { ploverOf } from '../../lexicon/cameo-plover.js';
import type { CameoPattern, CameoVerbDictionary, CameoVerbForm, PatternItem, WordAlt } from '../../lexicon/cameo-verbs.js';
import type { EventCues, EventLexicon, EventPattern, PatternFlags } from './lexicon.js';
import type { PatternMatch } from './match.js';

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
  /** Where the pattern puts the target ("(to +)"): the search for it starts at this token. */
  readonly targetFrom: number | null;
  readonly sourceFrom: number | null;
  /** Where the clause the verb governs ends: its target is looked for before this token. */
  readonly clauseEnd: number;
}

/** Tokens that end the clause a verb governs. */
const HARD_STOP = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”', '(', ')', '—', '–']);
/** How far the object of a verb reaches. */
const OBJECT_SPAN = 12;
/** How far back the subject's words are looked for. */
const SUBJECT_SPAN = 8;
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

/** The words of a noun phrase in order, the first anywhere from `from`, the rest close after it. */
function findWords(tokens: readonly Token[], from: number, end: number, words: readonly WordAlt[], firstReach: number): Found | null {
  for (let start = from; start < end && start <= from + firstReach; start++) {
    let at = altAt(tokens, start, end, words[0]!);
    if (at < 0) continue;
    const got: number[] = [];
    for (let i = start; i < at; i++) got.push(i);
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      ok = false;
      for (let p = at; p < end && p <= at + NP_GAP; p++) {
        const next = altAt(tokens, p, end, words[w]!);
        if (next < 0) continue;
        for (let i = p; i < next; i++) got.push(i);
        at = next;
        ok = true;
        break;
      }
    }
    if (ok) return { end: at, tokens: got };
  }
  return null;
}

interface ItemsMatch {
  tokens: number[];
  target: number | null;
  source: number | null;
}

/** Particles a phrasal pattern names as bare words ("set off", "look forward", "put up resistance"). */
const PARTICLES = new Set(['off', 'up', 'down', 'out', 'in', 'on', 'over', 'back', 'away', 'forward', 'aside', 'together', 'apart']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/**
 * Where the noun phrase starting at `from` ends: determiners, adjectives, nouns, numbers,
 * possessives, hyphenated and participle modifiers ("the long-threatened invasion", "the detained
 * activists"), and the particles a pattern may name. A pattern's bare word is the head of this
 * phrase, not any word of the clause: "remove any doubts Iraq still possesses weapons" removes doubts.
 */
function nounPhraseEnd(tokens: readonly Token[], from: number, end: number): number {
  let t = from;
  for (; t < end; t++) {
    const tok = tokens[t]!;
    if (NP_POS.has(tok.pos) || tok.text === '-' || tok.text === "'s" || tok.text === '’s' || PARTICLES.has(tok.lower)) continue;
    const prev = tokens[t - 1];
    if (tok.pos === 'VERB' && t > from && prev && (prev.text === '-' || prev.pos === 'DET' || prev.pos === 'ADJ')) continue;
    break;
  }
  return t;
}

interface ItemsMatch {
  tokens: number[];
  target: number | null;
  source: number | null;
}

/**
 * Every item of one side of a pattern, in order, inside [from, end). Bare words (object heads and
 * their modifiers) stay inside the noun phrase where the cursor is; a prepositional phrase may
 * come anywhere later in the clause, its words inside its own phrase.
 */
function matchItems(tokens: readonly Token[], items: readonly PatternItem[], from: number, end: number): ItemsMatch | null {
  const out: ItemsMatch = { tokens: [], target: null, source: null };
  let cursor = from;
  for (const item of items) {
    if (item.kind === 'slot') {
      if (item.role === 'target') out.target ??= cursor;
      else out.source ??= cursor;
      continue;
    }
    if (item.kind === 'noun') {
      const npEnd = Math.max(nounPhraseEnd(tokens, cursor, end), Math.min(end, cursor + 1));
      const f = findWords(tokens, cursor, npEnd, item.words, npEnd - cursor);
      if (!f) return null;
      out.tokens.push(...f.tokens);
      cursor = f.end;
      continue;
    }
    // A prepositional phrase: the preposition, then its object's words a little further on.
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
        const f = findWords(tokens, p + 1, npEnd, item.words, PP_REACH);
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

/** Where the clause a verb governs ends: the first hard stop, clause opener or new verb after it. */
function objectEnd(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): number {
  const limit = Math.min(s.tokenEnd, from + OBJECT_SPAN);
  for (let t = from; t < limit; t++) {
    const tok = tokens[t]!;
    if (HARD_STOP.has(tok.text) || tok.pos === 'AUX') return t;
    if (t > from && cues.clauseBreak.has(tok.lower) && tok.lower !== 'as') return t;
    // "demanded that Hamas renounce ...": a clause of its own ("that agreement" is a determiner).
    if (tok.lower === 'that' && !(t + 1 < limit && (tokens[t + 1]!.pos === 'NOUN' || tokens[t + 1]!.pos === 'ADJ'))) return t;
    // "and killed", "to protect", "continued crashing into": a second verb starts a clause of its
    // own. (A bare verb tag inside a noun phrase, "fired tear gas", is often the tagger's slip.)
    if (tok.pos === 'VERB' && t > from && ['to', 'and', 'or', 'but'].includes(tokens[t - 1]!.lower)) return t - 1;
    if (tok.pos === 'VERB' && t > from && /(?:ing|ed)$/.test(tok.lower) && tokens[t - 1]!.text !== '-') return t;
  }
  return limit;
}

/** Where the subject's words may be: back from the verb to the last hard stop or clause opener. */
function subjectStart(tokens: readonly Token[], s: Sentence, verb: number, cues: EventCues): number {
  let t = verb - 1;
  for (; t >= s.tokenStart && t >= verb - SUBJECT_SPAN; t--) {
    const tok = tokens[t]!;
    if (HARD_STOP.has(tok.text) || cues.clauseBreak.has(tok.lower) || tok.lower === 'that') break;
  }
  return t + 1;
}

/** A dictionary verb is a verb in the sentence, not the noun or adjective of the same spelling. */
function usedAsVerb(tokens: readonly Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t]!;
  if (tok.pos === 'VERB') return true;
  if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return false;
  // The tagger sometimes reads a present-tense verb as a noun: "rebels attack the town".
  const prev = t > s.tokenStart ? tokens[t - 1]! : null;
  const next = t + 1 < s.tokenEnd ? tokens[t + 1]! : null;
  return !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && (next.pos === 'DET' || next.pos === 'NUM') && /(?:s|ed)$/.test(tok.lower);
}

/** Participles that work as prepositions ("according to", "following the talks", "including"). */
const PARTICIPIAL_PREPOSITIONS = new Set(['according', 'regarding', 'concerning', 'including', 'following', 'considering', 'given', 'owing', 'pending', 'excluding', 'barring', 'notwithstanding']);

const MODIFIER_BEFORE = new Set(['DET', 'ADP', 'ADJ', 'NUM', 'VERB', 'CCONJ']);

/**
 * A participle describing the noun after it, not a verb of the clause: "suspected British
 * militant", "Algeria's leading human rights activist", "the recently imposed Sharia law",
 * "freshly trained troops". PETRARCH codes only the verbs of verb phrases.
 */
function attributiveParticiple(tokens: readonly Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t]!;
  if (!/(?:ed|en|ing)$/.test(tok.lower) && tok.pos !== 'ADJ') return false;
  const next = t + 1 < s.tokenEnd ? tokens[t + 1]! : null;
  if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  let k = t - 1;
  while (k >= s.tokenStart && tokens[k]!.pos === 'ADV') k--;
  if (k < s.tokenStart) return false;
  const prev = tokens[k]!;
  return MODIFIER_BEFORE.has(prev.pos) || prev.text === "'s" || prev.text === '’s' || prev.text === '-';
}

/** "decided to allow", "prepared to impose", "have sworn to fight": the verb only leads to the act after "to". */
function leadsToInfinitive(tokens: readonly Token[], s: Sentence, last: number, cues: EventCues, verbWord: string): boolean {
  const to = tokens[last + 1];
  const verb = tokens[last + 2];
  if (!to || !verb || last + 2 >= s.tokenEnd || to.lower !== 'to' || verb.pos !== 'VERB') return false;
  return cues.infinitiveHosts.has(verbWord);
}

/** The words of a phrasal verb around its verb word ("called" + "off"); the span, or null. */
function phraseAround(tokens: readonly Token[], s: Sentence, t: number, form: CameoVerbForm): [number, number] | null {
  let first = t;
  for (let k = form.before.length - 1; k >= 0; k--) {
    let p = first - 1;
    if (p >= s.tokenStart && tokens[p]!.text === '-') p--;
    if (p < s.tokenStart || tokens[p]!.lower !== form.before[k]) return null;
    first = p;
  }
  let last = t;
  for (const w of form.after) {
    let p = last + 1;
    // "called the strike off" is rare in news; "call off", "carried out" are adjacent.
    if (p < s.tokenEnd && tokens[p]!.text === '-') p++;
    if (p >= s.tokenEnd || tokens[p]!.lower !== w) return null;
    last = p;
  }
  return [first, last];
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
 * A block's patterns indexed by a word each needs after the verb (its first anchor), so a verb
 * tries only the patterns whose words are there; patterns that need no such word are always tried.
 */
interface PatternIndex {
  readonly byAnchor: ReadonlyMap<string, readonly CameoPattern[]>;
  readonly always: readonly CameoPattern[];
}

const indexes = new WeakMap<object, PatternIndex>();

function patternIndex(dict: CameoVerbDictionary, form: CameoVerbForm): PatternIndex {
  const block = form.verb.block;
  let index = indexes.get(block);
  if (index) return index;
  const all = ASPECT_BLOCKS.has(block.name) ? [...block.patterns, ...borrowed(dict)] : block.patterns;
  const byAnchor = new Map<string, CameoPattern[]>();
  const always: CameoPattern[] = [];
  for (const p of all) {
    const first = p.objectAnchors[0];
    if (!first) {
      always.push(p);
      continue;
    }
    for (const w of first) {
      const list = byAnchor.get(w);
      if (!list) byAnchor.set(w, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  index = { byAnchor, always };
  indexes.set(block, index);
  return index;
}

/** The patterns of a verb's block that may fit the words after it, in dictionary order. */
function candidatePatterns(dict: CameoVerbDictionary, form: CameoVerbForm, after: ReadonlySet<string>): readonly CameoPattern[] {
  const index = patternIndex(dict, form);
  let out: CameoPattern[] | null = null;
  for (const w of after) {
    const list = index.byAnchor.get(w);
    if (!list) continue;
    out ??= [];
    for (const p of list) if (p.objectAnchors.every((a) => meets(a, after)) && !out.includes(p)) out.push(p);
  }
  if (!out) return index.always;
  out.push(...index.always);
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The dictionary's reading of every verb in the sentence that `taken` leaves free (the tokens
 * hand-written patterns matched). The most specific pattern wins: more pattern words, then the
 * earlier line; a phrasal verb beats its bare verb ("call off" before "call").
 */
export function findDictionaryHits(dict: CameoVerbDictionary, tokens: readonly Token[], s: Sentence, cues: EventCues, taken: ReadonlySet<number>): DictionaryHit[] {
  const hits: DictionaryHit[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    if (taken.has(t)) continue;
    const lower = tokens[t]!.lower;
    const forms = dict.byForm.get(lower);
    if (!forms || PARTICIPIAL_PREPOSITIONS.has(lower) || !usedAsVerb(tokens, s, t) || attributiveParticiple(tokens, s, t)) continue;

    let best: DictionaryHit | null = null;
    // Weight first (pattern words, phrasal verb words), then a pattern over the bare verb, then a coded verb over an uncoded one.
    let bestRank = -1;
    const consider = (hit: DictionaryHit, weight: number, tie: number) => {
      const rank = weight * 4 + tie;
      if (rank > bestRank) {
        best = hit;
        bestRank = rank;
      }
    };
    // The clause after the verb, read once for all its readings (a phrasal reading moves it on).
    let readFrom = -1;
    let end = 0;
    let after: Set<string> = new Set();
    let subjFrom = -1;
    for (const form of forms) {
      if (inert(form)) continue;
      const span = phraseAround(tokens, s, t, form);
      if (!span) continue;
      const phraseWeight = form.before.length + form.after.length;
      if (span[1] + 1 !== readFrom) {
        readFrom = span[1] + 1;
        end = objectEnd(tokens, s, readFrom, cues);
        after = new Set<string>();
        for (let k = readFrom; k < end; k++) after.add(tokens[k]!.lower);
      }
      const verbTokens: number[] = [];
      for (let i = span[0]; i <= span[1]; i++) verbTokens.push(i);
      for (const p of candidatePatterns(dict, form, after)) {
        const weight = p.weight + phraseWeight;
        if (weight * 4 + 2 <= bestRank) continue;
        const obj = matchItems(tokens, p.object, readFrom, end);
        if (!obj) continue;
        if (p.subject.length && subjFrom < 0) subjFrom = subjectStart(tokens, s, t, cues);
        const subj = p.subject.length ? matchItems(tokens, p.subject, Math.min(subjFrom, span[0]), span[0]) : { tokens: [], target: null, source: null };
        if (!subj) continue;
        const all = [...subj.tokens, ...verbTokens, ...obj.tokens].sort((a, b) => a - b);
        // The verb is the head of the match: the subject's words are evidence, read before it.
        consider({ form, pattern: p, code: p.code, tokens: all, first: span[0], last: all[all.length - 1]!, targetFrom: obj.target ?? subj.target, sourceFrom: obj.source ?? subj.source, clauseEnd: end }, weight, 2);
      }
      const own = form.verb.code ?? form.verb.block.code;
      // A verb that only leads to another ("tried to", "decided to") codes that other verb, not itself.
      if (leadsToInfinitive(tokens, s, span[1], cues, tokens[t]!.lower)) continue;
      consider({ form, pattern: null, code: own, tokens: verbTokens, first: span[0], last: span[1], targetFrom: null, sourceFrom: null, clauseEnd: end }, phraseWeight, own === '---' ? 0 : 1);
    }
    const hit = best as DictionaryHit | null;
    if (!hit) continue;
    hits.push(hit);
    // A phrasal verb's particle is part of the verb ("called off"): go on after it.
    if (hit.form.after.length) t += hit.form.after.length;
  }
  return hits;
}

const NO_FLAGS: PatternFlags = {
  gov: false, modal: false, pass: false, verb: true, noun: false, notarget: false, needtarget: false, inverse: false,
  recip: false, nopassive: false, reported: false, negType: null, noInfType: null, hostPerson: false, afterPrep: false,
};

const DIRECTED_ROOTS = new Set(['02', '03', '04', '05', '10', '11', '12', '13']);

/** CAMEO roots of verbal acts, whose "to ..." or "that ..." complement is what they are about. */
const VERBAL_ROOTS = new Set(['02', '03', '10', '11', '12', '13']);

const patternCache = new Map<string, EventPattern>();

/** A pattern that names a word of the object ("* aid", "* (to border)") or of the subject ("&military *"), not only prepositions ("* (with)", "* away (from)"). */
function namesObject(p: CameoPattern): boolean {
  return p.subject.some((i) => i.kind === 'noun') || p.object.some((i) => (i.kind === 'noun' && !i.words.every((alt) => PARTICLES.has(alt[0]![0]!))) || (i.kind === 'prep' && i.words.length > 0));
}

/**
 * The event pattern a dictionary hit codes with: type and mode from the CAMEO to PLOVER table,
 * flags from the code ("A:A" both ways, ":B" the other way round, verbal acts govern their
 * complement, meetings and visits need a second party). Type null for codes PLOVER does not code
 * ("---", CAMEO 01): such a hit consumes its words and codes nothing.
 */
export function patternOfHit(hit: DictionaryHit, complement: boolean): EventPattern {
  const source = hit.pattern ?? hit.form.verb;
  const key = `${source.line}\t${hit.code}\t${complement}`;
  const cachedPattern = patternCache.get(key);
  if (cachedPattern) return cachedPattern;
  const [forward, back] = hit.code.split(':');
  const inverse = hit.code.startsWith(':');
  const own = inverse ? back! : forward!;
  const plover = own === '---' ? null : ploverOf(own);
  const root = own.slice(0, 2);
  const flags: PatternFlags = {
    ...NO_FLAGS,
    inverse,
    recip: back !== undefined && back === forward,
    gov: complement && plover !== null && VERBAL_ROOTS.has(root),
    // Like the Phoenix data set, a bare verb codes dyads only: an act someone does to someone (or
    // several parties do together). A pattern that names the object is specific enough by itself.
    // Verbal acts (appeals, promises, meetings, praise, accusations, refusals, threats) are said to
    // someone: the dictionary codes them as dyads whatever the pattern.
    dyad: hit.pattern === null || !namesObject(hit.pattern) || DIRECTED_ROOTS.has(root),
  };
  const verb = hit.form.verb;
  const p: EventPattern = {
    line: source.line,
    text: hit.pattern ? `${verb.verb} ${hit.pattern.text}` : verb.verb,
    type: plover?.type ?? null,
    mode: plover?.mode ?? null,
    cameo: plover ? own : null,
    elements: [],
    flags,
    origin: { file: 'verbs.txt', block: verb.block.name, verb: verb.verb, pattern: hit.pattern?.text ?? null, code: hit.code, description: plover?.description ?? null },
  };
  patternCache.set(key, p);
  return p;
}

/**
 * A clause the verb governs: "to" + verb or "that" right after it, or after its object ("urged
 * Iran to release", "demanded that Israel withdraw"). Only then does a verbal act take in the acts
 * that follow; "approved a plan that ..." does not.
 */
function hasComplement(tokens: readonly Token[], s: Sentence, last: number): boolean {
  const end = Math.min(s.tokenEnd - 1, last + 8);
  for (let t = last + 1; t < end; t++) {
    const w = tokens[t]!;
    if ((w.lower === 'to' && tokens[t + 1]!.pos === 'VERB') || w.lower === 'that') return true;
    if (!NP_POS.has(w.pos) && w.text !== '-' && w.lower !== 'on' && w.lower !== 'upon') return false;
  }
  return false;
}

/**
 * Hand-written matches and dictionary hits of one sentence, in text order. A hand-written
 * pattern wins its words; a dictionary pattern that names an object word ("called off the
 * strike", "denied the attack") wins that word over a hand-written pattern starting on it.
 */
export function withDictionary(lexicon: EventLexicon, tokens: readonly Token[], s: Sentence, hand: readonly PatternMatch[]): PatternMatch[] {
  if (!lexicon.dictionary) return [...hand];
  const taken = new Set<number>();
  for (const m of hand) for (const t of m.tokens) taken.add(t);
  const hits = findDictionaryHits(lexicon.dictionary, tokens, s, lexicon.cues, taken);
  if (hits.length === 0) return [...hand];
  const objectWords = new Set<number>();
  for (const h of hits) if (h.pattern) for (const t of h.tokens) objectWords.add(t);
  const out: PatternMatch[] = hand.filter((m) => !objectWords.has(m.first));
  for (const h of hits) {
    // A bare verb that codes nothing has nothing to claim: leave its words to everyone else.
    if (!h.pattern && patternOfHit(h, false).type === null) continue;
    out.push({ pattern: patternOfHit(h, hasComplement(tokens, s, h.last)), tokens: h.tokens, first: h.first, last: h.last, targetFrom: h.targetFrom, clauseEnd: h.clauseEnd });
  }
  return out.sort((a, b) => a.first - b.first || a.last - b.last);
}
