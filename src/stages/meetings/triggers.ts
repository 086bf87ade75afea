import type { DateMention, MeetingKind, MeetingStatus, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { type MeetingCue, meetingLexicon } from '../../lexicon/meetings.js';
import { WordAnswers } from '../../lexicon/word-table.js';
import { citedOccasion, speechFunctionAt, speechOccasionBefore } from './speech-occasion.js';
import { makerGroupBefore } from './maker-led.js';
import { officePhraseStart } from './office-phrase.js';
import { NO_SKIP, adverbialAsideEnd, dateAdjunctEnd, accompanyingBefore, accompanyingPair, antecedentEndingAt, contactClauseHead, holdersAfterRelativeClause, theirAt, theirPeople, complementAfter, dashedPairBefore, peopleAfter, peopleBefore, relativeClauses, elidedSideEnd, sentenceSubject, sentenceSubjectEnd, subjectAfterComma, openingClauseEnd, groupBeforeNamedRole, givenToAfter } from './grammar.js';
import { participleOfObject, personOfParticipleAside } from './participle-phrase.js';
import { awardBefore, awardRecipients, awardToldBefore } from './award-recipients.js';
import { handoverPartner } from './handover-partner.js';
import { evaluatorOf } from './evaluator.js';
import { peopleOfWhichClause, subjectsOfObjectRelative } from './which-clause.js';
import { agentOfHosting } from './host-body.js';
import { awaitedEventBefore, awaitedPhraseBefore, clauseAheadBefore } from './awaited-event.js';
import { attendedInManner, meansOfJoining } from './attend-manner.js';
import { hostedMeetingAfter, titledThanker } from './thanks-for-hosting.js';
import { shelteredGroupAt } from './sheltered-groups.js';
import { hereWithSpeaker, namedHereInRemarks, spoken, togetherWithSpeaker } from './here-with.js';
import { OPENS, jointOpening } from './joint-opening.js';
import { hospitalityShownTo } from './hospitality-shown.js';
import { WATCHED } from './looked-on.js';
import { VOICED } from './message-reader.js';
import { STATEMENT } from './press-statements.js';
import { PRESENT } from './presenters.js';
import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import { backgroundVisit, participleAsideOfSpeaker } from './background-visit.js';
import { pronounObject, pronounOnly } from './object-pronoun.js';
import { commentsFromOutside, reportSource, speaksForOthers } from './report-source.js';
import { invitingHost } from './inviting-host.js';
import { dateIn } from './meeting-date.js';
import { draftOfWords } from './draft.js';
import { delegationMembers, futureList, memberOfDelegation, presentList, presentSubject } from './attendee-lists.js';
import { ledDelegationHere } from './led-delegation.js';
import { presenceAt } from './presence-at.js';
import { ofThePress, pressEventAt, pressStageAt, TELL, toldMeeting } from './press.js';
import { representedSide } from './represented-side.js';
import { counterpartNamedNext } from './counterpart-next.js';
import { receivedInTurn } from './received-in-turn.js';
import { sideHeading } from './side-heading.js';
import { bodyLedAsStandingFact } from './standing-body.js';
import { shiftedObjectStart, verbBeforeShiftedObject } from './shifted-object.js';
import { calledForLater, isPast, nounReading, pastPerfect, verbReading, type Reading } from './status.js';
import { thingMet } from './thing-met.js';
import { pastTimeAdjunctEnd, pastTimeAfter } from './past-time.js';
import type { MeetingText, PersonRef } from './view.js';
import { welcomeInWriting } from './written-welcome.js';
import { GUIDES, REPLACED, guidedRound, guidedRoundPassive, inWhereClauseOfEvent, replacedAtMeeting, replacesAtMeeting } from './guided-round.js';

/** One report of a meeting in one sentence, before reports of the same meeting are merged. */
export interface MeetingDraft {
  kind: MeetingKind;
  status: MeetingStatus;
  trigger: { start: number; end: number; text: string };
  people: PersonRef[];
  /** Actor ids of non-person parties (states, delegations) the words name. */
  parties: string[];
  date: string | null;
  place: string | null;
  sentence: number;
  rule: string;
  /** Adds people to the meeting being reported, never opens one of its own ("the Governor reported on ..."). */
  joinOnly: boolean;
  /** "our previous meeting", "the last talks": a meeting other than the one being reported. */
  distinct: boolean;
  /** "hosted his guest", "a lunch in honour of the guest": the visitor told of before takes part too. */
  guest?: boolean;
  /** "the progress made in the talks": who took part is left unsaid, so no speaker of "we" is read in. */
  agentUnsaid?: boolean;
  /** "I welcome the talks between A and B": the meeting's own words name its parties, so no speaker of "I" is read in. */
  partiesOwn?: boolean;
  /** "the summit", "this visit": a meeting noun after "the" or "this", which may name a meeting the text told of before. */
  definite?: boolean;
  /** "this visit": the meeting the text is about now, whatever tense its own clause is in. */
  proximal?: boolean;
  /**
   * "handed over a letter from A to B": "from A to B" may be the letter's own sender and addressee, so
   * B was handed it only when no meeting of the giver's with someone else is under way (see merge).
   */
  addressed?: boolean;
}

const ONLY_WITH = new Set(['with']);
/** "to" alone, as the preposition of a place or a person one goes or gives to. */
const ONLY_TO: ReadonlySet<string> = new Set(['to']);
/** Verbs of memory whose object is one's own past meeting: "recalled the talks with X". */
const RECALL = /^(?:recalled|recalls|recalling|recall|remembered|remembers)$/;
/** "co-chaired the meeting alongside A and B": those alongside take part as those with. */
const WITH = new Set(['with', 'between', 'alongside']);
/** "a dinner in honour of President X": the guest of a reception. */
const HONOUR = /^(?:honour|honor)$/;
/** Receptions and meals given for a guest: "hosted a working lunch for Chancellor X". */
/** Most tokens from a meeting noun to the "one" that stands for it: "the 17th summit between us but it was the first one for". */
const COUNTED_ONE_REACH = 12;

/** The people after "[ordinal] one for" within reach after a meeting noun ending at k, which "one" stands for. */
function countedOne(v: MeetingText, k: number, last: number): PersonRef[] {
  // Only "one" gives people: without it in reach, the walk (which asks cueAt at every word) finds none.
  let one = false;
  for (let j = k; j + 2 < last && j - k < COUNTED_ONE_REACH && !one; j++) one = v.lower(j) === 'one';
  if (!one) return [];
  for (let j = k; j + 2 < last && j - k < COUNTED_ONE_REACH; j++) {
    const l = v.lower(j);
    if (l === ';' || l === ':' || cueAt(v, j, last)?.cue.cueClass === 'noun') return [];
    if (l === 'one' && v.lower(j + 1) === 'for' && ORDINAL_BEFORE.test(v.lower(j - 1))) return peopleAfter(v, j + 2, last).people;
  }
  return [];
}

/** Ordinals that count a meeting in someone's series: "the first summit for X", "her last meeting for". */
const ORDINAL_BEFORE = /^(?:first|second|third|fourth|fifth|last|final|\d+(?:st|nd|rd|th))$/;
const HOSTED_FOR = new Set(['lunch', 'luncheon', 'dinner', 'breakfast', 'banquet', 'reception']);
const WITH_FOR = new Set(['with', 'between', 'for']);
const WITH_OR_TO = new Set(['with', 'to', 'between', 'alongside']);
const WITH_ON_TO = new Set(['with', 'between', 'on', 'upon', 'to']);
/** "the visit of Premier X to the city", "the visit to Singapore by Prime Minister X": the visitor follows "of" or "by". */
const VISIT_PARTNER = new Set(['with', 'between', 'of', 'by']);
/**
 * Credentials are presented to a head of state and accepted from an envoy: "accepted the letters of
 * credence from Ambassador X"; a welcoming ceremony is held for its guest.
 */
const CEREMONY_PARTNER = new Set(['with', 'between', 'on', 'upon', 'to', 'from', 'for']);
/** "a phone call from Chancellor X": a call received names its caller after "from". */
const CALL_PARTNER = new Set(['with', 'between', 'on', 'upon', 'to', 'from']);
const COURTESY_CALL_PARTNER = new Set([...CALL_PARTNER, 'by']);
const BY = new Set(['by']);
/** Adverbs of how agents share a passive act, between the participle and "by": "led respectively by A and B". */
const SHARED_AGENCY = /^(?:respectively|jointly)$/;
const PLACE_PREPS = new Set(['in', 'at']);
/** Prepositions of the place a journey goes to or is in: "a trip to Kazan", "a visit in the Urals". */
const JOURNEY_PLACE_PREPS = new Set(['in', 'at', 'to']);
/** Support verbs whose object is a meeting noun, so their subject takes part: "held talks", "led a meeting". */
const LIGHT = new Set(`hold holds held holding have has had having conduct conducts conducted lead leads led chair chairs
  chaired co-chair co-chairs co-chaired co-host co-hosts co-hosted host hosts hosted attend attends attended join joins joined begin began begun start
  starts started open opens opened conclude concluded complete completed use used continue continued enter entered
  participate participated participates took take takes taking make made makes pay paid pays undertake undertook
  launch launched resume resumed return returned returning arrive arrived arrives accept accepted
  give gives gave given giving offer offers offered grant grants granted granting convene convenes convened`.split(/\s+/));
/**
 * The person whose mention ends at token k when a verb of speech stands right before their office
 * or name, after a quotation's closing mark or a comma: the inverted subject of '"...," said X'.
 */
function invertedSpeakerEndingAt(v: MeetingText, k: number, first: number): PersonRef | null {
  const m = v.mentionAt(k);
  const p = m ? v.person(m) : null;
  if (!m || !p || v.tokenRange(m)[1] !== k + 1) return null;
  const verb = v.officeStart(v.tokenRange(m)[0]) - 1;
  if (verb - 1 < first || !speechVerbLexicon().lemmas.has(v.lower(verb))) return null;
  return /^(?:,|”|"|’|')$/.test(v.lower(verb - 1)) ? p : null;
}

/** Nouns of a speech given to an audience: "an address", "a speech", "remarks". */
const SPEECH_NOUN = /^(?:address|speech|remarks|statement|presentation|keynote)$/;
/** Verbs of giving a speech: "delivered an address", "gave a speech", "made remarks". */
const GIVES_SPEECH = /^(?:delivered|delivers|deliver|gave|gives|give|made|makes|make)$/;

/**
 * The subject of "delivered an address", "gave a speech" whose noun of speech ends at k, right
 * before "to" and a meeting: the speaker at that meeting. None when the noun is no speech, or the
 * verb no verb of giving it ("sent a message to the summit" is no presence).
 */
function speakerToMeeting(v: MeetingText, k: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  if (!SPEECH_NOUN.test(v.lower(k))) return [];
  let g = k - 1;
  while (g > first && (/^(?:a|an|the|his|her|their|its)$/.test(v.lower(g)) || v.tok(g)?.pos === 'ADJ' || v.lower(g) === 'video' || v.lower(g) === 'opening')) g--;
  return GIVES_SPEECH.test(v.lower(g)) ? peopleBefore(v, g, first, skip) : [];
}

/** Verbs of going along with someone, whose object goes too: "accompanied the President to the talks". */
const ACCOMPANIES = /^(?:accompan(?:y|ies|ied|ying))$/;
/** Nouns a meeting verb of attendance may take besides the meeting nouns: "co-chaired the Joint Commission". */
const ATTENDABLE = new Set(['commission', 'council', 'forum', 'conference', 'round', 'plenary', 'celebrations', 'celebration', 'ceremony', 'event', 'events', 'gathering', 'group']);
const PHONE = /^(?:phone|telephone|telephonically|videoconference|video|videolink|online|virtual|virtually)$/;
/** Nouns of a ceremony of taking office, a meeting only of the one who takes it (and those there). */
const TAKING_OFFICE = /^(?:inauguration|investiture)$/;
/** Determiners that make a lone meeting noun refer back to one already reported. */
const DEFINITE = new Set(['the', 'this', 'that', 'their', 'its', 'these', 'our', 'his', 'her']);
/** Articles that bring in something not told of before: "a call", "an official visit". */
const INDEFINITE = /^(?:a|an)$/;
const DISTINCT = new Set(['previous', 'last', 'earlier', 'past', 'recent']);
/** "their first meeting": an ordinal counts meetings, so one other than this, unless "it was" names this one by it. */
const ORDINAL = new Set(['first', 'second', 'third']);

/**
 * Whether the noun phrase holding the ordinal at `j` (its meeting noun at `noun`) names the meeting
 * being reported rather than an earlier one ("their first meeting took place in 2019").
 */
function namesReportedMeeting(v: MeetingText, j: number, first: number, noun: number): boolean {
  let k = j - 1;
  while (k >= first && j - k < 8 && v.inNounPhrase(k)) k--;
  const before = v.lower(k);
  // "arrived in Ankara on his first official visit"; "paid his first visit to Egypt", the object of a
  // verb that makes the meeting; "co-chaired the first meeting of the Council", counting a body's meetings.
  if (before === 'on' || MAKES_MEETING.test(before) || v.lower(noun + 1) === 'of') return true;
  // "arrived on a state visit, his second visit to Serbia": an apposition renames the meeting noun before its comma.
  if (before === ',' && v.lower(k - 1) === v.lower(noun)) return true;
  // "It was Prime Minister X's first visit to India", "This is their second meeting".
  return k - 1 >= first && /^(?:is|was|marks|marked)$/.test(before) && /^(?:it|this)$/.test(v.lower(k - 1));
}

/**
 * Verbs that put a call through, whose subject is the caller: "placed a call to X". Only a call
 * is put through so: "placed the summit at the top of the agenda" ranks a meeting, it holds none.
 */
const PLACES_CALL = /^(?:place|places|placed|placing)$/;

/** Verbs whose object is the meeting they make or begin ("paid his first visit", "began her second trip"). */
const MAKES_MEETING = /^(?:pay|pays|paid|paying|make|makes|made|making|begin|begins|began|beginning|start|starts|started|starting)$/;

/** What cueAt asks of the cues a word starts, answered once per list of the lexicon. */
interface CueList {
  /** Each cue's words, in the list's order. */
  readonly words: readonly (readonly string[])[];
  /** Whether any cue of the list is read as a verb (neither a noun nor a "present" cue). */
  readonly anyVerbCue: boolean;
  /** Whether any cue of the list is a noun. */
  readonly anyNounCue: boolean;
}

/**
 * Per list of cues: split and classified once for the process, rather than cue by cue at
 * every token that starts one.
 */
const cueLists = new WeakMap<readonly MeetingCue[], CueList>();
function cueListOf(list: readonly MeetingCue[]): CueList {
  let known = cueLists.get(list);
  if (!known) {
    known = {
      words: list.map((cue) => cue.form.split(' ')),
      anyVerbCue: list.some((c) => c.cueClass !== 'noun' && c.cueClass !== 'present'),
      anyNounCue: list.some((c) => c.cueClass === 'noun'),
    };
    cueLists.set(list, known);
  }
  return known;
}

/** Per word: the meeting cues it starts, read from the word table (word-table.ts). */
const CUES_BY_FIRST_WORD = new WordAnswers((text: string) => meetingLexicon().byFirstWord.get(text.toLowerCase()));

/**
 * Word lists cueAt asks of the words around every cue word: kept as sets made once, where a
 * regular expression written inside the function would be made again at each call.
 */
const CALL_FORMS = new Set(['call', 'calls', 'called']);
/** Pronouns and others whose "'s" is "is" or "has", not a possessive: "he's meeting". */
const CONTRACTED_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'where', 'here']);
/** Modals, "to" and auxiliaries after which a cue word is a verb. */
const BEFORE_VERB = new Set(['will', 'would', 'shall', 'to', 'did', 'does', 'do', 'may', 'might', 'can', 'could', 'must', 'should', "'ll", '’ll']);

export function cueAt(v: MeetingText, i: number, last: number): { cue: MeetingCue; end: number } | null {
  const word = v.tok(i);
  const list = word ? CUES_BY_FIRST_WORD.get(v.wordId(i), word.text) : meetingLexicon().byFirstWord.get('');
  if (!list) return null;
  // "the meeting was called off": a phrasal verb of its own. "The call for restraint", "his call to
  // end the war": a call for something is an appeal, no conversation.
  if (CALL_FORMS.has(v.lower(i)) && (v.lower(i + 1) === 'off' || (v.tok(i)?.pos === 'NOUN' && (v.lower(i + 1) === 'for' || appealTo(v, i))))) return null;
  // "the lead-up to", "a follow-up call": a word glued by a hyphen to the next is part of a compound.
  const t = v.tok(i)!;
  const dash = v.tok(i + 1);
  // A cue written with its hyphens ("tête - à - tête") is that compound itself.
  const compound = dash !== undefined && dash.text === '-' && dash.start === t.end && v.tok(i + 2)?.start === dash.end;
  const pos = v.tok(i)!.pos;
  // "will visit", "to call": after a modal or "to" the word is a verb whatever the tagger says.
  let b = i - 1;
  while (b >= 0 && v.tok(b)?.pos === 'ADV') b--;
  // "a Foreign Ministers' Meeting with X", "the President's visit": after a possessor the word is a
  // noun whatever the tagger says ("he's meeting" is a contraction of "is").
  const afterPossessor = v.isPossessive(i - 1) && !CONTRACTED_SUBJECTS.has(v.lower(i - 2));
  const verbLike = !afterPossessor && !pluralObjectOfVerb(v, i) && (pos === 'VERB' || pos === 'AUX' || BEFORE_VERB.has(v.lower(b)));
  let best: { cue: MeetingCue; end: number } | null = null;
  const known = cueListOf(list);
  for (let c = 0; c < list.length; c++) {
    const cue = list[c]!;
    const words = known.words[c]!;
    if (i + words.length > last || (compound && words[1] !== '-')) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) if (v.lower(i + k) !== words[k]) ok = false;
    if (!ok) continue;
    const nounCue = cue.cueClass === 'noun' || cue.cueClass === 'present';
    // The tagger decides between "talks" the noun and "talks" the verb; a multi-word cue is a noun phrase.
    const fits = words.length > 1 ? true : nounCue ? !verbLike || !known.anyVerbCue : verbLike || !known.anyNounCue;
    if (!fits) continue;
    // "held a bilateral with X": an adjective stands for its noun only where nothing it could modify follows
    // ("bilateral relations", "a bilateral trade deal" are no meetings).
    if (nounCue && words.length === 1 && pos === 'ADJ' && /^(?:NOUN|PROPN|ADJ)$/.test(v.tok(i + 1)?.pos ?? '')) continue;
    if (!best || words.length > best.end - i) best = { cue, end: i + words.length };
  }
  return best;
}

/** Most modifiers between a verb and a plural noun that is its object: "received [two courtesy] calls". */
const OBJECT_MODIFIER_REACH = 3;

/**
 * "received courtesy calls from A", "held calls with B": a word in "-s" that the tagger read as a
 * verb, right after a full verb (past at most a few modifiers: articles, numbers, adjectives and
 * singular common nouns), is that verb's plural object, for two finite verbs do not follow each
 * other. An auxiliary before it ("has talks", "is visits") is no such verb, and a plural noun in
 * between ("met reporters calls") may end a subject, so it stops the look.
 */
function pluralObjectOfVerb(v: MeetingText, i: number): boolean {
  const t = v.tok(i);
  if (t?.pos !== 'VERB' || !/[^s]s$/.test(t.lower)) return false;
  for (let k = i - 1; k >= 0 && i - k <= OBJECT_MODIFIER_REACH + 1; k--) {
    const b = v.tok(k)!;
    if (b.sentence !== t.sentence) return false;
    if (b.pos === 'VERB') return v.isVerb(k) && !v.mentionAt(k);
    if (v.isCap(k) || v.mentionAt(k)) return false;
    if (!(b.pos === 'ADJ' || b.pos === 'NUM' || b.pos === 'DET' || (b.pos === 'NOUN' && !/s$/.test(b.lower)))) return false;
  }
  return false;
}

/** Most tokens inside a short aside set off by commas between a verb and its object: ", one after another,". */
const SHORT_ASIDE_REACH = 4;

/**
 * The closing comma of a short aside that opens at the comma k, right after a verb of meeting ("received,
 * in turn, A and B", "met, one after another, C and D"): a few lower-case words, no person, no other
 * punctuation; else -1.
 */
function shortAsideEnd(v: MeetingText, k: number, last: number): number {
  if (v.lower(k) !== ',') return -1;
  for (let j = k + 1; j < last && j - k <= SHORT_ASIDE_REACH + 1; j++) {
    if (v.lower(j) === ',') return j > k + 1 ? j : -1;
    if (v.mentionAt(j) || v.isCap(j) || /^[;:.]$/.test(v.lower(j))) return -1;
  }
  return -1;
}

/** Those told who are no meeting's members: "spoke about the results to reporters". */
const PRESS_AUDIENCE = /^(?:reporters|journalists|correspondents|press|media|newsmen)$/;
/** Occasions other than a meeting where one speaks or reports: "at a conference", "in an interview". */
const OTHER_OCCASION = /^(?:conference|forum|interview|briefing|rally|exhibition|festival|ceremony|congress|event)$/;
/** Most tokens read from a sentence's start for "After the meeting,". */
const AFTER_MEETING_REACH = 5;

/**
 * Whether the report or speech of a join cue (at i, ending at end) is told somewhere other than the
 * meeting reported: of a meeting itself ("spoke about the visit"), to the press ("spoke about its results to reporters"), at another occasion
 * named with "a" or "an" ("at a conference in Kazan", "in an interview"), or after the meeting
 * ("After the meeting, X reported on ..."). Such a speaker joins no meeting.
 */
function toldElsewhere(v: MeetingText, i: number, end: number, first: number, last: number): boolean {
  for (let k = end; k < last; k++) {
    const l = v.lower(k);
    if (l === ';' || l === '.') break;
    if (l === 'to' && (PRESS_AUDIENCE.test(v.lower(k + 1)) || (v.lower(k + 1) === 'the' && PRESS_AUDIENCE.test(v.lower(k + 2))))) return true;
    if ((l === 'at' || l === 'in') && /^(?:a|an)$/.test(v.lower(k + 1))) {
      for (let j = k + 2; j < last && j - k <= 4; j++) {
        if (OTHER_OCCASION.test(v.lower(j))) return true;
        if (!/^(?:NOUN|ADJ|PROPN)$/.test(v.tok(j)?.pos ?? '')) break;
      }
    }
  }
  // "later spoke about the visit", "reported on the results of the talks": one who tells of a meeting
  // tells of it elsewhere, as a party or a witness, not as one reporting to it.
  let t = end;
  if (/^(?:on|about)$/.test(v.lower(t))) t++;
  for (let n = 0; t < last && n < 5; n++, t++) {
    const l = v.lower(t);
    if (meetingLexicon().byFirstWord.get(l)?.some((c) => c.cueClass === 'noun')) return true;
    if (!/^(?:the|its|their|his|her|this|that|recent|results|result|outcome|outcomes|of)$/.test(l)) break;
  }
  // "After the meeting, X reported on ...", "Following the talks, Y spoke about ...".
  if (/^(?:after|following)$/.test(v.lower(first))) {
    for (let k = first + 1; k < i && k - first <= AFTER_MEETING_REACH; k++) {
      if (v.lower(k) === ',') return meetingLexicon().byFirstWord.get(v.lower(k - 1))?.some((c) => c.cueClass === 'noun') ?? false;
    }
  }
  return false;
}

/**
 * "the call by Chancellor X to end the war": the first "to" after the noun call, past a "by" phrase,
 * opens an infinitive; so "for" past that phrase names what is called for. "A call with X to discuss
 * trade" and "a call to President Y" are conversations.
 */
function appealTo(v: MeetingText, i: number): boolean {
  let by = false;
  for (let j = i + 1; j < v.tokens.length && j - i <= 8; j++) {
    const l = v.lower(j);
    if (l === 'to') return v.isVerb(j + 1);
    // "the call by President X for a ceasefire": past its author, "for" names what is called for.
    // "the call of President X for a just peace": so past an author after "of".
    if (l === 'for' && by) return true;
    if (l === 'by' || (l === 'of' && j === i + 1)) by = true;
    if (l === 'with' || l === 'between' || l === 'from' || /^[.;,:]$/.test(l)) return false;
  }
  return false;
}

