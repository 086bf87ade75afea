import { emptyList } from '../../document/order.js';
import { findAgent, findObject, findProtestTarget, findSubject, firstSubject, type Arguments, type Party } from './arguments.js';
import { MATERIAL_GOODS, noDyad, retype, SCENE_TARGET, type Coding, type SentenceCoding, type Why } from './coding.js';
import { addresseeOfQuote, lastPartner, meetingSides, tradeSides } from './look-back.js';
import { PARTICLES } from './clause.js';
import { attributiveParticiple, hasInfinitive, partiesBetween, partyMetWith, sceneOf, victimOfCondemnedAct } from './phrases.js';
import { backgroundOpener, readVerbGroup } from './syntax.js';

/**
 * Who acts and who is acted upon: the clause's subject (or the one an elided subject, a
 * participle clause, "the sides" or a claimed call refers to), then source and target by voice
 * and expression, then the target's roles ("you" in a quote, the victim of a condemned attack,
 * the one met on a visit, where a clash happened).
 */
export function findParties(sc: SentenceCoding, c: Coding): Why | null {
  c.passive = c.vg.passive && !c.p.flags.nopassive;
  if (c.passive) c.steps.push('passive voice: the subject is acted upon');
  return findClauseSubject(sc, c) ?? dyadWithoutSource(c) ?? sourceAndTarget(sc, c) ?? refineTarget(sc, c);
}

/** A bare dictionary verb in an active clause without a subject has no source: no dyad (checked early, as most are). */
function dyadWithoutSource(c: Coding): Why | null {
  return c.p.flags.dyad && !c.p.flags.inverse && !c.passive && c.subject.parties.length === 0 ? noDyad(c.p) : null;
}

/** Words that may sit between a subject and its verb group in "X in [the city of] Lagos protested". */
const PLACE_PHRASE_POS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);

/** "businessmen in Lagos protested": the subject's own phrase goes on with "in" + a place up to the verb. */
function placedSubject(tokens: readonly { lower: string; pos: string }[], subjectEnd: number, verbStart: number): boolean {
  if (verbStart - subjectEnd > 7 || verbStart - subjectEnd < 3) return false;
  const prep = tokens[subjectEnd + 1]!.lower;
  if (prep !== 'in' && prep !== 'at') return false;
  for (let t = subjectEnd + 2; t < verbStart; t++) if (!PLACE_PHRASE_POS.has(tokens[t]!.pos)) return false;
  return true;
}

/** The prepositions after which the dictionary's verbs find their target ("fired on", "handed over to"). */
const DIRECTED_PREPOSITIONS = new Set(['to', 'on', 'upon', 'against', 'with', 'at', 'into', 'toward', 'towards', 'from', 'onto', 'of', 'in', 'near', 'by', 'between', 'along', 'across', 'over', 'through']);

function findClauseSubject(sc: SentenceCoding, c: Coding): Why | null {
  const { ctx, s, tokens, cues } = sc;
  const { m, p } = c;
  const before = c.vg.start - 1;
  const beforeTok = before >= s.tokenStart ? tokens[before]! : null;
  const conjunction = beforeTok?.lower === 'and' || beforeTok?.lower === 'or' || beforeTok?.lower === 'but';
  if (conjunction && beforeTok.lower !== 'but' && backgroundOpener(tokens, s, before - 1, cues, m.first, ctx.inDate)) {
    return () => 'second verb of a background clause ("a resolution that aims to ... and impose ...")';
  }
  let subject: Arguments;
  if (conjunction) {
    subject = sc.previousSubject ?? firstSubject(ctx, s, before, cues);
    subject = { parties: subject.parties, how: `elided subject after "${beforeTok.text}": ${subject.how}` };
  } else if (beforeTok?.text === ',' && tokens[m.first]!.lower.endsWith('ing') && c.vg.words.length === 0) {
    // ", pledging to ...": the participle's subject is the main clause's, which an earlier
    // event of this sentence has already found; the first name of the sentence may be a dateline.
    subject = sc.previousSubject ?? firstSubject(ctx, s, before, cues);
    subject = { parties: subject.parties, how: `participle clause: ${subject.how}` };
  } else if (c.claimed) {
    subject = c.claimed;
    if (c.type !== 'AGREE') retype(c, 'AGREE', MATERIAL_GOODS.has(c.type) ? 'offer' : null, 'called for by its speaker: a stated will to cooperate');
  } else if (c.purposeProtest) {
    subject = firstSubject(ctx, s, before, cues);
    subject = { parties: subject.parties, how: `protest as the purpose of the sentence's act: ${subject.how}` };
  } else {
    subject = findSubject(ctx, s, before, cues);
    // "Vučić told reporters after the telephone conversation": for a noun expression the party
    // right after a verb is that verb's object; the actor is the verb's subject.
    const first = subject.parties[0];
    if (p.flags.noun && first && first.first - 1 > s.tokenStart && tokens[first.first - 1]!.pos === 'VERB') {
      const again = findSubject(ctx, s, first.first - 2, cues);
      if (again.parties.length) subject = { parties: again.parties, how: `subject of "${tokens[first.first - 1]!.text}" (the party after it is its object)` };
    }
  }
  if (subject.parties.length === 0 && !c.passive) subject = meetingSides(ctx, s, before, sc.events, cues) ?? subject;
  c.subject = subject;
  return null;
}

