import type { Document } from '../../document/document.js';
import { countryName, demonymToCountry } from '../../lexicon/countries.js';
import type { Actor, Mention } from '../../document/layers.js';
import { lowerBound, type Span } from '../../document/span.js';
import { ACCORDING_TO, APPOSITION_AT_START, COMPLEMENT_BEFORE, FILLER, SPEAKER_VERB_GAP, cuePatterns } from './cues.js';
import { DELEGATION_HEAD_WORDS, MESSAGE_WORDS, type SpeakerIndex } from './speakers.js';
import { titleByWords } from '../../lexicon/titles.js';
import { pronounGender, type Gender } from '../coreference/gender.js';
import { afterOpeningPhrase } from '../coreference/pronouns.js';
import { wordLists } from '../../lexicon/words.js';

export interface Attribution {
  readonly speaker: string | null;
  readonly speakerMention: string | null;
  readonly cue: Span;
  /** Which pattern attributed the quote: "after/speaker-verb", "before/according-to", ... */
  readonly rule: string;
}

/** Where a quote sits and how far its attribution may be looked for. */
export interface QuoteWindow {
  readonly open: number;
  /** Offset of the closing mark (or paragraph end for an open quote). */
  readonly close: number;
  /** Length of the closing mark: 1, or 2 for ''. */
  readonly closeLength: number;
  /** Where the quoted words start, after the opening mark. */
  readonly textStart: number;
  /** Start of the text that may attribute the quote from before: paragraph start or previous quote's end. */
  readonly before: number;
  /** End of the text that may attribute it from after: paragraph end or the next quote's opening mark. */
  readonly after: number;
  /** Start of the previous paragraph, how far back an unresolved "he" may look for its person. */
  readonly pronounScope: number;
  /** Start of the quote's paragraph, where a transcript turn names its speaker ("Vladimir Putin: ..."). */
  readonly paragraphStart: number;
}

const MAX_BEFORE = 300;
/**
 * What may stand before a speaker's name in a label: title words, nothing that is a verb in lower
 * case; a heading noun of what is said and "from" or "by" may open it ("Quote from Minister X:",
 * "Comment by Council Chair X:"): the words after the colon are that person's.
 */
