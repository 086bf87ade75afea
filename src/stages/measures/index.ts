import type { Document } from '../../document/document.js';
import type { DateMention, EventAnnotation, Measure, Mention, Period, Quantity, Sentence, Token } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { measureLexicon, phraseStartingAt, type MeasureCue } from '../../lexicon/measures.js';
import type { Stage } from '../../pipeline/stage.js';
import { dateRole, deadlineIn, periodOf, relativeDeadline, shiftPeriod, type DateRole } from './periods.js';
import { subjectOf } from './subject.js';
import {
  clauseOf, cueAfter, cueBefore, sentenceWords, tokenAt, topicAfter, topicBefore, type SentenceWords,
} from './words.js';
import { sortInPlace } from '../../document/order.js';

/** Targets stated by a verb alone: "intend to double their trade". */
const MULTIPLY: ReadonlyMap<string, number> = new Map([['double', 2], ['triple', 3], ['treble', 3], ['quadruple', 4]]);
/** Most texts hold none of these words: one search of the text spares a look at every token. */
const MULTIPLY_WORD = /\b(?:double|triple|treble|quadruple)\b/i;

type Draft = {
  -readonly [K in keyof Measure]: Measure[K];
} & {
  qt0: number;
  qt1: number;
  clause: { start: number; end: number };
  /** The part of the clause that is read: a bounded window around the figure. */
  win: { start: number; end: number };
  kind: Quantity['kind'] | null;
  why: string[];
  /** "year on year" next to a change: its base is the period before its own, once that is known. */
  prior: { text: string; start: number; end: number } | null;
  /** The text names a base that is no date ("since the agreement took effect"): none is assumed. */
  unstatedBase: boolean;
};

interface DatedRole {
  period: Period;
  role: DateRole;
  cue: string | null;
  cueStart: number;
  /** The quantity nearest to this date in its clause: only it may take the date as its own period. */
  claimedBy: string | null;
}

interface SentenceContext {
  readonly text: string;
  readonly docDate: string | null;
  readonly docMonth: string | null;
  readonly sw: SentenceWords;
  readonly dates: readonly DatedRole[];
  readonly rawDates: readonly DateMention[];
  readonly events: readonly EventAnnotation[];
  readonly mentions: readonly Mention[];
}

const charSpan = (tokens: readonly Token[], r: { start: number; end: number }) => ({
  start: tokens[r.start]?.start ?? 0,
  end: tokens[Math.max(r.start, r.end - 1)]?.end ?? 0,
});

/** Character distance between two spans (0 when they touch or overlap). */
const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, a.start - b.end, b.start - a.end);

function nearest(
  dates: readonly DatedRole[], role: DateRole, span: { start: number; end: number }, within: { start: number; end: number }, claimant?: string,
): DatedRole | null {
  let best: DatedRole | null = null;
  for (const d of dates) {
    if (d.role !== role || d.period.start < within.start || d.period.end > within.end) continue;
    if (claimant !== undefined && d.claimedBy !== null && d.claimedBy !== claimant) continue;
    if (!best || gap(d.period, span) < gap(best.period, span)) best = d;
  }
  return best;
}

const RATE_AFTER = new Set(['a', 'an', 'per', 'every', 'each']);

// The kinds of cue readQuantity asks for, one list each for every figure rather than a literal made per question.
const TARGET: readonly MeasureCue[] = ['target'];
const INTENT: readonly MeasureCue[] = ['intent'];
const RAISE: readonly MeasureCue[] = ['raise'];
const UP_DOWN: readonly MeasureCue[] = ['up', 'down'];
const BASE_PRIOR: readonly MeasureCue[] = ['base-prior'];
/** Words that lead from a change to the level it reaches: "grew ... to $284 million", "and reached 25 billion dollars". */
const REACH: readonly string[] = ['to', 'reach', 'reached', 'reaching', 'reaches', 'hit', 'totalled', 'totaled', 'amounted'];
/** Verbs of being before a target named after the figure ("$5 billion is the target"). */
const BE_BEFORE_TARGET: readonly string[] = ['is', 'are', 'was', 'as', 'be'];

