import type { Document } from '../../document/document.js';
import type { EventAnnotation, PloverType, Sentence, Token } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import { findAgent, findObject, findProtestTarget, findSubject, firstSubject, type Arguments, type Party } from './arguments.js';
import { actorMentionAt, buildContext, quoteAt, type EventContext } from './context.js';
import { eventLexicon, type EventCues, type EventLexicon, type EventPattern } from './lexicon.js';
import { discardIn } from '../../lexicon/cameo-discards.js';
import { withDictionary } from './dictionary.js';
import { findMatches, type PatternMatch } from './match.js';
import {
  backgroundOpener, complementEnd, hasConditionalAfter, isNominalUse, nearestDate, participleModifier,
  readVerbGroup, reportedAsNow, spanOfTokens, verbUseOk,
} from './syntax.js';

/** What happened to one lexicon match: the answer `readout explain` prints. */
export interface EventTrace {
  readonly sentence: number;
  readonly rule: string;
  readonly matched: string;
  readonly steps: readonly string[];
  /** Why nothing was coded, or null when an event was. */
  readonly dropped: string | null;
  readonly event: EventAnnotation | null;
  readonly sourceHow: string | null;
  readonly targetHow: string | null;
}

export type TraceSink = (trace: EventTrace) => void;

/** Cooperative acts that become AGREE when only promised; conflict acts that become THREATEN. */
const PROMISABLE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);
const MATERIAL_GOODS = new Set<PloverType>(['AID', 'RETREAT', 'COOPERATE', 'CONCEDE']);
const THREATENABLE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST', 'MOBILIZE']);
const TWO_SIDED = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);

const CAMEO_OF: Record<PloverType, string> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', CONCEDE: '08', COOPERATE: '06', AID: '07', RETREAT: '08', REQUEST: '10',
  ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', SANCTION: '16', MOBILIZE: '15', COERCE: '17', ASSAULT: '18',
};

const LOCATIVE = new Set(['in', 'at', 'near', 'on', 'outside', 'inside']);
const DIRECTED_PREPOSITIONS = new Set(['to', 'on', 'upon', 'against', 'with', 'at', 'into', 'toward', 'towards', 'from', 'onto', 'of', 'in', 'near']);

interface Governor {
  match: PatternMatch;
  end: number;
  embedded: PatternMatch[];
}

/**
 * Codes PLOVER events in every sentence of a processed document. Pure: reads the
 * tokens, mentions, actors, quotes and dates layers and returns the events; `trace`
 * receives an account of every lexicon match, coded or not.
 */
export function codeEvents(doc: Document, trace?: TraceSink, lexicon: EventLexicon = eventLexicon()): EventAnnotation[] {
  const ctx = buildContext(doc);
  const events: EventAnnotation[] = [];
  for (const s of ctx.sentences) codeSentence(ctx, s, lexicon, events, trace);
  return datedByMeeting(events);
}

/**
 * A release about a meeting reports what its parties said and did there: an undated event
 * after the meeting whose parties are all parties of that meeting takes the meeting's date
 * ("Lukashenko congratulated Kobzev ..." after "... met with Kobzev on 25 September").
 * Events with a party from outside the meeting keep no date rather than a guessed one.
 */
function datedByMeeting(events: EventAnnotation[]): EventAnnotation[] {
  let meeting: EventAnnotation | null = null;
  return events.map((e) => {
    // A dated meeting anchors what follows; so does the dated news of the lead sentence
    // ("X and Y agreed on Sunday to ... . X met Y on the sidelines of ...").
    if (e.date && (e.type === 'CONSULT' || (e.sentence === 0 && meeting === null))) {
      meeting = e;
      return e;
    }
    if (e.date || !meeting) return e;
    const parties = new Set([...meeting.source, ...meeting.target]);
    const own = [...e.source, ...e.target];
    if (own.length === 0 || !own.every((id) => parties.has(id)) || !e.source.some((id) => parties.has(id))) return e;
    return { ...e, date: meeting.date, rule: `${e.rule}; dated by the ${meeting.type === 'CONSULT' ? 'meeting' : 'lead event'} coded from "${meeting.trigger.text}"` };
  });
}

