import { CONVENING_VERBS } from '../../lexicon/convening-verbs.js';
import { meetingLexicon } from '../../lexicon/meetings.js';
import { cameAbout, doneSoAfter } from './done-so.js';
import { dueAt } from './due-at.js';
import { futureInThePast } from './future-in-past.js';
import { neitherNorSubject } from './neither-nor.js';
import { habitualPresent, habitualWould } from './habitual.js';
import { presentProgressive } from './futurate-progressive.js';
import { purposeGerund } from './purpose-gerund.js';
import { inTurnReading } from './received-in-turn.js';
import type { MeetingText } from './view.js';
import { DAY_OR_YEAR, MONTH, WEEKDAY } from './date-phrase.js';

/**
 * Whether the text reports a meeting as held or only as planned, read from the verb group and
 * the words around the meeting word. "met", "held talks", "the talks have ended", "following
 * the meeting" are held; "will meet", "plans to visit", "invited him to visit", "agreed to hold",
 * "the next meeting", "ahead of the talks", "looks forward to meeting" are planned; "did not
 * meet" and "meets every week" are neither (the meeting is dropped).
 */
export type Reading = 'held' | 'planned' | 'negated';

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

const MODALS = set("will shall 'll ’ll would may might must should can wo");
/** Words whose "to"-infinitive lies ahead of them, even in the past tense ("agreed to meet"). */
const INTENTION = set(`
  plan plans planned planning intend intends intended intending intention aim aims aimed hope hopes hoped hoping
  agree agrees agreed agreement decide decides decided decision invite invites invited invitation inviting ask asks asked
  urge urges urged promise promises promised pledge pledged propose proposes proposed proposal offer offers offered
  prepare prepares prepared preparing arrange arranged want wants wanted wish wishes wished seek seeks sought expect
  expects expected scheduled set due slated poised ready willing likely going eager keen looking look looks looked
  forward opportunity chance set initiative initiatives idea ideas suggestion suggestions proposals supposed meant
  instruct instructs instructed instructing task tasks tasked order orders ordered mandate mandates mandated
  encourage encourages encouraged authorise authorises authorised authorize authorizes authorized
  try tries tried trying attempt attempts attempted attempting
  designate designates designated designating designation appoint appoints appointed appointing`);
/** Words before the month "May": "3 May", "in May", "since May". */
const BEFORE_MONTH = /^(?:\d{1,2}|in|of|on|since|until|till|by|from|to|early|late|mid|last|next|this|and|,)$/;

/**
 * A modal verb at token k: "will meet", "may visit". "May" the month is none: written with a capital
 * inside a date ("on 3 May", "May 3", "in May"), after a day or a preposition or before a number.
 */
export function modalAt(v: MeetingText, k: number): boolean {
  const l = v.lower(k);
  if (!MODALS.has(l)) return false;
  if (l !== 'may' || !v.isCap(k)) return true;
  return !(BEFORE_MONTH.test(v.lower(k - 1)) || /^\d/.test(v.lower(k + 1)));
}

/** "is scheduled to", "are expected to": a plan stated now. */
const SCHEDULED = set('scheduled expected due slated planned set poised');
const NEGATION = set("not n't n’t never no");
/** Words before a meeting noun that place it ahead. */
const AHEAD_ADJECTIVES = set('next upcoming forthcoming future planned proposed possible prospective potential expected impending further');
/** Words before a meeting noun that place it behind or now. */
const DONE_ADJECTIVES = set('previous last recent earlier past this today today’s today\'s yesterday yesterday’s yesterday\'s current present');
/** Verbs of opening the way: "paved the way for", "clearing the way for". */
const PAVED = /^(?:pave|paves|paved|paving|clear|clears|cleared|clearing|open|opens|opened|opening|prepare|prepares|prepared|preparing)$/;
/** Nouns of what is laid before a thing is built: "laid the groundwork for", "laid the foundations for". */
const GROUNDWORK = /^(?:groundwork|foundation|foundations)$/;
/** Words before "the success of" a meeting that make the success one still to be had: "for", "ensure". */
const FOR_SUCCESS = /^(?:for|towards|toward|ensure|ensures|ensuring|guarantee|guaranteeing|secure|securing)$/;
/** Verbs of working towards an end, whose "for" names what is worked for: "work closely for the summit", "prepared for the visit". */
const WORKS_TOWARDS = /^(?:work|works|worked|working|cooperate|cooperates|cooperated|cooperating|co-operate|co-operated|collaborate|collaborates|collaborated|coordinate|coordinates|coordinated|strive|strives|strove|striving|prepare|prepares|prepared)$/;
/** Words of manner between such a verb and its "for": "work closely together for". */
const TOWARDS_MANNER = /^(?:closely|together|jointly|hard|actively|intensively|further|tirelessly|well)$/;
/** Prepositions before a meeting noun: "ahead of the talks" (planned), "following the talks" (held). */
const AHEAD_OF = set('ahead before prior pending');
const AFTER = set('after following during since at in');
/** Verbs after a meeting noun that say it happened: "the talks have ended", "the meeting took place". */
const HAPPENED = set('ended concluded finished completed took began started opened closed wrapped lasted was were has have had');
/** Verbs whose that-clause states a proposal: "suggested that X visit". */
const MANDATIVE = set('suggest suggests suggested propose proposes proposed recommend recommends recommended insist insists insisted request requests requested ask asks asked urge urges urged demand demands demanded');
/** Participles of a meeting asked for: "has been requested", "was proposed". */
const REQUESTED = set('requested proposed suggested sought mooted floated');
/** A plan stated of a meeting that is its subject: "is being prepared", "is planned", "is under preparation". */
/** Participles of a plan with a time, which in the past perfect tell a plan of the past: "had been scheduled for Friday". */
const SCHEDULED_BEFORE = /^(?:scheduled|planned|arranged|slated|pencilled|penciled|set)$/;
const BEING_PLANNED = set('prepared planned arranged scheduled considered discussed negotiated organised organized pencilled penciled');

/** Time words that may follow a meeting noun: "the meeting today", "your talks tomorrow". */
const TIME_AFTER = set('today tonight tomorrow yesterday this next last week month morning afternoon evening later');
/** Of those, the ones that place the meeting ahead. */
/** Nouns whose "of" names a meeting still to come: "the announcement of the visit", "the planning of the talks". */
const ANNOUNCED = /^(?:announcement|planning)$/;
const AHEAD_AFTER = set('tomorrow tonight next later');

/** Verbs of address that perform what they say: "let me welcome you", "I would like to greet you". */
const PERFORMATIVE = /^(?:welcome|greet|congratulate|thank)/;

/** Verbs of greeting someone present. */
const GREETING = /^(?:welcome|greet|salute)$/;
/** Words of wish between the speaker and "to": "I would like to", "we wish to", "I want to". */
const WISH = /^(?:like|love|wish|want)$/;
/** Words after a verb that place its act ahead: "next year", "soon", "in the future", "at a convenient time". */
const AHEAD_WORD = /^(?:next|soon|future|tomorrow|later|someday|one|convenient|convenience|possible|opportunity)$/;
/** Most tokens after a greeting searched for a word placing it ahead. */
const AHEAD_REACH = 14;

/**
 * Whether the verb at i stands in a first-person frame of address that performs it: "let me",
 * "allow us to", "I would like to", "we wish to", "I want to".
 */
