import { genderOf } from '../coreference/gender.js';
import type { MeetingText, PersonRef } from './view.js';

/** Object pronouns of one person and the gender each stands for. */
const OBJECT_PRONOUN = new Map<string, 'f' | 'm'>([['him', 'm'], ['her', 'f']]);

/**
 * "X accepted an invitation from Minister Y to visit Seoul and met him there": an object pronoun
 * of a meeting verb that no earlier stage resolved stands for the one person named earlier in the
 * same sentence who could be it: not the verb's own subject, and not of the other gender. With two
 * or more such people ("an invitation from A and B ... met him") it is left unread, and so is "her"
 * before a noun, which is a possessive ("met her counterpart").
 */
export function objectPronounReferent(v: MeetingText, k: number, first: number, subject: readonly PersonRef[]): PersonRef[] {
  const gender = OBJECT_PRONOUN.get(v.lower(k));
  if (!gender || v.person(v.mentionAt(k))) return [];
  if (gender === 'f' && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(v.tok(k + 1)?.pos ?? '')) return [];
  let found: PersonRef | null = null;
  for (let j = first; j < k; j++) {
    const m = v.mentionAt(j);
    const p = v.person(m);
    if (!p || !m || m.form === 'pronoun' || subject.some((x) => x.actor.id === p.actor.id) || found?.actor.id === p.actor.id) continue;
    const g = genderOf(p.actor.name, p.actor.title ?? null);
    if (g !== null && g !== gender) continue;
    if (found) return [];
    found = p;
  }
  return found ? [found] : [];
}