function codeSentence(ctx: EventContext, s: Sentence, lexicon: EventLexicon, events: EventAnnotation[], trace?: TraceSink): void {
  const { tokens } = ctx;
  const cues = lexicon.cues;
  const matches = withDictionary(lexicon, tokens, s, findMatches(lexicon, tokens, s.tokenStart, s.tokenEnd));
  if (matches.length === 0) return;
  // Sports, entertainment, accidents: a sentence with a discard phrase reports no political act.
  const discard = lexicon.dictionary ? discardIn(tokens, s.tokenStart, s.tokenEnd) : null;
  if (discard) {
    for (const m of matches) trace?.({ sentence: s.index, rule: ruleOf(m.pattern), matched: matchedWords(ctx, m), steps: [], dropped: `the sentence is about something else: "${discard.phrase}" (discards.tsv:${discard.line})`, event: null, sourceHow: null, targetHow: null });
    return;
  }

  // Pass 1: which matches sit in the complement of a governing expression ("agreed to provide").
  const governorOf = new Map<PatternMatch, Governor>();
  const governors = new Map<PatternMatch, Governor>();
  let active: Governor | null = null;
  for (const m of matches) {
    if (active && m.first <= active.end) {
      governorOf.set(m, active);
      active.embedded.push(m);
      continue;
    }
    active = null;
    if (m.pattern.type && m.pattern.flags.gov) {
      active = { match: m, end: complementEnd(tokens, s, m.last + 1, cues, tokens[m.first]), embedded: [] };
      governors.set(m, active);
    }
  }
  const heads = new Set(matches.map((m) => m.first));
  ctx.triggerTokens = heads;

  let previousSubject: Arguments | null = null;
  const firstOfSentence = events.length;
  for (const m of matches) {
    const p = m.pattern;
    const steps: string[] = [];
    // Reasons are built only when someone is listening (`readout explain`): coding stays cheap.
    const drop = (why: () => string) => trace?.({ sentence: s.index, rule: ruleOf(p), matched: matchedWords(ctx, m), steps, dropped: why(), event: null, sourceHow: null, targetHow: null });
    if (!p.type) {
      drop(() => 'near miss listed in the lexicon: codes nothing');
      continue;
    }
    const gov = governorOf.get(m);
    if (gov) {
      drop(() => `part of the complement of "${gov.match.tokens.map((t) => tokens[t]!.text).join(' ')}", coded there`);
      continue;
    }
    if (!verbUseOk(tokens, s, m)) {
      drop(() => `"${tokens[m.first]!.text}" is not used as a verb here`);
      continue;
    }
    if (isNominalUse(tokens, s, m)) {
      drop(() => `"${tokens[m.first]!.text}" is used as a noun (mentioned, not reported as happening)`);
      continue;
    }
    const vg = readVerbGroup(tokens, s, m.first, lexicon);
    if (vg.words.length) steps.push(`verb group: "${vg.words.join(' ')}"`);
    // "gathered to protest": the purpose of a gathering is itself the protest, unless the
    // gathering is already an event ("summoned the ambassador to protest", "staged a strike to protest").
    const purposeProtest = vg.purpose && p.type === 'PROTEST' && events.length === firstOfSentence;
    // "It is necessary to step up cooperation. X made the statement as ...": the call is X's,
    // named by the next sentence.
    const claimed = vg.purpose && !vg.negated && (p.type === 'AGREE' || PROMISABLE.has(p.type)) ? statementClaimedNext(ctx, s, vg.start, cues) : null;
    if (vg.purpose && !p.flags.reported && !purposeProtest && !claimed) {
      drop(() => 'infinitive of purpose or complement of a verb that is not an event ("to disperse", "the first to visit")');
      continue;
    }

    if (participleModifier(tokens, s, m, vg, lexicon)) {
      drop(() => `"${tokens[m.first]!.text}" is a participle describing a noun, not a reported act`);
      continue;
    }
    const opener = p.flags.reported ? null : backgroundOpener(tokens, s, vg.start - 1, cues, m.first, ctx.inDate);
    if (opener) {
      drop(() => `in a clause opened by "${opener}": background to the news, not the news`);
      continue;
    }

    let type: PloverType = p.type;
    let mode = p.mode;
    let cameo = p.cameo;
    const retype = (t: PloverType, newMode: string | null, why: string) => {
      steps.push(`${type} -> ${t}: ${why}`);
      type = t;
      mode = newMode;
      cameo = CAMEO_OF[t];
    };

    const governor = governors.get(m);
    const embedded = governor?.embedded.find((e) => e.pattern.type !== null);
    if (governor && embedded) {
      steps.push(`complement: "${embedded.tokens.map((t) => tokens[t]!.text).join(' ')}" (${embedded.pattern.type})`);
      if (p.flags.pass) retype(embedded.pattern.type!, embedded.pattern.mode, 'takes the type of the act it orders');
      else if (p.flags.modal && THREATENABLE.has(embedded.pattern.type!)) retype('THREATEN', null, 'a promised act of force is a threat');
    }

    if (vg.negated) {
      if (p.flags.negType) retype(p.flags.negType, null, 'negated');
      // "will not accept", "would not withdraw": a refusal. ("will not attack" is a reassurance, not coded.)
      else if (vg.future && type !== 'REJECT' && type !== 'ASSAULT' && type !== 'THREATEN') retype('REJECT', null, 'refuses to do it ("will not", "would not")');
      else {
        drop(() => 'negated: the act did not happen');
        continue;
      }
    } else if (vg.obligation && !p.flags.reported) {
      drop(() => 'an obligation ("must", "should", "has to"), not an act');
      continue;
    } else if (vg.speculative) {
      if (THREATENABLE.has(type)) retype('THREATEN', null, 'a possible act of force');
      else {
        drop(() => 'speculation ("may", "could"), not an act');
        continue;
      }
    } else if (vg.future) {
      const conditional = hasConditionalAfter(tokens, s, m.last + 1, cues);
      if (conditional && type !== 'AGREE' && type !== 'THREATEN') retype('THREATEN', null, 'a future act made conditional ("unless", "if")');
      else if (PROMISABLE.has(type)) retype('AGREE', MATERIAL_GOODS.has(type) ? 'offer' : 'promise', 'a future or intended act of cooperation');
      else if (THREATENABLE.has(type)) retype('THREATEN', null, 'a future or intended act of force');
    }

    // Arguments.
    const passive = vg.passive && !p.flags.nopassive;
    if (passive) steps.push('passive voice: the subject is acted upon');
    let subject: Arguments;
    const before = vg.start - 1;
    const beforeTok = before >= s.tokenStart ? tokens[before]! : null;
    if (beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === 'or') && backgroundOpener(tokens, s, before - 1, cues, m.first, ctx.inDate)) {
      drop(() => 'second verb of a background clause ("a resolution that aims to ... and impose ...")');
      continue;
    }
    if (beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === 'but' || beforeTok.lower === 'or')) {
      subject = previousSubject ?? firstSubject(ctx, s, before, cues);
      subject = { parties: subject.parties, how: `elided subject after "${beforeTok.text}": ${subject.how}` };
    } else if (beforeTok?.text === ',' && tokens[m.first]!.lower.endsWith('ing') && vg.words.length === 0) {
      // ", pledging to ...": the participle's subject is the main clause's, which an earlier
      // event of this sentence has already found; the first name of the sentence may be a dateline.
      subject = previousSubject ?? firstSubject(ctx, s, before, cues);
      subject = { parties: subject.parties, how: `participle clause: ${subject.how}` };
    } else if (claimed) {
      subject = claimed;
      if (type !== 'AGREE') retype('AGREE', MATERIAL_GOODS.has(type) ? 'offer' : null, 'called for by its speaker: a stated will to cooperate');
    } else if (purposeProtest) {
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

    if (subject.parties.length === 0 && !passive) {
      const sides = meetingSides(ctx, s, before, events, cues);
      if (sides) subject = sides;
    }

    let source: Arguments;
    let target: Arguments;
    const between = p.flags.noun ? partiesBetween(ctx, s, m, cues) : null;
    const stopAt = new Set<number>();
    // The object search stops at the next event verb; a complement is searched whole.
    if (m.clauseEnd !== undefined && !governor) {
      // The dictionary's verbs take as target their object or the object of a preposition that
      // points at someone ("fired on", "handed over to"); "discussed preparations for the summit
      // of X" is about X, not done to X.
      stopAt.add(m.clauseEnd);
      for (let t = m.last + 1; t < m.clauseEnd; t++) {
        if (tokens[t]!.pos === 'ADP' && !DIRECTED_PREPOSITIONS.has(tokens[t]!.lower)) {
          stopAt.add(t);
          break;
        }
      }
    }
    if (!governor) {
      for (let h = m.last + 1; h < s.tokenEnd && h <= m.last + 17; h++) {
        if (heads.has(h) && tokens[h]!.pos === 'VERB' && tokens[h - 1]?.lower !== 'to' && !attributiveParticiple(ctx, h)) stopAt.add(h);
      }
    }
    let pair = between;
    if (pair && pair.parties.length === 1 && type === 'COOPERATE' && mode === 'trade') {
      // "trade between Belarus and the region": the other side is the one of another country
      // that the meeting or the sentence before names.
      const known = pair.parties[0]!;
      const home = ctx.actors.get(known.actor)?.country;
      const other = tradeSides(ctx, s, events)?.parties.find((q) => ctx.actors.get(q.actor)?.country !== home);
      if (home && other) pair = { parties: [known, other], how: `${pair.how}; the other side from context` };
    }
    if (pair && pair.parties.length >= 2) {
      // "trade between Belarus and China reached ...": both are parties, neither a target.
      source = pair;
      target = { parties: [], how: 'both sides named after "between"' };
    } else if (p.flags.reported) {
      // "X said (that) Y must ...": Y is asked; X, the one saying it, asks.
      target = subject;
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
      if (!verb || (!cues.reporting.has(verb.lower) && verb.pos !== 'VERB')) {
        drop(() => 'no one is reported as saying it');
        continue;
      }
      const vg2 = readVerbGroup(tokens, s, k, lexicon);
      source = findSubject(ctx, s, vg2.start - 1, cues);
      source = { parties: source.parties, how: `speaker of "${verb.text}": ${source.how}` };
      steps.push(`reported obligation: "${verb.text} ... ${tokens[m.first]!.text}"`);
    } else if (passive) {
      target = subject;
      source = findAgent(ctx, s, m.last + 1, cues);
    } else {
      source = subject;
      // The object may sit inside the expression ("give Tanzania a grant"), so look from the head on.
      const noTarget = p.flags.notarget || (embedded?.pattern.flags.notarget ?? false);
      target = noTarget ? { parties: [], how: 'this act has no target' } : findObject(ctx, s, m.targetFrom ?? m.first + 1, cues, stopAt, new Set(subject.parties.map((q) => q.actor)));
    }
    if (target.parties.length === 0 && target.how.includes('no known referent')) {
      const addressee = addresseeOfQuote(ctx, tokens[m.first]!.start, events);
      if (addressee) target = addressee;
    }
    if (type === 'ACCUSE' && target.parties.length > 0 && !passive) {
      // "condemned the attack on the Serbian embassy": the embassy was attacked; the one accused
      // is whoever attacked, named after "by" if at all.
      const victim = victimOfCondemnedAct(ctx, s, m.last + 1, target.parties[0]!.first);
      if (victim) {
        const agent = findAgent(ctx, s, target.parties[0]!.last + 1, cues);
        target = agent.parties.length ? { parties: agent.parties, how: `the one who did "${victim}" (after "by")` } : { parties: [], how: `the party after "${victim} on" was its victim, not the one accused` };
      }
    }
    if (type === 'CONSULT' && target.parties.length === 0 && source.parties.length === 1 && p.flags.noun) {
      const partner = lastPartner(ctx, source.parties[0]!.actor, events);
      if (partner) target = partner;
    }
    if (type === 'PROTEST' && target.parties.length === 0 && !passive && !p.flags.notarget) {
      target = findProtestTarget(ctx, s, m.last + 1, cues, new Set(source.parties.map((q) => q.actor)));
    }
    if (target.parties.length === 0 && SCENE_TARGET.has(type) && !p.flags.notarget && !passive) {
      // "troops remained on alert in the West Bank", "a rally in Lagos": force used, or a protest
      // held, with no one named is aimed at where it happens (the PLOVER coding convention).
      const scene = sceneOf(ctx, s, m.last + 1, new Set(source.parties.map((q) => q.actor)), m.clauseEnd);
      if (scene) target = scene;
    }
    if (p.flags.inverse) [source, target] = [target, source];
    if (type === 'CONSULT' && mode === 'visit' && !passive) {
      // "travelled to Cairo for talks with Foreign Minister Shoukry": the one met is the target.
      const met = partyMetWith(ctx, s, m.last + 1, cues);
      if (met) {
        target = met;
        steps.push('the party met on the visit is the target, the place is where');
      }
    }
    if (p.flags.noInfType && !hasInfinitive(tokens, s, m.last + 1, governor?.end ?? s.tokenEnd - 1)) {
      retype(p.flags.noInfType, p.flags.noInfType === 'CONSULT' ? 'visit' : null, 'no "to"-infinitive follows: a call on someone, not a call for something');
    }
    const host = target.parties[0];
    // "welcomed President Reagan's statement" welcomes the statement, not the man.
    const possessive = host ? tokens.slice(host.first, host.last + 2).some((x) => x.lower === "'s" || x.lower === '’s') : false;
    if (p.flags.hostPerson && host && !possessive && ctx.actors.get(host.actor)?.type === 'person') {
      retype('CONSULT', 'host', 'welcoming a person is hosting a visitor');
    }
    if (subject.parties.length) previousSubject = subject;

    if (type === 'COOPERATE' && mode === 'trade' && source.parties.length === 1 && source.how.includes('in a quote is its speaker')) {
      // "Our trade grew by 25 percent," said at a meeting: the trade of both sides.
      const other = addresseeOfQuote(ctx, tokens[m.first]!.start, events);
      if (other) source = { parties: [...source.parties, ...other.parties], how: `${source.how}, with the one met` };
    }
    const sourceIds = unique(source.parties.map((q) => q.actor));
    let targetParties = target.parties.filter((q) => !sourceIds.includes(q.actor));
    if (sourceIds.length >= 2 && (p.flags.recip || TWO_SIDED.has(type))) {
      // "Poland and Lithuania signed an agreement in Vilnius": the place is where, not whom.
      targetParties = targetParties.filter((q) => !LOCATIVE.has(tokens[q.first - 1]?.lower ?? ''));
      // Parties acting together do not act on their own side ("Hungarian and Romanian officials
      // agreed ... to encourage Romanian refugees ...").
      const sourceCountries = new Set(sourceIds.map((id) => ctx.actors.get(id)?.country).filter(Boolean));
      targetParties = targetParties.filter((q) => !sourceCountries.has(ctx.actors.get(q.actor)?.country));
      if (TWO_SIDED.has(type) && targetParties.length === 0) steps.push('several parties acting together: all are sources, no target');
    }
    if (p.flags.dyad && (sourceIds.length === 0 || (sourceIds.length < 2 && !targetParties.some((q) => SCENE_TARGET.has(type) || !LOCATIVE.has(tokens[q.first - 1]?.lower ?? ''))))) {
      drop(() => `the dictionary's bare verb "${p.text}" codes only an act done to someone named as its target, and none was`);
      continue;
    }
    if (p.flags.needtarget && targetParties.length === 0 && sourceIds.length < 2) {
      drop(() => `"${p.text}" needs someone it is done to or with, and none was found`);
      continue;
    }
    if (sourceIds.length === 0 && targetParties.length === 0 && type === 'COOPERATE' && mode === 'trade') {
      const sides = tradeSides(ctx, s, events);
      if (sides) {
        source = sides;
        sourceIds.push(...unique(sides.parties.map((q) => q.actor)));
      }
    }
    if (sourceIds.length === 0 && targetParties.length === 0) {
      drop(() => 'no actor found for it in the sentence');
      continue;
    }
    // Without a known actor an active sentence gives only a guess at the target; a passive one
    // ("three soldiers were killed") names the target for certain.
    if (sourceIds.length === 0 && !passive) {
      drop(() => `no known actor does it (${subject.how})`);
      continue;
    }
    targetParties = dedupeParties(targetParties);
    const targetIds = unique(targetParties.map((q) => q.actor));

    const sameAct = events.slice(firstOfSentence).find((e) => e.type === type && sameIds(e.source, sourceIds) && (targetIds.length === 0 || sameIds(e.target, targetIds)));
    if (sameAct) {
      drop(() => `same act as the ${type} event already coded from "${sameAct.trigger.text}"`);
      continue;
    }
    const rule = ruleOf(p);
    const matched = matchedWords(ctx, m);
    const triggerSpan = spanOfTokens(tokens, m.first, m.last);
    let date = nearestDate(ctx.dates, s, triggerSpan.start, ctx.doc.text);
    if (!date && claimed) {
      const next = ctx.sentences[s.index + 1];
      if (next) date = nearestDate(ctx.dates, next, next.start, ctx.doc.text);
    }
    if (!date && ctx.doc.meta.date && !vg.future && reportedAsNow(tokens[m.first]!, vg)) {
      // "President X meets Y", "is visiting": the release reports it as happening on its own date.
      date = { value: ctx.doc.meta.date, span: triggerSpan };
      steps.push('present tense: dated by the document date');
    }
    const reported = type === 'CONSULT' ? meetingReportedBefore(events, s.index, [...sourceIds, ...targetIds], date?.value ?? null, p.origin !== undefined) : null;
    if (reported) {
      drop(() => `the meeting coded from "${reported.trigger.text}" told again ("they discussed ...")`);
      continue;
    }
    const evidence: Span[] = m.tokens.map((t) => ({ start: tokens[t]!.start, end: tokens[t]!.end }));
    for (const q of [...source.parties, ...targetParties]) for (const mm of q.mentions) evidence.push({ start: mm.start, end: mm.end });
    if (date && (date.span.start !== triggerSpan.start || date.span.end !== triggerSpan.end)) evidence.push(date.span);
    evidence.sort((a, b) => a.start - b.start || a.end - b.end);
    const start = Math.min(...evidence.map((e) => e.start));
    const end = Math.max(...evidence.map((e) => e.end));
    const event: EventAnnotation = {
      id: `ev${events.length + 1}`,
      start,
      end,
      stage: 'events',
      rule: steps.length ? `${rule}; ${steps.filter((x) => x.includes('->') || x.startsWith('passive')).join('; ')}`.replace(/; $/, '') : rule,
      type,
      mode,
      source: sourceIds,
      target: targetIds,
      trigger: { ...triggerSpan, text: matched },
      date: date?.value ?? null,
      sentence: s.index,
      evidence: uniqueSpans(evidence),
      cameo: cameo ?? CAMEO_OF[type],
    };
    events.push(event);
    trace?.({ sentence: s.index, rule, matched, steps, dropped: null, event, sourceHow: source.how, targetHow: target.how });
  }
}