function performativeFrame(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  if (j >= first && v.lower(j) === 'also') j--;
  if (j >= first && /^(?:me|us)$/.test(v.lower(j)) && /^(?:let)$/.test(v.lower(j - 1)) && j - 1 >= first) return true;
  if (j < first || v.lower(j) !== 'to') return false;
  j--;
  if (j >= first && /^(?:me|us)$/.test(v.lower(j)) && /^(?:allow|permit)$/.test(v.lower(j - 1)) && j - 1 >= first) return true;
  if (j < first || !WISH.test(v.lower(j))) return false;
  j--;
  while (j >= first && i - j < 8 && /^(?:would|'d|also|really|just|now)$/.test(v.lower(j))) j--;
  return j >= first && /^(?:i|we)$/.test(v.lower(j));
}

/** Most tokens from a verb of convening to the "for" of the time it calls the meeting for. */
const CALLED_FOR_REACH = 12;

/**
 * Whether the verb at i calls a meeting together for a time named after "for" in its clause:
 * "convened a meeting of the council for next week", "summoned the board for 14 June", "called
 * talks for Monday". A meeting called for a time is set for then, not yet held, whatever the
 * tense of the calling ("convened a meeting on Monday", "for the first time", "for two hours" are held).
 */
export function calledForLater(v: MeetingText, i: number, last: number): boolean {
  if (!CONVENING_VERBS.has(v.lower(i))) return false;
  for (let k = i + 1; k < last && k - i <= CALLED_FOR_REACH; k++) {
    const l = v.lower(k);
    if (l === '.' || l === ';' || (v.isVerb(k) && !l.endsWith('ing'))) return false;
    if (l !== 'for') continue;
    // "for next week", "for 14 June", or past the meeting called: "for an emergency session next week".
    for (let a = k + 1; a < last && a - k <= CALLED_FOR_TIME_REACH; a++) {
      if (/^[.,;:]$/.test(v.lower(a)) || v.isVerb(a)) return false;
      if (timeAheadAt(v, a)) return true;
    }
    return false;
  }
  return false;
}

/** Most tokens from "for" to the time a meeting is called for: "for [an emergency session] next week". */
const CALLED_FOR_TIME_REACH = 5;

/** A time named at token k that a meeting may be set for: "next week", "tomorrow", "Friday", "14 June", "June 14" ("next year's budget" is none). */
function timeAheadAt(v: MeetingText, k: number): boolean {
  const w = v.lower(k);
  if (/^(?:next|upcoming|coming)$/.test(w)) return !/^(?:'s|’s)$/.test(v.lower(k + 2));
  if (/^(?:tomorrow|later)$/.test(w) || WEEKDAY.test(w)) return true;
  return (DAY_OR_YEAR.test(w) && MONTH.test(v.lower(k + 1))) || (MONTH.test(w) && DAY_OR_YEAR.test(v.lower(k + 1)));
}

/** Whether a word placing an act ahead follows the verb at i in its sentence ("to welcome X here next year"). */
function aheadAfter(v: MeetingText, i: number): boolean {
  for (let k = i + 1; k <= i + AHEAD_REACH; k++) {
    const l = v.lower(k);
    if (l === '' || l === '.' || l === ';') return false;
    if (AHEAD_WORD.test(l)) return true;
  }
  return false;
}

/** Most tokens of the noun phrase a participle describes, "of" phrases included. */
const DESCRIBED_PHRASE_REACH = 10;

/** Whether a word of AHEAD_ADJECTIVES stands in the noun phrase (with its "of" phrases) right before token i. */
function describedAhead(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j >= first && i - j <= DESCRIBED_PHRASE_REACH; j--) {
    if (AHEAD_ADJECTIVES.has(v.lower(j))) return true;
    if (v.lower(j) !== 'of' && !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(j)?.pos ?? '')) return false;
  }
  return false;
}

/** Most tokens of the noun phrase, with its prepositional phrases, that a participle after a comma describes. */
const DESCRIBED_CLAUSE_REACH = 14;

/**
 * The verb governing the noun phrase that ends before the comma at `comma`, with the
 * prepositional phrases that follow its head ("meet [again tomorrow at the NATO Summit in The
 * Hague]"): its index, or -1 when anything but a noun phrase, a preposition or an adverb stands
 * between, or no noun does.
 */
function governorOfPhraseBefore(v: MeetingText, comma: number, first: number): number {
  let noun = false;
  for (let j = comma - 1; j >= first && comma - j <= DESCRIBED_CLAUSE_REACH; j--) {
    const pos = v.tok(j)?.pos ?? '';
    if (v.isVerb(j)) return noun && j < comma - 1 ? j : -1;
    if (pos === 'NOUN' || pos === 'PROPN') noun = true;
    else if (!/^(?:DET|ADJ|NUM|ADP|ADV|PART)$/.test(pos)) return -1;
  }
  return -1;
}

/** The word before i skipping adverbs ("will also meet", "has now met"). */
function prevContent(v: MeetingText, i: number, first: number): number {
  let j = i - 1;
  // "had never met": a negation is no adverb to step over.
  while (j >= first && !NEGATION.has(v.lower(j)) && (v.tok(j)?.pos === 'ADV' || /^(?:also|then|again|now|soon|jointly|personally)$/.test(v.lower(j)))) j--;
  return j;
}

/**
 * Whether the verb at i is a past perfect ("had reported", "had earlier briefed", the passive "had
 * been briefed"): an act told as done before the time the narrative stands at.
 */
export function pastPerfect(v: MeetingText, i: number, first: number): boolean {
  if (!isPast(v.lower(i))) return false;
  let j = prevContent(v, i, first);
  if (v.lower(j) === 'been') j = prevContent(v, j, first);
  return j >= first && v.lower(j) === 'had';
}

/** Modals whose perfect infinitive tells what did not come about or is not known to have: "would have met", "may have visited". */
const UNREALISED_MODAL = /^(?:would|could|should|might|may|must|'d|’d)$/;

/**
 * Whether the modal at j takes a perfect infinitive ending in the participle at i: "would have met
 * X, but ...", "could have visited", "may have spoken". Such a meeting is not reported as held,
 * nor is it still to come ("will have met X by June" is a future perfect, and stays ahead).
 */
function perfectAfterModal(v: MeetingText, j: number, i: number): boolean {
  if (!UNREALISED_MODAL.test(v.lower(j))) return false;
  let k = j + 1;
  while (k < i && v.tok(k)?.pos === 'ADV') k++;
  // "would have been present at the talks": the copula's participle too.
  return k < i && v.lower(k) === 'have' && (isPast(v.lower(i)) || v.lower(i) === 'been');
}

/**
 * Whether the word of intention at k stands in the past perfect: "had planned to meet", "had been
 * due to visit", "had hoped to see". A plan told as before the time narrated is one of the past:
 * the text does not report the meeting as held, and it is no longer ahead.
 */
function planOfThePast(v: MeetingText, k: number, first: number): boolean {
  let j = prevContent(v, k, first);
  if (v.lower(j) === 'been') j = prevContent(v, j, first);
  return j >= first && v.lower(j) === 'had';
}

/** Most tokens from a coordinating "and" back to the infinitive it joins: "to visit [the new port in] Tokyo and". */
const COORDINATED_REACH = 8;

/**
 * The "to" of an infinitive that a bare verb at i, after "and" at `and`, is coordinated with: "to
 * visit Tokyo and meet Y" gives the "to" before "visit"; or -1. The verb at i must be a base form
 * ("meet", not "met" or "meets"), as the first verb after "to" is.
 */
function coordinatedInfinitive(v: MeetingText, i: number, and: number, first: number): number {
  const l = v.lower(i);
  if (isPast(l) || /[^s]s$/.test(l) || l.endsWith('ing')) return -1;
  for (let k = and - 1; k > first && and - k <= COORDINATED_REACH; k--) {
    if (/^[,;:.]$/.test(v.lower(k))) return -1;
    if (v.lower(k - 1) === 'to' && v.tok(k - 1)?.pos === 'PART' && (v.tok(k)?.pos === 'VERB' || v.isVerb(k))) return k - 1;
    if (v.isVerb(k)) return -1;
  }
  return -1;
}

/** Reading of a verb group ending at verb index i. */
export function verbReading(v: MeetingText, i: number, first: number): Reading | null {
  if (purposeGerund(v, i, first)) return 'planned';
  // "Has the President spoken to X?", "Q: Did the ministers meet Y in Rome?": a question whether it
  // happened tells of no meeting ("When did they meet?" takes it as known, and is read as usual).
  if (yesNoQuestionVerb(v, i, first) || askedWhether(v, i, first)) return 'negated';
  // "the upcoming meeting of G7 ministers hosted by X": a participle before its agent, with no
  // auxiliary, describes the phrase before it, and a word placing that phrase ahead places it ahead.
  if (v.lower(i + 1) === 'by' && describedAhead(v, i, first)) return 'planned';
  // "will meet again at the summit in The Hague, hosted by X": set off by a comma, the participle
  // describes the phrase before it, and the verb that governs that phrase tells whether it is
  // still to come. A verb of its own before the participle ("was, as agreed, hosted by X") is read as usual.
  if (v.lower(i + 1) === 'by' && v.lower(i - 1) === ',') {
    const governor = governorOfPhraseBefore(v, i - 1, first);
    if (governor >= 0 && verbReading(v, governor, first) === 'planned') return 'planned';
  }
  // "They will present their credentials": a modal may itself be the verb found governing a
  // meeting noun, when the tagger read the main verb after it as an adjective.
  if (v.lower(i) === 'could') return hopeOrCondition(v, i, first) ? 'planned' : null;
  if (modalAt(v, i)) return 'planned';
  // "Campos is due in Brasilia for talks": a copula whose complement is a word of schedule.
  if (dueAt(v, i)) return 'planned';
  // "X was not at the meeting", "Y, who was never on the call": a copula that is itself the verb,
  // denied by the word after it, places no one at the meeting.
  if (/^(?:is|are|am|was|were)$/.test(v.lower(i)) && NEGATION.has(v.lower(i + 1))) return 'negated';
  let j = prevContent(v, i, first);
  // "left without meeting X", "instead of meeting X", "rather than meet X", "met neither X nor Y": what
  // is done in place of a meeting, or a meeting with no one, did not happen.
  if (forgoneAt(v, j) || v.lower(i + 1) === 'neither' || neitherNorSubject(v, i, first)) return 'negated';
  // "If A meets B, ...", "unless they meet": a meeting on a condition is not told as having happened.
  if (conditionOpens(v, i, first)) return 'planned';
  // Performative address in the first person: "let me welcome you", "I would like to welcome you".
  if (PERFORMATIVE.test(v.lower(i)) && /^(?:you|your)$/.test(v.lower(i + 1))) return 'held';
  // "I would like to greet Mr X", "let me welcome Minister Y": said in the first person, a greeting
  // performs itself on those in the room, unless a time ahead follows ("to welcome X here next year").
  if (GREETING.test(v.lower(i)) && performativeFrame(v, i, first) && !aheadAfter(v, i)) return 'held';
  for (let steps = 0; j >= first && steps < 4; steps++) {
    const l = v.lower(j);
    if (NEGATION.has(l)) return 'negated';
    if (habitualWould(v, j, i, first)) return 'negated';
    if (perfectAfterModal(v, j, i)) return 'negated';
    if (futureInThePast(v, j, i, first)) return 'held';
    if (modalAt(v, j)) return 'planned';
    // "could meet" is a past ability ("was glad he could meet") unless a hope or a condition
    // governs it: "hoped she could meet", "could meet ... if schedules allow".
    if (l === 'could') return hopeOrCondition(v, j, first) ? 'planned' : null;
    if (l === 'to') return infinitiveReading(v, j, first);
    // "invited X to visit Tokyo and meet Y": a bare verb joined by "and" to an infinitive shares its "to".
    if ((l === 'and' || l === 'or') && steps === 0) {
      const to = coordinatedInfinitive(v, i, j, first);
      if (to >= 0) return infinitiveReading(v, to, first);
    }
    if (/^(?:is|are|am|be|been|was|were|has|have|had|being|do|does|did)$/.test(l)) {
      j = prevContent(v, j, first);
      continue;
    }
    break;
  }
  // "suggested that Deputy Prime Minister X visit Yerevan": a verb in a that-clause after a verb of
  // proposal is what is proposed, not what happened.
  for (let k = i - 1; k >= first && i - k <= 14; k--) {
    if (v.lower(k) === 'that') {
      if (MANDATIVE.has(v.lower(k - 1))) return 'planned';
      break;
    }
    if (v.isVerb(k)) break;
  }
  // "in advance of visiting", "before meeting": a gerund after a preposition of time.
  if (v.lower(i).endsWith('ing') && /^(?:before|ahead|prior)$/.test(v.lower(j))) return 'planned';
  if (v.lower(i).endsWith('ing') && /^(?:to)$/.test(v.lower(j)) && /^(?:forward)$/.test(v.lower(j - 1))) return 'planned';
  // A present-tense verb inside a sentence whose main verb is future: "will fly to Japan as he visits Tokyo".
  if (!isPast(v.lower(i))) {
    for (let k = i - 1; k >= first && i - k < 30; k--) {
      if (modalAt(v, k) && v.lower(k) !== 'can') return 'planned';
      if (v.isVerb(k) && isPast(v.lower(k))) break;
    }
    // "Tomorrow, the Prime Minister meets X", "travels to Tokyo next week, where he meets X": a present
    // tense with a time still ahead in its sentence tells a plan.
    // "She is meeting X next week": a present progressive with a time ahead is such a plan too.
    if ((!v.lower(i).endsWith('ing') || presentProgressive(v, i, first)) && aheadInSentence(v, i, first)) return 'planned';
    // "reports to the President every week": what is done as a rule is no meeting that took place.
    if (habitualPresent(v, i, first)) return 'negated';
    // "a week before Prime Minister X travels to Washington", "until the Minister visits": in a clause of
    // time, English tells what is still to come in the present tense.
    if (!v.lower(i).endsWith('ing') && presentInTimeClause(v, i, first)) return 'planned';
  }
  return null;
}

/** Conjunctions that open a clause of time: "before", "until", "once". */
const TIME_CONJUNCTION = /^(?:before|until|till|once)$/;
/** Pronouns and the article that may open such a clause's subject: "before he travels", "until the President visits". */
const SUBJECT_OPENER = /^(?:the|he|she|they|we|it)$/;
/** A word written with a capital: a name, or an office before one ("President"). */
const CAPITALISED = /^\p{Lu}/u;
/** Most tokens of a clause of time's subject, read back from its verb. */
const TIME_SUBJECT_REACH = 8;

/**
 * Whether the verb at i is the first verb of a clause of time, its subject alone between them: a
 * name, a capitalised office, a pronoun. "before the summit, X meets" has no subject of a person after
 * "before", so it is a phrase, not a clause.
 */
export function presentInTimeClause(v: MeetingText, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && i - k <= TIME_SUBJECT_REACH; k--) {
    if (TIME_CONJUNCTION.test(v.lower(k))) return k < i - 1;
    if (v.tok(k)?.pos !== 'PROPN' && !CAPITALISED.test(v.tok(k)?.text ?? '') && !SUBJECT_OPENER.test(v.lower(k))) return false;
  }
  return false;
}

/** Most tokens looked at on either side of a verb for a time still ahead. */
const AHEAD_TIME_REACH = 24;

/** "tomorrow", "tonight", "next week", "later this month" at token k: a time still ahead. */

function timeAhead(v: MeetingText, k: number, presentS: boolean): boolean {
  const l = v.lower(k);
  return l === 'tomorrow' || l === 'tonight' || (l === 'next' && /^(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(v.lower(k + 1)))
    || (l === 'later' && /^(?:this|today|tonight)$/.test(v.lower(k + 1)))
    // "heads to Santiago on Wednesday for talks": news tells a day's past acts in the past tense, so a
    // verb in the present with its "-s" ("heads", "meets") and a weekday tells an arrangement.
    || (presentS && l === 'on' && WEEKDAY.test(v.lower(k + 1)))
    // "Next, she travels to Bergen", "she then meets the Governor": so does an adverb of sequence with
    // such a verb; the day's past acts before it are told in the past.
    || (presentS && SEQUENCE_NEXT.test(l));
}

/** Adverbs of what comes next in a sequence of acts: "next", "then", "afterwards". */
const SEQUENCE_NEXT = /^(?:next|then|afterwards|subsequently|thereafter)$/;

/**
 * A time still ahead (timeAhead) in the sentence of token i, with no past verb before i.
 * (The tests are functions of the module, not closures made on each call: a call per meeting verb.)
 */
function aheadInSentence(v: MeetingText, i: number, first: number): boolean {
  const sentence = v.tok(i)?.sentence;
  const presentS = /[^s]s$/.test(v.lower(i)) && v.tok(i)?.pos === 'VERB';
  // "raised it with X when they meet next month": a time ahead after the verb, in its own clause
  // (before another verb or a comma), is the verb's, whatever the tense of the clause before it.
  for (let k = i + 1; k - i <= AHEAD_TIME_REACH && v.tok(k)?.sentence === sentence && !v.isVerb(k) && !/^[,;:]$/.test(v.lower(k)); k++) {
    if (timeAhead(v, k, presentS)) return true;
  }
  // "Today X meets Y, and tomorrow he flies on": the nearer time word is the verb's; a clause joined
  // by "and" or "but", or after a semicolon, has a time of its own.
  for (let k = i - 1; k >= first && i - k <= AHEAD_TIME_REACH; k--) {
    // "later today" is ahead; "today" alone is the day of the news.
    if ((v.isVerb(k) && isPast(v.lower(k))) || (v.lower(k) === 'today' && v.lower(k - 1) !== 'later') || v.lower(k) === ';') return false;
    if (timeAhead(v, k, presentS)) return true;
  }
  for (let k = i + 1; k - i <= AHEAD_TIME_REACH && v.tok(k)?.sentence === sentence; k++) {
    if ((v.isVerb(k) && isPast(v.lower(k))) || v.lower(k) === 'today' || v.lower(k) === ';' || (v.lower(k) === ',' && /^(?:and|but)$/.test(v.lower(k + 1)))) return false;
    if (timeAhead(v, k, presentS)) return true;
  }
  return false;
}

/** Most tokens looked at around "could" for a hope or a condition. */
const COULD_REACH = 12;
const CONDITION = set('if unless provided whether');

/** A word of intention or hope before "could" in its clause, or a condition on either side of it. */
function hopeOrCondition(v: MeetingText, could: number, first: number): boolean {
  for (let k = could - 1; k >= first && could - k <= COULD_REACH; k--) {
    const l = v.lower(k);
    if (INTENTION.has(l) || CONDITION.has(l) || l === 'so') return true;
    if (l === '.' || l === ';') break;
  }
  for (let k = could + 1; k < v.tokens.length && k - could <= COULD_REACH; k++) {
    const l = v.lower(k);
    if (CONDITION.has(l)) return true;
    if (l === '.' || l === ';' || v.tok(k)?.sentence !== v.tok(could)?.sentence) break;
  }
  return false;
}

/** Verbs that turn a meeting down or call it off: what they govern did not take place. */
const REFUSAL = set('refuse refuses refused refusing decline declines declined declining fail fails failed unable');
/** Most tokens from a preposition of occasion back to the verb whose act it places: "seeing [each other] at". */
const OCCASION_REACH = 5;

/**
 * Whether the preposition at j ("at", "in") places an act in a gerund or an infinitive that the
 * clause puts ahead ("looked forward to seeing each other at", "hopes to meet them in"): the nearest
 * verb back, past its object, is such a form and reads as planned.
 */
function occasionOfActAhead(v: MeetingText, j: number, first: number): boolean {
  if (!/^(?:at|in)$/.test(v.lower(j))) return false;
  for (let k = j - 1; k >= first && j - k <= OCCASION_REACH; k--) {
    if (!v.isVerb(k)) continue;
    if (!(v.lower(k).endsWith('ing') || v.lower(k - 1) === 'to')) return false;
    return verbReading(v, k, first) === 'planned';
  }
  return false;
}

/** Verbs of asking for something, whose object is still to come: "requested a meeting", "sought talks". */
const ASKED_FOR = set('request requests requested requesting seek seeks sought seeking');

/** Prepositions that give the topic of a question: "asked about", "a question on". */
const QUESTION_TOPIC = /^(?:about|on|regarding|concerning)$/;
/** Words of asking a question (not of asking for something): "asked about", "questioned on", "a question about". */
const QUESTIONED = /^(?:asked|ask|asks|asking|questioned|question|questions|queried|query|queries)$/;
/** Possessive determiners, which make the meeting the one of whoever they stand for. */
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/;

/** Whether only determiners, adjectives and nouns stand from k up to (not including) n: "a [brief] meeting". */
function onlyModifiersBetween(v: MeetingText, k: number, n: number): boolean {
  for (let j = k; j < n; j++) {
    if (v.mentionAt(j) && v.person(v.mentionAt(j))) return false;
    if (!/^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(v.tok(j)?.pos ?? '') && !/^(?:-|further|new|formal)$/.test(v.lower(j))) return false;
  }
  return true;
}

/** Most tokens from "on his visit" back to the verb it goes with: "will be accompanied by Minister X on his visit". */
const ON_VISIT_REACH = 10;

/** Verbs of withdrawing from a meeting, ending at the word before its noun phrase: "pulled out of", "withdrew from", "boycotted". */
const WITHDRAWN = /(?:^|\s)(?:(?:pull|pulls|pulled|pulling) out of|(?:withdraw|withdraws|withdrew|withdrawn|withdrawing) from|boycott|boycotts|boycotted|boycotting)$/;
/** Whether a word can end a WITHDRAWN phrase ("of", "from", a form of "boycott"): the phrase is put together only then. */
function mayEndWithdrawal(l: string): boolean {
  return l.endsWith('of') || l.endsWith('from') || l.includes('boycott');
}

const CANCELLED = set('cancel cancels cancelled canceled cancelling canceling postpone postpones postponed postponing scrap scraps scrapped delay delays delayed suspend suspends suspended miss misses missed missing skip skips skipped skipping reschedule reschedules rescheduled rescheduling defer defers deferred deferring');
/** "took the initiative to convene talks": the one who takes the initiative does what it is to do. */
const OPPORTUNITY = /^(?:opportunity|chance|occasion|initiative)$/;
/** Verbs of an opportunity taken, in the past: "took", "used", "seized". */
const TAKEN = /^(?:took|used|seized|had|grasped)$/;

/** Whether only adverbs stand between tokens a and b: "was [originally] to be held". */
function adverbsBetween(v: MeetingText, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (v.tok(k)?.pos !== 'ADV') return false;
  return true;
}

/** "to meet": the word governing the infinitive decides. */
/** Verbs of announcing, whose object's "to"-infinitive is what is announced as still to come. */
const ANNOUNCES = /^announc(?:e|es|ed|ing)$/;

/** Whether a common or proper noun that names no person stands among the tokens from..to (exclusive): "announced [a delegation] to". */
function nounObjectBefore(v: MeetingText, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (v.isVerb(j) || v.lower(j) === 'that') return false;
    const pos = v.tok(j)?.pos;
    if ((pos === 'NOUN' || pos === 'PROPN') && !v.person(v.mentionAt(j))) return true;
  }
  return false;
}

function infinitiveReading(v: MeetingText, to: number, first: number): Reading {
  // A named person with the office written before the name counts as one word: "the invitation of
  // President Abdelmadjid Tebboune to General Secretary To Lam to visit".
  let skipped = 0;
  // "the meeting of the Council, to be chaired by X": a passive infinitive after a noun phrase
  // is what is still to be done; after a comma it is so whatever comes before.
  const passive = v.lower(to + 1) === 'be';
  const inTurn = passive ? inTurnReading(v, to, v.tokens.length) : null;
  if (inTurn) return inTurn;
  if (passive && v.lower(to - 1) === ',') return 'planned';
  let nounBetween = false;
  // "Secretary Rubio to travel to Malaysia", "Putin and Xi to meet in Moscow": in headline grammar
  // a subject followed straight by a "to"-infinitive, with no verb of its own, is what is to come.
  // Only named parties (and "and" or commas between them) may stand before "to" in the sentence.
  let subjectOnly = true;
  let named = false;
  let k = to - 1;
  for (; k >= first && to - k - skipped <= 8; k--) {
    if (meetingLexicon().byFirstWord.get(v.lower(k))?.some((c) => c.cueClass === 'noun')) {
      nounBetween = true;
      // "A trip to Berlin to meet X was called off": the purpose of a journey called off was not met.
      const phraseEnd = passive ? -1 : nounPhraseEnd(v, k, v.tokens.length);
      if (phraseEnd > to && calledOffAfter(v, phraseEnd, v.tokens.length)) return 'negated';
    }
    const m = v.mentionAt(k);
    if (m && m.type === 'person') {
      named = true;
      const start = v.officeStart(v.tokenRange(m)[0]);
      if (start < k) {
        skipped += k - start;
        k = start;
      }
      continue;
    }
    if (!/^(?:and|,)$/.test(v.lower(k))) subjectOnly = false;
    const l = v.lower(k);
    // "refused to meet", "declined to receive": a meeting turned down did not take place.
    if (REFUSAL.has(l)) return 'negated';
    // "has yet to meet X", "is yet to visit": what is yet to be done has not been done.
    if (l === 'yet' && k === to - 1 && /^(?:has|have|had|is|are|was|were)$/.test(v.lower(k - 1))) return 'negated';
    // "took the opportunity to meet", "used the chance to visit": an opportunity taken is a meeting held.
    // "The two ministers used to meet in Lisbon": a habit of the past tells of no meeting reported, as
    // a habit of the present does (habitual.ts). "was used to receive guests" is a passive of purpose.
    if (l === 'used' && k === to - 1 && !/^(?:is|are|was|were|be|been|being)$/.test(v.lower(prevContent(v, k, first)))) return 'negated';
    if (OPPORTUNITY.test(l)) {
      for (let g = k - 1; g >= first && k - g <= 3; g--) if (TAKEN.test(v.lower(g))) return verbReading(v, g, first) ?? 'held';
    }
    // "had planned to meet, and did so on Monday": a plan the sentence tells as carried out is a meeting held.
    if (INTENTION.has(l)) return doneSoAfter(v, to) ? 'held' : planOfThePast(v, k, first) ? 'negated' : 'planned';
    if (l === 'that' && MANDATIVE.has(v.lower(k - 1))) return 'planned';
    if (/^(?:is|are|am|be)$/.test(l) && k === to - 1) return 'planned';
    // "where she was to meet X", "the Minister was to visit": a plan told in the past, when a person is the subject
    // ("the aim of the visit was to meet X" says what was done).
    // "The meeting was to be attended by X", "the talks were to be held in May": a passive infinitive
    // after a past copula is such a plan whatever the subject.
    // "The meeting was also to have been attended by X", "she was to have met Y": a plan told in the
    // past with a perfect infinitive is one that did not come about.
    if (/^(?:was|were)$/.test(l) && adverbsBetween(v, k, to) && v.lower(to + 1) === 'have') return 'negated';
    if (/^(?:was|were)$/.test(l) && adverbsBetween(v, k, to) && (passive || /^(?:he|she|they|i|we)$/.test(v.lower(k - 1)) || v.mentionAt(k - 1)?.type === 'person')) return 'planned';
    if (v.isVerb(k)) {
      // "discussed preparations for the summit to be chaired by X": a passive infinitive after the
      // verb's object describes that object, and is still to come.
      if (passive && nounBetween) return 'planned';
      // "announced a Presidential Delegation to attend the inauguration": what a party announced is
      // to do is still to come ("announced that she had travelled to Lima to meet X" has a verb nearer).
      if (ANNOUNCES.test(l) && nounObjectBefore(v, k + 1, to)) return 'planned';
      // "travelled to Jerusalem to meet": the purpose of a journey made is a meeting held.
      return verbReading(v, k, first) ?? 'held';
    }
    if (l === '.' || l === ';') break;
  }
  if (k < first && subjectOnly && named) return 'planned';
  return passive ? 'planned' : 'held';
}

/** Reading of a meeting noun at index n, whose governing verb (if any) is at `verb`. */
/** Words that open a meeting noun's people: "talks between", "a meeting with", "the visit of". */
const COMPLEMENT = /^(?:between|with|of|by)$/
/** Verbs of meeting in an infinitive of purpose after a meeting noun: "a trip to Rome to meet X". */
const PURPOSE_MEET = /^(?:meet|see|visit)$/;

/**
 * The token after a meeting noun's people and the place that may follow them: "between A and
 * B", "of President A to Moscow". Stops at `limit`.
 */
function pastComplement(v: MeetingText, k: number, last: number, limit: number): number {
  while (k < last && k <= limit) {
    // "of President A next year": a time word after the people is no part of them.
    if (TIME_AFTER.has(v.lower(k)) && !v.mentionAt(k)) break;
    if (v.mentionAt(k) || v.inNounPhrase(k) || /^(?:and|,|&)$/.test(v.lower(k))) k++;
    // "your meeting with X and the talks ...": a common noun after its article or adjective goes on a
    // coordinated subject.
    else if (v.tok(k)?.pos === 'NOUN' && /^(?:DET|ADJ)$/.test(v.tok(k - 1)?.pos ?? '')) k++;
    else if (/^(?:to|in)$/.test(v.lower(k)) && v.mentionAt(k + 1)?.type === 'place') k += 2;
    // "a meeting of the minister with President X": a second complement of the same noun.
    // "a visit to Berlin by Minister X": the visitor after "by" past the place.
    else if (/^(?:with|between|by)$/.test(v.lower(k)) && (v.mentionAt(k + 1)?.type === 'person' || v.isOfficeWord(k + 1))) k++;
    // "a trip to Berlin to meet Chancellor X": an infinitive of purpose and its object belong to the noun's phrase.
    else if (v.lower(k) === 'to' && PURPOSE_MEET.test(v.lower(k + 1)) && (v.mentionAt(k + 2) !== undefined || v.isCap(k + 2) || /^(?:his|her|their|the)$/.test(v.lower(k + 2)))) k += 2;
    else break;
  }
  return k;
}

/** Most tokens a relative clause set off by commas runs to its closing comma. */
const ASIDE_REACH = 20;

/**
 * "The talks between A and B, which were to be held in May, have been postponed": past a relative
 * clause set off by commas after a meeting noun's phrase, to the verb group of the noun; k itself
 * when no such clause stands there.
 */
function pastRelativeAside(v: MeetingText, k: number, last: number): number {
  // The complement's walk may have stepped over the opening comma already.
  const opener = v.lower(k) === ',' ? k + 1 : k;
  // "A meeting with X, initially scheduled for the same day, was postponed": so past a participle
  // of plan set off by commas, which describes the meeting as a relative clause would.
  const participle = SCHEDULED_PARTICIPLE.has(v.lower(opener)) || (v.tok(opener)?.pos === 'ADV' && SCHEDULED_PARTICIPLE.has(v.lower(opener + 1)));
  // "The visit of X to Riga, at the invitation of Y, has been postponed": so past a prepositional phrase
  // with no verb of its own set off by commas, which describes the meeting too.
  const prepositional = v.tok(opener)?.pos === 'ADP';
  if (!(/^(?:which|that)$/.test(v.lower(opener)) || participle || prepositional) || v.lower(opener - 1) !== ',') return k;
  for (let j = opener + 1; j < last && j - k <= ASIDE_REACH; j++) {
    const l = v.lower(j);
    if (l === ',') return j + 1;
    if (l === ';' || l === '.' || l === ':' || (prepositional && v.isVerb(j))) break;
  }
  return k;
}

/** The token after the meeting noun at n and its complement ("the visit of X to Y"), read once for the readings after it. */
function nounPhraseEnd(v: MeetingText, n: number, last: number): number {
  const k = n + 1;
  return COMPLEMENT.test(v.lower(k)) || /^(?:to|in)$/.test(v.lower(k)) ? pastComplement(v, k + 1, last, n + 28) : k;
}

/** After the meeting noun's phrase, which ends at k (nounPhraseEnd), a verb group that calls it off: "was postponed", "has been cancelled", "was called off". */
function calledOffAfter(v: MeetingText, k: number, last: number): boolean {
  // "the talks with X, which were cancelled": a relative clause right after the phrase tells of the
  // meeting; "the talks, which were to be held in May, have been postponed": so does the verb past it.
  const which = v.lower(k) === ',' && /^(?:which|that)$/.test(v.lower(k + 1)) ? k + 2 : v.lower(k - 1) === ',' && /^(?:which|that)$/.test(v.lower(k)) ? k + 1 : -1;
  return (which >= 0 && calledOffAt(v, which, last)) || calledOffAt(v, pastRelativeAside(v, k, last), last);
}

/** Most tokens from a plan's participle to the "but" that says what became of it: "scheduled [for Friday, 12 May] but". */
const BUT_REACH = 8;

/** Whether "but" follows within reach of k, in the same clause, with a verb of calling off after it: "[for Friday] but was postponed". */
function calledOffAfterBut(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k <= BUT_REACH; j++) {
    if (v.lower(j) === 'but') return calledOffAt(v, j + 1, last);
    if (v.isVerb(j) || /^[;:.]$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Whether a verb of calling off stands at k, past auxiliaries and adverbs. */
function calledOffAt(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < 4; j++) {
    const l = v.lower(j);
    // "called off", "put off", "pushed back": phrasal verbs of the same.
    // "was ruled out": a meeting excluded is called off before it is held.
    if (CANCELLED.has(l) || (/^(?:called|put)$/.test(l) && v.lower(j + 1) === 'off') || (l === 'pushed' && v.lower(j + 1) === 'back') || (l === 'ruled' && v.lower(j + 1) === 'out')) return true;
    // "was put on hold", "remains on hold", "is on hold": a meeting held back has not taken place.
    if (l === 'on' && v.lower(j + 1) === 'hold') return true;
    if ((l === 'put' || /^(?:remain|remains|remained)$/.test(l)) && v.lower(j + 1) === 'on' && v.lower(j + 2) === 'hold') return true;
    // "has been moved to June", "was shifted to a later date": moved in time, not held when told
    // ("moved to the Kremlin" moves it in place).
    if (/^(?:moved|shifted|pushed)$/.test(l) && v.lower(j + 1) === 'to' && LATER_TIME.test(v.lower(j + 2) === 'a' ? v.lower(j + 3) : v.lower(j + 2))) return true;
    if (!/^(?:is|are|was|were|has|have|had|been|be|being|now|also|later|again)$/.test(l)) return false;
  }
  return false;
}

/** Times a meeting may be moved to: a month, a weekday, "next", "later", "a later date", "autumn". */
const LATER_TIME = /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|later|spring|summer|autumn|fall|winter|early|mid|late|\d{1,2})$/;

/**
 * Participles of a plan after a meeting noun's phrase: "scheduled for", "planned for", "set to";
 * "foreseen for", "envisaged for" in the English of European institutions.
 */
const SCHEDULED_PARTICIPLE = set('scheduled planned slated set due expected pencilled penciled foreseen envisaged');

/** After the meeting noun's phrase, which ends at phraseEnd (nounPhraseEnd), and an optional comma, a participle of plan with its preposition. */
function scheduledAfter(v: MeetingText, phraseEnd: number, last: number): boolean {
  let k = phraseEnd;
  if (v.lower(k) === ',') k++;
  // ", which is scheduled for September".
  if (/^(?:which|that)$/.test(v.lower(k)) && /^(?:is|are|was|were|has|have)$/.test(v.lower(k + 1))) k += v.lower(k + 2) === 'been' ? 3 : 2;
  if (!SCHEDULED_PARTICIPLE.has(v.lower(k)) || !/^(?:for|to|in|on)$/.test(v.lower(k + 1))) return false;
  // "a meeting planned for months": a time it took to plan, not a time ahead.
  let d = k + 2;
  while (/^(?:many|several|some|a|the|past|last|two|three|long)$/.test(v.lower(d))) d++;
  return !DURATION.test(v.lower(d));
}

const DURATION = /^(?:months|weeks|years|days|time|while)$/;

/** Nouns naming the plan of a meeting: "the programme of the visit", "arrangements for the talks". */
const PLAN_NOUNS = /^(?:programme|program|agenda|arrangements|itinerary|logistics|modalities|schedule|timing|dates|format)$/;
/**
 * Verbs of discussion or agreement that take such a plan as object, and the nouns of views exchanged
 * on one ("exchanged views on the agenda of"), whose "on" takes it as the verb's object does.
 */
const DISCUSSED = /^(?:discuss|discussed|discussing|discusses|considered|considering|reviewed|reviewing|coordinated|coordinating|finalised|finalized|finalising|finalizing|agreed|agreeing|outlined|worked|views|opinions)$/;

/** Present-tense verbs by which a plan names what it holds. */
const PLAN_INCLUDES = /^(?:includes|include|envisages|envisage|foresees|foresee)$/;
/** Most tokens of the subject phrase before such a verb: "the programme of the Minister's visit". */
const PLAN_SUBJECT_REACH = 8;

/** Whether a plan noun heads the noun phrase right before the verb at k ("the programme of the visit includes"). */
function planSubject(v: MeetingText, k: number, first: number): boolean {
  for (let j = k - 1; j >= first && k - j <= PLAN_SUBJECT_REACH; j--) {
    if (PLAN_NOUNS.test(v.lower(j))) return true;
    // "Her programme also includes": an adverb between the plan and its verb.
    if (v.lower(j) !== 'of' && !v.isPossessive(j) && !/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADV)$/.test(v.tok(j)?.pos ?? '')) return false;
  }
  return false;
}

