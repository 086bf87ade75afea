import type { DateMention, Sentence } from '../../document/layers.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { draftOfWords } from './draft.js';
import { peopleAfter } from './grammar.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';

/** Words of order that head an inverted clause of those taken in turn: "First to be received was X". */
const IN_TURN = /^(?:first|next|last|then|second|third|fourth|fifth|later)$/;

/** Adverbs that may open an inverted clause before its participle: "Also received were A and B". */
const OPENING_ADVERB = /^(?:also|further|likewise|similarly)$/;

/**
 * Where the participle of an inverted passive clause opening at `first` stands, else -1: "[The]
 * first to be received", "Also received", "Among those received", "Received [first]".
 */
function invertedParticiple(v: MeetingText, first: number): number {
  let j = first;
  if (v.lower(j) === 'the') j++;
  if (IN_TURN.test(v.lower(j)) && v.lower(j + 1) === 'to' && v.lower(j + 2) === 'be') return j + 3;
  if (j !== first) return -1;
  if (v.lower(j) === 'among' && v.lower(j + 1) === 'those') return j + 2;
  if (OPENING_ADVERB.test(v.lower(j))) return j + 1;
  return j;
}

/**
 * "First to be received was Ambassador X", "Also received were A and B", "Among those received was C", "Next to be welcomed by the President were A and B": an
 * inverted copula clause whose subject is a word of order and a passive infinitive of a verb of
 * receiving names, after "was" or "were", those received. With a named agent ("by President Y") the
 * two met; with none, those received join the meeting being reported. Only a past copula reports
 * what took place; "The first to be received will be X" is read by no rule here. The participle must
 * be followed by the copula (after an agent or a word of order): "Received with honours, X spoke" is
 * no inversion.
 */
export function receivedInTurn(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  const verb = invertedParticiple(v, s.tokenStart);
  if (verb < 0) return null;
  const cue = meetingLexicon().byFirstWord.get(v.lower(verb))?.find((c) => c.cueClass === 'host' || c.cueClass === 'meet');
  if (!cue || !/ed$|^met$/.test(v.lower(verb))) return null;
  let k = verb + 1;
  // "Received first was X": a word of order after the participle.
  if (IN_TURN.test(v.lower(k))) k++;
  const agents = v.lower(k) === 'by' ? peopleAfter(v, k + 1, s.tokenEnd) : null;
  if (agents) {
    if (agents.people.length === 0) return null;
    k = agents.end;
  }
  if (!/^(?:was|were)$/.test(v.lower(k))) return null;
  const people = peopleAfter(v, k + 1, s.tokenEnd, true).people;
  if (people.length === 0) return null;
  const held = agents ? [...agents.people, ...people] : people;
  return draftOfWords(v, s, dates, s.tokenStart, verb, { kind: cue.kind, status: 'held', people: held, rule: 'received-in-turn', joinOnly: !agents });
}

/**
 * "First to be received by President Y was X": the passive infinitive after a word of order is no
 * meeting still ahead; the copula after its phrase tells the time. 'held' after "was" or "were",
 * 'planned' otherwise; null when the infinitive at `to` does not follow a word of order.
 */
export function inTurnReading(v: MeetingText, to: number, last: number): 'held' | 'planned' | null {
  if (!IN_TURN.test(v.lower(to - 1)) || v.lower(to + 1) !== 'be') return null;
  let k = to + 3;
  if (v.lower(k) === 'by') k = peopleAfter(v, k + 1, last).end;
  return /^(?:was|were)$/.test(v.lower(k)) ? 'held' : 'planned';
}
