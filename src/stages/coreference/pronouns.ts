import type { Mention, Sentence, Token } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';

/**
 * How far back a pronoun may look: anywhere in its own paragraph (a quote of several
 * sentences often separates "he said" from the name), and this many sentences beyond it
 * that name someone.
 */
const LOOKBACK_BEYOND_PARAGRAPH = 2;
/** A hard bound so that a long paragraph with no names stays cheap. */
const MAX_LOOKBACK = 30;
const OBJECT_PRONOUNS = new Set(['him', 'them']);
/** Candidates of one sentence looked at, from its start: a bound that keeps a sentence-long list of names linear. */
const MAX_CANDIDATES_PER_SENTENCE = 50;

/**
 * The sentence index of each mention, from sentence spans (both lists in text order).
 */
export function sentenceOf(sentences: readonly Sentence[], m: Mention): number {
  const i = lowerBound(sentences, m.start + 1) - 1;
  return Math.max(0, i);
}

/**
 * The antecedent of a pronoun: within its own sentence the first resolved candidate before
 * it (usually the subject); otherwise the first candidate of the nearest earlier sentence
 * that has one. "Clear" means one is found within a short distance; otherwise none.
 */
export function antecedent(
  pronoun: Mention,
  pronounSentence: number,
  sentences: readonly Sentence[],
  candidatesBySentence: ReadonlyMap<number, readonly Mention[]>,
  /** Plural pronouns refer to many things; only an antecedent in the same or previous sentence is clear enough. */
  nearOnly = false,
  isSubject: (m: Mention) => boolean = () => true,
  /** Whether a candidate can be meant at all (gender agreement). */
  accept: (m: Mention) => boolean = () => true,
  /** Where the pronoun's main clause begins when an opening phrase stands before it (-1: none). */
  mainClauseStart = -1,
  /** Where the pronoun's own subordinate or relative clause begins in its sentence (-1: none). */
  ownClauseStart = -1,
  /** People a sentence only lists as attending or accompanying ("attended by X, Y and Z"): never taken over a subject. */
  listedAttendee: (m: Mention) => boolean = () => false,
  /** "thanked her warmly": a pronoun whose form is shared by two cases ("her") standing as an object. */
  objectCase = false,
  /**
   * People the text has shown to be of the other gender: a sentence naming only such people does not
   * use up the reach beyond the pronoun's paragraph, as a reader looking for "she" passes over it.
   */
  otherGender: (m: Mention) => boolean = () => false,
): Mention | null {
  // The subject of a sentence is the likeliest antecedent: the first candidate a verb follows, else the first.
  const pick = (all: readonly Mention[]) => {
    const list = all.slice(0, MAX_CANDIDATES_PER_SENTENCE).filter(accept);
    return list.find(isSubject) ?? list[0] ?? null;
  };
  // "Speaking alongside Minister X, he said": a name inside an opening phrase is not the subject the
  // pronoun takes up; the phrase shares the main clause's subject, named before.
  const same = (candidatesBySentence.get(pronounSentence) ?? []).slice(0, MAX_CANDIDATES_PER_SENTENCE)
    .filter((c) => c.end <= pronoun.start && c.start >= mainClauseStart);
  // "Scholz thanked him": an object pronoun is not the subject of its own clause.
  const object = objectCase || OBJECT_PRONOUNS.has(pronoun.text.toLowerCase());
  if (!object && same.length > 0) return pick(same);
  // "Scholz travelled to Washington, where Biden received him": an object pronoun in a clause of its
  // own takes up someone named before that clause began.
  if (object && ownClauseStart >= 0) {
    const before = same.filter((c) => c.end <= ownClauseStart);
    if (before.length > 0) return pick(before);
  }
  if (nearOnly) return pick(candidatesBySentence.get(pronounSentence - 1) ?? []);
  const paragraph = sentences[pronounSentence]?.paragraph ?? 0;
  let outside = 0;
  // A subject pronoun takes up a subject: when the nearest sentence with a candidate names people only
  // as objects ("... discussed Myanmar with envoy X. “...,” she said"), the subject of the sentence
  // before it, in the same paragraph, is meant; failing that, the object.
  let fallback: Mention | null = null;
  for (let s = pronounSentence - 1; s >= 0 && s >= pronounSentence - MAX_LOOKBACK; s--) {
    const candidates = candidatesBySentence.get(s) ?? [];
    // A sentence of another paragraph that names no one ("The two sides discussed trade.") is passed
    // over by a reader on the way to the people named before it, so it does not use up the reach.
    if ((sentences[s]?.paragraph ?? 0) !== paragraph && candidates.length > 0 && !allOtherGender(candidates, otherGender) && ++outside > LOOKBACK_BEYOND_PARAGRAPH) break;
    const found = pick(candidates);
    if (!found) continue;
    if (fallback) return isSubject(found) && ((sentences[s]?.paragraph ?? 0) === paragraph || listedAttendee(fallback)) ? found : fallback;
    if (object || isSubject(found)) return found;
    fallback = found;
  }
  return fallback;
}

