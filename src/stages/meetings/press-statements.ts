import type { DateMention, Sentence } from '../../document/layers.js';
import { draftOfWords } from './draft.js';
import { NO_SKIP, peopleBefore } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Verbs of giving statements: "made statements", "delivered joint statements". */
const MADE = /^(?:made|make|makes|gave|give|delivered|issued)$/;
/** The noun of statements, which a sentence of press statements needs. */
export const STATEMENT = /^statements?$/;
/** Most tokens from the verb to the noun of statements: "made [brief joint press] statements". */
const STATEMENT_REACH = 4;
/** Meeting kinds after which the sides speak to the press together. */
const TALKS_KINDS: ReadonlySet<string> = new Set(['talks', 'meeting', 'visit']);

/** Whether a draft is of talks held, after which statements to the press may be made. */
export function talksHeld(d: MeetingDraft): boolean {
  return d.status === 'held' && TALKS_KINDS.has(d.kind);
}

/** Verbs of statements spoken before the press, told as done: "made", "gave", "delivered" (not "issued", which may be written). */
const SPOKEN_MADE = /^(?:made|gave|delivered)$/;
/** Words that tell statements made one by one: "separate statements", "separately", "on different days". */
const APART = /^(?:separate|separately|respective|respectively|individually|different|each)$/;

/**
 * "A and B made statements for the press", "made joint press statements": two or more who speak to
 * the press together were at the talks before. After talks the release has reported (`talksBefore`)
 * they join those talks; with none reported, their statements, which follow talks, report a meeting
 * of their own, when told as done ("made", "gave", "delivered") and not one by one ("separate
 * statements", "separately", "on different days").
 */
export function pressStatementMakers(v: MeetingText, s: Sentence, dates: readonly DateMention[], talksBefore: boolean): MeetingDraft | null {
  const first = s.tokenStart;
  const last = s.tokenEnd;
  for (let i = first + 1; i < last; i++) {
    if (!MADE.test(v.lower(i)) || !v.isVerb(i)) continue;
    let n = i + 1;
    while (n < last && n - i <= STATEMENT_REACH && !STATEMENT.test(v.lower(n))) n++;
    if (n >= last || n - i > STATEMENT_REACH) continue;
    // "press statements", "statements for the press", "statements to the media".
    const press = v.lower(n - 1) === 'press'
      || (/^(?:for|to)$/.test(v.lower(n + 1)) && v.lower(n + 2) === 'the' && /^(?:press|media)$/.test(v.lower(n + 3)));
    if (!press) continue;
    const people = peopleBefore(v, i, first, NO_SKIP);
    if (people.length < 2) continue;
    if (talksBefore) return draftOfWords(v, s, dates, i, n, { kind: 'meeting', status: 'held', people, rule: 'press-statements', joinOnly: true });
    if (!SPOKEN_MADE.test(v.lower(i)) || toldApart(v, first, last)) continue;
    return draftOfWords(v, s, dates, i, n, { kind: 'meeting', status: 'held', people, rule: 'press-statements-alone', joinOnly: false });
  }
  return null;
}

/** Whether the sentence tells statements made one by one: "separate", "separately", "on different days". */
function toldApart(v: MeetingText, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (APART.test(v.lower(k))) return true;
  return false;
}
