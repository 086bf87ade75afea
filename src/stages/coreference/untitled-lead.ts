import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { sentenceOf } from './pronouns.js';
import { countryByName } from '../../lexicon/countries.js';

/**
 * What may stand before a clause's subject in its sentence: nothing, or one or two opening phrases,
 * each closed by its comma ("At the beginning of the meeting, ", "During the talks, ", "On 22
 * October, on the sidelines of the summit in Kazan, ").
 */
const OPENING_PHRASE = /^(?:[^,;:.!?“”"«»\n]{1,80},[ \t\u00a0]+){0,2}$/u;
/** After the subject: a space and a lower-case word (its verb: "noted", "had", "met"), not a label's colon. */
const VERB_AFTER = /^[ \t\u00a0]+\p{Ll}/u;
/** After a transcript's speaker label: its colon. */
const LABEL_AFTER = /^[ \t\u00a0]*:/u;
/** "Welcome to the Republic of Armenia": a host welcoming guests to a state, in the words after a label. */
const WELCOME_TO = /\bwelcome(?:[ \t\u00a0]+(?:you|everyone|all))?[ \t\u00a0]+to[ \t\u00a0]+((?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’-]*|of)(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}'’-]*|of)){0,4})/iu;
/** How far into a label's speech a welcome is looked for. */
const WELCOME_REACH = 300;

/** The state a speech's opening welcomes its guests to, if it names one: "Welcome to the Republic of Armenia" -> ARM. */
function welcomedTo(text: string, from: number): string | null {
  const m = WELCOME_TO.exec(text.slice(from, from + WELCOME_REACH));
  if (!m) return null;
  const words = m[1]!.split(/[ \t\u00a0]+/);
  for (let n = words.length; n >= 1; n--) {
    const country = countryByName(words.slice(0, n).join(' '));
    if (country) return country.iso3;
  }
  return null;
}

/**
 * "At the beginning of the working meeting, Vladimir Putin noted ...": an official release names its
 * own principal by name alone, its readers knowing who he is. The first person the body names who
 * never gets an office in the text is that principal when that first mention is the subject of its
 * clause (at the start of its sentence, or after one opening phrase), followed by its verb. Any
 * other first place (an object, "informed X"; a transcript label, "X: Mr President, ...") says
 * nothing, and neither does a later untitled person (a predecessor, a guest named bare), nor one
 * named after an official of the issuer's own government (`ownOfficial`), who is then the principal.
 * A transcript's first speaker label ("X: Mr Prime Minister, ...") is the host, and so the issuer's
 * principal too, unless the speech welcomes the guests to a state other than `home`.
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
  home: string,
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
    // "Mikhail Mishustin: Mr Aripov, welcome ...": the first speaker of a transcript, at the start of
    // the line, is the host, the issuer's own, unless the speech welcomes the guests to another state.
    if (from === m.start && (from === 0 || text[from - 1] === '\n') && LABEL_AFTER.test(text.slice(m.end, m.end + 3))) {
      const welcomed = welcomedTo(text, m.end);
      return welcomed === null || welcomed === home ? a : null;
    }
    if (!OPENING_PHRASE.test(text.slice(from, m.start))) return null;
    return VERB_AFTER.test(text.slice(m.end, m.end + 3)) ? a : null;
  }
  return null;
}