/** Whether every candidate of a sentence (of the first MAX_CANDIDATES_PER_SENTENCE) is of the other gender. */
function allOtherGender(candidates: readonly Mention[], otherGender: (m: Mention) => boolean): boolean {
  const n = Math.min(candidates.length, MAX_CANDIDATES_PER_SENTENCE);
  for (let i = 0; i < n; i++) if (!otherGender(candidates[i]!)) return false;
  return true;
}

/**
 * "Speaking at a press conference alongside X, ", "During the talks with X, ": a participle or a
 * preposition that takes a noun phrase opens the sentence, and a comma closes the phrase right before
 * `at`. Returns where the main clause starts (at), or -1. Phrases that open with a clause ("After X
 * arrived, he ...") are left alone: their subject may well be the pronoun's.
 */
export function afterOpeningPhrase(text: string, sentenceStart: number, at: number): number {
  const lead = text.slice(sentenceStart, at);
  return OPENING_PHRASE.test(lead) ? at : -1;
}

const OPENING_PHRASE = /^[ \t\u00a0]*(?:\p{Lu}\p{Ll}+ing|During|At|Alongside|Following|Throughout|Together with|In the course of)\b[^.;:!?“”"«»\n]{0,200},[ \t\u00a0]*$/u;

/**
 * The start of the subordinate or relative clause the text before `at` ends in, within its
 * sentence: ", where Biden received", ", who thanked", "when Biden welcomed". Returns its offset, or -1.
 */
export function ownClauseStart(text: string, sentenceStart: number, at: number): number {
  const lead = text.slice(sentenceStart, at);
  let found = -1;
  const opener = clauseOpenerFor(lead);
  for (let m = opener.exec(lead); m !== null; m = opener.exec(lead)) found = sentenceStart + m.index;
  return found;
}

/**
 * Words that open a subordinate or relative clause after a comma, or a clause of time anywhere;
 * and a clause joined by "and" whose subject is the speaker ("X is working hard, and I spoke with
 * him"), whose object pronoun then takes up someone named in the clause before.
 */
const CLAUSE_OPENER = /(?:[,;][ \t\u00a0]*(?:where|who|whom|which|as|whereupon|and[ \t\u00a0]+(?:I|we))|\b(?:when|while|after|before|since|because|until|once))\b/giu;
/**
 * CLAUSE_OPENER without the unicode flag, which costs the expression most of its speed. With that flag
 * and case folding the long s "ſ" reads as "s" and the Kelvin sign as "k", letters of words; those two
 * are all it changes here, so a text without them has the same openers under either.
 */
const CLAUSE_OPENER_PLAIN = new RegExp(CLAUSE_OPENER.source, 'gi');

/** The clause opener expression to search `text` with, its lastIndex at 0 (every search runs to its end, which sets it back). */
function clauseOpenerFor(text: string): RegExp {
  return text.includes('\u017f') || text.includes('\u212a') ? CLAUSE_OPENER : CLAUSE_OPENER_PLAIN;
}
/** A character CLAUSE_OPENER's \b counts as part of a word (same flags). */
const WORD_CHAR = /\w/iu;

/** WORD_CHAR.test(text[i]): an ASCII character is read by its code (a letter, a digit or "_"), others left to the expression. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  return WORD_CHAR.test(text[i]!);
}

/**
 * ownClauseStart for many pronouns of one text: each sentence's clause openers are found once,
 * so that a long sentence full of pronouns is not searched again from its start for each.
 * Same answers: when the character before `at` is not a word character, the openers of the text
 * before `at` are exactly the sentence's openers that end by `at` (a match that reached past `at`
 * would need a word going on across it); otherwise the text before `at` is searched as before.
 */
export class ClauseOpeners {
  /** Per sentence start: start and end offsets of each opener, in text order. */
  private readonly bySentence = new Map<number, number[]>();

  constructor(private readonly text: string) {}

  lastBefore(sentenceStart: number, sentenceEnd: number, at: number): number {
    if (at > sentenceEnd || (at > sentenceStart && wordCharAt(this.text, at - 1))) return ownClauseStart(this.text, sentenceStart, at);
    let spans = this.bySentence.get(sentenceStart);
    if (spans === undefined) {
      spans = [];
      const sentence = this.text.slice(sentenceStart, sentenceEnd);
      const opener = clauseOpenerFor(sentence);
      for (let m = opener.exec(sentence); m !== null; m = opener.exec(sentence)) spans.push(sentenceStart + m.index, sentenceStart + m.index + m[0].length);
      this.bySentence.set(sentenceStart, spans);
    }
    // The last opener ending by `at`: binary search over the ends.
    let lo = 0;
    let hi = spans.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid * 2 + 1]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : spans[(lo - 1) * 2]!;
  }
}

