import type { Mention, Sentence } from '../../document/layers.js';
import { emptyList } from '../../document/order.js';
import { actorMentionAt, quoteAt, type EventContext } from './context.js';
import type { EventCues } from './lexicon.js';

/**
 * Finding who acted and who was acted upon, by position: the nearest actor mention left of
 * the verb group is the subject, the first one right of the expression is the object. A
 * noun phrase may hold several mentions ("Belarus President Aleksandr Lukashenko"); one
 * party is chosen from it. Coordinated phrases ("Jordan and Britain") give several parties.
 */

export interface Party {
  /** Chosen actor id. */
  readonly actor: string;
  /** Every mention of the phrase (evidence). */
  readonly mentions: readonly Mention[];
  readonly first: number;
  readonly last: number;
}

export interface Arguments {
  readonly parties: Party[];
  /** How they were found, for `readout explain`. */
  readonly how: string;
}

const NONE: Arguments = { parties: emptyList(), how: 'none found' };

/** Tokens that keep a noun phrase together around its mentions. */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const NP_WORDS = new Set(['of', "'s", '’s', "'", '’', '-', 'the', 'its', 'their', 'his', 'her', 'de', 'al', 'bin', 'el', 'la', 'le', 'von', 'van', 'der', '.']);
const HARD_STOPS = new Set([';', ':', '"', '“', '”', '(', ')', '—', '–', '!', '?']);
const SCAN_LEFT = 30;
const SCAN_RIGHT = 16;
/** How long a phrase set off by commas may be between a passive verb and its agent. */
const PARENTHETICAL_SPAN = 14;

function npInternal(ctx: EventContext, t: number): boolean {
  const tok = ctx.tokens[t]!;
  if (ctx.triggerTokens.has(t) && ctx.mentionOfToken[t]! < 0) return false;
  return NP_POS.has(tok.pos) || NP_WORDS.has(tok.lower) || ctx.mentionOfToken[t]! >= 0;
}

const KIND_RANK: Record<string, number> = { person: 0, organization: 1, place: 2 };

/**
 * How good a mention of a noun phrase is as the party it names, lower better: a person over an
 * organisation over a place, a name with a known country, the head of the phrase.
 */
function phraseScore(ctx: EventContext, m: Mention, headSegment: ReadonlySet<Mention>): number {
  const a = ctx.actors.get(m.actor!)!;
  let s = (KIND_RANK[a.type] ?? 3) * 10;
  // A phrase such as "British militant Haroon Rashid Aswad": when the name has no known
  // country, the word that gives one is the better evidence of who acted.
  if (a.country === null) s += 15;
  if (m.form === 'pronoun') s += 4;
  // Head of "X of Y" is X; of an unbroken phrase, the rightmost name.
  if (!headSegment.has(m) && headSegment.size > 0 && a.type !== 'person') s += 2;
  return s;
}

/** One party from a noun phrase [first, last]: a person over an organisation over a place; one with a country if possible. */
function partyFromPhrase(ctx: EventContext, first: number, last: number): Party | null {
  const mentions: Mention[] = [];
  let beforeOf = true;
  const headSegment = new Set<Mention>();
  for (let t = first; t <= last; t++) {
    if (ctx.tokens[t]!.lower === 'of') beforeOf = false;
    const m = actorMentionAt(ctx, t);
    if (m && !mentions.includes(m)) {
      mentions.push(m);
      if (beforeOf) headSegment.add(m);
    }
  }
  if (mentions.length === 0) return null;
  let best = mentions[mentions.length - 1]!;
  for (let i = mentions.length - 1; i >= 0; i--) if (phraseScore(ctx, mentions[i]!, headSegment) < phraseScore(ctx, best, headSegment)) best = mentions[i]!;
  return { actor: best.actor!, mentions, first, last };
}

