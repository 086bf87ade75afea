import type { EventAnnotation, Mention, Sentence } from '../../document/layers.js';
import { emptyList } from '../../document/order.js';
import type { Arguments, Party } from './arguments.js';
import { actorMentionAt, quoteAt, type EventContext } from './context.js';
import type { EventCues } from './lexicon.js';
import { isInternationalCode } from '../../lexicon/organizations.js';

/**
 * Looking back at the events already coded in the document: the meeting a later sentence
 * refers to ("the sides", "they", "you" in a quote, trade "between the two"), the partner an
 * actor last dealt with, a meeting told twice, the date a meeting gives what follows. Every
 * look-back is bounded, so a long document stays linear.
 */

/** How far back the look-ups go, in events: keeps a long document linear. */
const LOOK_BACK_EVENTS = 64;
/** How many sentences back a meeting may be: a release names it in the lead and "the sides" paragraphs later. */
const SIDES_WINDOW = 12;
/** Plural nouns that, with "the", "both" or "the two", name the parties of a meeting just reported. */
const SIDE_NOUNS = new Set(['sides', 'parties', 'leaders', 'ministers', 'presidents', 'delegations', 'countries', 'governments', 'heads', 'counterparts', 'premiers', 'officials', 'nations', 'states', 'regions', 'two']);

interface MeetingQuery {
  /** How many sentences back the meeting may be. */
  readonly within: number;
  /** Only the document's latest event counts, and only from an earlier sentence ("They ..." right after). */
  readonly latestOnly?: boolean;
  /** Parties acting together (several sources, no target) count as a meeting too. */
  readonly together?: boolean;
  /**
   * Which of a meeting's parties count (known actors, actors with a country). Given the context
   * rather than closing over it, so that the usual queries are functions made once, not per sentence.
   */
  readonly keep: (ctx: EventContext, id: string) => boolean;
  /** Whether the parties kept make the meeting the one meant. */
  readonly fits: (ctx: EventContext, parties: readonly string[]) => boolean;
  /** Give up at the first meeting that does not fit, rather than look further back. */
  readonly firstOnly?: boolean;
}

/** The last meeting (CONSULT) of the document that the query accepts, with the parties it keeps. */
function lastMeeting(ctx: EventContext, events: readonly EventAnnotation[], sentence: number, q: MeetingQuery): { event: EventAnnotation; parties: string[] } | null {
  const floor = Math.max(0, events.length - LOOK_BACK_EVENTS);
  for (let i = events.length - 1; i >= floor; i--) {
    const e = events[i]!;
    if (e.sentence < sentence - q.within) break;
    if (q.latestOnly && (i !== events.length - 1 || e.sentence === sentence)) return null;
    const together = q.together === true && e.source.length >= 2 && e.target.length === 0;
    if (e.type !== 'CONSULT' && !together) {
      if (q.latestOnly) return null;
      continue;
    }
    const parties = [...new Set([...e.source, ...e.target])].filter((id) => q.keep(ctx, id));
    if (q.fits(ctx, parties)) return { event: e, parties };
    if (q.firstOnly || q.latestOnly) return null;
  }
  return null;
}

const twoOrMore = (_ctx: EventContext, ids: readonly string[]) => ids.length >= 2;
const knownActor = (ctx: EventContext, id: string) => ctx.actors.has(id);
const countryOf = (ctx: EventContext, id: string) => ctx.actors.get(id)?.country ?? null;
const hasCountry = (ctx: EventContext, id: string) => countryOf(ctx, id) !== null;
const twoCountries = (ctx: EventContext, ids: readonly string[]) => new Set(ids.map((id) => countryOf(ctx, id))).size === 2;
const keepAll = () => true;
/** Places before organisations before the rest, as the actor that stands for its country. */
const rankOfType = (type: string | undefined) => (type === 'place' ? 0 : type === 'organization' ? 1 : 2);

/** The queries meetingSides and tradeSides ask, made once. */
const THEY_QUERY: MeetingQuery = { within: 1, latestOnly: true, keep: knownActor, fits: twoOrMore };
const SIDES_QUERY: MeetingQuery = { within: SIDES_WINDOW, together: true, keep: knownActor, fits: twoOrMore };
const TRADE_QUERY: MeetingQuery = { within: SIDES_WINDOW, firstOnly: true, keep: hasCountry, fits: twoCountries };

