import type { Document } from '../../document/document.js';
import { lowerBound } from '../../document/span.js';
import { pronounGender } from '../coreference/gender.js';
import type { Attribution } from './attribution.js';
import type { SpeakerIndex } from './speakers.js';

/** A cue whose subject is "he" or "she": "he said", "She noted". */
const PRONOUN_CUE = /^(he|she)(?![\p{L}])/iu;

/** At most this many words stand before the verb in a role phrase used as a subject. */
const MAX_SUBJECT_TOKENS = 8;

/** At most this many words make a parenthetical set off by commas between subject and verb (", for his part,"). */
const MAX_ASIDE_TOKENS = 4;

/**
 * "The head of Kyrgyz diplomacy called for the route to be extended. “...,” he said.": the subject
 * of the sentence right before a pronoun's own is the likeliest thing it takes up. When that subject
 * is a role phrase that no person mention covers (so coreference could not see it) and it stands
 * for a named person who agrees with the pronoun, the pronoun is that person's, not someone named
 * earlier.
 */
export function pronounAfterRoleSubject(doc: Document, index: SpeakerIndex, a: Attribution, quoteOpen: number): Attribution {
  const pronoun = PRONOUN_CUE.exec(doc.text.slice(a.cue.start, a.cue.start + 4));
  if (!pronoun) return a;
  const sentences = doc.layer('sentences');
  const own = lowerBound(sentences, Math.min(quoteOpen, a.cue.start) + 1) - 1;
  const prev = sentences[own - 1];
  // The sentence before in the same paragraph, or the last of the paragraph before when the pronoun's
  // sentence opens its own: "The visiting Prime Minister thanked India.\n\n“...,” he said."
  if (own < 1 || !prev || (prev.paragraph !== sentences[own]!.paragraph && prev.paragraph !== sentences[own]!.paragraph - 1)) return a;
  const tokens = doc.layer('tokens');
  let k = prev.tokenStart;
  if (tokens[k]?.lower === 'the') k++;
  const first = k;
  for (; k < prev.tokenEnd && k - first < MAX_SUBJECT_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || /^(?:VERB|AUX)$/.test(t.pos)) break;
  }
  let subjectEnd = tokens[k]?.start ?? prev.end;
  // "The head of the Serbian diplomacy, in turn, thanked ...": a short aside in lower-case words set off by
  // commas stands between the subject and its verb and is no part of either.
  if (k > first && tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < prev.tokenEnd && j - k <= MAX_ASIDE_TOKENS && tokens[j]!.kind === 'word' && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
    if (j > k + 1 && tokens[j]?.text === ',') k = j + 1;
  }
  const verb = tokens[k];
  if (k === first || !verb || k >= prev.tokenEnd || !/^(?:VERB|AUX)$/.test(verb.pos) || !/^\p{Ll}/u.test(verb.text)) return a;
  if (verb.start < subjectEnd) subjectEnd = verb.start;
  // A person named in the subject is coreference's to weigh; only a phrase it cannot see is read here.
  if (index.firstPersonFrom(prev.start, verb.start) !== null) return a;
  // Read without its article: a sentence-initial "The" is capitalised where the role patterns expect "the".
  const holder = index.referent(doc.text.slice(tokens[first]!.start, subjectEnd), prev.start);
  if (!holder || holder.id === a.speaker || !index.agrees(holder, pronounGender(pronoun[1]!))) return a;
  return { ...a, speaker: holder.id, rule: `${a.rule.replace(/\+(?:nearest-person|unresolved)$/, '')}+role-subject-before` };
}
