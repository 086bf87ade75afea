import type { Document } from '../../document/document.js';
import type { DateMention, EventAnnotation, PloverType, Sentence, Token } from '../../document/layers.js';
import { lowerBound, type Span } from '../../document/span.js';
import { findAgent, findObject, findProtestTarget, findSubject, firstSubject, type Arguments, type Party } from './arguments.js';
import { buildContext, type EventContext } from './context.js';
import { eventLexicon, type EventCues, type EventLexicon } from './lexicon.js';
import { findMatches, type PatternMatch } from './match.js';

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

const NOMINAL_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', "'s", '’s', 'of', 'any', 'no']);
const LOCATIVE = new Set(['in', 'at', 'near', 'on', 'outside', 'inside']);
const WH_WORDS = new Set(['when', 'where', 'why', 'how', 'while', 'as', 'so', 'then', 'there', 'here', 'also']);

interface VerbGroup {
  start: number;
  negated: boolean;
  future: boolean;
  speculative: boolean;
  obligation: boolean;
  passive: boolean;
  purpose: boolean;
  words: string[];
}

function isParticiple(tok: Token, lexicon: EventLexicon): boolean {
  return /(ed|en)$/.test(tok.lower) || lexicon.participles.has(tok.lower);
}

/** The auxiliaries, modals, negation and adverbs right before a trigger. */
function readVerbGroup(tokens: readonly Token[], s: Sentence, head: number, lexicon: EventLexicon): VerbGroup {
  const c = lexicon.cues;
  const g: VerbGroup = { start: head, negated: false, future: false, speculative: false, obligation: false, passive: false, purpose: false, words: [] };
  let sawBe = false;
  for (let t = head - 1; t >= s.tokenStart && t >= head - 8; t--) {
    const tok = tokens[t]!;
    const w = tok.lower;
    const known = c.auxiliary.has(w) || c.negation.has(w) || c.future.has(w) || c.speculative.has(w) || c.obligation.has(w) || c.aspect.has(w) || c.be.has(w);
    const adverb = tok.pos === 'ADV' && !WH_WORDS.has(w);
    if (!known && !adverb) break;
    // "no" and "without" only negate as part of the verb group ("no longer", "without returning").
    if (w === 'no' && tokens[t + 1]?.lower !== 'longer') break;
    g.start = t;
    g.words.unshift(tok.text);
    if (c.negation.has(w)) g.negated = true;
    if (c.future.has(w)) g.future = true;
    if (c.speculative.has(w)) g.speculative = true;
    if (c.obligation.has(w)) g.obligation = true;
    if (c.be.has(w) && g.words.length <= 3) sawBe = true;
    if (w === 'to' && t > s.tokenStart) {
      const before = tokens[t - 1]!.lower;
      if (before === 'has' || before === 'have' || before === 'had' || before === 'need' || before === 'needs') g.obligation = true;
      if (before === 'going') g.future = true;
    }
  }
  const headTok = tokens[head]!;
  g.passive = sawBe && isParticiple(headTok, lexicon) && headTok.pos === 'VERB';
  // "to" + verb: part of the verb group after "ready", "tried", "has" ...; otherwise an
  // infinitive of purpose or the complement of a verb that is not an event ("opened fire to
  // disperse", "the first minister to visit"). A gerund after "to" ("resorted to throwing") is not.
  for (let t = g.start; t < head; t++) {
    if (tokens[t]!.lower !== 'to') continue;
    const host = t > s.tokenStart ? tokens[t - 1]!.lower : '';
    if (!c.infinitiveHosts.has(host) && !headTok.lower.endsWith('ing')) g.purpose = true;
    if (c.future.has(host)) g.future = true;
  }
  if (g.start === head && head > s.tokenStart && tokens[head - 1]!.lower === 'to' && !headTok.lower.endsWith('ing')) g.purpose = true;
  return g;
}

/**
 * The clause opener governing a trigger, if it makes the clause background: "... in Montenegro
 * where 28 people have been killed", "a plan that will not allow", "after a jet shot down".
 */
