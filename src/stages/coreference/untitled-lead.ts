import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { sentenceOf } from './pronouns.js';

/**
 * What may stand before a clause's subject in its sentence: nothing, or one opening phrase and its
 * comma ("At the beginning of the meeting, ", "During the talks, ", "On Monday, ").
 */
const OPENING_PHRASE = /^(?:[^,;:.!?“”"«»\n]{1,80},[ \t\u00a0]+)?$/u;
/** After the subject: a space and a lower-case word (its verb: "noted", "had", "met"), not a label's colon. */
const VERB_AFTER = /^[ \t\u00a0]+\p{Ll}/u;

/**
 * "At the beginning of the working meeting, Vladimir Putin noted ...": an official release names its
 * own principal by name alone, its readers knowing who he is. The first person the body names who
 * never gets an office in the text is that principal when that first mention is the subject of its
 * clause (at the start of its sentence, or after one opening phrase), followed by its verb. Any
 * other first place (an object, "informed X"; a transcript label, "X: Mr President, ...") says
 * nothing, and neither does a later untitled person (a predecessor, a guest named bare), nor one
 * named after an official of the issuer's own government (`ownOfficial`), who is then the principal.
 *
 * Returns the actor of that person, or null.
 */
export function untitledLead(
  text: string,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  bodyStart: number,
  actorById: ReadonlyMap<string, Actor>,
  ownOfficial: (a: Actor) => boolean,
): Actor | null {
  for (const m of mentions) {
    if (m.start < bodyStart || m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const a = actorById.get(m.actor);
    if (!a || a.type !== 'person') continue;
    if (a.title) {
      if (ownOfficial(a)) return null;
      continue;
    }
    const sentence = sentences[sentenceOf(sentences, m)];
    const from = sentence && sentence.start <= m.start ? Math.max(sentence.start, text.lastIndexOf('\n', m.start - 1) + 1) : text.lastIndexOf('\n', m.start - 1) + 1;
    if (!OPENING_PHRASE.test(text.slice(from, m.start))) return null;
    return VERB_AFTER.test(text.slice(m.end, m.end + 3)) ? a : null;
  }
  return null;
}