/** "$5 billion is the target", "... as a target": the word "target" after the figure, one to three words after a verb of being. */
function targetNamedAfter(sw: SentenceWords, clause: { end: number }, qt1: number): ReturnType<typeof cueAfter> {
  const after = cueAfter(sw, TARGET, qt1, Math.min(clause.end, qt1 + 6));
  if (!after) return null;
  for (const w of BE_BEFORE_TARGET) if (sw.word(after.start - 1) === w || sw.word(after.start - 2) === w || sw.word(after.start - 3) === w) return after;
  return null;
}
const RATE_UNIT = new Set(['day', 'hour', 'minute', 'second', 'week']);

const WINDOW_BEFORE = 40;
const WINDOW_AFTER = 24;

function windowOf(clause: { start: number; end: number }, t0: number, t1: number): { start: number; end: number } {
  return { start: Math.max(clause.start, t0 - WINDOW_BEFORE), end: Math.min(clause.end, t1 + WINDOW_AFTER) };
}

/** Items of a list sorted by start that lie inside [span.start, span.end): a binary search, then a short walk. */
function datesIn<T extends { readonly start: number; readonly end: number } | { readonly period: Period }>(sorted: readonly T[], span: { start: number; end: number }): T[] {
  const startOf = (x: T) => ('period' in x ? x.period.start : x.start);
  const endOf = (x: T) => ('period' in x ? x.period.end : x.end);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startOf(sorted[mid]!) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < sorted.length && startOf(sorted[k]!) < span.end; k++) if (endOf(sorted[k]!) <= span.end) out.push(sorted[k]!);
  return out;
}

/** A clause that opens with its verb ("but grew ...") has no subject of its own. */
function startsWithVerb(sw: SentenceWords, start: number): boolean {
  for (let i = start; i < Math.min(sw.sentence.tokenEnd, start + 3); i++) {
    const pos = sw.tokens[i]!.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos !== 'ADV' && pos !== 'PUNCT') return false;
  }
  return false;
}