function backgroundOpener(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): string | null {
  for (let t = from; t >= s.tokenStart && t > from - 25; t--) {
    const tok = tokens[t]!;
    const w = tok.lower;
    if (w === ';' || w === ',' || w === ':' || w === 'and' || w === 'but' || w === '"' || w === '“' || w === '”') {
      // "where, it said, 100 people were killed": a comma right after the opener does not close it.
      const prev = tokens[t - 1];
      if (w === ',' && prev && cues.backgroundClause.has(prev.lower)) continue;
      if (w === ',' && prev && cues.reporting.has(prev.lower)) continue;
      return null;
    }
    if (cues.backgroundClause.has(w)) return tok.text;
    if (w === 'that' && t > s.tokenStart && (tokens[t - 1]!.pos === 'NOUN' || tokens[t - 1]!.pos === 'PROPN')) return tok.text;
  }
  return null;
}

/** "the demonstration staged by students", "refugees fleeing the war": a participle describing a noun. */
function participleModifier(tokens: readonly Token[], s: Sentence, m: PatternMatch, vg: VerbGroup, lexicon: EventLexicon): boolean {
  if (vg.words.length > 0) return false;
  const head = tokens[m.first]!;
  if (head.lower.endsWith('ing')) return !m.pattern.flags.noun;
  if (!isParticiple(head, lexicon) || m.first === s.tokenStart) return false;
  const prev = tokens[m.first - 1]!;
  if (prev.pos !== 'NOUN') return false;
  // An active verb takes its object right away ("missiles killed 4 Iraqis"); a participle
  // describing a noun goes on with "by", a preposition or nothing ("the rally staged by students").
  const next = tokens[m.last + 1];
  if (next && next.sentence === s.index && ['DET', 'NUM', 'PROPN', 'PRON', 'NOUN', 'ADJ'].includes(next.pos)) return false;
  for (let t = m.first - 2; t >= s.tokenStart; t--) {
    const w = tokens[t]!;
    if (w.text === ',' || w.text === ';') break;
    if (w.pos === 'VERB' && !w.lower.endsWith('ing') && !lexicon.cues.reporting.has(w.lower)) return true;
  }
  return false;
}

function isNominalUse(tokens: readonly Token[], s: Sentence, m: PatternMatch): boolean {
  if (m.pattern.flags.noun) return false;
  const head = tokens[m.first]!;
  const prev = m.first > s.tokenStart ? tokens[m.first - 1]! : null;
  if (!prev) return false;
  // Part of a compound modifier ("long-threatened invasion").
  if (prev.text === '-' || prev.text === '‐') return true;
  if (NOMINAL_BEFORE.has(prev.lower)) return head.pos !== 'VERB' || prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'of';
  // "fierce fighting", "sporadic clashes", "a state visit": a noun inside a noun phrase.
  if (prev.pos === 'ADJ' && head.pos === 'NOUN') return true;
  if (prev.pos === 'NOUN' && head.pos === 'NOUN') {
    for (let t = m.first - 2; t >= s.tokenStart && t >= m.first - 3; t--) if (tokens[t]!.pos === 'DET') return true;
  }
  if (head.lower.endsWith('ing') && prev.pos === 'ADP' && prev.lower !== 'by') return true;
  // "sent a minister for talks", "after fighting": a noun after a preposition.
  if (prev.pos === 'ADP' && head.pos === 'NOUN' && prev.lower !== 'to') return true;
  return false;
}

function verbUseOk(tokens: readonly Token[], s: Sentence, m: PatternMatch): boolean {
  if (!m.pattern.flags.verb) return true;
  const head = tokens[m.first]!;
  if (head.pos === 'VERB' || head.pos === 'AUX') return true;
  if (head.pos === 'ADJ' || head.pos === 'ADP' || head.pos === 'ADV') return false;
  const prev = m.first > s.tokenStart ? tokens[m.first - 1]! : null;
  const next = tokens[m.first + 1];
  // wink sometimes tags a present-tense verb as a noun ("rebels attack the town").
  return !!prev && ['PRON', 'PROPN', 'NOUN', 'AUX', 'PART'].includes(prev.pos) && !!next && ['DET', 'PROPN', 'PRON', 'NUM'].includes(next.pos);
}