// Pushed one by one: a list made by \`map\` in compiled code has room for gaps, and is of another
// shape than the parties found in the sentence itself.
function placeholders(ids: readonly string[], first: number, last: number): Party[] {
  const out: Party[] = emptyList();
  for (const actor of ids) out.push({ actor, mentions: emptyList<Mention>(), first, last });
  return out;
}

/**
 * "The sides agreed ...", "both leaders signed ...", "the two ministers discussed ...", and a
 * "they" opening the sentence right after a meeting: the subject names no one by itself but
 * refers to the parties of the last meeting (or of parties that just acted together). Without
 * such a meeting it stays unresolved: no guess.
 */
export function meetingSides(ctx: EventContext, s: Sentence, before: number, events: readonly EventAnnotation[], cues: EventCues): Arguments | null {
  if (before < s.tokenStart) return null;
  const { tokens } = ctx;
  const head = tokens[before]!;
  if (head.lower === 'they') {
    // Only right after the meeting: further on, "they" may be anyone.
    if (before !== s.tokenStart) return null;
    const found = lastMeeting(ctx, events, s.index, THEY_QUERY);
    return found ? { parties: placeholders(found.parties, before, before), how: `"They" right after the meeting coded from "${found.event.trigger.text}" are its parties` } : null;
  }
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
  const found = lastMeeting(ctx, events, s.index, SIDES_QUERY);
  if (!found) return null;
  let phrase = tokens[k]!.text;
  for (let t = k + 1; t <= before; t++) phrase += ` ${tokens[t]!.text}`;
  return {
    parties: placeholders(found.parties, k, before),
    how: `"${phrase}" are the parties ${found.event.type === 'CONSULT' ? 'of the meeting' : 'acting together'} coded from "${found.event.trigger.text}"`,
  };
}

/**
 * "you" in a quote said at a meeting is the one the speaker met: the speaker must be a party
 * of an earlier meeting of the document with exactly one other party.
 */
export function addresseeOfQuote(ctx: EventContext, at: number, events: readonly EventAnnotation[], sentence: number): Arguments | null {
  const q = quoteAt(ctx, at);
  const speaker = q?.speaker;
  if (!speaker) return null;
  const found = lastMeeting(ctx, events, sentence, { within: Infinity, keep: keepAll, fits: (_ctx, ids) => ids.length === 2 && ids.includes(speaker) });
  const other = found?.parties.find((id) => id !== speaker);
  if (!found || !other || !ctx.actors.has(other)) return null;
  return { parties: placeholders([other], -1, -1), how: `"you" in a quote of ${ctx.actors.get(speaker)?.name ?? 'its speaker'} at the meeting coded from "${found.event.trigger.text}": the one met` };
}

/**
 * "Trade grew 2.6 times" with no party in the sentence: trade is between the two sides the
 * text is about, taken from a meeting coded shortly before, else from the sentence before,
 * when it names places of exactly two countries ("Irkutsk Oblast is a special region,
 * including for Belarus"). Anything less certain codes nothing.
 */
export function tradeSides(ctx: EventContext, s: Sentence, events: readonly EventAnnotation[]): Arguments | null {
  const meeting = lastMeeting(ctx, events, s.index, TRADE_QUERY);
  if (meeting) return { parties: placeholders(meeting.parties, -1, -1), how: `the two sides of the meeting coded from "${meeting.event.trigger.text}"` };
  const prev = ctx.sentences[s.index - 1];
  if (!prev) return null;
  const byCountry = new Map<string, { actor: string; rank: number }>();
  for (let t = prev.tokenStart; t < s.tokenEnd; t++) {
    const m = actorMentionAt(ctx, t);
    if (!m) continue;
    const a = ctx.actors.get(m.actor!)!;
    if (!a.country || a.country.length !== 3 || isInternationalCode(a.country)) continue;
    const seen = byCountry.get(a.country);
    if (!seen || rankOfType(a.type) < seen.rank) byCountry.set(a.country, { actor: a.id, rank: rankOfType(a.type) });
  }
  if (byCountry.size !== 2) return null;
  // No mentions as evidence: they sit in another sentence, and evidence stays in the event's own.
  return { parties: placeholders([...byCountry.values()].map((x) => x.actor), -1, -1), how: 'the two countries the sentence before names' };
}