/** Reads one figure: its topic, role, periods and parties. Null when it measures no known topic. */
function readQuantity(ctx: SentenceContext, q: Quantity): Draft | null {
  const { sw, text } = ctx;
  const tokens = sw.tokens;
  const qt0 = tokenAt(tokens, q.start);
  const qt1 = tokenAt(tokens, q.end);
  const clause = clauseOf(sw, qt0);
  // Everything is read within a bounded window of the clause: a sentence with no punctuation stays linear.
  const win = windowOf(clause, qt0, qt1);
  const why: string[] = [];

  // "$2 billion a day", "$23,000 every second": a rate, not a figure of a period.
  if (RATE_AFTER.has(sw.word(qt1)) && RATE_UNIT.has(sw.word(qt1 + 1))) return null;

  let topic: { start: number; end: number; topic: string } | null = null;
  if (q.kind === 'count' && q.unit) {
    // A count names what it counts; a topic word right before it may still say what series it joins ("exports of 300 tonnes").
    topic = topicBefore(sw, Math.max(clause.start, qt0 - 3), qt0);
    if (topic) why.push(`topic "${topic.topic}" just before the count`);
    else {
      why.push(`topic: the count's unit "${q.unit}"`);
    }
  } else {
    topic = topicBefore(sw, Math.max(clause.start, qt0 - 30), qt0);
    if (topic) why.push(`topic "${topic.topic}": nearest head noun before`);
    if (!topic) {
      topic = topicAfter(sw, qt1, win.end);
      if (topic) why.push(`topic "${topic.topic}": named after the figure`);
    }
    if (!topic && clause.start > sw.sentence.tokenStart && startsWithVerb(sw, clause.start)) {
      // "... fell by 7.4% in 2020 but grew 1.4 times": a clause with no subject of its own shares the one before.
      const previous = clauseOf(sw, clause.start - 2);
      topic = topicBefore(sw, Math.max(previous.start, qt0 - 40), clause.start - 1);
      if (topic) why.push(`topic "${topic.topic}": subject of the clause before, shared by "${sw.word(clause.start - 1)} ${sw.word(clause.start)}"`);
    }
    // A change with no topic of its own may be a change of the count before it ("430 lifts, 1.5 times more"): see adoptTopics.
    if (!topic && q.kind !== 'percent' && q.kind !== 'ratio') return null;
  }
  const topicName = topic?.topic ?? q.unit ?? '';
  const topicSpan = topic ? charSpan(tokens, topic) : null;

  // Target: an aim named before it, an intent with a verb of raising, or a future deadline.
  const clauseChars = charSpan(tokens, win);
  const targetNoun = cueBefore(sw, TARGET, Math.max(clause.start, qt0 - 12), qt0) ?? targetNamedAfter(sw, clause, qt1);
  const intent = cueBefore(sw, INTENT, Math.max(clause.start, qt0 - 25), qt0);
  const raise = intent ? cueBefore(sw, RAISE, intent.end, qt0) : null;
  // Dates are shared out first: each goes to the figure nearest to it ("$400 million this year and $500 million by 2025").
  const span = { start: q.start, end: q.end };
  const roles = datesIn(ctx.dates, clauseChars);
  const due = nearest(roles, 'deadline', span, clauseChars, q.id);
  const explicitDeadline: Period | null = due ? { ...due.period, text: text.slice(due.cueStart, due.period.end), start: due.cueStart } : null;
  const futureDeadline = explicitDeadline && ctx.docMonth && explicitDeadline.to >= ctx.docMonth ? explicitDeadline : null;
  let role: Measure['role'] = 'level';
  if (targetNoun) {
    role = 'target';
    why.push(`target: "${sw.word(targetNoun.start)}"`);
  } else if (intent && raise) {
    role = 'target';
    why.push(`target: "${sw.word(intent.start)}" ... "${sw.word(raise.start)}"`);
  } else if (futureDeadline) {
    role = 'target';
    why.push(`target: due "${futureDeadline.text}"`);
  }

  let direction: Measure['direction'] = null;
  if (role !== 'target' && (q.kind === 'percent' || q.kind === 'ratio')) {
    const dir = cueBefore(sw, UP_DOWN, Math.max(clause.start, qt0 - 6), qt0) ?? cueAfter(sw, UP_DOWN, qt1, Math.min(clause.end, qt1 + 3));
    if (dir) {
      role = 'change';
      direction = dir.cue === 'down' ? 'down' : 'up';
      why.push(`change ${direction}: "${sw.word(dir.start)}"`);
    } else if (q.kind === 'ratio') {
      role = 'change';
      why.push('change: a ratio');
    }
  }

  let period: Period | null = null;
  let base: Period | null = null;
  let deadline: Period | null = null;
  // "reached $108.7 million, compared with $81 million in 2017": a date is the period of the figure nearest to it.
  const own = nearest(roles, 'period', span, clauseChars, q.id);
  if (role === 'target') {
    // The nearer of "by 2025" and a period not yet over ("this year") is when it is due.
    const future = own && ctx.docMonth && own.period.to >= ctx.docMonth ? own : null;
    if (future && (!due || gap(future.period, span) < gap(due.period, span))) deadline = future.period;
    else if (explicitDeadline) deadline = explicitDeadline;
    else if (own) period = own.period;
    deadline ??= relativeDeadline(text, clauseChars.start, clauseChars.end, ctx.docDate);
    if (deadline) why.push(`due ${deadline.value} ("${deadline.text}")`);
  } else if (own) {
    period = own.period;
    why.push(`period ${period.value}: nearest date in the clause`);
  }
  if (role === 'change') {
    const b = nearest(roles, 'base', span, clauseChars, q.id);
    if (b) {
      base = b.period;
      // "compared with the same period last year": the base year, at the grain of the figure's own period.
      if (period && base.grain === 'year' && period.grain !== 'year') base = shiftPeriod(period, Number(period.from.slice(0, 4)) - Number(base.from.slice(0, 4)), base);
      why.push(`base ${base.value} ("${b.cue}")`);
    }
  }
  let prior: Draft['prior'] = null;
  let unstatedBase = false;
  if (role === 'change' && !base) {
    // "up 56 percent since the agreement took effect": a base the text gives, but not as a date.
    const next = phraseStartingAt(measureLexicon().cues, sw.word, qt1, clause.end);
    unstatedBase = next !== null && next.value.has('base') && !next.value.has('base-prior');
    const cue = cueAfter(sw, BASE_PRIOR, qt1, Math.min(clause.end, qt1 + 8)) ?? cueBefore(sw, BASE_PRIOR, Math.max(clause.start, qt0 - 4), qt0);
    if (cue) {
      const words = charSpan(tokens, cue);
      prior = { text: text.slice(words.start, words.end), start: words.start, end: words.end };
    }
  }

  return {
    id: '', quantity: q.id, topic: topicName, topicSpan, role, direction, ratio: role === 'target' && q.kind === 'ratio' ? q.value : null,
    period, base, deadline, level: null, subject: [], start: q.start, end: q.end, stage: 'measures', rule: '',
    qt0, qt1, clause, win, kind: q.kind, why, prior, unstatedBase,
  };
}