/** Extends a phrase around token t to its noun-phrase limits within the sentence. */
function phraseAround(ctx: EventContext, s: Sentence, t: number, leftLimit: number, rightLimit: number): [number, number] {
  let first = t;
  let last = t;
  // A noun phrase is at most a dozen tokens either side: keeps long lists linear.
  while (first - 1 >= Math.max(s.tokenStart, leftLimit, t - 12) && npInternal(ctx, first - 1)) first--;
  while (last + 1 < Math.min(s.tokenEnd, rightLimit + 1, t + 13) && npInternal(ctx, last + 1)) last++;
  // Do not end a phrase on "of"/"the": "leaders of" + nothing is not part of it.
  while (last > t && (ctx.tokens[last]!.lower === 'of' || ctx.tokens[last]!.pos === 'DET')) last--;
  return [first, last];
}

/** "and", ",", "or", ", and", "as well as" between two parties. */
function coordinationGap(ctx: EventContext, from: number, to: number, cues: EventCues): boolean {
  if (to < from) return false;
  let sawCoord = false;
  for (let t = from; t <= to; t++) {
    const tok = ctx.tokens[t]!;
    if (cues.coordination.has(tok.lower)) sawCoord = true;
    else if (tok.lower === 'as' || tok.lower === 'well' || tok.lower === 'along' || tok.lower === 'with' || tok.lower === 'both') sawCoord = true;
    else if (!(tok.pos === 'DET' || tok.pos === 'ADJ' || cues.determiners.has(tok.lower))) return false;
  }
  return sawCoord;
}

function findMentionToken(ctx: EventContext, from: number, to: number, step: 1 | -1): number {
  for (let t = from; step > 0 ? t <= to : t >= to; t += step) if (actorMentionAt(ctx, t)) return t;
  return -1;
}

/** Collects coordinated parties to the right of a phrase ending at `last`. */
function coordinatedRight(ctx: EventContext, s: Sentence, party: Party, cues: EventCues, limit: number): Party[] {
  const out = [party];
  let last = party.last;
  for (let k = 0; k < 10; k++) {
    const next = findMentionToken(ctx, last + 1, Math.min(limit, last + 5, s.tokenEnd - 1), 1);
    if (next < 0 || !coordinationGap(ctx, last + 1, next - 1, cues)) break;
    const [f, l] = phraseAround(ctx, s, next, next, limit);
    // ", Norway said": a new clause's subject, not one more item of the list.
    const after = ctx.tokens[l + 1];
    if (after && l + 1 < s.tokenEnd && (after.pos === 'VERB' || after.pos === 'AUX')) break;
    const p = partyFromPhrase(ctx, f, l);
    if (!p) break;
    out.push(p);
    last = l;
  }
  return out;
}

function gapHasComma(ctx: EventContext, from: number, to: number): boolean {
  for (let t = from; t <= to; t++) if (ctx.tokens[t]!.text === ',') return true;
  return false;
}

/** A verb right after token `last`, adverbs between allowed: the phrase ending there is its subject. */
function verbFollows(ctx: EventContext, s: Sentence, last: number): boolean {
  let t = last + 1;
  while (t < s.tokenEnd && ctx.tokens[t]!.pos === 'ADV') t++;
  return t < s.tokenEnd && (ctx.tokens[t]!.pos === 'VERB' || ctx.tokens[t]!.pos === 'AUX');
}

/** Collects coordinated parties to the left of a phrase starting at `first`. */
function coordinatedLeft(ctx: EventContext, s: Sentence, party: Party, cues: EventCues): Party[] {
  const out = [party];
  let first = party.first;
  for (let k = 0; k < 10; k++) {
    const prev = findMentionToken(ctx, first - 1, Math.max(s.tokenStart, first - 5), -1);
    if (prev < 0 || !coordinationGap(ctx, prev + 1, first - 1, cues)) break;
    const [f, l] = phraseAround(ctx, s, prev, s.tokenStart, prev);
    // "A met B in Lima, and C held talks", "In his talks with B, C praised": a phrase after a verb
    // or a preposition is that verb's object or complement; past the comma, the one right before
    // the verb is the subject of a clause of its own. ("Farmers from A, B and C demanded" goes on:
    // B stands before no verb.)
    const before = f > s.tokenStart ? ctx.tokens[f - 1]! : null;
    if (k === 0 && before && (before.pos === 'VERB' || before.pos === 'AUX' || before.pos === 'ADP')
      && gapHasComma(ctx, l + 1, first - 1) && verbFollows(ctx, s, party.last)) break;
    // "Instead of Minister A, his deputy B met C", "In place of A, B received C": the one stood in for
    // is named by what the actor did not do, so a phrase after "instead of" or "in place of" is never
    // one more subject ("Instead" is an adverb, so the phrase takes "of" in and the test above misses it).
    if (standsInFor(ctx, s, f)) break;
    const p = partyFromPhrase(ctx, f, l);
    if (!p) break;
    out.unshift(p);
    first = f;
  }
  return out;
}