/** A verb of discussion, or views exchanged, at most three words before the plan noun at k: "discussed the practical arrangements", "views on the agenda". */
function discussedBefore(v: MeetingText, k: number, first: number): boolean {
  for (let g = k - 1; g >= first && k - g <= 4; g--) {
    const l = v.lower(g);
    if (DISCUSSED.test(l)) return true;
    if (l !== 'the' && l !== 'on' && l !== 'out' && l !== 'its' && l !== 'their' && v.tok(g)?.pos !== 'ADJ') return false;
  }
  return false;
}

/** Nouns of a plan, proposal or prospect, whose "for" or "of" names a meeting still to come: "plans for a meeting". */
const THOUGHT_OF = /^(?:plan|plans|proposal|proposals|idea|ideas|prospect|prospects|possibility|possibilities|hope|hopes)$/;
/** Nouns after "under" of a thing still being weighed: "under discussion", "under consideration". */
const UNDER_WEIGHING = /^(?:discussion|consideration|review|preparation|negotiation|study|examination)$/;

/** Words of inviting whose "to" names where the guest is asked to come. */
const INVITES = /^(?:invite|invites|invited|inviting|invitation|invitations)$/;
/** Most tokens from a word of inviting to its "to": "invited the President of the Republic of X to". */
const INVITED_REACH = 10;

