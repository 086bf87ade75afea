import { findSubject, type Arguments } from './arguments.js';
import type { EventContext } from './context.js';
import { PROMISABLE, type Coding, type SentenceCoding, type Why } from './coding.js';
import type { EventCues } from './lexicon.js';
import { backgroundOpener, isNominalUse, participleModifier, readVerbGroup, verbUseOk } from './syntax.js';
import type { Sentence } from '../../document/layers.js';

/**
 * Whether a match reports an act at all: not a near miss, not part of another expression's
 * complement, used as a verb (or as the noun expression it is), not an infinitive of purpose,
 * not a participle describing a noun, not in a background clause. Reads the verb group on the way.
 */
export function screenMatch(sc: SentenceCoding, c: Coding): Why | null {
  const { ctx, s, tokens, lexicon, cues } = sc;
  const { m, p } = c;
  if (!p.type) return () => 'near miss listed in the lexicon: codes nothing';
  const gov = sc.governorOf.get(m);
  if (gov) return () => `part of the complement of "${gov.match.tokens.map((t) => tokens[t]!.text).join(' ')}", coded there`;
  if (!verbUseOk(tokens, s, m)) return () => `"${tokens[m.first]!.text}" is not used as a verb here`;
  if (isNominalUse(tokens, s, m)) return () => `"${tokens[m.first]!.text}" is used as a noun (mentioned, not reported as happening)`;
  const vg = readVerbGroup(tokens, s, m.first, lexicon);
  c.vg = vg;
  if (c.explained && vg.words.length) c.steps.push(`verb group: "${vg.words.join(' ')}"`);
  // "gathered to protest": the purpose of a gathering is itself the protest, unless the
  // gathering is already an event ("summoned the ambassador to protest", "staged a strike to protest").
  c.purposeProtest = vg.purpose && p.type === 'PROTEST' && sc.events.length === sc.firstOfSentence;
  // "It is necessary to step up cooperation. X made the statement as ...": the call is X's,
  // named by the next sentence.
  c.claimed = vg.purpose && !vg.negated && (p.type === 'AGREE' || PROMISABLE.has(p.type)) ? statementClaimedNext(ctx, s, vg.start, cues) : null;
  // "Russia said that Sudan must return the helicopter": what one party says another must do is
  // its demand on that party (the dictionary's acts; hand-written patterns say so themselves).
  c.reportedObligation = !!p.origin && vg.obligation && !vg.negated && !vg.purpose && reportedClause(sc, vg.start);
  if (vg.purpose && !p.flags.reported && !c.purposeProtest && !c.claimed) {
    return () => 'infinitive of purpose or complement of a verb that is not an event ("to disperse", "the first to visit")';
  }
  if (participleModifier(tokens, s, m, vg, lexicon) && !furtherAct(sc, c)) return () => `"${tokens[m.first]!.text}" is a participle describing a noun, not a reported act`;
  const opener = p.flags.reported || c.reportedObligation ? null : backgroundOpener(tokens, s, vg.start - 1, cues, m.first, ctx.inDate);
  if (opener) return () => `in a clause opened by "${opener}": background to the news, not the news`;
  return null;
}

/**
 * "Police opened fire, killing one person and arresting 12": a participle clause after the main
 * clause tells what else its subject did. An act of a kind the sentence has not coded yet is
 * coded ("arresting"); one it has ("killing" after "opened fire") only describes that act.
 */
function furtherAct(sc: SentenceCoding, c: Coding): boolean {
  const { tokens, s } = sc;
  const at = c.m.first;
  if (!tokens[at]!.lower.endsWith('ing') || c.vg.words.length > 0) return false;
  let k = at - 1;
  if (tokens[k]?.lower === 'and') {
    // "..., killing one person and arresting 12": the second participle of the same clause.
    while (k > s.tokenStart && tokens[k]!.text !== ',' && !(tokens[k]!.lower.endsWith('ing') && tokens[k - 1]?.text === ',')) k--;
    if (!(tokens[k]!.lower.endsWith('ing') && tokens[k - 1]?.text === ',')) return false;
  } else if (tokens[k]?.text !== ',') return false;
  const coded = sc.events.slice(sc.firstOfSentence);
  return coded.length > 0 && !coded.some((e) => e.type === c.type);
}

const TIME_POS = new Set(['ADV', 'PROPN', 'NOUN', 'NUM']);

/**
 * Whether the clause whose verb group starts at `start` is reported speech: its subject (a few
 * words without a verb) follows "that" after a verb ("declared on Tuesday that China must") or
 * a reporting verb itself ("said US forces must").
 */
function reportedClause(sc: SentenceCoding, start: number): boolean {
  const { tokens, s, cues, ctx } = sc;
  for (let t = start - 1; t >= s.tokenStart && t >= start - 10; t--) {
    const w = tokens[t]!;
    if (w.lower === 'that') {
      // "said on Tuesday that", "declared today that": a time expression between.
      let k = t - 1;
      while (k > s.tokenStart && k >= t - 4 && (ctx.inDate[k] === 1 || tokens[k]!.lower === 'on' || TIME_POS.has(tokens[k]!.pos)) && ctx.mentionOfToken[k]! < 0) k--;
      return k >= s.tokenStart && (tokens[k]!.pos === 'VERB' || cues.reporting.has(tokens[k]!.lower));
    }
    // "other developed nations": a participle describing a noun of the subject.
    if (w.pos === 'VERB' && /ed$/.test(w.lower) && (tokens[t + 1]?.pos === 'NOUN' || tokens[t + 1]?.pos === 'ADJ')) continue;
    if (w.pos === 'VERB' || w.pos === 'AUX') return t < start - 1 && cues.reporting.has(w.lower);
    if (w.text === ',' || w.text === ';' || w.text === ':') return false;
  }
  return false;
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