/**
 * Whether the phrase starting at token f follows "instead of" or "in place of" (the phrase may have
 * taken "of" in): it names who is replaced, not who acts.
 */
function standsInFor(ctx: EventContext, s: Sentence, f: number): boolean {
  // The phrase opens after "of", on "of", or on "place of" (a noun it took in).
  let of = f - 1;
  if (ctx.tokens[f]!.lower === 'of') of = f;
  else if (ctx.tokens[f]!.lower === 'place' && ctx.tokens[f + 1]?.lower === 'of') of = f + 1;
  if (of - 1 < s.tokenStart || ctx.tokens[of]!.lower !== 'of') return false;
  const before = ctx.tokens[of - 1]!.lower;
  return before === 'instead' || (before === 'place' && of - 2 >= s.tokenStart && ctx.tokens[of - 2]!.lower === 'in');
}

function isPronounToken(ctx: EventContext, t: number, cues: EventCues): boolean {
  const tok = ctx.tokens[t]!;
  return tok.pos === 'PRON' && (cues.personPronouns.has(tok.lower) || cues.thingPronouns.has(tok.lower) || cues.firstPersonPronouns.has(tok.lower));
}

/**
 * An unresolved pronoun: "we"/"I" in a quote is the speaker; "he"/"she" the nearest person
 * before it in this or the previous sentence; "it"/"they" the nearest non-person party before it.
 */
function resolvePronoun(ctx: EventContext, s: Sentence, t: number, cues: EventCues): Arguments {
  const tok = ctx.tokens[t]!;
  if (cues.firstPersonPronouns.has(tok.lower)) {
    const q = quoteAt(ctx, tok.start);
    if (q?.speaker && ctx.actors.has(q.speaker)) {
      return { parties: [{ actor: q.speaker, mentions: emptyList<Mention>(), first: t, last: t }], how: `"${tok.text}" in a quote is its speaker` };
    }
    return NONE;
  }
  const wantPerson = cues.personPronouns.has(tok.lower);
  const floor = Math.max(0, t - 60, (ctx.sentences[s.index - 1]?.tokenStart ?? s.tokenStart));
  for (let k = t - 1; k >= floor; k--) {
    const m = actorMentionAt(ctx, k);
    if (!m) continue;
    const a = ctx.actors.get(m.actor!)!;
    if (wantPerson ? a.type !== 'person' : a.type === 'person' && tok.lower === 'it') continue;
    if (!wantPerson && k < s.tokenStart) break;
    const [f, l] = phraseAround(ctx, s.index === ctx.tokens[k]!.sentence ? s : ctx.sentences[ctx.tokens[k]!.sentence]!, k, 0, k);
    const p = partyFromPhrase(ctx, f, l);
    if (!p) continue;
    const sent = ctx.sentences[ctx.tokens[k]!.sentence]!;
    return { parties: coordinatedLeft(ctx, sent, p, cues), how: `"${tok.text}" taken as the nearest ${wantPerson ? 'person' : 'party'} before it` };
  }
  return NONE;
}

/**
 * The subject: scanning left from `from` (the word before the verb group) for the nearest
 * actor mention or subject pronoun, skipping an appositive ", a key ally," and stopping at
 * strong clause breaks.
 */
