import type { Document } from '../../document/document.js';
import type { Actor, DateMention, Mention, Quote, Sentence, Token } from '../../document/layers.js';
import { actorsById } from '../../document/actor-index.js';
import { lowerBound } from '../../document/span.js';

/**
 * What the event coder needs to know about a document, indexed once: which mention
 * (with a resolved actor) covers each token, actors by id, quotes.
 */
export interface EventContext {
  readonly doc: Document;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  readonly mentionOfToken: Int32Array;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly quotes: readonly Quote[];
  /** Per token: 1 inside a date expression ("on 25 September", "Tuesday"). */
  readonly inDate: Uint8Array;
  /** Date expressions sorted by start. */
  readonly dates: readonly DateMention[];
  /**
   * First words of the lexicon matches in the sentence being coded: a noun phrase never runs
   * across one ("Georgia release four officers" is two phrases, whatever the tagger says).
   */
  triggerTokens: ReadonlySet<number>;
}

/** Layers usually arrive in text order; copy and sort only when one does not. */
function sortedByStart<T extends { readonly start: number; readonly end: number }>(items: readonly T[]): readonly T[] {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) {
      return [...items].sort((x, y) => x.start - y.start || y.end - x.end);
    }
  }
  return items;
}

/**
 * The per-token arrays of the context, kept from one document to the next: a typed array of its
 * own for every document is an allocation outside the heap each time, which costs more than
 * clearing a view of one that is already there. Long documents get arrays of their own, so
 * that the kept ones stay small.
 */
const SCRATCH_TOKENS = 1 << 14;
let mentionScratch = new Int32Array(0);
let dateScratch = new Uint8Array(0);
/** Whether a context made from the scratch arrays is being read (codeEvents is not re-entered, but a trace sink might). */
let scratchInUse = false;

/** Arrays for `n` tokens: views of the scratch arrays, cleared, or new ones. */
function tokenArrays(n: number): { mentionOfToken: Int32Array; inDate: Uint8Array } {
  if (scratchInUse || n > SCRATCH_TOKENS) return { mentionOfToken: new Int32Array(n).fill(-1), inDate: new Uint8Array(n) };
  if (mentionScratch.length < n) {
    const size = Math.min(SCRATCH_TOKENS, Math.max(n, mentionScratch.length * 2, 1024));
    mentionScratch = new Int32Array(size);
    dateScratch = new Uint8Array(size);
  }
  scratchInUse = true;
  return { mentionOfToken: mentionScratch.subarray(0, n).fill(-1), inDate: dateScratch.subarray(0, n).fill(0) };
}

/** Gives back the scratch arrays a context took (see tokenArrays); nothing must read that context afterwards. */
export function releaseContext(ctx: EventContext): void {
  if (ctx.mentionOfToken.buffer === mentionScratch.buffer) scratchInUse = false;
}

export function buildContext(doc: Document): EventContext {
  const tokens = doc.layer('tokens');
  const mentions = sortedByStart(doc.layer('mentions'));
  const actors = actorsById(doc);
  const { mentionOfToken, inDate } = tokenArrays(tokens.length);
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    const from = lowerBound(tokens, m.start);
    // Tokens overlapping the mention; an enclosing (longer) mention keeps its tokens.
    for (let t = from; t < tokens.length && tokens[t]!.start < m.end; t++) {
      if (mentionOfToken[t] === -1) mentionOfToken[t] = mi;
    }
    // A mention that starts inside a token (rare tokenisation mismatch) still claims it.
    const before = from - 1;
    if (before >= 0 && tokens[before]!.end > m.start && mentionOfToken[before] === -1) mentionOfToken[before] = mi;
  }
  const quotes = sortedByStart(doc.layer('quotes'));
  const dates = sortedByStart(doc.layer('dates'));
  for (const d of dates) {
    for (let t = lowerBound(tokens, d.start); t < tokens.length && tokens[t]!.start < d.end; t++) inDate[t] = 1;
  }
  return { doc, tokens, sentences: doc.layer('sentences'), mentions, mentionOfToken, actors, quotes, inDate, dates, triggerTokens: new Set() };
}

/** The mention at a token if it resolves to an actor, else null. */
export function actorMentionAt(ctx: EventContext, t: number): Mention | null {
  const mi = ctx.mentionOfToken[t]!;
  if (mi < 0) return null;
  const m = ctx.mentions[mi]!;
  return m.actor !== null && ctx.actors.has(m.actor) ? m : null;
}

/** The quote whose text contains the offset, if any. */
export function quoteAt(ctx: EventContext, offset: number): Quote | null {
  const i = lowerBound(ctx.quotes, offset + 1) - 1;
  for (let k = i; k >= 0 && k >= i - 3; k--) {
    const q = ctx.quotes[k]!;
    if (q.start <= offset && offset < q.end) return q;
  }
  return null;
}
