import type { DateMention, Sentence } from '../../document/layers.js';
import { draftOfWords } from './draft.js';
import { NO_SKIP, peopleBefore } from './grammar.js';
import { agreementNear, type MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Past verbs of watching something done before one, with the particle they take ("looked on", "watched"). */
export const WATCHED: ReadonlyMap<string, string | null> = new Map([['looked', 'on'], ['stood', 'by'], ['watched', null]]);
/** Verbs of signing or exchanging a document. */
const SIGNING = /^(?:signed|sign|signs|signing|co-signed|initialled|initialed|exchanged|exchange|inked)$/;
/** Most tokens of the clause of the signing, before or after the watching one. */
const CLAUSE_REACH = 14;
/** Conjunctions of time that join the signing and the watching: "as", "while". */
const AS = /^(?:as|while)$/;

/**
 * "A and B looked on as the agreement was signed", "Ministers C and D signed the memorandum as A and
 * B looked on": those who watch a document being signed or exchanged are at the ceremony, as those
 * who witness it are (two of them, or one beside the signers the sentence names). Only a clause of signing that names a document counts ("looked on as the crowd
 * cheered" is no ceremony), and only the intransitive verb with "as" ("looked on the deal as a success"
 * regards, and watches nothing).
 */
export function lookersOn(v: MeetingText, s: Sentence, dates: readonly DateMention[], found: readonly MeetingDraft[]): MeetingDraft | null {
  const first = s.tokenStart;
  const last = s.tokenEnd;
  for (let i = first + 1; i < last; i++) {
    const particle = WATCHED.get(v.lower(i));
    if (particle === undefined) continue;
    let after = i + 1;
    if (particle !== null) {
      if (v.lower(after) !== particle) continue;
      after++;
    }
    let people;
    if (AS.test(v.lower(after))) {
      // "A looked on as [the treaty was signed]": the signing follows.
      if (!signingIn(v, after + 1, Math.min(last, after + 1 + CLAUSE_REACH))) continue;
      people = peopleBefore(v, i, first, NO_SKIP);
    } else if (after >= last || /^(?:[.,;]|and)$/.test(v.lower(after))) {
      // "[C signed the treaty] as A looked on": the signing comes before the conjunction.
      let as = i - 1;
      while (as > first && i - as <= CLAUSE_REACH && !AS.test(v.lower(as))) as--;
      if (!AS.test(v.lower(as)) || !signingIn(v, Math.max(first, as - CLAUSE_REACH), as)) continue;
      people = peopleBefore(v, i, as + 1, NO_SKIP);
    } else continue;
    // One who looks on alone joins the signing the sentence reports with its signers; alone, as one
    // witness alone, the one looking on makes no ceremony.
    const alone = people.length < 2;
    if (people.length === 0 || (alone && !found.some((d) => d.kind === 'ceremony' && d.status === 'held'))) continue;
    return draftOfWords(v, s, dates, i, after - 1, { kind: 'ceremony', status: 'held', people, rule: 'looked-on', joinOnly: alone });
  }
  return null;
}

/** Whether tokens from..to (exclusive) hold a verb of signing and a document's noun. */
function signingIn(v: MeetingText, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (SIGNING.test(v.lower(j))) return agreementNear(v, from, to);
  return false;
}