/** "intend to double their trade within three years": a target with a multiple and no figure. */
function readVerbTargets(ctx: SentenceContext, drafts: readonly Draft[]): Draft[] {
  const { sw, text } = ctx;
  const out: Draft[] = [];
  const { topics } = measureLexicon();
  for (let i = sw.sentence.tokenStart; i < sw.sentence.tokenEnd; i++) {
    const ratio = MULTIPLY.get(sw.word(i));
    if (!ratio || sw.tokens[i]!.pos === 'NOUN' || sw.tokens[i]!.pos === 'ADJ') continue;
    const clause = clauseOf(sw, i);
    const intent = cueBefore(sw, INTENT, Math.max(clause.start, i - 6), i);
    if (!intent) continue;
    // "to double trade to $500 million": the figure carries the target.
    const next = firstAfter(drafts, i);
    if (next && next.role === 'target' && next.clause.start === clause.start) continue;
    let topic: { start: number; end: number; topic: string } | null = null;
    for (let k = i + 1; k < Math.min(clause.end, i + 6) && !topic; k++) {
      const hit = phraseStartingAt(topics, sw.word, k, clause.end);
      if (hit) topic = { start: k, end: hit.end, topic: hit.value };
    }
    if (!topic) continue;
    const win = windowOf(clause, i, i + 1);
    const clauseChars = charSpan(sw.tokens, win);
    const deadline = deadlineIn(text, clauseChars.start, clauseChars.end, datesIn(ctx.rawDates, clauseChars), ctx.docDate)
      ?? datesIn(ctx.dates, clauseChars).find((d) => d.role === 'period' && ctx.docMonth !== null && d.period.to >= ctx.docMonth)?.period
      ?? null;
    const t = sw.tokens[i]!;
    out.push({
      id: '', quantity: null, topic: topic.topic, topicSpan: charSpan(sw.tokens, topic), role: 'target', direction: null, ratio,
      period: null, base: null, deadline, level: null, subject: [], start: t.start, end: t.end, stage: 'measures', rule: '',
      qt0: i, qt1: i + 1, clause, win, kind: null, prior: null, unstatedBase: false,
      why: [`target: "${sw.word(intent.start)}" ... "${t.lower}" (x${ratio})`, ...(deadline ? [`due ${deadline.value} ("${deadline.text}")`] : [])],
    });
  }
  return out;
}