/**
 * Whether the "to" at j completes a word of inviting before it, past the guest named in between:
 * "invited Costa to", "extended an invitation to". A verb or punctuation in between ends the look.
 */
function invitedTo(v: MeetingText, j: number, first: number): boolean {
  for (let k = j - 1; k >= first && j - k <= INVITED_REACH; k--) {
    const l = v.lower(k);
    if (INVITES.test(l)) return true;
    if (/^[,;:.]$/.test(l) || (v.isVerb(k) && !v.mentionAt(k))) return false;
  }
  return false;
}

/** Most tokens from a meeting noun to the verb that says it came about: "the planned visit of X to Y [took place]". */
const REALISED_REACH = 16;

/**
 * "The long-planned visit of X to Y took place on Monday", "the expected talks went ahead": a
 * meeting once ahead that its sentence, as the subject of a past verb of coming about, reports as
 * having happened. Reads the first finite verb after the noun ending at h.
 */
function realisedAfter(v: MeetingText, h: number, last: number): boolean {
  for (let k = h + 1; k < last && k - h <= REALISED_REACH; k++) {
    if (/^[;:.]$/.test(v.lower(k))) return false;
    if (!v.isVerb(k)) continue;
    return cameAbout(v, k);
  }
  return false;
}

/** Words of a predicate saying that preparations go on, between the noun and its "for": "are well under way", "have begun". */
const GOING_ON = /^(?:are|is|were|was|have|has|had|been|well|already|now|actively|under|way|underway|in|full|swing|progress|begun|started|continuing|continue|continues)$/;
/** Most tokens of such a predicate. */
const GOING_ON_REACH = 5;