export function findSubject(ctx: EventContext, s: Sentence, from: number, cues: EventCues): Arguments {
  let t = from;
  let via = 'nearest party left of the verb';
  if (t >= s.tokenStart && ctx.tokens[t]!.text === ',') {
    // Appositive: jump to the comma that opens it.
    let k = t - 1;
    while (k >= s.tokenStart && k > t - 20 && ctx.tokens[k]!.text !== ',') k--;
    if (k >= s.tokenStart && ctx.tokens[k]!.text === ',' && findMentionToken(ctx, k - 1, Math.max(s.tokenStart, k - 12), -1) >= 0) {
      t = k - 1;
      via = 'nearest party left of the appositive';
    }
  }
  // The noun phrase right before the verb names no known party ("the two agreed", ", and the
  // parties signed"): the subject is that phrase, so do not reach past a clause boundary for another.
  {
    let k = t;
    while (k >= s.tokenStart && k > t - 12 && npInternal(ctx, k) && !actorMentionAt(ctx, k) && !isPronounToken(ctx, k, cues)) k--;
    const boundary = k < s.tokenStart ? null : ctx.tokens[k]!;
    // "Israeli helicopters and tanks shelled": "and" inside one phrase is not a clause boundary.
    const clauseAnd = boundary !== null && (boundary.lower === 'and' || boundary.lower === 'but') && (k === s.tokenStart || !npInternal(ctx, k - 1) || ctx.tokens[k - 1]!.text === ',');
    // "X said the leaders had agreed": the subject of the reported clause is "the leaders", not X.
    const reported = boundary !== null && (boundary.lower === 'that' || (cues.reporting.has(boundary.lower) && boundary.pos === 'VERB'));
    if (k < t && boundary && (boundary.text === ',' || clauseAnd || boundary.text === ';' || reported) && !actorMentionAt(ctx, k)) {
      return { parties: emptyList(), how: `the subject "${ctx.tokens[k + 1]!.text} ..." names no known party` };
    }
  }
  const floor = Math.max(s.tokenStart, from - SCAN_LEFT);
  const appositive = via !== 'nearest party left of the verb' ? { from: t + 2, to: from - 1 } : null;
  for (; t >= floor; t--) {
    const tok = ctx.tokens[t]!;
    if (tok.text === ')') {
      // A parenthesis ("(APEC)", "(Freedom)") explains what precedes it: skip it.
      let k = t - 1;
      while (k > floor && k > t - 12 && ctx.tokens[k]!.text !== '(') k--;
      if (ctx.tokens[k]!.text === '(') {
        t = k;
        continue;
      }
    }
    if (HARD_STOPS.has(tok.text)) break;
    const m = actorMentionAt(ctx, t);
    if (m) {
      if (m.form === 'pronoun' || isPronounToken(ctx, t, cues)) {
        // Resolved by coreference: fine; it is still the subject.
      }
      const [f, l] = phraseAround(ctx, s, t, s.tokenStart, t);
      const p = partyFromPhrase(ctx, f, l);
      if (p) {
        // "Jewish settlers in the West Bank city of Hebron set fire": the place after "in" says
        // where the subject is; the subject is the party before it.
        const holder = ctx.actors.get(p.actor)?.type === 'place' ? partyBeforeLocative(ctx, s, f, floor) : null;
        if (holder) return { parties: coordinatedLeft(ctx, s, holder, cues), how: `${via}, placed by "in"` };
        return { parties: coordinatedLeft(ctx, s, p, cues), how: via };
      }
    }
    if (isPronounToken(ctx, t, cues) && !m) {
      const r = resolvePronoun(ctx, s, t, cues);
      return r.parties.length ? r : { parties: emptyList(), how: `pronoun "${tok.text}" left unresolved` };
    }
    if (cues.secondPersonPronouns.has(tok.lower)) return { parties: emptyList(), how: `"${tok.text}" has no known referent` };
  }
  if (appositive) {
    // "Salaheddine Sidhoum, Algeria's leading activist, staged ...": the appositive names the same party.
    for (let k = appositive.from; k <= appositive.to; k++) {
      if (!actorMentionAt(ctx, k)) continue;
      const [f, l] = phraseAround(ctx, s, k, appositive.from, appositive.to);
      const p = partyFromPhrase(ctx, f, l);
      if (p) return { parties: [p], how: 'party named in the appositive' };
    }
  }
  return NONE;
}

