import type { Document } from '../../document/document.js';
import type { Actor, DateMention, Mention, Quote, Sentence, Token } from '../../document/layers.js';
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

export function buildContext(doc: Document): EventContext {
  const tokens = doc.layer('tokens');
  const mentions = sortedByStart(doc.layer('mentions'));
  const actors = new Map<string, Actor>();
  for (const a of doc.layer('actors')) actors.set(a.id, a);
  const mentionOfToken = new Int32Array(tokens.length).fill(-1);
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
  const inDate = new Uint8Array(tokens.length);
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