/**
 * Whether the "for" at j follows a clause whose subject is a noun of preparation and whose predicate,
 * and nothing else, says the preparations go on: "Preparations are under way for", "preparations
 * have begun for". What they are for is still to come.
 */
function preparationsGoingOnBefore(v: MeetingText, j: number, first: number): boolean {
  for (let k = j - 1; k >= first && j - k <= GOING_ON_REACH; k--) {
    const l = v.lower(k);
    if (/^preparations?$/.test(l)) return k < j - 1;
    if (!GOING_ON.test(l)) return false;
  }
  return false;
}

export function nounReading(v: MeetingText, n: number, verb: number, first: number, last: number, nounEnd = n + 1): Reading | null {
  // "A telephone conversation between X and Y is scheduled": what follows the noun is read from its last word.
  const h = nounEnd - 1;
  if (purposeGerund(v, n, first)) return 'planned';
  // "summoned a meeting of the council for next week": the verb that calls the meeting sets its time.
  if (verb >= first && verb < n && calledForLater(v, verb, last)) return 'planned';
  // Words right before the noun: "the next meeting", "our previous meeting", "ahead of the talks".
  for (let j = n - 1; j >= first && n - j <= 7; j--) {
    const l = v.lower(j);
    if (AHEAD_ADJECTIVES.has(l)) return realisedAfter(v, h, last) ? 'held' : 'planned';
    // "No meeting between A and B took place", "no talks were held": "no" as the determiner of the
    // meeting's own phrase denies it.
    if (l === 'no' && onlyModifiersBetween(v, j + 1, n)) return 'negated';
    // "called off her meeting with X": the phrasal verb of cancelling before the noun.
    if (l === 'off' && /^(?:call|calls|called|calling)$/.test(v.lower(j - 1))) return 'negated';
    // "pulled out of the talks with X", "withdrew from the meeting", "boycotted the summit": one who
    // withdraws from or boycotts a meeting does not hold it with those it names.
    if (mayEndWithdrawal(l) && WITHDRAWN.test(`${v.lower(j - 2)} ${v.lower(j - 1)} ${l}`) && onlyModifiersBetween(v, j + 1, n)) return 'negated';
    // "ruled out a meeting with X": a meeting excluded did not take place; "did not rule out a meeting"
    // leaves one possible, still to come.
    if (l === 'out' && /^(?:rule|rules|ruled|ruling)$/.test(v.lower(j - 1))) return NEGATION.has(v.lower(prevContent(v, j - 1, first))) ? 'planned' : 'negated';
    // "no plans for a meeting with X", "a request for talks with Y": a meeting planned or asked for is still to come.
    if (l === 'for' && /^(?:plan|plans|request|requests|proposal|proposals|hopes)$/.test(v.lower(j - 1))) return 'planned';
    // "requested a meeting with X", "sought talks with Y": a meeting asked for is still to come.
    if (ASKED_FOR.has(l) && v.isVerb(j) && /^(?:a|an|the|further|new|urgent)$/.test(v.lower(j + 1)) && onlyModifiersBetween(v, j + 1, n)) return 'planned';
    // "an early meeting", "an early visit": soon, when right before the noun ("an early morning meeting" is held).
    if (l === 'early' && j === n - 1) return 'planned';
    // "the present talks" are held; "will present their credentials" is a verb after a modal or "to".
    if (DONE_ADJECTIVES.has(l) && !modalAt(v, j - 1) && v.lower(j - 1) !== 'to') return 'held';
    // "left without a meeting with X", "instead of talks with Y": a meeting forgone did not happen.
    if (forgoneAt(v, j)) return 'negated';
    // "Asked about the talks between A and B, he said ...", "a question on the summit": a meeting that is
    // only the topic of a question put to someone is not reported as held by the words that ask it.
    // One's own meeting ("asked about his talks with X") is reported by the answer, so it stays.
    if (QUESTION_TOPIC.test(l) && QUESTIONED.test(v.lower(j - 1)) && onlyModifiersBetween(v, j + 1, n) && !POSSESSIVE.test(v.lower(j + 1))) return 'negated';
    // "preparations for the visit", "the preparation of the visit", "preparing the visit".
    if (AHEAD_OF.has(l) || ((l === 'for' || l === 'of') && /^(?:preparation|preparations|prepare|preparing|ready)$/.test(v.lower(j - 1)))) return 'planned';
    // "Preparations are under way for a summit of A and B": the "for" of preparations whose own clause
    // says they go on.
    if (l === 'for' && preparationsGoingOnBefore(v, j, first)) return 'planned';
    if (/^(?:preparing|prepare|prepares|organising|organizing)$/.test(l)) return 'planned';
    // "prepared the visit of X": a meeting prepared was still to come when it was prepared; as a
    // modifier ("a well-prepared summit") the participle tells of one held.
    if (l === 'prepared' && v.isVerb(j) && !/^(?:well|-|carefully|thoroughly)$/.test(v.lower(j - 1)) && onlyModifiersBetween(v, j + 1, n)) return 'planned';
    // "plans for a meeting between A and B", "a proposal for talks", "the prospect of a summit": a
    // meeting that is only planned, proposed or thought of is still to come.
    if ((l === 'for' || l === 'of') && THOUGHT_OF.test(v.lower(j - 1))) return 'planned';
    // "discussed the programme of the visit", "agreed on the arrangements for the talks": the plan of a
    // meeting under discussion is of one still to come ("the programme of the visit included" is not).
    if ((l === 'for' || l === 'of') && PLAN_NOUNS.test(v.lower(j - 1)) && discussedBefore(v, j - 1, first)) return 'planned';
    // "called for talks", "pressed for a meeting": what is asked for is still to come.
    // "expressed hope for a meeting": what is hoped for is still to come.
    if (l === 'for' && /^(?:call|calls|called|calling|appeal|appeals|appealed|press|pressed|push|pushed|ask|asked|urge|urged|hope|hopes|hoped|hoping|wish|wishes|wished)$/.test(v.lower(j - 1))) return 'planned';
    // "the announcement [today] of the September visit": a visit announced is still to come.
    if (l === 'of' && (ANNOUNCED.test(v.lower(j - 1)) || (TIME_AFTER.has(v.lower(j - 1)) && ANNOUNCED.test(v.lower(j - 2))))) return 'planned';
    if (l === 'in' && v.lower(j + 1) === 'advance') return 'planned';
    // "laid the groundwork for the talks", "laid the foundations for a visit", "paved the way for a summit":
    // what the ground is prepared for is still to come.
    if (l === 'for' && (GROUNDWORK.test(v.lower(j - 1)) || (v.lower(j - 1) === 'way' && v.lower(j - 2) === 'the' && PAVED.test(v.lower(j - 3))))) return 'planned';
    // "worked for the success of the summit", "to ensure the success of the visit": a success worked
    // for or made sure of is still to come ("welcomed the success of the summit" tells of one held).
    if (l === 'of' && v.lower(j - 1) === 'success' && FOR_SUCCESS.test(v.lower(j - 2) === 'the' ? v.lower(j - 3) : v.lower(j - 2))) return 'planned';
    // "agreed to work closely for the summit between A and B", "prepared for the visit": what
    // one works, prepares or cooperates for is still to come ("worked for the success of" is above).
    if (l === 'for' && worksTowards(v, j - 1, first)) return 'planned';
    // "would visit Moscow in December for the regular meeting": the noun's own preposition of purpose
    // ends its phrase; "in" before it belongs to the journey, and the verb decides.
    if (l === 'for' && v.lower(j - 1) !== 'ready' && !PLAN_NOUNS.test(v.lower(j - 1))) break;
    // "invited President X to the inauguration", "an invitation to the summit": where one is invited is still to come.
    if (l === 'to' && invitedTo(v, j, first)) return 'planned';
    // "in the run-up to the visit", "in the lead-up to the talks", "on the eve of the summit".
    if (l === 'to' && v.lower(j - 1) === 'up' && /^(?:run|lead|build)$/.test(v.lower(j - 2 - (v.lower(j - 2) === '-' ? 1 : 0)))) return 'planned';
    if (l === 'of' && v.lower(j - 1) === 'eve') return 'planned';
    // "was looking forward to his state visit": what one looks forward to is still to come.
    if (l === 'to' && v.lower(j - 1) === 'forward' && /^(?:look|looks|looked|looking)$/.test(v.lower(j - 2))) return 'planned';
    // "looked forward to seeing each other at the summit", "hope to meet him in Lima": a meeting that
    // is only the place or occasion of an act still to come is itself still to come.
    // "The call came after her meeting with X was cancelled": after a conjunction the noun heads a
    // clause of its own, and a verb past its phrase that calls it off denies it.
    if (AFTER.has(l) && calledOffAfter(v, nounPhraseEnd(v, h, last), last)) return 'negated';
    if (AFTER.has(l)) return occasionOfActAhead(v, j, first) ? 'planned' : 'held';
    // "will discuss trade on his visit to Lisbon": "on" with a possessive before the meeting is "during" it.
    // Its time is that of the verb it goes with ("was accompanied ... on his visit" was held).
    if (l === 'on' && j === n - 2 && /^(?:his|her|their|its|our|my|your)$/.test(v.lower(j + 1))) {
      for (let k = j - 1; k >= first && j - k <= ON_VISIT_REACH; k--) if (v.isVerb(k)) return verbReading(v, k, first) === 'planned' ? 'planned' : 'held';
      return 'held';
    }
    // "proposed holding talks", "suggested having a meeting": a gerund after a verb of intention.
    // "looked forward to seeing each other at the summit": a gerund after "look forward to" is ahead too.
    if (v.isVerb(j) && l.endsWith('ing') && (INTENTION.has(v.lower(j - 1)) || MANDATIVE.has(v.lower(j - 1)) || (v.lower(j - 1) === 'to' && v.lower(j - 2) === 'forward'))) return 'planned';
    if (v.isVerb(j)) break;
  }
  // "the visit of Prime Minister X to Buenos Aires, scheduled for September": a participle of plan
  // after the noun and its complement places it ahead, whatever verb governs the noun.
  const phraseEnd = nounPhraseEnd(v, h, last);
  if (scheduledAfter(v, phraseEnd, last)) return 'planned';
  // "cancelled his visit", "the visit ... was postponed", "the meeting was called off".
  if (verb >= 0 && CANCELLED.has(v.lower(verb))) return 'negated';
  // "sought a meeting with X", "requested a call with Y": a meeting asked for, in any tense, is still to come.
  if (verb >= 0 && ASKED_FOR.has(v.lower(verb))) return 'planned';
  if (calledOffAfter(v, phraseEnd, last)) return 'negated';
  // "The Minister's programme includes meetings with X": what a plan includes, told in the present, is still to come.
  if (verb >= 0 && PLAN_INCLUDES.test(v.lower(verb)) && planSubject(v, verb, first)) return 'planned';
  if (verb >= 0) {
    const r = verbReading(v, verb, first);
    if (r) return r;
  }
  // The noun as subject: "the talks have ended", "the meeting will take place"; a time word
  // after it may say when: "your talks tomorrow", "the meeting next week".
  let from = h + 1;
  while (from < last && from - h <= 3 && TIME_AFTER.has(v.lower(from))) {
    if (AHEAD_AFTER.has(v.lower(from))) return 'planned';
    from++;
  }
  // "your meeting today with Prime Minister X will be important": past the partner, the verb group.
  // "the visit of President X to Moscow next year": so past the visitor.
  // "the importance of meeting President X next year": a gerund's object stands where the complement would.
  // "her visit to Chile next week": past the place the meeting goes to, the time word says when.
  const place = /^(?:to|in)$/.test(v.lower(from)) ? v.mentionAt(from + 1) : undefined;
  if (place?.type === 'place') {
    for (let k = v.tokenRange(place)[1]; k < last && TIME_AFTER.has(v.lower(k)); k++) if (AHEAD_AFTER.has(v.lower(k))) return 'planned';
  }
  const gerundObject = v.lower(h).endsWith('ing') && from === h + 1 && (v.mentionAt(from) !== undefined || v.isCap(from));
  if (COMPLEMENT.test(v.lower(from)) || gerundObject) {
    let k = pastComplement(v, gerundObject ? from : from + 1, last, from + 16);
    while (k < last && TIME_AFTER.has(v.lower(k))) {
      if (AHEAD_AFTER.has(v.lower(k))) return 'planned';
      k++;
    }
    if (modalAt(v, k)) return 'planned';
  }
  for (let j = from; j < last && j - from <= 3; j++) {
    const l = v.lower(j);
    if (couldNotAt(v, j)) return 'negated';
    // "The talks did not take place", "the meeting has not been held": an auxiliary with "not" right
    // after the noun denies it.
    if (j === from && /^(?:did|does|do|has|have|had|was|were)$/.test(l) && deniedHappening(v, j + 1)) return 'negated';
    // "Putin – Tokayev talks to be held in May", "a meeting to take place in June".
    if (l === 'to' && /^(?:be|take)$/.test(v.lower(j + 1))) return 'planned';
    if (modalAt(v, j)) return 'planned';
    if (SCHEDULED.has(l) && /^(?:is|are)$/.test(v.lower(j - 1))) return 'planned';
    // "A call with X was mooted", "a visit by Y is under discussion": the noun as the subject of a
    // passive of proposing, or still being weighed, is still to come, in any tense.
    if (/^(?:is|are|was|were|has|have|had)$/.test(l) && proposedAfter(v, j)) return 'planned';
    if (HAPPENED.has(l)) return 'held';
    // "A meeting with X is expected to take place": a copula that says nothing by itself leaves the
    // verb group after it to the reading below.
    if (v.isVerb(j)) {
      const r = verbReading(v, j, first);
      if (r || !/^(?:is|are)$/.test(l)) return r;
      break;
    }
  }
  // "The visit of President X to Hanoi was also discussed": a meeting that heads its sentence's subject
  // and is what a passive verb of discussion took up is a topic, told as one to come.
  if (headsSentence(v, n, first)) {
    let k = COMPLEMENT.test(v.lower(h + 1)) ? phraseEnd : h + 1;
    if (/^(?:was|were)$/.test(v.lower(k))) {
      k++;
      while (k < last && v.tok(k)?.pos === 'ADV') k++;
      if (DISCUSSED_PASSIVE.test(v.lower(k))) return 'planned';
    }
  }
  // "A meeting between X and Y is being prepared": past the noun's complement, its verb group.
  if (COMPLEMENT.test(v.lower(h + 1))) {
    // The same walk as nounPhraseEnd's, which the complement's word started.
    const j = phraseEnd;
    for (let k = j; k < last && k - j < 4; k++) {
      const l = v.lower(k);
      // "A meeting between X and Y is not planned", "was not held".
      if (NEGATION.has(l)) return 'negated';
      if (couldNotAt(v, k)) return 'negated';
      // "Talks between X and Y were to be held in May", "... were to take place": a plan.
      if (l === 'to' && /^(?:be|take)$/.test(v.lower(k + 1))) return 'planned';
      if (modalAt(v, k)) return 'planned';
      if (BEING_PLANNED.has(l) && /^(?:is|are|being|be)$/.test(v.lower(k - 1))) return 'planned';
      // "A summit with X has been scheduled for October": a plan made, told in the present perfect, is still to come.
      if (BEING_PLANNED.has(l) && v.lower(k - 1) === 'been' && /^(?:has|have)$/.test(v.lower(k - 2))) return 'planned';
      // "The meeting between X and Y had been scheduled for Friday but was postponed": a plan of the
      // past is what the clause after "but" made of it ("but was brought forward to Monday" was held).
      if (SCHEDULED_BEFORE.test(l) && v.lower(k - 1) === 'been' && v.lower(k - 2) === 'had' && calledOffAfterBut(v, k + 1, last)) return 'negated';
      // "A meeting with X has been requested", "talks with Y were proposed": a meeting asked for, in
      // any tense, is still to come.
      if (REQUESTED.has(l) && /^(?:is|are|was|were|being|be|been)$/.test(v.lower(k - 1))) return 'planned';
      if (SCHEDULED.has(l) && /^(?:is|are)$/.test(v.lower(k - 1))) return 'planned';
      // "A meeting with X is also on the agenda", "talks with Y are on the programme": a meeting a plan
      // holds, told in the present, is still to come.
      if (l === 'on' && /^(?:is|are|also|now)$/.test(v.lower(k - 1)) && PLAN_NOUNS.test(v.lower(k + 1) === 'the' || v.isPossessive(k + 1) ? v.lower(k + 2) : v.lower(k + 1))) return 'planned';
      // "A visit by X remains under discussion", "talks with Y are under consideration": a meeting
      // still being weighed is still to come.
      if (l === 'under' && UNDER_WEIGHING.test(v.lower(k + 1))) return 'planned';
      // "Talks between X and Y did not take place": "did" before a denial of the happening itself.
      if (/^(?:do|does|did)$/.test(l) && !deniedHappening(v, k + 1)) break;
      if (!/^(?:is|are|was|were|being|be|been|has|have|had|do|does|did|also|now|currently|still|remains|remain|remained)$/.test(l)) break;
    }
  }
  return null;
}

