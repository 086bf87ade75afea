import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** Most tokens the inviters' names and offices run to. */
const MAX_INVITERS = 30;

/**
 * "At the invitation of President X, President Y paid a state visit to Astana": one who invites a
 * visitor to come is the host the visit is paid to. The phrase is "at (upon, on) the invitation
 * of", anywhere in the visit's sentence; an invitation merely mentioned ("thanked X for the
 * invitation", "accepted the invitation of X") names no host here. The people listed after "of"
 * are read directly: the general list reader takes a person after "of" and a common noun for one
 * spoken of ("the family of X").
 */
export function invitingHost(v: MeetingText, first: number, last: number): PersonRef[] {
  for (let k = first + 2; k + 1 < last; k++) {
    if (v.lower(k) !== 'invitation' || v.lower(k + 1) !== 'of' || v.lower(k - 1) !== 'the') continue;
    const before = v.lower(k - 2);
    if (before !== 'at' && before !== 'upon' && before !== 'on') continue;
    const out: PersonRef[] = [];
    for (let j = k + 2; j < last && j - k <= MAX_INVITERS;) {
      const m = v.mentionAt(j);
      if (m) {
        const p = v.person(m);
        if (p && !v.isPossessive(v.tokenRange(m)[1])) out.push(p);
        j = Math.max(v.tokenRange(m)[1], j + 1);
      } else if (v.inNounPhrase(j) || v.lower(j) === 'and') j++;
      else {
        // "at the invitation of X, whom he is expected to meet later this week": a relative clause on
        // the inviter tells for itself whether and when the two meet (the meeting verb reads "whom").
        if (v.lower(j) === ',' && v.lower(j + 1) === 'whom') return [];
        break;
      }
    }
    return out;
  }
  return [];
}

/**
 * Whether a personal pronoun stands as an object in the sentence ("held talks with him", "met
 * her"): it may be the one who invited, met in so many words though no draft names them.
 */
function objectPronounIn(v: MeetingText, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const w = v.lower(k);
    if (w === 'him' || w === 'them') return true;
    // "her" before a noun is a determiner ("her counterpart"); as an object it ends its phrase.
    if (w === 'her' && (v.lower(k - 1) === 'with' || v.lower(k - 1) === 'by' || v.isVerb(k - 1)) && !v.inNounPhrase(k + 1)) return true;
  }
  return false;
}

/**
 * "At the invitation of Prime Minister A, Minister B visited Lisbon, where he was received by
 * Minister C", "... B visited Lisbon. During the visit, he held talks with Minister C": when the
 * visit's own sentence, or the one after it, names someone else the visitor met, that one is the
 * host, and the one who invited is told of only as the sender of the invitation. The inviter read in
 * as host is taken out of the visit, unless a meeting of those sentences puts the inviter with the
 * visitor in so many words, by name or by a pronoun ("... and held talks with her").
 */
export function dropInviterBesideHost(v: MeetingText, drafts: readonly MeetingDraft[]): void {
  // Most texts have no visit at all: no sentences to group then.
  let visit = false;
  for (const d of drafts) if (d.kind === 'visit') visit = true;
  if (!visit) return;
  const bySentence = new Map<number, MeetingDraft[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  for (const [at, own] of bySentence) {
    if (!own.some((d) => d.kind === 'visit')) continue;
    const s = v.sentences[at];
    if (!s) continue;
    const inviters = new Set(invitingHost(v, s.tokenStart, s.tokenEnd).map((p) => p.actor.id));
    if (inviters.size === 0) continue;
    const next = v.sentences[at + 1];
    dropFromWindow(v, inviters, [...own, ...(bySentence.get(at + 1) ?? [])], s.tokenStart, next ? next.tokenEnd : s.tokenEnd);
  }
}

/** dropInviterBesideHost over the drafts of one visit's sentence and the next, whose tokens run from `first` to `last`. */
function dropFromWindow(v: MeetingText, inviters: ReadonlySet<string>, window: readonly MeetingDraft[], first: number, last: number): void {
  const hosting = (d: MeetingDraft) => d.kind === 'visit' && d.people.some((p) => inviters.has(p.actor.id));
  const visitors = new Set(window.filter(hosting).flatMap((d) => d.people.filter((p) => !inviters.has(p.actor.id)).map((p) => p.actor.id)));
  let otherHost = false;
  for (const d of window) {
    if (hosting(d) || d.status !== 'held' || !d.people.some((p) => visitors.has(p.actor.id))) continue;
    if (d.people.some((p) => inviters.has(p.actor.id))) return;
    if (d.people.some((p) => !visitors.has(p.actor.id))) otherHost = true;
  }
  if (!otherHost || objectPronounIn(v, first, last)) return;
  for (const d of window) if (hosting(d)) d.people = d.people.filter((p) => !inviters.has(p.actor.id));
}