/** Most words back from a meeting noun to the verb that governs it. */
const GOVERNING_REACH = 7;
/** Marks inside a noun phrase that are not words of it: a compound's hyphen, a plural possessive's apostrophe. */
const PHRASE_MARK = /^(?:-|'|’)$/;

/** The governing verb of a noun at n: "held [a working] meeting", "took part in the talks". */
export function governingVerb(v: MeetingText, n: number, first: number): number {
  // "will accompany President X on his first trip": a name counts as one word, however many it has.
  for (let j = n - 1, words = 1; j >= first && words <= GOVERNING_REACH; j--, words++) {
    const m = v.mentionAt(j);
    if (m && m.type === 'person') j = Math.max(first, v.tokenRange(m)[0]);
    const t = v.tok(j)!;
    // "held a Japan-Philippines Foreign Ministers' Meeting": the hyphen of a compound and the
    // apostrophe of a plural possessive are marks inside the phrase, not words of it.
    if (PHRASE_MARK.test(t.text)) words--;
    if (v.isVerb(j) && !t.lower.endsWith('ing')) return j;
    if (t.lower === 'in' || t.lower === 'on' || t.lower === 'of' || t.lower === 'to') {
      // "gave a briefing on the visit", "a report on the talks": "on" after a noun names its topic,
      // and the meeting is what is told about, not one the verb's subject holds. So after a common
      // noun read as a group ("briefed reporters on the talks"); a person's title before "on" is no topic's head.
      if (t.lower === 'on' && v.tok(j - 1)?.pos === 'NOUN' && !v.person(v.mentionAt(j - 1))) return -1;
      // "took part in", "participated in", "paid a visit to" keep looking for the verb.
      continue;
    }
    // "a courtesy call", "a working meeting": nouns and adjectives modifying the meeting noun;
    // "a tête-à-tête conversation": so are the pieces of a hyphenated compound, whatever their tags.
    const hyphenated = (v.tok(j - 1)?.text === '-' && v.tok(j - 1)!.end === t.start) || (v.tok(j + 1)?.text === '-' && v.tok(j + 1)!.start === t.end);
    // "received this morning at the Palace a courtesy call": the object may stand after adverbials.
    if (/^(?:a|an)$/.test(t.lower)) {
      const shifted = verbBeforeShiftedObject(v, j, first, v.tokens.length);
      if (shifted >= 0) return shifted;
    }
    if (!v.inNounPhrase(j) && t.pos !== 'VERB' && t.pos !== 'NOUN' && !hyphenated) return -1;
  }
  return -1;
}

/**
 * "reaffirmed the commitments President X made in his call with Y": a possessive in a relative
 * clause whose pronoun is left out (or is "which") stands for that clause's subject, a person named
 * right after the noun the clause describes and followed by its verb. Null when no such clause holds it.
 */
function contactClauseSubject(v: MeetingText, j: number, first: number): PersonRef | null {
  for (let k = j - 1; k >= first && j - k <= THAT_CLAUSE_REACH; k--) {
    const l = v.lower(k);
    if (l === ',' || l === ';' || l === ':' || l === 'that') return null;
    const m = v.mentionAt(k);
    if (!m) continue;
    const p = v.person(m);
    if (!p || m.form === 'pronoun') return null;
    const [start, end] = v.tokenRange(m);
    if (!(end < j && v.isVerb(end))) return null;
    // The noun the clause describes (or "which") stands right before the name and its office.
    let h = v.officeStart(start) - 1;
    if (v.lower(h) === 'the') h--;
    const head = v.tok(h);
    return head && ((head.pos === 'NOUN' && !v.isCap(h)) || head.lower === 'which') ? p : null;
  }
  return null;
}

/** Most tokens from "that" to a possessive in the clause it opens: "that President X had been pleased with his". */
const THAT_CLAUSE_REACH = 16;

/**
 * "The minister noted that President X had been pleased with his meeting with Y": a possessive in a
 * clause after "that" stands for that clause's own subject, a person named right after "that" and
 * followed by its verb, whoever the sentence's subject is. Null when the clause opens otherwise.
 */
function thatClauseSubject(v: MeetingText, j: number, first: number): PersonRef | null {
  for (let k = j - 1; k >= first && j - k <= THAT_CLAUSE_REACH; k--) {
    const l = v.lower(k);
    if (l === ',' || l === ';' || l === ':') return null;
    if (l !== 'that') continue;
    // "that President X had": a title the mention leaves out may stand before the name.
    let t = k + 1;
    while (t < j && t - k <= 4 && !v.mentionAt(t) && (v.isCap(t) || v.lower(t) === 'the')) t++;
    const m = v.mentionAt(t);
    const p = v.person(m);
    if (!p || !m || m.form === 'pronoun') return null;
    const [, end] = v.tokenRange(m);
    return end < j && v.isVerb(end) ? p : null;
  }
  return null;
}

/** The person whose "'s" stands before the noun phrase of n: "the Secretary’s meeting", "Putin's first visit". */
function possessorOf(v: MeetingText, n: number, first: number): PersonRef | null {
  for (let j = n - 1; j >= first && n - j <= 4; j--) {
    if (v.isPossessive(j)) return v.person(v.mentionAt(j - 1));
    // "Blinken recalled his meeting with X": a possessive pronoun stands for the person it was resolved to.
    if (/^(?:his|her)$/.test(v.lower(j))) {
      const m = v.mentionAt(j);
      if (!m || m.form !== 'pronoun') return null;
      return thatClauseSubject(v, j, first) ?? contactClauseSubject(v, j, first) ?? v.person(m);
    }
    const t = v.tok(j)!;
    if (!(t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || t.lower.endsWith('ing') || v.isCap(j))) return null;
  }
  return null;
}

/** Documents two parties sign together: "a memorandum", "the joint declaration". */
const AGREEMENT = /^(?:memorandum|memoranda|memorandums|agreement|agreements|treaty|treaties|accord|accords|protocol|protocols|declaration|declarations|communiqué|communique|roadmap|road|contract|contracts|convention|mou|charter|statement|statements|document|documents|plan|programme|program|minutes|deal|deals|framework|arrangement|arrangements|intent|pact|record|partnership|partnerships)$/;

/** An agreement noun among the tokens from..to (exclusive). */
export function agreementNear(v: MeetingText, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (AGREEMENT.test(v.lower(j))) return true;
  return false;
}

/** "on the sidelines of the summit in Dubai": the city of the event is where its side meetings are held. */
const SIDELINES = /^(?:sidelines|margins|margin|fringes|fringe|sideline)$/;

/**
 * "On the sidelines of the Eastern Economic Forum in Vladivostok, A met B": an opening phrase that
 * places the event, and so the meetings after it, in its city. The token after its comma and the place.
 */
function frontedSidelines(v: MeetingText, first: number, last: number): { end: number; place: string } | null {
  if (!/^(?:on|at|in)$/.test(v.lower(first)) || v.lower(first + 1) !== 'the' || !SIDELINES.test(v.lower(first + 2)) || v.lower(first + 3) !== 'of') return null;
  let place: string | null = null;
  for (let j = first + 4; j < last && j - first < 20; j++) {
    if (v.lower(j) === ',') return place ? { end: j + 1, place } : null;
    if (PLACE_PREPS.has(v.lower(j))) {
      const m = v.mentionAt(j + 1) ?? v.mentionAt(j + 2);
      if (m && m.type === 'place' && m.actor && m.form !== 'demonym') place = m.actor;
    }
    if (v.lower(j) === ';' || v.isVerb(j)) return null;
  }
  return null;
}

function placeAfter(v: MeetingText, k: number, last: number, preps: ReadonlySet<string>): string | null {
  let reach = 10;
  for (let j = k; j < last && j - k < reach; j++) {
    if (v.lower(j) === ',' && j > k + 1) break;
    // The event's name may be long ("the United Nations General Assembly"): look past it for its place.
    if (v.lower(j + 1) === 'of' && SIDELINES.test(v.lower(j))) reach = Math.max(reach, j - k + 14);
    if (preps.has(v.lower(j))) {
      const m = v.mentionAt(j + 1) ?? v.mentionAt(j + 2);
      if (m && m.type === 'place' && m.actor && m.form !== 'demonym') return m.actor;
    }
    if (v.lower(j) === ';' || v.isClauseOpener(j)) break;
  }
  return null;
}

export function withPeople(v: MeetingText, from: number, last: number, words: ReadonlySet<string>, reach?: number, happening = false, skip?: ReadonlySet<number>): PersonRef[] {
  return complementPeople(v, complementAfter(v, from, last, words, reach, happening, skip), last, words);
}

/** The people of the complement whose "with" (or another of `words`) stands at w, none for w < 0 (withPeople). */
export function complementPeople(v: MeetingText, w: number, last: number, words: ReadonlySet<string>): PersonRef[] {
  if (w < 0) return [];
  // "met with A; B; and C": items of a long list may be kept apart by semicolons.
  const first = peopleAfter(v, w + 1, last, true);
  const people = [...first.people];
  // "met with Welsh companies and with the Consul General, X", "with A and then with B": a
  // complement coordinated with the first names more people met.
  let end = first.end;
  for (let n = 0; n < MAX_COORDINATED; n++) {
    const next = coordinatedComplement(v, end, last, words);
    if (next < 0) break;
    const more = peopleAfter(v, next + 1, last);
    people.push(...more.people);
    end = Math.max(more.end, next + 1);
  }
  return people;
}

/** Most complements coordinated after the first: "with A, and with B, and then with C". */
const MAX_COORDINATED = 3;
/** Most tokens between the end of one complement and the "and with" of the next. */
const COORDINATION_REACH = 12;

/**
 * Where a coordinated "with" (or another of `words`) stands after token k: "and with", "and then
 * with", ", then with", "as well as with". A finite verb, a semicolon or a clause opener ends the search.
 */
function coordinatedComplement(v: MeetingText, k: number, last: number, words: ReadonlySet<string>): number {
  for (let j = k; j < last && j - k < COORDINATION_REACH; j++) {
    const l = v.lower(j);
    if (words.has(l)) {
      let a = j - 1;
      // "with A and, later, with B", "and, on the same day, with B": an adverbial set off by commas
      // between the conjunction and the preposition qualifies the second complement only.
      if (v.lower(a) === ',') {
        const open = asideOpening(v, a, 0);
        if (open > 0 && v.lower(open - 1) === 'and') return j;
      }
      while (a > 0 && j - a < 3 && /^(?:then|later|also|separately|afterwards|subsequently)$/.test(v.lower(a))) a--;
      if (v.lower(a) === 'and' || (v.lower(a) === 'as' && v.lower(a - 1) === 'well' && v.lower(a - 2) === 'as')) return j;
      // "with A, then with B": an adverb of sequence after a comma coordinates as "and" does.
      if (v.lower(a) === ',' && a < j - 1 && /^(?:then|later|afterwards|subsequently)$/.test(v.lower(a + 1))) return j;
      return -1;
    }
    if (l === ';' || l === '.' || (v.isVerb(j) && !l.endsWith('ing')) || v.isClauseOpener(j)) return -1;
  }
  return -1;
}

/** Most tokens looked back from a closing comma for the comma that opens its adverbial aside. */
const ASIDE_LOOKBACK = 8;

/** The opening comma of the adverbial aside that the comma at `close` ends, not before `first`; else -1. */
function asideOpening(v: MeetingText, close: number, first: number): number {
  for (let c = close - 2; c >= first && close - c <= ASIDE_LOOKBACK; c--) {
    if (v.lower(c) === ',') return adverbialAsideEnd(v, c, close + 1) === close ? c : -1;
  }
  return -1;
}

/** The direct object's people, when a noun phrase (not a preposition or clause) follows. */
export function objectPeople(v: MeetingText, k: number, last: number): PersonRef[] {
  let j = k;
  // "last met when X hosted the summit", "met since X took office": a word that opens a clause of
  // time or reason is no adverb to pass over; the people of its clause are none of the verb's objects.
  while (j < last && ((v.tok(j)?.pos === 'ADV' && !v.isClauseOpener(j)) || /^(?:also|today|yesterday|separately|jointly)$/.test(v.lower(j)))) j++;
  // "met soldiers of the brigade and its commander, Colonel X": a bare group before a named role opens the object too.
  if (j >= last || (!v.inNounPhrase(j) && !v.mentionAt(j) && groupBeforeNamedRole(v, j, last) < 0)) return [];
  // "said that Prime Minister X had ...": "that" right after the verb opens a clause, whose
  // subject is what is said, no object of the verb.
  if (v.lower(j) === 'that' && !v.mentionAt(j)) return [];
  const people = peopleAfter(v, j, last).people;
  return people.length > 0 ? people : holdersAfterRelativeClause(v, j, last);
}

/**
 * After a passive verb: "attended [on behalf of Belarus] by A, B and C"; the sides of a
 * delegation list are kept apart by semicolons ("by, on the Russian side, A and B; on the
 * Mongolian side, C and D").
 */
function byAgent(v: MeetingText, k: number, last: number): PersonRef[] {
  const w = complementAfter(v, k, last, BY, 10);
  if (w < 0) return [];
  // "was represented by: A and B": a colon may open the list of agents.
  const { people, end } = peopleAfter(v, v.lower(w + 1) === ':' ? w + 2 : w + 1, last, true);
  // "by Ambassador A and by Ambassador B": a "by" phrase repeated after a conjunction adds its agents.
  // The list reader takes the conjunction as a separator and stops at the second "by".
  // "by Governor A, as well as by the Head of the IMF Office, B": so does one after "as well as".
  // "by A and, via video link, by B": so does one after "and" and an adverbial set off by commas.
  if (people.length > 0 && v.lower(end) === 'by' && (v.lower(end - 1) === 'and' || asWellAsBefore(v, end) || adverbialAfterAnd(v, end))) people.push(...byAgent(v, end, last));
  return people;
}

/** Whether ", and, <adverbial>," ends right before token k: "and, via video link, [by]". */
function adverbialAfterAnd(v: MeetingText, k: number): boolean {
  if (v.lower(k - 1) !== ',') return false;
  for (let j = k - 2; j > 0 && k - j <= ADVERBIAL_BACK_REACH; j--) {
    if (v.lower(j) === ',') return v.lower(j - 1) === 'and' && adverbialAsideEnd(v, j, k) === k - 1;
  }
  return false;
}

/** Most tokens back from a repeated "by" to the comma opening the adverbial before it. */
const ADVERBIAL_BACK_REACH = 10;

/** Whether "as well as" stands right before token k. */
function asWellAsBefore(v: MeetingText, k: number): boolean {
  return v.lower(k - 1) === 'as' && v.lower(k - 2) === 'well' && v.lower(k - 3) === 'as';
}

function isPassive(v: MeetingText, i: number, first: number): boolean {
  // "where she is meeting X", "was visiting Lima": "be" before an -ing form makes a progressive, which is active.
  if (v.lower(i).endsWith('ing')) return false;
  for (let j = i - 1; j >= first && i - j <= 3; j--) {
    const l = v.lower(j);
    if (/^(?:was|were|is|are|been|be|being)$/.test(l)) return true;
    if (v.tok(j)?.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * "the conversation President X held with Y", "the talks he had with Y": right after a meeting
 * noun, people and then a verb that holds a meeting, a relative clause without its pronoun. Those
 * people and the verb, or null.
 */
function reducedRelative(v: MeetingText, end: number, last: number): { people: PersonRef[]; verb: number } | null {
  if (!v.mentionAt(end) && !v.inNounPhrase(end)) return null;
  const { people, end: after } = peopleAfter(v, end, last);
  if (people.length === 0) return null;
  let k = after;
  while (k < last && (v.tok(k)?.pos === 'ADV' || v.tok(k)?.pos === 'AUX')) k++;
  return v.isVerb(k) && LIGHT.has(v.lower(k)) && !v.lower(k).endsWith('ing') ? { people, verb: k } : null;
}

/** Most tokens between a clause's verb and the phrase of a meeting noun it governs. */
const CLAUSE_REACH = 12;

/**
 * The people of the subject of the nearest finite verb before token k, within a short reach and
 * the same clause: "A and B had agreed [to deepen ties] during ...".
 */
function clauseSubjectBefore(v: MeetingText, k: number, first: number, skip: ReadonlySet<number>, reach = CLAUSE_REACH): { people: PersonRef[]; verb: number; relative?: boolean } {
  for (let j = k - 1; j >= first && k - j <= reach; j--) {
    if (/^[;:]$/.test(v.lower(j))) break;
    if (v.isVerb(j) && !v.lower(j).endsWith('ing')) {
      // "President X, who is in Washington for talks with Y": the subject "who" stands for the person before it.
      // "the minister, who is ...": an antecedent not named leaves the clause with no named subject.
      const antecedent = whoAntecedent(v, j, first);
      if (antecedent !== undefined) return { people: antecedent ? [antecedent] : [], verb: j, relative: true };
      // "X had been at the meeting": the perfect of the copula, nearest before the phrase, is the clause's own verb.
      const perfect = v.lower(j) === 'been' ? perfectAuxiliaryBefore(v, j, first) : -1;
      if (perfect >= 0) return { people: peopleBefore(v, perfect, first, skip), verb: j };
      return { people: v.tok(j)?.pos === 'AUX' ? [] : peopleBefore(v, j, first, skip), verb: j };
    }
  }
  return { people: [], verb: -1 };
}

/** The "had", "has" or "have" before "been" at j, past adverbs ("had also been"); else -1. */
function perfectAuxiliaryBefore(v: MeetingText, j: number, first: number): number {
  let a = j - 1;
  while (a > first && v.tok(a)?.pos === 'ADV') a--;
  return a >= first && /^(?:had|has|have)$/.test(v.lower(a)) ? a : -1;
}

/**
 * The person a relative "who" right before the verb at j (past adverbs and auxiliaries) stands for
 * ("X, who [is]"); null when "who" stands for no one named, undefined when there is no "who".
 */
function whoAntecedent(v: MeetingText, j: number, first: number): PersonRef | null | undefined {
  let b = j - 1;
  while (b >= first && (v.tok(b)?.pos === 'ADV' || v.tok(b)?.pos === 'AUX')) b--;
  if (b <= first || v.lower(b) !== 'who') return undefined;
  let a = b - 1;
  if (v.lower(a) === ',') a--;
  return a >= first ? antecedentEndingAt(v, a, first) : null;
}

/** Verbs whose object is a subject of discussion: "discussed the visit", "reviewed the talks". */
const TOPIC_VERB = /^(?:discuss|discussed|discusses|discussing|review|reviewed|reviews|reviewing|consider|considered|considering)$/;
/** Verbs of speech whose "about" or "on" phrase is what is spoken of: "spoke about the visit", "commented on the talks". */
/** Verbs of giving a report, whose topic after "on" or "about" is told of, not attended: "reported on the talks". */
const REPORTED = /^(?:reported|reports|report|reporting)$/;
const SPOKE_ABOUT = /^(?:spoke|speaks|speak|speaking|talked|talking|commented|comments|comment|commenting)$/;

/** Whether the noun at n is the direct object of the verb at `verb`: only determiners and modifiers between them. */
function directObject(v: MeetingText, verb: number, n: number): boolean {
  for (let j = verb + 1; j < n; j++) if (v.tok(j)?.pos === 'ADP' || v.isVerb(j)) return false;
  return true;
}

/** Nouns before "of" that make what follows the occasion of a meeting: "on the sidelines of the summit". */
const FRAME = /^(?:sidelines|margins|margin|fringes|fringe|sideline|occasion|framework)$/;
/** Most tokens from "of" to the head noun of the event it names: "of the 79th session of the General Assembly". */
const FRAME_REACH = 8;

/** An event noun at token j: a meeting noun or a body that meets ("summit", "forum", "assembly"). */
export function eventNoun(v: MeetingText, j: number): boolean {
  return ATTENDABLE.has(v.lower(j)) || (meetingLexicon().byFirstWord.get(v.lower(j))?.some((c) => c.cueClass === 'noun') ?? false);
}

const frameNounsOf = new WeakMap<MeetingText, ReadonlySet<string>>();

/**
 * The event nouns a text names as the occasion of its meetings ("on the sidelines of the
 * Korea-Africa Summit", "on the occasion of the forum"), read once per document.
 */
function frameNouns(v: MeetingText): ReadonlySet<string> {
  let out = frameNounsOf.get(v);
  if (out) return out;
  const found = new Set<string>();
  for (let i = 0; i + 1 < v.tokens.length; i++) {
    // "in Riyadh for the Investment Forum, where he met X": an event that a relative "where" clause
    // makes the place of a meeting is its occasion, as "on the sidelines of the forum" is.
    if (v.lower(i) === ',' && v.lower(i + 1) === 'where' && i > 0 && eventNoun(v, i - 1) && v.isCap(i - 1)) found.add(v.lower(i - 1));
    if (v.lower(i + 1) !== 'of' || !FRAME.test(v.lower(i))) continue;
    for (let j = i + 2; j < v.tokens.length && j - i <= FRAME_REACH; j++) {
      if (/^[.,;:]$/.test(v.lower(j)) || v.isVerb(j)) break;
      if (eventNoun(v, j)) {
        found.add(v.lower(j));
        break;
      }
    }
  }
  out = found;
  frameNounsOf.set(v, out);
  return out;
}

/**
 * Whether "in the Summit", "at the forum" at token k names an event the text made the occasion of its
 * meetings. With `direct`, the event may also be the object of the word before k ("attending the forum").
 */
function inFrameEvent(v: MeetingText, k: number, last: number, direct = false): boolean {
  if (direct && v.lower(k) === 'the') k--;
  else if (!/^(?:in|at)$/.test(v.lower(k))) return false;
  for (let j = k + 1; j < last && j - k <= FRAME_REACH; j++) {
    if (eventNoun(v, j)) return frameNouns(v).has(v.lower(j));
    if (!(v.lower(j) === 'the' || v.isCap(j) || v.lower(j) === '-')) return false;
  }
  return false;
}

/** Participles of hosting that may open a sentence: "Welcoming the visit of X, Y said". */
const HOSTING_PARTICIPLE = /^(?:welcoming|receiving|hosting|greeting|accepting)$/;

/** Whether the noun phrase of the meeting noun at n is the object of a hosting participle that opens the sentence. */
function hostingParticipleBefore(v: MeetingText, n: number, first: number): boolean {
  return openingParticipleBefore(v, n, first, HOSTING_PARTICIPLE);
}

/** Participles of taking part that may open a sentence: "Speaking at the meeting,", "Taking part in the talks,". */
const PRESENT_PARTICIPLE = /^(?:speaking|addressing|participating|taking|attending|chairing|presiding|opening|closing|concluding)$/;

/**
 * Whether the meeting noun at n, its phrase starting at `lead`, stands after "at", "in" or "during"
 * in a participle phrase of taking part that opens the sentence, with no comma before it.
 */
function presentAtOpening(v: MeetingText, n: number, first: number, lead: number): boolean {
  if (!PRESENT_PARTICIPLE.test(v.lower(first)) || !/^(?:at|in|during)$/.test(v.lower(lead - 1)) || n - first > 8) return false;
  for (let j = first + 1; j < n; j++) if (v.lower(j) === ',') return false;
  return true;
}

/** Whether the noun phrase of the meeting noun at n is the object of a participle of the given verbs that opens the sentence. */
function openingParticipleBefore(v: MeetingText, n: number, first: number, verbs: RegExp): boolean {
  // Only the sentence's first word can be the participle: asked first, it spares the walk back.
  if (n <= first || !verbs.test(v.lower(first)) || !v.lower(first).endsWith('ing')) return false;
  let j = n - 1;
  while (j > first && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(j)?.pos ?? '') && !v.person(v.mentionAt(j))) j--;
  return j === first && v.lower(j).endsWith('ing') && verbs.test(v.lower(j));
}

/**
 * "told visiting Prime Minister X", "said to visiting President Y": the subject of the verb (or of the
 * verb before its preposition) whose object "visiting" opens.
 */
function verbSubjectBeforeModifier(v: MeetingText, i: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  const verb = /^(?:to|with)$/.test(v.lower(i - 1)) ? i - 2 : i - 1;
  if (verb < first || !v.isVerb(verb) || v.lower(verb).endsWith('ing')) return [];
  return peopleBefore(v, verb, first, skip);
}

/** Most tokens of an address opening a sentence: "Dear Minister Kenji Sato, dear friends,". */
const VOCATIVE_REACH = 16;

/**
 * The people addressed at the opening of sentence s or the one before it ("Dear Minister X, dear
 * friends, it is an honour ...", "Minister X, thank you for coming."): names before the first
 * pronoun or verb, which a comma must close.
 */
function vocative(v: MeetingText, s: Sentence): PersonRef[] {
  for (const t of [s, v.sentences[s.index - 1]]) {
    if (!t) continue;
    // "On behalf of President X, I welcome you": a phrase that opens with a preposition names one
    // acted for or a circumstance; one addressed is named bare ("Dear Minister X,", "Mr President,").
    if (v.tok(t.tokenStart)?.pos === 'ADP') continue;
    const out: PersonRef[] = [];
    let j = t.tokenStart;
    while (j < t.tokenEnd && j - t.tokenStart <= VOCATIVE_REACH && !v.isVerb(j) && v.tok(j)?.pos !== 'PRON') {
      const p = v.person(v.mentionAt(j));
      if (p && !out.some((x) => x.actor.id === p.actor.id)) out.push(p);
      j++;
    }
    if (out.length > 0 && v.lower(j - 1) === ',' && j < t.tokenEnd) return out;
  }
  return [];
}

/** Nouns for the visiting party: "the guest", "the visitors". */
const GUEST = /^(?:guest|guests|visitor|visitors)$/;
/** Most words between the determiner and the noun: "his distinguished Indonesian guest". */
const GUEST_MODIFIERS = 3;

/**
 * "the guest", "his distinguished guest", "their Chinese visitors" at token k: a definite phrase
 * for the visiting party the text has told of. Not "the guests of the festival", "his guests from
 * the Netherlands": a phrase after the noun describes others.
 */
function guestAt(v: MeetingText, k: number, last: number): boolean {
  const end = guestEnd(v, k, last);
  return end >= 0 && namedGuest(v, end, last).length === 0;
}

/** Most tokens of the apposition that names a guest: ", Prime Minister of the Republic of X, Y". */
const GUEST_NAME_REACH = 12;

/** "her guest, Prime Minister X,", "his guest President Y": the person an apposition right after the guest noun names. */
function namedGuest(v: MeetingText, end: number, last: number): PersonRef[] {
  const from = v.lower(end) === ',' ? end + 1 : end;
  return peopleAfter(v, from, Math.min(last, from + GUEST_NAME_REACH)).people;
}

/** The token after "the guest" at k, or -1 when no guest phrase stands there. */
function guestEnd(v: MeetingText, k: number, last: number): number {
  if (!/^(?:the|his|her|their|our|its)$/.test(v.lower(k))) return -1;
  for (let j = k + 1; j < last && j - k <= GUEST_MODIFIERS + 1; j++) {
    if (GUEST.test(v.lower(j))) return /^(?:of|from)$/.test(v.lower(j + 1)) ? -1 : j + 1;
    const m = v.mentionAt(j);
    if (v.tok(j)?.pos !== 'ADJ' && !(m && m.type !== 'person')) return -1;
  }
  return -1;
}

/** Whether the words from a verb to the noun at n are a topic: "views on the outcome of", "the agenda of" (not "trade in"). */
function topicPhrase(v: MeetingText, verb: number, n: number): boolean {
  let about = false;
  for (let j = verb + 1; j < n; j++) {
    const l = v.lower(j);
    if (/^(?:on|about|regarding|concerning|of)$/.test(l)) about = true;
    else if (v.tok(j)?.pos === 'ADP' || v.isVerb(j) || /^[,;:]$/.test(l)) return false;
  }
  return about;
}

/** Nouns whose "of" names a meeting that has taken place: "the results of the talks". */
const RESULT_NOUNS = /^(?:results|result|outcome|outcomes|follow-up|implementation|conclusions)$/;

/** Most words of the noun phrase before a meeting noun after "the results of": "the second joint commission". */
const RESULT_PHRASE_REACH = 8;

/**
 * Whether "results of [the]" stands right before the meeting noun at n. A possessor between them
 * ("the outcomes of President X's visit") is passed whole, title and name, however many words it has.
 */
function resultOf(v: MeetingText, n: number, first: number): boolean {
  let j = n - 1;
  if (j > first && v.isPossessive(j)) {
    j--;
    const owner = v.mentionAt(j);
    if (owner) j = Math.max(first, v.officeStart(v.tokenRange(owner)[0]) - 1);
  }
  // "the results of the joint commission meeting": nouns before the meeting noun modify it as adjectives do.
  const stop = Math.max(first, j - RESULT_PHRASE_REACH);
  while (j > stop && /^(?:DET|ADJ|PROPN|NUM|NOUN)$/.test(v.tok(j)?.pos ?? '')) j--;
  return v.lower(j) === 'of' && RESULT_NOUNS.test(v.lower(j - 1));
}

/** Most tokens from an opening phrase's comma to the main clause's verb group. */
const MAIN_CLAUSE_REACH = 16;

/** Words that open a clause of what is said or asked: its verbs are not the main clause's. */
const CONTENT_CLAUSE = /^(?:that|whether)$/;
/** Auxiliaries before a participle of the same verb group: "was scheduled", "had been asked". */
const AUXILIARY = /^(?:is|are|am|was|were|be|been|being|has|have|had|do|does|did)$/;

/**
 * The reading of the main clause after an opening phrase that holds token n ("During the visit,
 * X will meet Y"): the first verb group past the phrase's comma that has a reading. A verb in the
 * simple past with no reading of its own ("During the call, X told Y that ...") is the main verb,
 * told as done: what its object clause says is to come ("would help", "was ready to help") is not
 * the meeting's; nor are the verbs after "that" or "whether".
 */
function mainClauseReading(v: MeetingText, n: number, last: number): Reading | null {
  let comma = n + 1;
  while (comma < last && comma - n <= MAIN_CLAUSE_REACH && v.lower(comma) !== ',') comma++;
  if (v.lower(comma) !== ',') return null;
  for (let j = comma + 1; j < last && j - comma <= MAIN_CLAUSE_REACH; j++) {
    if (/^[;:,]$/.test(v.lower(j)) || CONTENT_CLAUSE.test(v.lower(j))) return null;
    if (!v.isVerb(j)) continue;
    const r = verbReading(v, j, comma + 1);
    if (r) return r;
    if (isPast(v.lower(j)) && !AUXILIARY.test(v.lower(j)) && !AUXILIARY.test(v.lower(j - 1))) return null;
  }
  return null;
}

/** Most tokens of the main clause's verb group after its subject: "has also taken". */
const MAIN_VERB_GROUP = 3;

/** The reading of the nearest verb before token n in its sentence. */
function clauseVerbReading(v: MeetingText, n: number, first: number): Reading | null {
  for (let j = n - 1; j >= first; j--) if (v.isVerb(j)) return verbReading(v, j, first);
  return null;
}

/**
 * A passive participle's reading: its own auxiliary's ("was attended by"), or, with none ("the next
 * round would be held in March, led by Deputy Minister X"), that of the meeting it describes,
 * the one reported before it in the sentence.
 */
function participleReading(v: MeetingText, i: number, first: number, before: readonly MeetingDraft[]): Reading | null {
  const own = verbReading(v, i, first);
  if (isPassive(v, i, first)) return own;
  if (awaitedEventBefore(v, i, first) || clauseAheadBefore(v, i, first)) return 'planned';
  if (before.length === 0) return subjectParticipleReading(v, i) ?? reducedRelativeReading(v, i) ?? own;
  return before[before.length - 1]?.status === 'planned' ? 'planned' : own;
}

/** Relative pronouns that open a clause of their own inside a participle's phrase: its verb is not the main one. */
const RELATIVE_WORD = /^(?:who|whom|whose|which|that|where|when)$/;

/**
 * "A delegation led by X intends to come in May", "a mission headed by Y will arrive": a participle
 * right after a noun, with no commas around it, is a reduced relative clause of that noun; when the
 * noun phrase is the subject of a finite verb after the agent, the phrase takes that verb's time.
 * The verb is the first one after "by" (past a relative pronoun none is read); one after "to" right
 * after a name is a purpose ("led by X to discuss"), no main verb.
 */
function reducedRelativeReading(v: MeetingText, i: number): Reading | null {
  if (v.lower(i + 1) !== 'by' || v.tok(i - 1)?.pos !== 'NOUN') return null;
  const sentence = v.tok(i)!.sentence;
  for (let j = i + 2; j - i <= PARTICIPLE_PHRASE_REACH && v.tok(j)?.sentence === sentence; j++) {
    if (RELATIVE_WORD.test(v.lower(j))) return null;
    if (!v.isVerb(j)) continue;
    if (v.lower(j - 1) !== 'to') return mainVerbReading(v, j);
    // "plans to visit", with "plans" read as a noun: a word of intending right after the agent
    // governs the infinitive; after a name, "to" opens a purpose.
    return v.mentionAt(j - 2) ? null : verbReading(v, j, j - 2);
  }
  return null;
}

/**
 * The time of a verb group opened by the finite verb at k: "will meet", or the infinitive a verb of
 * intending takes ("intends to come", "plans to visit"), read with the group for its look-back.
 */
function mainVerbReading(v: MeetingText, k: number): Reading | null {
  return v.lower(k + 1) === 'to' && v.isVerb(k + 2) ? verbReading(v, k + 2, k) : verbReading(v, k, k);
}

/** Most tokens from a participle to the end of the phrase set off by commas around it. */
const PARTICIPLE_PHRASE_REACH = 16;

/**
 * "Our negotiators, led by X, will meet in August": a participle phrase set off by commas in the
 * subject takes the time of the clause's verb after the closing comma.
 */
function subjectParticipleReading(v: MeetingText, i: number): Reading | null {
  if (v.lower(i - 1) !== ',') return null;
  const sentence = v.tok(i)!.sentence;
  for (let j = i + 1; j - i <= PARTICIPLE_PHRASE_REACH && v.tok(j)?.sentence === sentence; j++) {
    if (v.lower(j) !== ',') continue;
    let k = j + 1;
    while (v.tok(k)?.pos === 'ADV') k++;
    return v.isVerb(k) ? verbReading(v, k, k) : null;
  }
  return null;
}

/** Whether the main clause's verb group is "was represented", "were replaced": someone stood in for its subject. */
function representedSubject(v: MeetingText, first: number, last: number): boolean {
  const k = sentenceSubjectEnd(v, first, last);
  return k >= 0 && standInVerbFrom(v, k, last) >= 0;
}

/** The index of "represented", "replaced" or "substituted" in the passive verb group starting at k ("was represented"), or -1. */
function standInVerbFrom(v: MeetingText, k: number, last: number): number {
  for (let j = k; j < last && j - k < 4; j++) {
    if (/^(?:represented|replaced|substituted)$/.test(v.lower(j))) return j;
    if (!/^(?:was|were|is|are|been|be|being|has|have|had|also)$/.test(v.lower(j)) && v.tok(j)?.pos !== 'ADV') return -1;
  }
  return -1;
}

/** Most tokens from a verb to a phrase that adds its co-subjects. */
const CO_SUBJECT_REACH = 20;

/**
 * "hosted ministers from twelve countries, together with Secretary X", "received the delegation
 * jointly with Y": those named after "together with" or "jointly with" share the verb's subject.
 */
function coSubjects(v: MeetingText, k: number, last: number): PersonRef[] {
  for (let j = k; j < last - 1 && j - k <= CO_SUBJECT_REACH; j++) {
    const l = v.lower(j);
    if (l === ';' || v.isClauseOpener(j) || (v.isVerb(j) && j > k)) return [];
    if ((l === 'together' || l === 'jointly') && v.lower(j + 1) === 'with') return peopleAfter(v, j + 2, last).people;
  }
  return [];
}

/**
 * ", together with A", ", along with A", ", alongside A" after token k in its clause, before any
 * other verb or clause: people who share what the subject does ("was present at the opening,
 * together with Governor A"). Without the comma the phrase may belong to the noun before it
 * ("the opening of the bridge along with the road"), so only the set-off phrase is read.
 */
function companionsAfter(v: MeetingText, k: number, last: number): PersonRef[] {
  for (let j = k; j < last - 1 && j - k <= CO_SUBJECT_REACH; j++) {
    const l = v.lower(j);
    if (l === ';' || v.isClauseOpener(j) || v.isVerb(j)) return [];
    if (l !== ',') continue;
    const opener = /^(?:together|along)$/.test(v.lower(j + 1)) && v.lower(j + 2) === 'with' ? j + 3 : v.lower(j + 1) === 'alongside' ? j + 2 : -1;
    if (opener >= 0) return peopleAfter(v, opener, last).people;
  }
  return [];
}

/**
 * "together with A", "along with A" between a clause's verb and token `to`: people who go with
 * the subject, sharing what the subject does ("travelled together with A for talks").
 */
function companionsBetween(v: MeetingText, from: number, to: number): PersonRef[] {
  for (let j = from; j < to - 1; j++) {
    const l = v.lower(j);
    if (l === ';' || (v.isVerb(j) && !l.endsWith('ing'))) return [];
    if ((l === 'together' || l === 'along') && v.lower(j + 1) === 'with') return peopleAfter(v, j + 2, to).people;
  }
  return [];
}

/** Most tokens looked back from a participle through the noun phrase it describes. */
const DESCRIBED_REACH = 12;

/**
 * "the United National Movement led by X", "the Ministry headed by Y": a participle with no
 * auxiliary describes the noun phrase right before it. When that phrase names an organisation
 * and no meeting, body that meets or travelling party ("a delegation of the Ministry headed by
 * Y" is one), its agent leads the organisation and takes part in no meeting.
 */
function describesOrganization(v: MeetingText, i: number, first: number): boolean {
  if (isPassive(v, i, first)) return false;
  // "her party, the CDU, led by X": the participle set off by a comma describes the phrase before the comma.
  const end = v.lower(i - 1) === ',' ? i - 1 : i;
  const before = v.mentionAt(end - 1);
  if (!before || before.type !== 'organization' || before.form === 'nominal') return false;
  for (let j = end - 1; j >= first && end - j <= DESCRIBED_REACH; j--) {
    const l = v.lower(j);
    if (ATTENDABLE.has(l) || travellingPartyNoun(v, j) || PEOPLE_NOUNS.has(l) || meetingLexicon().byFirstWord.get(l)?.some((c) => c.cueClass === 'noun')) return false;
    if (!(v.mentionAt(j) || v.inNounPhrase(j) || l === 'of' || l === 'and' || l === 'for')) break;
  }
  return true;
}

/**
 * Nouns of those who go or sit together, besides the party and people nouns: "the Russian side, led
 * by X"; and plural nouns of agents ("our negotiators, led by X", "the observers").
 */
const SIDE_NOUNS = /^(?:sides?|teams?|contingents?|parties|crews?|\p{L}+(?:ors|ers|ists|ants|ents))$/u;

/** Most words between a group's determiner and its noun: "the Turkish national football team". */
const GROUP_MODIFIER_REACH = 4;

/**
 * "congratulated him on the victory of the national team, led by coach X": a group described by a
 * participle with no auxiliary, itself the "of" complement of a common noun of no meeting, body, group
 * or people ("the victory of", "the success of"), is told of as that noun's, not as a party at a meeting.
 */
function groupInPhraseOfThing(v: MeetingText, i: number, first: number): boolean {
  if (isPassive(v, i, first)) return false;
  let j = v.lower(i - 1) === ',' ? i - 2 : i - 1;
  if (j < first || !SIDE_NOUNS.test(v.lower(j)) || v.tok(j)?.pos !== 'NOUN') return false;
  const noun = j;
  for (j--; j >= first && noun - j <= GROUP_MODIFIER_REACH && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(v.tok(j)?.pos ?? '') && !v.person(v.mentionAt(j)); j--);
  if (/^(?:the|a|an|its|their|his|her|our)$/.test(v.lower(j))) j--;
  if (v.lower(j) !== 'of') return false;
  const head = j - 1;
  const l = v.lower(head);
  return head >= first && v.tok(head)?.pos === 'NOUN' && !v.isCap(head) && !v.mentionAt(head) && !ATTENDABLE.has(l) && !PEOPLE_NOUNS.has(l)
    && !SIDE_NOUNS.test(l) && !BODY_NOUNS.test(l) && !PARTY_NOUNS.test(l) && !eventNoun(v, head);
}

/**
 * "the mediation led by Emir X", "the reform programme led by Y": a participle with no auxiliary
 * after a common noun of no meeting, body, party or people describes that thing; its agent leads
 * it and takes part in no meeting. The noun's phrase is searched back a little, so "a delegation
 * of 30 companies, led by X" is still a party's.
 */
function describesThing(v: MeetingText, i: number, first: number): boolean {
  if (isPassive(v, i, first)) return false;
  const end = v.lower(i - 1) === ',' ? i - 1 : i;
  const head = v.tok(end - 1);
  // "protesters led by activist X gathered outside": a crowd is led in the street, not to a meeting,
  // though the text names it as a group.
  if (head && head.pos === 'NOUN' && CROWD_NOUNS.test(head.lower)) return true;
  if (!head || head.pos !== 'NOUN' || v.isCap(end - 1) || v.mentionAt(end - 1)) return false;
  // "Chile took part as an observer, represented by X": a noun after "as" is the role the clause's
  // subject acts in, and a participle after it set off by a comma describes that subject, not a thing.
  if (end < i && roleAfterAs(v, end - 1, first, i)) return false;
  // "a video call of leaders on maritime security, co-chaired by A and B": a topic phrase after a
  // meeting noun is part of the phrase the participle describes. Past its preposition only a meeting
  // noun counts: "the committee on maritime security, chaired by X" is still a thing led.
  let pastTopic = false;
  for (let j = end - 1; j >= first && end - j <= DESCRIBED_REACH; j--) {
    const l = v.lower(j);
    const meetingNoun = (ATTENDABLE.has(l) && !BODY_NOUNS.test(l)) || meetingLexicon().byFirstWord.get(l)?.some((c) => c.cueClass === 'noun' || c.cueClass === 'present');
    if (pastTopic && !meetingNoun) {
      if (v.inNounPhrase(j) || l === 'of' || l === 'and' || /^(?:NOUN|NUM|ADJ|DET|PROPN)$/.test(v.tok(j)?.pos ?? '')) continue;
      break;
    }
    if (ATTENDABLE.has(l) || travellingPartyNoun(v, j) || PEOPLE_NOUNS.has(l) || SIDE_NOUNS.test(l) || BODY_NOUNS.test(l) || v.person(v.mentionAt(j))
      || meetingNoun) return false;
    if (TOPIC_ONLY.test(l) && j < end - 1) {
      pastTopic = true;
      continue;
    }
    // "a working lunch with ministers from least developed countries, chaired by X": "with" and "from"
    // phrases, and the modifiers inside them, stay in the phrase the participle describes.
    // A participle modifies only between a modifier or determiner and a noun ("least developed countries"),
    // never as the clause's own verb ("expressed support").
    const modifier = /^(?:ADJ|ADV)$/.test(v.tok(j)?.pos ?? '')
      || (v.tok(j)?.pos === 'VERB' && /ed$/.test(l) && /^(?:ADJ|ADV|DET)$/.test(v.tok(j - 1)?.pos ?? '') && v.tok(j + 1)?.pos === 'NOUN');
    if (!(v.inNounPhrase(j) || l === 'of' || l === 'and' || l === 'with' || l === 'from' || modifier || /^(?:NOUN|NUM)$/.test(v.tok(j)?.pos ?? ''))) break;
  }
  return true;
}

/** Prepositions that open a meeting's topic: "talks on security", "a call about trade". */
const TOPIC_ONLY = /^(?:on|about|regarding|concerning)$/;

/** Most words of a role's noun phrase after "as": "as a guest country", "as an observer state". */
const ROLE_REACH = 4;

/**
 * Whether the noun at k heads a phrase that "as" opens after a verb of attending: "took part as an
 * observer", "attended as a guest country" ("is known as a mining power" is no role at a meeting).
 */
function roleAfterAs(v: MeetingText, k: number, first: number, last: number): boolean {
  for (let j = k - 1; j >= first && k - j <= ROLE_REACH; j--) {
    if (v.lower(j) === 'as') return j - 1 >= first && attendingEndsAt(v, j - 1, first, last);
    if (!/^(?:DET|ADJ|NOUN)$/.test(v.tok(j)?.pos ?? '') || v.mentionAt(j)) return false;
  }
  return false;
}

/** Whether a cue of attending or presence ("took part", "attended", "taking part") ends at token j. */
function attendingEndsAt(v: MeetingText, j: number, first: number, last: number): boolean {
  for (let g = j; g >= first && j - g < 2; g--) {
    const c = cueAt(v, g, last);
    if (c) return (c.cue.cueClass === 'attend' || c.cue.cueClass === 'present') && c.end === j + 1;
  }
  return false;
}

/** Crowds that march or protest, which no one leads into a meeting: "protesters", "demonstrators", "supporters". */
const CROWD_NOUNS = /^(?:protesters|protestors|demonstrators|marchers|rioters|strikers|supporters|campaigners|crowds?|mob|rally|march)$/;

/** Nouns of standing bodies, which a participle may describe without any sitting of theirs being told. */
const BODY_NOUNS = /^(?:commissions?|committees?|councils?|government|ministry|board|body|organi[sz]ation|agency|secretariat|fund|authority)$/;

/**
 * "Sharma's ministry is led by Secretary X", "the Council is chaired by Y": a passive in the
 * present whose subject is a body or an organisation says who runs it, a standing fact, not a
 * meeting ("the talks were chaired by X" tells of a meeting).
 */
function bodyIsRunBy(v: MeetingText, i: number, first: number): boolean {
  let aux = i - 1;
  while (aux > first && v.tok(aux)?.pos === 'ADV') aux--;
  if (!/^(?:is|are)$/.test(v.lower(aux))) return false;
  const m = v.mentionAt(aux - 1);
  return (m !== undefined && m.type === 'organization') || BODY_NOUNS.test(v.lower(aux - 1));
}
/** Prepositions whose complement is a topic or an addressee, not a meeting: "the work of", "called on". */
const TOPIC_PREPS = /^(?:of|about|on|upon|for|to|from|into|under|within|regarding|concerning)$/;

/**
 * "reviewed the work of the commission chaired by X", "called on the Commission, led by President
 * Y": a participle after a standing body that is the complement of a preposition, or the object of a
 * verb that reports no meeting, says who leads the body, not that it sat. As the subject ("The
 * Commission, co-chaired by A and B, met ...") or after a meeting noun ("a session of the Council,
 * chaired by X") the body sits.
 */
function describesBody(v: MeetingText, i: number, first: number): boolean {
  // "represented at the reception by X": a participle whose own phrase names a meeting tells of it.
  if (isPassive(v, i, first) || v.lower(i + 1) !== 'by') return false;
  let j = i - 1;
  if (v.lower(j) === ',') j--;
  if (j < first) return false;
  const m = v.mentionAt(j);
  let start: number;
  if (m && m.type === 'organization') start = Math.max(first, v.tokenRange(m)[0]);
  else if (BODY_NOUNS.test(v.lower(j)) && !v.isVerb(j)) start = j;
  else return false;
  const meetingNoun = (k: number) => (ATTENDABLE.has(v.lower(k)) && !BODY_NOUNS.test(v.lower(k))) || PARTY_NOUNS.test(v.lower(k))
    || cueAt(v, k, i)?.cue.cueClass === 'noun';
  // The rest of the phrase before the body's name: "the joint", "its permanent".
  let g = start - 1;
  while (g >= first && start - g <= 4 && !v.isVerb(g) && !TOPIC_PREPS.test(v.lower(g)) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(g)?.pos ?? '')) {
    if (meetingNoun(g)) return false;
    g--;
  }
  if (g < first) return false;
  const l = v.lower(g);
  // "the Meeting of Ministers of Foreign Affairs of CELAC, chaired by X": a chain of names joined by
  // "of" may lead back to a meeting noun that heads the whole phrase, and the body sits at it.
  if (l === 'of') {
    /** Still within the chain of names, where a meeting noun heads the phrase. */
    let names = true;
    for (let k = g - 1; k >= first && g - k <= FRAME_REACH; k--) {
      if (names && meetingNoun(k)) return false;
      // "met with representatives of the Chamber of Commerce, led by its chairman X": a group of
      // people met, named by the body they come from, is the party the participle says X led.
      // A body is chaired, a party is led: "received members of the Council, chaired by X" describes the Council.
      if (/^(?:led|headed)$/.test(v.lower(i)) && metGroupOf(v, k, first)) return false;
      if (v.lower(k) === 'of' || (v.isCap(k) && !v.isVerb(k))) continue;
      // "met with the heads of diplomatic missions of the member states of the European Union, led by X":
      // common nouns joined by "of" may still lead back to the group met, though no longer to a meeting noun.
      if (/^(?:DET|ADJ|NOUN)$/.test(v.tok(k)?.pos ?? '') && !v.isVerb(k)) {
        names = false;
        continue;
      }
      break;
    }
    return true;
  }
  if (TOPIC_PREPS.test(l)) return true;
  // "hosted by the Regional Council, chaired by X": the body that provides the occasion is led by X.
  if (agentOfHosting(v, g)) return true;
  // "the reforms that the Parliament, chaired by X, had adopted": the subject of a relative clause
  // about something else.
  if ((l === 'that' || l === 'which') && !meetingNoun(g - 1)) return true;
  return v.isVerb(g) && !LIGHT.has(l) && !cueAt(v, g, g + 1);
}

/**
 * Whether token k is a plural noun of people ("representatives", "members") that a meeting verb
 * takes as its object or "with" complement: "met with representatives", "received the members".
 */
function metGroupOf(v: MeetingText, k: number, first: number): boolean {
  if (!PEOPLE_NOUNS.has(v.lower(k))) return false;
  let j = k - 1;
  while (j >= first && k - j <= 3 && /^(?:DET|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) j--;
  if (j < first) return false;
  if (v.lower(j) === 'with') j--;
  const cue = j >= first ? cueAt(v, j, k)?.cue.cueClass : undefined;
  return cue === 'meet' || cue === 'host';
}

/** Nouns of the press as the one told: "the press was briefed", "journalists were told". */
const PRESS_NOUNS = /^(?:press|journalists|reporters|media|correspondents|newsmen)$/;

/** Whether a noun of the press stands among the tokens from..to (exclusive), the subject of a passive. */
function pressBefore(v: MeetingText, from: number, to: number): boolean {
  for (let j = Math.max(from, to - 6); j < to; j++) if (PRESS_NOUNS.test(v.lower(j))) return true;
  return false;
}

/** Verbs of welcoming, which take a guest or, as approval, a piece of news. */
export const WELCOMES = /^welcom(?:e|es|ed|ing)$/;
/** Verbs of backing a thing, whose subject is not thereby at a meeting they take for object: "supported the talks". */
const SUPPORTS = /^(?:supported|supports|support|supporting)$/;

/** "call" as a verb of naming: "called the talks a failure", "calls the summit historic". */
const CALL_VERB = /^(?:call|calls|called|calling)$/;

/**
 * Whether "call" at `verb` takes the meeting noun at `noun` (its phrase ending before `after`) as
 * its object and a second complement right after it, which says what the meeting is judged to be:
 * an article ("a waste of time"), an adjective ("useful", "very useful") or a quotation mark. "called
 * a meeting of the council", "called the meeting to order" convene or chair one instead.
 */
function calledAs(v: MeetingText, verb: number, noun: number, after: number): boolean {
  if (!CALL_VERB.test(v.lower(verb)) || !directObject(v, verb, noun)) return false;
  const next = v.lower(after);
  if (/^(?:a|an)$/.test(next) || /^["“‘]$/.test(next)) return true;
  const tag = v.tok(after)?.pos;
  return tag === 'ADJ' || (tag === 'ADV' && v.tok(after + 1)?.pos === 'ADJ');
}

const MAKE_VERB = /^(?:make|makes|made|making|render|renders|rendered)$/;
/** Adjectives that, after "make [the meeting]", say it could or could not take place. */
const POSSIBLE = /^(?:possible|impossible|feasible)$/;

/**
 * Whether "make" at `verb` takes the meeting noun at `noun` (its phrase ending before `after`) as
 * its object with "possible" or the like after it: "made the visit possible", "made this meeting possible".
 */
function madePossible(v: MeetingText, verb: number, noun: number, after: number): boolean {
  return MAKE_VERB.test(v.lower(verb)) && directObject(v, verb, noun) && POSSIBLE.test(v.lower(after));
}

/** Passives whose subject is there with the agent: "was joined by", "was accompanied by", "was shown round the plant by". */
const JOINED = /^(?:joined|accompanied|flanked|shown)$/;
/** Passives of help whose subject must be a person taking part: "was assisted by", "was supported by". */
const ASSISTED = /^(?:assisted|supported)$/;

const REPORT_GIVEN = /^(?:delivered|delivers|deliver|made|makes|make|gave|gives|give|presented|presents|present)$/;
/** The participle of a passive of giving right after a noun ("[reports] were made"), or -1. */
function passiveVerbAfter(v: MeetingText, k: number, last: number): number {
  if (!/^(?:was|were)$/.test(v.lower(k)) || k + 1 >= last) return -1;
  let j = k + 1;
  while (j < last && v.tok(j)?.pos === 'ADV') j++;
  return /^(?:delivered|made|given|presented)$/.test(v.lower(j)) ? j : -1;
}

/** "[reports] were made by A and B": the people after "by" of a passive of giving right after the noun. */
function passiveGiverAfter(v: MeetingText, k: number, last: number): PersonRef[] {
  const j = passiveVerbAfter(v, k, last);
  if (j < 0 || v.lower(j + 1) !== 'by') return [];
  return peopleAfter(v, j + 2, last).people;
}
/** Verbs that hold a briefing as a meeting: "held a briefing with", "conducted a briefing with". */
const HOLDS_BRIEFING = /^(?:held|holds|hold|holding|had|has|have|conducted|conducts|conduct)$/;
const REPORT_HEARD = /^(?:heard|hears|hear|received|receives|receive|listened)$/;

/** Most tokens from a verb to the ", as did" that adds more subjects to it. */
const AS_DID_REACH = 24;

/**
 * "A and B attended the meeting, as did C", "Blinken met the Emir, as had Sullivan the day
 * before": the subjects of the elliptic clause do what the verb's subjects did.
 */
function asDid(v: MeetingText, k: number, last: number): PersonRef[] {
  for (let j = k; j < last - 2 && j - k <= AS_DID_REACH; j++) {
    const l = v.lower(j);
    if (l === ';') return [];
    if (l === ',' && v.lower(j + 1) === 'as' && /^(?:did|do|does|had|has|have)$/.test(v.lower(j + 2))) return peopleAfter(v, j + 3, last).people;
  }
  return [];
}

/** A verb of attendance with nothing after it: "A also took part.", "B attended, too". */
const ENDS_CLAUSE = /^(?:\.|;|,|too|as|$)$/;

/** Most tokens of "for the [host, Ghanaian, ...] side" ("on the ... side"). */
const SIDE_REACH = 5;

/** Nouns of whom one attends for: "for the host side", "for the rotating presidency", "for the Danish government". */
const REPRESENTED_NOUNS = /^(?:sides?|presidency|government)$/;

/**
 * "attended for the host side", "took part for the Ghanaian side", "took part on the Chilean side",
 * "attended for the rotating presidency": a phrase of the side one stands for or on right after a
 * verb of attending names no thing attended, so the subject joins the meeting reported.
 */
function forSide(v: MeetingText, k: number, last: number): boolean {
  if (!/^(?:for|on|from)$/.test(v.lower(k)) || v.lower(k + 1) !== 'the') return false;
  for (let j = k + 2; j < last && j - k <= SIDE_REACH; j++) {
    if (REPRESENTED_NOUNS.test(v.lower(j))) return ENDS_CLAUSE.test(v.lower(j + 1)) || j + 1 === last;
    // "the rotating presidency", "the incoming presidency": a participle in "-ing" qualifies the noun.
    if (!v.inNounPhrase(j) && v.tok(j)?.pos !== 'NOUN' && !(v.lower(j).endsWith('ing') && !v.isCap(j))) return false;
  }
  return false;
}

/**
 * Everyone the clause after an introductory "During the meeting, ..." names as subject and
 * object; with `needsObject`, none unless the object names someone.
 */
function mainClausePeople(v: MeetingText, from: number, last: number, needsObject = false, pressEvent = false): PersonRef[] {
  let j = from;
  while (j < last && v.lower(j) !== ',' && !v.isVerb(j)) j++;
  if (v.lower(j) !== ',') return [];
  const subject = peopleAfter(v, j + 1, last);
  if (subject.people.length === 0) return [];
  let k = subject.end;
  while (k < last && !v.isVerb(k)) k++;
  // "At the inauguration, President X was represented by Minister Y": one stood in for was not there;
  // the one named after "by" was.
  const stoodIn = standInVerbFrom(v, k, last);
  if (stoodIn >= 0) return v.lower(stoodIn + 1) === 'by' ? objectPeople(v, stoodIn + 2, last) : [];
  // "After our talks, Prime Minister X will host a lunch in your honour": a main clause still to come
  // shows no one at the meeting its opening phrase names.
  if (k < last && verbReading(v, k, from) === 'planned') return [];
  const verbEnd = k + 1;
  // "During the talks, A praised B for his role", "At the meeting, A criticised B": one judged is
  // spoken of, at the meeting or away from it; the verb shows only its subject there.
  // "During the meeting, A quoted President B": one quoted or recalled is spoken of, not spoken to.
  let object = JUDGES.test(v.lower(k)) || CITES.test(v.lower(k)) ? [] : objectPeople(v, verbEnd, last);
  // "At the start of the talks, A conveyed his condolences to B": one a thing is handed to is the
  // verb's other side, as a direct object would be.
  const given = object.length === 0 && k < last ? givenToAfter(v, k, last) : -1;
  if (given >= 0) object = objectPeople(v, given, last);
  if (needsObject && object.length === 0) return [];
  // "At the joint press conference, X of the Daily News asked President A": at a gathering of the
  // press the one who asks questions is the press, there to report it; the one asked takes part.
  if (pressEvent && ASKS.test(v.lower(k))) return object;
  return [...subject.people, ...object];
}

/** Verbs of putting a question to someone. */
const ASKS = /^(?:asked|asks|questioned|questions|quizzed|pressed)$/;

/** Verbs of citing or calling someone to mind, whose object is spoken of: "quoted President X", "recalled Y". */
const CITES = /^(?:quoted|quotes|cited|cites|recalled|recalls|mentioned|mentions|invoked|invokes|echoed|echoes|paraphrased)$/;

/** Verbs of judging or honouring someone, whose object is what is said, not whom it is said to. */
const JUDGES = /^(?:praised|praises|commended|commends|criticised|criticized|criticises|criticizes|condemned|condemns|blamed|blames|hailed|hails|saluted|salutes|applauded|applauds|lauded|lauds|congratulated|congratulates|mourned|honoured|honored|remembered|accused|accuses|denounced|denounces)$/;

/** Whether the noun at n sits in an introductory phrase: "At the beginning of the meeting, ...". */
function inIntroduction(v: MeetingText, n: number, first: number): boolean {
  if (n - first > 12) return false;
  const lead = v.lower(first);
  if (!/^(?:during|at|in|after|following|on|throughout|before|ahead)$/.test(lead)) return false;
  for (let j = first; j < n; j++) if (v.isVerb(j) && !v.lower(j).endsWith('ing')) return false;
  return true;
}

/** Whether the preposition at p opens the clause that "that" introduces: "said that during ...", "noted that, on ...". */
export function opensThatClause(v: MeetingText, p: number): boolean {
  const before = v.lower(p - 1) === ',' ? p - 2 : p - 1;
  return v.lower(before) === 'that' && !v.mentionAt(before);
}

/** The comma that closes an opening phrase, from k on, or `last` when the sentence has none. */
function openingPhraseEnd(v: MeetingText, k: number, last: number): number {
  for (let j = k; j < last; j++) if (v.lower(j) === ',') return j;
  return last;
}

/** Where the noun phrase of the meeting noun at n starts: "in [a telephone] conversation", "during [the] talks". */
/** Token k is a hyphen that joins the words on either side without spaces: "handing-over", "high-level". */
function hyphenated(v: MeetingText, k: number): boolean {
  const h = v.tok(k);
  const a = v.tok(k - 1);
  const b = v.tok(k + 1);
  return h !== undefined && a !== undefined && b !== undefined && /^[-‐‑]$/.test(h.text) && a.end === h.start && h.end === b.start;
}

function phraseStart(v: MeetingText, n: number, first: number): number {
  const words = /^(?:the|a|an|phone|telephone|video|brief|short|long|lengthy|official|state|working|courtesy)$/;
  let j = n;
  // "a handing-over ceremony", "a high-level meeting": a compound joined by a hyphen is one modifier.
  if (j - 3 >= first && hyphenated(v, j - 2)) j -= 3;
  // "an award ceremony", "the signing ceremony": a ceremony is named by what it is for, one word before it.
  else if (/^(?:ceremony|ceremonies)$/.test(v.lower(n)) && j - 1 >= first && (v.tok(j - 1)?.pos === 'NOUN' || v.lower(j - 1).endsWith('ing')) && !v.isCap(j - 1)) j--;
  const head = j;
  // "after bilateral talks", "the first formal meeting": adjectives modify the noun as these words do.
  while (j - 1 >= first && head - j < 3 && (words.test(v.lower(j - 1)) || (v.tok(j - 1)?.pos === 'ADJ' && !v.isCap(j - 1)))) j--;
  // "during [the President's] visit": a possessor and its determiner open the phrase.
  const owner = v.isPossessive(j - 1) ? v.mentionAt(j - 2) : undefined;
  if (owner) {
    j = v.tokenRange(owner)[0];
    while (j - 1 >= first && /^(?:the|a|an)$/.test(v.lower(j - 1))) j--;
  }
  return j;
}

/** The people of the object of the main clause's verb: "President A told *Chancellor B* in a phone call that ...". */
function clauseObject(v: MeetingText, first: number, last: number): PersonRef[] {
  const subject = sentenceSubjectEnd(v, first, last);
  if (subject < 0) return [];
  let k = subject;
  while (k < last && (v.tok(k)?.pos === 'ADV' || v.tok(k)?.pos === 'AUX')) k++;
  return v.isVerb(k) ? objectPeople(v, k + 1, last) : [];
}

/**
 * The people "their" before the meeting noun at n stands for when no one is named before it in
 * its sentence: the subject and the object of the sentence before, in the same paragraph, two or more.
 */
function theirOfSentenceBefore(v: MeetingText, s: Sentence, n: number): PersonRef[] {
  const at = theirAt(v, n, s.tokenStart);
  if (at < 0 || s.index === 0) return [];
  for (let j = s.tokenStart; j < at; j++) if (v.person(v.mentionAt(j))) return [];
  const prev = v.sentences[s.index - 1]!;
  if (prev.paragraph !== s.paragraph) return [];
  const people = [...sentenceSubject(v, prev.tokenStart, prev.tokenEnd), ...clauseObject(v, prev.tokenStart, prev.tokenEnd)];
  return people.length >= 2 ? people : [];
}

/** Plural nouns for the two sides of a meeting: "the two leaders", "both presidents", "the sides". */
const SIDES = /^(?:leaders|presidents|ministers|sides|heads|premiers|counterparts|chancellors|secretaries|envoys|ambassadors|governors|mayors)$/;
/** Most words between "the" and the plural noun of the sides: "the two Nordic prime ministers". */
const SIDES_MODIFIERS = 4;

/**
 * The token before the verb at i once adverbs and auxiliaries are stepped over ("have also met",
 * "last met"), with the words `also` names too; `first` - 1 when none is left.
 */
function beforeAdverbs(v: MeetingText, i: number, first: number, also?: RegExp): number {
  let j = i - 1;
  while (j >= first && (v.tok(j)?.pos === 'ADV' || v.tok(j)?.pos === 'AUX' || (also !== undefined && also.test(v.lower(j))))) j--;
  return j;
}

/** "The two leaders last met", "both presidents have met": the subject of the verb at i, opening its sentence, names the sides by a plural noun. */
function sidesSubject(v: MeetingText, i: number, first: number): boolean {
  let j = beforeAdverbs(v, i, first, /^(?:last|first|also|already|previously)$/);
  // "the two Heads of State", "the two heads of government".
  if (/^(?:state|government)$/.test(v.lower(j)) && v.lower(j - 1) === 'of') j -= 2;
  if (!SIDES.test(v.lower(j))) return false;
  // "the two leaders", "both foreign ministers", "the two Nordic prime ministers": numbers,
  // adjectives and nouns used as modifiers, never a person, between the determiner and the noun.
  let k = j - 1;
  while (k > first && j - k <= SIDES_MODIFIERS && !v.person(v.mentionAt(k))
    && (/^(?:ADJ|NUM|PROPN)$/.test(v.tok(k)?.pos ?? '') || (v.tok(k)?.pos === 'NOUN' && !v.isCap(k)) || v.lower(k) === 'two')) k--;
  return k === first && /^(?:the|both)$/.test(v.lower(k));
}

/** The two people the sentence before s names, in its paragraph; none when it names fewer or more. */
function sidesOfSentenceBefore(v: MeetingText, s: Sentence): PersonRef[] {
  const prev = v.sentences[s.index - 1];
  // The last sentence of the paragraph before, when it is a sentence and no heading, is the sentence before too.
  if (!prev || (prev.paragraph !== s.paragraph && !/[.!?]["”’]?\s*$/.test(v.text.slice(prev.start, prev.end)))) return [];
  const people: PersonRef[] = [];
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
    const p = v.person(v.mentionAt(j));
    if (!p) continue;
    j = v.tokenRange(p.mention)[1] - 1;
    if (people.some((q) => q.actor.id === p.actor.id)) continue;
    people.push(p);
    if (people.length > 2) return [];
  }
  return people.length === 2 ? people : [];
}

/** After a verb of speech at k, a topic ("about", "of") comes before its partner's "with" or "to". */
function topicBefore(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < 12; j++) {
    const l = v.lower(j);
    if (WITH_OR_TO.has(l)) return false;
    if (l === 'about' || l === 'of') return true;
    if (l === ';' || l === '.' || v.isClauseOpener(j)) return false;
  }
  return false;
}

/** Most tokens from "when" or "where" back to the verb of the clause it depends on, past a list of companions. */
const THEY_CLAUSE_REACH = 24;

/** Conjunctions of time and place that open a clause whose "they" may stand for the main clause's people. */
const TIME_CLAUSE = /^(?:when|since|after|before|as|where|while|once)$/;

/**
 * "A and B had reached important consensus when they met in Astana": the subject "they" of the verb
 * at i, right after a conjunction of time or place, stands for the subject of the clause before it
 * and those its verb goes with, when that names two people or more.
 */
function theyOfMainClause(v: MeetingText, i: number, first: number, skip: ReadonlySet<number>): PersonRef[] {
  const j = beforeAdverbs(v, i, first, /^(?:first|last|also|had|have)$/);
  if (!/^(?:they|we)$/.test(v.lower(j)) || !TIME_CLAUSE.test(v.lower(j - 1))) return [];
  const clause = clauseSubjectBefore(v, j - 1, first, skip, THEY_CLAUSE_REACH);
  // "I raised it with President X when we met": "we" is the speaker, who is named by no mention
  // here (a transcript's label or a quotation's speaker adds them), and those the clause's verb
  // goes with.
  if (v.lower(j) === 'we') return clause.verb >= 0 && firstPersonSubject(v, clause.verb, first) ? withPeople(v, clause.verb + 1, j - 1, ONLY_WITH, 20) : [];
  // "X travelled to Tunis with A and B, where they met C": those the clause's verb goes with are "they" too.
  // "The Foreign Secretary raised the case with Minister A when they met": with a subject the text does
  // not name, the one the clause's verb goes with is the named one of "they".
  const companions = clause.verb >= 0 ? withPeople(v, clause.verb + 1, j - 1, ONLY_WITH, 20) : [];
  const people = [...clause.people, ...companions];
  // "Minister A agreed with the Foreign Secretary when they met": so the named subject, when its verb
  // goes with an office the text does not name.
  const unnamedPartner = clause.people.length === 1 && companions.length === 0 && withUnnamedOffice(v, clause.verb + 1, j - 1);
  return people.length >= 2 || (clause.people.length === 0 && companions.length > 0) || unnamedPartner ? people : [];
}

/** Whether "with the" and an office that names no one ("with the Foreign Secretary") stand between tokens k and `to`. */
function withUnnamedOffice(v: MeetingText, k: number, to: number): boolean {
  for (let j = k; j + 2 < to; j++) {
    if (v.lower(j) !== 'with' || v.lower(j + 1) !== 'the') continue;
    const m = v.mentionAt(j + 2);
    return m !== undefined && m.type === 'person' && m.form === 'title' && !m.actor;
  }
  return false;
}

/** "whom I spoke to", "whom he had talked with": a relative "whom" and its subject pronoun right before the verb at i. */
function whomBefore(v: MeetingText, i: number, first: number): boolean {
  const j = beforeAdverbs(v, i, first);
  return j - 1 >= first && /^(?:i|we|he|she|they)$/.test(v.lower(j)) && v.lower(j - 1) === 'whom' && v.person(v.mentionAt(v.lower(j - 2) === ',' ? j - 3 : j - 2)) !== null;
}

/** Most tokens from a verb back to the "whom" that opens its clause: "with whom the Deputy Prime Minister [also] spoke". */
const WITH_WHOM_REACH = 9;

/**
 * "Minister X, with whom Prime Minister Y spoke", "with whom the Secretary talked": the clause of the
 * verb at i opens with "with whom" after a named antecedent, so the partner of speech stands before
 * its subject. No verb or comma between.
 */
function withWhomBefore(v: MeetingText, i: number, first: number): boolean {
  for (let k = i - 1; k > first && i - k <= WITH_WHOM_REACH; k--) {
    const l = v.lower(k);
    if (l === 'whom') return v.lower(k - 1) === 'with' && v.person(v.mentionAt(v.lower(k - 2) === ',' ? k - 3 : k - 2)) !== null;
    if (/^[,;:.]$/.test(l) || (v.isVerb(k) && !v.mentionAt(k))) return false;
  }
  return false;
}

/**
 * "Minister X, whom Chancellor Y had received in May,": the person named right before ", whom"
 * when the verb's subject (`subject`, peopleBefore of the verb, which the caller has read
 * already) stands right after "whom"; else none.
 */
function whomAntecedent(v: MeetingText, subject: readonly PersonRef[], first: number): PersonRef[] {
  if (subject.length !== 1) return [];
  const start = v.officeStart(v.tokenRange(subject[0]!.mention)[0]);
  if (v.lower(start - 1) !== 'whom') return [];
  const at = v.lower(start - 2) === ',' ? start - 3 : start - 2;
  const antecedent = at >= first ? v.person(v.mentionAt(at)) : null;
  return antecedent ? [antecedent] : [];
}

/** Nouns for a travelling party that meets as one: "the delegation met with", "the group also met". */
const PARTY_NOUNS = /^(?:delegation|group|mission|team|party)$/;
/** Words before "party" that make it a political party: "the ruling party", "her party", "the party's". */
const POLITICAL_PARTY_LEAD = /^(?:his|her|their|its|our|my|your|whose|ruling|opposition|governing|political)$/;

/**
 * Whether the token at j names a political party, which is no travelling party or delegation:
 * a listed party ("the Socialist Party", a party in the organisations lexicon), or "party" after a
 * possessive ("her party", "the President's party") or after "ruling", "opposition", "governing".
 */
function politicalParty(v: MeetingText, j: number): boolean {
  const m = v.mentionAt(j);
  if (m && m.type === 'organization' && m.sector === 'PTY') return true;
  if (!/^part(?:y|ies)$/.test(v.lower(j))) return false;
  return POLITICAL_PARTY_LEAD.test(v.lower(j - 1)) || v.isPossessive(j - 1);
}

/**
 * "her party, led by X", "the ruling party is headed by Y": a verb of leading whose phrase or
 * subject is a political party says who leads the party, not that anyone met. The party noun stands
 * right before the verb, past a comma or the verb's auxiliaries and adverbs.
 */
function leadsPoliticalParty(v: MeetingText, i: number, first: number): boolean {
  if (!LEADS.test(v.lower(i))) return false;
  let j = i - 1;
  if (v.lower(j) === ',') j--;
  else while (j > first && i - j <= 3 && (v.tok(j)?.pos === 'AUX' || v.tok(j)?.pos === 'ADV')) j--;
  return j >= first && politicalParty(v, j) && !partyOfTravellingGroup(v, j, first);
}

/** Most tokens of a party's name looked back over for the "of" or "from" before it. */
const PARTY_NAME_REACH = 6;

/**
 * "a delegation of the Communist Party led by X", "a team from the ruling party, headed by Y": a political
 * party named after the "of" or "from" of a travelling group's noun is a modifier inside the group's noun
 * phrase, so a participle after it describes that phrase's head, the group, and X leads the group.
 */
function partyOfTravellingGroup(v: MeetingText, j: number, first: number): boolean {
  const m = v.mentionAt(j);
  let k = (m ? v.tokenRange(m)[0] : j) - 1;
  for (let n = 0; k > first && n < PARTY_NAME_REACH && !/^(?:of|from)$/.test(v.lower(k)); n++, k--) {
    if (v.isVerb(k) || /^[,;:]$/.test(v.lower(k))) return false;
  }
  return /^(?:of|from)$/.test(v.lower(k)) && k - 1 >= first && travellingPartyNoun(v, k - 1);
}

/** A noun of a party that travels or meets as one: "the delegation", "the team", not "her party". */
/** Whether the party noun at j is the object of a verb of leading: "led a delegation", "headed the U.S. team". */
function ledParty(v: MeetingText, j: number, first: number): boolean {
  for (let k = j - 1; k >= first && j - k <= 4; k--) {
    if (v.isVerb(k) || LEADS.test(v.lower(k))) return LEADS.test(v.lower(k));
  }
  return false;
}

function travellingPartyNoun(v: MeetingText, j: number): boolean {
  return PARTY_NOUNS.test(v.lower(j)) && !politicalParty(v, j);
}
const LEADS = /^(?:led|leads|leading|headed|heads|heading)$/;
/** Most tokens looked back for the one who led the party. */
const LEADER_REACH = 80;

/** "the delegation also met", "the U.S. delegation met": a party noun, with "the", just before the verb at i. */
function groupSubject(v: MeetingText, i: number, first: number): boolean {
  const j = beforeAdverbs(v, i, first);
  if (!PARTY_NOUNS.test(v.lower(j))) return false;
  for (let k = j - 1; k >= first && j - k <= 4; k--) if (v.lower(k) === 'the') return true;
  return false;
}

/**
 * The one who led the party a text speaks of, looking back from token i: "X led a U.S. Government
 * delegation to Tunis", "a delegation headed by X". The nearest such leader, within a short reach.
 */
function groupLeader(v: MeetingText, i: number): PersonRef[] {
  for (let k = i - 1; k >= 0 && i - k <= LEADER_REACH; k--) {
    if (!LEADS.test(v.lower(k))) continue;
    if (v.lower(k + 1) === 'by') {
      const after = peopleAfter(v, k + 2, Math.min(v.tokens.length, k + 20)).people;
      if (after.length) return after.slice(0, 1);
      continue;
    }
    // "X led a (U.S. Government) delegation": a party noun shortly after the verb.
    let party = false;
    for (let j = k + 1; j < v.tokens.length && j - k <= 6 && !/^[.;,:]$/.test(v.lower(j)); j++) if (PARTY_NOUNS.test(v.lower(j))) party = true;
    if (!party) continue;
    const s = v.sentences[v.tok(k)!.sentence];
    const leader = s ? peopleBefore(v, k, s.tokenStart, NO_SKIP) : [];
    if (leader.length) return leader;
  }
  return [];
}


/** Verbs of inclusion whose object, after a meeting noun, is those who took part. */
const INCLUSION = /^(?:involving|involved|included|including|brought)$/;

/**
 * "talks involving A and B", "the meeting, which involved A and B,", "the talks, which brought
 * together A and B": right after the noun (past a comma and "which"/"that"), a verb of inclusion
 * and the people it names. "including" only as a relative clause's verb would be a list of another thing.
 */
function includedPeople(v: MeetingText, end: number, last: number): PersonRef[] {
  let k = end;
  if (v.lower(k) === ',') k++;
  const relative = /^(?:which|that)$/.test(v.lower(k));
  if (relative) k++;
  // "which also included".
  while (relative && v.tok(k)?.pos === 'ADV') k++;
  const l = v.lower(k);
  if (!INCLUSION.test(l)) return [];
  // A participle right after the noun ("talks involving"), a finite verb after the relative pronoun ("which involved").
  if (relative ? l.endsWith('ing') : !l.endsWith('ing') || l === 'including' || k !== end) return [];
  k++;
  if (l === 'brought') {
    if (v.lower(k) !== 'together') return [];
    k++;
  }
  return peopleAfter(v, k, last).people;
}

/** Passive participles of holding a meeting, whose agent held it. */
const HELD_PARTICIPLE = /^(?:held|conducted)$/;
/** Passive participles of answering a call, whose agent took part in it: "the call was returned by X". */
const ANSWERED_PARTICIPLE = /^(?:returned|answered|taken)$/;
/** The passive participle of paying a visit back, whose agent visited the one first visiting: "Y's visit was returned by X". */
const RETURNED_PARTICIPLE = /^returned$/;

/**
 * The agents of a passive of holding right after a meeting noun ending at `end`: "talks were held
 * by X", "the talks held by X", "talks have been conducted by X"; of a call, also of answering it
 * ("Y's call was returned by X"); of a visit, of paying it back ("Y's visit was returned by X", a
 * visit of X's to Y). Only auxiliaries and adverbs may stand between the noun and the participle.
 */
function holdersByAgent(v: MeetingText, end: number, last: number, kind: MeetingKind, nounAt: number, first: number): PersonRef[] {
  let k = end;
  // "the call from Y was answered by X", "talks with Y were held by X": past the noun's own partners.
  if (/^(?:from|of|with|between)$/.test(v.lower(k))) {
    const partners = peopleAfter(v, k + 1, last);
    if (partners.people.length > 0) k = partners.end;
  }
  const verbStart = k;
  while (k < last && k - verbStart < 3 && (v.tok(k)?.pos === 'AUX' || /^(?:was|were|been|also|already)$/.test(v.lower(k)))) k++;
  const participle = v.lower(k);
  const held = HELD_PARTICIPLE.test(participle);
  if (!(held || (kind === 'call' && ANSWERED_PARTICIPLE.test(participle))
    || (kind === 'visit' && RETURNED_PARTICIPLE.test(participle) && subjectHead(v, nounAt, first)))) return [];
  // "the talks held in Lisbon by X": a place or a day may come between the participle and its "by";
  // the agent is looked for only up to the next verb ("held in May were praised by Y" names none).
  // "held on Monday by X", "held last week in Lisbon by X": so may a time adjunct, before the place.
  const timed = held ? pastTimeAdjunctEnd(v, k + 1, last) : -1;
  const next = timed > 0 ? timed : k + 1;
  return v.lower(next) === 'by' || (held && PLACE_PREPS.has(v.lower(next))) ? byAgent(v, next, last) : [];
}

/** Most tokens of a noun phrase read back from its head noun: "the first official visit of". */
const HEAD_PHRASE_REACH = 8;

/**
 * Whether the noun phrase ending in the head noun at `i` is a subject of its own, not the object of a
 * preposition: "Y's visit was returned by X", not "the gifts from Y's visit were returned by X".
 */
function subjectHead(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  while (j >= first && i - j <= HEAD_PHRASE_REACH && (/^(?:DET|ADJ|NUM|PROPN|NOUN|PART)$/.test(v.tok(j)?.pos ?? '') || v.mentionAt(j))) j--;
  return j < first || v.tok(j)?.pos !== 'ADP';
}

/** Most tokens of the noun phrase a participle describes: "the annual Baltic summit". */
const DESCRIBED_NOUN_REACH = 6;

/** The verb whose object is the noun phrase right before the participle at i ("attend [the summit] hosted by"), or -1. */
function clauseVerbOfNoun(v: MeetingText, i: number, first: number): number {
  let j = i - 1;
  while (j >= first && i - j <= DESCRIBED_NOUN_REACH && !v.isVerb(j) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(v.tok(j)?.pos ?? '')) j--;
  return j >= first && j < i - 1 && v.isVerb(j) ? j : -1;
}

/** A word that starts a meeting cue (cueAt). */
const STARTS_CUE = 1;
/** A word of the phone adjunct's noun ("by phone", phoneAdjunct). */
const PHONE_NOUN = 2;
/** A noun of hospitality or a gerund of receiving a guest (thanksForWelcome). */
const HOSPITALITY_WORD = 4;
/** "who", which relativeSubjectList and withTheSpeaker start from. */
const WHO = 8;
/** "here", which hereWithSpeaker starts from ("to be here with X"). */
const HERE = 16;
/** A verb of opening something (jointOpening's OPENS). */
const OPENING_WORD = 32;
/** A verb of laying out an account (presenterOf's PRESENT). */
export const PRESENT_WORD = 64;
/** "counterpart", which counterpartNamedNext starts from. */
const COUNTERPART = 128;
/** A past verb of watching something done ("looked", "watched"), which lookersOn starts from. */
export const WATCH_WORD = 256;
/** A verb of reading out another's words ("read", "delivered"), which messageReader starts from. */
export const VOICE_WORD = 512;
/** "statement" or "statements", without which pressStatementMakers finds nothing. */
export const STATEMENT_WORD = 1024;

/**
 * Per word, the bits above that it carries, answered once per word of the process. A sentence
 * none of whose words carries a rule's bit gives that rule nothing to read, so the rule is not
 * run: most sentences name no meeting, and one pass over their words replaces a pass per rule.
 */
const WORD_CLASSES = new WordAnswers((lower: string): number =>
  (meetingLexicon().byFirstWord.get(lower) ? STARTS_CUE : 0)
  | (PHONE_NOUNS.test(lower) ? PHONE_NOUN : 0)
  | (HOSPITALITY.has(lower) || RECEIVING.has(lower) ? HOSPITALITY_WORD : 0)
  | (lower === 'who' ? WHO : 0)
  | (lower === 'here' ? HERE : 0)
  | (OPENS.test(lower) ? OPENING_WORD : 0)
  | (PRESENT.has(lower) ? PRESENT_WORD : 0)
  | (lower === 'counterpart' ? COUNTERPART : 0)
  | (WATCHED.has(lower) ? WATCH_WORD : 0)
  | (VOICED.test(lower) ? VOICE_WORD : 0)
  | (STATEMENT.test(lower) ? STATEMENT_WORD : 0));

/** Token i's bits (WORD_CLASSES); 0 past the last token. */
function wordClasses(v: MeetingText, i: number): number {
  return v.tok(i) ? WORD_CLASSES.get(v.wordId(i), v.lower(i)) : 0;
}

/**
 * The union of the bits of the words of sentence s, read once for all the rules of the sentence,
 * here and in the stage's loop (presenterOf): each rule whose bit is missing is skipped without
 * walking the sentence again.
 */
export function sentenceClasses(v: MeetingText, s: Sentence): number {
  let classes = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) classes |= wordClasses(v, i);
  return classes;
}

const NO_CLAUSES: ReadonlySet<number> = new Set();

/** Where a cue stands and what its sentence gives every reading of it. */
interface CueSite {
  readonly v: MeetingText;
  readonly s: Sentence;
  readonly cue: MeetingCue;
  /** The cue's first token and the token after its last. */
  readonly i: number;
  readonly end: number;
  /** The sentence's tokens [first, last). */
  readonly first: number;
  readonly last: number;
  /** Tokens of relative clauses, which the people before a verb are not looked for across. */
  readonly skip: ReadonlySet<number>;
  readonly passive: boolean;
  /** The meetings found before in the sentence. */
  readonly out: readonly MeetingDraft[];
  readonly rule: string;
}

/** What the words around one cue make of its meeting. */
interface CueReading {
  people: PersonRef[];
  reading: Reading | null;
  joinOnly: boolean;
  distinct: boolean;
  guest: boolean;
  agentUnsaid: boolean;
  partiesOwn: boolean;
  addressed: boolean;
  kind: MeetingKind;
  place: string | null;
  rule: string;
}

/** Adds the people of `more` to the end of `to`, in order. */
function appendAll(to: PersonRef[], more: readonly PersonRef[]): void {
  for (let k = 0; k < more.length; k++) to.push(more[k]!);
}

/** A cue's reading before its class's grammar has read anything: no people, its lexicon kind, its rule name. */
function emptyReading(site: CueSite): CueReading {
  return { people: [], reading: null, joinOnly: false, distinct: false, guest: false, agentUnsaid: false, partiesOwn: false, addressed: false, kind: site.cue.kind, place: null, rule: site.rule };
}

/**
 * The reading of one cue by its class, or null when its words report no meeting. One function
 * per class: each is compiled, and recompiled after a surprise, on its own, rather than the
 * grammar of every class at once.
 */
function readCue(site: CueSite): CueReading | null {
  // A switch rather than a table of functions: each call below has one callee, where a call through
  // the table would have ten and be slow to dispatch.
  switch (site.cue.cueClass) {
    case 'meet': return meetCue(site);
    case 'host': return hostCue(site);
    case 'report': return reportCue(site);
    case 'discuss': return discussCue(site);
    case 'attend': return attendCue(site);
    case 'by': return byCue(site);
    case 'join': return joinCue(site);
    case 'present': return presentCue(site);
    case 'noun': return nounCue(site);
    case 'summon': return summonCue(site);
  }
}

/** A verb of meeting ("met", "spoke with", "held talks"): its subject, object and "with" partners. */
function meetCue(site: CueSite): CueReading | null {
  const { v, s, cue, i, end, first, last, skip, passive } = site;
  const r = emptyReading(site);
  // "Speaking by phone with X, President Y thanked ...": an opening participle takes the main clause's subject.
  const opening = v.lower(i).endsWith('ing') && (i === first || v.tok(i - 1)?.pos === 'ADV') ? subjectAfterComma(v, end, last) : [];
  // Read once: the subject before the verb, the agent's partner when passive, and the clue to a "whom" object.
  const subject = peopleBefore(v, i, first, skip);
  let before = passive ? [] : [...subject, ...opening, ...companionsBetween(v, first, i)];
  // "Senator X led a delegation to Tallinn, where the group met with ...": a delegation meets with its leader.
  if (!passive && before.length === 0 && groupSubject(v, i, first)) before = groupLeader(v, i);
  // "A and B had reached consensus when they met in Astana": "they" in a clause of time stands for
  // the people of the clause it depends on, two or more of them.
  if (!passive && before.length === 0) before = theyOfMainClause(v, i, first, skip);
  // "Remarks by A after meeting with B": the authors a verbless heading names for what was said
  // after a meeting took part in it.
  if (!passive && before.length === 0 && TIME_OF_TALKS.test(v.lower(i - 1))) before = authorsOfSpeechBefore(v, i - 1, first);
  // "Ramaphosa will host Hichilema. The two leaders last met in August": the sides of the sentence before.
  if (!passive && before.length === 0 && sidesSubject(v, i, first)) before = sidesOfSentenceBefore(v, s);
  // "spoke highly of X", "talked about his friendship with Y": a verb of speech takes its partner
  // after "with" or "to" before any topic, never as an object.
  const speech = cue.form.startsWith('sp') || cue.form.startsWith('talk');
  // "Speaking to reporters in New York, Spokesperson X said": the partner of an opening participle is
  // inside its own clause, never the subject after the comma that closes it.
  const reach = opening.length > 0 ? openingClauseEnd(v, end, last) : last;
  let object = passive || speech ? [] : objectPeople(v, end, reach);
  // "met on 11 June in Geneva the Minister of ...": an object after adverbials of time and place.
  // "met, separately, A": so after a short aside set off by commas.
  const aside = passive || speech || object.length > 0 ? -1 : shortAsideEnd(v, end, reach);
  const shifted = passive || speech || object.length > 0 ? -1 : aside > end ? aside + 1 : shiftedObjectStart(v, end, reach);
  if (shifted > end) object = objectPeople(v, shifted, reach);
  const partner = speech && topicBefore(v, end, reach) ? -1 : complementAfter(v, end, reach, speech ? WITH_OR_TO : WITH);
  // "met X ahead of the talks between A and B": once the verb has its object, a "with" or "between" of
  // a definite event noun after it names that event's sides, which the noun's own reading records, not
  // the verb's partners ("met on the sidelines of the summit with Y" has no object, and Y is met).
  const complement = partner < 0 || (object.length > 0 && ownComplementOfEvent(v, partner, end)) ? [] : complementPeople(v, partner, reach, speech ? WITH_OR_TO : WITH);
  // "X has met every deadline", "met her commitments": a thing met, not a person; no one meets X.
  if (!passive && object.length + complement.length === 0 && thingMet(v, i, end, last)) return null;
  // "Minister X, whom Chancellor Y met in May,": the antecedent of "whom" is the one met.
  if (!passive && !speech && object.length === 0 && complement.length === 0) object = whomAntecedent(v, subject, first);
  // "accepted an invitation from Minister Y and met him there": the one person "him" or "her" can stand for.
  const pronoun = !passive && !speech && (object.length === 0 || pronounOnly(v, end, object)) && complement.length === 0 ? pronounObject(v, end, first, last, before) : null;
  if (pronoun) {
    object = pronoun.object;
    if (before.length === 0) before = pronoun.subject;
  }
  r.people = [...before, ...object, ...complement, ...(passive ? [...subject, ...byAgent(v, end, last)] : asDid(v, end, last))];
  r.reading = verbReading(v, i, first);
  for (let j = end; j < last && j - end < 8; j++) if (PHONE.test(v.lower(j))) r.kind = 'call';
  // "spoke to the press", "talked about trade": speech without a named partner is no meeting;
  // "Giorgia Meloni, whom I spoke to this morning": the partner is the antecedent of "whom".
  if (!cue.form.startsWith('me') && object.length + complement.length === 0 && !(WITH_OR_TO.has(v.lower(end)) && whomBefore(v, i, first)) && !withWhomBefore(v, i, first)) {
    // "X addressed the Forum, where Minister Y also spoke": one who speaks at the event a relative
    // clause of place names takes part in it with those the main clause puts there.
    if (!speech || passive || before.length === 0 || !inWhereClauseOfEvent(v, i, first, (j) => eventNoun(v, j))) return null;
    r.people = before;
    r.joinOnly = true;
  }
  r.place = placeAfter(v, end, last, PLACE_PREPS);
  return r;
}

/** Most tokens from a "with" back over the "of" phrase of a meeting noun to the noun: "the meeting [of President X] with". */
const OWN_COMPLEMENT_REACH = 8;

/**
 * Whether the preposition at w completes a definite event noun after the verb ending at `end`
 * ("met X before [the talks] between A and B", "ahead of [the meeting] of C with D"), not the verb itself.
 */
function ownComplementOfEvent(v: MeetingText, w: number, end: number): boolean {
  let n = w - 1;
  // "the meeting of President X with": back over the "of" phrase naming the meeting's first side.
  while (n > end && w - n <= OWN_COMPLEMENT_REACH && !eventNoun(v, n) && (v.lower(n) === 'of' || v.inNounPhrase(n))) n--;
  if (n <= end || !eventNoun(v, n) || (n < w - 1 && v.lower(n + 1) !== 'of')) return false;
  let d = n - 1;
  while (d > end && n - d <= 3 && (v.tok(d)?.pos === 'ADJ' || v.isCap(d))) d--;
  return /^(?:the|this|that|these|those)$/.test(v.lower(d));
}

/** Verbs of a journey to a place, with their preposition: "came to", "travelled to". */
const JOURNEY_TO = /^(?:come|comes|came|coming|travel|travels|travell?ed|travell?ing) to$/;
/** Most tokens from the place of a journey to the "with" naming a companion: "travelled to Ankara [on Monday] with X". */
const JOURNEY_COMPANION_REACH = 4;

/** Verbs of going round a place, whose "with" names those one goes round with: "visited", "toured". */
const VISITS_AROUND = /^(?:visit|tour)/;

/** Forms of "see", which may report a meeting ("saw the President on Monday") or what was seen. */
const SEEING = /^(?:see|sees|saw|seen|seeing)$/;
/** Most tokens of the object of a verb of seeing before the verb it does: "the two heads of state". */
const SEEN_REACH = 8;

/** Whether the object from k on is followed by a verb of its own: "[the two leaders] meet", "[ministers] signing". */
function seenDoing(v: MeetingText, k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < SEEN_REACH && (v.mentionAt(j) || /^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(v.tok(j)?.pos ?? '') || v.lower(j) === 'of')) {
    // "saw President X sign the accord": a common noun right after a name, with a determiner after
    // it, is no part of the name's noun phrase but a verb of the one named taking its own object.
    if (j > k && bareVerbAfterName(v, j)) return true;
    j++;
  }
  return j > k && j < last && v.tok(j)?.pos === 'VERB';
}

/** Determiners that open the object of a verb the tagger read as a noun: "sign [the] accord". */
const OBJECT_DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/;

/** Whether token j is a lower-case word read as a noun or adjective right after a named person and before a determiner. */
function bareVerbAfterName(v: MeetingText, j: number): boolean {
  const name = v.mentionAt(j - 1);
  return name !== undefined && name.type === 'person' && !v.mentionAt(j) && /^(?:NOUN|ADJ)$/.test(v.tok(j)?.pos ?? '') && !v.isCap(j) && OBJECT_DETERMINER.test(v.lower(j + 1));
}

/** Titles of envoys, whom a government summons to hear its protest: "Ambassador", "Chargé d'Affaires". */
const ENVOY_TITLE = /\b(?:ambassador|envoy|charg[eé] d'affaires|charg[eé]|consul|consul-general|nuncio|high commissioner|attach[eé])\b/i;
/** Offices a government summons an envoy to: "the Foreign Office", "the Ministry of Foreign Affairs", "the State Department". */
const SUMMONING_OFFICE = /^(?:(?:[a-z]+ )*ministry\b.*|(?:[a-z]+ )*foreign (?:and [a-z]+ )?office|state department|department of state|foreign ministry|chancellery)$/;
/** Most tokens after the verb to the "to" of the office an envoy is summoned to. */
const SUMMONED_TO_REACH = 12;

/** Whether a "to" phrase naming a foreign ministry or like office follows the verb within reach: "summoned [X] to the Foreign Office". */
function summonedToOffice(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < SUMMONED_TO_REACH; j++) {
    const l = v.lower(j);
    if (l === '.' || l === ';') return false;
    if (l !== 'to') continue;
    let a = j + 1;
    if (/^(?:the|his|her|its|their)$/.test(v.lower(a))) a++;
    const words: string[] = [];
    for (let b = a; b < last && b - a < 6 && /^[\p{L}'-]+$/u.test(v.lower(b)) && (v.isCap(b) || /^(?:of|and|for)$/.test(v.lower(b))); b++) words.push(v.lower(b));
    if (words.length > 0 && SUMMONING_OFFICE.test(words.join(' '))) return true;
  }
  return false;
}

/** Verbs of receiving something from a person: "received a note from X", "accepted the protest from Y". */
const RECEIVES_FROM = /^(?:received|receives|accepted|accepts|took|takes|heard|hears)$/;
const FROM = new Set(['from']);

/** "[the envoy, summoned ...,] received a note of protest from Deputy Minister Y": the one the main clause's verb of receiving takes from. */
function giverInMainClause(v: MeetingText, k: number, last: number): PersonRef[] {
  if (!RECEIVES_FROM.test(v.lower(k))) return [];
  const w = complementAfter(v, k + 1, last, FROM, 10);
  return w < 0 ? [] : peopleAfter(v, w + 1, last).people;
}

/**
 * "The Foreign Secretary summoned the Russian Ambassador, X, to the Foreign Office", "Ambassador X
 * was summoned to the Ministry of Foreign Affairs by Deputy Minister Y": a summons answered is a
 * meeting of the one who summons (or receives the envoy) and the one summoned. Only a summoned
 * envoy or a summons to a ministry makes one: "summoned the courage", "a witness summoned by the
 * court", "X was summoned for questioning by the police" meet no one.
 */
function summonCue(site: CueSite): CueReading | null {
  const { v, i, end, first, last, skip, passive } = site;
  const r = emptyReading(site);
  // "The Ambassador, X, summoned to the Foreign Ministry on Tuesday, was handed a note by Deputy
  // Minister Y": a participle aside is a passive without its auxiliary, about the person before it;
  // only a summons to a ministry makes it one ("Ambassador X, summoned home for consultations," meets no
  // one), and the one who summons is the agent of the main clause after the aside, if it names one.
  const aside = passive ? null : personOfParticipleAside(v, i, first, last);
  if (aside) {
    if (!summonedToOffice(v, end, last)) return null;
    r.people = [aside.person, ...byAgent(v, end, last), ...(aside.close > 0 ? [...byAgent(v, aside.close + 1, last), ...giverInMainClause(v, aside.close + 1, last)] : [])];
    r.reading = verbReading(v, i, first);
    return r;
  }
  const summoned = passive ? peopleBefore(v, i, first, skip) : objectPeople(v, end, last);
  if (summoned.length === 0) return null;
  if (!summoned.some((p) => ENVOY_TITLE.test(p.actor.title ?? '')) && !summonedToOffice(v, end, last)) return null;
  const agents = passive ? byAgent(v, end, last) : [];
  r.people = passive ? [...summoned, ...(agents.length > 0 ? agents : whereSubject(v, end, last))] : [...peopleBefore(v, i, first, skip), ...summoned];
  r.reading = verbReading(v, i, first);
  return r;
}

const WHERE = new Set(['where']);

/**
 * "X was summoned to the Ministry of Foreign Affairs on Monday, where State Secretary Y conveyed ...":
 * the one who acts at the ministry, named as the subject of the relative clause on the place, is who
 * received the envoy. Only after a summons to a ministry, and only a person right after "where", its
 * office aside, with a verb after the name ("where the Ambassador of Y was also waiting" names no host).
 */
function whereSubject(v: MeetingText, k: number, last: number): PersonRef[] {
  if (!summonedToOffice(v, k, last)) return [];
  const w = complementAfter(v, k, last, WHERE, 16);
  if (w < 0 || v.lower(w - 1) !== ',') return [];
  for (let j = w + 1; j < last && j - w <= 5; j++) {
    const m = v.mentionAt(j);
    const p = m ? v.person(m) : null;
    if (m && p) {
      const after = v.tok(v.tokenRange(m)[1]);
      return after && after.pos === 'VERB' ? [p] : [];
    }
    if (!v.isCap(j)) return [];
  }
  return [];
}

/** A verb of hosting or visiting ("received", "welcomed", "visited"): the host and the guest or place. */
function hostCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, last, passive } = site;
  // "X showed Y around the plant", "X guided Y through the exhibition": showing a person round a
  // place is a visit of both; "showed Y the plans" or "the figures showed a rise" tells of none.
  // "Y was guided through the exhibition by X": the passive, with both named, is the same visit.
  const guide = GUIDES.test(v.lower(i));
  if (guide && !(passive ? guidedRoundPassive(v, end) : guidedRound(v, end, last))) return null;
  // "X, visiting Lima, told reporters": a visit in an aside of one who only speaks is background (backgroundVisit).
  if (cue.kind === 'visit' && !passive && participleAsideOfSpeaker(v, i, end, last)) return null;
  // "I was glad to see the two leaders meet", "saw ministers sign the accord": a verb of seeing whose
  // object has a verb of its own reports what was seen, not a visit to the one seen.
  if (!passive && SEEING.test(v.lower(i)) && seenDoing(v, end, last)) return null;
  if (passive) return passiveHost(site, guide);
  if (JOURNEY_TO.test(cue.form)) return journeyTo(site);
  return activeHost(site);
}

/** "The conference was hosted by X", "Y was received by X": the subject and the agent after "by". */
function passiveHost(site: CueSite, guide: boolean): CueReading | null {
  const { v, i, end, first, last, skip } = site;
  const r = emptyReading(site);
  const subject = peopleBefore(v, i, first, skip);
  // "The statement was welcomed by X": what is welcomed or received when no one is named is a thing, no guest.
  if (subject.length === 0 && thingSubject(v, i, first)) return null;
  // "Their meeting was welcomed by Secretary-General X": a meeting welcomed is news one approves of,
  // no guest greeted ("the conference was hosted by X" keeps its host).
  if (subject.length === 0 && WELCOMES.test(v.lower(i)) && eventSubject(v, i, first)) return null;
  r.people = [...subject, ...byAgent(v, end, last)];
  if (guide && (subject.length === 0 || r.people.length < 2)) return null;
  return finishHostReading(site, r);
}

/**
 * "came to Lisbon", "since X travelled to Accra in 2003": a journey to a place is a visit of
 * the traveller alone, and only to a place ("came to power", "came to the conclusion" go nowhere).
 */
function journeyTo(site: CueSite): CueReading | null {
  const { v, i, end, first, last, skip } = site;
  const m = v.mentionAt(end) ?? (v.lower(end) === 'the' ? v.mentionAt(end + 1) : undefined);
  if (!m || m.type !== 'place' || m.form === 'demonym') return null;
  const r = emptyReading(site);
  r.people = peopleBefore(v, i, first, skip);
  r.place = m.actor;
  // "travelled to Ankara with Commissioner X": one who goes with the traveller is on the visit too.
  r.people.push(...withPeople(v, v.tokenRange(m)[1], last, ONLY_WITH, JOURNEY_COMPANION_REACH));
  return finishHostReading(site, r);
}

/** The people an active verb of hosting takes as its object, and its subject when read on the way. */
interface HostObject {
  readonly object: PersonRef[];
  /** The subject before the verb, when a step needed it; null when not read yet. */
  readonly subject: PersonRef[] | null;
  /** Where the object was looked for: after "on" in "called on the President". */
  readonly objectStart: number;
  /** The object is a guest noun with no name ("hosted her guest"). */
  readonly unnamedGuest: boolean;
}

/** "X received Y", "X welcomed Y to Z", "X visited Z": the host or visitor and the one received or the place. */
function activeHost(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip } = site;
  // "In a statement, X welcomed Ambassador Y to the province": a welcome in writing greets no guest.
  if (WELCOMES.test(v.lower(i)) && welcomeInWriting(v, i, first)) return null;
  // "called for the release of detainees, including X": to call for something is to demand it;
  // no one is called, whoever the demand names.
  if (cue.kind === 'call' && v.lower(end) === 'for') return null;
  const r = emptyReading(site);
  const found = hostObject(site);
  const { object, objectStart } = found;
  let subject = found.subject;
  if (found.unnamedGuest) r.guest = true;
  if (object.length === 0) {
    const event = hostWithoutGuest(site, r, subject, objectStart);
    if (event !== undefined) return event;
  }
  // "Chancellor X called me", "when X visited us": "me" and "us" are the speaker, whom the quotation
  // or turn the words stand in names (see transcript.ts).
  const firstPersonObject = object.length === 0 && /^(?:me|us)$/.test(v.lower(objectStart));
  if (object.length === 0 && cue.kind !== 'visit' && !peopleNoun(v, objectStart, last) && !r.guest && !firstPersonObject) return null;
  if (object.length === 0 && cue.kind === 'meeting' && shelteredGroupAt(v, objectStart, last)) return null;
  const after = peopleAfter(v, objectStart, last).end;
  if (objectStart > end && v.lower(after) === 'to' && v.isVerb(after + 1)) return null;
  subject ??= peopleBefore(v, i, first, skip);
  // "Welcoming President X to the Kremlin, President Y said ...": a participle of hosting that opens
  // the sentence has no subject of its own; the main clause's subject after its comma is the host.
  if (subject.length === 0 && object.length > 0 && v.lower(i).endsWith('ing') && (i === first || v.tok(i - 1)?.pos === 'ADV')) subject = subjectAfterComma(v, end, last);
  // "The orchestra toured Asia with conductor X": a visit whose subject is a thing or a
  // company, not a person, is a tour of performances, and those it travels with meet no one.
  if (cue.kind === 'visit' && VISITS_AROUND.test(cue.form) && subject.length === 0 && thingSubject(v, i, first)) return null;
  r.people = [...subject, ...object];
  // "Xi told visiting Prime Minister X that ...": one who speaks to, or acts on, a visitor present meets them.
  if (v.lower(i) === 'visiting' && object.length > 0 && r.people.length === object.length) r.people.push(...verbSubjectBeforeModifier(v, i, first, skip));
  const companions = visitCompanions(site, r, subject, object);
  // "visited Astana at the invitation of President X": the one who invited is the host.
  if (cue.kind === 'visit' && cue.form.startsWith('visit')) r.people.push(...invitingHost(v, first, last));
  if (cue.kind === 'visit' && object.length === 0 && !visitWithoutObject(site, r, companions, firstPersonObject)) return null;
  // "welcomed X to Washington": a visit; "welcomed X" alone a meeting.
  if (cue.form.startsWith('welcom')) {
    r.place = placeAfter(v, end, last, ONLY_TO);
    r.kind = r.place ? 'visit' : 'meeting';
  }
  return finishHostReading(site, r);
}

/** The object of an active verb of hosting: the people after it, or those a pronoun, "whom" or a guest noun stands for. */
function hostObject(site: CueSite): HostObject {
  const { v, s, cue, i, end, first, last, skip } = site;
  let objectStart = end;
  // "called on the President" (a courtesy call) unless a "to"-infinitive follows (a request).
  if (/^(?:on|upon)$/.test(v.lower(end)) && cue.kind === 'call') objectStart = end + 1;
  let object = objectPeople(v, objectStart, last);
  // "received on Monday in Rabat the Minister of ...": an object after adverbials of time and place.
  // "received, in turn, A and B", "met, separately, C": an adverbial set off by commas before the object.
  const aside = object.length === 0 ? shortAsideEnd(v, objectStart, last) : -1;
  const shifted = object.length === 0 ? (aside > objectStart ? aside + 1 : shiftedObjectStart(v, objectStart, last, WELCOMES.test(v.lower(i)))) : -1;
  if (shifted > objectStart) object = objectPeople(v, shifted, last);
  // "Dear Minister X, ..., it is an honour to welcome you": "you" is the one the speech addresses.
  if (object.length === 0 && v.lower(objectStart) === 'you') object.push(...vocative(v, s));
  // "Minister X, whom Chancellor Y had received in May,": the antecedent of "whom" is the object.
  // The subject before the verb, read here only when needed and kept for the people below.
  let subject: PersonRef[] | null = null;
  if (object.length === 0) object.push(...whomAntecedent(v, (subject = peopleBefore(v, i, first, skip)), first));
  // "accepted an invitation from Minister Y and received him": the one person "him" or "her" can stand for.
  // A verb coordinated after a long clause ("X had received a letter from Y, ..., and called on him") shares the main clause's subject.
  const pronoun = object.length === 0 || pronounOnly(v, objectStart, object) ? pronounObject(v, objectStart, first, last, (subject ??= peopleBefore(v, i, first, skip))) : null;
  if (pronoun) {
    object.length = 0;
    object.push(...pronoun.object);
    subject = pronoun.subject;
  }
  // "hosted her guest, Prime Minister X,": the guest named after the noun is the object; unnamed, the visitor told of before.
  const guestNoun = object.length === 0 ? guestEnd(v, objectStart, last) : -1;
  if (guestNoun >= 0) object.push(...namedGuest(v, guestNoun, last));
  return { object, subject, objectStart, unnamedGuest: guestNoun >= 0 && object.length === 0 };
}

/**
 * A verb of hosting with no person as its object: a thing handed to someone, or an event hosted.
 * The reading when one of them is told of, null when the words report no meeting, undefined to read on.
 */
function hostWithoutGuest(site: CueSite, r: CueReading, subject: PersonRef[] | null, objectStart: number): CueReading | null | undefined {
  const { v, cue, i, end, first, last, skip } = site;
  // "handed the letter to President X", "handed a message from A to B": a thing given to a person
  // by hand brings the giver and that person together (the sender named after "from" stays away).
  const givenTo = GIVES_BY_HAND.test(v.lower(i)) ? presentedTo(v, i, end, first, last, skip) : null;
  if (givenTo) {
    r.people = givenTo;
    r.reading = verbReading(v, i, first);
    r.addressed = fromBeforeTo(v, end, last);
    return r;
  }
  // "hosted a conference on Europe", "hosts the forum": the host of an event is at it, as one
  // who co-hosts it is; "hosted the regular press conference" gives no meeting.
  if (cue.kind === 'meeting' && /^host/.test(v.lower(i)) && hostedEvent(v, objectStart, last)) {
    r.people = subject ?? peopleBefore(v, i, first, skip);
    if (r.people.length === 0) return null;
    r.reading = verbReading(v, i, first);
    r.place = placeAfter(v, end, last, PLACE_PREPS);
    return r;
  }
  return undefined;
}

/**
 * "toured the port with Managing Director X": the one the visitor goes round with is met; adds those
 * who go along to the reading's people and returns the companions named with "with" or alongside.
 */
function visitCompanions(site: CueSite, r: CueReading, subject: PersonRef[], object: PersonRef[]): PersonRef[] {
  const { v, cue, i, end, first, last } = site;
  // Only a verb of visiting: "welcomed President X's meeting with Y" names no companion.
  // "toured the wards, alongside chief doctor X": a companion set off by a comma goes round too.
  const companions = cue.kind === 'visit' && VISITS_AROUND.test(cue.form)
    ? [...withPeople(v, end, last, ONLY_WITH, 12), ...companionsAfter(v, end, last)] : [];
  // "Yesterday, together with my Swedish colleague X, I visited ...": a companion named before the subject goes too.
  companions.push(...companionsBetween(v, first, i));
  // "visited a research centre together with Estonian Minister of Education X": on a tour of a site, a
  // companion whose title names the visitor's own country goes in the visiting party and meets no one.
  const along = [...companions, ...coSubjects(v, end, last)];
  if (cue.kind === 'visit' && object.length === 0 && !v.mentionAt(end) && !v.mentionAt(end + 1)) {
    const party = along.filter((c) => ownSideCompanion(v, c, subject, first));
    for (const c of party) {
      along.splice(along.indexOf(c), 1);
      if (companions.includes(c)) companions.splice(companions.indexOf(c), 1);
    }
  }
  r.people.push(...along);
  return companions;
}

/** A visit with no person as its object: to a place, a place the text names, or an event; false when it tells of none. */
function visitWithoutObject(site: CueSite, r: CueReading, companions: PersonRef[], firstPersonObject: boolean): boolean {
  const { v, cue, end, last } = site;
  // "welcomed President X's meeting": a person right after the verb who is no object is a possessor.
  if (companions.length === 0 && (v.person(v.mentionAt(end)) || v.person(v.mentionAt(end + 1)))) return false;
  // "visited Herat", "will visit Lanport": a visit to a place, with the visitor alone.
  const m = v.mentionAt(end) ?? v.mentionAt(end + 1);
  if (m && m.type === 'place') r.place = m.actor;
  // "visited the region in May", "has visited your region", "visited our country": a common noun of
  // place after a determiner stands for a place the text or its speaker names, and is visited as it is.
  else if (cue.form.startsWith('visit') && anaphoricPlace(v, end)) r.kind = 'visit';
  // "visited the conference in Geneva", "toured the forum": to visit an event is to attend it.
  else if (VISITS_AROUND.test(cue.form) && visitedEventAt(v, end, last)) r.kind = 'meeting';
  // "welcomed a trade delegation led by X": a travelling party received is met, though no one is named yet.
  // "A and B visited a solar plant": two or more who visit together are together there.
  else if (!firstPersonObject && !v.isCap(end) && !(v.lower(end) === 'the' && v.isCap(end + 1)) && companions.length === 0 && !partyAfter(v, end, last)
    && !(cue.form.startsWith('visit') && r.people.length >= 2)) return false;
  return true;
}

/** The reading of a verb of hosting, and the place named after it when no step has set one. */
function finishHostReading(site: CueSite, r: CueReading): CueReading {
  const { v, i, end, first, last, passive } = site;
  r.reading = verbReading(v, i, first);
  // "invited him to attend the summit hosted by X": a participle with no auxiliary describes the
  // noun before it, and what is still to come for the clause's verb is still to come for it.
  if (passive && !isPassive(v, i, first)) {
    const clause = clauseVerbOfNoun(v, i, first);
    const clauseReading = clause >= 0 ? verbReading(v, clause, first) : null;
    if (clauseReading === 'planned' || clauseReading === 'negated') r.reading = clauseReading;
    else if (awaitedEventBefore(v, i, first) || clauseAheadBefore(v, i, first)) r.reading = 'planned';
  }
  r.place ??= placeAfter(v, end, last, PLACE_PREPS);
  return r;
}

/** Event nouns that name a body or a stage of talks rather than an occasion one may visit: "the group", "the round". */
const NOT_VISITED_EVENT = /^(?:group|round)$/;

/**
 * At k, a definite event named by a common noun, past its article and adjectives: "the conference",
 * "the annual forum". A noun after it makes the event noun a modifier of a site ("the conference hall").
 */
function visitedEventAt(v: MeetingText, k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < 4 && /^(?:DET|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) j++;
  if (j === k || j >= last || !eventNoun(v, j) || BODY_NOUNS.test(v.lower(j)) || NOT_VISITED_EVENT.test(v.lower(j))) return false;
  return !/^(?:NOUN|PROPN)$/.test(v.tok(j + 1)?.pos ?? '') && !v.mentionAt(j);
}

/** Most words of a companion's title before the name, back to the word that introduces the companion. */
const MAX_COMPANION_TITLE = 8;

/**
 * Whether the companion's title, before the name, holds a demonym ("Estonian Minister of Education
 * X") and the companion is of the same country as one of the subjects: one of the visiting party.
 */
function ownSideCompanion(v: MeetingText, c: PersonRef, subject: readonly PersonRef[], first: number): boolean {
  const country = c.actor.country;
  if (!country || !subject.some((p) => p.actor.country === country)) return false;
  const [start] = v.tokenRange(c.mention);
  for (let g = start; g > first && start - g <= MAX_COMPANION_TITLE; g--) {
    const m = v.mentionAt(g);
    if (m && m.type === 'place' && m.form === 'demonym') return true;
    if (/^(?:with|together|alongside|and|,|;)$/.test(v.lower(g))) return false;
  }
  return false;
}

/** "the participants", "the attendees", "those present" at k: the people of the meeting told of, as an object. */
function meetingAudienceAt(v: MeetingText, k: number): boolean {
  if (v.lower(k) === 'those' && v.lower(k + 1) === 'present') return true;
  // "the participants of the programme" are of something else than a meeting.
  return v.lower(k) === 'the' && /^(?:participants|attendees)$/.test(v.lower(k + 1)) && v.lower(k + 2) !== 'of';
}

/** Plural nouns of those who sit at a meeting: "the leaders", "his counterparts", "the delegates". */
const MEETING_PEOPLE = /^(?:leaders|counterparts|delegates|delegations|heads)$/;
/** Plural nouns of those who sit together at a meeting of allies, named with no article: "briefed allies", "briefed fellow ministers". */
const BARE_MEETING_PEOPLE = /^(?:allies|ministers|counterparts|colleagues)$/;

/**
 * "the leaders", "his counterparts", "the heads of state" at k: a definite plural of people who meet.
 * "the leaders of the opposition" names others by its "of"; only "heads" takes one ("of state").
 * "briefed allies on the situation", "briefed fellow ministers": with no article, the plural of those
 * who sit at a meeting of partners ("allies", "ministers") points back to such a meeting too.
 */
function meetingPeopleAt(v: MeetingText, k: number): boolean {
  if (!/^(?:the|his|her|their|these|those)$/.test(v.lower(k))) {
    const noun = v.lower(k) === 'fellow' ? k + 1 : k;
    return BARE_MEETING_PEOPLE.test(v.lower(noun)) && !v.isCap(noun) && v.lower(noun + 1) !== 'of' && !v.mentionAt(noun + 1);
  }
  const noun = v.lower(k + 1);
  if (!MEETING_PEOPLE.test(noun)) return false;
  if (noun === 'heads') return v.lower(k + 2) === 'of' && /^(?:state|government|delegation|delegations)$/.test(v.lower(k + 3));
  return v.lower(k + 2) !== 'of';
}

/** A verb of briefing ("briefed", "informed"): the one who briefs and the one briefed. */
function reportCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip, passive } = site;
  const r = emptyReading(site);
  r.reading = verbReading(v, i, first);
  if (passive) {
    // "The Head of State was briefed by the Minister on ...": both take part; with no one
    // named after "by", the one briefed takes part in the meeting being reported.
    const agent = byAgent(v, end, last);
    const briefed = peopleBefore(v, i, first, skip);
    r.people = [...briefed, ...agent];
    if (r.people.length === 0) return null;
    r.joinOnly = agent.length === 0;
    // "The press was briefed by spokesperson X": one who briefs the press meets no party.
    // "The heads of state were briefed by Minister X": one who briefs those of the meeting being
    // reported, named by no name, joins it.
    if (briefed.length === 0) {
      if (pressBefore(v, first, i)) return null;
      r.joinOnly = true;
    }
    // "Minister X had been briefed on the floods": one briefed before the meeting narrated is not at it.
    if (r.joinOnly && pastPerfect(v, i, first)) return null;
    return r;
  }
  const object = objectPeople(v, end, last);
  // "Deputy Minister X informed the guests about the demining": one who briefs the visitors told of
  // joins the meeting held with them.
  // "A and B briefed the participants on inflation": those who brief the meeting's own people join it.
  // Before the meeting being narrated ("had briefed the guests", "had briefed his counterparts"), the
  // one who briefs joins none: the past perfect places the briefing earlier (pastPerfect).
  const earlier = pastPerfect(v, i, first);
  if (object.length === 0 && (guestAt(v, end, last) || meetingAudienceAt(v, end))) {
    if (earlier) return null;
    r.people = peopleBefore(v, i, first, skip);
    if (r.people.length === 0) return null;
    r.joinOnly = true;
    return r;
  }
  // "X briefed the leaders on the exercises", "briefed his counterparts": a plural noun of those who
  // meet, made definite by "the" or a possessive, points back to the people of a meeting told before;
  // the one who briefs joins it. With no such meeting it refers to no one, so it opens none ("join:").
  if (object.length === 0 && meetingPeopleAt(v, end)) {
    if (earlier) return null;
    r.people = peopleBefore(v, i, first, skip);
    if (r.people.length === 0) return null;
    r.joinOnly = true;
    r.rule = `join:${cue.form}-the-group`;
    return r;
  }
  // "Deputy Prime Minister X reported to the Prime Minister on the harvest": an office for object is
  // someone there, though the text names the holder nowhere; the one who reports takes part all the
  // same. The report needs its topic: "X reports to the Prime Minister" says only whom X answers to.
  if (object.length === 0 && !officeOnlyAt(v, end, last)) return null;
  r.people = [...peopleBefore(v, i, first, skip), ...object];
  return r.people.length > 0 ? r : null;
}

/**
 * At k, "the" and an office no name or reading resolves to a person ("the Prime Minister", "the
 * Governor"), followed by the topic of a report ("on", "about", "that").
 */
function officeOnlyAt(v: MeetingText, k: number, last: number): boolean {
  const j = v.lower(k) === 'the' ? k + 1 : k;
  const m = j < last ? v.mentionAt(j) : undefined;
  if (!(m !== undefined && m.type === 'person' && m.form === 'title' && !v.person(m))) return false;
  const after = v.tokenRange(m)[1];
  return after < last && /^(?:on|about|that)$/.test(v.lower(after));
}

/** Most tokens of the sentence before looked through for the document a pronoun stands for. */
const PRONOUN_ANTECEDENT_REACH = 12;

/** A verb of discussion or signing ("discussed", "signed"): two or more sides, or the speaker and one. */
function discussCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip, passive, out } = site;
  const r = emptyReading(site);
  // "A and B signed a memorandum", "witnessed the exchange of documents": a signing or an exchange is a ceremony only of a document the
  // parties agree on; "A and B signed a letter to the Secretary" is no meeting.
  // "A memorandum on ports was agreed. It was signed by A and B": a pronoun opening the sentence as the
  // passive's subject stands for a document named among the last words of the sentence before.
  const pronounSubject = passive && /^(?:it|they)$/.test(v.lower(first)) && i - first <= 3;
  if (cue.kind === 'ceremony' && !/^witness.* signing$/.test(cue.form) && !agreementNear(v, passive ? Math.max(first, i - 8) : end, passive ? i : Math.min(last, end + 8))
    && !(pronounSubject && agreementNear(v, Math.max(0, first - PRONOUN_ANTECEDENT_REACH), first))) return null;
  // "A and B exchanged letters on the treaty's anniversary" may be done at a distance; the passive
  // "documents were exchanged" reports the ceremony of handing them over.
  if (cue.form === 'exchanged' && !passive) return null;
  if (cue.kind === 'ceremony' && passive) {
    // "the 1973 treaty signed by Presidents A and B": a participle with no auxiliary after the
    // document's noun names who signed it, whenever that was, as one of its properties; the text
    // reports a signing itself with a finite verb ("the agreement was signed by A and B").
    if (!isPassive(v, i, first)) return null;
    // "Several documents were signed, including a memorandum on ports signed by A and B": with no
    // agent of its own, the finite passive reports the signing, and a participle of signing on each
    // document it goes on to list names who signed that one there.
    r.people = v.lower(end) === 'by' ? byAgent(v, end, last) : signersOfListedDocuments(v, end, last);
    if (r.people.length < 2) return null;
    r.reading = participleReading(v, i, first, out);
    r.place = placeAfter(v, v.tokenRange(r.people[r.people.length - 1]!.mention)[1], last, PLACE_PREPS);
    return r;
  }
  // "A possible meeting between A and B was discussed", "Their visit was also discussed": the subject
  // of a passive verb of discussion is what was discussed, not who discussed it.
  // "Trade was discussed by A and B": the agents of the passive are the ones who discussed ("was
  // discussed between A and B" names them in the complement read below).
  const subject = !cue.form.includes(' ') && isPassive(v, i, first) ? (v.lower(end) === 'by' ? byAgent(v, end, last) : []) : peopleBefore(v, i, first, skip);
  // "exchanged views on the upcoming talks between A and B": "between" right after a meeting
  // noun is that meeting's, the topic, not the discussion's.
  const w = complementAfter(v, end, last, WITH, 20);
  // "reviewed the memorandum between A and B", "discussed relations between A and B": after a noun of
  // any kind "between" is that noun's complement; only right after the verb is it the discussion's.
  const between = w >= 0 && v.lower(w) === 'between' && (eventNoun(v, w - 1) || nounBetweenVerbAnd(v, end, w));
  // "to discuss the upcoming meeting of A with B": "with" after a meeting noun's own "of" phrase of
  // people is that meeting's second party, a topic, not one the discussion is held with.
  const complement = between || (w >= 0 && v.lower(w) === 'with' && withAfterMeetingOf(v, end, w)) ? [] : complementPeople(v, w, last, WITH);
  // "X witnessed the signing of the agreement by Ministers A and B": those who sign before the witness are at the ceremony.
  const witness = /^witness/.test(cue.form);
  if (witness) complement.push(...withPeople(v, end, last, BY, 12));
  // "witnessed the exchange of agreements signed by A and B", "... of documents, which were signed by
  // A and B": a participle or relative clause of signing on the document names its signers.
  if (witness && complement.length === 0) complement.push(...signersOfDocument(v, end, last));
  // "I discussed this with Secretary X", "Minister Y and I discussed": the speaker is one side, named or not.
  const speaker = firstPersonSubject(v, i, first) ? 1 : 0;
  if (subject.length + complement.length + speaker < 2 || subject.length + complement.length === 0) return null;
  r.people = [...subject, ...complement];
  r.reading = verbReading(v, i, first);
  // "A and B signed a memorandum in Astana": a signing together is held where it is said to be.
  if (cue.kind === 'ceremony') r.place = placeAfter(v, end, last, PLACE_PREPS);
  return r;
}