/** The matched words as written: adjacent ones with their own spacing ("cease-fire"), gaps as one space. */
function ruleOf(p: EventPattern): string {
  const o = p.origin;
  if (!o) return `patterns.tsv:${p.line} "${p.text}"`;
  const what = o.pattern ? `pattern "${o.pattern}"` : 'the verb alone';
  return `CAMEO dictionary verbs.txt:${p.line} block ${o.block.toUpperCase()}, verb "${o.verb}", ${what}, CAMEO ${o.code}${o.description ? ` (${o.description})` : ''}`;
}

function matchedWords(ctx: EventContext, m: PatternMatch): string {
  let out = '';
  m.tokens.forEach((t, i) => {
    const tok = ctx.tokens[t]!;
    if (i > 0) {
      const prev = m.tokens[i - 1]!;
      out += prev === t - 1 ? ctx.doc.text.slice(ctx.tokens[prev]!.end, tok.start) : ' ';
    }
    out += tok.text;
  });
  return out;
}

function hasInfinitive(tokens: readonly Token[], s: Sentence, from: number, to: number): boolean {
  for (let t = from; t < Math.min(to, s.tokenEnd - 1, from + 30); t++) {
    if (tokens[t]!.lower === 'to' && tokens[t + 1]!.pos === 'VERB') return true;
  }
  return false;
}

