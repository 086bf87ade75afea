import type { Sentence, Token } from '../../document/layers.js';
import type { CameoVerbForm } from '../../lexicon/cameo-verbs.js';
import type { EventCues } from './lexicon.js';

/**
 * The clause around a verb, as far as parts of speech and cue words tell it: where the verb's
 * object and its clause end, where its subject may start, whether the word is a verb of the
 * clause at all (not a participle describing a noun, not "according to"), whether it only leads
 * to another verb ("tried to"), and whether it governs a "to" or "that" clause.
 */

/** Tokens that end the clause a verb governs. */
export const HARD_STOP = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”', '(', ')', '—', '–']);
/** How far the object of a verb reaches. */
export const OBJECT_SPAN = 12;
/** How far after a verb its "to" or "that" clause may start, past its object ("offered its troops to Lebanon's new President to help"). */
const COMPLEMENT_REACH = 12;
/** How far back the subject's words are looked for. */
const SUBJECT_SPAN = 8;
/** Particles a phrasal pattern names as bare words ("set off", "look forward", "put up resistance"). */
export const PARTICLES = new Set(['off', 'up', 'down', 'out', 'in', 'on', 'over', 'back', 'away', 'forward', 'aside', 'together', 'apart']);
export const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);
/** Words after which a participle before a noun describes it ("the detained activists", "its newly elected leader"). */
const NP_START = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);

/**
 * Where the noun phrase starting at `from` ends: determiners, adjectives, nouns, numbers,
 * possessives, hyphenated and participle modifiers ("the long-threatened invasion", "the detained
 * activists"), and the particles a pattern may name. A pattern's bare word is the head of this
 * phrase, not any word of the clause: "remove any doubts Iraq still possesses weapons" removes doubts.
 */
export function nounPhraseEnd(tokens: readonly Token[], from: number, end: number): number {
  let t = from;
  for (; t < end; t++) {
    const tok = tokens[t]!;
    if (NP_POS.has(tok.pos) || tok.text === '-' || tok.text === "'s" || tok.text === '’s' || PARTICLES.has(tok.lower)) continue;
    const prev = tokens[t - 1];
    if (tok.pos === 'VERB' && t > from && prev && (prev.text === '-' || prev.pos === 'DET' || prev.pos === 'ADJ')) continue;
    // "rejected proposed changes", "freed detained activists": a participle opening the phrase.
    if (t === from && describesNext(tokens, t, end)) continue;
    break;
  }
  return t;
}

/** A past participle right before the noun or adjective of its phrase ("proposed changes", "detained activists"). */
function describesNext(tokens: readonly Token[], t: number, end: number): boolean {
  const tok = tokens[t]!;
  const next = tokens[t + 1];
  return tok.pos === 'VERB' && /(?:ed|en)$/.test(tok.lower) && t + 1 < end && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
}

/** Where the clause a verb governs ends: the first hard stop, clause opener or new verb after it. */
export function objectEnd(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): number {
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
    if (tok.pos === 'VERB' && t > from && /(?:ing|ed)$/.test(tok.lower) && tokens[t - 1]!.text !== '-' && !(NP_START.has(tokens[t - 1]!.pos) && describesNext(tokens, t, limit))) return t;
  }
  return limit;
}

/** Where the subject's words may be: back from the verb to the last hard stop or clause opener. */
export function subjectStart(tokens: readonly Token[], s: Sentence, verb: number, cues: EventCues): number {
  let t = verb - 1;
  for (; t >= s.tokenStart && t >= verb - SUBJECT_SPAN; t--) {
    const tok = tokens[t]!;
    if (HARD_STOP.has(tok.text) || cues.clauseBreak.has(tok.lower) || tok.lower === 'that') break;
  }
  return t + 1;
}

