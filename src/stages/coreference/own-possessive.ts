import type { Mention, Token } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';

/*
 * A person's own possessive and an object "her": what the words right after a name, and right
 * around a pronoun, say about whose a pronoun is (see the gender pass in coreference).
 */

/**
 * The possessive right after a subject's verb, reading tokens from k (the first after the name):
 * "presented her credentials", ", who presented her letters", "has handed over his copy". Only a
 * possessive that a noun or adjective follows counts: "thanked her" is an object, someone else.
 * Null when the words after the name are no such clause.
 */
export function ownPossessiveAfter(tokens: readonly Token[], k: number): Token | null {
  const at = (j: number) => tokens[j];
  const first = at(k);
  if (!first) return null;
  const sentence = first.sentence;
  // ", who": a relative clause about the name opens.
  if (first.text === ',' && at(k + 1)?.text.toLowerCase() === 'who') k += 2;
  let verbs = 0;
  while (verbs < 3 && at(k) && at(k)!.sentence === sentence && (at(k)!.pos === 'AUX' || at(k)!.pos === 'ADV' || at(k)!.pos === 'VERB')) {
    if (at(k)!.pos === 'VERB') verbs++;
    k++;
  }
  // "presented a copy of her credentials", "handed over copies of his letters": the copy of a document
  // the subject hands over is of the subject's own.
  if (verbs > 0 && /^(?:a|the)$/i.test(at(k)?.text ?? '') && /^cop(?:y|ies)$/i.test(at(k + 1)?.text ?? '') && at(k + 2)?.text.toLowerCase() === 'of') k += 3;
  else if (verbs > 0 && /^copies$/i.test(at(k)?.text ?? '') && at(k + 1)?.text.toLowerCase() === 'of') k += 2;
  const own = at(k);
  const next = at(k + 1);
  if (verbs === 0 || !own || !next || own.sentence !== sentence || next.sentence !== sentence) return null;
  const word = own.text.toLowerCase();
  return (word === 'her' || word === 'his') && (next.pos === 'NOUN' || next.pos === 'ADJ') ? own : null;
}

/**
 * Text before a name that opens its clause: nothing, or an article, capitalised words of an office, a
 * date's figures, after the sentence's start, a comma or a word that opens a clause.
 */
export const CLAUSE_OPENS_BEFORE = /(?:^|[,;:–—][ \t\u00a0]*|(?<![\p{L}])(?:that|and|but|who|when|while|as|after|before)[ \t\u00a0]+)(?:(?:the|The|[\p{Lu}][\p{L}'’.-]*|\d+)[ \t\u00a0]+)*$/u;

/** ", who ": a relative clause of which the name before it is the subject. */
export const RELATIVE_WHO_AFTER = /^[ \t\u00a0]*,[ \t\u00a0]*who[ \t\u00a0]/;

/** "thanked her warmly", "welcomed her to Accra": "her" after a verb or preposition with no noun after it is an object, not a possessive. */
export function objectHer(tokens: readonly Token[], p: Mention): boolean {
  if (p.text.toLowerCase() !== 'her') return false;
  const k = lowerBound(tokens, p.start);
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before?.pos === 'VERB' || before?.pos === 'ADP') && !(after && (after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN'));
}

/** What may stand between a person and "and": nothing, a comma, or the state or body of the office ("of Bulgaria"). */
const CONJUNCT_COMPLEMENT = /^(?:[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){0,3})?,?[ \t\u00a0]+$/u;

/**
 * "received President X and his wife", "President X of Bulgaria and her delegation": a possessive
 * right after "and", before the noun it owns, joins its phrase to the person just named, and is that
 * person's when `accept` allows (the gender fits); else null. `people` are the persons of the
 * pronoun's sentence in text order.
 */
export function coordinatedOwner(text: string, tokens: readonly Token[], p: Mention, people: readonly Mention[] | undefined, accept: (m: Mention) => boolean): Mention | null {
  if (!people) return null;
  const k = lowerBound(tokens, p.start);
  const and = tokens[k - 1];
  const next = tokens[k + 1];
  if (!and || and.lower !== 'and' || !next || next.sentence !== tokens[k]!.sentence || (next.pos !== 'NOUN' && next.pos !== 'ADJ')) return null;
  let x: Mention | null = null;
  for (let i = people.length - 1; i >= 0 && !x; i--) if (people[i]!.end <= and.start) x = people[i]!;
  if (!x || and.start - x.end > 60 || !CONJUNCT_COMPLEMENT.test(text.slice(x.end, and.start))) return null;
  return accept(x) ? x : null;
}