/** The first draft (drafts are in text order) whose figure starts after token `i`. */
function firstAfter(drafts: readonly Draft[], i: number): Draft | undefined {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (drafts[mid]!.qt0 <= i) lo = mid + 1;
    else hi = mid;
  }
  return drafts[lo];
}

/**
 * A change and the level it leads to or comes with: "grew 2.6 times ... to over $284 million",
 * "reached $108.7 million in 2018, up 34%". They share a period when only one names it.
 */
function linkLevels(drafts: Draft[], sw: SentenceWords): void {
  drafts.forEach((c, ci) => {
    if (c.role !== 'change') return;
    const fits = (l: Draft) => l.role === 'level' && l.topic === c.topic && l.clause.start === c.clause.start && (l.kind === 'money' || l.kind === 'count');
    const following: Draft[] = [];
    for (let k = ci + 1; k < drafts.length && drafts[k]!.qt0 - c.qt1 <= 14; k++) if (fits(drafts[k]!)) following.push(drafts[k]!);
    let before: Draft | undefined;
    for (let k = ci - 1; k >= 0 && c.qt0 - drafts[k]!.qt1 <= 15 && !before; k--) if (fits(drafts[k]!)) before = drafts[k];
    // "grew ... to $284 million", "grew by 18 percent and reached 25 billion dollars".
    const after = following.find((l) => sw.word(l.qt0 - 1) === 'to')
      ?? following.find((l) => REACH.includes(sw.word(l.qt0 - 1)) || REACH.includes(sw.word(l.qt0 - 2)));
    const level = after ?? before;
    if (!level) return;
    c.level = level.quantity;
    c.why.push(`level: the figure ${after ? 'it leads to' : 'before it'}`);
    if (!level.period && c.period) {
      level.period = c.period;
      level.why.push(`period ${c.period.value}: of the change that leads to it`);
    } else if (level.period && !c.period) {
      c.period = level.period;
      c.why.push(`period ${level.period.value}: of its level`);
    }
  });
}

/** "BYN 212 million, or roughly RUB 6.1 billion", "$5 million (EUR 4.6 million)": one amount in two currencies. */
function linkEquivalents(drafts: Draft[], sw: SentenceWords): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    const prev = drafts[k - 1]!;
    if (d.kind !== 'money' || prev.kind !== 'money' || d.clause.start !== prev.clause.start || d.qt0 - prev.qt1 > 2) continue;
    const between: string[] = [];
    for (let t = prev.qt1; t < d.qt0; t++) between.push(sw.word(t));
    const joined = between.join(' ');
    if (joined !== ', or' && joined !== 'or' && joined !== '(' && joined !== ', or about') continue;
    d.topic = prev.topic;
    d.topicSpan = prev.topicSpan;
    d.role = prev.role;
    d.period = prev.period;
    d.deadline = prev.deadline;
    d.why.unshift(`the figure before in another currency ("${joined}"): its topic, role and period`);
  }
}

/** A change without a topic of its own takes the one of the figure right before it: "430 lifts last year, 1.5 times more". */
function adoptTopics(drafts: Draft[]): Draft[] {
  return drafts.filter((d, di) => {
    if (d.topic !== '') return true;
    let before: Draft | undefined;
    for (let k = di - 1; k >= 0 && d.qt0 - drafts[k]!.qt1 <= 8 && !before; k--) {
      const l = drafts[k]!;
      if (l.topic !== '' && l.role === 'level' && l.clause.start === d.clause.start) before = l;
    }
    if (!before || d.role !== 'change') return false;
    d.topic = before.topic;
    d.topicSpan = before.topicSpan;
    d.why.unshift(`topic "${before.topic}": of the figure it compares`);
    return true;
  });
}