/** A dictionary verb is a verb in the sentence, not the noun or adjective of the same spelling. */
export function usedAsVerb(tokens: readonly Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t]!;
  if (tok.pos === 'VERB') return true;
  if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return false;
  // The tagger sometimes reads a present-tense verb as a noun: "rebels attack the town".
  const prev = t > s.tokenStart ? tokens[t - 1]! : null;
  const next = t + 1 < s.tokenEnd ? tokens[t + 1]! : null;
  return !!prev && !!next && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && (next.pos === 'DET' || next.pos === 'NUM') && /(?:s|ed)$/.test(tok.lower);
}

/** Participles that work as prepositions ("according to", "following the talks", "including"). */
export const PARTICIPIAL_PREPOSITIONS = new Set(['according', 'regarding', 'concerning', 'including', 'following', 'considering', 'given', 'owing', 'pending', 'excluding', 'barring', 'notwithstanding']);

const MODIFIER_BEFORE = new Set(['DET', 'ADP', 'ADJ', 'NUM', 'VERB', 'CCONJ']);

/** The endings of a participle (asked of every verb of every sentence, so made once). */
const PARTICIPLE_ENDING = /(?:ed|en|ing)$/;

/**
 * A participle describing the noun after it, not a verb of the clause: "suspected British
 * militant", "Algeria's leading human rights activist", "the recently imposed Sharia law",
 * "freshly trained troops". PETRARCH codes only the verbs of verb phrases.
 */
export function attributiveParticiple(tokens: readonly Token[], s: Sentence, t: number): boolean {
  const tok = tokens[t]!;
  if (!PARTICIPLE_ENDING.test(tok.lower) && tok.pos !== 'ADJ') return false;
  const next = t + 1 < s.tokenEnd ? tokens[t + 1]! : null;
  if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return false;
  let k = t - 1;
  while (k >= s.tokenStart && tokens[k]!.pos === 'ADV') k--;
  if (k < s.tokenStart) return false;
  const prev = tokens[k]!;
  return MODIFIER_BEFORE.has(prev.pos) || prev.text === "'s" || prev.text === '’s' || prev.text === '-';
}

/** "decided to allow", "prepared to impose", "have sworn to fight": the verb only leads to the act after "to". */
export function leadsToInfinitive(tokens: readonly Token[], s: Sentence, last: number, cues: EventCues, verbWord: string): boolean {
  const to = tokens[last + 1];
  const verb = tokens[last + 2];
  if (!to || !verb || last + 2 >= s.tokenEnd || to.lower !== 'to' || verb.pos !== 'VERB') return false;
  return cues.infinitiveHosts.has(verbWord);
}

/** The words of a phrasal verb around its verb word ("called" + "off"); the span, or null. */
export function phraseAround(tokens: readonly Token[], s: Sentence, t: number, form: CameoVerbForm): [number, number] | null {
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

/**
 * A clause the verb governs: "to" + verb or "that" right after it, or after its object or a
 * prepositional phrase ("urged Iran to release", "demanded that Israel withdraw"). Only then does a verbal act take in the acts
 * that follow; "approved a plan that ..." does not.
 */
export function hasComplement(tokens: readonly Token[], s: Sentence, last: number, objectRead = false): boolean {
  const end = Math.min(s.tokenEnd - 1, last + COMPLEMENT_REACH);
  let object = objectRead;
  for (let t = last + 1; t < end; t++) {
    const w = tokens[t]!;
    if (w.lower === 'to' && tokens[t + 1]!.pos === 'VERB') return true;
    // "demanded on Friday that ...", but "approved a plan that ...": after an object, "that" opens a relative clause.
    if (w.lower === 'that') return !object;
    if (w.pos === 'DET' || w.pos === 'NOUN') object = true;
    // "agreed in principle on Saturday to provide", "demanded parties to the conflict to allow":
    // prepositional phrases between the verb and its clause.
    if (!NP_POS.has(w.pos) && w.pos !== 'ADP' && w.text !== '-') return false;
  }
  return false;
}