/** Participles of signing a document, after it: "the agreements signed by". */
const SIGNED_PARTICIPLE = /^(?:signed|co-signed|initialled|initialed)$/;
/** Most tokens from the end of a verb of witnessing to the participle of signing: "the exchange of twelve agreements between the two firms, which were signed". */
const SIGNERS_REACH = 14;

/**
 * The signers a participle or relative clause of signing names after the document witnessed, from
 * k: "of agreements signed by A and B", "of documents, which were signed by A and B". A finite verb
 * of another clause, a semicolon or a full stop ends the search.
 */
function signersOfDocument(v: MeetingText, k: number, last: number): PersonRef[] {
  for (let j = k; j < last && j - k <= SIGNERS_REACH; j++) {
    const l = v.lower(j);
    if (SIGNED_PARTICIPLE.test(l) && v.lower(j + 1) === 'by') return peopleAfter(v, j + 2, last).people;
    if (SIGNED_PARTICIPLE.test(l) && behalfBy(v, j + 1, last) >= 0) return signersForSides(v, j + 1, last);
    if (l === ';' || l === '.') return [];
    if (/^(?:which|that)$/.test(l) && /^(?:was|were|had|have|has)$/.test(v.lower(j + 1))) continue;
    if (l === 'including') continue;
    if (v.isVerb(j) && !/^(?:was|were|been|had|have|has)$/.test(l) && !SIGNED_PARTICIPLE.test(l)) return [];
  }
  return [];
}

