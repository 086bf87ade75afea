import type { Sentence, Token } from '../../document/layers.js';
import { emptyList } from '../../document/order.js';
import { ploverOf } from '../../lexicon/cameo-plover.js';
import { hasComplement } from './clause.js';
import { findDictionaryHits, namesObject, type DictionaryHit } from './dictionary.js';
import type { EventLexicon, EventPattern, PatternFlags } from './lexicon.js';
import type { PatternMatch } from './match.js';
import { sortInPlace } from '../../document/order.js';

/**
 * Dictionary hits as the event coder's patterns: the CAMEO code read through the CAMEO to
 * PLOVER table, flags from the code and the clause, and the merge with hand-written matches.
 */

const NO_FLAGS: PatternFlags = {
  gov: false, modal: false, pass: false, verb: true, noun: false, notarget: false, needtarget: false, inverse: false,
  recip: false, nopassive: false, reported: false, negType: null, noInfType: null, hostPerson: false, afterPrep: false,
};

/** CAMEO roots of verbal acts, whose "to ..." or "that ..." complement is what they are about. */
const VERBAL_ROOTS = new Set(['02', '03', '10', '11', '12', '13']);

/** Event patterns per dictionary pattern or verb: [without complement, with complement, as a stance]. */
const patternCache = new WeakMap<object, [EventPattern | undefined, EventPattern | undefined, EventPattern | undefined]>();


/**
 * The event pattern a dictionary hit codes with: type and mode from the CAMEO to PLOVER table,
 * flags from the code ("A:A" both ways, ":B" the other way round, verbal acts govern their
 * complement, meetings and visits need a second party). Type null for codes PLOVER does not code
 * ("---", CAMEO 01): such a hit consumes its words and codes nothing.
 */
export function patternOfHit(hit: DictionaryHit, complement: boolean): EventPattern {
  const source = hit.pattern ?? hit.form.verb;
  let slots = patternCache.get(source);
  if (!slots) patternCache.set(source, (slots = [undefined, undefined, undefined]));
  const slot = hit.stance ? 2 : complement ? 1 : 0;
  const cachedPattern = slots[slot];
  if (cachedPattern) return cachedPattern;
  const [forward, back] = hit.code.split(':');
  const inverse = hit.code.startsWith(':');
  const own = inverse ? back! : forward!;
  const plover = own === '---' ? null : ploverOf(own);
  const root = own.slice(0, 2);
  // Every field written out in the order the hand-written patterns' flags have (no spread), so
  // that both kinds of pattern share one shape.
  const flags: PatternFlags = {
    gov: complement && plover !== null && VERBAL_ROOTS.has(root),
    // "vowed to fight", "promised to strike": an intended act of force is a threat.
    modal: complement && root === '03',
    pass: NO_FLAGS.pass, verb: NO_FLAGS.verb, noun: NO_FLAGS.noun, notarget: NO_FLAGS.notarget, needtarget: NO_FLAGS.needtarget,
    inverse,
    recip: back !== undefined && back === forward,
    nopassive: NO_FLAGS.nopassive, reported: NO_FLAGS.reported, negType: NO_FLAGS.negType, noInfType: NO_FLAGS.noInfType,
    hostPerson: NO_FLAGS.hostPerson, afterPrep: NO_FLAGS.afterPrep,
    // Like the Phoenix data set, a bare verb codes dyads only: an act someone does to someone (or
    // several parties do together). A pattern that names the object is specific enough by itself.
    // A verbal act with a "to" or "that" clause ("threatened to ban voting", "declined to
    // resign") is about that clause, which names its object; a verb of yielding on its own
    // ("surrendered", "resigned") is often done to no one in particular.
    dyad: (hit.pattern === null || !namesObject(hit.pattern)) && !(complement && VERBAL_ROOTS.has(root)) && !(hit.pattern === null && root === '08'),
  };
  const verb = hit.form.verb;
  const p: EventPattern = {
    line: source.line,
    text: hit.pattern ? `${verb.verb} ${hit.pattern.text}` : verb.verb,
    type: plover?.type ?? null,
    mode: plover?.mode ?? null,
    cameo: plover ? own : null,
    elements: emptyList(),
    flags,
    origin: { file: 'verbs.txt', line: source.line, block: verb.block.name, verb: verb.verb, pattern: hit.pattern?.text ?? null, code: hit.code, description: plover?.description ?? null },
  };
  slots[slot] = p;
  return p;
}

/**
 * 1 at the index of each token a hand-written match of the sentence being read holds, 0 elsewhere:
 * one array for every sentence of every document, grown to the longest document and put back to
 * zeros after each sentence, instead of a new set per sentence.
 */
let taken = new Uint8Array(1024);

/**
 * Hand-written matches and dictionary hits of one sentence, in text order. A hand-written
 * pattern wins its words; a dictionary pattern that names an object word ("called off the
 * strike", "denied the attack") wins that word, and the words of that word's phrase, over a
 * hand-written pattern starting on them. `hand` is the caller's own list, given back as it is
 * when the dictionary adds nothing to it.
 */
export function withDictionary(lexicon: EventLexicon, tokens: readonly Token[], s: Sentence, hand: PatternMatch[], inDate?: Uint8Array): PatternMatch[] {
  if (!lexicon.dictionary) return hand;
  if (taken.length < tokens.length) taken = new Uint8Array(Math.max(tokens.length, taken.length * 2));
  for (const m of hand) for (const t of m.tokens) taken[t] = 1;
  let hits: DictionaryHit[];
  try {
    hits = findDictionaryHits(lexicon.dictionary, tokens, s, lexicon.cues, taken, inDate);
  } finally {
    for (const m of hand) for (const t of m.tokens) taken[t] = 0;
  }
  if (hits.length === 0) return hand;
  const objectWords = new Set<number>();
  for (const h of hits) {
    if (!h.pattern) continue;
    for (const t of h.tokens) objectWords.add(t);
    // "rejected proposed Israeli changes": a word inside the object's phrase is no act of its own.
    for (const t of h.objectPhrase) objectWords.add(t);
  }
  const out: PatternMatch[] = hand.filter((m) => !objectWords.has(m.first));
  for (const h of hits) {
    out.push({ pattern: patternOfHit(h, h.stance || hasComplement(tokens, s, h.last, h.pattern?.object.some((i) => i.kind === 'noun') ?? false)), tokens: h.tokens, first: h.first, last: h.last, targetFrom: h.targetFrom, clauseEnd: h.clauseEnd });
  }
  return sortInPlace(out, (a, b) => a.first - b.first || a.last - b.last);
}