/**
 * "the Ambassador of the United States to South Africa, Mr Reuben Brigety": when the phrase
 * found is a country or body and the same phrase goes on to name a person, the person is meant.
 */
function personNamedAfter(ctx: EventContext, s: Sentence, party: Party, last: number): Party | null {
  if (ctx.actors.get(party.actor)?.type === 'person') return null;
  let commas = 0;
  for (let t = last + 1; t < s.tokenEnd && t <= last + 10; t++) {
    const tok = ctx.tokens[t]!;
    const m = actorMentionAt(ctx, t);
    if (m && ctx.actors.get(m.actor!)?.type === 'person') {
      const [f, l] = phraseAround(ctx, s, t, t, s.tokenEnd - 1);
      // "... to Kyiv, Defence Minister Boris Pistorius announced": the person opens a reporting
      // clause of their own and is not the one the phrase before the comma means.
      const after = l + 1 < s.tokenEnd ? ctx.tokens[l + 1]! : null;
      if (commas > 0 && after && (after.pos === 'VERB' || after.pos === 'AUX')) return null;
      return partyFromPhrase(ctx, f, l);
    }
    if (tok.text === ',') {
      if (++commas > 1) return null;
      continue;
    }
    if (tok.lower === 'to' || npInternal(ctx, t)) continue;
    return null;
  }
  return null;
}

/** The object: the first actor mention right of `from`, with any parties coordinated with it. */
export function findObject(ctx: EventContext, s: Sentence, from: number, cues: EventCues, stopAt: ReadonlySet<number>, exclude: ReadonlySet<string>): Arguments {
  const limit = Math.min(s.tokenEnd - 1, from + SCAN_RIGHT);
  for (let t = from; t <= limit; t++) {
    const tok = ctx.tokens[t]!;
    if (tok.text === '(') {
      let k = t + 1;
      while (k < limit && k < t + 12 && ctx.tokens[k]!.text !== ')') k++;
      if (ctx.tokens[k]!.text === ')') {
        t = k;
        continue;
      }
    }
    if (HARD_STOPS.has(tok.text) || tok.text === ',' || stopAt.has(t)) break;
    if (tok.pos === 'VERB' && cues.reporting.has(tok.lower)) break;
    if (cues.clauseBreak.has(tok.lower) && tok.lower !== 'as') break;
    if (cues.secondPersonPronouns.has(tok.lower)) return { parties: emptyList(), how: `"${tok.text}" has no known referent` };
    const m = actorMentionAt(ctx, t);
    if (!m || exclude.has(m.actor!)) continue;
    const [f, l] = phraseAround(ctx, s, t, t, limit);
    const p = partyFromPhrase(ctx, f, l);
    if (!p) continue;
    const named = personNamedAfter(ctx, s, p, l);
    if (named) return { parties: [named], how: 'the person the title phrase names ("Ambassador of X to Y, Mr Z")' };
    return { parties: coordinatedRight(ctx, s, p, cues, s.tokenEnd - 1), how: 'first party right of the expression' };
  }
  return NONE;
}

/**
 * What a protest is against: the first party anywhere after the expression, up to a
 * reporting clause (", his lawyer said"), since protests name their target late
 * ("staged a hunger strike in prison in protest against ... Algerian security forces").
 */