/**
 * The signers the participles of signing name on the documents listed from k, one item after another
 * when semicolons part them: "including a memorandum signed by A and B", ": an agreement on visas,
 * signed by A and B; a memorandum on energy, signed by C and D".
 */
function signersOfListedDocuments(v: MeetingText, k: number, last: number): PersonRef[] {
  const out: PersonRef[] = [];
  for (let j = k; j < last; j++) {
    out.push(...signersOfDocument(v, j, last));
    while (j < last && v.lower(j) !== ';') j++;
  }
  return out;
}

/** Most tokens of the side a signer signs for: "on behalf of the Qatari side", "on behalf of the Government of Guatemala". */
const BEHALF_REACH = 8;
/** Most tokens of one side's signer, office and styles included: "HE Minister of State at the Ministry of Foreign Affairs Dr. X". */
const SIDE_SIGNER_REACH = 24;

/**
 * "on behalf of the Qatari side by": the token after "by" when a phrase of the side signed for opens
 * at k and "by" closes it, or -1. No verb or comma stands between.
 */
function behalfBy(v: MeetingText, k: number, last: number): number {
  if (v.lower(k) !== 'on' || v.lower(k + 1) !== 'behalf' || v.lower(k + 2) !== 'of') return -1;
  for (let j = k + 3; j < last && j - k <= BEHALF_REACH; j++) {
    if (v.lower(j) === 'by') return j + 1;
    if (v.lower(j) === ',' || v.isVerb(j)) return -1;
  }
  return -1;
}