/**
 * "... Vučić told reporters after the telephone conversation": a meeting named as a noun with
 * one side only is with the party that side last dealt with in the document, when that is one party.
 */
export function lastPartner(ctx: EventContext, actor: string, events: readonly EventAnnotation[]): Arguments | null {
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK_EVENTS); i--) {
    const e = events[i]!;
    let other: readonly string[] = [];
    if (e.source.includes(actor)) other = e.target.length ? e.target : e.source.filter((id) => id !== actor);
    else if (e.target.includes(actor)) other = e.source;
    if (other.length === 0) continue;
    if (other.length !== 1 || !ctx.actors.has(other[0]!)) return null;
    return { parties: placeholders([other[0]!], -1, -1), how: `the one ${ctx.actors.get(actor)?.name ?? 'the source'} last dealt with ("${e.trigger.text}")` };
  }
  return null;
}

/**
 * "X met Y on Monday. ... The two leaders discussed trade": an undated meeting (or one of the same
 * date) of parties all of whom met in an earlier sentence is that meeting told again. A bare
 * "discussed", "talked" of the dictionary is told of a meeting as soon as one of its parties met
 * before ("the two ministers also discussed ...").
 */
export function meetingToldBefore(events: readonly EventAnnotation[], sentence: number, parties: readonly string[], date: string | null, anyParty: boolean): EventAnnotation | null {
  if (parties.length === 0) return null;
  for (let i = events.length - 1; i >= Math.max(0, events.length - LOOK_BACK_EVENTS); i--) {
    const e = events[i]!;
    if (e.sentence < sentence - SIDES_WINDOW) break;
    // A date in the sentence of a bare "discussed" is mostly what was discussed ("a visit in early 2024").
    if (e.type !== 'CONSULT' || e.sentence >= sentence || (!anyParty && date && e.date && date !== e.date)) continue;
    if (anyParty ? anyPartyOf(e, parties) : allPartiesOf(e, parties)) return e;
  }
  return null;
}

/** Whether the actor is a source or target of the event. */
function partyOf(e: EventAnnotation, id: string): boolean {
  return e.source.includes(id) || e.target.includes(id);
}

// Loops, not a closure per event looked back through: meetingToldBefore runs for every coded meeting.
function anyPartyOf(e: EventAnnotation, ids: readonly string[]): boolean {
  for (const id of ids) if (partyOf(e, id)) return true;
  return false;
}

function allPartiesOf(e: EventAnnotation, ids: readonly string[]): boolean {
  for (const id of ids) if (!partyOf(e, id)) return false;
  return true;
}

/**
 * A release about a meeting reports what its parties said and did there: an undated event
 * after the meeting whose parties are all parties of that meeting takes the meeting's date
 * ("Lukashenko congratulated Kobzev ..." after "... met with Kobzev on 25 September").
 * Events with a party from outside the meeting keep no date rather than a guessed one.
 */
export function datedByMeeting(events: EventAnnotation[]): EventAnnotation[] {
  let meeting: EventAnnotation | null = null;
  return events.map((e) => {
    // A dated meeting anchors what follows; so does the dated news of the lead sentence
    // ("X and Y agreed on Sunday to ... . X met Y on the sidelines of ...").
    if (e.date && (e.type === 'CONSULT' || (e.sentence === 0 && meeting === null))) {
      meeting = e;
      return e;
    }
    if (e.date || !meeting) return e;
    // Asked of the meeting's own lists (a party or two each): no set or joined list made per event.
    if (e.source.length === 0 || !allPartiesOf(meeting, e.source) || !allPartiesOf(meeting, e.target)) return e;
    // Every field written out in the order admitEvent writes them, never a spread, so a dated
    // copy keeps the one hidden class all events share.
    return {
      id: e.id,
      start: e.start,
      end: e.end,
      stage: e.stage,
      rule: `${e.rule}; dated by the ${meeting.type === 'CONSULT' ? 'meeting' : 'lead event'} coded from "${meeting.trigger.text}"`,
      type: e.type,
      mode: e.mode,
      source: e.source,
      target: e.target,
      trigger: e.trigger,
      date: meeting.date,
      sentence: e.sentence,
      evidence: e.evidence,
      cameo: e.cameo,
    };
  });
}
