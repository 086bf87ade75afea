import { eventLexicon } from '../events/lexicon.js';
import type { MeetingText } from './view.js';

/** Most words between the verb and the head of its object: "met [all of its] deadlines". */
const OBJECT_REACH = 4;
/** Words that may stand before the head of a thing met besides determiners: "every", "all of", "its own". */
const BEFORE_HEAD = /^(?:every|each|all|both|most|many|some|of|own|such|these|those)$/;

let blocked: Map<string, Set<string>> | null = null;

/**
 * For each verb form, the object heads the event patterns list as blockers right after it
 * ("meet needs|requirements|targets|deadline|obligations"): what one meets there is a thing, not a person.
 */
function blockedObjects(): Map<string, Set<string>> {
  if (blocked) return blocked;
  blocked = new Map();
  for (const p of eventLexicon().patterns) {
    if (p.type !== null || p.elements.length !== 2 || p.elements[1]!.longGap) continue;
    const heads = p.elements[1]!.alternatives.filter((a) => a.length === 1).flatMap((a) => [...a[0]!]);
    for (const alt of p.elements[0]!.alternatives) {
      if (alt.length !== 1) continue;
      for (const form of alt[0]!) {
        let set = blocked.get(form);
        if (!set) blocked.set(form, (set = new Set()));
        for (const h of heads) set.add(h);
      }
    }
  }
  return blocked;
}

/**
 * Whether the verb at `verb` takes as its object, starting at `end`, a thing the lexicon says one
 * meets without meeting anyone: "has met every deadline", "met its obligations", "met the targets".
 */
export function thingMet(v: MeetingText, verb: number, end: number, last: number): boolean {
  const heads = blockedObjects().get(v.lower(verb));
  if (!heads) return false;
  const determiners = eventLexicon().cues.determiners;
  for (let j = end; j < last && j - end <= OBJECT_REACH; j++) {
    const l = v.lower(j);
    // "her commitments": a possessive determiner may be a pronoun mention; any other mention is one met.
    if (determiners.has(l) || BEFORE_HEAD.test(l)) continue;
    if (v.mentionAt(j)) return false;
    if (heads.has(l)) return true;
    if (v.tok(j)?.pos !== 'ADJ') return false;
  }
  return false;
}