/** "increased by 26 percent last year and by 14.4 percent in the first seven months": the verb is shared. */
function shareChanges(drafts: Draft[], sw: SentenceWords): void {
  for (let k = 1; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (d.role !== 'level' || (d.kind !== 'percent' && d.kind !== 'ratio') || sw.word(d.qt0 - 1) !== 'by' || sw.word(d.qt0 - 2) !== 'and') continue;
    let previous: Draft | undefined;
    for (let j = k - 1; j >= 0 && !previous; j--) if (drafts[j]!.role === 'change' && drafts[j]!.clause.start === d.clause.start && drafts[j]!.topic === d.topic) previous = drafts[j];
    if (!previous) continue;
    d.role = 'change';
    d.direction = previous.direction;
    d.why.push(`change${d.direction ? ` ${d.direction}` : ''}: shares the verb of the change before it ("and by")`);
  }
}

/**
 * "year on year": the period before the change's own, now that linked levels have shared theirs.
 * A change over a period with no base named ("fell by 7.4% in 2020") is read the way statistics
 * are reported: against the same period a year before.
 */
function applyPriorBases(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.role !== 'change' || d.base || !d.period || d.unstatedBase) continue;
    if (d.prior) {
      d.base = shiftPeriod(d.period, 1, d.prior);
      d.why.push(`base ${d.base.value} ("${d.prior.text}")`);
    } else {
      d.base = shiftPeriod(d.period, 1, { text: d.period.text, start: d.period.start, end: d.period.end });
      d.why.push(`base ${d.base.value}: none named, so the same period a year before`);
    }
  }
}

function subjectFromClause(ctx: SentenceContext, d: Draft): string[] {
  // "Belarus and Irkutsk Oblast intend to double their trade": two or more actors before the figure.
  const start = ctx.sw.tokens[d.win.start]!.start;
  const end = ctx.sw.tokens[d.qt0]?.start ?? d.start;
  const ids: string[] = [];
  for (let k = lowerBound(ctx.mentions, start); k < ctx.mentions.length && ctx.mentions[k]!.start < end; k++) {
    const id = ctx.mentions[k]!.actor;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.length >= 2 ? ids : [];
}

/**
 * What each figure is a figure of (topic, level / change / target, period, base, deadline, and
 * between whom), read from the clause around it. Runs after the event coder so that trade
 * figures take the parties it found.
 */
export const measures: Stage = {
  name: 'measures',
  reads: ['sentences', 'tokens', 'dates', 'quantities', 'mentions', 'actors', 'events'],
  writes: ['measures'],
  run(doc: Document) {
    const text = doc.text;
    const tokens = doc.layer('tokens');
    const sentences = doc.layer('sentences');
    const quantities = inTextOrder(doc.layer('quantities'));
    // The text is searched for a verb of multiplying once, for both questions.
    const multiplyWords = MULTIPLY_WORD.test(text);
    if (quantities.length === 0 && !multiplyWords) {
      doc.setLayer('measures', [], this.name);
      return;
    }
    const dates = inTextOrder(doc.layer('dates'));
    const mentions = inTextOrder(doc.layer('mentions').filter((m) => m.actor !== null));
    const eventsBySentence = new Map<number, EventAnnotation[]>();
    for (const e of doc.layer('events')) {
      const list = eventsBySentence.get(e.sentence) ?? [];
      list.push(e);
      eventsBySentence.set(e.sentence, list);
    }
    const docDate = doc.meta.date;
    const docMonth = docDate ? docDate.slice(0, 7) : null;
    const out: Measure[] = [];
    const lastSubject = new Map<string, string[]>();
    let qi = 0;
    for (const s of sentences) {
      const qs: Quantity[] = [];
      while (qi < quantities.length && quantities[qi]!.start < s.end) {
        if (quantities[qi]!.start >= s.start) qs.push(quantities[qi]!);
        qi++;
      }
      let multiplies = false;
      for (let i = s.tokenStart; multiplyWords && i < s.tokenEnd && !multiplies; i++) multiplies = MULTIPLY.has(tokens[i]!.lower);
      if (qs.length === 0 && !multiplies) continue;
      const ctx = sentenceContext(text, docDate, docMonth, tokens, s, dates, eventsBySentence.get(s.index) ?? [], mentions, qs);
      const read: Draft[] = [];
      for (let k = 0; k < qs.length; k++) {
        const d = readQuantity(ctx, qs[k]!);
        if (d !== null) read.push(d);
      }
      const drafts = adoptTopics(read);
      if (multiplies) for (const d of readVerbTargets(ctx, drafts)) drafts.push(d);
      sortInPlace(drafts, (a, b) => a.start - b.start);
      shareChanges(drafts, ctx.sw);
      linkLevels(drafts, ctx.sw);
      linkEquivalents(drafts, ctx.sw);
      applyPriorBases(drafts);
      const trade = ctx.events.find((e) => e.mode === 'trade');
      for (const d of drafts) {
        let subject = subjectOf(d.topic, trade, ctx.sw, d.win, mentions);
        // A figure of trade is between two: with fewer named, it is the one last spoken of.
        if (subject.ids.length < 2) {
          const named = subjectFromClause(ctx, d);
          const previous = lastSubject.get(d.topic);
          if (named.length > 0) subject = { ids: named, rule: 'actors named before it in the clause' };
          else if (previous) subject = { ids: previous, rule: `same ${d.topic} as the figure before${subject.ids.length === 1 ? ' (the sentence names one side only)' : ''}` };
        }
        if (subject.ids.length >= 2) lastSubject.set(d.topic, subject.ids);
        // The measure's own fields in the order of the layer, without the draft's working fields: a
        // literal, not a rest and a spread, which the engine copies field by field through a slow path.
        out.push({
          id: `m${out.length + 1}`, quantity: d.quantity, topic: d.topic, topicSpan: d.topicSpan, role: d.role, direction: d.direction,
          ratio: d.ratio, period: d.period, base: d.base, deadline: d.deadline, level: d.level, subject: subject.ids, start: d.start,
          end: d.end, stage: d.stage, rule: d.why.length > 0 ? `${d.why.join('; ')}; subject: ${subject.rule}` : `subject: ${subject.rule}`,
        });
      }
    }
    doc.setLayer('measures', out, this.name);
  },
};

/** Layers usually arrive in text order; copy and sort only when one does not. */
function inTextOrder<T extends { readonly start: number }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return [...items].sort((a, b) => a.start - b.start);
  return items;
}