/** After the auxiliary at j, a participle of proposing or "under discussion": "was [also] mooted", "has been requested", "is under review". */
function proposedAfter(v: MeetingText, j: number): boolean {
  let k = j + 1;
  while (/^(?:been|being|also|now|still|reportedly|already)$/.test(v.lower(k))) k++;
  return REQUESTED.has(v.lower(k)) || (v.lower(k) === 'under' && UNDER_WEIGHING.test(v.lower(k + 1)));
}

/** Verbs of a meeting's happening: "take [place]", "happen", "go [ahead]", "be held". */
const HAPPENING = /^(?:take|taken|happen|happened|occur|occurred|materiali[sz]e|materiali[sz]ed|go|gone|proceed|proceeded|be|been|held|convene|convened)$/;

/** A negation at k followed by a verb of happening: "not take place", "not been held", "not go ahead" ("did not last long" is none). */
function deniedHappening(v: MeetingText, k: number): boolean {
  return NEGATION.has(v.lower(k)) && HAPPENING.test(v.lower(k + 1));
}

/**
 * "The meeting could not take place", "talks with X could not be held": a meeting that was not possible
 * did not happen. "could not have gone better" praises one that did: a perfect infinitive after it is no
 * such denial.
 */
function couldNotAt(v: MeetingText, k: number): boolean {
  return v.lower(k) === 'could' && NEGATION.has(v.lower(k + 1)) && v.lower(k + 2) !== 'have';
}