/** A verb of sending someone, ending the text before the one sent: "sent", "dispatched", "delegated". */
const SENT_BEFORE = /\b(?:send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching|delegate|delegates|delegated|delegating)\s+((?:[\p{L}’'.,-]+\s+){0,5})$/iu;
/** Words that leave the object of a verb of sending: a preposition starts a phrase of its own. */
const NOT_OBJECT_WORD = /^(?:to|with|from|for|on|in|at|by|via|a|an|letter|message|note)$/i;

/**
 * "Minister A sent Deputy Minister B to Lima, where she met C": one sent somewhere travels there,
 * so a subject pronoun of the clause that opens at the destination ("where", after "to" and the
 * place) takes up the one sent, the verb's object, not the sender who stays behind. `clauseStart`
 * is where the pronoun's own clause begins; `candidates` the people of its sentence.
 */
export function sentTraveller(text: string, p: Mention, sentence: Sentence | undefined, clauseStart: number, candidates: readonly Mention[] | undefined, accept: (m: Mention) => boolean): Mention | null {
  if (!sentence || !candidates || clauseStart < 0 || !/^(?:he|she|they)$/i.test(p.text)) return null;
  if (!/^[,;]?\s*where\b/i.test(text.slice(clauseStart, p.start))) return null;
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES_PER_SENTENCE; i++) {
    const c = candidates[i]!;
    if (c.end > clauseStart) break;
    if (c.form === 'pronoun' || c.start < sentence.start) continue;
    const m = SENT_BEFORE.exec(text.slice(Math.max(sentence.start, c.start - 80), c.start));
    if (!m) continue;
    if ((m[1] ?? '').split(/\s+/).some((w) => NOT_OBJECT_WORD.test(w))) continue;
    // The one sent goes to the place the clause opens at: "to Lima, where".
    if (!/\bto\b/i.test(text.slice(c.end, clauseStart))) return null;
    return accept(c) ? c : null;
  }
  return null;
}

/** A passive of standing in right after a name, its aside and adverbial allowed: "[X] was represented at the summit by". */
const REPRESENTED_BY = /^[ \t\u00a0]*(?:,[^,.;:!?]{1,60},[ \t\u00a0]*)?(?:was|is|will be|has been|had been)[ \t\u00a0]+represented\b[^.;:!?]{0,80}?\bby[ \t\u00a0]+/iu;
/** Most characters of an office between "by" and the representative's name: "by Minister of Foreign Affairs and Trade". */
const REPRESENTATIVE_REACH = 60;

/**
 * "President X was represented by Minister Y, who travelled to Kyiv, where she met Z", "X was
 * represented at the summit by Y. In Brussels, she met Z": one represented is absent, so a subject
 * pronoun after the representative, which would take up the one represented, takes up the
 * representative when it fits. `ante` is the antecedent found; `candidates` the people of its
 * sentence. Null when `ante` is not the subject of such a passive.
 */
export function representative(text: string, p: Mention, ante: Mention | null, candidates: readonly Mention[] | undefined, accept: (m: Mention) => boolean): Mention | null {
  if (!ante || !candidates || !/^(?:he|she)$/i.test(p.text)) return null;
  const m = REPRESENTED_BY.exec(text.slice(ante.end, ante.end + 200));
  if (!m) return null;
  const by = ante.end + m[0].length;
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES_PER_SENTENCE; i++) {
    const c = candidates[i]!;
    if (c.end <= by || c.form === 'pronoun') continue;
    if (c.start - by > REPRESENTATIVE_REACH || c.start >= p.start) return null;
    return c.actor !== ante.actor && accept(c) ? c : null;
  }
  return null;
}

/** Adverbs looked past between "and" and the verb ("and warmly thanked him"). */
const MAX_ADVERBS_AFTER_AND = 2;

/**
 * "King X met President Y and thanked him": a verb joined by "and" to the clause before it shares
 * that clause's subject, and an object pronoun of that verb is not its own subject (English would say
 * "himself"), so it takes up the person the clause before named besides its subject, when the pronoun
 * fits only one. Only "him" and an object "her" (`objectCase`); only people named from `clauseStart`
 * on (the pronoun's own subordinate clause or main clause, -1: the whole sentence); null when the
 * pronoun stands after no such verb, or its clause names no one else before it.
 */
export function coordinatedObject(tokens: readonly Token[], p: Mention, candidates: readonly Mention[] | undefined, clauseStart: number, isSubject: (m: Mention) => boolean, accept: (m: Mention) => boolean, objectCase: boolean): Mention | null {
  if (!candidates || !(objectCase || p.text.toLowerCase() === 'him')) return null;
  const k = lowerBound(tokens, p.start);
  const verb = tokens[k - 1];
  if (!verb || (verb.pos !== 'VERB' && !(verb.pos === 'ADJ' && /\p{Ll}ed$/u.test(verb.text)))) return null;
  let j = k - 2;
  for (let n = 0; n < MAX_ADVERBS_AFTER_AND && tokens[j]?.pos === 'ADV'; n++) j--;
  const and = tokens[j];
  if (!and || and.lower !== 'and' || and.sentence !== verb.sentence) return null;
  let subject: Mention | null = null;
  let object: Mention | null = null;
  for (let i = 0; i < candidates.length && i < MAX_CANDIDATES_PER_SENTENCE; i++) {
    const c = candidates[i]!;
    if (c.end > and.start) break;
    if (c.start < clauseStart) continue;
    if (isSubject(c)) {
      if (!subject) subject = c;
      continue;
    }
    if (!subject || !c.actor || c.actor === subject.actor || !accept(c)) continue;
    // Two people the pronoun fits leave it open which one is meant.
    if (object && object.actor !== c.actor) return null;
    object = c;
  }
  return object;
}