function sentenceContext(
  text: string, docDate: string | null, docMonth: string | null, tokens: readonly Token[], s: Sentence,
  dates: readonly DateMention[], events: readonly EventAnnotation[], mentions: readonly Mention[], quantities: readonly Quantity[],
): SentenceContext {
  const sw = sentenceWords(tokens, s);
  const rawDates: DateMention[] = [];
  for (let k = lowerBound(dates, s.start); k < dates.length && dates[k]!.start < s.end; k++) rawDates.push(dates[k]!);
  const roles: DatedRole[] = [];
  for (const d of rawDates) {
    // A day is when something happened, not the period a figure covers.
    if (d.grain === 'day') continue;
    const period = periodOf(text, d);
    const r = dateRole(text, period.start);
    const t = tokenAt(tokens, d.start);
    const chars = charSpan(tokens, windowOf(clauseOf(sw, t), t - WINDOW_AFTER, t + WINDOW_BEFORE));
    let claimedBy: Quantity | null = null;
    for (const q of datesIn(quantities, chars)) {
      // A base is claimed among the changes only ("2.6 times in comparison with 2018 to $284 million").
      if (r.role === 'base' && q.kind !== 'percent' && q.kind !== 'ratio') continue;
      if (!claimedBy || gap(q, period) < gap(claimedBy, period)) claimedBy = q;
    }
    roles.push({ period, role: r.role, cue: r.cue, cueStart: r.cueStart, claimedBy: claimedBy?.id ?? null });
  }
  return { text, docDate, docMonth, sw, dates: roles, rawDates, events, mentions };
}
