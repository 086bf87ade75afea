import type { EventAnnotation, PloverType, Sentence, Token } from '../../document/layers.js';
import { emptyList } from '../../document/order.js';
import type { Arguments } from './arguments.js';
import type { EventContext } from './context.js';
import type { EventCues, EventLexicon, EventPattern } from './lexicon.js';
import type { PatternMatch } from './match.js';
import type { VerbGroup } from './syntax.js';

/**
 * The state the coding steps share: one sentence (`SentenceCoding`) and one lexicon match in
 * it (`Coding`). Each step of code.ts reads and fills these, and answers why it stops a match.
 */

/** Why a step codes nothing; built only when someone listens (`readout explain`). */
export type Why = () => string;

/** A governing expression ("agreed to ...") and the matches of its complement. */
export interface Governor {
  readonly match: PatternMatch;
  readonly end: number;
  readonly embedded: PatternMatch[];
}

export interface SentenceCoding {
  readonly ctx: EventContext;
  readonly s: Sentence;
  readonly lexicon: EventLexicon;
  readonly cues: EventCues;
  readonly tokens: readonly Token[];
  /** Every event of the document so far (earlier sentences first). */
  readonly events: EventAnnotation[];
  /** Index in `events` of this sentence's first event. */
  readonly firstOfSentence: number;
  /** First tokens of the sentence's matches. */
  readonly heads: ReadonlySet<number>;
  readonly governors: ReadonlyMap<PatternMatch, Governor>;
  readonly governorOf: ReadonlyMap<PatternMatch, Governor>;
  /** The subject found for the last match, for an elided subject ("... and signed"). */
  previousSubject: Arguments | null;
}

export interface Coding {
  readonly m: PatternMatch;
  readonly p: EventPattern;
  /** What was decided on the way, for `readout explain` (type changes also go into the rule). */
  readonly steps: string[];
  /**
   * Whether someone listens (`readout explain`): only then are the steps that change no rule
   * written down, which saves building their strings for every match of every document.
   */
  readonly explained: boolean;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  vg: VerbGroup;
  passive: boolean;
  governor: Governor | undefined;
  /** The first coding match in the complement of this one, if it governs one. */
  embedded: PatternMatch | undefined;
  /** "gathered to protest": the protest is the purpose of the sentence's act. */
  purposeProtest: boolean;
  /** "It is necessary to ... . X made the statement": X, who the next sentence says called for it. */
  claimed: Arguments | null;
  /** "X said that Y must return ...": a dictionary act under "must" in reported speech, X's demand on Y. */
  reportedObligation: boolean;
  subject: Arguments;
  source: Arguments;
  target: Arguments;
}

export const CAMEO_OF: Record<PloverType, string> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', CONCEDE: '08', COOPERATE: '06', AID: '07', RETREAT: '08', REQUEST: '10',
  ACCUSE: '11', REJECT: '12', THREATEN: '13', PROTEST: '14', SANCTION: '16', MOBILIZE: '15', COERCE: '17', ASSAULT: '18',
};

/** Cooperative acts that become AGREE when only promised; conflict acts that become THREATEN. */
export const PROMISABLE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);
export const MATERIAL_GOODS = new Set<PloverType>(['AID', 'RETREAT', 'COOPERATE', 'CONCEDE']);
export const THREATENABLE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST', 'MOBILIZE']);
export const TWO_SIDED = new Set<PloverType>(['AGREE', 'CONSULT', 'COOPERATE', 'SUPPORT']);
/** Acts that, with no one named, are aimed at where they happen (the PLOVER convention). */
export const SCENE_TARGET = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST']);
/** Prepositions before a place that say where, not whom. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'on', 'outside', 'inside']);

export const NO_PARTIES: Arguments = { parties: emptyList(), how: 'none found' };

/** A change of type, with the reason kept for explanations. */
/** Why a bare dictionary verb is dropped: it codes only dyads (see dictionary-events.ts). */
export function noDyad(p: EventPattern): Why {
  return () => `the dictionary's bare verb "${p.text}" codes only an act done to someone named as its target, and none was`;
}

export function retype(c: Coding, t: PloverType, mode: string | null, why: string): void {
  c.steps.push(`${c.type} -> ${t}: ${why}`);
  c.type = t;
  c.mode = mode;
  c.cameo = CAMEO_OF[t];
}

/** The words of a match as written: adjacent ones with their own spacing ("cease-fire"), gaps as one space. */
export function matchedWords(ctx: EventContext, m: PatternMatch): string {
  let out = '';
  const ts = m.tokens;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    const tok = ctx.tokens[t]!;
    if (i > 0) {
      const prev = ts[i - 1]!;
      out += prev === t - 1 ? ctx.doc.text.slice(ctx.tokens[prev]!.end, tok.start) : ' ';
    }
    out += tok.text;
  }
  return out;
}

/** The rule a user sees: the hand-written line, or the dictionary's file, block, verb, pattern and code. */
export function ruleOf(p: EventPattern): string {
  const o = p.origin;
  if (!o) return `patterns.tsv:${p.line} "${p.text}"`;
  const what = o.pattern ? `pattern "${o.pattern}"` : 'the verb alone';
  return `CAMEO dictionary verbs.txt:${p.line} block ${o.block.toUpperCase()}, verb "${o.verb}", ${what}, CAMEO ${o.code}${o.description ? ` (${o.description})` : ''}`;
}
