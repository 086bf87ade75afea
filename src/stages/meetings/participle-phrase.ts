import type { MeetingText, PersonRef } from './view.js';
import { antecedentEndingAt } from './grammar.js';

/**
 * A past participle right after the noun phrase a verb or preposition governs is a reduced
 * passive relative clause, no verb with a subject of its own: in "We welcome the progress made in
 * the talks" the one who made the progress is left unsaid, and the speaker of "welcome" is not
 * shown to have been at the talks. "The two sides agreed during the talks" is a clause of its
 * own: a noun for people before the verb is its subject.
 */

/** Irregular past participles that commonly modify the outcome of talks: "the progress made", "the decisions taken". */
const IRREGULAR_PARTICIPLE = /^(?:made|done|held|taken|won|given|shown|struck|set|seen|brought|sought|built|put|laid|drawn|begun|undertaken)$/;
/** Nouns for people or the parties to talks, which before a verb are its subject. */
const PEOPLE_NOUN = /^(?:sides|side|parties|party|leaders|leader|ministers|minister|delegations|delegation|countries|country|states|heads|officials|presidents|participants|members|governments|two|both)$/;
/** Most determiners and modifiers before the noun: "the significant economic progress". */
const MODIFIERS = 3;

/** Whether the verb at j is a past participle modifying the object of a verb or preposition before it. */
export function participleOfObject(v: MeetingText, j: number, first: number): boolean {
  const l = v.lower(j);
  if (!/ed$/.test(l) && !IRREGULAR_PARTICIPLE.test(l)) return false;
  const noun = j - 1;
  const t = v.tok(noun);
  if (!t || noun <= first || t.pos !== 'NOUN' || v.isCap(noun) || PEOPLE_NOUN.test(t.lower) || v.mentionAt(noun)) return false;
  let k = noun - 1;
  while (k > first && noun - k <= MODIFIERS && /^(?:DET|ADJ|NUM)$/.test(v.tok(k)?.pos ?? '')) k--;
  if (k === noun - 1 && v.tok(k)?.pos !== 'VERB' && v.tok(k)?.pos !== 'ADP') return false;
  const head = v.tok(k);
  return head !== undefined && !v.isCap(k) && (head.pos === 'ADP' || (v.isVerb(k) && head.pos !== 'AUX'));
}

/** Most tokens of a participle aside set off by commas: ", summoned to the Foreign Ministry on Tuesday,". */
const ASIDE_REACH = 14;

/**
 * "Ambassador X, summoned to the Ministry on Tuesday, was handed a note": a past participle right
 * after the comma that follows a named person, with no auxiliary, is a reduced passive relative
 * clause about that person, who is its subject. Gives the person and the comma that closes the
 * aside (or -1 when the sentence ends first); null when no person stands right before the comma
 * or the participle takes an object of its own ("X, summoned the Ambassador" is no aside).
 */
export function personOfParticipleAside(v: MeetingText, i: number, first: number, last: number): { person: PersonRef; close: number } | null {
  if (i - 2 < first || v.lower(i - 1) !== ',' || !v.lower(i).endsWith('ed')) return null;
  const person = antecedentEndingAt(v, i - 2, first);
  if (!person) return null;
  const next = v.lower(i + 1);
  if (next === 'the' || next === 'a' || next === 'an' || v.person(v.mentionAt(i + 1))) return null;
  for (let k = i + 1; k < last && k - i <= ASIDE_REACH; k++) {
    const l = v.lower(k);
    if (l === ',') return { person, close: k };
    if (l === '.' || l === ';' || (v.isVerb(k) && !l.endsWith('ed') && !l.endsWith('ing'))) return null;
  }
  return { person, close: -1 };
}