/** Participles of a topic taken up: "was discussed", "were considered", "was raised" (a meeting reviewed may be one held). */
const DISCUSSED_PASSIVE = /^(?:discussed|considered|addressed|raised)$/;

/** Whether the meeting noun at n opens its sentence, past an article and adjectives: "The [upcoming] visit ...". */
function headsSentence(v: MeetingText, n: number, first: number): boolean {
  for (let j = first; j < n; j++) if (!/^(?:DET|ADJ)$/.test(v.tok(j)?.pos ?? '') || v.mentionAt(j)) return false;
  return true;
}

/** Whether a verb of working towards an end ends at token k, past words of manner: "work closely [for]". */
function worksTowards(v: MeetingText, k: number, first: number): boolean {
  let j = k;
  while (j > first && k - j < 2 && TOWARDS_MANNER.test(v.lower(j))) j--;
  return WORKS_TOWARDS.test(v.lower(j)) && v.tok(j)?.pos === 'VERB';
}

/** Whether the words ending at token j say a meeting is forgone: "without", "instead of", "rather than". */
function forgoneAt(v: MeetingText, j: number): boolean {
  const l = v.lower(j);
  return l === 'without' || (l === 'of' && v.lower(j - 1) === 'instead') || (l === 'than' && v.lower(j - 1) === 'rather');
}

