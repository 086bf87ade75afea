import type { Actor, Quote, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { titleFits } from '../coreference/titles.js';
import { peopleAfter } from './grammar.js';
import { speaksForOthers } from './report-source.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText, PersonRef } from './view.js';

/** How far into a speech its address may reach. */
const ADDRESS_TOKENS = 8;

/**
 * Official transcripts of talks open with the host addressing the guest ("Mr President,
 * friends, let me welcome you to Moscow") and give each side's words as "Name: ..." turns.
 * Everyone who speaks in such turns, and everyone a turn opens by addressing, takes part.
 */
export function transcriptMeeting(v: MeetingText, quotes: readonly Quote[]): MeetingDraft | null {
  const labelled = quotes.filter((q) => q.rule.startsWith('transcript') && q.speaker && labelOpensLine(v, q) && !runsOrAsks(v, q));
  // Most texts are no transcript: with no turns there is no one to read.
  if (labelled.length === 0) return null;
  const moderators = floorKeepers(v, labelled);
  for (const id of pressEventVoices(v, labelled)) moderators.add(id);
  // "Official Spokesperson X: Good evening ... Foreign Secretary Y: ...": one whose office is to speak
  // for others runs the briefing. With one voice left, the transcript is a briefing on meetings
  // told in its turns, and that voice is at none of them; two or more left are a press event the
  // spokesperson moderates after talks ("Press Secretary X: ... President A: ... Prime Minister B: ...").
  const spokespeople = spokespersonVoices(v, labelled);
  for (const id of spokespeople) moderators.add(id);
  const turns = moderators.size > 0 ? labelled.filter((q) => !moderators.has(q.speaker!)) : labelled;
  if (turns.length === 0) return null;
  if (spokespeople.size > 0 && new Set(turns.map((t) => t.speaker)).size < 2) return null;
  const speakers = new Map<string, PersonRef>();
  for (const t of turns) {
    const p = turnSpeaker(v, t);
    if (p && !speakers.has(p.actor.id)) speakers.set(p.actor.id, p);
  }
  const addressed = new Map<string, PersonRef>();
  for (const t of turns) {
    const a = addressee(v, t, speakers);
    if (a && !speakers.has(a.actor.id) && !thankedForIntroducing(v, a)) addressed.set(a.actor.id, a);
  }
  // "Mr Manturov, please go ahead", "I give the floor to X": one given the floor takes part,
  // though the text may end before they speak; so does one spoken to later in a turn ("Mr X, you ..."). Not at a press event, whose host gives the floor to questioners.
  if (moderators.size === 0) {
    for (const t of turns) {
      for (const p of givenTheFloor(v, t)) if (!speakers.has(p.actor.id) && p.actor.id !== t.speaker) addressed.set(p.actor.id, p);
    }
  }
  if (speakers.size + addressed.size === 0) return null;
  const firstTurn = turns[0]!;
  const cue = firstTurn.cue ?? firstTurn;
  // One voice alone ("Vladimir Putin: Mr President, dear friend, ...") reports no meeting of its own,
  // but speaks at the one the text reports ("Meeting with President of Kyrgyzstan Sadyr Japarov").
  const alone = speakers.size + addressed.size < 2;
  return {
    kind: 'meeting',
    status: 'held',
    trigger: { start: cue.start, end: cue.end, text: v.text.slice(cue.start, cue.end) },
    people: [...speakers.values(), ...addressed.values()],
    parties: [],
    date: null,
    place: null,
    sentence: v.tokens[lowerBound(v.tokens, firstTurn.start)]?.sentence ?? 0,
    rule: alone ? 'join:transcript' : 'transcript',
    joinOnly: alone,
    distinct: false,
  };
}

/**
 * The speaker of a turn: the quotation's, which a label keeps through the transcript ("THE
 * PRESIDENT:" is one person in every turn), at the label's mention.
 */
function turnSpeaker(v: MeetingText, t: Quote): PersonRef | null {
  const p = v.person(v.mentionById(t.speakerMention));
  if (!p || p.actor.id === t.speaker) return p;
  const actor = v.actors.get(t.speaker!);
  return actor && actor.type === 'person' ? { mention: p.mention, actor } : p;
}

/** After an addressed name: thanks for introducing the speaker ("Thank you, X, for that kind introduction"). */
const FOR_INTRODUCING = /^[ \t\u00a0]*,?[ \t\u00a0]*for[ \t\u00a0]+(?:(?:that|the|this|your|such[ \t\u00a0]+an?)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}introduction|introducing[ \t\u00a0]+me)\b/iu;

/**
 * "Penny Wong: Thank you, Michael Fullilove, for that introduction": one thanked for introducing
 * the speaker hosts the lecture or dinner the speech is given at, and is no party to talks with
 * the speaker; the transcript is of a speech.
 */
function thankedForIntroducing(v: MeetingText, p: PersonRef): boolean {
  return FOR_INTRODUCING.test(v.text.slice(p.mention.end, p.mention.end + 60));
}