/** "for talks with X", "to meet X" later in the clause of a visit: X. */
function partyMetWith(ctx: EventContext, s: Sentence, from: number, cues: EventCues): Arguments | null {
  for (let t = from; t < s.tokenEnd - 1 && t < from + 14; t++) {
    const w = ctx.tokens[t]!.lower;
    if (w === ';' || w === '.' || cues.reporting.has(w)) return null;
    const talk = /^(talks|meeting|meetings|negotiations|consultations|discussions)$/.test(w) && ctx.tokens[t + 1]!.lower === 'with';
    const meet = (w === 'meet' || w === 'see') && ctx.tokens[t - 1]?.lower === 'to';
    if (!talk && !meet) continue;
    const found = findObject(ctx, s, t + (talk ? 2 : 1), cues, new Set(), new Set());
    return found.parties.length ? { parties: found.parties, how: `party met: after "${ctx.tokens[t]!.text}${talk ? ' with' : ''}"` } : null;
  }
  return null;
}

/** The coordinated parties after "between" inside a noun expression, if any. */
function partiesBetween(ctx: EventContext, s: Sentence, m: PatternMatch, cues: EventCues): Arguments | null {
  for (let t = m.first; t <= m.last; t++) {
    if (ctx.tokens[t]!.lower !== 'between') continue;
    const found = findObject(ctx, s, t + 1, cues, new Set(), new Set());
    if (found.parties.length === 1) {
      // "between Belarus and Tula Oblast amounted to": "between" always takes two, even when a
      // verb follows the second (which the general list reader takes for a new clause).
      const first = found.parties[0]!;
      let k = first.last + 1;
      while (k < s.tokenEnd && ctx.tokens[k]!.pos === 'DET') k++;
      if (ctx.tokens[k]?.lower === 'and') {
        const second = findObject(ctx, s, k + 1, cues, new Set(), new Set([first.actor]));
        const next = second.parties[0];
        if (next && next.first <= k + 3) return { parties: [first, next], how: 'parties named after "between"' };
      }
    }
    return { parties: found.parties, how: 'parties named after "between"' };
  }
  return null;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function dedupeParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((q) => (seen.has(q.actor) ? false : (seen.add(q.actor), true)));
}

function uniqueSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const sp of spans) {
    const last = out[out.length - 1];
    if (!last || last.start !== sp.start || last.end !== sp.end) out.push(sp);
  }
  return out;
}

/**
 * "visiting", "outgoing", "ruling" right before a name or a noun describe it ("met with
 * visiting Prime Minister X"): they start no new clause, so the object search goes on.
 */
function attributiveParticiple(ctx: EventContext, h: number): boolean {
  const tok = ctx.tokens[h]!;
  if (!tok.lower.endsWith('ing')) return false;
  const next = ctx.tokens[h + 1];
  if (!next || next.sentence !== tok.sentence) return false;
  return next.pos === 'PROPN' || next.pos === 'ADJ' || ctx.mentionOfToken[h + 1]! >= 0;
}

/**
 * "X met Y on Monday. ... The two leaders discussed trade": an undated meeting (or one of the same
 * date) of parties all of whom met in an earlier sentence is that meeting told again. A bare
 * "discussed", "talked" of the dictionary is told of a meeting as soon as one of its parties met
 * before ("the two ministers also discussed ...").
 */
function meetingReportedBefore(events: readonly EventAnnotation[], sentence: number, parties: readonly string[], date: string | null, anyParty: boolean): EventAnnotation | null {
  if (parties.length === 0) return null;
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK_EVENTS); i--) {
    const e = events[i]!;
    // A date in the sentence of a bare "discussed" is mostly what was discussed ("a visit in early 2024").
    if (e.type !== 'CONSULT' || e.sentence >= sentence || (!anyParty && date && e.date && date !== e.date)) continue;
    const met = (id: string) => e.source.includes(id) || e.target.includes(id);
    if (anyParty ? parties.some(met) : parties.every(met)) return e;
  }
  return null;
}

