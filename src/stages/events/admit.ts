import type { EventAnnotation, Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { Party } from './arguments.js';
import { CAMEO_OF, LOCATIVE, matchedWords, noDyad, ruleOf, SCENE_TARGET, TWO_SIDED, type Coding, type SentenceCoding, type Why } from './coding.js';
import { meetingToldBefore, tradeSides } from './look-back.js';
import { nearestDate, reportedAsNow, spanOfTokens } from './syntax.js';
import { emptyList, sortInPlace } from '../../document/order.js';

/**
 * The last word on a match: the parties it needs (a target for some expressions, a dyad for the
 * dictionary's bare verbs, a known actor for any active act), not the same act twice in a
 * sentence nor a meeting told again, then the event with its date and evidence.
 */
export function admitEvent(sc: SentenceCoding, c: Coding): Why | EventAnnotation {
  // No closure here reads this function's variables: one that did would make every call keep them
  // in an object of their own, coded or not. The reasons for dropping a match are made by the
  // functions below the main one, and only on the way out.
  const { ctx, s, tokens, events } = sc;
  const { m, p } = c;
  const sourceIds: string[] = emptyList();
  for (const q of c.source.parties) if (!sourceIds.includes(q.actor)) sourceIds.push(q.actor);
  let targetParties = partiesBesides(c.target.parties, sourceIds);
  if (sourceIds.length >= 2 && (p.flags.recip || TWO_SIDED.has(c.type))) {
    targetParties = targetsOfJointAct(ctx, tokens, sourceIds, targetParties);
    if (TWO_SIDED.has(c.type) && targetParties.length === 0 && c.explained) c.steps.push('several parties acting together: all are sources, no target');
  }
  // "vowed to fight on": an act only promised or threatened is a statement of its source, which
  // needs no one it is done to, as a verbal act with its clause does not.
  const stated = c.vg.future && c.type !== p.type && (c.type === 'THREATEN' || c.type === 'AGREE');
  if (p.flags.dyad && !stated && (sourceIds.length === 0 || (sourceIds.length < 2 && !targetParties.some((q) => SCENE_TARGET.has(c.type) || !afterLocative(tokens, q))))) {
    return noDyad(p);
  }
  if (p.flags.needtarget && targetParties.length === 0 && sourceIds.length < 2) return needsTarget(p);
  if (sourceIds.length === 0 && targetParties.length === 0 && c.type === 'COOPERATE' && c.mode === 'trade') {
    const sides = tradeSides(ctx, s, events);
    if (sides) {
      c.source = sides;
      sourceIds.push(...unique(sides.parties.map((q) => q.actor)));
    }
  }
  if (sourceIds.length === 0 && targetParties.length === 0) return noActor;
  // Without a known actor an active sentence gives only a guess at the target; a passive one
  // ("three soldiers were killed") names the target for certain.
  if (sourceIds.length === 0 && !c.passive) return noKnownActor(c.subject.how);
  targetParties = dedupeParties(targetParties);
  // One party per actor is left: their actors are already without repeats.
  const targetIds: string[] = emptyList();
  for (const q of targetParties) targetIds.push(q.actor);

  let sameAct: EventAnnotation | undefined;
  for (let k = sc.firstOfSentence; k < events.length; k++) {
    const e = events[k]!;
    if (e.type === c.type && sameIds(e.source, sourceIds) && (targetIds.length === 0 || sameIds(e.target, targetIds))) {
      sameAct = e;
      break;
    }
  }
  if (sameAct) return sameActAs(sameAct);
  // A bare "discussed" of the dictionary is told of an earlier meeting whatever its date says.
  const toldBare = c.type === 'CONSULT' && p.origin ? meetingToldBefore(events, s.index, [...sourceIds, ...targetIds], null, true) : null;
  if (toldBare) return toldAgain(toldBare);
  const triggerSpan = spanOfTokens(tokens, m.first, m.last);
  let date = nearestDate(ctx.dates, s, triggerSpan.start, ctx.doc.text);
  if (!date && c.claimed) {
    const next = ctx.sentences[s.index + 1];
    if (next) date = nearestDate(ctx.dates, next, next.start, ctx.doc.text);
  }
  if (!date && ctx.doc.meta.date && !c.vg.future && reportedAsNow(tokens[m.first]!, c.vg)) {
    // "President X meets Y", "is visiting": the release reports it as happening on its own date.
    date = { value: ctx.doc.meta.date, span: triggerSpan };
    if (c.explained) c.steps.push('present tense: dated by the document date');
  }
  const told = c.type === 'CONSULT' && !p.origin ? meetingToldBefore(events, s.index, [...sourceIds, ...targetIds], date?.value ?? null, false) : null;
  if (told) return toldAgain(told);

  const evidence: Span[] = [];
  for (const t of m.tokens) evidence.push({ start: tokens[t]!.start, end: tokens[t]!.end });
  for (const q of c.source.parties) for (const mm of q.mentions) evidence.push({ start: mm.start, end: mm.end });
  for (const q of targetParties) for (const mm of q.mentions) evidence.push({ start: mm.start, end: mm.end });
  if (date && (date.span.start !== triggerSpan.start || date.span.end !== triggerSpan.end)) evidence.push(date.span);
  sortInPlace(evidence, bySpan);
  let start = Infinity;
  let end = -Infinity;
  for (const e of evidence) {
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return {
    id: `ev${events.length + 1}`,
    start,
    end,
    stage: 'events',
    rule: ruleWithSteps(ruleOf(p), c.steps),
    type: c.type,
    mode: c.mode,
    source: sourceIds,
    target: targetIds,
    trigger: { start: triggerSpan.start, end: triggerSpan.end, text: matchedWords(ctx, m) },
    date: date?.value ?? null,
    sentence: s.index,
    evidence: withoutRepeats(evidence),
    cameo: c.cameo ?? CAMEO_OF[c.type],
  };
}

/** A party named after "in", "at", "near" ...: the place where, not whom. (A function of the module, not a closure made per match.) */
function afterLocative(tokens: readonly Token[], q: Party): boolean {
  return LOCATIVE.has(tokens[q.first - 1]?.lower ?? '');
}

/** The parties whose actors are not among `ids`, in their order. */
function partiesBesides(parties: readonly Party[], ids: readonly string[]): Party[] {
  const out: Party[] = emptyList();
  for (const q of parties) if (!ids.includes(q.actor)) out.push(q);
  return out;
}

/** The targets left to an act that several sources do together. */
function targetsOfJointAct(ctx: SentenceCoding['ctx'], tokens: readonly Token[], sourceIds: readonly string[], targets: readonly Party[]): Party[] {
  // "Poland and Lithuania signed an agreement in Vilnius": the place is where, not whom.
  const notPlaces = targets.filter((q) => !afterLocative(tokens, q));
  // Parties acting together do not act on their own side ("Hungarian and Romanian officials
  // agreed ... to encourage Romanian refugees ...").
  const sourceCountries = new Set<string | null | undefined>();
  for (const id of sourceIds) {
    const country = ctx.actors.get(id)?.country;
    if (country) sourceCountries.add(country);
  }
  return notPlaces.filter((q) => !sourceCountries.has(ctx.actors.get(q.actor)?.country));
}

// Why a match is dropped, said only when asked (see Why): one function each, so that admitEvent keeps no closures.
const noActor: Why = () => 'no actor found for it in the sentence';

function needsTarget(p: Coding['p']): Why {
  return () => `"${p.text}" needs someone it is done to or with, and none was found`;
}

function noKnownActor(how: string): Why {
  return () => `no known actor does it (${how})`;
}

/** `earlier` is of the match's type, so its type says the match's. */
function sameActAs(earlier: EventAnnotation): Why {
  return () => `same act as the ${earlier.type} event already coded from "${earlier.trigger.text}"`;
}

function toldAgain(meeting: EventAnnotation): Why {
  return () => `the meeting coded from "${meeting.trigger.text}" told again ("they discussed ...")`;
}

/** The rule, followed by the steps that changed the type ("->") or read a passive, when any step was taken. */
function ruleWithSteps(rule: string, steps: readonly string[]): string {
  if (steps.length === 0) return rule;
  const typeSteps = steps.filter((x) => x.includes('->') || x.startsWith('passive'));
  // The same as dropping a final "; " with an expression, without one per event.
  const text = `${rule}; ${typeSteps.join('; ')}`;
  return text.endsWith('; ') ? text.slice(0, -2) : text;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function dedupeParties(parties: Party[]): Party[] {
  // Most events have a party or two: they are compared with each other, with no set made.
  if (parties.length <= 8) {
    const out: Party[] = emptyList();
    for (const q of parties) {
      let seen = false;
      for (let k = 0; k < out.length && !seen; k++) seen = out[k]!.actor === q.actor;
      if (!seen) out.push(q);
    }
    return out;
  }
  const seen = new Set<string>();
  return parties.filter((q) => (seen.has(q.actor) ? false : (seen.add(q.actor), true)));
}

/** Spans in order of start, then end. */
const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Sorted spans without a span equal to the one before it: made in place, the list being the caller's own. */
function withoutRepeats(spans: Span[]): Span[] {
  let kept = 0;
  for (const sp of spans) {
    const last = kept > 0 ? spans[kept - 1]! : undefined;
    if (!last || last.start !== sp.start || last.end !== sp.end) spans[kept++] = sp;
  }
  spans.length = kept;
  return spans;
}