/** Where the object search stops: the next event verb; for the dictionary, the end of the verb's clause. */
function objectStops(sc: SentenceCoding, c: Coding): ReadonlySet<number> {
  const { ctx, s, tokens } = sc;
  const { m } = c;
  // A complement is searched whole.
  if (c.governor) return NO_STOPS;
  // Made at the first stop: most searches have none.
  let stopAt: Set<number> | null = null;
  if (m.clauseEnd !== undefined) {
    // The dictionary's verbs take as target their object or the object of a preposition that
    // points at someone ("fired on", "handed over to"); "discussed preparations for the summit
    // of X" is about X, not done to X.
    stopAt = new Set([m.clauseEnd]);
    for (let t = m.last + 1; t < m.clauseEnd; t++) {
      // "beat up the detainees": a particle right after the verb belongs to it.
      if (t === m.last + 1 && PARTICLES.has(tokens[t]!.lower)) continue;
      if (tokens[t]!.pos === 'ADP' && !DIRECTED_PREPOSITIONS.has(tokens[t]!.lower)) {
        stopAt.add(t);
        break;
      }
    }
  }
  for (let h = m.last + 1; h < s.tokenEnd && h <= m.last + 17; h++) {
    if (sc.heads.has(h) && tokens[h]!.pos === 'VERB' && tokens[h - 1]?.lower !== 'to' && !attributiveParticiple(ctx, h)) (stopAt ??= new Set()).add(h);
  }
  return stopAt ?? NO_STOPS;
}

/** No stops, no actors left out: one of each for every object search that has none (only ever read). */
const NO_STOPS: ReadonlySet<number> = new Set();
const NO_ACTORS: ReadonlySet<string> = new Set();

/** The actors of `parties`, to leave out of the search for an object: a set only when there are some. */
function actorsOf(parties: readonly Party[]): ReadonlySet<string> {
  if (parties.length === 0) return NO_ACTORS;
  const ids = new Set<string>();
  for (const q of parties) ids.add(q.actor);
  return ids;
}

function sourceAndTarget(sc: SentenceCoding, c: Coding): Why | null {
  const { ctx, s, tokens, cues, events } = sc;
  const { m, p, subject } = c;
  let pair = p.flags.noun ? partiesBetween(ctx, s, m, cues) : null;
  if (pair && pair.parties.length === 1 && c.type === 'COOPERATE' && c.mode === 'trade') {
    // "trade between Belarus and the region": the other side is the one of another country
    // that the meeting or the sentence before names.
    const known = pair.parties[0]!;
    const home = ctx.actors.get(known.actor)?.country;
    const other = tradeSides(ctx, s, events)?.parties.find((q) => ctx.actors.get(q.actor)?.country !== home);
    if (home && other) pair = { parties: [known, other], how: `${pair.how}; the other side from context` };
  }
  if (pair && pair.parties.length >= 2) {
    // "trade between Belarus and China reached ...": both are parties, neither a target.
    c.source = pair;
    c.target = { parties: emptyList(), how: 'both sides named after "between"' };
  } else if (p.flags.reported || c.reportedObligation) {
    // "X said (that) Y must ...": Y is asked; X, the one saying it, asks.
    c.target = subject;
    const before = c.vg.start - 1;
    const firstOfSubject = Math.min(...subject.parties.map((q) => q.first), before);
    let k = firstOfSubject - 1;
    // Skip "that" and a time expression ("said on Tuesday that", "declared today that").
    const skippable = (i: number) => {
      const w = tokens[i]!;
      if (ctx.mentionOfToken[i]! >= 0) return false;
      return w.lower === 'that' || w.lower === 'on' || w.lower === 'late' || w.lower === 'early' || ctx.inDate[i] === 1 || ['ADV', 'PROPN', 'NUM', 'NOUN'].includes(w.pos);
    };
    while (k >= s.tokenStart && k > firstOfSubject - 6 && skippable(k)) k--;
    const verb = k >= s.tokenStart ? tokens[k]! : null;
    if (!verb || (!cues.reporting.has(verb.lower) && verb.pos !== 'VERB')) return () => 'no one is reported as saying it';
    const vg2 = readVerbGroup(tokens, s, k, sc.lexicon);
    const speaker = findSubject(ctx, s, vg2.start - 1, cues);
    c.source = { parties: speaker.parties, how: `speaker of "${verb.text}": ${speaker.how}` };
    if (c.explained) c.steps.push(`reported obligation: "${verb.text} ... ${tokens[m.first]!.text}"`);
  } else if (c.passive) {
    c.target = subject;
    c.source = findAgent(ctx, s, m.last + 1, cues);
  } else {
    c.source = subject;
    // The object may sit inside the expression ("give Tanzania a grant"), so look from the head on.
    const noTarget = p.flags.notarget || (c.embedded?.pattern.flags.notarget ?? false);
    c.target = noTarget
      ? { parties: emptyList(), how: 'this act has no target' }
      : findObject(ctx, s, m.targetFrom ?? m.first + 1, cues, objectStops(sc, c), actorsOf(subject.parties));
  }
  return null;
}