/** How far back the look-ups for an earlier meeting or partner go: keeps a long document linear. */
const LOOK_BACK_EVENTS = 64;

/** Plural nouns that, with "the", "both" or "the two", name the parties of a meeting just reported. */
const SIDE_NOUNS = new Set(['sides', 'parties', 'leaders', 'ministers', 'presidents', 'delegations', 'countries', 'governments', 'heads', 'counterparts', 'premiers', 'officials', 'nations', 'states', 'regions', 'two']);
/** How many sentences back the meeting may have been reported: a release names it in the lead and "the sides" paragraphs later. */
const SIDES_WINDOW = 12;

/**
 * "The sides agreed ...", "both leaders signed ...", "the two ministers discussed ...": the
 * subject names no one by itself but refers to the parties of the last meeting (CONSULT)
 * coded a few sentences earlier. Without such a meeting it stays unresolved: no guess.
 */
function meetingSides(ctx: EventContext, s: Sentence, before: number, events: readonly EventAnnotation[], cues: EventCues): Arguments | null {
  if (before < s.tokenStart) return null;
  const { tokens } = ctx;
  const head = tokens[before]!;
  if (head.lower === 'they') return theyAfterMeeting(ctx, s, before, events);
  if (!SIDE_NOUNS.has(head.lower)) return null;
  // The determiner that makes it definite: "the sides", "both sides", "the two sides", "the two".
  let k = before - 1;
  if (head.lower !== 'two' && k >= s.tokenStart && tokens[k]!.lower === 'two') k--;
  if (k >= s.tokenStart && /^(foreign|prime|state|regional|visiting|national)$/.test(tokens[k]!.lower)) k--;
  if (k >= s.tokenStart && tokens[k]!.lower === 'two') k--;
  const det = k >= s.tokenStart ? tokens[k]!.lower : '';
  if (det !== 'the' && det !== 'both') return null;
  // The phrase sits right before the verb group; after a preposition it is not the subject
  // ("trade between the two countries grew").
  const opener = k - 1 >= s.tokenStart ? tokens[k - 1]! : null;
  if (opener && (opener.pos === 'ADP' || opener.lower === 'of') && !cues.clauseBreak.has(opener.lower)) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.sentence < s.index - SIDES_WINDOW) break;
    // A meeting's parties, or parties that just acted together ("The leaders of A, B and C
    // invited ... . The leaders agreed ...").
    const together = e.source.length >= 2 && e.target.length === 0;
    if (e.type !== 'CONSULT' && !together) continue;
    const ids = [...new Set([...e.source, ...e.target])].filter((id) => ctx.actors.has(id));
    if (ids.length < 2) continue;
    const phrase = tokens.slice(k, before + 1).map((x) => x.text).join(' ');
    return {
      parties: ids.map((actor) => ({ actor, mentions: [], first: k, last: before })),
      how: `"${phrase}" are the parties ${e.type === 'CONSULT' ? 'of the meeting' : 'acting together'} coded from "${e.trigger.text}"`,
    };
  }
  return null;
}