/** Most tokens from a meeting verb back to the "if" that opens its clause. */
const CONDITION_REACH = 12;

/**
 * Whether the verb at i stands in a clause of condition: "if" or "unless" opens the sentence or
 * follows a comma, and no other verb, comma or semicolon stands between it and the verb. "even if"
 * and "as if" are read the same way; "whether" asks, and is read by the question it stands in.
 */
/** Marks that close a clause of condition before its verb. */
const CONDITION_STOPS = new Set([',', ';', ':']);
/** Auxiliaries and copulas, which a clause of condition may hold before the verb it governs. */
const CONDITION_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did']);

function conditionOpens(v: MeetingText, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && i - k <= CONDITION_REACH; k--) {
    const l = v.lower(k);
    if (l === 'if' || l === 'unless') return k === first || /^(?:,|even|as|only|and|but)$/.test(v.lower(k - 1));
    if (CONDITION_STOPS.has(l) || (v.isVerb(k) && !CONDITION_AUXILIARIES.has(l))) return false;
  }
  return false;
}

/** Auxiliaries that open a question asking whether: "Did", "Has", "Will", "Is". */
const QUESTION_AUX = /^(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could|should|shall)$/;
/** Words that may stand before such an auxiliary in a question: a conjunction. */
const QUESTION_LEAD = /^(?:and|but|so|then|also|now|well|,)$/;
/** Most tokens of a speaker's label before its colon at the start of a turn: "Q:", "QUESTION:", "MR PRICE:". */
const LABEL_REACH = 4;
/** Most tokens from the auxiliary that opens a question to the end of its sentence. */
const QUESTION_REACH = 40;

/**
 * Whether the verb at i is the main verb of a question asking whether something happened: its
 * sentence opens with an auxiliary (past a "Q:" label or a conjunction), no other verb stands
 * between that auxiliary and it, and the sentence ends with a question mark.
 */
function yesNoQuestionVerb(v: MeetingText, i: number, first: number): boolean {
  let a = first;
  // "Q: Did ...", "QUESTION: And has ...": past the label of the one who asks.
  for (let k = first; k < i && k - first <= LABEL_REACH; k++) {
    if (v.lower(k) === ':') {
      a = k + 1;
      break;
    }
  }
  while (a < i && QUESTION_LEAD.test(v.lower(a))) a++;
  a = pastVocative(v, a, i);
  while (a < i && QUESTION_LEAD.test(v.lower(a))) a++;
  if (a >= i || !QUESTION_AUX.test(v.lower(a))) return false;
  for (let k = a + 1; k < i; k++) if (v.isVerb(k) && !/^(?:been|not|n't|n’t)$/.test(v.lower(k))) return false;
  for (let k = i + 1; k < v.tokens.length && k - a < QUESTION_REACH; k++) {
    const l = v.lower(k);
    if (l === '?') return true;
    if (l === '.' || l === '!' || l === ';') return false;
  }
  return false;
}

/** Most words of the one addressed at the head of a question: "Mr Secretary,", "Madam Foreign Minister,". */
const VOCATIVE_REACH = 4;

/**
 * The token after a vocative that opens a sentence at `a`, or `a` when there is none: words of
 * address, each capitalised, closed by a comma before `i` ("Mr Secretary, did you ...", "Minister
 * Berg, have you ..."). A name followed by a comma that a verb of its own follows is still read
 * by the caller, which wants an auxiliary next.
 */
function pastVocative(v: MeetingText, a: number, i: number): number {
  for (let k = a; k < i && k - a < VOCATIVE_REACH; k++) {
    if (v.lower(k) === ',') return k > a ? k + 1 : a;
    if (!v.isCap(k) && !/^(?:sir|madam|ma'am|ma’am)$/.test(v.lower(k))) return a;
  }
  return a;
}

/** Words before "if" that make it ask rather than set a condition: "asked if", "wondered if", "not sure if". */
const ASKS_IF = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquire|inquires|inquired|enquire|enquires|enquired|know|knows|knew|unclear|uncertain|sure|clear)$/;

/**
 * Whether the verb at i stands in a clause that asks rather than tells: "asked whether X had met
 * Y", "wondered if they had spoken", "it is unclear whether the talks took place". "whether", or
 * "if" right after a word of asking or of not knowing, opens the clause, and no stop and no verb
 * of another clause stands between it and the verb.
 */
function askedWhether(v: MeetingText, i: number, first: number): boolean {
  for (let k = i - 1; k >= first && i - k <= CONDITION_REACH; k--) {
    const l = v.lower(k);
    if (l === 'whether') return true;
    if (l === 'if') return ASKS_IF.test(v.lower(k - 1));
    if (CONDITION_STOPS.has(l) || (v.isVerb(k) && !CONDITION_AUXILIARIES.has(l))) return false;
  }
  return false;
}

const IRREGULAR_PAST = set('met held spoke took had made gave came went flew led saw told began sent paid brought');

export function isPast(l: string): boolean {
  return IRREGULAR_PAST.has(l) || (l.length > 4 && l.endsWith('ed') && !l.endsWith('eed'));
}