/**
 * "signed on behalf of the Qatari side by A and on behalf of the Guatemalan side by B": each side's
 * signer, read after its "by", the sides joined by "and".
 */
function signersForSides(v: MeetingText, k: number, last: number): PersonRef[] {
  const signers: PersonRef[] = [];
  for (let by = behalfBy(v, k, last); by >= 0;) {
    // The side's signer ends where "and on behalf of" opens the next side, or the clause ends.
    let stop = last;
    let next = -1;
    for (let j = by; j < last && j - by <= SIDE_SIGNER_REACH; j++) {
      const l = v.lower(j);
      if (l === ';' || l === '.') {
        stop = j;
        break;
      }
      if (l === 'and' && behalfBy(v, j + 1, last) >= 0) {
        stop = j;
        next = behalfBy(v, j + 1, last);
        break;
      }
    }
    signers.push(...peopleAfter(v, by, stop).people);
    by = next;
  }
  return signers;
}

/**
 * Whether a noun phrase opened by a determiner stands between the verb's end and token w:
 * "reviewed [the memorandum] between", "discussed [their relations] between" ("discussed in detail
 * between" has none).
 */
/** Most tokens of a common noun phrase of people after a meeting noun's "of": "of the two heads of state". */
const MEETING_OF_REACH = 5;

/**
 * Whether the "with" at w follows a meeting noun's "of" phrase of people, after the verb ending at
 * `end`: "discussed [the meeting of President A] with B", "[the meeting of the leaders] with B".
 * Only a person with the office, or a short noun phrase, stands between "of" and "with".
 */
export function withAfterMeetingOf(v: MeetingText, end: number, w: number): boolean {
  const m = v.mentionAt(w - 1);
  let k = w;
  if (m && v.person(m)) k = officePhraseStart(v, v.tokenRange(m)[0], end);
  else while (k - 1 > end && w - k < MEETING_OF_REACH && /^(?:DET|NUM|ADJ|NOUN)$/.test(v.tok(k - 1)?.pos ?? '') && !eventNoun(v, k - 1)) k--;
  if (k === w) return false;
  if (v.lower(k - 1) === 'the') k--;
  return k - 2 >= end && v.lower(k - 1) === 'of' && eventNoun(v, k - 2);
}

function nounBetweenVerbAnd(v: MeetingText, end: number, w: number): boolean {
  let determiner = false;
  for (let j = end; j < w; j++) {
    if (v.tok(j)?.pos === 'DET' || /^(?:their|its|his|her|our)$/.test(v.lower(j))) determiner = true;
    else if (determiner && /^(?:NOUN|PROPN)$/.test(v.tok(j)?.pos ?? '')) return true;
  }
  return false;
}

/** Plain words for a meeting, which after "the" refer back to one already told of: "the meeting", "the talks". */
const THE_MEETING = /^(?:meeting|talks|discussion|discussions|conversation|consultations|negotiations|call|videoconference)$/;

/** A verb of attendance ("attended", "joined", "led a delegation"): those there, or those who join the meeting reported. */
function attendCue(site: CueSite): CueReading | null {
  const { v, i, end, first, last, skip, passive, out } = site;
  const r = emptyReading(site);
  // "In his address, X said", "praised her address": after a possessive the word is a noun,
  // no verb of attending, and the one it belongs to is read from no pronoun here.
  if (/^(?:his|her|their|its|our|my|your)$/.test(v.lower(i - 1))) return null;
  // "X, chair of the chamber, said", "the chair of the board": a word the tagger reads as a noun, after a
  // comma or an article and before "of", is an office in apposition, no verb of chairing.
  // Opening the sentence, "Chair of the Security Council X convened ..." is such an office too.
  if (!v.isVerb(i) && (i === first || /^(?:,|the|a|an)$/.test(v.lower(i - 1))) && v.lower(end) === 'of') return null;
  // "Council Chair Maria Holt convened ...": a capitalised word of the office written before a name
  // is part of that name's title, no verb of chairing.
  if (v.officeRunsIntoName(i)) return null;
  if (passive) {
    if (describesOrganization(v, i, first) || describesBody(v, i, first) || describesThing(v, i, first) || leadsPoliticalParty(v, i, first) || bodyIsRunBy(v, i, first)) return null;
    if (groupInPhraseOfThing(v, i, first)) return null;
    // "an agreement prepared by the working group led by X": the leader of a group that made a thing.
    if (makerGroupBefore(v, i, first)) return null;
    r.people = byAgent(v, end, last);
    if (r.people.length === 0) return null;
    if (bodyLedAsStandingFact(v, i, first, last, r.people, (k) => (BODY_NOUNS.test(v.lower(k)) && !v.isVerb(k)) || v.mentionAt(k)?.type === 'organization')) return null;
    // "Scholz was joined by Lindner": the one joined takes part with those who join.
    if (JOINED.test(v.lower(i))) r.people = [...peopleBefore(v, i, first, skip), ...r.people];
  // "The Minister was shown round the plant by X" is a visit guided by X; "Photographs were shown
  // around the room by X" shows a thing, and no one visits. "They were shown the new equipment by X":
  // a subject of people the text does not name again is those of the visit reported, which X joins.
  if (v.lower(i) === 'shown' && r.people.length < 2 && !(r.people.length === 1 && peopleWordSubject(v, i, first))) return null;
    // "The talks were attended by A and B": the definite noun is the meeting just reported, which they join.
    // "a video call of leaders on security, co-chaired by A and B": a participle set off by a comma,
    // with no auxiliary, describes the phrase before it, the meeting this sentence has just told of.
    r.joinOnly = !nounWithin(v, first, i) || DEFINITE.has(v.lower(first)) || (v.lower(i - 1) === ',' && !isPassive(v, i, first) && out.some((d) => !d.joinOnly));
    r.reading = participleReading(v, i, first, out);
    return r;
  } else {
    // "X, who co-chairs the intergovernmental commission, said": one who chairs a standing body, told
    // in the simple present, holds an office; no meeting is reported ("chairs a meeting of it" is one).
    if (chairsStandingBody(v, i, end, last)) return null;
    const complement = withPeople(v, end, last, WITH, 20);
    let noun = nounWithin(v, end, objectPhraseEnd(v, end, last));
    let joinedPerson: PersonRef[] = [];
    let joinsGroup = false;
    // "joined Vice President A and Secretary B for the opening of the dialogue", "joined President
    // C for a tour of the shipyard": those joined at an occasion are met there.
    if (!noun && /^join(?:s|ed|ing)?$/.test(v.lower(i))) {
      const object = peopleAfter(v, end, last).people;
      const after = object.length > 0 ? v.tokenRange(object[object.length - 1]!.mention)[1] : -1;
      // "joined him at the podium", "joined her for the press briefing": one who joins another
      // before the press joins a briefing, not a meeting of the two.
      if (after >= 0 && /^(?:for|at)$/.test(v.lower(after)) && !pressStageAt(v, after + 1, last)) noun = true;
      // "Sullivan and Blinken joined the President, while ...": those who join a person at the end
      // of the clause join the meeting that person is reported at ("joined X in calling for" does not).
      else if (after >= 0 && /^(?:[.,;]|while|whereas)$/.test(v.lower(after)) || after === last) joinedPerson = object;
      // "A and B later joined them.", "C joined the leaders, while ...": those joined, named by a pronoun
      // or a plural noun of those who meet, are the people of the meeting reported, which the subject joins.
      else if (object.length === 0) joinsGroup = joinedGroupEnd(v, end, last);
    }
    // "X led a delegation to Manila", "led the Presidential Delegation to the inauguration": the
    // leader of a travelling party goes where it goes.
    if (!noun && LEADS.test(v.lower(i))) {
      const party = travellingPartyTo(v, end, last);
      if (party >= 0) {
        noun = true;
        r.kind = 'visit';
        r.place = placeAfter(v, party + 1, last, ONLY_TO);
      }
    }
    // "joined Presidents A and B at the forum": people joined at a meeting take part in it too.
    const joined = noun ? objectPeople(v, end, last) : [];
    // "Together with President X, we chaired the summit": a companion named before the subject attends too.
    const companions = noun ? companionsBetween(v, first, i) : [];
    // "X dispatched a team to attend the talks with Y": the party sent attends, not the one who sends it.
    const partyGoes = i >= 1 && v.lower(i - 1) === 'to' && travellingPartyNoun(v, i - 2) && !ledParty(v, i - 2, first);
    r.people = [...(partyGoes ? [] : peopleBefore(v, i, first, skip)), ...companions, ...joined, ...complement, ...asDid(v, end, last), ...joinedPerson];
    // "The meeting, which Vice President X also attended, lasted two hours": the subject of a relative
    // clause whose pronoun stands for the meeting attended, inside the clause the verbs outside step over.
    if (r.people.length === 0 && !noun && skip.has(i)) r.people = attendedMeetingClause(v, i, first);
    // "X joined the meeting by video link", "Y took part in the talks": "the" before a plain word for a
    // meeting, with no one else named, refers to the meeting just reported, which they join.
    const object = v.lower(end) === 'in' ? end + 1 : end;
    if (noun && joined.length === 0 && complement.length === 0 && v.lower(object) === 'the' && THE_MEETING.test(v.lower(object + 1))) r.joinOnly = true;
    // "Y took part via videoconference": a word of the means ends the clause and names no meeting of
    // its own; the subject joins the one reported, as with "took part remotely".
    if (noun && joined.length === 0 && complement.length === 0 && attendedInManner(v, end, last)) {
      r.joinOnly = true;
      r.kind = 'meeting';
    }
    // "A and B also took part": with nothing attended named, they join the meeting being reported.
    if (!noun && complement.length === 0) {
      const ledHere = LEADS.test(v.lower(i)) && ledDelegationHere(v, end, last);
      if ((!ENDS_CLAUSE.test(v.lower(end)) && !forSide(v, end, last) && !attendedInManner(v, end, last) && !ledHere && joinedPerson.length === 0 && !joinsGroup) || r.people.length === 0) return null;
      // "the Verification Mission he leads": a verb of a contact relative clause has the noun
      // before its subject for its object; one who leads a mission, or joins a body, attends no
      // meeting ("the talks he attended" does).
      const head = contactClauseHeadOfVerb(v, i, first);
      if (head >= 0 && !eventNoun(v, head)) return null;
      r.joinOnly = true;
      r.rule = `join:${r.rule}`;
    }
  }
  // "convened a meeting of the council for next week": a meeting called for a time is still to come.
  r.reading = calledForLater(v, i, last) ? 'planned' : verbReading(v, i, first);
  return r;
}