/** Where an expression's complement ends: the next strong break in the sentence. */
function complementEnd(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): number {
  for (let t = from; t < s.tokenEnd; t++) {
    const w = tokens[t]!.lower;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas') return t - 1;
    if (w === ',' && t + 2 < s.tokenEnd && (cues.reporting.has(tokens[t + 1]!.lower) || cues.reporting.has(tokens[t + 2]!.lower) || cues.reporting.has(tokens[t + 3]?.lower ?? ''))) return t - 1;
  }
  return s.tokenEnd - 1;
}

function hasConditionalAfter(tokens: readonly Token[], s: Sentence, from: number, cues: EventCues): boolean {
  for (let t = from; t < s.tokenEnd; t++) if (cues.conditional.has(tokens[t]!.lower)) return true;
  return false;
}

function spanOfTokens(tokens: readonly Token[], first: number, last: number): Span {
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The date expression of the sentence nearest the trigger (dates sorted by start). */
function nearestDate(dates: readonly DateMention[], s: Sentence, at: number): { value: string; span: Span } | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (let i = lowerBound(dates, s.start); i < dates.length && dates[i]!.start < s.end; i++) {
    const d = dates[i]!;
    if (d.end > s.end) continue;
    const dist = Math.abs(d.start - at);
    if (dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return best ? { value: best.value, span: { start: best.start, end: best.end } } : null;
}

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
  return events;
}

function codeSentence(ctx: EventContext, s: Sentence, lexicon: EventLexicon, events: EventAnnotation[], trace?: TraceSink): void {
  const { tokens } = ctx;
  const cues = lexicon.cues;
  const matches = findMatches(lexicon, tokens, s.tokenStart, s.tokenEnd);
  if (matches.length === 0) return;

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
      active = { match: m, end: complementEnd(tokens, s, m.last + 1, cues), embedded: [] };
      governors.set(m, active);
    }
  }
  const heads = new Set(matches.map((m) => m.first));

  let previousSubject: Arguments | null = null;
  const firstOfSentence = events.length;
  for (const m of matches) {
    const p = m.pattern;
    const matched = m.tokens.map((t) => tokens[t]!.text).join(' ');
    const rule = `patterns.tsv:${p.line} "${p.text}"`;
    const steps: string[] = [];
    const drop = (why: string) => trace?.({ sentence: s.index, rule, matched, steps, dropped: why, event: null, sourceHow: null, targetHow: null });
    if (!p.type) {
      drop('near miss listed in the lexicon: codes nothing');
      continue;
    }
    const gov = governorOf.get(m);
    if (gov) {
      drop(`part of the complement of "${gov.match.tokens.map((t) => tokens[t]!.text).join(' ')}", coded there`);
      continue;
    }
    if (!verbUseOk(tokens, s, m)) {
      drop(`"${tokens[m.first]!.text}" is not used as a verb here`);
      continue;
    }
    if (isNominalUse(tokens, s, m)) {
      drop(`"${tokens[m.first]!.text}" is used as a noun (mentioned, not reported as happening)`);
      continue;
    }
    const vg = readVerbGroup(tokens, s, m.first, lexicon);
    if (vg.words.length) steps.push(`verb group: "${vg.words.join(' ')}"`);
    // "gathered to protest": the purpose of a gathering is itself the protest.
    if (vg.purpose && !p.flags.reported && p.type !== 'PROTEST') {
      drop('infinitive of purpose or complement of a verb that is not an event ("to disperse", "the first to visit")');
      continue;
    }

    if (participleModifier(tokens, s, m, vg, lexicon)) {
      drop(`"${tokens[m.first]!.text}" is a participle describing a noun, not a reported act`);
      continue;
    }
    const opener = p.flags.reported ? null : backgroundOpener(tokens, s, vg.start - 1, cues);
    if (opener) {
      drop(`in a clause opened by "${opener}": background to the news, not the news`);
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
      else {
        drop('negated: the act did not happen');
        continue;
      }
    } else if (vg.obligation && !p.flags.reported) {
      drop('an obligation ("must", "should", "has to"), not an act');
      continue;
    } else if (vg.speculative) {
      if (THREATENABLE.has(type)) retype('THREATEN', null, 'a possible act of force');
      else {
        drop('speculation ("may", "could"), not an act');
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
    if (beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === 'or') && backgroundOpener(tokens, s, before - 1, cues)) {
      drop('second verb of a background clause ("a resolution that aims to ... and impose ...")');
      continue;
    }
    if (beforeTok && (beforeTok.lower === 'and' || beforeTok.lower === 'but' || beforeTok.lower === 'or')) {
      subject = previousSubject ?? firstSubject(ctx, s, before, cues);
      subject = { parties: subject.parties, how: `elided subject after "${beforeTok.text}": ${subject.how}` };
    } else if (beforeTok?.text === ',' && tokens[m.first]!.lower.endsWith('ing') && vg.words.length === 0) {
      subject = previousSubject ?? firstSubject(ctx, s, before, cues);
      subject = { parties: subject.parties, how: `participle clause: ${subject.how}` };
    } else subject = findSubject(ctx, s, before, cues);

    let source: Arguments;
    let target: Arguments;
    const between = p.flags.noun ? partiesBetween(ctx, s, m, cues) : null;
    const stopAt = new Set<number>();
    // The object search stops at the next event verb; a complement is searched whole.
    if (!governor) for (const h of heads) if (h > m.last && tokens[h]!.pos === 'VERB' && tokens[h - 1]?.lower !== 'to') stopAt.add(h);
    if (between && between.parties.length >= 2) {
      // "trade between Belarus and China reached ...": both are parties, neither a target.
      source = between;
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
        drop('no one is reported as saying it');
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
      target = noTarget ? { parties: [], how: 'this act has no target' } : findObject(ctx, s, m.first + 1, cues, stopAt, new Set(subject.parties.map((q) => q.actor)));
    }
    if (type === 'PROTEST' && target.parties.length === 0 && !passive && !p.flags.notarget) {
      target = findProtestTarget(ctx, s, m.last + 1, cues, new Set(source.parties.map((q) => q.actor)));
    }
    if (p.flags.inverse) [source, target] = [target, source];
    if (subject.parties.length) previousSubject = subject;

    const sourceIds = unique(source.parties.map((q) => q.actor));
    let targetParties = target.parties.filter((q) => !sourceIds.includes(q.actor));
    if (sourceIds.length >= 2 && p.flags.recip) {
      // "Poland and Lithuania signed an agreement in Vilnius": the place is where, not whom.
      targetParties = targetParties.filter((q) => !LOCATIVE.has(tokens[q.first - 1]?.lower ?? ''));
      // Parties acting together do not act on their own side ("Hungarian and Romanian officials
      // agreed ... to encourage Romanian refugees ...").
      const sourceCountries = new Set(sourceIds.map((id) => ctx.actors.get(id)?.country).filter(Boolean));
      targetParties = targetParties.filter((q) => !sourceCountries.has(ctx.actors.get(q.actor)?.country));
      if (TWO_SIDED.has(type) && targetParties.length === 0) steps.push('several parties acting together: all are sources, no target');
    }
    if (p.flags.needtarget && targetParties.length === 0 && sourceIds.length < 2) {
      drop(`"${p.text}" needs someone it is done to or with, and none was found`);
      continue;
    }
    if (sourceIds.length === 0 && targetParties.length === 0) {
      drop('no actor found for it in the sentence');
      continue;
    }
    targetParties = dedupeParties(targetParties);
    const targetIds = unique(targetParties.map((q) => q.actor));

    const sameAct = events.slice(firstOfSentence).find((e) => e.type === type && sameIds(e.source, sourceIds) && (targetIds.length === 0 || sameIds(e.target, targetIds)));
    if (sameAct) {
      drop(`same act as the ${type} event already coded from "${sameAct.trigger.text}"`);
      continue;
    }
    const triggerSpan = spanOfTokens(tokens, m.first, m.last);
    const date = nearestDate(ctx.dates, s, triggerSpan.start);
    const evidence: Span[] = m.tokens.map((t) => ({ start: tokens[t]!.start, end: tokens[t]!.end }));
    for (const q of [...source.parties, ...targetParties]) for (const mm of q.mentions) evidence.push({ start: mm.start, end: mm.end });
    if (date) evidence.push(date.span);
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

/** The coordinated parties after "between" inside a noun expression, if any. */
function partiesBetween(ctx: EventContext, s: Sentence, m: PatternMatch, cues: EventCues): Arguments | null {
  for (let t = m.first; t <= m.last; t++) {
    if (ctx.tokens[t]!.lower !== 'between') continue;
    const found = findObject(ctx, s, t + 1, cues, new Set(), new Set());
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