function refineTarget(sc: SentenceCoding, c: Coding): Why | null {
  const { ctx, s, tokens, cues, events } = sc;
  const { m, p } = c;
  if (c.target.parties.length === 0 && c.target.how.includes('no known referent')) {
    c.target = addresseeOfQuote(ctx, tokens[m.first]!.start, events, s.index) ?? c.target;
  }
  if (c.type === 'ACCUSE' && c.target.parties.length > 0 && !c.passive) {
    // "condemned the attack on the Serbian embassy": the embassy was attacked; the one accused
    // is whoever attacked, named after "by" if at all.
    const victim = victimOfCondemnedAct(ctx, s, m.last + 1, c.target.parties[0]!.first);
    if (victim) {
      const agent = findAgent(ctx, s, c.target.parties[0]!.last + 1, cues);
      c.target = agent.parties.length ? { parties: agent.parties, how: `the one who did "${victim}" (after "by")` } : { parties: emptyList(), how: `the party after "${victim} on" was its victim, not the one accused` };
    }
  }
  if (c.type === 'CONSULT' && c.target.parties.length === 0 && c.source.parties.length === 1 && p.flags.noun) {
    c.target = lastPartner(ctx, c.source.parties[0]!.actor, events) ?? c.target;
  }
  if (c.type === 'PROTEST' && c.target.parties.length === 0 && !c.passive && !p.flags.notarget) {
    c.target = findProtestTarget(ctx, s, m.last + 1, cues, new Set(c.source.parties.map((q) => q.actor)));
  }
  if (c.target.parties.length === 0 && SCENE_TARGET.has(c.type) && !p.flags.notarget && !c.passive) {
    // "troops remained on alert in the West Bank", "a rally in Lagos": force used, or a protest
    // held, with no one named is aimed at where it happens (the PLOVER coding convention).
    const exclude = new Set(c.source.parties.map((q) => q.actor));
    c.target = sceneOf(ctx, s, m.last + 1, exclude, m.clauseEnd) ?? c.target;
    // "Angry businessmen in Lagos protested against the tax": the place may be named with the subject.
    const subjectEnd = c.subject.parties.length ? Math.max(...c.subject.parties.map((q) => q.last)) : -1;
    if (c.target.parties.length === 0 && subjectEnd >= 0 && placedSubject(tokens, subjectEnd, c.vg.start)) c.target = sceneOf(ctx, s, subjectEnd, exclude, c.vg.start - 1) ?? c.target;
  }
  if (p.flags.inverse) [c.source, c.target] = [c.target, c.source];
  if (c.type === 'CONSULT' && c.mode === 'visit' && !c.passive) {
    // "travelled to Cairo for talks with Foreign Minister Shoukry": the one met is the target.
    const met = partyMetWith(ctx, s, m.last + 1, cues);
    if (met) {
      c.target = met;
      if (c.explained) c.steps.push('the party met on the visit is the target, the place is where');
    }
  }
  if (p.flags.noInfType && !hasInfinitive(tokens, s, m.last + 1, c.governor?.end ?? s.tokenEnd - 1)) {
    retype(c, p.flags.noInfType, p.flags.noInfType === 'CONSULT' ? 'visit' : null, 'no "to"-infinitive follows: a call on someone, not a call for something');
  }
  const host = c.target.parties[0];
  // "welcomed President Reagan's statement" welcomes the statement, not the man.
  const possessive = host ? tokens.slice(host.first, host.last + 2).some((x) => x.lower === "'s" || x.lower === '’s') : false;
  if (p.flags.hostPerson && host && !possessive && ctx.actors.get(host.actor)?.type === 'person') {
    retype(c, 'CONSULT', 'host', 'welcoming a person is hosting a visitor');
  }
  if (c.subject.parties.length) sc.previousSubject = c.subject;
  if (c.type === 'COOPERATE' && c.mode === 'trade' && c.source.parties.length === 1 && c.source.how.includes('in a quote is its speaker')) {
    // "Our trade grew by 25 percent," said at a meeting: the trade of both sides.
    const other = addresseeOfQuote(ctx, tokens[m.first]!.start, events, s.index);
    if (other) c.source = { parties: [...c.source.parties, ...other.parties], how: `${c.source.how}, with the one met` };
  }
  return null;
}