/**
 * "X held talks with Y. They agreed to ...": a "they" that coreference left unresolved, opening
 * the sentence right after a meeting, is its parties. Only the next sentence: further on,
 * "they" may be anyone.
 */
function theyAfterMeeting(ctx: EventContext, s: Sentence, at: number, events: readonly EventAnnotation[]): Arguments | null {
  if (at !== s.tokenStart) return null;
  const last = events[events.length - 1];
  if (!last || last.type !== 'CONSULT' || last.sentence < s.index - 1 || last.sentence === s.index) return null;
  const ids = [...new Set([...last.source, ...last.target])].filter((id) => ctx.actors.has(id));
  if (ids.length < 2) return null;
  return {
    parties: ids.map((actor) => ({ actor, mentions: [], first: at, last: at })),
    how: `"They" right after the meeting coded from "${last.trigger.text}" are its parties`,
  };
}

/** "It is necessary / important / essential / vital / time to ...": a call made by no one yet. */
const NECESSITY = new Set(['necessary', 'important', 'essential', 'vital', 'crucial', 'imperative', 'time', 'high']);
/** "made the statement", "said this", "stated this", "made these remarks": pointing back at the previous sentence. */
const CLAIM_NOUNS = new Set(['statement', 'remark', 'remarks', 'point', 'comment', 'comments']);

/**
 * The speaker of an impersonal call ("It is necessary to step up cooperation.") when the next
 * sentence claims it ("Aleksandr Lukashenko made the statement as he met ..."). Both halves
 * must be there: an impersonal call without a claimant stays uncoded.
 */
function statementClaimedNext(ctx: EventContext, s: Sentence, verbStart: number, cues: EventCues): Arguments | null {
  const { tokens } = ctx;
  // "It is [adverb] necessary to <verb>", at the start of the sentence.
  if (verbStart - s.tokenStart > 6 || tokens[s.tokenStart]!.lower !== 'it') return null;
  let sawNecessity = false;
  for (let t = s.tokenStart + 1; t < verbStart; t++) {
    const w = tokens[t]!.lower;
    if (NECESSITY.has(w)) sawNecessity = true;
    else if (!(w === 'is' || w === 'was' || w === "'s" || w === 'to' || tokens[t]!.pos === 'ADV')) return null;
  }
  if (!sawNecessity) return null;
  const next = ctx.sentences[s.index + 1];
  if (!next) return null;
  const limit = Math.min(next.tokenEnd - 2, next.tokenStart + 20);
  for (let t = next.tokenStart + 1; t <= limit; t++) {
    const w = tokens[t]!.lower;
    const made = (w === 'made' || w === 'makes' || w === 'make') && /^(the|this|these|that)$/.test(tokens[t + 1]!.lower) && CLAIM_NOUNS.has(tokens[t + 2]?.lower ?? '');
    const saidThis = (w === 'said' || w === 'stated' || w === 'says' || w === 'noted' || w === 'stressed' || w === 'emphasised' || w === 'emphasized') && /^(this|so)$/.test(tokens[t + 1]!.lower);
    if (!made && !saidThis) continue;
    const who = findSubject(ctx, next, t - 1, cues);
    return who.parties.length ? { parties: who.parties, how: `the next sentence claims the call: "${tokens[t]!.text} ${tokens[t + 1]!.text}${made ? ' ' + tokens[t + 2]!.text : ''}" (${who.how})` } : null;
  }
  return null;
}

/**
 * "you" in a quote said at a meeting is the one the speaker met: the speaker must be a party
 * of an earlier meeting (CONSULT) of the document with exactly one other party.
 */