/**
 * At k, the object of "joined" that stands for the people of a meeting, "them" or "the leaders", with
 * the clause ending right after it ("joined them in calling for" joins a call to act, not a meeting).
 */
function joinedGroupEnd(v: MeetingText, k: number, last: number): boolean {
  const after = v.lower(k) === 'them' ? k + 1 : meetingPeopleAt(v, k) ? (v.isCap(k) || !/^(?:the|his|her|their|these|those)$/.test(v.lower(k)) ? k + 1 : k + 2) : -1;
  return after === last || (after > k && /^(?:[.,;]|while|whereas)$/.test(v.lower(after)));
}

/** Most tokens from a relative pronoun to the verb of attending of its clause: "which Vice President X also attended". */
const RELATIVE_SUBJECT_REACH = 12;

/**
 * The people before the verb of attending at i, up to a "which" or "that" whose antecedent, right
 * before it (past a comma), is a meeting noun: "the meeting, which X attended". Else none.
 */
function attendedMeetingClause(v: MeetingText, i: number, first: number): PersonRef[] {
  for (let k = i - 1; k >= first && i - k <= RELATIVE_SUBJECT_REACH; k--) {
    if (!/^(?:which|that)$/.test(v.lower(k))) continue;
    const head = v.lower(k - 1) === ',' ? k - 2 : k - 1;
    if (head < first || !eventNoun(v, head)) return [];
    return peopleBefore(v, i, k + 1, NO_SKIP);
  }
  return [];
}

/** A verb of company or assistance ("accompanied", "represented", "presented"), mostly read with its agent after "by". */
function byCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip, passive, out } = site;
  const r = emptyReading(site);
  // "X was replaced at the meeting by Y": one replaced at a meeting is stood in for there; "X was
  // replaced by Y" alone, or "Y replaced X", tells of a change in office.
  if (REPLACED.test(v.lower(i)) && !passive) {
    // "Y replaced Minister X at the meeting": the subject stands in at the meeting; X is not there.
    if (!replacesAtMeeting(v, end, last, (j) => eventNoun(v, j))) return null;
    r.people = peopleBefore(v, i, first, skip);
    if (r.people.length === 0) return null;
    r.joinOnly = true;
    r.reading = verbReading(v, i, first);
    return r;
  }
  if (REPLACED.test(v.lower(i)) && !replacedAtMeeting(v, end, last, (j) => eventNoun(v, j))) return null;
  // "Ambassador X accompanied the Secretary": the one who accompanies joins the meeting of the one accompanied.
  if (!passive && v.lower(end) !== 'by') {
    // "the plan, which he had presented to President X": one who presents something to a person meets them.
    const presented = v.lower(i) === 'presented' ? presentedTo(v, i, end, first, last, skip) : null;
    if (presented) {
      r.people = presented;
      r.kind = 'meeting';
      r.reading = verbReading(v, i, first);
      return r;
    }
    // "X represented Russia at the summit", "Y represented Brazil in person": one there for a side takes part.
    const representing = v.lower(i) === 'represented' ? representedSide(v, i, end, first, last, skip, (j) => eventNoun(v, j)) : null;
    if (representing) {
      r.people = representing.people;
      r.joinOnly = !representing.own;
      r.reading = verbReading(v, i, first);
      return r;
    }
    const pair = accompanyingPair(v, i, end, first, last, skip);
    if (!pair) return null;
    r.people = pair;
    r.joinOnly = true;
    r.reading = verbReading(v, i, first);
    return r;
  }
  // "Credentials were presented by A and B": a presentation is a ceremony only of what a
  // ceremony is for; "the prize was presented by X" reports none.
  if (cue.kind === 'ceremony' && !nounWithin(v, first, i)) return null;
  // "met with Deputy Chairman X of the Planning Commission, accompanied by Y": people go with
  // people; a body is led or chaired but never accompanied, so a participle of accompanying after
  // a body's name, in a sentence that has told of a meeting, goes with the meeting's people.
  const accompanyingMeeting = ACCOMPANIES.test(v.lower(i)) && out.some((d) => !d.joinOnly && d.status === 'held' && d.people.length > 0);
  const describedBody = !accompanyingMeeting && (describesOrganization(v, i, first) || describesBody(v, i, first));
  if (describedBody || describesThing(v, i, first) || leadsPoliticalParty(v, i, first) || makerGroupBefore(v, i, first)) return null;
  r.people = byAgent(v, end, last);
  if (r.people.length === 0) return null;
  // "Credentials were presented to President X by Ambassador Y": the one presented to, named before the
  // agent, receives them at the ceremony.
  if (passive && cue.kind === 'ceremony' && v.lower(end) === 'to') r.people = [...peopleAfter(v, end + 1, last).people, ...r.people];
  // "The Deputy President was supported by Minister A": those who assist a person at a meeting
  // take part with that person; "the proposal was supported by A" names no one assisted.
  if (ASSISTED.test(v.lower(i))) {
    const assisted = peopleBefore(v, i, first, skip);
    if (assisted.length === 0) return null;
    r.people = [...assisted, ...r.people];
  }
  // "The Prime Minister was accompanied by A": the one accompanied takes part too ("represented by" is in place of).
  if (JOINED.test(v.lower(i))) r.people = [...peopleBefore(v, i, first, skip), ...r.people];
  // "The Minister was shown round the plant by X" is a visit guided by X; "Photographs were shown
  // around the room by X" shows a thing, and no one visits. "They were shown the new equipment by X":
  // a subject of people the text does not name again is those of the visit reported, which X joins.
  if (v.lower(i) === 'shown' && r.people.length < 2 && !(r.people.length === 1 && peopleWordSubject(v, i, first))) return null;
  r.joinOnly = true;
  r.reading = participleReading(v, i, first, out);
  return r;
}

/** A report given at a meeting ("reported on", "his report"): its giver joins the meeting. */
function joinCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip } = site;
  if (toldElsewhere(v, i, end, first, last)) return null;
  const r = emptyReading(site);
  // "Valery Limarenko began his report", "The Governor also reported on the harvest": the one
  // reporting takes part in the meeting the text is about. A verb must be followed by what is
  // reported on; a noun must be someone's ("his report") or made ("made a report").
  // "delivered reports": the plural noun is read as the singular is.
  // "received a briefing from X": "briefing" is a noun of the same kind, never a verb here.
  const nounOnly = /^briefings?$/.test(cue.form);
  // "gave a press briefing": a briefing for the press is no report to a meeting.
  if (nounOnly && /^(?:press|news|media)$/.test(v.lower(i - 1))) return null;
  // "listened to reports by X": after "listened to" the word is the noun heard, whatever its tag.
  const listenedTo = v.lower(i - 1) === 'to' && /^(?:listened|listens|listen)$/.test(v.lower(i - 2));
  const verb = !nounOnly && (!/^reports?$/.test(cue.form) || (v.tok(i)?.pos === 'VERB' && !/^(?:his|her|a|the|their)$/.test(v.lower(i - 1)) && !listenedTo));
  // "spoke about the harvest": a cue that ends in its preposition has what is reported on after it.
  if (verb && !/ (?:on|about)$/.test(cue.form) && !/^(?:on|to|that|about)$/.test(v.lower(end))) return null;
  const at = verb ? i : governingVerb(v, i, first);
  // "delivered a report", "made a report": a report given is the giver's, as "his report" is.
  const given = !verb && at >= 0 && REPORT_GIVEN.test(v.lower(at));
  // "Vladimir Putin heard a report by Minister X": the one who hears and the one who reports meet.
  // "received a written report from X", "received a report from X in writing": a report that came in
  // writing was read, not heard; the two did not meet over it.
  const heard = !verb && at >= 0 && REPORT_HEARD.test(v.lower(at)) && /^(?:by|from)$/.test(v.lower(end)) && !inWriting(v, i, end, last);
  // "Reports were made by A and B", "The main report was delivered by C": the agent of a passive
  // verb of giving whose subject is the report is the one who gave it.
  if (!verb && !nounOnly) {
    const agent = passiveGiverAfter(v, end, last);
    if (agent.length > 0) {
      r.people = agent;
      r.joinOnly = true;
      r.reading = verbReading(v, passiveVerbAfter(v, end, last), first);
      return r;
    }
  }
  // "Mishustin held a briefing with Deputy Prime Ministers A and B": a briefing held with people
  // named after "with" is a meeting of its own, of the one who holds it and them.
  if (nounOnly && at >= 0 && HOLDS_BRIEFING.test(v.lower(at)) && v.lower(end) === 'with') {
    const partners = peopleAfter(v, end + 1, last).people;
    const holder = partners.length > 0 ? peopleBefore(v, at, first, skip) : [];
    if (holder.length > 0) {
      r.people = [...holder, ...partners];
      r.reading = verbReading(v, at, first);
      return r;
    }
  }
  if (!verb && !given && !heard && !/^(?:his|her|their)$/.test(v.lower(i - 1))) return null;
  if (at < 0) return null;
  r.people = peopleBefore(v, at, first, skip);
  if (heard) {
    const reporters = peopleAfter(v, end + 1, last).people;
    // "The meeting heard a report by Minister X", "The participants heard reports from A and B": with
    // a meeting or its members, named by a noun, as the hearers, those who report join the meeting
    // being reported; alone they are no meeting ("The court heard a report by X" joins none).
    if (r.people.length === 0 && reporters.length > 0 && hearersNamedByNoun(v, at, first)) {
      r.people = reporters;
      r.joinOnly = true;
      r.reading = verbReading(v, at, first);
      return r;
    }
    r.people = [...r.people, ...reporters];
    if (r.people.length < 2) return null;
    r.rule = `report-heard:${cue.form}`;
    r.reading = verbReading(v, at, first);
    return r;
  }
  // "X reported on this to Prime Minister Y", "I reported on this to Y": a report given to one named
  // after what it was on is a meeting of the two, as "reported to Y on this" is, whether or not a
  // meeting was told before; a speaker's "I" is one side, named by the turn.
  const toldTo = verb && /^(?:on|about)$/.test(v.lower(end)) ? complementAfter(v, end + 1, last, ONLY_TO, REPORT_TOPIC_REACH) : -1;
  const told = toldTo >= 0 ? peopleAfter(v, toldTo + 1, last).people : [];
  if (told.length > 0 && (r.people.length > 0 || firstPersonSubject(v, at, first))) {
    r.people = [...r.people, ...told];
    r.rule = `report-to:${cue.form}`;
    r.reading = verbReading(v, at, first);
    return r;
  }
  if (r.people.length === 0) return null;
  // "Acting Governor X had earlier reported on the evacuation": a report in the past perfect was
  // given before the meeting being narrated, not at it; with no one named who heard it, it joins none.
  if (pastPerfect(v, at, first)) return null;
  r.joinOnly = true;
  r.reading = verbReading(v, at, first);
  // "Deputy Prime Minister X will now report on the draft law": "now" after the modal puts the
  // report next in the meeting under way, as a chair gives the floor, so its giver is there; without
  // "now" ("will report at the next meeting") the report is still to come.
  if (verb && r.reading === 'planned' && reportGivenNext(v, at, first)) r.reading = null;
  return r;
}

/** Most tokens of what a report was on, before "to" and the one it was given to: "on the harvest in the north to". */
const REPORT_TOPIC_REACH = 8;

/** "will now report", "shall now report": a modal of the future and "now" right before the verb at i. */
function reportGivenNext(v: MeetingText, i: number, first: number): boolean {
  return i - 2 >= first && v.lower(i - 1) === 'now' && /^(?:will|shall|’ll|'ll)$/.test(v.lower(i - 2));
}

/** Most tokens from the report noun to "in writing" after the one who reported: "from the Minister of Health X in writing". */
const IN_WRITING_REACH = 12;

/** Whether the report noun at i is said to have come in writing: "a written report", "... in writing". */
function inWriting(v: MeetingText, i: number, end: number, last: number): boolean {
  if (/^(?:written|emailed|faxed)$/.test(v.lower(i - 1))) return true;
  for (let j = end; j < last && j - end <= IN_WRITING_REACH; j++) {
    if (v.lower(j) === 'in' && v.lower(j + 1) === 'writing') return true;
    if (/^[;:.]$/.test(v.lower(j))) return false;
  }
  return false;
}

/** Nouns for a meeting or those at it, as the subject of hearing a report: "the meeting", "the participants". */
const HEARING_BODY = /^(?:meeting|session|talks|participants|members|attendees|those|ministers|council|cabinet|government|commission|committee|board)$/;

/** Whether the subject of the verb at `at` is a meeting or its members named by a noun ("The meeting [also] heard"). */
function hearersNamedByNoun(v: MeetingText, at: number, first: number): boolean {
  let j = at - 1;
  while (j > first && /^(?:also|then|further|first|later)$/.test(v.lower(j))) j--;
  if (v.lower(j) === 'present' && v.lower(j - 1) === 'those') return true;
  return j >= first && HEARING_BODY.test(v.lower(j)) && !v.mentionAt(j) && /^(?:the|its|all)$/.test(v.lower(j - 1));
}

/** Most tokens from a word of presence back to the "which" of the clause it may stand in. */
const WHICH_REACH = 12;

/**
 * Whether token i stands in a clause opened by ", which" whose antecedent is a thing: neither a
 * person nor an event one may be present at ("the deal, which was concluded with the participation
 * of X"; not "the talks, which were held in the presence of X").
 */
function inWhichClauseOfThing(v: MeetingText, i: number, first: number): boolean {
  for (let j = i - 1; j > first + 1 && i - j <= WHICH_REACH; j--) {
    const l = v.lower(j);
    if (l === ';' || l === ':') return false;
    if (l !== 'which' || v.lower(j - 1) !== ',') continue;
    const head = j - 2;
    return !v.mentionAt(head) && !eventNoun(v, head) && v.tok(head)?.pos === 'NOUN';
  }
  return false;
}

/** Prepositions that open a phrase of presence after a noun: "with the participation of", "in the presence of". */
const PRESENCE_PHRASE_OPENS = /^(?:with|in)$/;

/** The participles of chairing among the words of presence. */
const CHAIRING = /^(?:co-)?chairing$/;

/** Nouns of something one takes part in that is no meeting: a course, a programme, a contest, a show. */
const NO_MEETING_ACTIVITY = /^(?:course|courses|training|trainings|programme|programmes|program|programs|competition|competitions|contest|contests|championship|championships|tournament|tournaments|olympiad|exhibition|exhibitions|expo|fair|project|projects|study|studies|survey|scheme|internship|race|marathon|quiz|campaign|drill|drills|exercise|exercises)$/;
/** Most tokens of the noun phrase after "participants of": "the advanced regional training course". */
const ACTIVITY_PHRASE_REACH = 6;

/**
 * Whether the noun phrase from k has a head noun of an activity that is no meeting: the last of its
 * nouns before a word that is none ("the training course [in Riga]", "the programme").
 */
function activityAfter(v: MeetingText, k: number, last: number): boolean {
  let head = -1;
  for (let j = k; j < last && j - k < ACTIVITY_PHRASE_REACH; j++) {
    const pos = v.tok(j)?.pos ?? '';
    if (pos === 'NOUN' || pos === 'PROPN') head = j;
    else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && !(pos === 'VERB' && !v.isVerb(j))) break;
  }
  return head >= 0 && NO_MEETING_ACTIVITY.test(v.lower(head));
}

/** Those who receive what is handed over at a ceremony. */
const RECIPIENTS = /^recipients?$/;

/** Presence ("were present", "attending"): the people listed join the meeting reported. */
function presentCue(site: CueSite): CueReading | null {
  const { v, cue, i, end, first, last, skip } = site;
  const r = emptyReading(site);
  // "The talks were held under the chairmanship of X": a chair presides over the meeting its sentence
  // names before; "a commission set up under the chairmanship of X" names none.
  if (cue.form.startsWith('under ') && site.out.length === 0) return null;
  // "A and B were present [at the ceremony]": with no list after the word, the subject before the copula.
  const delegation = /^delegations?$/.test(v.lower(i));
  const listed = presentList(v, end, last);
  // "Representing the EU were A and B": a list after "representing" only at the head of its clause
  // ("the lawyer representing the company was X" names a role, not those present).
  if (v.lower(i) === 'representing' && !(listed && (i === first || /^(?:,|;|and|while|whereas)$/.test(v.lower(i - 1))))) return null;
  // "Co-chairing the session were A and B": a participle of chairing names those present only at the
  // head of such a list; "X is co-chairing the commission this year" is the verb's, read by its own class.
  if (CHAIRING.test(v.lower(i)) && !listed) return null;
  // "Also invited to the meeting were A and B": a list after the words of invitation names guests of
  // a meeting the text reports; "X was invited to the meeting" says only that X was asked to come.
  if (v.lower(i) === 'invited' && !listed) return null;
  // "The recipients included A and B": the recipients of an award told just before, at its ceremony;
  // "the recipients of the aid included A" with no award handed over names no one at a meeting.
  if (RECIPIENTS.test(v.lower(i)) && !awardToldBefore(v, site.s)) return null;
  // "A and B were also in the room": a room is where the call or meeting just told of took place;
  // "X was in the room when the verdict was read", with none told, puts no one at a meeting.
  if (cue.form === 'in the room' && site.out.length === 0 && !cueInSentenceBefore(v, site.s)) return null;
  // "A and B were participants of the training course": one takes part in a course, a programme or a
  // contest without meeting anyone there; "participants of the forum" are at a meeting.
  if (/^participants?$/.test(v.lower(i)) && /^(?:of|in)$/.test(v.lower(end)) && activityAfter(v, end + 1, last)) return null;
  // "A was also present, as was B": a list after "as" and a copula is the subject of a clause of
  // comparison, present like the subject before the word, who stays.
  const compared = listed !== null && comparedAfter(v, end);
  const subject = listed && !compared ? null : presentSubject(v, i, first, skip);
  // "X was present at the opening, together with Governor Y", "..., alongside Mayor Z": a companion
  // named after the place of presence is present with the subject.
  // "Present were A and B, together with High Representative C": a companion set off by a comma after
  // the list is present with it.
  const list = (compared ? [...(subject ?? []), ...listed] : listed && [...listed, ...companionsAfter(v, v.tokenRange(listed[listed.length - 1]!.mention)[1], last)])
    ?? (subject ? [...subject, ...companionsAfter(v, end, last)] : null)
    ?? (delegation ? delegationMembers(v, end, last) ?? memberOfDelegation(v, i, first, skip) : null);
  if (!list) return null;
  // "discussed the grain deal, which was concluded with the participation of X": presence told in a
  // "which" clause about a thing is presence at that thing's own act, not at the meeting reported.
  if (inWhichClauseOfThing(v, i, first)) return null;
  // "A met B on the occasion of the Summit. A welcomed the participation of C in the Summit": presence
  // at the event a meeting was held beside is no presence at the meeting.
  if (inFrameEvent(v, v.tokenRange(list[list.length - 1]!.mention)[1], last)) return null;
  // "A met B at the forum. Executives attending the forum included C": those present at that event
  // are not thereby at the meeting held beside it.
  if (v.lower(i).endsWith('ing') && inFrameEvent(v, end, last, true)) return null;
  r.people = list;
  // "X, who was attending a NATO meeting in Brussels, said ...": presence at a meeting named with "a"
  // or "an" is at a meeting of its own, not the one the text reports; "attending the talks" joins those.
  const own = v.lower(i).endsWith('ing') && /^(?:a|an)$/.test(v.lower(end)) && nounWithin(v, end + 1, Math.min(last, end + 5));
  r.joinOnly = !own;
  if (own) r.distinct = true;
  // "The talks will continue on Tuesday with the participation of X": presence in a clause still to
  // come, or denied, is read with that clause's verb.
  const verb = verbBeforeInClause(v, i, first);
  const reading = verb >= 0 ? verbReading(v, verb, first) : null;
  if (reading === 'planned' || reading === 'negated') r.reading = reading;
  // "Traveling with the Secretary next week will be A": a list after a modal names those still to come.
  else if (listed && futureList(v, end, v.tokenRange(listed[0]!.mention)[0])) r.reading = 'planned';
  // "Invited to the meeting are A and B": guests invited in the present tense are still to come.
  else if (listed && v.lower(i) === 'invited' && presentCopulaBetween(v, end, v.tokenRange(listed[0]!.mention)[0])) r.reading = 'planned';
  // "discussed preparations for the summit with the participation of X": presence named in the
  // phrase of a meeting still ahead is presence at that meeting.
  else if (PRESENCE_PHRASE_OPENS.test(v.lower(i - 2)) && v.lower(i - 1) === 'the' && awaitedPhraseBefore(v, i - 2, first, (j) => eventNoun(v, j))) r.reading = 'planned';
  return r;
}

/** Whether "is" or "are" stands among the tokens from..to (exclusive). */
function presentCopulaBetween(v: MeetingText, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (/^(?:is|are)$/.test(v.lower(j))) return true;
  return false;
}

/** Whether a clause of comparison with its verb before its subject opens at k: "[, ]as was", "as were". */
function comparedAfter(v: MeetingText, k: number): boolean {
  const j = v.lower(k) === ',' ? k + 1 : k;
  return v.lower(j) === 'as' && /^(?:was|were)$/.test(v.lower(j + 1));
}

/** The finite verb nearest before token i in its clause (no comma, semicolon or clause opener between), else -1. */
function verbBeforeInClause(v: MeetingText, i: number, first: number): number {
  for (let j = i - 1; j >= first; j--) {
    if (/^[,;:]$/.test(v.lower(j)) || v.isClauseOpener(j)) return -1;
    if (v.isVerb(j)) return j;
  }
  return -1;
}

/** Whether a verb of attending ("joined", "took part") ends at or spans token j. */
function attendVerbEndingAt(v: MeetingText, j: number, first: number, last: number): boolean {
  for (let g = j; g >= first && j - g < 3; g--) {
    const c = cueAt(v, g, last);
    // "took part": the walk back over adverbs may have passed the particle the tagger calls one.
    if (c) return c.cue.cueClass === 'attend' && c.end > j;
  }
  return false;
}

/** A meeting noun ("talks", "visit", "call"): its partners, the subject of the verb that governs it, and its reading. */
/** The bare noun "exchange", a meeting only with the people after its "with". */
const BARE_EXCHANGE = /^exchanges?$/;
/** The plural noun "contacts", a meeting only with the people after its "with". */
const CONTACTS = /^contacts$/;
/** Most tokens from "contacts" to its "with": "contacts [held on 16 October] with". */
const CONTACTS_REACH = 8;

/**
 * Whether the exchange at n (its phrase ending at end) is the object of a light verb right before
 * its phrase whose subject names two or more people, with no "of" complement but "of views".
 */
function exchangeOfSubjects(v: MeetingText, n: number, end: number, first: number, skip: ReadonlySet<number>): boolean {
  if (v.lower(end) === 'of' && v.lower(end + 1) !== 'views') return false;
  const verb = phraseStart(v, n, first) - 1;
  return verb > first && LIGHT.has(v.lower(verb)) && peopleBefore(v, verb, first, skip).length >= 2;
}

/** Nouns of what is said or issued that a heading names with its authors: "Remarks by A and B". */
const SPEECH_NOUNS = /^(?:remarks|statement|statements|comments|declaration|address|briefing)$/;

/** Most tokens between "by" after a noun of speech and the word of time that follows its authors. */
const AUTHORS_REACH = 24;

/**
 * The people named between "by" after a noun of speech and token p, when no verb or stop stands
 * between that noun and p ("Remarks by President A and Prime Minister B after ..."); else none.
 */
function authorsOfSpeechBefore(v: MeetingText, p: number, first: number): PersonRef[] {
  let by = p - 1;
  for (; by > first && p - by <= AUTHORS_REACH; by--) {
    const l = v.lower(by);
    if (v.isVerb(by) || /^[.;:!?]$/.test(l)) return [];
    if (l === 'by') break;
  }
  if (v.lower(by) !== 'by' || !SPEECH_NOUNS.test(v.lower(by - 1))) return [];
  // The first name after "by", with only its office before it ("by Foreign Minister A").
  let n = by + 1;
  while (n < p && !v.person(v.mentionAt(n))) n++;
  if (n >= p || officePhraseStart(v, n, by + 1) !== by + 1) return [];
  // The list reader leaves out the authors of a thing said ("Remarks by A"), so they are read here:
  // names, their offices and the words that join them, up to p.
  const people: PersonRef[] = [];
  for (let j = n; j < p;) {
    const person = v.person(v.mentionAt(j));
    if (person) {
      people.push(person);
      j = v.tokenRange(person.mention)[1];
    } else if (/^(?:,|and|&)$/.test(v.lower(j)) || v.isCap(j)) j++;
    else return [];
  }
  return people;
}

/** A meeting noun ("talks", "visit", "call") and the people its phrase, its verb and its clause put at it. */
function nounCue(site: CueSite): CueReading | null {
  const { v, i, end, first, last, skip } = site;
  if (nounNamesNoMeeting(site)) return null;
  const r = emptyReading(site);
  const lead = phraseStart(v, i, first);
  // "X, on a visit to Lima, told reporters ...": a visit in an aside, while the main clause tells only
  // of speech to no one named, is background to the speech and no meeting.
  if (site.cue.kind === 'visit' && backgroundVisit(v, i, lead, first, last)) return null;
  // "Also on the call were A and B", "C was also on the call": those the clause puts there join the meeting.
  // "C is on a working trip", "D was on a call with E": an indefinite noun after the copula brings in a
  // meeting of the subject's own, elsewhere, not the one reported; only "on the call" is that one.
  const located = presenceAt(v, lead, end, first, last, skip);
  const onOwn = located && located.verb < lead && INDEFINITE.test(v.lower(lead)) ? located.people : [];
  if (located && onOwn.length === 0) {
    r.people = located.people;
    r.joinOnly = true;
    r.reading = verbReading(v, located.verb, first);
    return r;
  }
  const possessor = possessorOf(v, i, first);
  // "the inauguration of President X", "X's investiture": taking office is a ceremony of the one
  // who takes it, and those there meet them; the inauguration of a plant or a bridge is no meeting.
  if (TAKING_OFFICE.test(v.lower(i)) && !possessor && !(v.lower(end) === 'of' && peopleAfter(v, end + 1, last).people.length > 0)) return null;
  // "met A after the inauguration of President X", "ahead of the inauguration": a ceremony before or
  // after which something else happens is only its time; no one is there with the one who takes office.
  // "met A on the sidelines of the inauguration of President X": a ceremony named as the frame of
  // another meeting is only its occasion; that meeting's parties are its subject and object.
  if (TAKING_OFFICE.test(v.lower(i)) && onlyTimeOrOccasion(v, i, first)) return null;
  const n: NounPhrase = { lead, possessor, ...nounComplement(site, r) };
  const governed = governingVerbSubject(site, r, n);
  const phrase = phraseClauseSubject(site, r, n, governed);
  const subject = openingSubject(site, n, governed, phrase);
  if (!subject) return null;
  return nounCueReading(site, r, n, governed, phrase, subject, onOwn);
}

/** The words right around a meeting noun that say it is no meeting: a bare exchange, contacts with no one, a means of joining. */
function nounNamesNoMeeting(site: CueSite): boolean {
  const { v, cue, i, end, first, last, skip } = site;
  // "held an exchange with President X", "bilateral exchanges with A and with B": an exchange is a
  // meeting only with those it is held with; "the exchange of letters between A and B", "trade
  // exchanges" are none.
  // "A and B had a brief exchange on the margins": one that two or more named as the subject of a
  // light verb had or held is a meeting of theirs ("an exchange of views" too; "of letters" is none).
  if (BARE_EXCHANGE.test(cue.form) && v.lower(end) !== 'with' && !exchangeOfSubjects(v, i, end, first, skip)) return true;
  // "the contacts held on 16 October with Prime Minister X": contacts are meetings only with those
  // named after "with"; "contacts between the ministries", "to maintain contacts" name no one met.
  // "the contacts of envoy X with the parties" name no one met either.
  if (CONTACTS.test(cue.form) && withPeople(v, end, last, ONLY_WITH, CONTACTS_REACH, true, skip).length === 0) return true;
  // "Minister X joined by video call": the noun is the means of joining the meeting reported, which
  // the verb of attending reads; it is no call of its own.
  return meansOfJoining(v, i, first, (j) => attendVerbEndingAt(v, j, first, last));
}

/** A meeting noun's phrase: where it starts, its possessor and the people its complements name. */
interface NounPhrase {
  readonly lead: number;
  readonly possessor: PersonRef | null;
  /** The people the noun's complements name; later steps add to it. */
  readonly complement: PersonRef[];
  /** The token of the partner word ("with", "between"), or -1. */
  readonly w: number;
}

/** The people the noun's own complements name: its partners, those included, the holders, the one honoured. */
function nounComplement(site: CueSite, r: CueReading): { complement: PersonRef[]; w: number } {
  const { v, cue, i, end, first, last, skip } = site;
  // "a courtesy call on the President", "an audience to the ambassadors".
  // "presented her credentials to President X", "an audience to the ambassadors", "a call from X".
  // "a courtesy call by Ambassador X on the Minister": a courtesy call names its caller after "by".
  // "the first summit for President X": a meeting counted in someone's series ("first", "last") is one they took part in.
  const counted = cue.kind !== 'visit' && ORDINAL_BEFORE.test(v.lower(i - 1));
  const partners = cue.kind === 'call' ? (v.lower(i - 1) === 'courtesy' ? COURTESY_CALL_PARTNER : CALL_PARTNER) : cue.kind === 'ceremony' ? CEREMONY_PARTNER : cue.kind === 'visit' ? VISIT_PARTNER : v.lower(i) === 'audience' ? WITH_ON_TO : HOSTED_FOR.has(v.lower(i)) || counted ? WITH_FOR : WITH;
  // "held an exchange of views on the talks between A and B": a complement right after another
  // meeting noun is that noun's, the topic's, not this one's.
  // "Before the meeting, X held a briefing with Y": the comma that closes an opening phrase ends the
  // noun's complement; what comes after it is the main clause's.
  // "X, who held talks with Y on Monday, said": a noun inside a clause stepped over when reading the
  // sentence's subject is read in that clause, its complement too.
  const complementEnd = inIntroduction(v, i, first) ? openingPhraseEnd(v, end, last) : last;
  let w = complementAfter(v, end, complementEnd, partners, 12, true, skip.has(i) ? NO_SKIP : skip);
  // "a call on Monday between A and B": "on" that opens a date is no partner's ("a call on the
  // President" is); the complement is looked for past the date.
  const dated = w >= 0 ? dateAdjunctEnd(v, w, complementEnd) : -1;
  if (dated > w) w = complementAfter(v, dated, complementEnd, partners, 12, true, skip.has(i) ? NO_SKIP : skip);
  const complement = w > end && cueAt(v, w - 1, last)?.cue.cueClass === 'noun' ? [] : complementPeople(v, w, last, partners);
  // "It is the 17th summit between us, but the first one for President X": "one" after an ordinal
  // later in the sentence stands for the meeting noun, and counts the meeting in X's series.
  complement.push(...countedOne(v, end, last));
  // "talks involving A and B", "the meeting, which included A and B,": a participle or a
  // relative clause of inclusion right after the noun names those who took part.
  complement.push(...includedPeople(v, end, last));
  // "Talks were held by X with Y", "the talks conducted by X": the agent of the passive of holding
  // the meeting held it.
  complement.push(...holdersByAgent(v, end, last, cue.kind, i, first));
  // "the ceremony, at which A took over from B,": a clause of what happened at the meeting names who was there.
  complement.push(...peopleOfWhichClause(v, end, last));
  // "the Strategic Dialogue, which A and B held in June": the subject of a relative clause that holds the meeting.
  complement.push(...subjectsOfObjectRelative(v, end, last));
  // "a trilateral meeting of A, B and C": people right after "of" are the ones who meet ("the
  // visit of X" names only the visitor, and is often only announced).
  if (v.lower(end) === 'of' && cue.kind !== 'visit' && !partners.has('of')) complement.push(...peopleAfter(v, end + 1, last).people);
  // "a state dinner in honour of President X".
  for (let j = end; j < last && j - end < 4; j++) {
    if (HONOUR.test(v.lower(j)) && v.lower(j + 1) === 'of') {
      complement.push(...peopleAfter(v, j + 2, last).people);
      if (guestAt(v, j + 2, last)) r.guest = true;
    }
  }
  return { complement, w };
}