/** Roles of those who run a press event or put its questions, not parties to the talks it follows. */
const PRESS_ROLE = /(?:^|\()\s*(?:the\s+)?(?:moderator|presenter|interviewer|question|questioner|journalist|correspondent|reporter|anchor|facilitator|q)\b/i;

/**
 * "Moderator (Dmitry Peskov): ...", "Question (Anna Ivanova, TASS): ...", "Jane Doe (reporter): ...":
 * a turn whose label opens with, or puts in brackets, the role of chairing the press event or
 * asking at it ("Vladimir Putin (answering a question):" is a party who answers). What
 * such a speaker says is still theirs; they do not take part in the talks the event reports on.
 */
function runsOrAsks(v: MeetingText, turn: Quote): boolean {
  const lineStart = v.text.lastIndexOf('\n', turn.start - 1) + 1;
  const label = v.text.slice(lineStart, turn.start);
  // A label is short; longer words before the speech are a sentence that introduces it.
  return label.length <= MAX_LABEL_CHARS && PRESS_ROLE.test(label);
}

/** Words of one who gives the floor to questioners: "We'll take two questions", "Next question", "Go ahead". */
const GIVES_FLOOR = /\b(?:tak(?:e|ing)\s+(?:(?:a\s+)?(?:few|couple\s+of|one|two|three|four|five|some|your|\d+)\s+)?questions?|(?:next|first|last|final|another|one more)\s+question|go ahead|the floor)\b/i;
/** A turn that only gives the floor is short. */
const MAX_FLOOR_TURN_CHARS = 160;

/**
 * Speakers every turn of whom only gives the floor to questioners ("MR WEISS: We'll take two
 * questions. First, Lena Kovač from Reuters."): they chair the press event, whatever their label
 * says, and take no part in the talks. A speaker with any turn of substance is a party.
 */
function floorKeepers(v: MeetingText, turns: readonly Quote[]): Set<string> {
  const floor = new Map<string, boolean>();
  for (const t of turns) {
    const words = v.text.slice(t.start, t.end);
    const only = words.length <= MAX_FLOOR_TURN_CHARS && GIVES_FLOOR.test(words);
    floor.set(t.speaker!, (floor.get(t.speaker!) ?? true) && only);
  }
  // Two or more parties must remain: a text of one voice is no press event.
  const keepers = new Set([...floor].filter(([, only]) => only).map(([id]) => id));
  return floor.size - keepers.size >= 2 ? keepers : new Set();
}

/** Words before the first turn that say the transcript is of a press event: "held a news conference". */
const PRESS_EVENT_TOLD = /\b(?:(?:news|press|media) (?:conference|availability|briefing|gaggle|encounter|approach)|press statements|questions (?:from|of) (?:the )?(?:journalists|reporters|media|press))\b/i;
/** Words of one who runs a press event: "Let us begin", "Please, Rossiya TV", "Next question". */
const RUNS_FLOOR = /\b(?:please|let us begin|let's begin|let’s begin)\b/i;

/**
 * In the transcript of a press event the text announces ("Vladimir Putin held a news conference"),
 * those who only ask (every turn a question) and those who only run the floor (short turns that
 * give the word, no question of their own) are the press and its host, not parties to any talks.
 */
function pressEventVoices(v: MeetingText, turns: readonly Quote[]): Set<string> {
  const out = new Set<string>();
  if (turns.length === 0 || !PRESS_EVENT_TOLD.test(v.text.slice(0, turns[0]!.start))) return out;
  const asks = new Map<string, boolean>();
  const runs = new Map<string, boolean>();
  for (const t of turns) {
    const words = v.text.slice(t.start, t.end).trim();
    const question = /\?["”’]?$/.test(words);
    asks.set(t.speaker!, (asks.get(t.speaker!) ?? true) && question);
    runs.set(t.speaker!, (runs.get(t.speaker!) ?? true) && !question && words.length <= MAX_FLOOR_TURN_CHARS && (RUNS_FLOOR.test(words) || GIVES_FLOOR.test(words)));
  }
  for (const [id, only] of asks) if (only || runs.get(id)) out.add(id);
  // Someone must answer: with every voice a questioner or a host, the reading is wrong.
  return out.size < asks.size ? out : new Set();
}

/** Speakers of turns whose office is to speak for others: a spokesperson, a press secretary. */
function spokespersonVoices(v: MeetingText, turns: readonly Quote[]): Set<string> {
  const out = new Set<string>();
  for (const t of turns) {
    const p = turnSpeaker(v, t);
    if (p && speaksForOthers(p, v)) out.add(p.actor.id);
  }
  return out;
}

/** Most characters of a turn's label: "Question (Aigerim Seitkali, Khabar Agency of Kazakhstan): ". */
const MAX_LABEL_CHARS = 80;

/** Lower-case words an office may hold before a speaker's name: "Minister of Foreign Affairs Lavrov:". */
const OFFICE_LINKS = new Set(['of', 'for', 'the', 'and']);

/**
 * A speaker's label opens its line, perhaps after an office ("Vladimir Putin: ...", "SECRETARY
 * KERRY: ..."); "The following is attributable to Spokesperson X: Secretary Y met ..." is a
 * readout's attribution, not a turn of talks.
 */
function labelOpensLine(v: MeetingText, turn: Quote): boolean {
  const at = v.mentionById(turn.speakerMention)?.start;
  if (at === undefined) return true;
  const before = v.text.slice(v.text.lastIndexOf('\n', at - 1) + 1, at);
  return before.split(/\s+/).every((w) => w === '' || !/^\p{Ll}/u.test(w) || OFFICE_LINKS.has(w));
}

/**
 * Whom a turn opens by addressing, before its first verb: a name ("Mr Mirziyoyev,", "comrade To
 * Lam", "Mr. Vice President of the United States of America, Mr. Joseph Biden;") or a title
 * another speaker, or the one other person of that title, holds ("Mr President,").
 */
function addressee(v: MeetingText, turn: Quote, speakers: ReadonlyMap<string, PersonRef>): PersonRef | null {
  const speaker = turn.speaker!;
  let k = lowerBound(v.tokens, turn.start);
  // "(As interpreted.) Mr. Vice President ...": a translator's note before the words.
  if (v.lower(k) === '(') {
    while (k < v.tokens.length && v.lower(k) !== ')' && v.tokens[k]!.start < turn.end) k++;
    k++;
  }
  // "The Patriarch, His Holiness Kirill, asked me ...": one addresses a person without an article,
  // so a turn that opens with one opens with a statement about someone.
  if (/^(?:the|a|an)$/.test(v.lower(k))) return null;
  const stop = k + ADDRESS_TOKENS + 12;
  let title: string | null = null;
  for (; k < stop && k < v.tokens.length && v.tokens[k]!.start < turn.end; k++) {
    if (v.isVerb(k) || v.lower(k) === '.' || v.lower(k) === '!') break;
    const m = v.mentionAt(k);
    if (!m || m.type !== 'person') continue;
    const p = v.person(m);
    // A name or title addressed is set off by punctuation ("Mr Soto, welcome", "Mr President,");
    // one followed by its verb is the sentence's subject ("Minister Soto could not be with us").
    if (!/^[,;:!.]$/.test(v.lower(v.tokenRange(m)[1]))) return null;
    // "Under the leadership of Prime Minister X, ...", "As for President X, ...": a name governed by a
    // preposition is spoken about; one calls no one by a phrase a preposition opens. ("Thank you to X"
    // thanks someone there.)
    if (prepositionBefore(v, v.tokenRange(m)[0])) return null;
    // "Mr President, our Foreign Minister, Sergei Lavrov, has ...": an office after "our" or "your" names
    // someone spoken about; no one is addressed so.
    if (m.form === 'name' && possessedOfficeBefore(v, v.tokenRange(m)[0])) return null;
    if (p && p.actor.id !== speaker && !p.actor.nominal && m.form === 'name') return p;
    title ??= m.title ?? m.text;
    k = v.tokenRange(m)[1] - 1;
  }
  if (!title) return null;
  // "Mr President," the other speaker who holds that office, or the one other person of that title.
  const others = [...speakers.values()].filter((s) => s.actor.id !== speaker && titleFits(title!, s.actor.title));
  if (others.length === 1) return others[0]!;
  const named = [...v.actors.values()].filter((a: Actor) => a.type === 'person' && !a.nominal && a.id !== speaker && titleFits(title!, a.title));
  if (named.length !== 1) return null;
  const mention = v.mentionsOf(named[0]!.id)[0];
  return mention ? { mention, actor: named[0]! } : null;
}

/**
 * Whether a preposition other than "to" stands right before the name starting at token k, past the
 * capitalised words of its office or style ("of Prime Minister X", "under President X").
 */
function prepositionBefore(v: MeetingText, k: number): boolean {
  let j = k - 1;
  for (let n = 0; j >= 0 && n < STYLE_WORDS_BEFORE + 3 && v.isCap(j); n++) j--;
  return j >= 0 && v.tok(j)?.pos === 'ADP' && v.lower(j) !== 'to';
}

/** Words after an addressed name that give that person the floor: "Mr X, please go ahead", "X, you have the floor". */
const FLOOR_AFTER_NAME = /^,\s*(?:(?:please|now),?\s+)*(?:go ahead|you have the floor|the floor is yours|over to you)\b/i;
/**
 * Words after a name that opens a sentence and show it is spoken to, in the room: "Mr X, you have
 * done ...", "X, your region ...", "X, thank you", "X, as you know". An apposition ("X, the
 * Governor, said") or the name's own verb ("X, who ...") is no address.
 */
const SPOKEN_TO_AFTER_NAME = /^,\s*(?:you|your|thank you|as you)\b/i;
/**
 * A comment clause set off by commas after a name, "X, you will recall, raised it": the "you" is the
 * listener's, and the name is the subject of the verb that follows.
 */
const COMMENT_CLAUSE_AFTER_NAME = /^,\s*you\s+(?:(?:will|may|might|would|must)\s+)?(?:know|see|recall|remember|understand|agree|note)\s*,/i;
/** Words before a name that give the floor to it: "Over to you, X", "I give the floor to X", "passing the floor now to X". */
const FLOOR_BEFORE_NAME = /(?:\b(?:over to you|(?:please\s+)?go ahead),\s*|\b(?:give|gives|pass|passes|hand|hands|turn|turns|giving|passing|handing|turning)\s+(?:over\s+)?the floor\s+(?:over\s+)?(?:now\s+)?to\s+)$/i;
/** An office written before a name, outside its mention: "Minister of Finance ", "Deputy Prime Minister ". */
const OFFICE_BEFORE_NAME = /(?:(?:\p{Lu}[\p{L}-]*\.?|of|for|the|and)\s+)*$/u;

/**
 * The named people a turn gives the floor to, in a sentence of their own: an address that opens
 * the sentence before "please go ahead" or "you have the floor", or a name after "Over to you," or
 * "I give the floor to". Only a name: "I give the floor to the next speaker" gives it to no one named.
 */
function givenTheFloor(v: MeetingText, turn: Quote): PersonRef[] {
  const out: PersonRef[] = [];
  let k = lowerBound(v.tokens, turn.start);
  for (; k < v.tokens.length && v.tokens[k]!.start < turn.end; k++) {
    const m = v.mentionAt(k);
    if (!m || m.type !== 'person' || m.form !== 'name') continue;
    const p = v.person(m);
    const [a, b] = v.tokenRange(m);
    k = b - 1;
    if (!p || p.actor.nominal) continue;
    const sentence = v.sentences[v.tokens[a]!.sentence];
    if (!sentence) continue;
    const from = Math.max(v.tokens[sentence.tokenStart]!.start, turn.start);
    const to = Math.min(v.tokens[sentence.tokenEnd - 1]!.end, turn.end);
    const before = v.text.slice(from, m.start);
    const after = v.text.slice(m.end, to);
    // The name opens its sentence (perhaps after a style outside its mention: "Mr"), or closes it.
    const opens = /^\s*(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(before) && (FLOOR_AFTER_NAME.test(after) || (SPOKEN_TO_AFTER_NAME.test(after) && !COMMENT_CLAUSE_AFTER_NAME.test(after)));
    const closes = /^\s*[.!]?\s*$/.test(after) && FLOOR_BEFORE_NAME.test(before.replace(OFFICE_BEFORE_NAME, ''));
    if ((opens || closes) && !out.some((x) => x.actor.id === p.actor.id)) out.push(p);
  }
  return out;
}

/** Possessives that no address opens with: one calls no one "our Minister" to their face. */
const NOT_VOCATIVE = /^(?:our|your|their|his|her)$/;

/** Most capitalised words of a style before a name outside its mention: "Mr", "Dr". */
const STYLE_WORDS_BEFORE = 2;

/**
 * Whether an office opened by such a possessive stands before the name at token k, set off by a
 * comma or not, the name perhaps with its style: "our Foreign Minister, [X]", "your Prime Minister, Mr [X]".
 * A common noun does as well as an office: "your predecessor, [X]", "our former colleague, [X]" is
 * someone spoken about.
 */
function possessedOfficeBefore(v: MeetingText, k: number): boolean {
  let j = k - 1;
  // "..., Mr [X]": a style between the comma and the name.
  let style = j;
  while (style >= 0 && j - style < STYLE_WORDS_BEFORE && v.isCap(style) && !v.mentionAt(style)) style--;
  if (style < j && v.lower(style) === ',') j = style;
  if (v.lower(j) === ',') j--;
  let words = 0;
  // The possessive itself may be capitalised, opening the sentence: "Your predecessor, [X]".
  while (j >= 0 && words < OFFICE_REACH && !NOT_VOCATIVE.test(v.lower(j)) && officePhraseWord(v, j)) {
    j--;
    words++;
  }
  return words > 0 && NOT_VOCATIVE.test(v.lower(j));
}

/** Most tokens of the office or description between the possessive and the name. */
const OFFICE_REACH = 10;

/**
 * Whether token j may be part of an office or a description before a name: an office word, a
 * capitalised word, a noun or adjective, "of", "the", "and", the body it serves ("chief executive
 * of [Omsktransmash]"), or the comma of a second description ("our investor, chief executive of ...").
 */
function officePhraseWord(v: MeetingText, j: number): boolean {
  const m = v.mentionAt(j);
  if (m) return m.type !== 'person';
  return v.isOffice(j) || v.isCap(j) || /^(?:NOUN|ADJ)$/.test(v.tok(j)?.pos ?? '') || /^(?:of|the|and|,)$/.test(v.lower(j));
}

const FIRST_PERSON = /^(?:i|we|me|us|my|our|let)$/;
/** The first-person words that stand for the speaker alone. */
const FIRST_SINGULAR = /^(?:i|me|my)$/;
/** Verbs of praising someone for something: "congratulated X on", "commended Y for" (one thanked for a meeting may have hosted the one who thanks). */
const PRAISES = /^(?:congratulat|commend|prais)/;

/**
 * Whether the meeting noun at k stands in an "on" or "for" phrase after a named person whom a verb of
 * praise takes: "congratulate President X on a successful meeting", "commended Y for the talks".
 */
function praisedFor(v: MeetingText, k: number, first: number): boolean {
  let j = k - 1;
  while (j > first && /^(?:DET|ADJ|NOUN|NUM)$/.test(v.tok(j)?.pos ?? '') && !v.mentionAt(j)) j--;
  if (!/^(?:on|for)$/.test(v.lower(j))) return false;
  const m = v.mentionAt(j - 1);
  if (!m || v.person(m) === null || m.form === 'pronoun') return false;
  const start = v.officeStart(v.tokenRange(m)[0]);
  return start - 1 >= first && PRAISES.test(v.lower(start - 1));
}

/** Verbs of approving of news: "we welcome", "I commend". */
const APPROVES = /^(?:welcome|welcomes|welcomed|applaud|applauds|applauded|commend|commends|commended|hail|hails|hailed)$/;

/** Whether the first-person subject at k is the subject of a verb of approving right after it (past adverbs): "we [warmly] welcome". */
function welcomerSubject(v: MeetingText, k: number, last: number): boolean {
  if (!/^(?:i|we)$/.test(v.lower(k))) return false;
  let j = k + 1;
  while (j < last && j - k <= 2 && v.tok(j)?.pos === 'ADV') j++;
  return APPROVES.test(v.lower(j));
}

/** Words that make a meeting someone else's: "their talks", "his visit", "they met". */
const OTHERS = /^(?:he|she|they|his|her|their|its)$/;

/** Most modifiers between "our" and the meeting noun it owns: "our [first bilateral] meeting". */
const OWNED_REACH = 3;

/**
 * Whether token k is a first-person word that makes the speaker a party to the meeting word at
 * `trigger`: "I", "we", "me", "us" anywhere in the sentence; "my" and "our" only before the meeting
 * noun itself ("our meeting"), not before someone else ("our leaders met", "my predecessor met").
 */
function speakerWord(v: MeetingText, k: number, trigger: number): boolean {
  const l = v.lower(k);
  if (!FIRST_PERSON.test(l)) return false;
  if (l !== 'my' && l !== 'our') return true;
  // "our governments met", "our teams held talks": before a noun that is itself the subject of a
  // meeting verb, "our" makes that body the party, not the speaker.
  if (trigger <= k || trigger - k > OWNED_REACH + 1 || v.isVerb(trigger)) return false;
  for (let j = k + 1; j < trigger; j++) if (!/^(?:ADJ|NOUN|NUM|PROPN)$/.test(v.tok(j)?.pos ?? '') || v.mentionAt(j)) return false;
  return true;
}

/**
 * The token before the verb at k and the adverbs, auxiliaries and particles of its group ("had
 * already", "did not"), where its subject ends; never before `first`.
 */
function beforeVerbGroup(v: MeetingText, k: number, first: number): number {
  let j = k - 1;
  while (j > first && /^(?:ADV|AUX|PART)$/.test(v.tok(j)?.pos ?? '')) j--;
  return j;
}

/**
 * The person a sentence addresses when the verb at k has "you" for subject (past adverbs and
 * auxiliaries: "you recently met", "you have visited"): a name that opens the sentence, perhaps
 * after a style outside its mention ("Mr"), set off by a comma ("Mr X, you met ..."). Else null.
 */
function youSubjectAddressed(v: MeetingText, k: number, first: number, turn: Quote): PersonRef | null {
  const j = beforeVerbGroup(v, k, first);
  if (j < first || v.lower(j) !== 'you' || !v.isVerb(k)) return null;
  let a = Math.max(first, lowerBound(v.tokens, turn.start));
  for (let style = 0; style < STYLE_WORDS_BEFORE && a < j && !v.mentionAt(a) && v.isCap(a); style++) a++;
  const m = v.mentionAt(a);
  if (!m || m.type !== 'person' || m.form !== 'name' || v.tokenRange(m)[0] !== a) return null;
  const end = v.tokenRange(m)[1];
  if (v.lower(end) !== ',' || end >= j) return null;
  const p = v.person(m);
  return p && !p.actor.nominal && p.actor.id !== turn.speaker ? p : null;
}

/** Whether the verb at k has "who" or "which" for subject, past adverbs and auxiliaries: "who had visited". */
function thirdPersonRelative(v: MeetingText, k: number, first: number): boolean {
  const j = beforeVerbGroup(v, k, first);
  return j >= first && /^(?:who|which)$/.test(v.lower(j));
}

/**
 * Whether the meeting verb at k has a named person for subject right before it (past adverbs and
 * auxiliaries), with no first-person word after it in the sentence: "President X visited Beijing",
 * not "President X and I met" or "President X received us".
 */
function othersVerb(v: MeetingText, k: number, first: number, last: number): boolean {
  if (!v.isVerb(k)) return false;
  let j = beforeVerbGroup(v, k, first);
  // "Our ministers, A and B, held talks": the comma closing an apposition of named people.
  if (v.lower(j) === ',' && j > first) j--;
  // "“I was glad to see the two leaders meet”": a plural of others' offices ("leaders", "presidents")
  // for subject, with no "our" before it, makes the meeting theirs too.
  return (namedThirdPerson(v, j) || othersInPlural(v, j, first)) && !firstPersonAfter(v, k, last);
}

/** Plural nouns of people who meet, other than offices: "the two leaders", "both sides". */
const OTHERS_PLURAL = /^(?:leaders|sides|delegations|heads)$/;

/** Whether token j ends a plural of people that is not the speaker's own: "the two leaders", "the presidents", not "our leaders". */
function othersInPlural(v: MeetingText, j: number, first: number): boolean {
  if (!(OTHERS_PLURAL.test(v.lower(j)) || v.isPluralOffice(j))) return false;
  for (let b = j - 1; b >= first && j - b <= 3; b--) {
    const l = v.lower(b);
    if (l === 'our' || l === 'my') return false;
    if (l === 'the' || l === 'both' || l === 'these' || l === 'those') return true;
  }
  return false;
}

/** Whether token j is in a person's name or title, not a pronoun. */
function namedThirdPerson(v: MeetingText, j: number): boolean {
  const m = v.mentionAt(j);
  return v.person(m) !== null && m!.form !== 'pronoun';
}

/**
 * Whether a first-person word that can be a party ("me", "us", "I", "we") stands after token k in the
 * sentence; "my" and "our" name whose a thing is ("visited our country").
 */
function firstPersonAfter(v: MeetingText, k: number, last: number): boolean {
  for (let g = k + 1; g < last; g++) if (/^(?:i|we|me|us)$/.test(v.lower(g))) return true;
  return false;
}

/**
 * Whether the meeting word at k is someone else's than the speaker's: a verb with a named subject
 * (othersVerb); a noun with a named possessor ("President X's visit", "A's talks with B"); or a noun
 * a verb with a named subject takes ("A and B held talks").
 */
function othersMeeting(v: MeetingText, k: number, first: number, last: number): boolean {
  if (v.isVerb(k)) return othersVerb(v, k, first, last);
  let j = k - 1;
  while (j > first && /^(?:ADJ|NOUN|NUM|DET)$/.test(v.tok(j)?.pos ?? '') && !v.isPossessive(j) && !v.mentionAt(j)) j--;
  if (v.isPossessive(j)) return namedThirdPerson(v, j - 1) && !firstPersonAfter(v, k, last);
  return j >= first && v.isVerb(j) && othersVerb(v, j, first, last);
}

/**
 * "I am delighted to welcome President Lukashenko to the Kremlin", said in a transcript turn: the
 * speaker is the one who welcomes, meets or holds talks, though the words name them only as "I"
 * or "we". Adds the turn's speaker to held meetings reported in the first person inside it.
 */
export function speakersOfTurns(v: MeetingText, quotes: readonly Quote[], drafts: MeetingDraft[]): void {
  const turns = quotes.filter((q) => q.rule.startsWith('transcript') && q.speaker && q.speakerMention);
  if (turns.length === 0) return;
  // A speaker's words run on over the following paragraphs until the next speaker's label.
  const until = turns.map((t, i) => turns[i + 1]?.cue?.start ?? turns[i + 1]?.start ?? v.text.length);
  for (const d of drafts) {
    if (d.status !== 'held' || d.rule === 'transcript') continue;
    const at = turns.findIndex((t, i) => t.start <= d.trigger.start && d.trigger.end <= until[i]!);
    const turn = at >= 0 ? turns[at] : undefined;
    if (!turn) continue;
    const s = v.sentences[d.sentence];
    if (!s) continue;
    const trigger = lowerBound(v.tokens, d.trigger.start);
    // "Mr Lavrov, you recently met with Wang Yi": a meeting verb with "you" for subject is the one
    // the sentence addresses, named before the comma that opens it; a "you" said of anyone ("when
    // you walk into a school") has no such address.
    const you = youSubjectAddressed(v, trigger, s.tokenStart, turn);
    if (you && !d.people.some((x) => x.actor.id === you.actor.id)) d.people.push(you);
    let firstPerson = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !firstPerson; k++) if (speakerWord(v, k, trigger)) firstPerson = true;
    if (!firstPerson) continue;
    // "We remember X, who visited Moscow many times": a verb whose subject is "who" is its
    // antecedent's, a third person's, whatever "we" the sentence has elsewhere.
    if (thirdPersonRelative(v, trigger, s.tokenStart)) continue;
    // "As we know, President X visited Beijing", "I think X met Y": a verb with a named subject of its
    // own, and no "me" or "us" after it, is that person's; the speaker's "we" is in another clause.
    if (othersMeeting(v, trigger, s.tokenStart, s.tokenEnd)) continue;
    const p = turnSpeaker(v, turn);
    if (p && !d.people.some((x) => x.actor.id === p.actor.id)) d.people.push(p);
  }
}

/**
 * "“I am glad to welcome Minister X to Washington,” said Secretary Y": a meeting told in the first
 * person inside a quotation is the speaker's. Only the quoted words are read for "I" and "we".
 */
export function speakersOfQuotes(v: MeetingText, quotes: readonly Quote[], drafts: MeetingDraft[]): void {
  const quoted = quotes.filter((q) => !q.rule.startsWith('transcript') && q.speaker && q.speakerMention);
  if (quoted.length === 0) return;
  for (const d of drafts) {
    // "“We welcome the progress made in the talks”": a participle leaves who made it unsaid.
    if (d.status !== 'held' || d.rule === 'transcript' || d.agentUnsaid || d.partiesOwn) continue;
    // Quotations are in text order and few per document: the first that ends after the trigger.
    const at = lowerBound(quoted, d.trigger.start + 1) - 1;
    const q = at >= 0 ? quoted[at] : undefined;
    if (!q || d.trigger.start < q.start || d.trigger.end > q.end) continue;
    const s = v.sentences[d.sentence];
    if (!s) continue;
    let firstPerson = false;
    // "I", "me", "my": the speaker alone, not a body the speaker may speak for.
    let firstSingular = false;
    // "“It was an honour to meet President X”", "“The talks with Minister Y were frank”": a meeting
    // with no one before it in the quotation, and no one else's, is the speaker's too.
    let someoneBefore = false;
    const trigger = lowerBound(v.tokens, d.trigger.start);
    for (let k = s.tokenStart; k < s.tokenEnd && !firstSingular; k++) {
      const t = v.tok(k)!;
      if (t.start < q.start || t.end > q.end) continue;
      // "“This meeting was long overdue, and we welcome it”": one who welcomes a meeting approves of it
      // as news, and is not put at it by that.
      if (speakerWord(v, k, trigger) && !welcomerSubject(v, k, s.tokenEnd)) {
        firstPerson = true;
        if (FIRST_SINGULAR.test(t.lower)) firstSingular = true;
      }
      if (k < trigger && (v.person(v.mentionAt(k)) || OTHERS.test(t.lower))) someoneBefore = true;
    }
    const unclaimed = !someoneBefore && d.people.length > 0 && !/^(?:between|of)$/.test(v.lower(trigger + 1));
    if (!firstPerson && !unclaimed) continue;
    if (firstPerson && othersMeeting(v, trigger, s.tokenStart, s.tokenEnd)) continue;
    // "“I congratulate President X on a successful meeting”": a meeting one praises another for is theirs.
    if (praisedFor(v, trigger, s.tokenStart)) continue;
    // "“We need more meetings like this”", "“we look forward to further talks”": meetings wished for
    // or to come are none the speaker has had.
    if (/^(?:more|further|future)$/.test(v.lower(trigger - 1))) continue;
    const p = v.person(v.mentionById(q.speakerMention));
    // "“The meeting with the Chancellor lasted two hours,” the spokesman said": one who speaks for others
    // tells of their meeting; only "I" puts the speaker in it. "“Today's meeting showed what we can
    // achieve together,” the spokesperson said": the "we" of a spokesperson is the government or
    // office spoken for, whose ministers met.
    if (p && !firstSingular && speaksForOthers(p, v)) continue;
    if (p && !d.people.some((x) => x.actor.id === p.actor.id)) d.people.push(p);
  }
}

/** Lower-case words a byline of a name and an office may hold: "Senator the Hon Penny Wong, Minister for Foreign Affairs". */
const BYLINE_SMALL = /^(?:the|of|for|and|to|on|de|da|von|der|van|la|le|al|bin|&)$/;

/**
 * "Senator the Hon Penny Wong, Minister for Foreign Affairs" on a line of its own above the text: a
 * byline of a name and an office, with no verb and no lower-case word but those of names and offices,
 * names the author as a heading "Statement by X" does.
 */
function bylineHeading(v: MeetingText, s0: Sentence, headingEnd: number): boolean {
  for (let k = s0.tokenStart; k < s0.tokenEnd && v.tok(k)!.end <= headingEnd; k++) {
    if (/^[,()–-]$/.test(v.tok(k)!.text)) continue;
    if (v.isVerb(k) || !(v.isCap(k) || BYLINE_SMALL.test(v.lower(k)))) return false;
  }
  return true;
}

/** A heading that names who speaks in the text below it: "Remarks by X", "Statement from X", "X's speech". */
/** Nouns of a text someone speaks or writes, and the words that may qualify them in a heading: "joint declaration", "opening remarks". */
const AUTHORED_NOUN = String.raw`(?:(?:opening|closing|press|joint|introductory|keynote)\s+)?(?:remarks|statement|declaration|communiqu[eé]|speech|address|intervention|message|op-ed|article)`;
const AUTHORED_HEADING = new RegExp(String.raw`^${AUTHORED_NOUN}\s+(?:by|from|of)\s`, 'i');
const POSSESSED_HEADING = new RegExp(String.raw`^[^.!?]{0,80}['’]s\s+${AUTHORED_NOUN}\b`, 'i');
/**
 * "by President A [of Ghana] and Prime Minister B": the people listed after the first author of a
 * heading (whose own state may follow its name), from token k, the first author's end.
 */
function coAuthors(v: MeetingText, k: number, last: number): PersonRef[] {
  let j = k;
  if (v.lower(j) === 'of') {
    j++;
    if (v.lower(j) === 'the') j++;
    const m = v.mentionAt(j);
    if (!m || m.type !== 'place') return [];
    j = v.tokenRange(m)[1];
  }
  if (v.lower(j) !== 'and' && v.lower(j) !== ',') return [];
  return peopleAfter(v, j, last).people;
}

/** A heading is one short line. */
const MAX_HEADING_CHARS = 240;

/**
 * "Remarks by High Representative X at the press conference", "Minister Y's statement following
 * his visit": a first line that names the author of what follows. The first person in the text
 * under it ("I met Prime Minister Z", "we discussed") is that author's, outside quotations and
 * transcript turns, which have speakers of their own. Adds the author to held meetings told so.
 */
export function speakerOfHeading(v: MeetingText, bodyStart: number, quotes: readonly Quote[], drafts: MeetingDraft[]): void {
  const s0 = v.sentences.find((s) => s.end > bodyStart);
  if (!s0) return;
  // The sentence's first line: read up to its first line break only.
  const nl = v.text.indexOf('\n', s0.start);
  const heading = v.text.slice(s0.start, nl >= 0 && nl < s0.end ? nl : s0.end);
  const headingEnd = s0.start + heading.length;
  if (heading.length > MAX_HEADING_CHARS || /[.!?]$/.test(heading.trim())) return;
  if (!(AUTHORED_HEADING.test(heading) || POSSESSED_HEADING.test(heading) || (/^[ \t]*\n/.test(v.text.slice(headingEnd, headingEnd + 4)) && bylineHeading(v, s0, headingEnd)))) return;
  let author: PersonRef | null = null;
  let at = s0.tokenStart;
  for (; at < s0.tokenEnd && v.tok(at)!.end <= headingEnd && !author; at++) author = v.person(v.mentionAt(at));
  if (!author) return;
  // "Joint statement by President A and Prime Minister B": a list of names is a joint author, whom
  // "we" and "us" below stand for; "I" is still the first named.
  let headingEndToken = at;
  while (headingEndToken < s0.tokenEnd && v.tok(headingEndToken)!.end <= headingEnd) headingEndToken++;
  const jointAuthors = [author, ...coAuthors(v, v.tokenRange(author.mention)[1], headingEndToken)];
  addAuthors(v, quotes, drafts, headingEnd, v.text.length, author, jointAuthors);
}

/** Nouns of gladness whose infinitive tells the speaker's own act: "a pleasure to host", "an honour to welcome". */
const GLADNESS = /^(?:pleasure|honour|honor|privilege|delight|joy)$/;

/**
 * Adds the author of a text to its held meetings told in the first person between `from` and `to`,
 * outside quotations and turns: "I" and "my meeting" are the author's own; "we" and "us" stand for all
 * the joint authors. `author` is null when only a joint "we" may be read.
 */
function addAuthors(v: MeetingText, quotes: readonly Quote[], drafts: MeetingDraft[], from: number, to: number,
  author: PersonRef | null, jointAuthors: readonly PersonRef[]): void {
  // Quotations and turns as disjoint stretches of text, in order, so each meeting looks up one.
  const quoted: Array<{ start: number; end: number }> = [];
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const last = quoted[quoted.length - 1];
    if (last && q.start <= last.end) last.end = Math.max(last.end, q.end);
    else quoted.push({ start: q.start, end: q.end });
  }
  for (const d of drafts) {
    if (d.status !== 'held' || d.trigger.start < from || d.trigger.start >= to) continue;
    const q = quoted[lowerBound(quoted, d.trigger.start + 1) - 1];
    if (q && d.trigger.start < q.end) continue;
    const s = v.sentences[d.sentence];
    if (!s) continue;
    let firstPerson = false;
    let plural = false;
    // "it is an honour to welcome you": a welcome addressed to "you" is the speaker's too.
    // "our" and "my" only before the meeting noun itself ("our meeting"), not before a body of
    // people who met ("our governments met"): speakerWord tells them apart.
    let trigger = s.tokenStart;
    while (trigger < s.tokenEnd && v.tok(trigger)!.start < d.trigger.start) trigger++;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if ((speakerWord(v, k, trigger) && v.lower(k) !== 'let') || (v.lower(k) === 'you' && /^welcom/.test(v.lower(k - 1)))) firstPerson = true;
      // "It was a pleasure to host X": an infinitive after a noun of the speaker's gladness, with no
      // "for" naming another, has the speaker for its subject.
      if (k < trigger && v.lower(k) === 'to' && GLADNESS.test(v.lower(k - 1))) firstPerson = true;
      if (/^(?:we|us)$/.test(v.lower(k))) plural = true;
    }
    if (!firstPerson) continue;
    const parties = plural ? jointAuthors : author ? [author] : [];
    for (const a of parties) if (!d.people.some((x) => x.actor.id === a.actor.id)) d.people.push(a);
  }
}

/**
 * "Johann Weber, Federal Minister for Foreign Affairs" on the last lines of a joint statement: each
 * closing line that holds a name, a comma and an office, and nothing else, signs the text. Two or more
 * signers are the "we" of the text above them, as joint authors named in its heading are; one signer
 * is its "I". Adds them to held meetings told in the first person above the signatures.
 */
export function signersOfClosing(v: MeetingText, quotes: readonly Quote[], drafts: MeetingDraft[]): void {
  const signers: PersonRef[] = [];
  let closingStart = v.text.length;
  for (let i = v.sentences.length - 1; i >= 0; i--) {
    const signer = signatureLine(v, v.sentences[i]!);
    if (!signer) break;
    signers.unshift(signer);
    closingStart = v.sentences[i]!.start;
  }
  if (signers.length === 0) return;
  addAuthors(v, quotes, drafts, 0, closingStart, signers.length === 1 ? signers[0]! : null, signers.length >= 2 ? signers : []);
}

/** The signer of a closing line "Name, Office" standing alone in its paragraph, or null. */
function signatureLine(v: MeetingText, s: Sentence): PersonRef | null {
  if (s.start > 0 && v.text[s.start - 1] !== '\n') return null;
  if (v.text.slice(s.start, s.end).includes('\n') || /[.!?]$/.test(v.text.slice(s.start, s.end).trim())) return null;
  const m = v.mentionAt(s.tokenStart);
  const p = m ? v.person(m) : null;
  if (!p || v.tokenRange(p.mention)[0] !== s.tokenStart) return null;
  const comma = v.tokenRange(p.mention)[1];
  if (v.lower(comma) !== ',' || comma + 1 >= s.tokenEnd) return null;
  for (let k = comma + 1; k < s.tokenEnd; k++) {
    if (/^[,()–-]$/.test(v.tok(k)!.text)) continue;
    if (v.isVerb(k) || !(v.isCap(k) || BYLINE_SMALL.test(v.lower(k)))) return null;
  }
  return p;
}