export function findProtestTarget(ctx: EventContext, s: Sentence, from: number, cues: EventCues, exclude: ReadonlySet<string>): Arguments {
  for (let t = from; t < s.tokenEnd && t < from + 40; t++) {
    const tok = ctx.tokens[t]!;
    if (tok.text === ';') break;
    if (tok.text === ',' && t + 3 < s.tokenEnd && [1, 2, 3, 4].some((k) => cues.reporting.has(ctx.tokens[t + k]?.lower ?? ''))) break;
    const m = actorMentionAt(ctx, t);
    if (!m || exclude.has(m.actor!)) continue;
    const [f, l] = phraseAround(ctx, s, t, t, s.tokenEnd - 1);
    const p = partyFromPhrase(ctx, f, l);
    if (p) return { parties: [p], how: 'first party after the protest (what it is against, or where)' };
  }
  return NONE;
}

/** The agent of a passive: the party after "by" to the right. */
export function findAgent(ctx: EventContext, s: Sentence, from: number, cues: EventCues): Arguments {
  let limit = Math.min(s.tokenEnd - 1, from + SCAN_RIGHT);
  for (let t = from; t <= limit; t++) {
    const tok = ctx.tokens[t]!;
    if (HARD_STOPS.has(tok.text)) break;
    if (tok.text === ',') {
      // "accused of misusing funds, much of it believed to be embezzled, by officials": the
      // agent after a phrase set off by commas.
      const close = commaBeforeBy(ctx, s, t);
      if (close > 0) {
        t = close;
        limit = Math.min(s.tokenEnd - 1, close + 8);
        continue;
      }
    }
    if (tok.pos === 'VERB' && cues.reporting.has(tok.lower)) break;
    if (tok.lower !== 'by') continue;
    const m = findMentionToken(ctx, t + 1, Math.min(limit, t + 6), 1);
    if (m < 0) return NONE;
    const [f, l] = phraseAround(ctx, s, m, t + 1, limit);
    const p = partyFromPhrase(ctx, f, l);
    return p ? { parties: coordinatedRight(ctx, s, p, cues, limit), how: 'party after "by" (passive)' } : NONE;
  }
  return NONE;
}

/** The comma closing a phrase that opens with the comma at `open`, when "by" follows it; -1 otherwise. */
function commaBeforeBy(ctx: EventContext, s: Sentence, open: number): number {
  const end = Math.min(s.tokenEnd - 2, open + PARENTHETICAL_SPAN);
  for (let t = open + 1; t <= end; t++) {
    const w = ctx.tokens[t]!.text;
    if (HARD_STOPS.has(w)) return -1;
    if (w === ',') return ctx.tokens[t + 1]!.lower === 'by' ? t : -1;
  }
  return -1;
}

/** Prepositions that place a party ("settlers in Hebron", "protesters at the embassy"). */
const PLACING = new Set(['in', 'at']);

/**
 * The party a place phrase starting at `first` places: "settlers in [the city of] Hebron" ->
 * the settlers, when a party ends right before the preposition (inside the same noun phrase).
 */
function partyBeforeLocative(ctx: EventContext, s: Sentence, first: number, floor: number): Party | null {
  let k = first - 1;
  // "in the West Bank city of Hebron": back over the place's own phrase to its preposition.
  while (k > floor && k > first - 8 && !PLACING.has(ctx.tokens[k]!.lower) && npInternal(ctx, k)) k--;
  if (k <= floor || !PLACING.has(ctx.tokens[k]!.lower)) return null;
  const before = k - 1;
  if (!actorMentionAt(ctx, before)) return null;
  const [f, l] = phraseAround(ctx, s, before, s.tokenStart, before);
  const p = partyFromPhrase(ctx, f, l);
  return p && ctx.actors.get(p.actor)?.type !== 'place' ? p : null;
}

/** The first parties of the sentence before `before`: the subject of an elided clause ("... but was refusing"). */
export function firstSubject(ctx: EventContext, s: Sentence, before: number, cues: EventCues): Arguments {
  const t = findMentionToken(ctx, Math.max(s.tokenStart, before - 40), before, 1);
  if (t < 0) return NONE;
  const [f, l] = phraseAround(ctx, s, t, s.tokenStart, before);
  const p = partyFromPhrase(ctx, f, l);
  return p ? { parties: coordinatedRight(ctx, s, p, cues, before), how: 'subject of the first clause (elided subject)' } : NONE;
}