/** The verb that governs a meeting noun, how it takes the noun, and the subject it gives the meeting. */
interface GovernedNoun {
  /** The governing verb's token, or -1. */
  readonly verb: number;
  readonly relative: { people: PersonRef[]; verb: number } | null;
  readonly introductory: boolean;
  /** The meeting is what is discussed or spoken about, not the one held. */
  readonly topic: boolean;
  readonly toldTo: boolean;
  readonly subject: PersonRef[];
}

/** The subject of the verb that governs the noun, when the verb puts that subject at the meeting. */
function governingVerbSubject(site: CueSite, r: CueReading, n: NounPhrase): GovernedNoun {
  const { v, i, end, first, last, skip } = site;
  const { lead, possessor, complement, w } = n;
  const verb = governingVerb(v, i, first);
  // The meeting cue the governing verb starts, if any: asked once for the readings below.
  const verbCue = verb >= 0 ? cueAt(v, verb, last) : null;
  // "X was paid a courtesy call by Y", "X was granted an audience by Y": a passive verb's agent gives the meeting.
  if (verb >= 0 && isPassive(v, verb, first) && directObject(v, verb, i)) complement.push(...byAgent(v, end, last));
  // "Putin recalled the talks held in Beijing with President Xi": one who recalls talks with someone had them.
  const recalledWith = verb >= 0 && RECALL.test(v.lower(verb)) && complementAfter(v, end, last, ONLY_WITH, 12, true, skip) >= 0;
  // "welcomed President X's meeting with Y": a meeting someone else's is not the welcomer's.
  // "reported on the conversation President X held with Y": a clause whose relative pronoun is
  // left out names who held the meeting; the one reporting on it held none.
  // Not "After the talks President X held a briefing": an opening phrase whose comma is left out.
  const introductory = inIntroduction(v, i, first);
  const relative = possessor || introductory ? null : reducedRelative(v, end, last);
  // "met X to discuss the visit of President Y": a meeting that is the object of a verb of
  // discussion is what was discussed, another meeting than the one it was discussed at.
  // So is one in the topic of a verb of discussion: "exchanged views on the results of the talks between A and B".
  // "Discussing the visit of X, Y said": so is the object of an opening participle of discussion.
  // "He spoke about the visit of X", "commented on the talks between A and B": so is one spoken about.
  const spokenAbout = /^(?:about|on|regarding)$/.test(v.lower(lead - 1)) && SPOKE_ABOUT.test(v.lower(lead - 2));
  // "X reported on the visit", "reported on the results of the meeting": a report about a meeting tells
  // of it, as held, but does not put the reporter at it (a possessor, "her visit", still does).
  const reportedOn = verb >= 0 && REPORTED.test(v.lower(verb)) && topicPhrase(v, verb, i);
  const topic = !relative && (spokenAbout || (verb >= 0 && ((TOPIC_VERB.test(v.lower(verb)) && directObject(v, verb, i))
    || (verbCue?.cue.cueClass === 'discuss' && verbCue.cue.kind === 'talks' && topicPhrase(v, verb, i))))
    || openingParticipleBefore(v, i, first, TOPIC_VERB));
  // "X told the summit that ...": one who tells a meeting something speaks at it.
  // "X told a joint news conference with Y that ...": a joint press event is one with its partner, where the teller is too.
  const toldTo = verb >= 0 && TELL.test(v.lower(verb)) && (toldMeeting(v, verb + 1, i, last) || (v.lower(i) === 'joint' && directObject(v, verb, i)));
  // "X welcomed the talks between A and B": a meeting with parties of its own, welcomed as news, is not the welcomer's.
  // "President X welcomed the talks in a post": a meeting the text told of before ("the talks"), welcomed
  // with no party of its own, is judged by the welcomer, who is not put at it by that.
  // "X welcomed the outcome of the talks": so is a meeting whose results are the object welcomed.
  const resultWelcomed = v.lower(lead - 1) === 'of' && RESULT_NOUNS.test(v.lower(lead - 2)) && verb >= 0 && directObject(v, verb, lead - 2);
  const welcomedNews = verb >= 0 && WELCOMES.test(v.lower(verb)) && (directObject(v, verb, i) || resultWelcomed)
    && (complement.length >= 2 || (complement.length === 0 && (w < 0 || (resultWelcomed && v.lower(w) === 'between')) && !possessor && /^(?:the|this|these)$/.test(v.lower(lead)) && (lead === verb + 1 || resultWelcomed)));
  if (welcomedNews) r.partiesOwn = true;
  // "In a statement, X welcomed the visit of Y": the one who welcomes a meeting in writing is not at it.
  const welcomedInWriting = verb >= 0 && WELCOMES.test(v.lower(verb)) && welcomeInWriting(v, verb, first);
  // "X sent a delegation to attend the inauguration of Y": an infinitive after a party named as the
  // object has that party for its subject; the one who sends it stays behind.
  // "X led a delegation to attend ...": the leader goes with it.
  const partyGoes = verb >= 1 && v.lower(verb - 1) === 'to' && travellingPartyNoun(v, verb - 2) && !ledParty(v, verb - 2, first);
  // "X called the talks a waste of time", "Y called the meeting useful": a meeting named with how
  // it is judged is talked about, not convened or attended by the one who judges it.
  // "X wrote that he supported the talks": a meeting supported is backed, like one welcomed, by one
  // who need not be at it ("the delegation was supported by X" is read by its agent).
  const judged = verb >= 0 && (calledAs(v, verb, i, end) || (SUPPORTS.test(v.lower(verb)) && !isPassive(v, verb, first)));
  // "Ambassador X, who made this visit possible": one who makes a meeting possible enables it
  // from outside; that says nothing of being at it.
  const enabled = verb >= 0 && madePossible(v, verb, i, end);
  const placedCall = verb >= 0 && site.cue.kind === 'call' && PLACES_CALL.test(v.lower(verb)) && directObject(v, verb, i);
  let subject = enabled ? [] : relative ? relative.people
    : !topic && !reportedOn && !welcomedNews && !welcomedInWriting && !partyGoes && !judged && verb >= 0 && (LIGHT.has(v.lower(verb)) || placedCall || (verbCue && !possessor) || recalledWith || toldTo) ? peopleBefore(v, verb, first, skip) : [];
  subject = subjectBesideVerb(site, n, verb, relative !== null, subject);
  return { verb, relative, introductory, topic, toldTo, subject };
}

/**
 * The subject of the governing verb widened by those who share it (a coordinated verb, one accompanied,
 * one "together with" the subject), or, with none, one the noun's surroundings name (a speaker to the
 * meeting, one who judges it, the two sides of the sentence before).
 */
function subjectBesideVerb(site: CueSite, n: NounPhrase, verb: number, relative: boolean, verbSubject: PersonRef[]): PersonRef[] {
  const { v, s, end, first, last, skip } = site;
  const { lead, possessor, complement, w } = n;
  let subject = verbSubject;
  // "Kelley witnessed the signing and led a bilateral meeting with ...": a coordinated verb
  // shares the sentence's subject; "Locke discussed ... during meetings with ...": so does a
  // meeting in a phrase of the clause.
  if (subject.length === 0 && verb >= 0 && LIGHT.has(v.lower(verb)) && /^(?:and|,)$/.test(v.lower(verb - 1))) subject = sentenceSubject(v, first, last);
  // "A accompanied B to the meeting with C", "accompanied the President on his visit": the one
  // accompanied goes where the companion goes; an active verb's object is there too.
  if (subject.length > 0 && !relative && verb >= 0 && ACCOMPANIES.test(v.lower(verb)) && !isPassive(v, verb, first)) subject = [...subject, ...objectPeople(v, verb + 1, lead)];
  // "hosted a roundtable with investors in Aberdeen, together with Secretary X": one named after
  // "together with" shares the governing verb's subject.
  if (subject.length > 0 && !relative && verb >= 0) {
    const co = coSubjects(v, end, last);
    if (co.length > 0) subject = [...subject, ...co];
  }
  // "X delivered an address to the summit", "gave a speech to the session": one who speaks to a meeting is at it.
  if (subject.length === 0 && !possessor && v.lower(lead - 1) === 'to') subject = speakerToMeeting(v, lead - 2, first, skip);
  // "President X felt very positive about the meeting": one who tells how a meeting went took part in it.
  if (subject.length === 0 && complement.length === 0 && !possessor && w < 0) subject = evaluatorOf(v, lead, first);
  // "A paid a visit at the invitation of B. The two Heads of State held talks": the two people of the sentence before.
  if (subject.length === 0 && verb >= 0 && LIGHT.has(v.lower(verb)) && sidesSubject(v, verb, first)) subject = sidesOfSentenceBefore(v, s);
  return subject;
}

/** The subject a phrase of place, time or purpose holding the noun takes from its clause, and that clause's reading. */
interface PhraseClause {
  readonly subject: PersonRef[];
  readonly inClause: boolean;
  /** The reading of the clause a phrase of place or time holding the noun belongs to ("will meet Y at the summit"). */
  readonly clauseReading: Reading | null;
  /** A complement "between" two or more people after "following" or "after", naming every side. */
  readonly reciprocal: boolean;
}

/**
 * "X was on an official visit to Peru", "during the talks, X said": with no subject from a verb, a phrase
 * holding the noun takes the subject of the clause it belongs to.
 */
function phraseClauseSubject(site: CueSite, r: CueReading, n: NounPhrase, g: GovernedNoun): PhraseClause {
  const { v, cue, end, first, last, skip } = site;
  const { lead, possessor, complement, w } = n;
  let subject = g.subject;
  let inClause = false;
  let clauseReading: Reading | null = null;
  // "X was on an official visit to Peru", "X, on a working visit to Lima, met ...": the subject is the visitor.
  // Not "reported on a visit": "on" after a copula, a comma or the visitor's name.
  const onAVisit = cue.kind === 'visit' && v.lower(lead - 1) === 'on' && /^(?:a|an)$/.test(v.lower(lead))
    && (/^(?:is|are|was|were|been|being|,)$/.test(v.lower(lead - 2)) || v.person(v.mentionAt(lead - 2)) !== null);
  // "X is in Berlin for talks with Y": a purpose the subject's presence serves; "called for talks" asks for them.
  const forTalks = v.lower(lead - 1) === 'for' && !REQUEST_FOR.test(v.lower(lead - 2)) && cue.kind !== 'visit';
  // "X said, following the meeting between President A and President B, ...": a complement
  // "between" two or more people names every side; one acting after it was not there for it
  // ("during the talks between A and B, C took notes" puts C there).
  const reciprocal = complement.length >= 2 && (/^(?:following|after)$/.test(v.lower(lead - 1)) || endOf(v, lead))
    && v.lower(w) === 'between';
  // "Remarks by A and B after bilateral meeting", "Joint statement by A following talks with C": those
  // who speak after a meeting in a heading with no verb took part in it, as a clause's subject does.
  if (subject.length === 0 && !possessor && TIME_OF_TALKS.test(v.lower(lead - 1))) subject = authorsOfSpeechBefore(v, lead - 1, first);
  if (subject.length === 0 && !reciprocal && (/^(?:during|in|at|following|after|over)$/.test(v.lower(lead - 1)) || endOf(v, lead) || onAVisit || forTalks) && !g.introductory) {
    // "The Secretary noted that A and B had agreed during the visit": the subject of the clause
    // the phrase belongs to, the nearest verb's, before the sentence's own.
    // The main clause's own verb keeps the sentence's subject, read whole with its appositions.
    const clause = clauseSubjectBefore(v, lead, first, skip);
    const mainVerb = sentenceSubjectEnd(v, first, last);
    const ownClause = (clause.people.length > 0 || clause.relative === true) && (mainVerb < 0 || clause.verb > mainVerb + MAIN_VERB_GROUP);
    // "welcomed the progress made in the talks": a participle's agent is unsaid, no subject's.
    const reduced = clause.verb >= 0 && participleOfObject(v, clause.verb, first);
    subject = reduced ? [] : ownClause ? clause.people : sentenceSubject(v, first, last);
    // "X noted that, during the visit to Lima, Y had opened a school": a phrase opening a clause after
    // "that" is that clause's, whose subject follows the phrase; the one who tells of it was not there.
    const thatSubject = !reduced && opensThatClause(v, lead - 1) ? subjectAfterComma(v, end, last) : [];
    if (thatSubject.length > 0) subject = thatSubject;
    if (reduced) r.agentUnsaid = true;
    // "According to X, who briefed reporters after the meeting, ...": the source of a report told of it.
    subject = subject.filter((p) => !reportSource(v, p) && !speaksForOthers(p, v));
    // "Analyst X, writing after the summit, said": a commentator acting after a meeting tells of it.
    if (OUTSIDE_IN_TIME.test(v.lower(lead - 1))) subject = subject.filter((p) => !commentsFromOutside(p, v));
    // "President X was represented by Minister Y at the ceremony": the one represented was not there.
    if (subject.length > 0 && representedSubject(v, first, last)) subject = [];
    inClause = subject.length > 0;
    // "X travelled to Nouakchott together with Prime Minister Y for talks with Z": a companion of
    // the subject, named between the clause's verb and the phrase, goes to the talks too.
    const verbOfSubject = ownClause ? clause.verb : mainVerb;
    if (inClause && verbOfSubject >= 0) subject = [...subject, ...companionsBetween(v, verbOfSubject + 1, lead - 1)];
    // "X awarded the Order to Y at a ceremony": the one who receives is at the ceremony with the one who gives.
    // "X took over from Y at a ceremony": so is the other holder of a handover.
    if (inClause && cue.kind === 'ceremony' && verbOfSubject >= 0) subject = [...subject, ...awardRecipients(v, verbOfSubject, lead - 1), ...handoverPartner(v, verbOfSubject, lead - 1)];
    // "X will meet Y at the summit", "X will fly on after meeting Y": the subject is at the meeting
    // only as its clause says; "X will not meet Y at the summit" puts no one there.
    // "X would visit Moscow for the regular meeting": talks a journey is for come when the journey does.
    if (inClause && clause.verb >= 0 && (/^(?:during|in|at|over|after|following)$/.test(v.lower(lead - 1)) || forTalks)) clauseReading = verbReading(v, clause.verb, first);
    // "did not speak to reporters after meeting Y": what did not happen after a meeting leaves the meeting.
    if (clauseReading === 'negated' && /^(?:after|following)$/.test(v.lower(lead - 1))) clauseReading = null;
    if (clauseReading === 'negated') {
      subject = [];
      inClause = false;
    }
  }
  return { subject, inClause, clauseReading, reciprocal };
}

/**
 * The subject a gerund or an opening phrase holding the noun shares with the main clause, added to
 * the one read so far; null when the opening phrase tells of no meeting.
 */
function openingSubject(site: CueSite, n: NounPhrase, g: GovernedNoun, c: PhraseClause): PersonRef[] | null {
  const { v, cue, i, end, first, last } = site;
  const { lead, possessor, complement } = n;
  let subject = c.subject;
  // "A thanked B in a telephone conversation": a call the clause's verb happened in joins its
  // subject and its object; a meeting may have people spoken of who were not there.
  if (c.inClause && cue.kind === 'call' && complement.length === 0) subject = [...subject, ...clauseObject(v, first, last)];
  // "the pleasure of meeting Prime Minister X", "after meeting President Y": a gerund after a
  // preposition takes its object as a noun phrase, with no "with".
  if (v.lower(i).endsWith('ing') && end === i + 1 && /^(?:of|after|before|for|by|on|upon|since|while|in|at|to)$/.test(v.lower(i - 1))) {
    complement.push(...objectPeople(v, end, last));
    // "After meeting President Y, Minister X flew on": an opening phrase shares the main clause's subject.
    if (i - 1 === first) subject = [...subject, ...subjectAfterComma(v, end, last)];
    // "..., said Commissioner X after meeting Y": the subject of a verb of speech put after it, in a
    // quotation's attribution, is the subject the gerund of time shares.
    else if (subject.length === 0 && /^(?:after|before|upon|on|since|while)$/.test(v.lower(i - 1))) {
      const speaker = invertedSpeakerEndingAt(v, i - 2, first);
      if (speaker) subject = [speaker];
    }
  }
  // "After talks with President Y, Minister X announced a loan": talks with someone, in a phrase of
  // time opening the sentence with no holder of its own, are the main clause's subject's, as
  // "After meeting Y, X" is; "After the talks, X announced" names no other side and puts no one there.
  // A main clause still to come ("X will announce") says nothing of who held them.
  if (subject.length === 0 && !possessor && v.lower(end) === 'with' && complement.length > 0 && lead - 1 === first && TIME_OF_TALKS.test(v.lower(first))
    && mainClauseReading(v, i, last) !== 'planned') {
    subject = subjectAfterComma(v, end, last).filter((p) => !speaksForOthers(p, v) && !commentsFromOutside(p, v));
  }
  // "Welcoming the visit of X, President Y said", "Receiving the credentials of Ambassador X,
  // President Y ...": the subject of an opening participle that hosts the meeting is the main clause's.
  // "Welcoming the visit, X said": a meeting told of before, welcomed with no party of its own (its
  // phrase closed by the comma right after the noun), is news one approves of, as with "X welcomed
  // the visit"; it puts no one at it ("Welcoming the visit of Y, X said" is the host's).
  if (v.lower(first) === 'welcoming' && lead === first + 1 && /^(?:the|this|these)$/.test(v.lower(lead)) && v.lower(end) === ',' && !possessor) return null;
  if (subject.length === 0 && !possessor && hostingParticipleBefore(v, i, first)) subject = subjectAfterComma(v, end, last);
  // "Speaking at the meeting, Ambassador X thanked the President": one who speaks at a meeting, or
  // takes part in it, in a participle phrase opening the sentence is the main clause's subject.
  if (subject.length === 0 && !possessor && presentAtOpening(v, i, first, lead)) subject = subjectAfterComma(v, end, last);
  return subject;
}

/** The people at the meeting a noun names, gathered from every step, and whether it is held, planned or negated. */
function nounCueReading(site: CueSite, r: CueReading, n: NounPhrase, g: GovernedNoun, c: PhraseClause, subject: PersonRef[], onOwn: readonly PersonRef[]): CueReading | null {
  const { v, s, cue, i, end, first, last, skip } = site;
  const { lead, possessor, complement } = n;
  const { verb, relative, introductory, toldTo } = g;
  // "After the meeting, Minister X told reporters ...": a phrase of time before or after the
  // meeting only dates the main clause's act, and one acting alone then was not shown at it;
  // two sides the clause puts face to face were ("After the talks, A thanked B").
  // "At the press conference after the talks, reporter X asked A": a phrase of time that modifies
  // another event's noun puts the main clause at that event, not at the meeting it is timed by.
  // "At the press conference, X of Reuters asked Y": one of the press there is its audience, not a party.
  const timesAnotherEvent = introductory && outsideInTime(v, lead) && modifiesEarlierNoun(v, lead, first);
  const intro = introductory && !c.reciprocal && !timesAnotherEvent ? mainClausePeople(v, end, last, outsideInTime(v, lead), pressEventAt(v, i, end)).filter((p) => !speaksForOthers(p, v) && !(outsideInTime(v, lead) && commentsFromOutside(p, v)) && !ofThePress(p, v)) : [];
  let their = subject.length === 0 ? theirPeople(v, i, first, skip) : [];
  // "A invited B to visit. The invitation was extended during their telephone conversation": with no
  // one named before "their" in its sentence, it stands for the subject and object of the sentence before.
  if (subject.length === 0 && their.length === 0 && complement.length === 0 && !possessor) their = theirOfSentenceBefore(v, s, i);
  // "X awarded decorations to A and B. ... The ceremony was attended by C": "the ceremony" opening its
  // sentence with no one of its own is the award told of just before ("the ceremony of the national day" is another).
  if (cue.kind === 'ceremony' && lead === first && v.lower(i - 1) === 'the' && (v.isVerb(end) || v.lower(end) === ',') && subject.length === 0 && their.length === 0 && complement.length === 0 && !possessor) their = awardBefore(v, s);
  // "At the invitation of President X, President Y paid a state visit": the one who invited is the host.
  if (cue.kind === 'visit' && (subject.length > 0 || complement.length > 0)) complement.push(...invitingHost(v, first, last));
  const people: PersonRef[] = possessor ? [possessor] : [];
  appendAll(people, subject);
  appendAll(people, complement);
  appendAll(people, intro);
  appendAll(people, dashedPairBefore(v, i, first));
  appendAll(people, accompanyingBefore(v, i, first, last, skip));
  appendAll(people, their);
  r.people = people;
  // The meeting one tells something is as the telling is: "told the summit that talks should resume" was told.
  r.reading = (relative ? verbReading(v, relative.verb, first) : toldTo ? verbReading(v, verb, first) ?? 'held' : null) ?? nounReading(v, i, verb, first, last, end);
  // "During the visit, X is scheduled to meet Y": what is still to come during a visit places the visit ahead too.
  if (r.reading === 'held' && lead - 1 === first && v.lower(first) === 'during' && mainClauseReading(v, i, last) === 'planned') r.reading = 'planned';
  if (c.clauseReading === 'planned' && r.reading !== 'negated') r.reading = 'planned';
  // A meeting under discussion with nothing placing it behind is one still to come ("to discuss the visit of X").
  // "discussed the meeting between A and B last week": a time that can only be past, in the noun's own
  // phrase, places it behind; so does a participle of holding right after the noun ("reviewed the talks held in Oslo").
  if (g.topic) {
    r.reading = nounReading(v, i, -1, first, last, end) ?? (resultOf(v, i, first) || pastTimeAfter(v, end, last) || HELD_PARTICIPLE.test(v.lower(end)) ? 'held' : 'planned');
    r.distinct = true;
  }
  // "A and B will discuss it at their meeting": with no verb of its own, the noun is read with the clause's verb.
  if (their.length > 0 && verb < 0 && clauseVerbReading(v, i, first) === 'planned') r.reading = 'planned';
  for (let j = i - 1; j >= first && i - j <= 4; j--) if (DISTINCT.has(v.lower(j)) || (ORDINAL.has(v.lower(j)) && !namesReportedMeeting(v, j, first, end - 1))) r.distinct = true;
  if (r.kind === 'meeting' && (PHONE.test(v.lower(i - 1)) || PHONE.test(v.lower(i - 2)))) r.kind = 'call';
  if (r.people.length === 0 && !DEFINITE.has(v.lower(i - 1)) && !intro.length) r.rule += '+bare';
  // "D was on a call with E": the subject is on that meeting of its own with whoever the noun names.
  for (const p of onOwn) if (!r.people.some((q) => q.actor.id === p.actor.id)) r.people.unshift(p);
  r.place = placeAfter(v, end, last, PLACE_PREPS);
  // "C is on a working trip today": a journey with no one and nowhere named tells only that C is away.
  if (onOwn.length > 0 && r.kind === 'visit' && r.people.length === onOwn.length && !placeAfter(v, end, last, JOURNEY_PLACE_PREPS)) return null;
  return r;
}
/** Every report of a meeting in one sentence. */
export function sentenceMeetings(v: MeetingText, s: Sentence, dates: readonly DateMention[], classes = sentenceClasses(v, s)): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  const first = s.tokenStart;
  const last = s.tokenEnd;
  // phoneAdjunct reads the noun one or two words after "by", "over", ...: past the sentence's end too.
  const phone = ((classes | wordClasses(v, last) | wordClasses(v, last + 1)) & PHONE_NOUN) !== 0;
  const cues = (classes & STARTS_CUE) !== 0;
  const fronted = cues ? frontedSidelines(v, first, last) : null;
  const skip = cues || phone || (classes & HOSPITALITY_WORD) !== 0 ? relativeClauses(v, s) : NO_CLAUSES;
  // Without a word that starts a cue, cueAt finds none at any token.
  for (let i = cues ? first : last; i < last; i++) {
    const hit = cueAt(v, i, last);
    if (!hit) continue;
    const { cue } = hit;
    // "..., chaired by X": a participle right before "by" is passive without its auxiliary.
    // "the Indian community, represented at the reception by X": so is one set off by a comma, its "by" past the meeting it was at.
    const participle = /ed$|^led$|^held$/.test(v.lower(hit.end - 1));
    // "their teams, led respectively by A and B": an adverb of how the agents share the act, between the
    // participle and its "by", belongs to the participle.
    const end = participle && SHARED_AGENCY.test(v.lower(hit.end)) && v.lower(hit.end + 1) === 'by' ? hit.end + 1 : hit.end;
    const t0 = v.tok(i)!;
    const t1 = v.tok(end - 1)!;
    const byAfterMeeting = cue.cueClass === 'by' && participle && v.lower(i - 1) === ',' && PLACE_PREPS.has(v.lower(end)) ? complementAfter(v, end, last, BY, 6) : -1;
    // "joined by video call": "by" and a means of taking part name no agent.
    // "the commission, chaired on the EU side by A and on the Ukrainian side by B, met": so is one set
    // off by a comma whose agents follow the side each stands for, as after a finite passive.
    const sidedParticiple = participle && v.lower(i - 1) === ',' && elidedSideEnd(v, end, last) > 0;
    // "was part of the talks", "was also associated with the talks": a cue of attending of several words
    // is a predicate read with its copula, never a passive.
    const predicate = cue.cueClass === 'attend' && cue.form.includes(' ');
    const passive = cue.cueClass !== 'noun' && cue.cueClass !== 'present' && !predicate && (isPassive(v, i, first) || (v.lower(end) === 'by' && participle && !attendedInManner(v, end, last))
      || (byAfterMeeting >= 0 && nounWithin(v, end, byAfterMeeting)) || sidedParticiple);
    const site: CueSite = { v, s, cue, i, end, first, last, skip, passive, out, rule: `${cue.cueClass}:${cue.form}` };
    // "spoke at a summit hosted by X": the host of a gathering one only speaks at is not met there.
    if (passive && participle && !isPassive(v, i, first) && speechOccasionBefore(v, i, first)) continue;
    // "delivered remarks at a reception": a function one only speaks at brings the speaker to no meeting.
    if (cue.cueClass === 'noun' && speechFunctionAt(v, i, first)) continue;
    // "As President X said at the summit last year, ...": a gathering whose words are cited reports no meeting.
    if (cue.cueClass === 'noun' && citedOccasion(v, i, first, last)) continue;
    const read = readCue(site);
    if (!read || read.reading === 'negated') continue;
    const { people, reading, joinOnly, distinct, guest, agentUnsaid, partiesOwn, addressed, kind, place, rule } = read;
    const draft: MeetingDraft = {
      kind,
      status: reading === 'planned' ? 'planned' : 'held',
      trigger: { start: t0.start, end: t1.end, text: v.text.slice(t0.start, t1.end) },
      people: unique(people),
      parties: [],
      date: dateIn(v.text, dates, s, t0.start),
      place: place ?? (fronted && i >= fronted.end ? fronted.place : null),
      sentence: s.index,
      rule,
      joinOnly,
      distinct,
    };
    // The optional marks in this order, each only when set.
    if (guest) draft.guest = guest;
    if (agentUnsaid) draft.agentUnsaid = agentUnsaid;
    if (partiesOwn) draft.partiesOwn = partiesOwn;
    if (addressed) draft.addressed = addressed;
    const before = cue.cueClass === 'noun' ? v.lower(i - 1) : '';
    if (before === 'the' || before === 'this') draft.definite = true;
    if (before === 'this') draft.proximal = true;
    out.push(draft);
    i = end - 1;
  }
  const phoned = phone ? phoneAdjunct(v, s, out, skip, dates) : null;
  if (phoned) out.push(phoned);
  const thanked = classes & HOSPITALITY_WORD ? thanksForWelcome(v, s, skip, dates) : null;
  if (thanked) out.push(thanked);
  const shown = !thanked && classes & HOSPITALITY_WORD ? hospitalityShownTo(v, s, dates) : null;
  if (shown) out.push(shown);
  const listed = colonList(v, s, out);
  if (listed) out.push(listed);
  // A list after "who" joins a meeting found before it, so with none found it has nothing to join.
  const named = classes & WHO && out.length > 0 ? relativeSubjectList(v, s, out) : null;
  if (named) out.push(named);
  const companion = classes & WHO ? withTheSpeaker(v, s, dates) : null;
  if (companion) out.push(companion);
  const standing = out.length === 0 && classes & HERE ? hereWithSpeaker(v, s, dates) : null;
  if (standing) out.push(standing);
  const here = classes & HERE ? namedHereInRemarks(v, s, dates) : null;
  if (here) out.push(here);
  const beside = togetherWithSpeaker(v, s, dates);
  if (beside) out.push(beside);
  const group = definiteGroupList(v, s, dates);
  if (group) out.push(group);
  const heading = sideHeading(v, s, dates);
  if (heading) out.push(heading);
  const inTurn = receivedInTurn(v, s, dates);
  if (inTurn) out.push(inTurn);
  const unnamed = classes & COUNTERPART ? counterpartNamedNext(v, s, out, dates) : null;
  if (unnamed) out.push(unnamed);
  const opening = classes & OPENING_WORD ? jointOpening(v, s, skip, dates) : null;
  if (opening) out.push(opening);
  return out;
}

/**
 * Verbs of giving by hand, whose thing goes "to" a person: "handed the letter to". ("Delivered a message
 * to X" is not one: a message is often delivered through someone else received in X's stead.)
 */
const GIVES_BY_HAND = /^(?:handed|handing)$/;

/** Most tokens from "presented" to the "to" of the one presented to: "presented the Victory Plan to", "handed over a letter from Prime Minister A B to". */
const PRESENTED_REACH = 12;

/**
 * "X presented the plan to President Y", "which he had presented to Y": the one who presents and
 * the person presented to, both named. Credentials are read by the ceremony words themselves.
 */
function presentedTo(v: MeetingText, i: number, end: number, first: number, last: number, skip: ReadonlySet<number>): PersonRef[] | null {
  const to = complementAfter(v, end, last, ONLY_TO, PRESENTED_REACH);
  if (to < 0) return null;
  for (let j = end; j < to; j++) if (/^(?:credentials|credence|copies)$/.test(v.lower(j))) return null;
  // "a message to the President from King X": the sender after "from" is no one presented to.
  const from = complementAfter(v, to + 1, last, FROM, PRESENTED_REACH);
  const object = peopleAfter(v, to + 1, last).people.filter((p) => from < 0 || v.tokenRange(p.mention)[0] < from);
  if (object.length === 0) return null;
  const subject = peopleBefore(v, i, first, skip);
  return subject.length > 0 ? [...subject, ...object] : null;
}

/** "a message from A to B" after a verb ending at `end`: a "from" comes before the "to", within the reach of presentedTo. */
function fromBeforeTo(v: MeetingText, end: number, last: number): boolean {
  for (let j = end; j < last && j - end < PRESENTED_REACH; j++) {
    const l = v.lower(j);
    if (l === 'to') return false;
    if (l === 'from') return true;
  }
  return false;
}

/** "at the end of", "upon conclusion of", "at the close of" before the phrase starting at `lead`: a time after the meeting, as "after" is. */
function endOf(v: MeetingText, lead: number): boolean {
  if (v.lower(lead - 1) !== 'of' || !/^(?:end|conclusion|close|completion)$/.test(v.lower(lead - 2))) return false;
  const before = v.lower(lead - 3) === 'the' ? lead - 4 : lead - 3;
  return /^(?:at|upon|on)$/.test(v.lower(before));
}

/** Prepositions of a time before or after an event: "after the talks", "ahead of the summit", "prior to the meeting". */
const OUTSIDE_IN_TIME = /^(?:after|following|before|ahead|prior|since|until)$/;
/** Prepositions of time whose phrase of talks with someone opening a sentence puts the main clause's subject at them. */
const TIME_OF_TALKS = /^(?:after|following|during)$/;

/** Whether the phrase starting at `lead` names a time outside the meeting: "after [the talks]", "ahead of [the summit]", "at the end of [the visit]". */
/**
 * Whether the preposition of time before the phrase at `lead` ("after", "ahead of") follows a noun
 * of the same opening phrase rather than opening the sentence: "At the press conference [after]
 * the talks", not "[After] the talks, ...".
 */
