import type { Span } from '../../document/span.js';
import { cuePatterns } from './cues.js';
import type { Attribution } from './attribution.js';
import type { SpeakerIndex } from './speakers.js';

/**
 * A heading that names whose words follow: "Statement by Foreign Secretary X on ...", "Remarks by
 * President X at ...", "Opening remarks of Minister X:". The words after it are that person's.
 */
const HEADING = /^[ \t\u00a0]*(?:(?:joint|press|opening|closing|introductory|concluding|welcoming|keynote|official|video|written|televised)[ \t\u00a0]+)*(?:statement|remarks|address|speech|message|comments|greetings|toast|appeal|op-ed)[ \t\u00a0]+(?:by|of|from)[ \t\u00a0]+/iu;

/** "The following statement is attributable to Spokesperson X:", "Quotes attributable to X:". */
const ATTRIBUTABLE = /(?<![\p{L}])attributable[ \t\u00a0]+to[ \t\u00a0]+/iu;

/** "Minister X’s opening remarks:", "President X’s statement on ...": the possessor's words follow. */
const POSSESSOR_HEADING = /['’]s?[ \t\u00a0]+(?:(?:opening|introductory|closing|concluding|welcoming|keynote|video|written)[ \t\u00a0]+)?(?:remarks|statement|speech|address|message|comments|greetings)(?![\p{L}])/u;

/** Only title words may stand between the heading's "by" and the name: "Foreign Secretary", "the U.S. Ambassador". */
const TITLE_WORDS = /^(?:(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and|to|on)[ \t\u00a0]+)*$/u;

/** A heading is a line of its own: it ends in a colon or without the punctuation that closes a sentence. */
const ENDS_AS_HEADING = /(?::|[^.!?…”"»])[ \t\u00a0]*$/u;

const MAX_HEADING = 240;

/**
 * The person a paragraph announces as the speaker of what follows it, or null. A sentence that only
 * mentions a statement ("A statement by X was issued on Monday.") ends as a sentence and is no heading.
 */
export function leadSpeaker(text: string, para: Span, index: SpeakerIndex): Attribution | null {
  if (para.end - para.start > MAX_HEADING) return null;
  const words = text.slice(para.start, para.end);
  if (/[“”"«»]/.test(words) || !ENDS_AS_HEADING.test(words)) return null;
  const heading = HEADING.exec(words);
  const attributable = heading ? null : ATTRIBUTABLE.exec(words);
  const match = heading ?? attributable;
  if (!match) return possessorHeading(words, para, index);
  const from = para.start + match.index + match[0].length;
  const person = index.firstPersonFrom(from, para.end);
  if (!person || !TITLE_WORDS.test(text.slice(from, person.start))) return null;
  const actor = index.actorOf(person);
  if (!actor || actor.nominal) return null;
  return {
    speaker: actor.id,
    speakerMention: person.id,
    cue: { start: para.start + match.index, end: person.end },
    rule: heading ? 'lead/heading' : 'lead/attributable-to',
  };
}

/** "Sergey Lavrov’s opening remarks:": the person named right before the possessive, with only title words before them. */
function possessorHeading(words: string, para: Span, index: SpeakerIndex): Attribution | null {
  const possessive = POSSESSOR_HEADING.exec(words);
  if (!possessive) return null;
  const at = para.start + possessive.index;
  const person = index.firstPersonFrom(para.start, at);
  if (!person || person.end !== at || !TITLE_WORDS.test(`${words.slice(0, person.start - para.start).trimStart()}`)) return null;
  const actor = index.actorOf(person);
  if (!actor || actor.nominal) return null;
  return { speaker: actor.id, speakerMention: person.id, cue: { start: para.start, end: at + possessive[0].length }, rule: 'lead/possessor-heading' };
}

/**
 * "delivered a speech", "made a statement", "gave the keynote address", "excerpts from his remarks";
 * and speaking to a gathering: "addressed the forum", "spoke at the opening ceremony", "took the floor"
 * (an audience or an occasion as the object: "addressed the issue" is no speech).
 */
const SPEECH_ANNOUNCED = /(?<![\p{L}])(?:(?:delivered|made|gave|granted)[ \t\u00a0]+(?:a|an|the|his|her)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}(?:speech|address|remarks|statement|lecture|interview)|(?:addressed|spoke[ \t\u00a0]+(?:at|before|to))[ \t\u00a0]+(?:the|a|an)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,3}?(?:participants|audience|attendees|guests|gathering|forum|conference|congress|summit|session|ceremony|plenary|assembly|event|rally|opening|meeting|graduates|students|nation)(?![\p{L}-])|took[ \t\u00a0]+the[ \t\u00a0]+floor|(?:excerpts|highlights|extracts|the (?:full )?text)[ \t\u00a0]+(?:from|of)[ \t\u00a0]+(?:his|her|the)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}(?:speech|address|remarks|statement|interview))(?![\p{L}])/iu;

/** A second clause joined to the first: ", and ", " while ", "; ". */
const JOINED_CLAUSE = /(?:,[ \t\u00a0]*(?:and|but|while|whereas)|;|[ \t\u00a0](?:while|whereas))[ \t\u00a0]/u;

/** A dateline opening a release: "Astana, 12 March 2024 – ", "Rabat – ". */
const DATELINE = /^[ \t\u00a0]*\p{Lu}[\p{L}’'. -]{0,40}?(?:,[ \t\u00a0]*[\p{L}\p{N} ]{1,30})?[ \t\u00a0]+[–—][ \t\u00a0]+/u;

/**
 * Only title words before the subject, after a dateline; a dash may join two offices held at once
 * ("Deputy Prime Minister – Minister of Foreign Affairs").
 */
function titleWordsAfterDateline(words: string): boolean {
  const rest = words.slice(DATELINE.exec(words)?.[0].length ?? 0);
  return TITLE_WORDS.test(rest.replace(/[ \t\u00a0]+[–—][ \t\u00a0]+/g, ' '));
}

/**
 * A paragraph that announces a speech whose words follow ("Prime Minister X delivered the keynote
 * address at the summit. The following are highlights of his speech."): its subject, the person it
 * opens with after title words only, is the speaker.
 */
export function speechAnnouncer(text: string, para: Span, index: SpeakerIndex): Attribution | null {
  if (para.end - para.start > 600) return null;
  const words = text.slice(para.start, para.end);
  const cue = SPEECH_ANNOUNCED.exec(words);
  if (!cue || /[“”"«»]/.test(words)) return null;
  const cueEnd = para.start + cue.index + cue[0].length;
  let person = index.firstPersonFrom(para.start, para.start + cue.index);
  if (person && !titleWordsAfterDateline(text.slice(para.start, person.start))) return null;
  // "X met journalists, and a Turkish minister gave an interview": a clause of its own, with another
  // subject, gives the speech; the person the paragraph opens with is not its speaker.
  if (person && JOINED_CLAUSE.test(text.slice(person.end, para.start + cue.index))) {
    const other = index.firstPersonFrom(person.end, para.start + cue.index);
    if (other && index.actorOf(other)?.id !== index.actorOf(person)?.id) return null;
  }
  // "Below is the full text of the speech of the Head of State:", "the address by President X": the
  // one whose speech it is, named right after the speech.
  if (!person) {
    const after = /^[ \t\u00a0]+(?:of|by)[ \t\u00a0]+(?:the[ \t\u00a0]+)?/.exec(text.slice(cueEnd, cueEnd + 12));
    const next = after ? index.firstPersonFrom(cueEnd + after[0].length, para.end) : null;
    if (next && TITLE_WORDS.test(text.slice(cueEnd + after![0].length, next.start))) person = next;
  }
  if (!person) return null;
  const actor = index.actorOf(person);
  if (!actor || actor.nominal) return null;
  return { speaker: actor.id, speakerMention: person.id, cue: { start: Math.min(person.start, para.start + cue.index), end: Math.max(cueEnd, person.end) }, rule: 'lead/speech-announced' };
}

/** A heading between paragraphs of a speech: a short line without a sentence's closing punctuation or quotation marks. */
export function isHeading(text: string, para: Span): boolean {
  if (para.end - para.start > 120) return false;
  const words = text.slice(para.start, para.end).trim();
  return words.length > 0 && words.length <= 80 && !/[.!?…:;“”"«»]$/.test(words) && !/[“”"«»]/.test(words) && words.split(/\s+/).length <= 10;
}

/** Most characters of a paragraph whose one subject may speak the quotation after it. */
const MAX_SUBJECT_PARAGRAPH = 600;

/**
 * "Do Hung Viet noted the growth of exports. He also invited companies to the fair.\n\n“Viet Nam
 * sees Kazakhstan as its gateway.”": a paragraph that opens with a person and names no one else
 * tells of that one person; a paragraph after it that is one quotation and nothing else gives
 * that person's words.
 */
export function paragraphSubject(text: string, para: Span, index: SpeakerIndex): Attribution | null {
  if (para.end - para.start > MAX_SUBJECT_PARAGRAPH) return null;
  if (/[“”"«»]/.test(text.slice(para.start, para.end))) return null;
  const first = index.firstPersonFrom(para.start, para.end);
  if (!first || text.slice(para.start, first.start).trim() !== '') return null;
  const actor = index.actorOf(first);
  if (!actor || actor.nominal) return null;
  for (let m = index.firstPersonFrom(first.end, para.end); m; m = index.firstPersonFrom(m.end, para.end)) {
    if (index.actorOf(m)?.id !== actor.id) return null;
  }
  return { speaker: actor.id, speakerMention: first.id, cue: { start: first.start, end: first.end }, rule: 'lead/paragraph-subject' };
}

/** "According to Prime Minister X, ...": the person the sentence reports. */
const ACCORDING_OPENING = /^[ \t\u00a0]*according[ \t\u00a0]+to[ \t\u00a0]+/iu;
/** Title words, or "The", before the subject of a sentence: "The Deputy Minister", "Prime Minister". */
const SUBJECT_TITLE = /^[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and)[ \t\u00a0]+)*$/u;
/** "Speaking to reporters, the minister", "After the talks, President X": an opening phrase, then the subject. */
const OPENER_THEN_SUBJECT = /^[ \t\u00a0]*[^,.;:“”"«»\n]{1,60},[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and)[ \t\u00a0]+)*$/u;

/**
 * "Prime Minister Kishida noted that the two leaders discussed the region. “Our coordination is
 * indispensable.”": a quotation that is a sentence of its own, with no cue, goes on with the words
 * of the sentence right before it when that sentence reports what a named person said ("X noted
 * that ...", "According to X, ...").
 */
export function reportedSpeechBefore(text: string, sentence: Span, index: SpeakerIndex): Attribution | null {
  const words = text.slice(sentence.start, sentence.end);
  if (/[“”"«»]/.test(words)) return null;
  const according = ACCORDING_OPENING.exec(words);
  if (according) {
    const from = sentence.start + according[0].length;
    const person = index.firstPersonFrom(from, sentence.end);
    if (!person || !SUBJECT_TITLE.test(text.slice(from, person.start)) || !/^[ \t\u00a0]*,/.test(text.slice(person.end, person.end + 3))) return null;
    const actor = index.actorOf(person);
    if (!actor || actor.nominal) return null;
    return { speaker: actor.id, speakerMention: person.id, cue: { start: sentence.start, end: person.end }, rule: 'before/reported-speech' };
  }
  // "He added that ...": a subject pronoun coreference resolved stands for its person.
  const opening = sentence.start + (/^\s*/.exec(words)?.[0].length ?? 0);
  const pronoun = index.startingAt(text, opening);
  const person = pronoun?.type === 'person' && pronoun.form === 'pronoun' && /^(?:he|she)$/i.test(pronoun.text) ? pronoun : index.firstPersonFrom(sentence.start, sentence.end);
  const lead = person ? text.slice(sentence.start, person.start) : '';
  if (!person || (!SUBJECT_TITLE.test(lead) && !OPENER_THEN_SUBJECT.test(lead))) return roleSubjectReporting(text, sentence, opening, index);
  const verb = cuePatterns().verbAtStart.exec(text.slice(person.end, sentence.end).replace(/^[ \t\u00a0]+/, ''));
  if (!verb) return null;
  const actor = index.actorOf(person);
  if (!actor || actor.nominal) return null;
  return { speaker: actor.id, speakerMention: person.id, cue: { start: person.start, end: person.end }, rule: 'before/reported-speech' };
}

/**
 * "The guest said he was impressed.": a role phrase no person mention covers, opening the sentence as the
 * subject of its speech verb, stands for the named person it refers to ("the guest", "the minister").
 */
function roleSubjectReporting(text: string, sentence: Span, opening: number, index: SpeakerIndex): Attribution | null {
  const sv = cuePatterns().speakerThenVerb.exec(text.slice(opening, sentence.end));
  if (!sv || !/^The[ \t\u00a0]/.test(sv[1]!) || index.firstPersonFrom(opening, opening + sv[1]!.length) !== null) return null;
  // A sentence-initial "The" is capitalised where the role patterns expect "the".
  const holder = index.referent(`the${sv[1]!.slice(3)}`, opening);
  if (!holder || holder.type !== 'person' || holder.nominal) return null;
  return { speaker: holder.id, speakerMention: null, cue: { start: opening, end: opening + sv[0].length }, rule: 'before/reported-speech+role-holder' };
}

/**
 * "According to the Syrian minister, Damascus wants “a new page”.": a sentence that opens by naming
 * its source reports that person's words throughout, so a quotation inside it with no cue of its
 * own is theirs. A body as the source ("According to the statement, ...") names no speaker.
 */
export function accordingToSentence(text: string, sentence: Span, open: number, index: SpeakerIndex): Attribution | null {
  const words = text.slice(sentence.start, open);
  if (/[“”"«»]/.test(words)) return null;
  const pronounSource = PRONOUN_SOURCE_OPENING.exec(words);
  if (pronounSource) return pronounSourceSpeaker(text, sentence, pronounSource, index);
  // "In the Ambassador's words, the visit “...”": the possessor of the words is the source, as after "according to".
  const according = ACCORDING_OPENING.exec(words);
  const possessor = according ? null : IN_OPENING.exec(words);
  const opening = according ?? possessor;
  if (!opening) return null;
  const from = sentence.start + opening[0].length;
  const person = index.firstPersonFrom(from, open);
  const close = possessor ? POSSESSED_SOURCE : COMMA_AFTER;
  if (!person || !SUBJECT_TITLE.test(text.slice(from, person.start)) || !close.test(text.slice(person.end, person.end + 24))) return null;
  const actor = index.actorOf(person);
  if (!actor || actor.nominal) return null;
  return { speaker: actor.id, speakerMention: person.id, cue: { start: sentence.start, end: person.end }, rule: 'before/according-to-sentence' };
}

/** "In " opening a sentence, before a possessor whose words it reports ("In the Ambassador's words, ..."). */
const IN_OPENING = /^[ \t\u00a0]*in[ \t\u00a0]+/iu;
/** "’s words, " / "'s own view, " right after the possessor. */
const POSSESSED_SOURCE = /^['’]s[ \t\u00a0]+(?:own[ \t\u00a0]+)?(?:words|opinion|view)[ \t\u00a0]*,/u;
const COMMA_AFTER = /^[ \t\u00a0]*,/;

/**
 * "According to him, the new line will “...”", "In her words, the railway is “...”": a sentence
 * that opens by giving a pronoun as its source, then goes on in reported speech with the quoted
 * words inside it. The pronoun stands for the one coreference resolved it to.
 */
const PRONOUN_SOURCE_OPENING = /^[ \t\u00a0]*(?:according[ \t\u00a0]+to[ \t\u00a0]+(him|her)|in[ \t\u00a0]+(his|her)[ \t\u00a0]+(?:own[ \t\u00a0]+)?(?:words|opinion|view))[ \t\u00a0]*,/iu;

function pronounSourceSpeaker(text: string, sentence: Span, opening: RegExpExecArray, index: SpeakerIndex): Attribution | null {
  const word = opening[1] ?? opening[2]!;
  const at = sentence.start + opening[0].toLowerCase().lastIndexOf(word.toLowerCase());
  const pronoun = index.startingAt(text, at);
  if (!pronoun || pronoun.form !== 'pronoun' || pronoun.type !== 'person' || pronoun.end !== at + word.length) return null;
  const actor = index.actorOf(pronoun);
  if (!actor || actor.nominal) return null;
  return { speaker: actor.id, speakerMention: pronoun.id, cue: { start: sentence.start, end: at + word.length }, rule: 'before/according-to-sentence' };
}