function addresseeOfQuote(ctx: EventContext, at: number, events: readonly EventAnnotation[]): Arguments | null {
  const q = quoteAt(ctx, at);
  if (!q?.speaker) return null;
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK_EVENTS); i--) {
    const e = events[i]!;
    if (e.type !== 'CONSULT') continue;
    const parties = [...new Set([...e.source, ...e.target])];
    if (!parties.includes(q.speaker) || parties.length !== 2) continue;
    const other = parties.find((id) => id !== q.speaker)!;
    if (!ctx.actors.has(other)) return null;
    return { parties: [{ actor: other, mentions: [], first: -1, last: -1 }], how: `"you" in a quote of ${ctx.actors.get(q.speaker)?.name ?? 'its speaker'} at the meeting coded from "${e.trigger.text}": the one met` };
  }
  return null;
}

/**
 * "Trade grew 2.6 times" with no party in the sentence: trade is between the two sides the
 * text is about, taken from a meeting coded shortly before, else from the sentence before,
 * when it names places of exactly two countries ("Irkutsk Oblast is a special region,
 * including for Belarus"). Anything less certain codes nothing.
 */
function tradeSides(ctx: EventContext, s: Sentence, events: readonly EventAnnotation[]): Arguments | null {
  const countryOf = (id: string) => ctx.actors.get(id)?.country ?? null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.sentence < s.index - SIDES_WINDOW) break;
    if (e.type !== 'CONSULT') continue;
    const ids = [...new Set([...e.source, ...e.target])].filter((id) => countryOf(id) !== null);
    if (new Set(ids.map(countryOf)).size !== 2) break;
    return { parties: ids.map((actor) => ({ actor, mentions: [], first: -1, last: -1 })), how: `the two sides of the meeting coded from "${e.trigger.text}"` };
  }
  const prev = ctx.sentences[s.index - 1];
  if (!prev) return null;
  const byCountry = new Map<string, { actor: string; rank: number }>();
  const rank = (type: string | undefined) => (type === 'place' ? 0 : type === 'organization' ? 1 : 2);
  for (let t = prev.tokenStart; t < s.tokenEnd; t++) {
    const m = actorMentionAt(ctx, t);
    if (!m) continue;
    const a = ctx.actors.get(m.actor!)!;
    if (!a.country || a.country.length !== 3 || ['IGO', 'UNO', 'EUR', 'NGO', 'MNC'].includes(a.country)) continue;
    const seen = byCountry.get(a.country);
    if (!seen || rank(a.type) < seen.rank) byCountry.set(a.country, { actor: a.id, rank: rank(a.type) });
  }
  if (byCountry.size !== 2) return null;
  const picked = [...byCountry.values()];
  return {
    // No mentions as evidence: they sit in another sentence, and evidence stays in the event's own.
    parties: picked.map((x) => ({ actor: x.actor, mentions: [], first: -1, last: -1 })),
    how: 'the two countries the sentence before names',
  };
}

/**
 * "... Vučić told reporters after the telephone conversation": a meeting named as a noun with
 * one side only is with the party that side last dealt with in the document, when that is one party.
 */
function lastPartner(ctx: EventContext, actor: string, events: readonly EventAnnotation[]): Arguments | null {
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK_EVENTS); i--) {
    const e = events[i]!;
    let other: readonly string[] = [];
    if (e.source.includes(actor)) other = e.target.length ? e.target : e.source.filter((id) => id !== actor);
    else if (e.target.includes(actor)) other = e.source;
    if (other.length === 0) continue;
    if (other.length !== 1 || !ctx.actors.has(other[0]!)) return null;
    return { parties: [{ actor: other[0]!, mentions: [], first: -1, last: -1 }], how: `the one ${ctx.actors.get(actor)?.name ?? 'the source'} last dealt with ("${e.trigger.text}")` };
  }
  return null;
}

const VIOLENT_ACTS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'shelling', 'killing', 'killings', 'murder', 'assault', 'raid', 'raids', 'strike', 'strikes', 'assassination', 'kidnapping', 'abduction', 'arson', 'massacre', 'detention', 'arrest']);

/** "the attack on X", "the killing of X", "strikes against X" between the trigger and the party: that word, else null. */
function victimOfCondemnedAct(ctx: EventContext, s: Sentence, from: number, partyFirst: number): string | null {
  if (partyFirst < 0) return null;
  for (let t = from; t < partyFirst && t < s.tokenEnd - 1; t++) {
    const w = ctx.tokens[t]!.lower;
    const next = ctx.tokens[t + 1]!.lower;
    if (VIOLENT_ACTS.has(w) && (next === 'on' || next === 'against' || next === 'of' || next === 'targeting')) return ctx.tokens[t]!.text;
  }
  return null;
}

const SCENE_TARGET = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST']);
const SCENE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'inside']);

/** The place after "in"/"at"/"near" later in the sentence, as a party: where the act happened. */
function sceneOf(ctx: EventContext, s: Sentence, from: number, exclude: ReadonlySet<string>, clauseEnd = from + 30): Arguments | null {
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