function modifiesEarlierNoun(v: MeetingText, lead: number, first: number): boolean {
  let p = lead - 1;
  if ((v.lower(p) === 'of' || v.lower(p) === 'to') && OUTSIDE_IN_TIME.test(v.lower(p - 1))) p--;
  return p - 1 > first && /^(?:NOUN|PROPN)$/.test(v.tok(p - 1)?.pos ?? '');
}

function outsideInTime(v: MeetingText, lead: number): boolean {
  const prep = v.lower(lead - 1);
  if (OUTSIDE_IN_TIME.test(prep)) return true;
  if ((prep === 'of' || prep === 'to') && OUTSIDE_IN_TIME.test(v.lower(lead - 2))) return true;
  return endOf(v, lead);
}

/**
 * Whether the words from `from` to `to` (exclusive), after "who is", say only that one is here:
 * "also here today", "here", ending at the clause's comma or the sentence's end.
 */
function presentHere(v: MeetingText, from: number, to: number): boolean {
  let here = false;
  for (let q = from - 1; q < to; q++) if (v.lower(q) === 'here') here = true;
  return here && /^(?:,|\.|)$/.test(v.lower(to));
}

/** Honorifics before a name: "Mr", "Ms", "Dr". */
const HONORIFIC = /^(?:mr|ms|mrs|dr|mr\.|ms\.|mrs\.|dr\.|madam|sir)$/;

/** The people listed before `last` and joined to it by commas and "and": "A, B and [last]", in text order. */
function coordinatedBefore(v: MeetingText, last: PersonRef, first: number): PersonRef[] {
  const out: PersonRef[] = [];
  // An office or honorific before a name ("Mr", "Minister") stands outside its mention.
  const opening = (k: number) => {
    let j = v.officeStart(k);
    while (j - 1 >= first && HONORIFIC.test(v.lower(j - 1))) j = v.officeStart(j - 1);
    return j;
  };
  let start = opening(v.tokenRange(last.mention)[0]);
  while (start - 2 >= first && /^(?:and|,)$/.test(v.lower(start - 1))) {
    const q = v.person(v.mentionAt(start - 2));
    if (!q) break;
    out.unshift(q);
    start = opening(v.tokenRange(q.mention)[0]);
  }
  return out;
}

/** Verbs of company whose object is the speaker: "who accompanied me", "who joined us". */
const KEEPS_COMPANY = /^(?:accompanied|accompanies|accompanying|joined|joins)$/;

/**
 * "Commissioner X, who is with me", "Minister Y, who accompanied us": one whom a relative clause
 * puts in the speaker's company joins the meeting being reported. Not "who will join me"; and with
 * no meeting reported, it opens none ("Ambassador X, who is with us tonight" in a speech is one of
 * the audience).
 */
function withTheSpeaker(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 2; j + 2 < s.tokenEnd; j++) {
    if (v.lower(j) !== 'who' || v.lower(j - 1) !== ',') continue;
    const p = v.person(v.mentionAt(j - 2));
    if (!p) continue;
    let k = j + 1;
    let company = false;
    if (/^(?:is|are|was|were)$/.test(v.lower(k))) {
      k++;
      while (/^(?:also|here|today|now)$/.test(v.lower(k))) k++;
      company = v.lower(k) === 'with';
      // "Minister X, who is also here today, ...": in spoken words, "here" is where the speaker stands.
      if (!company && presentHere(v, j + 2, k) && spoken(v, s)) {
        const people = /^(?:is|was)$/.test(v.lower(j + 1)) ? [p] : [...coordinatedBefore(v, p, s.tokenStart), p];
        return draftOfWords(v, s, dates, j, k - 1, { kind: 'meeting', status: 'held', people, rule: 'here-in-remarks', joinOnly: true });
      }
    } else {
      while (/^(?:also|has|have|had)$/.test(v.lower(k))) k++;
      company = KEEPS_COMPANY.test(v.lower(k));
    }
    if (!company || !/^(?:me|us)$/.test(v.lower(k + 1))) continue;
    // "Mr A and Mr B, who are here with us": a plural verb takes the whole list before the comma.
    const people = /^(?:is|was)$/.test(v.lower(j + 1)) ? [p] : [...coordinatedBefore(v, p, s.tokenStart), p];
    return draftOfWords(v, s, dates, j, k + 1, { kind: 'meeting', status: 'held', people, rule: 'join:with-the-speaker', joinOnly: true });
  }
  return null;
}

/** Determiners that make a group refer back to one the text has already spoken of. */
const BACK_REFERENCE = new Set(['the', 'these', 'those']);

/**
 * "The new envoys are A, B and C", "These participants included A and B": a group of people
 * already spoken of (a definite plural noun of people as subject), then named after a copula or
 * a verb of membership. Those named join the meeting just reported; with none before, no
 * meeting is recorded.
 */
export function definiteGroupList(v: MeetingText, s: Sentence, dates: readonly DateMention[]): MeetingDraft | null {
  let j = s.tokenStart;
  // "They are A, B and C": the pronoun stands for a group of people the sentence before met.
  if (v.lower(j) === 'they') {
    if (!groupMetBefore(v, s)) return null;
  } else {
    if (!BACK_REFERENCE.has(v.lower(j))) return null;
    j++;
    while (j < s.tokenEnd && (v.tok(j)?.pos === 'ADJ' || v.tok(j)?.pos === 'NUM' || /^(?:newly|new|other|three|four|five|six|seven|eight|nine|ten)$/.test(v.lower(j)))) j++;
    const head = v.lower(j);
    // "The others are D and E": the rest of a group already spoken of.
    if (!(PEOPLE_NOUNS.has(head) && /s$/.test(head)) && head !== 'others') return null;
  }
  if (!NAMING_VERB.test(v.lower(j + 1))) return null;
  const people = peopleAfter(v, j + 2, s.tokenEnd, true).people;
  if (people.length === 0) return null;
  return draftOfWords(v, s, dates, s.tokenStart, j + 1, { kind: 'meeting', status: 'held', people, rule: 'join:definite-group-list', joinOnly: true });
}

/** Whether the sentence before s, in the same paragraph or the one before, has a meeting cue. */
function cueInSentenceBefore(v: MeetingText, s: Sentence): boolean {
  const prev = v.sentences[s.index - 1];
  if (!prev || s.paragraph - prev.paragraph > 1) return false;
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) if (cueAt(v, j, prev.tokenEnd)) return true;
  return false;
}

/**
 * Whether the sentence before s, in the same paragraph or the one before, reports a meeting with a
 * group of people in the plural: "Five new Heads of Mission presented their Letters of Credence".
 */
function groupMetBefore(v: MeetingText, s: Sentence): boolean {
  const prev = v.sentences[s.index - 1];
  if (!prev || s.paragraph - prev.paragraph > 1) return false;
  let group = false;
  let cue = false;
  for (let j = prev.tokenStart; j < prev.tokenEnd; j++) {
    const l = v.lower(j);
    if (PEOPLE_NOUNS.has(l) && /s$/.test(l)) group = true;
    if (!cue && cueAt(v, j, prev.tokenEnd)) cue = true;
  }
  return group && cue;
}

/** Copulas and verbs of membership that name, after them, those a group's relative clause described. */
const NAMING_VERB = /^(?:were|are|was|is|included|include|includes|comprised)$/;
/** Most tokens between "who" and the verb that names its group. */
const RELATIVE_REACH = 16;

/**
 * "The envoys who presented their credentials were A, B and C", "Those who attended the talks
 * included A and B": a group of people described by a relative clause with a meeting word in it,
 * then named after a copula. The group's noun must be one of people in the plural, or "those".
 */
export function relativeSubjectList(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[]): MeetingDraft | null {
  for (let w = s.tokenStart + 1; w < s.tokenEnd - 2; w++) {
    if (v.lower(w) !== 'who') continue;
    const head = v.lower(w - 1);
    if (!(head === 'those' || (PEOPLE_NOUNS.has(head) && /s$/.test(head)))) continue;
    const whoAt = v.tok(w)!.start;
    for (let j = w + 1; j < s.tokenEnd && j - w <= RELATIVE_REACH; j++) {
      if (!NAMING_VERB.test(v.lower(j))) continue;
      const at = v.tok(j)!.start;
      const cue = drafts.find((d) => !d.joinOnly && d.trigger.start > whoAt && d.trigger.end <= at);
      if (!cue) return null;
      const people = peopleAfter(v, j + 1, s.tokenEnd, true).people;
      return people.length ? { ...cue, people, rule: 'relative-subject-list', joinOnly: true } : null;
    }
    return null;
  }
  return null;
}

/** Nouns for people met in a body: "received the heads of the regional councils", "hosted a delegation". */
const PEOPLE_NOUNS = new Set(['heads', 'members', 'guests', 'visitors', 'representatives', 'delegation', 'delegations', 'ambassadors', 'envoys', 'leaders', 'leadership',
  'ministers', 'governors', 'officials', 'executives', 'participants', 'veterans', 'students', 'chairmen', 'chairs', 'mayors', 'deputies', 'senators',
  'parliamentarians', 'lawmakers', 'diplomats', 'businessmen', 'entrepreneurs', 'scientists', 'journalists', 'families', 'winners', 'graduates', 'investors']);

/** The object after k is a travelling party: "a trade delegation", "the business mission". */
function partyAfter(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < 5; j++) {
    if (PARTY_NOUNS.test(v.lower(j))) return true;
    if (!v.inNounPhrase(j) && v.tok(j)?.pos !== 'NOUN') return false;
  }
  return false;
}

/** The object after k is a group of people ("the heads of ...", "a delegation of ..."), though no one is named. */
/** Plural nouns of people received as a group: "investors", "a group of businessmen". */
const RECEIVED_PEOPLE = /^(?:investors|businessmen|businesswomen|businesspeople|entrepreneurs|executives|engineers|students|scientists|journalists|experts)$/;

function peopleNoun(v: MeetingText, k: number, last: number): boolean {
  for (let j = k; j < last && j - k < 5; j++) {
    // "received a group of engineers led by X", "received investors, including X": the people named after the party meet the host.
    if (PEOPLE_NOUNS.has(v.lower(j)) || RECEIVED_PEOPLE.test(v.lower(j))) return true;
    const m = v.mentionAt(j);
    if (m && m.type === 'organization' && m.form === 'nominal') return true;
    // "a group of engineers": the people a party noun is made of.
    const partyOf = (PARTY_NOUNS.test(v.lower(j)) && v.lower(j + 1) === 'of') || (v.lower(j) === 'of' && PARTY_NOUNS.test(v.lower(j - 1)));
    if (!v.inNounPhrase(j) && !partyOf) return false;
  }
  return false;
}

/**
 * Whether the subject of the passive verb at i is a common noun of a thing: "the statement [was
 * welcomed]", "the proposals [were received]" (not "the delegation", "the guests", "the minister").
 */
function thingSubject(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  while (j >= first && (v.tok(j)?.pos === 'ADV' || /^(?:is|are|was|were|be|been|being|has|have|had|also|warmly)$/.test(v.lower(j)))) j--;
  if (j < first || v.tok(j)?.pos !== 'NOUN' || v.mentionAt(j) || v.isCap(j)) return false;
  const l = v.lower(j);
  return !PEOPLE_NOUNS.has(l) && !GUEST.test(l) && !PARTY_NOUNS.test(l) && !v.isOffice(j) && !SIDES.test(l) && !eventNoun(v, j);
}

/** Personal pronouns that may stand for the people of a visit told of before. */
const PEOPLE_PRONOUN = /^(?:they|we|he|she)$/;

/**
 * Whether the subject of the passive verb at i names people without a name: a personal pronoun ("they
 * were shown ...") or a common noun of people or of an office ("the ministers were shown ...").
 */
function peopleWordSubject(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  while (j >= first && (v.tok(j)?.pos === 'ADV' || /^(?:is|are|was|were|be|been|being|has|have|had|also)$/.test(v.lower(j)))) j--;
  if (j < first || v.mentionAt(j)?.type === 'person') return false;
  const l = v.lower(j);
  return PEOPLE_PRONOUN.test(l) || (v.tok(j)?.pos === 'NOUN' && !v.isCap(j) && (PEOPLE_NOUNS.has(l) || PARTY_NOUNS.test(l) || v.isOffice(j)));
}

/** Whether the subject right before the verb group at i is a meeting noun ("their meeting was welcomed"). */
function eventSubject(v: MeetingText, i: number, first: number): boolean {
  let j = i - 1;
  while (j >= first && (v.tok(j)?.pos === 'ADV' || /^(?:is|are|was|were|be|been|being|has|have|had|also|warmly)$/.test(v.lower(j)))) j--;
  return j >= first && v.tok(j)?.pos === 'NOUN' && !v.mentionAt(j) && eventNoun(v, j);
}

/** Most tokens of the object of a verb of attendance: "the 15th India-Australia Foreign Ministers' Framework Dialogue". */
const OBJECT_REACH = 16;

/**
 * Where the object phrase after a verb at k ends: a comma, a semicolon, a clause opener or a
 * finite verb closes it, and so does the reach; a short object keeps the old eight tokens.
 */
function objectPhraseEnd(v: MeetingText, k: number, last: number): number {
  let j = k;
  for (; j < last && j - k < OBJECT_REACH; j++) {
    const l = v.lower(j);
    if (j - k >= 8 && (l === ',' || l === ';' || l === '.' || v.isClauseOpener(j) || (v.isVerb(j) && !l.endsWith('ing')))) break;
  }
  return j;
}

/** Common nouns of a place a determiner refers back to: "the region", "our country", "your republic". */
const PLACE_NOUN = /^(?:region|city|country|republic|province|oblast|krai|state|island|capital)$/;
/** The plurals of PLACE_NOUN: "the affected islands", "the border regions". */
const PLACE_NOUNS = /^(?:regions|cities|countries|republics|provinces|oblasts|states|islands)$/;
/** Most adjectives between the determiner and the noun of place: "the [flooded northern] provinces". */
const PLACE_ADJECTIVES = 2;

/**
 * Whether a determiner at k and a common noun of place after it stand for a place told of before
 * ("the region", "our country", "the affected islands"). Adjectives may stand between; "the region
 * of X" names a part of something else.
 */
function anaphoricPlace(v: MeetingText, k: number): boolean {
  if (!/^(?:the|this|these|our|your|their|his|her)$/.test(v.lower(k))) return false;
  let j = k + 1;
  while (j - k <= PLACE_ADJECTIVES && v.tok(j)?.pos === 'ADJ' && !v.isCap(j)) j++;
  const l = v.lower(j);
  return (PLACE_NOUN.test(l) || PLACE_NOUNS.test(l)) && !v.isCap(j) && v.lower(j + 1) !== 'of';
}

/** Verbs of chairing in the simple present: "chairs", "co-chairs". */
const CHAIRS_PRESENT = /^(?:co-?chairs|chairs)$/;
/** Most tokens of the object's noun phrase before its head: "the intergovernmental commission on trade". */
const BODY_OBJECT_REACH = 6;

/**
 * Whether the verb at i is "chairs" or "co-chairs" in the simple present and the head noun of its object
 * names a standing body ("the intergovernmental commission", "the working group"), not a meeting.
 */
function chairsStandingBody(v: MeetingText, i: number, end: number, last: number): boolean {
  if (!CHAIRS_PRESENT.test(v.lower(i))) return false;
  let head = -1;
  for (let j = end; j < last && j - end < BODY_OBJECT_REACH; j++) {
    const pos = v.tok(j)?.pos ?? '';
    if (pos === 'NOUN' || pos === 'PROPN') head = j;
    else if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NUM')) break;
  }
  return head >= 0 && (BODY_NOUNS.test(v.lower(head)) || /^(?:group|groups)$/.test(v.lower(head)));
}

/** Nouns of a party sent somewhere: "a delegation", "the mission". */
const TRAVELLING = /^(?:delegation|mission)$/;

/**
 * Where "to" stands after a travelling party that is the object starting at token k ("[the
 * Presidential Delegation] to"), with a place or an occasion after it, not an infinitive ("led a
 * delegation to discuss"); else -1.
 */
function travellingPartyTo(v: MeetingText, k: number, last: number): number {
  let j = k;
  while (j < last && j - k <= 5 && !TRAVELLING.test(v.lower(j)) && /^(?:DET|ADJ|PROPN|NOUN|NUM)$/.test(v.tok(j)?.pos ?? '')) j++;
  if (!TRAVELLING.test(v.lower(j)) || v.lower(j + 1) !== 'to') return -1;
  return v.isVerb(j + 2) || v.tok(j + 2)?.pos === 'VERB' ? -1 : j + 1;
}

/** Most tokens back from "on" to the word of congratulating whose occasion it names: "passed on his congratulations to President X on". */
const CONGRATULATED_REACH = 12;

/**
 * "congratulated the people on the inauguration of President X", "conveyed congratulations to Y on
 * her inauguration": the "on" at k names what is congratulated, an occasion the one congratulating
 * was not at; a word of congratulating stands before it in its clause.
 */
function congratulatedBefore(v: MeetingText, k: number, first: number): boolean {
  for (let j = k - 1; j >= first && k - j <= CONGRATULATED_REACH; j--) {
    const l = v.lower(j);
    if (l === ';' || l === ':') return false;
    if (l.startsWith('congratulat')) return true;
  }
  return false;
}

/** Prepositions that put what a clause tells before or after an event, not at it. */
const OUTSIDE_TIME = /^(?:after|before|following|since|until|ahead|prior)$/;

/**
 * "after the inauguration", "ahead of his inauguration", "prior to the investiture" (only a time);
 * "on the sidelines of the inauguration", "on the occasion of his investiture" (only the frame of
 * another event): the words before the noun at i say it is not where the clause's people met.
 */
function onlyTimeOrOccasion(v: MeetingText, i: number, first: number): boolean {
  let k = i - 1;
  if (k >= first && /^(?:the|his|her|their|this|its)$/.test(v.lower(k))) k--;
  if (k - 1 >= first && v.lower(k) === 'of' && FRAME.test(v.lower(k - 1))) return true;
  if (k >= first && /^(?:on|upon)$/.test(v.lower(k)) && congratulatedBefore(v, k, first)) return true;
  if (k >= first && /^(?:of|to)$/.test(v.lower(k)) && /^(?:ahead|prior)$/.test(v.lower(k - 1))) k--;
  return k >= first && OUTSIDE_TIME.test(v.lower(k));
}

/** A meeting noun (or a body that meets) between tokens a and b. */
function nounWithin(v: MeetingText, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    if (ATTENDABLE.has(v.lower(j))) return true;
    // "attended the inauguration of the port": a ceremony of taking office is a meeting only by its
    // own noun's reading, which asks for the one who takes office.
    if (TAKING_OFFICE.test(v.lower(j))) continue;
    // "joined the call for a ceasefire", "echoed calls for restraint": a call for something is an appeal.
    if (/^calls?$/.test(v.lower(j)) && v.lower(j + 1) === 'for') continue;
    const list = meetingLexicon().byFirstWord.get(v.lower(j));
    if (list?.some((c) => c.cueClass === 'noun')) return true;
  }
  return false;
}

/**
 * "The following ambassadors presented their credentials: A (Sudan); B (Chad)": after a colon
 * in a sentence that reports a meeting, the people listed take part.
 */
export function colonList(v: MeetingText, s: Sentence, drafts: readonly MeetingDraft[]): MeetingDraft | null {
  const cue = drafts.find((d) => !d.joinOnly);
  if (!cue) return null;
  for (let j = lowerBound(v.tokens, cue.trigger.end); j < s.tokenEnd - 1; j++) {
    if (v.lower(j) !== ':') continue;
    const people = peopleAfter(v, j + 1, s.tokenEnd, true).people;
    if (people.length === 0) return null;
    return { ...cue, people, rule: 'colon-list', joinOnly: true };
  }
  return null;
}

/** Longest list of people deduplicated by comparing each with those kept; a longer one takes a set. */
const SHORT_PEOPLE = 8;

/**
 * The people of a list, each mention once, in order. A cue's list is nearly always a handful: those
 * are compared with the ones kept, with no set and no callback made per cue.
 */
function unique(people: readonly PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  if (people.length > SHORT_PEOPLE) {
    const seen = new Set<string>();
    for (const p of people) if (!seen.has(p.mention.id)) (seen.add(p.mention.id), out.push(p));
    return out;
  }
  for (const p of people) if (!keptAlready(out, p.mention.id)) out.push(p);
  return out;
}

function keptAlready(kept: readonly PersonRef[], mentionId: string): boolean {
  for (let k = 0; k < kept.length; k++) if (kept[k]!.mention.id === mentionId) return true;
  return false;
}

/** The nouns of a phone adjunct: "by phone", "via videoconference". */
const PHONE_NOUNS = /^(?:phone|telephone|videoconference|video|videolink)$/;
/** Read at every token of every sentence: a set, cheaper to ask than an expression. */
const PHONE_ADJUNCT = new Set(['by', 'over', 'via', 'on']);

/**
 * "congratulated President X by telephone", "told Y over the phone": a verb with a phone or
 * video adjunct is a call between its subject and its object.
 */
function phoneAdjunct(v: MeetingText, s: Sentence, found: readonly MeetingDraft[], skip: ReadonlySet<number>, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) {
    if (!PHONE_ADJUNCT.has(v.lower(j))) continue;
    const k = v.lower(j + 1) === 'the' ? j + 2 : j + 1;
    if (!PHONE_NOUNS.test(v.lower(k))) continue;
    const at = v.tok(j)!.start;
    // A call word already reported the call.
    if (found.some((d) => d.kind === 'call' && Math.abs(d.trigger.start - at) < 80)) return null;
    let verb = j - 1;
    while (verb >= s.tokenStart && !v.isVerb(verb)) verb--;
    if (verb < s.tokenStart) return null;
    const people = [...peopleBefore(v, verb, s.tokenStart, skip), ...objectPeople(v, verb + 1, s.tokenEnd)];
    if (people.length < 2) return null;
    const reading = verbReading(v, verb, s.tokenStart);
    if (reading === 'negated') return null;
    const t = v.tok(k)!;
    return {
      kind: 'call', status: reading === 'planned' ? 'planned' : 'held', trigger: { start: at, end: t.end, text: v.text.slice(at, t.end) },
      people, parties: [], date: dateIn(v.text, dates, s, at), place: null, sentence: s.index, rule: 'phone-adjunct', joinOnly: false, distinct: false,
    };
  }
  return null;
}

/** People named in an address after "you" up to token `end`: ", Mr Minister [of Vietnam, X]," */
function addressedPeople(v: MeetingText, from: number, end: number): PersonRef[] {
  const out: PersonRef[] = [];
  for (let j = from; j < end; j++) {
    const p = v.person(v.mentionAt(j));
    if (p && !v.isPossessive(v.tokenRange(p.mention)[1]) && !out.some((x) => x.actor.id === p.actor.id)) out.push(p);
  }
  return out;
}

/** "I discussed", "we have discussed", "X and I discussed": a first-person pronoun ends the subject of the verb at i. */
function firstPersonSubject(v: MeetingText, i: number, first: number): boolean {
  const j = beforeAdverbs(v, i, first);
  return j >= first && /^(?:i|we)$/.test(v.lower(j));
}

/** "I would like to thank", "we thank": a first-person subject in the words before the verb. */
function firstPersonBefore(v: MeetingText, verb: number, first: number): boolean {
  // "Thank you, Minister, for ...": the formula opening a sentence is the speaker's.
  if (verb === first && /^thank$/.test(v.lower(verb)) && v.lower(verb + 1) === 'you') return true;
  for (let j = verb - 1; j >= first && verb - j <= 6; j--) {
    if (/^(?:i|we)$/.test(v.lower(j))) return true;
    // "Let me start by thanking", "let us thank".
    if (/^(?:me|us)$/.test(v.lower(j)) && v.lower(j - 1) === 'let') return true;
    if (v.lower(j) === ',' || v.lower(j) === ';') return false;
  }
  return false;
}

/** What a host gives a guest in person: thanks for it report the two as having met. */
const HOSPITALITY = new Set(['welcome', 'hospitality', 'reception', 'hosting', 'meeting', 'talks', 'conversation', 'call', 'discussion', 'discussions']);
/** Nouns of talking things over, which may also qualify another noun ("a discussion paper" is no discussion). */
const DISCUSSION = /^discussions?$/;
/** Gerunds of receiving a guest: "thanked the President for receiving him" (asked at every token: a set). */
const RECEIVING = new Set(['receiving', 'welcoming', 'meeting', 'hosting']);
/** Objects that name the one thanking as the guest: a personal pronoun, or "our delegation" (others' guests are not the thanker: "for welcoming our guests"). */
const GUEST_OBJECT = /^(?:him|her|them|us|me)$/;
const GUEST_NOUN = /^(?:delegation|delegations)$/;

/** "for receiving him", "for welcoming our delegation": the gerund of receiving with the guest as its object. */
function receivingGuest(v: MeetingText, j: number): boolean {
  if (!RECEIVING.has(v.lower(j)) || v.lower(j - 1) !== 'for') return false;
  if (GUEST_OBJECT.test(v.lower(j + 1))) return true;
  return /^(?:the|our|his|her|their|my)$/.test(v.lower(j + 1)) && (GUEST_NOUN.test(v.lower(j + 2)) || GUEST_NOUN.test(v.lower(j + 3)));
}

/** Verbs that ask for what follows "for": "called for talks", "pressed for a meeting". */
const REQUEST_FOR = /^(?:call|calls|called|calling|appeal|appeals|appealed|press|pressed|push|pushed|ask|asked|asks|urge|urged|hope|hoped|hopes|wait|waiting|waited|prepare|prepared|ready)$/;
/** Nouns of thanks whose recipient follows "to": "expressed his gratitude to X". */
const GRATITUDE = /^(?:gratitude|thanks|appreciation)$/;
/** Most tokens between the verb of thanks and the hospitality noun. */
const THANKS_REACH = 24;

/**
 * "The Chancellor thanked the President for the warm welcome", "Mirziyoyev expressed gratitude to
 * President X for the hospitality": the one thanking and the host thanked met. Thanks for a
 * message, a call or support report no meeting ("thanked him for the congratulations").
 */
function thanksForWelcome(v: MeetingText, s: Sentence, skip: ReadonlySet<number>, dates: readonly DateMention[]): MeetingDraft | null {
  for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) {
    if (!HOSPITALITY.has(v.lower(j)) && !receivingGuest(v, j)) continue;
    // "for the call for restraint", "for the call to end the war": a call for something is an appeal.
    if (v.lower(j) === 'call' && /^(?:for|to)$/.test(v.lower(j + 1))) continue;
    // "thanked X for the discussion paper": a noun right after makes "discussion" qualify it.
    if (DISCUSSION.test(v.lower(j)) && v.tok(j + 1)?.pos === 'NOUN') continue;
    if (v.lower(j) === 'hosting' && !hostedMeetingAfter(v, j, s.tokenEnd, (k) => eventNoun(v, k))) continue;
    // "for the warm and cordial welcome": "for" a few words before the noun.
    let f = j - 1;
    while (f > s.tokenStart && j - f <= 5 && v.lower(f) !== 'for') {
      if (!(v.tok(f)?.pos === 'ADJ' || v.tok(f)?.pos === 'ADV' || /^(?:the|a|this|and|,|their|his|her|its|your|our|kind|warm|cordial|generous|traditional)$/.test(v.lower(f)))) break;
      f--;
    }
    if (v.lower(f) !== 'for') continue;
    // The verb of thanks and the one thanked before "for".
    for (let k = f - 1; k >= s.tokenStart && f - k <= THANKS_REACH; k--) {
      const l = v.lower(k);
      let host: PersonRef[] = [];
      let verb = -1;
      if (/^thank(?:s|ed|ing)?$/.test(l) && v.tok(k)?.pos !== 'NOUN') {
        verb = k;
        host = objectPeople(v, k + 1, f);
        // "I thank you, Mr Deputy Prime Minister [Pham Binh Minh], for your kind welcome": the one addressed.
        if (host.length === 0 && /^(?:you|your)$/.test(v.lower(k + 1))) host = addressedPeople(v, k + 2, f);
      } else if (GRATITUDE.test(l) && v.lower(k + 1) === 'to') {
        verb = k;
        while (verb > s.tokenStart && !v.isVerb(verb)) verb--;
        if (!v.isVerb(verb)) return null;
        host = peopleAfter(v, k + 2, f).people;
      } else if (v.isVerb(k) || l === ';') return null;
      if (verb < 0) continue;
      const guest = peopleBefore(v, verb, s.tokenStart, skip);
      // "I would like to thank you ...": the speaker is the guest, named by the transcript if at all.
      const speaker = guest.length === 0 && firstPersonBefore(v, verb, s.tokenStart);
      if (host.length === 0 || (guest.length === 0 && !speaker && !titledThanker(v, verb, s.tokenStart))) return null;
      // "thanked X for hosting talks between A and B": a meeting hosted with parties of its own is theirs
      // and its host's; the one who gives thanks for it was not thereby a guest at it.
      if (v.lower(j) === 'hosting' && hostedBetween(v, j, s.tokenEnd)) {
        const t = v.tok(j)!;
        const at = v.tok(k)!.start;
        const reading = verbReading(v, verb, s.tokenStart);
        if (reading === 'negated' || reading === 'planned') return null;
        return {
          kind: 'meeting', status: 'held', trigger: { start: at, end: t.end, text: v.text.slice(at, t.end) },
          people: host, parties: [], date: dateIn(v.text, dates, s, at), place: null, sentence: s.index,
          rule: 'thanks-for-hosting-others', joinOnly: false, distinct: false,
        };
      }
      const reading = verbReading(v, verb, s.tokenStart);
      // "I would like to thank X for hosting us": thanks in the first person are given as they are said.
      if (reading === 'negated' || (reading === 'planned' && !speaker)) return null;
      const t = v.tok(j)!;
      const at = v.tok(k)!.start;
      return {
        kind: 'meeting', status: 'held', trigger: { start: at, end: t.end, text: v.text.slice(at, t.end) },
        people: [...guest, ...host], parties: [], date: dateIn(v.text, dates, s, at), place: null, sentence: s.index,
        rule: 'thanks-for-welcome', joinOnly: false, distinct: false,
      };
    }
  }
  return null;
}

/** Whether the meeting noun hosted after "hosting" at j has a "between" complement: "hosting [the] talks between A and B". */
function hostedBetween(v: MeetingText, j: number, last: number): boolean {
  for (let k = j + 1; k < last && k - j <= 5; k++) {
    if (eventNoun(v, k)) {
      // "talks in Jeddah between A and B": past a phrase of place.
      let n = k + 1;
      const place = /^(?:in|at)$/.test(v.lower(n)) ? v.mentionAt(n + 1) : undefined;
      if (place?.type === 'place') n = v.tokenRange(place)[1];
      return v.lower(n) === 'between';
    }
    if (!/^(?:DET|ADJ|ADV|NUM|NOUN|PROPN)$/.test(v.tok(k)?.pos ?? '')) return false;
  }
  return false;
}

/** For the verb at i, the noun a contact relative clause of its subject has for object (contactClauseHead), else -1. */
function contactClauseHeadOfVerb(v: MeetingText, i: number, first: number): number {
  let j = i - 1;
  while (j >= first && /^(?:ADV|AUX|PART)$/.test(v.tok(j)?.pos ?? '')) j--;
  const m = j >= first ? v.mentionAt(j) : undefined;
  if (!m || m.type !== 'person') return -1;
  return contactClauseHead(v, v.tokenRange(m)[0], first);
}

/** Events one hosts and so is at: "hosted a conference", "hosts the forum". */
const HOSTED_EVENT = /^(?:conference|conferences|forum|forums|ceremony|celebration|celebrations|event|events|gathering|plenary)$/;
/** Words before an event noun that make it one for the press, which its host briefs, not meets. */
const FOR_THE_PRESS = /^(?:press|news|media)$/;

/** Whether the object starting at k is an event its host attends (HOSTED_EVENT), not a press conference. */
function hostedEvent(v: MeetingText, k: number, last: number): boolean {
  let j = k;
  while (j < last && j - k < 4 && /^(?:DET|ADJ|NUM)$/.test(v.tok(j)?.pos ?? '')) j++;
  return HOSTED_EVENT.test(v.lower(j)) && !FOR_THE_PRESS.test(v.lower(j - 1));
}

