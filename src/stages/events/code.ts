import type { Document } from '../../document/document.js';
import type { EventAnnotation, Sentence } from '../../document/layers.js';
import { emptyList } from '../../document/order.js';
import { discardIn } from '../../lexicon/cameo-discards.js';
import { admitEvent } from './admit.js';
import { NO_PARTIES, matchedWords, ruleOf, type Coding, type Governor, type SentenceCoding } from './coding.js';
import { buildContext, releaseContext, type EventContext } from './context.js';
import { withDictionary } from './dictionary-events.js';
import { eventLexicon, type DictionaryOrigin, type EventLexicon } from './lexicon.js';
import { datedByMeeting } from './look-back.js';
import { findMatches, type PatternMatch } from './match.js';
import { readModality } from './modality.js';
import { findParties } from './parties.js';
import { screenMatch } from './screen.js';
import { complementEnd, type VerbGroup } from './syntax.js';

/**
 * The event coder as a pipeline of small steps. For each sentence: the expressions it holds
 * (hand-written patterns, then the CAMEO dictionary on the verbs they leave; none in a sentence
 * about sport or show business), and which of them sit in another's complement. For each
 * expression: does it report an act (screen.ts), what do negation, modality and the complement
 * make of it (modality.ts), who acts on whom (parties.ts), and is it an event to keep (admit.ts).
 * Across sentences: meetings lend their date to what their parties do next (look-back.ts).
 */

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
  /** The CAMEO dictionary entry behind the match, when the dictionary found it. */
  readonly origin?: DictionaryOrigin;
}

export type TraceSink = (trace: EventTrace) => void;

/**
 * Codes PLOVER events in every sentence of a processed document. Pure: reads the
 * tokens, mentions, actors, quotes and dates layers and returns the events; `trace`
 * receives an account of every lexicon match, coded or not.
 */
export function codeEvents(doc: Document, trace?: TraceSink, lexicon: EventLexicon = eventLexicon()): EventAnnotation[] {
  const ctx = buildContext(doc);
  const events: EventAnnotation[] = [];
  try {
    for (const s of ctx.sentences) codeSentence(ctx, s, lexicon, events, trace);
  } finally {
    releaseContext(ctx);
  }
  return datedByMeeting(events);
}

function codeSentence(ctx: EventContext, s: Sentence, lexicon: EventLexicon, events: EventAnnotation[], trace?: TraceSink): void {
  const matches = sentenceMatches(ctx, s, lexicon);
  if (matches.length === 0) return;
  const sc = readComplements(ctx, s, lexicon, events, matches);
  const traces: EventTrace[] = [];
  for (const m of matches) {
    const c = newCoding(m, trace !== undefined);
    const why = screenMatch(sc, c) ?? readModality(sc, c) ?? findParties(sc, c);
    const event = why ?? admitEvent(sc, c);
    if (typeof event === 'function') {
      if (trace) traces.push({ sentence: s.index, rule: ruleOf(m.pattern), matched: matchedWords(ctx, m), steps: c.steps, dropped: event(), event: null, sourceHow: null, targetHow: null, origin: m.pattern.origin });
      continue;
    }
    events.push(event);
    if (trace) traces.push({ sentence: s.index, rule: ruleOf(m.pattern), matched: event.trigger.text, steps: c.steps, dropped: null, event, sourceHow: c.source.how, targetHow: c.target.how, origin: m.pattern.origin });
  }
  // Sports, entertainment, accidents: a sentence with a discard phrase reports no political act.
  // Looked for only once the sentence has coded something, which few do.
  const discard = lexicon.dictionary && events.length > sc.firstOfSentence ? discardIn(ctx.tokens, s.tokenStart, s.tokenEnd) : null;
  if (discard) {
    events.length = sc.firstOfSentence;
    const why = `the sentence is about something else: "${discard.phrase}" (discards.tsv:${discard.line})`;
    for (const t of traces) trace?.({ ...t, dropped: t.dropped ?? why, event: null, sourceHow: null, targetHow: null });
    return;
  }
  for (const t of traces) trace?.(t);
}

/** The sentence's expressions, in text order: hand-written patterns, and the CAMEO dictionary on the verbs they leave. */
function sentenceMatches(ctx: EventContext, s: Sentence, lexicon: EventLexicon): PatternMatch[] {
  const hand = findMatches(lexicon, ctx.tokens, s.tokenStart, s.tokenEnd);
  // The dictionary codes acts between actors the sentence names; without any it has nothing to add.
  return namesAnActor(ctx, s) ? withDictionary(lexicon, ctx.tokens, s, hand, ctx.inDate) : hand;
}

function namesAnActor(ctx: EventContext, s: Sentence): boolean {
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if (ctx.mentionOfToken[t]! >= 0) return true;
  return false;
}

/** Which matches sit in the complement of a governing expression ("agreed to provide aid"), coded with it. */
function readComplements(ctx: EventContext, s: Sentence, lexicon: EventLexicon, events: EventAnnotation[], matches: readonly PatternMatch[]): SentenceCoding {
  // Made on the sentence's first governing expression: most sentences have none.
  let governorOf: Map<PatternMatch, Governor> | null = null;
  let governors: Map<PatternMatch, Governor> | null = null;
  let active: Governor | null = null;
  for (const m of matches) {
    if (active && m.first <= active.end) {
      (governorOf ??= new Map()).set(m, active);
      active.embedded.push(m);
      continue;
    }
    active = null;
    if (m.pattern.type && m.pattern.flags.gov) {
      active = { match: m, end: complementEnd(ctx.tokens, s, m.last + 1, lexicon.cues, ctx.tokens[m.first]), embedded: [] };
      (governors ??= new Map()).set(m, active);
    }
  }
  const heads = new Set<number>();
  for (const m of matches) heads.add(m.first);
  ctx.triggerTokens = heads;
  return {
    ctx, s, lexicon, cues: lexicon.cues, tokens: ctx.tokens, events, firstOfSentence: events.length, heads,
    governors: governors ?? NO_GOVERNORS, governorOf: governorOf ?? NO_GOVERNORS, previousSubject: null,
  };
}

/** The governors of a sentence with no governing expression: read, never written. */
const NO_GOVERNORS: ReadonlyMap<PatternMatch, Governor> = new Map();

const NO_VERB_GROUP: VerbGroup = { start: 0, negated: false, future: false, speculative: false, obligation: false, passive: false, purpose: false, words: emptyList() };

function newCoding(m: PatternMatch, explained: boolean): Coding {
  const p = m.pattern;
  return {
    m, p, steps: [], explained, type: p.type ?? 'AGREE', mode: p.mode, cameo: p.cameo, vg: NO_VERB_GROUP, passive: false,
    governor: undefined, embedded: undefined, purposeProtest: false, claimed: null, reportedObligation: false,
    subject: NO_PARTIES, source: NO_PARTIES, target: NO_PARTIES,
  };
}

