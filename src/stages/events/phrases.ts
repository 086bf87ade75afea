import type { Sentence, Token } from '../../document/layers.js';
import { findObject, type Arguments } from './arguments.js';
import { actorMentionAt, type EventContext } from './context.js';
import type { EventCues } from './lexicon.js';
import type { PatternMatch } from './match.js';

/**
 * Phrases that name a party in a particular role: "between X and Y" (both sides), "for talks
 * with X" (the one met on a visit), "the attack on X" (a victim, not the one accused), "in X"
 * (where it happened).
 */

/** No token to stop at and no actor to pass over: read-only, shared by every call. */
const NO_STOPS: ReadonlySet<number> = new Set();
const NO_ACTORS: ReadonlySet<string> = new Set();

/** The coordinated parties after "between" inside a noun expression, if any. */
export function partiesBetween(ctx: EventContext, s: Sentence, m: PatternMatch, cues: EventCues): Arguments | null {
  for (let t = m.first; t <= m.last; t++) {
    if (ctx.tokens[t]!.lower !== 'between') continue;
    const found = findObject(ctx, s, t + 1, cues, NO_STOPS, NO_ACTORS);
    if (found.parties.length === 1) {
      // "between Belarus and Tula Oblast amounted to": "between" always takes two, even when a
      // verb follows the second (which the general list reader takes for a new clause).
      const first = found.parties[0]!;
      let k = first.last + 1;
      while (k < s.tokenEnd && ctx.tokens[k]!.pos === 'DET') k++;
      if (ctx.tokens[k]?.lower === 'and') {
        const second = findObject(ctx, s, k + 1, cues, NO_STOPS, new Set([first.actor]));
        const next = second.parties[0];
        if (next && next.first <= k + 3) return { parties: [first, next], how: 'parties named after "between"' };
      }
    }
    return { parties: found.parties, how: 'parties named after "between"' };
  }
  return null;
}

/** Nouns of talks whose "with" names the one met. */
const TALK_NOUNS = new Set(['talks', 'meeting', 'meetings', 'negotiations', 'consultations', 'discussions']);

/** "for talks with X", "to meet X" later in the clause of a visit: X. */
export function partyMetWith(ctx: EventContext, s: Sentence, from: number, cues: EventCues): Arguments | null {
  for (let t = from; t < s.tokenEnd - 1 && t < from + 14; t++) {
    const w = ctx.tokens[t]!.lower;
    if (w === ';' || w === '.' || cues.reporting.has(w)) return null;
    const talk = TALK_NOUNS.has(w) && ctx.tokens[t + 1]!.lower === 'with';
    const meet = (w === 'meet' || w === 'see') && ctx.tokens[t - 1]?.lower === 'to';
    if (!talk && !meet) continue;
    const found = findObject(ctx, s, t + (talk ? 2 : 1), cues, NO_STOPS, NO_ACTORS);
    return found.parties.length ? { parties: found.parties, how: `party met: after "${ctx.tokens[t]!.text}${talk ? ' with' : ''}"` } : null;
  }
  return null;
}

const VIOLENT_ACTS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'shelling', 'killing', 'killings', 'murder', 'assault', 'raid', 'raids', 'strike', 'strikes', 'assassination', 'kidnapping', 'abduction', 'arson', 'massacre', 'detention', 'arrest']);

/** "the attack on X", "the killing of X", "strikes against X" between the trigger and the party: that word, else null. */
export function victimOfCondemnedAct(ctx: EventContext, s: Sentence, from: number, partyFirst: number): string | null {
  if (partyFirst < 0) return null;
  for (let t = from; t < partyFirst && t < s.tokenEnd - 1; t++) {
    const w = ctx.tokens[t]!.lower;
    const next = ctx.tokens[t + 1]!.lower;
    if (VIOLENT_ACTS.has(w) && (next === 'on' || next === 'against' || next === 'of' || next === 'targeting')) return ctx.tokens[t]!.text;
  }
  return null;
}

const SCENE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'inside']);

/** The place after "in"/"at"/"near" later in the clause, as a party: where the act happened. */
export function sceneOf(ctx: EventContext, s: Sentence, from: number, exclude: ReadonlySet<string>, clauseEnd = from + 30): Arguments | null {
  for (let t = from + 1; t < s.tokenEnd && t < from + 30 && t <= clauseEnd; t++) {
    if (!SCENE_PREPOSITIONS.has(ctx.tokens[t - 1]!.lower) && !(ctx.tokens[t - 1]!.lower === 'the' && SCENE_PREPOSITIONS.has(ctx.tokens[t - 2]?.lower ?? ''))) continue;
    const m = actorMentionAt(ctx, t);
    if (!m || exclude.has(m.actor!)) continue;
    const a = ctx.actors.get(m.actor!)!;
    if (a.type !== 'place' || !a.country) continue;
    return { parties: [{ actor: a.id, mentions: [m], first: t, last: t }], how: `where it happened: "${ctx.tokens[t - 1]!.text} ${m.text}"` };
  }
  return null;
}

/**
 * "visiting", "outgoing", "ruling" right before a name or a noun describe it ("met with
 * visiting Prime Minister X"): they start no new clause, so the object search goes on.
 */
export function attributiveParticiple(ctx: EventContext, h: number): boolean {
  const tok = ctx.tokens[h]!;
  if (!tok.lower.endsWith('ing')) return false;
  const next = ctx.tokens[h + 1];
  if (!next || next.sentence !== tok.sentence) return false;
  return next.pos === 'PROPN' || next.pos === 'ADJ' || ctx.mentionOfToken[h + 1]! >= 0;
}

export function hasInfinitive(tokens: readonly Token[], s: Sentence, from: number, to: number): boolean {
  for (let t = from; t < Math.min(to, s.tokenEnd - 1, from + 30); t++) {
    if (tokens[t]!.lower === 'to' && tokens[t + 1]!.pos === 'VERB') return true;
  }
  return false;
}