const LABEL_LEAD = /^[ \t\u00a0]*(?:(?:Quotes?|Quotations?|Comments?|Statement|Remarks)[ \t\u00a0]+(?:from|by)[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and|de|del|der)[ \t\u00a0]+)*$/u;
/** A person's role after the body it serves ("Spokesperson", "Press Secretary", "official"): the words end in it. */
const ROLE_OF_BODY = /^[ \t\u00a0]*(?:['’]s[ \t\u00a0]+)?(?:(?:chief|deputy|official|senior|press|first)[ \t\u00a0]+)?(?:spokes(?:person|man|woman)|press[ \t\u00a0]+secretary|representative|official|spokes)[ \t\u00a0]*$/i;
/** Roles a body gives to many people at once: its spokespeople and representatives. */
const SPOKES_ROLE = /^(?:(?:chief|deputy|official|senior|first)[ \t\u00a0]+)?(?:spokes(?:person|man|woman)|representative)\b/i;
/** "I", "as I", "as we" where a cue names its speaker: the one speaking. */
const FIRST_PERSON_SPEAKER = /^[ \t\u00a0]*(?:as[ \t\u00a0]+)?I[ \t\u00a0]*$/;
const PRONOUN_ONLY = /^[ \t\u00a0]*(he|she)[ \t\u00a0]*$/i;
/** The speaker words must not themselves be a speech verb ("Said ..."). */
const SPEECH_WORD = /^(?:said|says|added|noted|told|asked)\b/i;
const MAX_AFTER = 200;
/** A coordinator alone where a speaker would stand: "and", "but". */
const COORDINATOR_ONLY = /^(?:and|but|or)$/i;
/** A coordinator followed by more words where a speaker would stand: "and the minister", "but Haddad". */
const COORDINATOR_FIRST = /^(?:and|but|or)[ \t\u00a0]+\S/i;
/** "the words of ", "the remarks of the President " right before the person whose words are quoted. */
const WORDS_OF = /(?<![\p{L}])(?:words|remarks|statement|phrase)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+){0,4}$/u;
/** Between the one whose words are quoted and the quote: ", ", "that", or a phrase of place or time first ("at the United Nations, that"). */
const WORDS_OF_GAP = /^[ \t\u00a0]*(?:(?:at|in|on|during|before)[ \t\u00a0]+[^“”"«»\n.;:!?,]{1,60}?)?[ \t\u00a0]*(?:,|:|that|,[ \t\u00a0]*that)?[ \t\u00a0]*$/i;
/** "’s words that ", "'s remarks: " after the possessor of the words, right before the quote. */
const POSSESSED_WORDS_THAT = /^['’]s[ \t\u00a0]+(?:own[ \t\u00a0]+)?(?:famous[ \t\u00a0]+)?(?:words|remarks)[ \t\u00a0]*(?::|that|,[ \t\u00a0]*that)[ \t\u00a0]*$/;
/** "Quoting ", "Citing the " opening a sentence, right before the one quoted (with the office written before the name). */
const QUOTING_OPENER = /(?:^|[.!?][ \t\u00a0]+|\n[ \t\u00a0]*)(?:Quoting|Citing)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+){0,5}$/u;
/** After the one quoted: the comma closing the opening phrase, the main clause's subject and its verb of saying, then the quote. */
const QUOTING_REST = /^[ \t\u00a0]*,[ \t\u00a0]*[^“”"«»\n.;:,]{1,60}?[ \t\u00a0]+(?:said|added|noted|stressed|remarked|recalled|emphasi[sz]ed)[ \t\u00a0]*[:,]?[ \t\u00a0]*$/;
/** "quoted ", "cited President " right before the one quoted. */
const QUOTED_BEFORE = /(?<![\p{L}])(?:quoted|cited)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t\u00a0]+){0,4}$/u;
/** After the one quoted, the quote itself opened by a colon, or by "as saying": "quoted X: “...”", "quoted X as saying that “...”". */
const QUOTED_GAP = /^[ \t\u00a0]*(?::|,?[ \t\u00a0]*as saying[ \t\u00a0]*(?::|,|that)?)[ \t\u00a0]*$/i;
/** "’s words, " / "'s own view, " after the possessor, right before the quote. */
const POSSESSED_WORDS = /^['’]s[ \t\u00a0]+(?:own[ \t\u00a0]+)?(?:words|opinion|view)[ \t\u00a0]*,?[ \t\u00a0]*$/;
/** "In the " / "In " before the possessor. */
const IN_POSSESSOR = /(?<![\p{L}])in[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
/** Capitalised words right before a name: the office written with it ("Minister ", "Foreign Minister "). */
const OFFICE_AT_END = /(?:\p{Lu}[\p{L}’'.-]*[ \t\u00a0]+){1,4}$/u;
/** Capitalised words between "according to the" and the office: "Bryansk " in "the Bryansk Governor". */
const QUALIFIER_AT_END = /(?<=(?:^|[^\p{L}])the[ \t\u00a0]+)(?:\p{Lu}[\p{L}-]*[ \t\u00a0]+){1,2}$/u;

/** Turns a mention in a cue into a speaker: its actor, or for an unresolved "he" the last person named. */
function speakerFrom(
  index: SpeakerIndex,
  m: Mention,
  rule: string,
  cue: Span,
  w: QuoteWindow,
): Attribution {
  // "According to the Kremlin spokesman, President X remains open. “...,” he added.": a "he" or "she" after
  // the quotation goes on with the source the sentence before it reported, not with that sentence's subject.
  if (m.form === 'pronoun' && rule.startsWith('after/') && /^(?:he|she)$/i.test(m.text)) {
    const source = accordingToSource(index, w, pronounGender(m.text));
    if (source) return { speaker: source.id, speakerMention: m.id, cue, rule: `${rule}+according-to-source` };
  }
  const actor = index.actorOf(m);
  // "The World Bank representative confirmed ... “...,” she said": the pronoun's office, held by no one
  // named, is a body's; the one who speaks for that body is meant.
  if (m.form === 'pronoun' && actor?.nominal && actor.type === 'person') {
    const member = index.memberOfBodyBefore(actor, m.start);
    if (member && index.agrees(member, pronounGender(m.text))) return { speaker: member.id, speakerMention: m.id, cue, rule: `${rule}+body-member` };
  }
  // "the Pakistani official said": words that name no office (coreference folds offices into their
  // holders) stand for the person the text named serving that country.
  if (actor?.nominal && !actor.title && m.form !== 'pronoun') {
    const holder = index.referent(m.text, m.start);
    if (holder) return { speaker: holder.id, speakerMention: m.id, cue, rule: `${rule}+role-holder` };
  }
  // "a Kremlin spokesman said", "the spokesperson of the Ministry said": a body speaks through many
  // spokespeople; with none named holding the role, the text does not say which one spoke.
  if (actor?.nominal && actor.type === 'person' && m.form !== 'pronoun' && SPOKES_ROLE.test(actor.title ?? actor.name)) {
    const holder = index.referent(m.text, m.start) ?? (actor.title ? index.holderOfSameTitle(actor.title, m.start) : null);
    return holder
      ? { speaker: holder.id, speakerMention: m.id, cue, rule: `${rule}+role-holder` }
      : { speaker: null, speakerMention: m.id, cue, rule: `${rule}+unnamed-role` };
  }
  // "According to the First Lady", "according to the guest": a phrase that picks out its person by
  // relation, when the mentions layer resolved it to no one named.
  if ((!actor || actor.nominal) && m.form !== 'pronoun' && index.isRelationalPhrase(m.text)) {
    const related = index.referent(m.text, m.start);
    if (related) return { speaker: related.id, speakerMention: m.id, cue, rule: `${rule}+relation` };
  }
  // "Takeshi Morimoto affirmed ... “...,” the Japanese legislator said": a description of a country's
  // person that names no office anyone holds describes the subject named just before the quotation in
  // its paragraph, when that subject can serve the country (an office, "the Governor of Kursk", is
  // someone's whom the text may not name). The description itself is not a speaker.
  if (actor?.nominal && actor.type === 'person' && actor.country && m.form !== 'pronoun' && index.isPlainDescription(m.text)) {
    const described = index.lastPersonBefore(Math.min(m.start, w.open), w.paragraphStart);
    if (described && !described.actor.nominal && (!described.actor.country || described.actor.country === actor.country)) {
      return { speaker: described.actor.id, speakerMention: m.id, cue, rule: `${rule}+described-subject` };
    }
  }
  // "Costa spoke of his plans. “...,” the former Portuguese Prime Minister said": an office its holder has
  // left names no one who holds it now; the words describe the subject named just before the quotation
  // in its paragraph, whatever office that person holds now.
  if (actor?.nominal && actor.type === 'person' && m.form !== 'pronoun' && (FORMER_FIRST.test(m.text) || FORMER_BEFORE.test(index.textOf(Math.max(w.paragraphStart, m.start - 24), m.start)))) {
    const described = index.lastPersonBefore(Math.min(m.start, w.open), w.paragraphStart);
    const now = described?.actor.country ?? null;
    // One who now serves another state is not that state's former office holder; a body of many states
    // ("EUR") may be served by a state's former leader.
    if (described && !described.actor.nominal && (!now || !actor.country || now === actor.country || !countryName(now))) {
      return { speaker: described.actor.id, speakerMention: m.id, cue, rule: `${rule}+former-office` };
    }
    return { speaker: null, speakerMention: m.id, cue, rule: `${rule}+former-office` };
  }
  if (actor) return { speaker: actor.id, speakerMention: m.id, cue, rule };
  // "Mr. Hayashi conveyed greetings from X. “...,” the lawmaker said": a description naming no state
  // and no office anyone holds describes the subject named just before the quotation in its paragraph.
  if (m.type === 'person' && m.form !== 'pronoun' && index.isPlainDescription(m.text)) {
    const described = index.lastPersonBefore(Math.min(m.start, w.open), w.paragraphStart);
    if (described && !described.actor.nominal) return { speaker: described.actor.id, speakerMention: m.id, cue, rule: `${rule}+described-subject` };
  }
  // "The Spokesman for the Presidency, Ambassador X, said ... “...,” the spokesman said": the one named in
  // apposition to an earlier mention of the office.
  if (m.type === 'person' && m.form === 'title') {
    const holder = index.appositeHolder(m.text, m.start);
    if (holder) return { speaker: holder.id, speakerMention: m.id, cue, rule: `${rule}+apposed-holder` };
  }
  if (m.form === 'pronoun' && /^(he|she|him|her)$/i.test(m.text)) {
    const near = nearestOtherThanTurnSpeaker(index, m.start, w, pronounGender(m.text));
    if (near) return { speaker: near.actor.id, speakerMention: m.id, cue, rule: `${rule}+nearest-person` };
  }
  return { speaker: null, speakerMention: m.id, cue, rule: `${rule}+unresolved` };
}

/** "former " or "ex-" before an office, perhaps with its demonym: "the former Portuguese ". */
const FORMER_BEFORE = /(?<![\p{L}])(?:former|ex-)[ \t\u00a0]*(?:\p{Lu}[\p{L}-]*[ \t\u00a0]+)?$/iu;
/** A mention whose own words open with "former": "former Portuguese Prime Minister". */
const FORMER_FIRST = /^(?:the[ \t\u00a0]+)?(?:former|ex-)(?![\p{L}])/iu;

/** "According to ", "According to the " opening a sentence. */
const ACCORDING_OPENING = /^[ \t\u00a0]*according[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?/i;

/**
 * The person a sentence right before the quotation names as its source ("According to the spokesman,
 * ..."), when that person is named, of the pronoun's gender, and the sentence is the quote's own paragraph's.
 */
function accordingToSource(index: SpeakerIndex, w: QuoteWindow, gender: Gender): { id: string } | null {
  const text = index.documentText();
  const from = Math.max(w.paragraphStart, w.open - MAX_BEFORE);
  const start = lastSentenceStart(text, from, w.open);
  if (start <= from && start !== w.paragraphStart) return null;
  const according = ACCORDING_OPENING.exec(text.slice(start, w.open));
  if (!according) return null;
  const person = index.firstPersonFrom(start + according[0].length, w.open);
  if (!person || person.start - start - according[0].length > 40 || !/^[ \t\u00a0]*,/.test(text.slice(person.end, person.end + 3))) return null;
  const actor = index.actorOf(person);
  return actor && !actor.nominal && actor.type === 'person' && index.agrees(actor, gender) ? actor : null;
}

/** A bare "he"/"she" the mentions layer did not mark: resolve it to the last person named, if any. */
function pronounWithoutMention(index: SpeakerIndex, at: number, rule: string, cue: Span, w: QuoteWindow): Attribution {
  const word = /^(?:he|she)(?![\p{L}])/iu.exec(index.documentText().slice(at, at + 4));
  const near = nearestOtherThanTurnSpeaker(index, at, w, word ? pronounGender(word[0]) : null);
  return near
    ? { speaker: near.actor.id, speakerMention: null, cue, rule: `${rule}+nearest-person` }
    : { speaker: null, speakerMention: null, cue, rule: `${rule}+unresolved` };
}

/**
 * The person an unresolved "he"/"she" most likely stands for: the last person named before it, but
 * never the speaker of the transcript turn it stands in ("THE PRESIDENT: ... and she said"), who is "I".
 */
function nearestOtherThanTurnSpeaker(index: SpeakerIndex, at: number, w: QuoteWindow, gender: Gender): { actor: { id: string } } | null {
  const turn = turnSpeaker(index.documentText(), index, w.paragraphStart);
  return index.lastPersonBefore(at, w.pronounScope, turn?.actor ?? null, gender);
}

const COLON_AHEAD = /^[ \t\u00a0]*:/;

/** Words ending in a preposition that governs a participle: "in (describing)", "while (noting)"; not "as (saying)". */
const PREPOSITION_LAST = /(?:^|[ \t\u00a0])(?:in|by|while|when|on|upon|after|before|through|without)[ \t\u00a0]*$/i;

/** The cue ending at `end` introduces what follows it ("he said: ...") rather than the quote before. */
function introducesNext(text: string, end: number): boolean {
  return COLON_AHEAD.test(text.slice(end, end + 3));
}

/** `“...,” X said`, `“...,” said X`, `“...,” he added`, `“...,” the President of Kazakhstan stressed`. */
export function attributeAfter(doc: Document, index: SpeakerIndex, w: QuoteWindow): Attribution | null {
  const text = doc.text;
  const from = w.close + w.closeLength;
  const limit = Math.min(w.after, from + MAX_AFTER);
  if (from >= limit) return null;
  const lead = /^[\s,;–—-]*/.exec(text.slice(from, limit))![0].length;
  const at = from + lead;
  const rest = text.slice(at, limit);
  const { speakerThenVerb, verbThenSpeaker } = cuePatterns();

  // "“...” – Sergey Lavrov.": a dash and a name alone closing the sentence sign the words.
  if (/[–—]|\s-\s/.test(text.slice(from, at))) {
    const m = index.startingAt(text, at);
    if (m && m.type === 'person' && m.end <= limit && /^[ \t\u00a0]*(?:[.!]|\n|$)/.test(text.slice(m.end, m.end + 2))) {
      return speakerFrom(index, m, 'after/dash-name', { start: from, end: m.end }, w);
    }
  }

  // "“...,” X's office quoted her as saying.", "“...,” the agency cited the minister as saying": the one
  // quoted, the object of "quoted", spoke the words, not the subject that reports them.
  const quotedAs = QUOTED_AS_AFTER.exec(rest);
  if (quotedAs) {
    const objStart = at + quotedAs[0].length - quotedAs[2]!.length - quotedAs[3]!.length;
    const m = index.bestWithin(objStart, objStart + quotedAs[2]!.length);
    if (m && m.type === 'person') return speakerFrom(index, m, 'after/quoted-as', { start: at, end: at + quotedAs[0].length }, w);
  }
  // Speaker first: the words before the verb name the speaker.
  const sv = speakerThenVerb.exec(rest);
  // "... called the decision “economic warfare” and said ...": a verb joined by "and" has the subject of
  // the clause before the quote, which the words before it give.
  if (sv && COORDINATOR_ONLY.test(sv[1]!)) return null;
  // "called the ships “a gift” and the minister said ...": a coordinator opening the words before the verb
  // starts a clause of its own, with a subject of its own, which reports the words after it, not these.
  if (sv && COORDINATOR_FIRST.test(sv[1]!)) return null;
  // "referred to “a new chapter” in describing the visit": a participle after a preposition is no
  // finite reporting verb; the words before it name no speaker. ("quoted X as saying" is one.)
  if (sv && /ing$/i.test(sv[sv.length - 1] ?? '') && PREPOSITION_LAST.test(sv[1]!)) return null;
  if (sv && !SPEECH_WORD.test(sv[1]!)) {
    const end = at + sv[0].length;
    if (!introducesNext(text, end)) {
      const named = nameInApposition(index, text, at + sv[1]!.length, end);
      if (named) return speakerFrom(index, named, 'after/speaker-verb+apposition', { start: at, end }, w);
      return fromRegion(index, at, at + sv[1]!.length, 'after/speaker-verb', { start: at, end }, w);
    }
  }
  // Verb first: “...,” said Igor Kobzev.
  const vs = verbThenSpeaker.exec(rest);
  // "“...,” noting that ...": a participle after the quote opens a clause of the same subject, whose
  // speaker the words before the quote give; it names no speaker after it.
  if (vs && /ing$/i.test(vs[1]!)) return null;
  if (vs) {
    const regionStart = at + vs[0].length - vs[2]!.length;
    const end = at + vs[0].length;
    if (!introducesNext(text, end)) {
      const apposed = officeThenApposedName(index, text, regionStart, end, limit);
      if (apposed) return speakerFrom(index, apposed, 'after/verb-office+apposed-name', { start: at, end: apposed.end }, w);
      return fromRegion(index, regionStart, end, 'after/verb-speaker', { start: at, end }, w);
    }
  }
  // "“...,” according to Minister X.": the source named after the quotation, closing its clause.
  const according = ACCORDING_AFTER.exec(rest);
  if (according) {
    const person = index.firstPersonFrom(at + according[0].length, limit);
    if (person && person.type === 'person' && LABEL_LEAD.test(text.slice(at + according[0].length, person.start))
      && /^[ \t\u00a0]*(?:[.,;!?]|\n|$)/.test(text.slice(person.end, person.end + 2))) {
      return speakerFrom(index, person, 'after/according-to', { start: at, end: person.end }, w);
    }
  }
  return null;
}

/** ", Marko Milić," set off by commas right after the speaker's words: the name in group 1. */
const APPOSED_NAME = /^[ \t\u00a0]*,[ \t\u00a0]*([^,]+?)[ \t\u00a0]*,/;

/**
 * "“...,” the Prime Minister's spokesperson, Marko Milić, said", "the spokesperson of the Slovenian
 * government, Petra Novak, said": a role or office whose holder's name follows in apposition is
 * that person's; the name, closing the apposition, is the speaker. Not when the words before it are a
 * name themselves ("Peskov, the Kremlin spokesman, said" sets off a description).
 */
function nameInApposition(index: SpeakerIndex, text: string, regionEnd: number, verbEnd: number): Mention | null {
  const a = APPOSED_NAME.exec(text.slice(regionEnd, verbEnd));
  if (!a) return null;
  const innerStart = regionEnd + a[0].indexOf(a[1]!, a[0].indexOf(',') + 1);
  const innerEnd = innerStart + a[1]!.length;
  const named = index.bestWithin(innerStart, innerEnd);
  if (!named || named.type !== 'person' || named.form !== 'name' || named.end !== innerEnd) return null;
  const before = index.endingBefore(regionEnd + 1, regionEnd - MAX_AFTER, 1)[0];
  if (before && before.end === regionEnd && before.type === 'person' && before.form === 'name') return null;
  return named;
}

/** A comma and spaces opening the words after a speaker's office. */
const COMMA_LEAD = /^[ \t\u00a0]*,[ \t\u00a0]*/;
/** Most characters of styles of address between the comma and the name ("Datuk Seri ", "H.E. Mr. "). */
const MAX_STYLE_CHARS = 40;
/** One to three capitalised words, each perhaps with its full stop or apostrophe: styles of address before a name. */
const STYLES_ONLY = /^(?:\p{Lu}[\p{L}.]*['’]?[ \t\u00a0]+){1,3}$/u;
/** What may close a name set off after an office: the sentence's end, a comma, a paragraph's end. */
const APPOSED_NAME_CLOSE = /^[ \t\u00a0]*(?:[.,;!?]|\n|$)/;

/**
 * "“...,” said the Federal Minister for Economic Affairs, Katherina Reiche.": after the verb, an office
 * in words of its own and then, set off by a comma, its holder's name closing the sentence or its own
 * apposition, that the mentions layer has read as the holder of that office. The office names no one by
 * itself, so the name after it is the speaker's. Not when the words before the comma already hold a
 * person's name ("said Anna Berg, Jonas Brandt's deputy"), nor when the name holds another office.
 */
function officeThenApposedName(index: SpeakerIndex, text: string, regionStart: number, regionEnd: number, limit: number): Mention | null {
  const comma = COMMA_LEAD.exec(text.slice(regionEnd, limit));
  if (!comma) return null;
  const inRegion = index.bestWithin(regionStart, regionEnd);
  if (inRegion && inRegion.type === 'person' && inRegion.form === 'name') return null;
  const from = regionEnd + comma[0].length;
  // "said the Deputy Prime Minister, Datuk Seri Fadillah Yusof.": styles of address may open the apposition.
  const named = index.startingAt(text, from) ?? index.firstPersonFrom(from, Math.min(limit, from + MAX_STYLE_CHARS));
  if (!named || named.type !== 'person' || named.form !== 'name' || named.end > limit || !named.title) return null;
  if (named.start > from && !STYLES_ONLY.test(text.slice(from, named.start))) return null;
  // The office the mentions layer gave the name is the one the words before the comma write.
  if (!text.slice(regionStart, regionEnd).toLowerCase().includes(named.title.toLowerCase())) return null;
  return APPOSED_NAME_CLOSE.test(text.slice(named.end, named.end + 2)) ? named : null;
}

/** "according to " opening the words right after a quotation. */
const ACCORDING_AFTER = /^according[ \t\u00a0]+to[ \t\u00a0]+/i;

/** "This was stated by ", "– this was said by ", "These words belong to ", "These were the words of " right after a quote. */
const STATED_BY = /^(?:(?:this|that|so)[ \t\u00a0]+(?:was|is)[ \t\u00a0]+(?:stated|said|noted|announced|declared|emphasi[sz]ed|stressed|underlined|pointed out)[ \t\u00a0]+by|these[ \t\u00a0]+words[ \t\u00a0]+(?:belong|belonged)[ \t\u00a0]+to|(?:these|those|such)[ \t\u00a0]+(?:were|are)[ \t\u00a0]+the[ \t\u00a0]+words[ \t\u00a0]+of)[ \t\u00a0]+/iu;
/** "With these words the President opened ", "With those words, X concluded ": the subject in group 1, then its verb. */
const WITH_THESE_WORDS = /^with[ \t\u00a0]+(?:these|those|such)[ \t\u00a0]+words[ \t\u00a0]*,?[ \t\u00a0]+((?:[^\s,;:!?“”"«»()]+[ \t\u00a0]+){0,10}?[^\s,;:!?“”"«»()]+)[ \t\u00a0]+(?:opened|began|started|concluded|closed|ended|finished|greeted|welcomed|addressed|turned to)(?![\p{L}])/iu;
/** The speaker words after STATED_BY: up to punctuation or a phrase of place or time. */
const STATED_BY_WORDS = /^((?:[^\s,;:!?“”"«»()]+[ \t\u00a0]+){0,13}?[^\s,;:!?“”"«»()]+?)(?=[ \t\u00a0]*(?:[,;:!?)]|\.(?![\p{L}\p{N}])|$)|[ \t\u00a0]+(?:at|in|on|during|after|before|when|while|to|with|who)(?![\p{L}]))/u;

/**
 * "“...” This was stated by Foreign Minister X at a press conference.", "“...”, – these words belong to
 * X": a sentence after the quote that names who said it outright.
 */
export function attributeStatedBy(doc: Document, index: SpeakerIndex, w: QuoteWindow): Attribution | null {
  const text = doc.text;
  const from = w.close + w.closeLength;
  const limit = Math.min(w.after, from + MAX_AFTER);
  if (from >= limit) return null;
  const lead = /^[\s,.;–—-]*/.exec(text.slice(from, limit))![0].length;
  const at = from + lead;
  const sb = STATED_BY.exec(text.slice(at, limit));
  if (!sb) {
    // "“...” With these words the Head of State opened the meeting.": the subject of the clause is the speaker.
    const opened = WITH_THESE_WORDS.exec(text.slice(at, limit));
    if (!opened) return null;
    const start = at + opened[0].indexOf(opened[1]!, opened[0].search(/words/i) + 5);
    return fromRegion(index, start, start + opened[1]!.length, 'after/with-these-words', { start: at, end: at + opened[0].length }, w);
  }
  const wordsStart = at + sb[0].length;
  const words = STATED_BY_WORDS.exec(text.slice(wordsStart, limit));
  if (!words) return null;
  return fromRegion(index, wordsStart, wordsStart + words[1]!.length, 'after/stated-by', { start: at, end: wordsStart + words[1]!.length }, w);
}

/**
 * The speaker among the few words a cue gives ("Belarusian President Aleksandr Lukashenko",
 * "he", "a source"): the best mention inside them, else a pronoun, else no one.
 */
function fromRegion(index: SpeakerIndex, start: number, end: number, rule: string, cue: Span, w: QuoteWindow): Attribution {
  // "Vladimir Putin: ... “the talks were substantive,” as I told the press": in a transcript turn, "I"
  // is the one whose turn it is.
  if (FIRST_PERSON_SPEAKER.test(index.textOf(start, end))) {
    const turn = turnSpeaker(index.documentText(), index, w.paragraphStart);
    if (turn) return { speaker: turn.actor, speakerMention: turn.id, cue, rule: `${rule}+first-person+turn-label` };
  }
  // "the head of the Uzbek delegation": the person, not the delegation the words name; "his counterpart":
  // the person introduced as the counterpart, not the one "his" stands for.
  if (index.isRelationalPhrase(index.textOf(start, end))) {
    const head = index.referent(index.textOf(start, end), start);
    const kind = DELEGATION_HEAD_WORDS.test(index.textOf(start, end).trim()) ? 'delegation-head' : 'relation';
    if (head) return { speaker: head.id, speakerMention: null, cue, rule: `${rule}+${kind}` };
  }
  const m = index.bestWithin(start, end);
  const words = index.textOf(start, end);
  // "the diplomat said", "the head of Tatarstan said": words the mentions layer read as an unnamed
  // group or office stand for the person the text has named holding it, when it has.
  if (m && index.actorOf(m)?.nominal && m.form !== 'pronoun') {
    const holder = index.referent(words, start);
    if (holder) return { speaker: holder.id, speakerMention: m.id, cue, rule: `${rule}+role-holder` };
  }
  // "The Ambassador handed over a letter from President X. “...,” the letter says": the sender's words.
  if (!m && MESSAGE_WORDS.test(words.trim())) {
    const sender = index.messageSender(start);
    if (sender) return { speaker: sender.id, speakerMention: null, cue, rule: `${rule}+message-sender` };
  }
  // "Mr Albuquerque toured a plant near Albuquerque. “...,” Albuquerque said": a place does not speak; a
  // name alone before the verb that is also the surname of one person named is that person.
  if (m && m.type === 'place' && m.form !== 'demonym' && m.start === start && m.end === end && SINGLE_NAME.test(words)) {
    const named = index.personByNameWord(words);
    if (named) return { speaker: named.id, speakerMention: null, cue, rule: `${rule}+name-word` };
  }
  // "the head of the Austrian diplomacy said": a place inside the words qualifies the office; the
  // speaker is the person who holds it, when the text has named one.
  if (m && m.type !== 'person') {
    const holder = index.referent(words, start);
    if (holder) return { speaker: holder.id, speakerMention: null, cue, rule: `${rule}+role-holder` };
    // "the Foreign Ministry Spokesperson said": a person of the body spoke, one the text does not name.
    if (m.end < end && ROLE_OF_BODY.test(index.textOf(m.end, end))) return { speaker: null, speakerMention: null, cue, rule: `${rule}+unnamed-role` };
    // "the Speaker of the Italian Senate said": an office of the body is a person's; the body, the
    // complement of that office, does not speak.
    const office = OFFICE_OF_BODY.exec(index.textOf(start, m.start));
    if (office && titleByWords(office[1]!)) return { speaker: null, speakerMention: null, cue, rule: `${rule}+unnamed-office` };
    // "the head of the regional government said", with no head named: the head is a person, not the body.
    if (HEAD_OF_BODY.test(index.textOf(start, m.start))) return { speaker: null, speakerMention: null, cue, rule: `${rule}+unnamed-office` };
  }
  // "the Chinese guest said" with no guest found: a demonym qualifies the one who spoke; a country does not speak.
  if (m && m.type === 'place' && m.form === 'demonym') return { speaker: null, speakerMention: null, cue, rule: `${rule}+unknown-speaker` };
  // "Wanjiru's spokesman said": a possessor is not the head of its phrase; the one who spoke is the
  // spokesman the words leave unnamed.
  if (m && m.type === 'person' && m.form !== 'pronoun' && POSSESSOR_OF_NOUN.test(index.textOf(m.end, end))) {
    return { speaker: null, speakerMention: null, cue, rule: `${rule}+unnamed-role` };
  }
  if (m) return speakerFrom(index, m, rule, cue, w);
  if (PRONOUN_ONLY.test(words)) return pronounWithoutMention(index, start, rule, cue, w);
  // A surname the mentions layer missed ("Wang said") that belongs to exactly one person named earlier.
  const named = index.personByNameWord(words);
  if (named) return { speaker: named.id, speakerMention: null, cue, rule: `${rule}+name-word` };
  // "the secretary said": the named holder of that office.
  const holder = index.referent(words, start);
  if (holder) return { speaker: holder.id, speakerMention: null, cue, rule: `${rule}+role-holder` };
  return { speaker: null, speakerMention: null, cue, rule: `${rule}+unknown-speaker` };
}

/** One capitalised word and nothing else: "Albuquerque". */
const SINGLE_NAME = /^\p{Lu}[\p{L}'’-]+$/u;

/** An office and its "of" right before the body it heads: "the Speaker of the Italian ", "Head of the ". */
const OFFICE_OF_BODY = /^[ \t\u00a0]*(?:the[ \t\u00a0]+)?((?:[\p{L}-]+[ \t\u00a0]+){0,3}?[\p{L}-]+)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}-]*[ \t\u00a0]+)?$/u;

/** "the head of the regional ", "the chief of the ": a noun for whoever heads a body, before the body's name. */
const HEAD_OF_BODY = /^[ \t\u00a0]*(?:the[ \t\u00a0]+)?(?:head|chief|leader)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{L}-]+[ \t\u00a0]+)?$/iu;

/** "of Russia", "of the Republic of Korea" between an office and the place it names. */
const OF_BEFORE_PLACE = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/;

/** The office mention whose "of <place>" complement the place mention closes, if it is one. */
function officeBeforeComplement(index: SpeakerIndex, text: string, place: Mention, from: number): Mention | null {
  if (place.type !== 'place' || place.form === 'demonym') return null;
  for (const m of index.endingBefore(place.start, from, 2)) {
    if (m.type === 'person' && m.form === 'title' && OF_BEFORE_PLACE.test(text.slice(m.end, place.start))) return m;
  }
  return null;
}

/** "'s spokesman", "’s office": a possessive ending and the lower-case noun it qualifies, to the end of the words. */
const POSSESSOR_OF_NOUN = /^['’]s[ \t\u00a0]+(?:\p{Ll}[\p{L}-]*[ \t\u00a0]+){0,3}\p{Ll}[\p{L}-]*[ \t\u00a0]*$/u;

/** A prepositional phrase after a subject, up to the person it names: "in the presence of the", "on behalf of". */
const PHRASE_AFTER_SUBJECT = /^[ \t\u00a0]*,?[ \t\u00a0]+(?:in[ \t\u00a0]+the[ \t\u00a0]+presence[ \t\u00a0]+of|in[ \t\u00a0]+front[ \t\u00a0]+of|on[ \t\u00a0]+behalf[ \t\u00a0]+of|at[ \t\u00a0]+the[ \t\u00a0]+(?:invitation|request)[ \t\u00a0]+of)[ \t\u00a0]+(?:(?:the|his|her|their)[ \t\u00a0]+)?(?:[\p{L}-]+[ \t\u00a0]+){0,4}$/iu;

/** `X said: “...”`, `X noted that “...”`, `According to X, “...”`, `said X: “...”`. */
export function attributeBefore(doc: Document, index: SpeakerIndex, w: QuoteWindow): Attribution | null {
  const text = doc.text;
  const from = Math.max(w.before, w.open - MAX_BEFORE);
  if (from >= w.open) return null;
  const before = text.slice(from, w.open);
  // The introductions that name their speaker without a speech verb are read first: they are set
  // phrases ("According to X,", "As X put it,", "the words of X") the verb search below would misread.
  const introduced = accordingToMention(text, index, w, from)
    ?? asPutIt(text, index, w, from)
    ?? wordsOfOther(text, index, w, from)
    ?? accordingToUnmentioned(index, w, from, before)
    ?? nameColonLabel(text, index, w, from);
  if (introduced) return introduced;

  // A cue ending its own paragraph ("... said:") leads into a quotation on the next line.
  const cueText = before.replace(/[ \t\u00a0]*\n\s*$/, '');
  const v = nearestSpeechVerb(cueText);
  if (!v) return colonClauseSubject(text, index, w, from, cueText);
  if (!v[3] && quotedIsTerm(text, w, from, v)) return null;
  const verbStart = from + v.index;
  const verbEnd = verbStart + v[1]!.length;
  const afterVerb = speakerAfterVerb(text, index, w, from, v, verbStart, verbEnd);
  if (afterVerb) return afterVerb;
  // Speaker first, in the same sentence: Aleksandr Lukashenko said: “...”
  const c: VerbClause = { doc, index, w, verb: v[1]!, sentenceStart: lastSentenceStart(text, from, verbStart), verbStart, verbEnd };
  const subject = subjectBeforeVerb(c);
  if (subject) return subject;
  // "Tokayev said, adding: “...”": a participle takes the subject of the clause's speech verb.
  if (/ing$/i.test(v[1]!)) return participleSubject(c);
  return coordinatedSubjectOf(c) ?? unmentionedSubject(c) ?? personalSubject(c)
    ?? { speaker: null, speakerMention: null, cue: { start: verbStart, end: verbEnd }, rule: 'before/verb-unknown-speaker' };
}

/** A speech verb before a quotation and the clause it is read in, for the steps that look for its subject. */
interface VerbClause {
  readonly doc: Document;
  readonly index: SpeakerIndex;
  readonly w: QuoteWindow;
  /** The verb as written ("said", "adding"). */
  readonly verb: string;
  readonly sentenceStart: number;
  readonly verbStart: number;
  readonly verbEnd: number;
}

/** According to X, “...”; In X's words, “...”. */
function accordingToMention(text: string, index: SpeakerIndex, w: QuoteWindow, from: number): Attribution | null {
  for (const named of index.endingBefore(w.open, from, 3)) {
    // "According to the President of Russia, “...”": the country closes the office's complement, and
    // the office before it is the one the words are from.
    const m = officeBeforeComplement(index, text, named, from) ?? named;
    const gap = text.slice(named.end, w.open);
    // "In the President's words, “...”", "In Tokayev's view, “...”": the possessor is the speaker.
    const possessive = /^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(gap) ? null : POSSESSED_WORDS.exec(gap);
    if (!possessive && !/^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(gap)) continue;
    // "According to al-Duwaisan", "According to de la Fuente": name particles a repeated surname's mention
    // leaves out stand between the introduction and the name, and belong to the name.
    const written = text.slice(Math.max(from, m.start - 48), m.start);
    const particles = m.type === 'person' ? particlesAtEnd(written) : 0;
    const lead = written.slice(0, written.length - particles);
    // "According to the Bryansk Governor": a place word may qualify the office that names the speaker.
    const unqualified = lead.replace(QUALIFIER_AT_END, '');
    const introLength = introductionLength(unqualified, m, possessive !== null);
    if (introLength > 0) {
      const start = m.start - particles - (lead.length - unqualified.length) - introLength;
      return qualifiedIntroduction(index, w, m, lead.slice(unqualified.length).trim(), possessive !== null, start);
    }
    // "According to Vladimir Putin's press secretary Dmitry Peskov, “...”": the person after a possessor's
    // office words is the one the words are from, not the possessor.
    if (!possessive && m.type === 'person') {
      const office = ACCORDING_TO_POSSESSOR_OFFICE.exec(text.slice(Math.max(from, m.start - 110), m.start));
      if (office) return speakerFrom(index, m, 'before/according-to', { start: m.start - office[0].length, end: m.end }, w);
    }
  }
  return null;
}

/** How far "According to " (or "In ") reaches back from the mention; 0 when the words before it are no introduction. */
function introductionLength(unqualified: string, m: Mention, possessive: boolean): number {
  const a = possessive ? IN_POSSESSOR.exec(unqualified) : ACCORDING_TO.exec(unqualified);
  if (a) return a[0].length;
  // With the holder's office written before the name: "According to Minister ".
  if (possessive || m.type !== 'person') return 0;
  const office = OFFICE_AT_END.exec(unqualified);
  const rest = office && titleByWords(office[0].trim()) ? ACCORDING_TO.exec(unqualified.slice(0, office.index)) : null;
  return rest ? rest[0].length + office![0].length : 0;
}

/** The speaker an introduction names, unless the place word qualifying its office is not the holder's. */
function qualifiedIntroduction(index: SpeakerIndex, w: QuoteWindow, m: Mention, written: string, possessive: boolean, start: number): Attribution {
  // The qualifier must be the holder's: "the Tula Governor" is not the Governor of Bryansk Oblast.
  const qualifier = written.toLowerCase();
  const holder = index.actorOf(m);
  // "According to the Chilean President": a demonym names the holder's country, not words of the title.
  const demonym = /^\p{Lu}[\p{L}-]*$/u.test(written) ? demonymToCountry(written) : null;
  const fitsQualifier = demonym ? holder?.country === demonym : (holder?.title ?? '').toLowerCase().includes(qualifier);
  if (qualifier && holder && !fitsQualifier) {
    return { speaker: null, speakerMention: m.id, cue: { start, end: m.end }, rule: 'before/according-to+other-holder' };
  }
  return speakerFrom(index, m, possessive ? 'before/in-words-of' : 'before/according-to', { start, end: m.end }, w);
}

/** "As Vladimir Putin put it, “...”", "As the President noted, “...”", "As Mahatma Gandhi once said, “...”". */
function asPutIt(text: string, index: SpeakerIndex, w: QuoteWindow, from: number): Attribution | null {
  for (const m of index.endingBefore(w.open, from, 3)) {
    const gap = /^[ \t\u00a0]+(?:(?:once|famously|rightly|aptly|so|well|memorably)[ \t\u00a0]+)?(?:put it|has put it|said|has said|noted|has noted|stressed|emphasi[sz]ed|pointed out|added|observed|remarked|wrote|has written)[ \t\u00a0]*,?[ \t\u00a0]*$/i.exec(text.slice(m.end, w.open));
    if (!gap || !/(?<![\p{L}])[Aa]s[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for)[ \t\u00a0]+){0,8}$/u.test(text.slice(Math.max(from, m.start - 90), m.start))) continue;
    return speakerFrom(index, m, 'before/as-put-it', { start: m.start, end: m.end + gap[0].length }, w);
  }
  return null;
}

/** Words someone else recalls or quotes: the one whose words they are, not the one recalling them. */
function wordsOfOther(text: string, index: SpeakerIndex, w: QuoteWindow, from: number): Attribution | null {
  // "Mishustin recalled the words of President Putin that “...”": whose words they are, not who recalls them.
  // "Quoting Prime Minister X, he said: “...”": the words are those of the one quoted.
  for (const m of index.endingBefore(w.open, from, 3)) {
    if (m.type !== 'person' || m.form === 'pronoun') continue;
    if (!QUOTING_OPENER.test(text.slice(Math.max(from, m.start - 60), m.start)) || !QUOTING_REST.test(text.slice(m.end, w.open))) continue;
    return speakerFrom(index, m, 'before/quoting', { start: m.start, end: m.end }, w);
  }
  // "recalled President X's words that “...”", "quoted X as saying: “...”": the one quoted.
  for (const m of index.endingBefore(w.open, from, 3)) {
    if (m.type !== 'person') continue;
    const gap = text.slice(m.end, w.open);
    if (POSSESSED_WORDS_THAT.test(gap)) return speakerFrom(index, m, 'before/words-of', { start: m.start, end: m.end + gap.trimEnd().length }, w);
    // "the words of President X at the United Nations, that “...”": a phrase of place or time may
    // stand between the one whose words they are and the words.
    if (!WORDS_OF_GAP.test(gap)) continue;
    const lead = text.slice(Math.max(from, m.start - 80), m.start);
    const of = WORDS_OF.exec(lead) ?? (QUOTED_GAP.test(gap) ? QUOTED_BEFORE.exec(lead) : null);
    if (of) return speakerFrom(index, m, 'before/words-of', { start: m.start - of[0].length, end: m.end }, w);
  }
  return null;
}

/** "According to him", "According to the diplomat": introductions whose person the mentions layer did not mark. */
function accordingToUnmentioned(index: SpeakerIndex, w: QuoteWindow, from: number, before: string): Attribution | null {
  // "According to him, “...”" where the mentions layer has no pronoun mention.
  const accordingToPronoun = /(?<![\p{L}])(?:(?:according to|in the (?:words|opinion|view) of)[ \t\u00a0]+(?:him|her)|in[ \t\u00a0]+(?:his|her)[ \t\u00a0]+(?:own[ \t\u00a0]+)?(?:words|opinion|view))[ \t\u00a0]*,?[ \t\u00a0]*$/iu.exec(before);
  if (accordingToPronoun) {
    const start = from + accordingToPronoun.index;
    const end = start + accordingToPronoun[0].replace(/[\s,]+$/, '').length;
    const [pronoun] = index.endingBefore(w.open, start, 1);
    if (!pronoun) return pronounWithoutMention(index, start, 'before/according-to', { start, end }, w);
    if (pronoun.form === 'pronoun' && pronoun.end <= end) return speakerFrom(index, pronoun, 'before/according-to', { start, end }, w);
  }

  // "According to the diplomat, “...”": an office or role in plain words, for the person named holding it.
  const accordingToRole = ACCORDING_TO_ROLE.exec(before);
  if (accordingToRole) {
    const start = from + accordingToRole.index;
    const holder = index.referent(accordingToRole[2]!, start);
    if (holder) {
      return { speaker: holder.id, speakerMention: null, cue: { start, end: start + accordingToRole[0].replace(/[\s,]+$/, '').length }, rule: 'before/according-to+role-holder' };
    }
  }
  return null;
}

/**
 * Transcript style: Vladimir Putin: “...” — a label opens its sentence; in "Drozdov told Prime
 * Minister Aaltonen: “...”" the name before the colon is the one spoken to.
 */
function nameColonLabel(text: string, index: SpeakerIndex, w: QuoteWindow, from: number): Attribution | null {
  const [nearest] = index.endingBefore(w.open, from, 1);
  // A pronoun alone ("SHE:", "I:") labels no one by name: an interviewer, or a person the label does not say.
  // "The Head of State:" may stand as a paragraph of its own above the quotation it labels.
  if (nearest && nearest.type === 'person' && nearest.form !== 'pronoun' && /^[ \t\u00a0]*:[ \t\u00a0]*(?:\n\s*)?$/.test(text.slice(nearest.end, w.open))
    // The sentence is looked for up to the name's end: a label that opens a sentence after another in its
    // paragraph ("The guest met the President. Mesarovic: “...”") starts right after the full stop.
    && LABEL_LEAD.test(text.slice(Math.min(lastSentenceStart(text, from, nearest.end), nearest.start), nearest.start))) {
    return speakerFrom(index, nearest, 'before/name-colon', { start: nearest.start, end: text.indexOf(':', nearest.end) + 1 }, w);
  }
  return null;
}

/** The speech verb nearest the quote, its index relative to the cue text. */
function nearestSpeechVerb(cueText: string): RegExpExecArray | null {
  // The verb nearest the quote: retry after each find, since the pattern is anchored at the end
  // and a leftmost match would swallow later verbs into its middle.
  const pattern = cuePatterns().verbBeforeQuote;
  // "said yesterday that the new railway linking the two capitals would be “...”": a reported clause too
  // long for the nearest-verb pattern still has the subject of "said ... that" as its speaker.
  let v = pattern.exec(cueText) ?? cuePatterns().verbThatClauseBeforeQuote.exec(cueText);
  if (!v) return null;
  let offset = v.index;
  for (let tries = 0; tries < 8; tries++) {
    const later = pattern.exec(cueText.slice(offset + 1));
    if (!later) break;
    offset = offset + 1 + later.index;
    // "called the ambassador's remarks “unfortunate”": a word after a possessive or an article is a
    // noun ("remarks", "comments"), not the verb of the clause.
    if (NOUN_BEFORE.test(cueText.slice(Math.max(0, offset - 16), offset))) continue;
    v = later;
    (v as { index: number }).index = offset;
  }
  // "said that the release of prisoners announced by X was “not enough”": a participle with its agent and
  // no auxiliary before it ("announced by X") modifies the noun before it; the clause's own verb is the
  // one whose "that" clause runs on to the quote.
  if (!v[3] && REDUCED_PASSIVE.test(v[2] ?? '') && !PASSIVE_AUX_BEFORE.test(cueText.slice(Math.max(0, v.index - 24), v.index))) {
    const clause = cuePatterns().verbThatClauseBeforeQuote.exec(cueText);
    if (clause && clause.index < v.index) v = clause;
  }
  return v;
}

/**
 * Whether the quoted words, run into the verb's clause without ":" "," or "that", are a term or a name
 * rather than someone's words.
 */
function quotedIsTerm(text: string, w: QuoteWindow, from: number, v: RegExpExecArray): boolean {
  // "...said the plant known as “Belaz”": a name in quotation marks run into a sentence is not speech.
  // Without ":" "," or "that", a short quoted phrase inside a running clause is a term, not a partial quote:
  // "officials said the ‘green corridor’ will help" vs "he said the talks were “constructive”."
  const quoted = text.slice(w.textStart, w.close);
  if (looksLikeName(quoted)) return true;
  // The clause may end after the closing mark (“constructive”.) or inside it (“constructive.”).
  const endsClause = /^[ \t\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(w.close + w.closeLength, w.close + w.closeLength + 3)) || /[.!?,]$/.test(quoted.trimEnd());
  // "The Ministry called the decision “economic warfare” and said ...": a verb that labels its object
  // takes the quoted label as its subject's words, wherever the clause goes on ("so-called" does not).
  const labels = LABEL_VERB.test(v[1]!) && text[from + v.index - 1] !== '-' && (v[2] ?? '').trim().split(/\s+/).length <= 4;
  // "said he would “bet my life” on it": a phrase in the first person is someone's words, however short.
  // "stated that the ships “are coming” and ...": a phrase that opens with an auxiliary or a negation is a
  // predicate, someone's words, not a term.
  return quoted.trim().split(/\s+/).length < 4 && !endsClause && !labels && !FIRST_PERSON_WORD.test(quoted) && !PREDICATE_START.test(quoted.trim());
}

/**
 * Verb first: said Lukashenko: “...”. A verb that takes the one spoken to as its object ("told Putin:",
 * "assured the guests:") has its speaker before it.
 */
function speakerAfterVerb(text: string, index: SpeakerIndex, w: QuoteWindow, from: number, v: RegExpExecArray, verbStart: number, verbEnd: number): Attribution | null {
  // "it was noted by the Minister that “...”": a passive speech verb's agent after "by" is the speaker.
  if (PASSIVE_AUX_BEFORE.test(text.slice(Math.max(from, verbStart - 24), verbStart))) {
    const agent = PASSIVE_AGENT.exec(text.slice(verbEnd, w.open));
    if (agent) {
      const start = verbEnd + agent[0].indexOf(agent[1]!, agent[0].indexOf('by') + 2);
      return fromRegion(index, start, start + agent[1]!.length, 'before/passive-by', { start: verbStart, end: start + agent[1]!.length }, w);
    }
  }
  const space = /^[ \t\u00a0]+/.exec(text.slice(verbEnd, w.open));
  // "who had called Central Asia “a partner”": the object of a verb that labels it is what the label is
  // given to, never the speaker.
  if (space && !ADDRESSEE_VERB.test(v[1]!) && !LABEL_VERB.test(v[1]!) && !subjectRightBefore(text, index, from, verbStart)) {
    const s = index.startingAt(text, verbEnd + space[0].length);
    // An object pronoun after the verb is the one spoken to, never the speaker ("thanked him, “...”").
    if (s && s.end <= w.open && !/^(?:him|her|them)$/i.test(s.text) && /^[ \t\u00a0]*[:,]?[ \t\u00a0]*$/.test(text.slice(s.end, w.open))) {
      return speakerFrom(index, s, 'before/verb-speaker', { start: verbStart, end: s.end }, w);
    }
    // "noted the Federal Minister for Economic Cooperation, “...”": an office in words after the verb.
    const words = /^([^,:;.!?“”"«»\n]{2,120}?)[ \t\u00a0]*[:,]?[ \t\u00a0]*$/.exec(text.slice(verbEnd + space[0].length, w.open));
    const holder = words && !s ? index.referent(words[1]!, verbStart) : null;
    if (holder) return { speaker: holder.id, speakerMention: null, cue: { start: verbStart, end: w.open }, rule: 'before/verb-speaker+role-holder' };
  }
  return null;
}

/**
 * "She said Colombia “expects ...”": a person (a name or a subject pronoun) right before the speech verb,
 * at most an adverb between, is its subject; the name after the verb then opens the reported clause and
 * is not a subject put after its verb ("said the Minister: “...”").
 */
function subjectRightBefore(text: string, index: SpeakerIndex, from: number, verbStart: number): boolean {
  const m = index.endingBefore(verbStart, from, 1)[0];
  return m !== undefined && m.type === 'person' && !/^(?:him|her|them)$/i.test(m.text) && SUBJECT_VERB_GAP.test(text.slice(m.end, verbStart));
}
/** Spaces and at most one adverb between a subject and its verb: " ", " also ", " firmly ". */
const SUBJECT_VERB_GAP = /^[ \t\u00a0]+(?:(?:also|then|again|further|\p{Ll}+ly)[ \t\u00a0]+)?$/u;

/** A mentioned subject of the verb in its own sentence: the one quoted, the name before the verb, or the sentence's opener. */
function subjectBeforeVerb(c: VerbClause): Attribution | null {
  const { index, w, sentenceStart, verbEnd } = c;
  const text = c.doc.text;
  // "The spokeswoman quoted the Minister as saying: “...”": the one quoted is the object of "quoted".
  const quotedAs = QUOTED_AS.exec(text.slice(sentenceStart, verbEnd));
  if (quotedAs) {
    const objStart = sentenceStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]!, quotedAs[0].search(/[ \t\u00a0]/));
    const objEnd = objStart + quotedAs[1]!.length;
    const m = index.bestWithin(objStart, objEnd);
    if (m && m.type === 'person') return speakerFrom(index, m, 'before/quoted-as', { start: sentenceStart + quotedAs.index, end: verbEnd }, w);
    const holder = index.referent(quotedAs[1]!, objStart);
    if (holder) return { speaker: holder.id, speakerMention: null, cue: { start: sentenceStart + quotedAs.index, end: verbEnd }, rule: 'before/quoted-as+role-holder' };
  }
  return mentionRightBeforeVerb(c) ?? openerBeforeRelativeClause(c);
}

/** The mention the verb follows, with at most an apposition, a relative "who" or a prepositional phrase between. */
function mentionRightBeforeVerb(c: VerbClause): Attribution | null {
  const { index, w, sentenceStart, verbStart, verbEnd } = c;
  const text = c.doc.text;
  for (const m of index.endingBefore(verbStart, sentenceStart)) {
    if (m.type !== 'person' && COMPLEMENT_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 12), m.start))) continue;
    const gap = text.slice(m.end, verbStart);
    // "The Kremlin's spokesman, Dmitry Peskov, said": the name in apposition is the speaker.
    // "The head of the Azerbaijani delegation, Minister of Economy Mikayil Jabbarov, said": title words may
    // stand between the opening comma and the name.
    const appositive = /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(gap) && COMMA_TITLE_WORDS.test(text.slice(Math.max(sentenceStart, m.start - 90), m.start));
    // "... was thanked by Blinken, who said “...”": a relative "who" takes its antecedent as the verb's subject.
    if (m.type === 'person' && WHO_BEFORE_VERB.test(gap)) {
      return speakerFrom(index, m, 'before/relative-who', { start: m.start, end: verbEnd }, w);
    }
    // "Hussar in the presence of the deputies said:": a prepositional phrase naming no one stands between.
    if (m.type === 'person' && m.form !== 'pronoun' && PHRASE_AFTER_SUBJECT.test(gap)) {
      return speakerFrom(index, m, 'before/speaker-phrase-verb', { start: m.start, end: verbEnd }, w);
    }
    if (appositive || SPEAKER_VERB_GAP.test(gap)) {
      // "Governor X in the presence of the President noted:": the person in a prepositional phrase
      // between the subject and its verb is the preposition's object; the subject is the one before it.
      const [subject] = index.endingBefore(m.start, sentenceStart, 1);
      if (subject && subject.type === 'person' && PHRASE_AFTER_SUBJECT.test(text.slice(subject.end, m.start))) {
        return speakerFrom(index, subject, 'before/speaker-phrase-verb', { start: subject.start, end: verbEnd }, w);
      }
      return speakerFrom(index, m, 'before/speaker-verb', { start: m.start, end: verbEnd }, w);
    }
  }
  return null;
}

/**
 * "Minister X, who on Monday met with Envoy Y and with Ambassador Z, said: “...”": a relative clause
 * set off by commas, however many people it names, stands between the subject and its verb; the
 * subject is the person the sentence opens with.
 */
function openerBeforeRelativeClause(c: VerbClause): Attribution | null {
  const { index, w, sentenceStart, verbStart, verbEnd } = c;
  const text = c.doc.text;
  // "After the talks, Modi, who was accompanied by X, told reporters: “...”": an opening phrase set off
  // by a comma may come before that subject.
  const phrase = OPENING_PHRASE.exec(text.slice(sentenceStart, verbStart));
  for (const from of phrase ? [sentenceStart, sentenceStart + phrase[0].length] : [sentenceStart]) {
    const opener = index.firstPersonFrom(from, verbStart);
    if (opener && LABEL_LEAD.test(text.slice(from, opener.start)) && RELATIVE_CLAUSE_GAP.test(text.slice(opener.end, verbStart))) {
      return speakerFrom(index, opener, 'before/speaker-relative-clause-verb', { start: opener.start, end: verbEnd }, w);
    }
  }
  return null;
}

/** "Tokayev said, adding: “...”": the subject of a participle ("adding", "saying") is that of the clause it hangs on. */
function participleSubject(c: VerbClause): Attribution {
  const { doc, index, w, sentenceStart, verbStart, verbEnd } = c;
  const text = doc.text;
  // "His Vietnamese counterpart agreed, adding: “...”": a sentence whose subject names its person by
  // relation has that person as the participle's subject, not the one "his" stands for.
  // "Responding, the guest assured ..., saying:": an opening phrase set off by a comma may come first.
  const clauseText = text.slice(sentenceStart, verbStart);
  const opening = OPENING_PHRASE.exec(clauseText);
  const opener = relationalOpener(index, clauseText) ?? (opening ? relationalOpener(index, clauseText.slice(opening[0].length)) : null);
  if (opener) {
    const related = index.referent(opener, sentenceStart);
    if (related) return { speaker: related.id, speakerMention: null, cue: { start: sentenceStart, end: verbEnd }, rule: 'before/participle-subject+relation' };
  }
  // "X said that the Greek Prime Minister thanked Egypt, saying that “...”": the participle hangs on the
  // nearest clause before it, whose subject is the person a verb follows.
  const clauseSubject = nearestClauseSubject(doc, index, sentenceStart, verbStart);
  if (clauseSubject) return speakerFrom(index, clauseSubject, 'before/participle-subject', { start: clauseSubject.start, end: verbEnd }, w);
  const { verbAtStart } = cuePatterns();
  for (const m of index.endingBefore(verbStart, sentenceStart)) {
    const after = text.slice(m.end, verbStart);
    const gap = APPOSITION_AT_START.exec(after)![0].length;
    if (verbAtStart.test(after.slice(gap))) {
      return speakerFrom(index, m, 'before/speaker-verb-participle', { start: m.start, end: verbEnd }, w);
    }
  }
  // Otherwise the participle's subject is the clause's subject: the first person the sentence names
  // ("Tokayev praised the builders, adding: ...").
  const candidates = index.endingBefore(verbStart, sentenceStart, 16);
  let subject: Mention | null = null;
  for (const m of candidates) if (m.type === 'person' && (!subject || m.start < subject.start)) subject = m;
  if (subject && /^[\s\p{Lu}\p{L}’'-]*$/u.test(text.slice(sentenceStart, subject.start)) && subject.start - sentenceStart < 60) {
    return speakerFrom(index, subject, 'before/participle-subject', { start: subject.start, end: verbEnd }, w);
  }
  // "Anwar underscored the need for unity, saying that “...”": a name word the mentions layer missed,
  // of one person named earlier, as the subject the sentence opens with.
  const nameSubject = NAME_WORD_SUBJECT.exec(text.slice(sentenceStart, verbStart));
  const named = nameSubject ? index.personByNameWord(nameSubject[1]!) : null;
  if (named) return { speaker: named.id, speakerMention: null, cue: { start: sentenceStart, end: verbEnd }, rule: 'before/participle-subject+name-word' };
  return { speaker: null, speakerMention: null, cue: { start: verbStart, end: verbEnd }, rule: 'before/participle' };
}

/** "the President welcomed the guest and affirmed “...”": a speech verb joined by "and" to an earlier verb shares that verb's subject. */
function coordinatedSubjectOf(c: VerbClause): Attribution | null {
  const { doc, index, w, sentenceStart, verbStart, verbEnd } = c;
  const coordinated = coordinatedSubject(doc, index, sentenceStart, verbStart);
  if (coordinated) return speakerFrom(index, coordinated, 'before/coordinated-verb', { start: coordinated.start, end: verbEnd }, w);
  // "The guest thanked President X for the welcome and said: “...”": the same, with a subject that names
  // its person by a role noun (or by a name word the mentions layer missed); the clause's object
  // ("President X", "his guest") is the one spoken to.
  const roleSubject = coordinatedRoleSubject(doc, index, sentenceStart, verbStart);
  if (roleSubject) return { speaker: roleSubject.holder.id, speakerMention: null, cue: { start: roleSubject.start, end: verbEnd }, rule: roleSubject.byName ? 'before/coordinated-verb+name-word' : 'before/coordinated-verb+role-holder' };
  return null;
}

/** A subject the mentions layer left as plain words: a role noun, or a name word of one person named earlier. */
function unmentionedSubject(c: VerbClause): Attribution | null {
  const { index, sentenceStart, verbStart, verbEnd } = c;
  const text = c.doc.text;
  // "In his remarks, the Secretary said: “...”": a role noun the mentions layer left as a plain word
  // opens the clause; it stands for the named holder of that office.
  // "Modi, for his part, said:": the subject stands before an aside set off by commas.
  const subjectText = text.slice(sentenceStart, verbStart);
  const aside = TRAILING_ASIDE.exec(subjectText);
  for (const candidate of aside ? [subjectText, `${subjectText.slice(0, aside.index)} `] : [subjectText]) {
    const clause = ROLE_CLAUSE.exec(candidate);
    if (!clause) continue;
    const start = sentenceStart + clause.index + clause[0].indexOf(clause[1]!);
    // "As my colleague told me, “...”", "As the guest noted, “...”": the subject of a clause of "as".
    const holder = index.referent(clause[1]!.replace(AS_CLAUSE_OPENING, ''), verbStart);
    if (holder) return { speaker: holder.id, speakerMention: null, cue: { start, end: verbEnd }, rule: 'before/role-verb+role-holder' };
    // "Xi pointed out that", "Wang said:": a surname the mentions layer missed, of one person named earlier.
    const named = clause[1]!.split(/[ \t\u00a0]+/).length <= 2 ? index.personByNameWord(clause[1]!) : null;
    if (named) return { speaker: named.id, speakerMention: null, cue: { start, end: verbEnd }, rule: 'before/speaker-verb+name-word' };
  }
  // "according to Mohamad, who said it “...”": a relative "who" after a name word the mentions layer
  // missed takes that word's person, named in full earlier, as the verb's subject.
  const whoAfterName = NAME_WORD_WHO.exec(text.slice(Math.max(sentenceStart, verbStart - 80), verbStart));
  if (whoAfterName) {
    const named = index.personByNameWord(whoAfterName[1]!);
    const start = verbStart - whoAfterName[0].length + whoAfterName[0].indexOf(whoAfterName[1]!);
    if (named) return { speaker: named.id, speakerMention: null, cue: { start, end: verbEnd }, rule: 'before/relative-who+name-word' };
  }
  return null;
}

/** A personal pronoun as subject ("I", "you", "he"), or a message that "reads", for its sender. */
function personalSubject(c: VerbClause): Attribution | null {
  const { index, w, sentenceStart, verbStart, verbEnd } = c;
  const text = c.doc.text;
  // "Vladimir Putin: ... As I said at the Council, “...”": in a transcript turn, "I" is the one speaking.
  const firstPerson = FIRST_PERSON_BEFORE_VERB.exec(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  if (firstPerson) {
    const turn = turnSpeaker(text, index, w.paragraphStart);
    if (turn) {
      const start = verbStart - firstPerson[0].length;
      return { speaker: turn.actor, speakerMention: turn.id, cue: { start, end: verbEnd }, rule: 'before/first-person+turn-label' };
    }
  }
  // "Xi Jinping: Dear President Putin! As you said, “...”": in a transcript turn, "you" is the one whose
  // turn came before, when a person's label opens it.
  const secondPerson = SECOND_PERSON_BEFORE_VERB.exec(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  if (secondPerson && w.pronounScope < w.paragraphStart) {
    const turn = turnSpeaker(text, index, w.paragraphStart);
    const addressed = turn ? turnSpeaker(text, index, w.pronounScope) : null;
    if (turn && addressed && addressed.actor !== turn.actor) {
      const start = verbStart - secondPerson[0].length;
      return { speaker: addressed.actor, speakerMention: addressed.id, cue: { start, end: verbEnd }, rule: 'before/second-person+previous-turn' };
    }
  }
  const pronoun = PRONOUN_BEFORE_VERB.exec(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  if (pronoun) {
    const start = verbStart - pronoun[0].length;
    return pronounWithoutMention(index, start, 'before/pronoun-verb', { start, end: verbEnd }, w);
  }
  // "Vladimir Putin sent greetings to the forum. The message reads, in part: “...”": the words a message,
  // a letter or a telegram reads are its sender's, the last person named as sending or addressing one.
  if (MESSAGE_READS.test(c.verb) && MESSAGE_WORDS.test(text.slice(sentenceStart, verbStart).trim())) {
    const sender = index.messageSender(verbStart);
    if (sender) return { speaker: sender.id, speakerMention: null, cue: { start: sentenceStart, end: verbEnd }, rule: 'before/message-sender' };
  }
  return null;
}

/** "As " opening a clause of comparison ("As my colleague said"), before the clause's subject. */
const AS_CLAUSE_OPENING = /^As[ \t\u00a0]+/;

/** What a written message is said to do with its words: "reads", "says", "states". */
const MESSAGE_READS = /^(?:reads|read|says|said|states|stated)$/i;

/** A clause opening in the first person, perhaps after a turn label: "My message was simple", "Answer: I said". */
const FIRST_PERSON_CLAUSE = /^(?:\p{Lu}[^:\n]{0,40}:[ \t\u00a0]+)?(?:I|My)[ \t\u00a0]/u;

/**
 * "The Indian Prime Minister thanked Putin for the hospitality: “...”": a clause that ends in a colon
 * right before the quote introduces it, whatever its verb; the words are its subject's, the person
 * the sentence opens with (after title words only).
 */
function colonClauseSubject(text: string, index: SpeakerIndex, w: QuoteWindow, from: number, cueText: string): Attribution | null {
  if (!/:[ \t\u00a0]*\n?[ \t\u00a0]*$/.test(cueText) || looksLikeName(text.slice(w.textStart, w.close))) return null;
  const colon = from + cueText.lastIndexOf(':');
  const sentenceStart = lastSentenceStart(text, from, colon);
  // "At the end of the talks, the President of Kyrgyzstan X made a statement for the press:": the subject
  // follows the phrase that opens the sentence; a person named inside that phrase is not it.
  const clauseStart = mainClauseStart(text, sentenceStart, colon);
  let subject: Mention | null = null;
  for (const m of index.endingBefore(colon, clauseStart, 16)) if (m.type === 'person' && (!subject || m.start < subject.start)) subject = m;
  // "Answer: ... My message to them was simple: “...”": a clause in the first person in a transcript turn
  // is the words of the one whose turn it is.
  if (!subject && FIRST_PERSON_CLAUSE.test(text.slice(sentenceStart, colon))) {
    const turn = turnSpeaker(text, index, w.paragraphStart);
    if (turn) return { speaker: turn.actor, speakerMention: turn.id, cue: { start: sentenceStart, end: colon + 1 }, rule: 'before/colon-clause+first-person+turn-label' };
  }
  if (!subject || subject.start - clauseStart > 60 || !/^[\s\p{Lu}\p{L}’'-]*$/u.test(text.slice(clauseStart, subject.start))) return null;
  // A subject's clause has a verb after the subject: "Vladimir Putin: “...”" is a transcript label, read elsewhere.
  if (!/\p{Ll}{3,}/u.test(text.slice(subject.end, colon))) return null;
  return speakerFrom(index, subject, 'before/colon-clause', { start: subject.start, end: colon + 1 }, w);
}

/**
 * The words of a clause before its verb, after a comma, a colon (a turn label, "Answer:") or the
 * sentence start: "the Secretary", "the Russian minister", "the head of the Uzbek foreign ministry", "Xi".
 */
const ROLE_CLAUSE = new RegExp(String.raw`(?:^|[,:])[ \t\u00a0]*((?:[\p{L}-]+[ \t\u00a0]+){0,6}[\p{L}-]+)[ \t\u00a0]+${FILLER}$`, 'iu');

/** Speech verbs whose object is the person addressed: "told Putin", "assured the guests", "wished him". */
const ADDRESSEE_VERB = /^(?:told|tells|tell|asked|asks|ask|assured|assures|assure|informed|informs|inform|reminded|reminds|remind|urged|urges|urge|instructed|instructs|instruct|briefed|briefs|brief|wished|wishes|wish|wishing)$/i;

/** An aside between the subject and its verb: ", for his part, ", ", in turn, ". */
const TRAILING_ASIDE = new RegExp(String.raw`[ \t\u00a0]*,[^,.;:!?“”"«»\n]{1,60},[ \t\u00a0]*${FILLER}$`, 'u');

/** What may stand between "and" and a coordinated speech verb: adverbs, auxiliaries. */
const AND_BEFORE_VERB = new RegExp(String.raw`(?<![\p{L}])and[ \t\u00a0]+${FILLER}$`, 'iu');

/** "According to the diplomat, ", "In the view of the Minister, " right before a quote: the role words in group 2. */
const ACCORDING_TO_ROLE = /(?<![\p{L}])(according to|in the (?:words|opinion|view) of)[ \t\u00a0]+((?:the|his|her)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,5}[\p{L}-]+)[ \t\u00a0]*,[ \t\u00a0]*$/iu;

/** "according to Vladimir Putin's press secretary ", "according to the Minister's adviser ": a possessor, then office words, right before a name. */
const ACCORDING_TO_POSSESSOR_OFFICE = /(?<![\p{L}])[Aa]ccording[ \t\u00a0]+to[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}.'’-]*[ \t\u00a0]+){0,3}[\p{Lu}][\p{L}.-]*['’]s?[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){1,4}$/u;

/** A comma, then only title words, right before a name in apposition: ", ", ", Minister of Economy ". */
const COMMA_TITLE_WORDS = /,[ \t\u00a0]*(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$/u;

/** "quoted the Minister as saying", "cited President X as stating": the object, in group 1. */
/** After a quotation: a subject, "quoted" or "cited", its object (group 2), then "as saying" (group 3) closing the clause. */
const QUOTED_AS_AFTER = /^([^.;:!?“”"«»\n]{1,80}?[ \t\u00a0])(?:quoted|cited)[ \t\u00a0]+([^,;:“”"«»\n]{1,100}?)([ \t\u00a0]+as[ \t\u00a0]+(?:saying|stating|noting|declaring))(?![\p{L}])/u;
const QUOTED_AS = /(?<![\p{L}])(?:quoted|quotes|cited|cites)[ \t\u00a0]+([^,;:“”"«»\n]{1,100}?)[ \t\u00a0]+as[ \t\u00a0]+(?:saying|stating|telling[^,;:“”"«»\n]{0,40}|noting|declaring)$/iu;

/** A pronoun of the first person, which makes a quoted phrase words someone said ("bet my life"). */
const FIRST_PERSON_WORD = /(?<![\p{L}'’])(?:I|me|my|mine|we|us|our|ours)(?![\p{L}'’])/u;

/** A possessive or an article right before a word: what follows is a noun ("the ambassador's remarks", "his comments"). */
const NOUN_BEFORE = /(?:['’]s|\b(?:the|a|an|his|her|their|its|our|my|your))[ \t\u00a0]+$/i;

/**
 * Verbs that give their object a label: "called the decision “...”", "termed the talks “...”"; and
 * verbs whose object is a phrase the subject used: "referred to “frank discussions”".
 */
const LABEL_VERB = /^(?:called|calls|calling|termed|terms|dubbed|dubs|labelled|labeled|labels|branded|brands|referred[ \t\u00a0]+to|refers[ \t\u00a0]+to)$/i;

/** "Mohamad, who ", "Wang, who also " right before the speech verb: one or two capitalised words (group 1), a comma and "who". */
const NAME_WORD_WHO = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)?)[ \t\u00a0]*,[ \t\u00a0]*who[ \t\u00a0]+${FILLER}$`, 'u');
/** ", who ", ", who also " between a person and the speech verb of a relative clause. */
const WHO_BEFORE_VERB = new RegExp(String.raw`^[ \t\u00a0]*,?[ \t\u00a0]*who[ \t\u00a0]+${FILLER}$`, 'iu');

/** ", who on Monday met with X and with Y, " between a subject and its verb: a whole relative clause between commas. */
/** An opening phrase and its comma before a sentence's subject: "After the talks, ", "On Monday, ". */
const OPENING_PHRASE = /^[ \t\u00a0]*[^,.;:“”"«»\n]{1,60},/u;

const RELATIVE_CLAUSE_GAP = new RegExp(String.raw`^[ \t\u00a0]*,[ \t\u00a0]*(?:who|whose)[ \t\u00a0][^;:!?“”"«»\n]{1,250}?,[ \t\u00a0]*${FILLER}$`, 'u');

const RELATIVE_WHO = /^[ \t\u00a0]*,?[ \t\u00a0]*who[ \t\u00a0]+/;
/** ", speaking on behalf of the envoys, ", ", for his part, ": a participle phrase or an aside between commas. */
const SUBJECT_ASIDE = /^[ \t\u00a0]*,[ \t\u00a0]*(?:[\p{L}]+ing\b|for (?:his|her|their) part\b|in (?:his|her|their) turn\b|in turn\b)[^,.;:!?“”"«»\n]{0,100},[ \t\u00a0]*/u;

/**
 * The subject of "X welcomed Y and affirmed": when the speech verb follows "and", the nearest
 * person of its sentence that a verb follows (the subject of the first verb); the people
 * between are objects ("Y"), which no verb follows.
 */
function coordinatedSubject(doc: Document, index: SpeakerIndex, sentenceStart: number, verbStart: number): Mention | null {
  const text = doc.text;
  const and = AND_BEFORE_VERB.exec(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  if (!and) return null;
  const andAt = verbStart - and[0].length;
  const tokens = doc.layer('tokens');
  for (const m of index.endingBefore(andAt, sentenceStart, 16)) {
    if (m.type !== 'person') continue;
    // "Chancellor Hallmann, who thanked him and affirmed": a relative "who" makes its antecedent the subject.
    // "Ambassador X, speaking on behalf of the envoys, thanked him and said": an aside set off by
    // commas stands between a subject and its verb.
    const who = RELATIVE_WHO.exec(text.slice(m.end, andAt)) ?? SUBJECT_ASIDE.exec(text.slice(m.end, andAt));
    const next = tokens[lowerBound(tokens, m.end + (who ? who[0].length : 0))];
    if (!next || next.start >= andAt) continue;
    const gap = text.slice(m.end + (who ? who[0].length : 0), next.start);
    if (/^[ \t\u00a0]*$/.test(gap) && (next.pos === 'VERB' || next.pos === 'AUX')) return m;
  }
  return null;
}

/**
 * How many characters at the end of `lead` are name particles right before a name ("de la ", "al-",
 * "van der "): the lists' particles, each followed by a space or glued by a hyphen; 0 when none.
 */
function particlesAtEnd(lead: string): number {
  const { particles } = wordLists();
  let end = lead.length;
  for (;;) {
    const m = PARTICLE_AT_END.exec(lead.slice(0, end));
    if (!m || !particles.has(m[1]!)) return lead.length - end;
    end -= m[0].length;
  }
}
/** The last word before the end, with the space or hyphen after it: "la ", "al-". */
const PARTICLE_AT_END = /(?<![\p{L}'’-])(\p{L}+)(?:[ \t\u00a0]+|-)$/u;

/**
 * The relational phrase a clause opens with as its subject ("His Vietnamese counterpart agreed", "The
 * guest assured the President"): the shortest run of up to four words after the article or possessive
 * that reads as one, so that the verb after it is never taken into it; null when there is none.
 */
function relationalOpener(index: SpeakerIndex, clause: string): string | null {
  const m = RELATIONAL_SUBJECT.exec(clause);
  if (!m) return null;
  const words = m[1]!.split(/[ \t\u00a0]+/);
  for (let n = 2; n <= words.length; n++) {
    const phrase = words.slice(0, n).join(' ');
    if (index.isRelationalPhrase(phrase)) return phrase;
  }
  return null;
}

/** One or two capitalised words and nothing else: "Lula", "Ljiljanka". */
const NAME_WORDS_ONLY = /^\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)?$/u;

/** "The guest ", "His Vietnamese counterpart ", "the head of the region ": a role phrase with its article or possessive. */
const ROLE_PHRASE = /^(?:the|his|her|their)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,5}[\p{L}-]+$/iu;

/**
 * The subject of a speech verb joined by "and" to the first verb of its sentence, when that subject is a
 * role phrase standing for a named person ("The host welcomed his guest and said:"): the words before
 * the sentence's first verb, after an opening phrase set off by a comma ("At the end, the guest ...").
 */
function coordinatedRoleSubject(doc: Document, index: SpeakerIndex, sentenceStart: number, verbStart: number): { holder: Actor; start: number; byName: boolean } | null {
  const text = doc.text;
  const and = AND_BEFORE_VERB.exec(text.slice(Math.max(sentenceStart, verbStart - 40), verbStart));
  if (!and) return null;
  const andAt = verbStart - and[0].length;
  const tokens = doc.layer('tokens');
  let k = lowerBound(tokens, sentenceStart);
  while (k < tokens.length && tokens[k]!.start < andAt && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k++;
  const verb = tokens[k];
  if (!verb || verb.start >= andAt) return null;
  const lead = text.slice(sentenceStart, verb.start);
  const comma = OPENING_PHRASE.exec(lead);
  for (const from of comma ? [0, comma[0].length] : [0]) {
    const words = lead.slice(from).trim();
    const start = sentenceStart + from + lead.slice(from).indexOf(words);
    // "Lula recalled ... and said": one or two name words the mentions layer missed, of one person
    // named in full earlier, as the subject.
    if (NAME_WORDS_ONLY.test(words) && !index.firstPersonFrom(start, verb.start)) {
      const named = index.personByNameWord(words);
      if (named) return { holder: named, start, byName: true };
    }
    if (!ROLE_PHRASE.test(words)) continue;
    // A person named inside the phrase ("the guest of President X") is read by the rules for names.
    if (index.firstPersonFrom(start, verb.start)) return null;
    const holder = index.referent(words, verbStart);
    if (holder) return { holder, start, byName: false };
  }
  return null;
}

/**
 * The subject of the clause nearest before `at` in its sentence: the last person mentioned there whom
 * a verb follows directly (after adverbs), or null.
 */
function nearestClauseSubject(doc: Document, index: SpeakerIndex, sentenceStart: number, at: number): Mention | null {
  const tokens = doc.layer('tokens');
  for (const m of index.endingBefore(at, sentenceStart, 16)) {
    if (m.type !== 'person' || m.form === 'pronoun') continue;
    let k = lowerBound(tokens, m.end);
    for (let n = 0; n < 2 && tokens[k]?.pos === 'ADV'; n++) k++;
    const next = tokens[k];
    if (next && next.start < at && (next.pos === 'VERB' || next.pos === 'AUX') && /^[ \t\u00a0]*$/.test(doc.text.slice(m.end, tokens[lowerBound(tokens, m.end)]!.start))) return m;
  }
  return null;
}

/** One or two capitalised words opening a sentence, then a word in lower case: "Anwar underscored". */
const NAME_WORD_SUBJECT = /^[ \t\u00a0]*(\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)?)[ \t\u00a0]+\p{Ll}/u;
/** A sentence opening with a possessive or "the", up to three words and a verb in lower case: "His Vietnamese counterpart agreed". */
const RELATIONAL_SUBJECT = /^[ \t\u00a0]*((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,2}[\p{L}-]+)[ \t\u00a0]*(?:,[^,.;:!?“”"«»\n]{1,60},[ \t\u00a0]*)?[ \t\u00a0]\p{Ll}/u;

/** "was ", "it has been " right before a past participle: the verb is passive. */
/** " by X ..." right after a verb: a passive participle with its agent. */
const REDUCED_PASSIVE = /^[ \t\u00a0]+by[ \t\u00a0]+/;
/** An auxiliary, a modal or a negation opening quoted words: "are coming", "will not wait", "not enough". */
const PREDICATE_START = /^(?:is|are|was|were|will|would|shall|should|can|could|must|may|might|has|have|had|not|never|cannot)(?![\p{L}'’])/iu;
const PASSIVE_AUX_BEFORE = /(?<![\p{L}])(?:was|were|is|are|has[ \t\u00a0]+been|have[ \t\u00a0]+been|had[ \t\u00a0]+been)[ \t\u00a0]+(?:also[ \t\u00a0]+)?$/iu;
/** " by the Minister that ", " by Minister X: " after a passive speech verb: the agent in group 1. */
const PASSIVE_AGENT = /^[ \t\u00a0]+by[ \t\u00a0]+([^,;:.!?“”"«»\n]{2,100}?)[ \t\u00a0]*(?:,|:|that)[ \t\u00a0]*$/u;

/** "he ", "She went on to " right before a speech verb. */
const PRONOUN_BEFORE_VERB = new RegExp(String.raw`(?<![\p{L}])(he|she)[ \t\u00a0]+${FILLER}$`, 'iu');

/** "you ", "you have rightly " right before a speech verb. */
const SECOND_PERSON_BEFORE_VERB = /(?<![\p{L}])you[ \t\u00a0]+(?:(?:have|had|once|already|rightly|just|also|yourself|often)[ \t\u00a0]+){0,3}$/iu;
/** "I ", "I would like to ", "I want to " right before a speech verb. */
const FIRST_PERSON_BEFORE_VERB = /(?<![\p{L}])I[ \t\u00a0]+(?:(?:would|want|wish|must|have|had|will|can|just|also|once|already|often|always)[ \t\u00a0]+){0,3}(?:like[ \t\u00a0]+)?(?:to[ \t\u00a0]+)?$/u;
/** A transcript turn's label opening a paragraph: "Vladimir Putin: ", "A.Lukashenko: ", "President of Belarus Aleksandr Lukashenko: ". */
const TURN_LABEL = /^[ \t\u00a0]*([\p{Lu}](?:[^:\n.!?"“”«»]|\.(?=\p{Lu})){1,80}?)[ \t\u00a0]*:[ \t\u00a0]+/u;

const ANSWER_LABEL = /^(?:answer|a)$/i;
/** A document's opening paragraph that announces an interview: "Interview of Minister X to ...". */
const INTERVIEW_LEAD = /^[^\n]{0,300}?(?<![\p{L}])interview(?![\p{L}])[^\n]*/iu;

/**
 * The one interviewed: the first person named in the document's opening paragraph when that paragraph
 * announces an interview ("Interview of Foreign Minister X to the newspaper Y"). Only the opening is read.
 */
function interviewee(text: string, index: SpeakerIndex, before: number): { actor: string; id: string } | null {
  const lead = INTERVIEW_LEAD.exec(text.slice(0, Math.min(before, 600)));
  if (!lead) return null;
  const m = index.firstPersonFrom(0, lead[0].length);
  const actor = m && m.form !== 'pronoun' ? index.actorOf(m) : null;
  return m && actor && actor.type === 'person' && !actor.nominal ? { actor: actor.id, id: m.id } : null;
}

/** The person whose turn a paragraph is, from the label that opens it: a name and nothing after it. */
function turnSpeaker(text: string, index: SpeakerIndex, paragraphStart: number): { actor: string; id: string } | null {
  const label = TURN_LABEL.exec(text.slice(paragraphStart, paragraphStart + 120));
  if (!label) return null;
  // "Answer: ...", "A: ...": in an interview the answers are the interviewee's.
  if (ANSWER_LABEL.test(label[1]!)) return interviewee(text, index, paragraphStart);
  const start = paragraphStart + label[0].indexOf(label[1]!);
  const end = start + label[1]!.length;
  const m = index.bestWithin(start, end);
  const actor = m ? index.actorOf(m) : null;
  // "Xi Jinping (retranslated):", "Viktor Orbán (through an interpreter):": a note in brackets may follow the name.
  if (!m || !actor || actor.type !== 'person' || (end - m.end > 1 && !/^[ \t\u00a0]*\([^()]*\)$/.test(text.slice(m.end, end)))) return null;
  return { actor: actor.id, id: m.id };
}

/**
 * Where the main clause starts after a phrase that opens the sentence at `sentenceStart` and ends at
 * its first comma before `end` ("At the end of the talks, ", "Speaking to reporters in Baku, "); the
 * sentence start when it opens with no such phrase.
 */
function mainClauseStart(text: string, sentenceStart: number, end: number): number {
  const words = text.slice(sentenceStart, end);
  const comma = words.indexOf(',');
  if (comma < 0) return sentenceStart;
  const at = sentenceStart + comma + 1 + /^[ \t\u00a0]*/.exec(words.slice(comma + 1))![0].length;
  return afterOpeningPhrase(text, sentenceStart, at) >= 0 ? at : sentenceStart;
}

/** Start of the sentence containing `at`, looking back no further than `from`. */
function lastSentenceStart(text: string, from: number, at: number): number {
  const chunk = text.slice(from, at);
  // Not after an initial ("George W. Bush") or a short title ("Mr. Putin", "Hon. Mudavadi").
  const re = /(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sgt|Prof|Gov|Sen|Rep|Hon|Amb|Jr|Sr|No|Mt))[.!?…][”"’»)]?\s+(?=[\p{Lu}“"«‘])/gu;
  let start = from;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) start = from + m.index + m[0].length;
  return start;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'in', 'for', 'on', 'to', 'a', 'an', 'at', 'with', '&', '-', '–']);

/**
 * A title-case run of words ("Great Stone", "Made in Belarus", "Road of Friendship and Peace"):
 * a name in quotation marks, not a saying.
 */
export function looksLikeName(quoted: string): boolean {
  const trimmed = quoted.trim();
  if (/[.!?,;:]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return false;
  return content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
