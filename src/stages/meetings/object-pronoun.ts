import { genderOf } from '../coreference/gender.js';
import { sentenceSubject } from './grammar.js';
import type { MeetingText, PersonRef } from './view.js';

/** Object pronouns of one person and the gender each stands for. */
const OBJECT_PRONOUN = new Map<string, 'f' | 'm'>([['him', 'm'], ['her', 'f']]);

/**
 * "X accepted an invitation from Minister Y to visit Seoul and met him there": an object pronoun
 * of a meeting verb that no earlier stage resolved stands for the one person named earlier in the
 * same sentence who could be it: not the verb's subject (the main clause's for a verb coordinated
 * with it), and not of the other gender. With two or more such people ("an invitation from A and
 * B ... met him") it is left unread, and so is "her" before a noun, a possessive ("met her
 * counterpart"). The person, with the subject told apart from it, or null.
 */
export function pronounObject(v: MeetingText, k: number, first: number, last: number, own: readonly PersonRef[]): { object: PersonRef[]; subject: PersonRef[] } | null {
  const gender = OBJECT_PRONOUN.get(v.lower(k));
  if (!gender) return null;
  if (gender === 'f' && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(v.tok(k + 1)?.pos ?? '')) return null;
  // "X had received a letter from Y ... and called on him": a verb with no subject of its own shares the main clause's.
  const subject: PersonRef[] = own.length > 0 ? [...own] : sentenceSubject(v, first, last);
  // A pronoun resolved already stands as resolved, unless to the verb's own subject, which an object
  // pronoun never is ("X called on him" is not X calling on X: that would be "himself").
  const resolved = v.person(v.mentionAt(k));
  if (resolved && !subject.some((x) => x.actor.id === resolved.actor.id)) return null;
  let found: PersonRef | null = null;
  for (let j = first; j < k; j++) {
    const m = v.mentionAt(j);
    const p = v.person(m);
    if (!p || !m || m.form === 'pronoun' || subject.some((x) => x.actor.id === p.actor.id) || found?.actor.id === p.actor.id) continue;
    const g = genderOf(p.actor.name, p.actor.title ?? null);
    if (g !== null && g !== gender) continue;
    if (found) return null;
    found = p;
  }
  return found ? { object: [found], subject } : null;
}

/** Whether the object read at k is one object pronoun, resolved by an earlier stage: "called on him". */
export function pronounOnly(v: MeetingText, k: number, object: readonly PersonRef[]): boolean {
  return object.length === 1 && OBJECT_PRONOUN.has(v.lower(k)) && object[0]!.mention === v.mentionAt(k);
}
