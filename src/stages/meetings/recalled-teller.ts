import { lowerBound } from '../../document/span.js';
import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** Most modifiers between "our" and the meeting noun: "our [last two] meetings". */
const OWNED_REACH = 3;
/** Most tokens of the "when we met" clause after its verb, up to its comma: "in Geneva in May". */
const WHEN_CLAUSE_REACH = 8;

/** The named person whose mention ends right at token j (its last token), else null. */
function personEndingAt(v: MeetingText, j: number): PersonRef | null {
  const m = v.mentionAt(j);
  if (!m || m.type !== 'person' || m.form !== 'name' || v.tokenRange(m)[1] !== j + 1) return null;
  const p = v.person(m);
  return p && !p.actor.nominal ? p : null;
}

/**
 * "As X told me at our last meeting": the verb whose phrase of place is a meeting of "ours" has
 * for subject one who was at it. Returns that named subject, or null. Token i is the meeting noun.
 */
function subjectAtOurMeeting(v: MeetingText, i: number, first: number): PersonRef | null {
  let j = i - 1;
  while (j > first && i - j <= OWNED_REACH && v.lower(j) !== 'our' && /^(?:ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) j--;
  if (v.lower(j) !== 'our' || !/^(?:at|during|in)$/.test(v.lower(j - 1))) return null;
  j -= 2;
  // "told me", "said to us", "assured us": the speaker as object or after "to".
  if (/^(?:me|us)$/.test(v.lower(j))) j--;
  if (v.lower(j) === 'to' && /^(?:me|us)$/.test(v.lower(j + 1))) j--;
  if (j < first || !v.isVerb(j) || v.lower(j).endsWith('ing')) return null;
  let s = j - 1;
  while (s > first && /^(?:ADV|AUX|PART)$/.test(v.tok(s)?.pos ?? '')) s--;
  return personEndingAt(v, s);
}

/**
 * "When we met in May, X said ...": a meeting of "we" told in a clause of time whose main clause
 * has a named person speak; what was said at that meeting was said by one who took part. Token i
 * is the verb "met"; returns that speaker or null.
 */
function speakerAfterWhenWeMet(v: MeetingText, i: number, first: number, last: number): PersonRef | null {
  if (v.lower(i - 1) !== 'we' || i - 2 < first || v.lower(i - 2) !== 'when') return null;
  let c = i + 1;
  while (c < last && c - i <= WHEN_CLAUSE_REACH && v.lower(c) !== ',') {
    if (v.isVerb(c) || v.mentionAt(c)?.type === 'person') return null;
    c++;
  }
  if (v.lower(c) !== ',') return null;
  const m = v.mentionAt(c + 1) ?? v.mentionAt(c + 2);
  if (!m || m.type !== 'person' || m.form !== 'name') return null;
  const p = v.person(m);
  const verb = v.tokenRange(m)[1];
  if (!p || p.actor.nominal || !speechVerbLexicon().lemmas.has(v.lower(verb))) return null;
  return p;
}

/**
 * A meeting of the speaker ("our last meeting", "when we met") told together with what someone
 * named said there: "As X told me at our last meeting", "When we met in May, X said". The one who
 * spoke takes part in that earlier meeting with the speaker.
 */
export function recalledTellers(v: MeetingText, drafts: MeetingDraft[]): void {
  for (const d of drafts) {
    if (d.status !== 'held') continue;
    const s = v.sentences[d.sentence];
    if (!s) continue;
    const i = lowerBound(v.tokens, d.trigger.start);
    if (i >= s.tokenEnd) continue;
    const teller = v.isVerb(i) ? speakerAfterWhenWeMet(v, i, s.tokenStart, s.tokenEnd) : subjectAtOurMeeting(v, i, s.tokenStart);
    if (teller && !d.people.some((x) => x.actor.id === teller.actor.id)) d.people.push(teller);
  }
}
