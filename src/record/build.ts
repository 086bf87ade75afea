import { actorsById as actorIndex } from '../document/actor-index.js';
import { Document } from '../document/document.js';
import { defaultPipeline } from '../stages/index.js';
import { withHeadlineCountries, withHeadlineMeetings } from './headline.js';
import { isRegionalDemonym } from '../lexicon/countries.js';
import type { Actor, Mention, Period, Quote } from '../document/layers.js';
import type { Span } from '../document/span.js';
import type {
  EventActorRecord, ExtractRecord, GroupRecord, Offsets, OrganizationRecord, PeriodRecord, PersonRecord, PlaceRecord, QuoteRecord,
} from './types.js';

const offsets = (s: Span): Offsets => [s.start, s.end];

const periodRecord = (p: Period | null): PeriodRecord | null =>
  p ? { text: p.text, value: p.value, grain: p.grain, from: p.from, to: p.to, start: p.start, end: p.end } : null;

/**
 * Offsets of an actor's mentions, in text order. One pass and one list: the ids mostly come in
 * text order already, and only a list that does not is sorted (stable, by start, as before).
 */
function mentionOffsets(a: Actor, mentionsById: ReadonlyMap<string, Mention>): Offsets[] {
  const out: Offsets[] = [];
  let ordered = true;
  for (const id of a.mentions) {
    const m = mentionsById.get(id);
    if (m === undefined) continue;
    if (ordered && out.length > 0 && out[out.length - 1]![0] > m.start) ordered = false;
    out.push([m.start, m.end]);
  }
  return ordered ? out : out.sort((x, y) => x[0] - y[0]);
}

/** Nothing but spaces or the capitalised words of an office: "Finnish [Prime Minister] Petteri Orpo". */
const TITLE_WORDS_BETWEEN = /^[ \t\u00a0]*(?:(?:\p{Lu}[\p{L}'’-]*|of|for|the|and)[ \t\u00a0]+){0,6}$/u;

function regionalAdjective(m: Mention | undefined): boolean {
  return m !== undefined && m.form === 'demonym' && isRegionalDemonym(m.text);
}

/** Ids of demonym mentions right before a person's mention or the office before the name ("Finnish Prime Minister X"). */
function demonymsBeforePeople(doc: Document): Set<string> {
  const mentions = doc.layer('mentions');
  const out = new Set<string>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.form !== 'demonym') continue;
    // The first mention after the demonym: mentions are in text order, so only those overlapping it
    // are stepped over, never the rest of the document.
    let n = k + 1;
    while (n < mentions.length && mentions[n]!.start < m.end) n++;
    const next = mentions[n];
    if (next?.type === 'person' && TITLE_WORDS_BETWEEN.test(doc.text.slice(m.end, next.start))) out.add(m.id);
  }
  return out;
}

/**
 * "Minister for Europe", "Commissioner for the Mediterranean", "Minister for Development and Africa": the
 * office's words right before a world region, with the holder's name right after it (or after the rest of
 * the office's capitalised words, "Minister for Europe and Foreign Affairs X"). Such a region is the
 * portfolio of a government office, part of the title, not a place the text speaks of. A country or a
 * region of a state stays ("Secretary of State for Wales", "Governor of Tula Region"), and so does the
 * area of an envoy or representative ("Special Representative for Central Asia"), which the record keeps.
 */
const PORTFOLIO_BEFORE = /\b(?:Minister|Commissioner)[ \t\u00a0]+for[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+(?:and[ \t\u00a0]+)?){0,3}$/u;
const OFFICE_REST = /^[ \t\u00a0]*,?(?:[ \t\u00a0]*(?:\p{Lu}[\p{L}'’-]*|and|of|the))*[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/** Ids of world-region mentions that are a minister's or commissioner's portfolio before the holder's name. */
function portfolioRegions(doc: Document): Set<string> {
  const mentions = doc.layer('mentions');
  const out = new Set<string>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'place' || m.form !== 'name' || m.placeKind !== 'other') continue;
    let n = k + 1;
    while (n < mentions.length && mentions[n]!.start < m.end) n++;
    const next = mentions[n];
    if (next?.type !== 'person' || !next.title || next.start - m.end > 60) continue;
    if (!OFFICE_REST.test(doc.text.slice(m.end, next.start))) continue;
    if (PORTFOLIO_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start))) out.add(m.id);
  }
  return out;
}

/**
 * "the Trans-Pacific Partnership", "Euro-Atlantic integration", "the Asia-Europe Meeting", "the Korea-Africa
 * Summit": a world region written as the second half of a hyphenated word is part of that word, which
 * names a partnership, a meeting, a route or a region of its own, not the region itself.
 */
const HYPHEN_BEFORE = /\p{L}[-\u2010\u2011]$/u;
/** The first half as well: "the Asia-Europe Meeting", "the Africa-France Summit". */
const HYPHEN_AFTER = /^[-\u2010\u2011]\p{L}/u;
/** "the Atlantic Declaration", "the Africa Climate Summit": a region before a capitalised noun opens a longer name. */
const NAME_WORD_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}+(?![\p{L}'’])/u;
const CAPITALISED_RUN = /^(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*)*[ \u00a0]*$/u;

/** "Russian-Congolese talks", "the British-Irish Council": two adjectives of states joined by a hyphen. */
function demonymPairAt(doc: Document, a: Mention | undefined, b: Mention | undefined): boolean {
  return a !== undefined && b !== undefined && a.form === 'demonym' && b.form === 'demonym' && b.start === a.end + 1
    && /^[-\u2010\u2011]$/u.test(doc.text[a.end]!);
}

/** Ids of demonyms joined to another by a hyphen ("Russian-Congolese talks"). */
function demonymsInPairs(doc: Document): Set<string> {
  const out = new Set<string>();
  const mentions = doc.layer('mentions');
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.form === 'demonym' && (demonymPairAt(doc, m, mentions[k + 1]) || demonymPairAt(doc, mentions[k - 1], m))) out.add(m.id);
  }
  return out;
}

/** Ids of world-region mentions that open or close a hyphenated word, or open a longer capitalised name. */
function regionsInCompounds(doc: Document): Set<string> {
  const out = new Set<string>();
  const mentions = doc.layer('mentions');
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'place' || m.form !== 'name' || m.placeKind !== 'other') continue;
    if (HYPHEN_BEFORE.test(doc.text.slice(m.start - 2, m.start)) || HYPHEN_AFTER.test(doc.text.slice(m.end, m.end + 2))) {
      out.add(m.id);
      continue;
    }
    // The capitalised words must not run straight into a name ("in Africa Mr Holt said", "in Europe President X").
    let n = k + 1;
    while (n < mentions.length && mentions[n]!.start < m.end) n++;
    const next = mentions[n];
    const leadsToName = next !== undefined && next.start - m.end <= 40 && CAPITALISED_RUN.test(doc.text.slice(m.end, next.start));
    if (NAME_WORD_AFTER.test(doc.text.slice(m.end, m.end + 30)) && !leadsToName) out.add(m.id);
  }
  return out;
}

/** Letters written as initials only, no lower case: "U.S.", "UK", "UAE". */
const ABBREVIATION = /^[^\p{Ll}]*$/u;

/**
 * A place is named as the text first writes it: "Tula Region" stays "Tula Region" though the lexicon
 * files it under "Tula Oblast", and "the Republic of Belarus ... Belarus" gives "Republic of Belarus".
 * Initials are no full form: "U.S. ... the United States" gives "United States" (the first written-out
 * name; the initials only when the text has nothing else). The actor keeps the lexicon's entry, so
 * "Tula Region" and "Tula Oblast" in one text stay one place. Adjectives, possessives and titles are
 * no naming of the place; with none of its names in the text, the entry's name stands. A name in square
 * brackets is an editor's gloss of the words before it, not the text's naming (see organizationNameAsWritten).
 */
function placeNameAsWritten(doc: Document, a: Actor, mentionsById: ReadonlyMap<string, Mention>): string {
  let first: Mention | null = null;
  let firstWritten: Mention | null = null;
  for (const id of a.mentions) {
    const m = mentionsById.get(id);
    if (m === undefined || m.form !== 'name' || m.type !== 'place') continue;
    if (first === null || m.start < first.start) first = m;
    if (doc.text[m.start - 1] === '[') continue;
    if (!ABBREVIATION.test(m.text) && (firstWritten === null || m.start < firstWritten.start)) firstWritten = m;
  }
  const chosen = firstWritten ?? first;
  return chosen === null ? a.name : chosen.text.replace(/\s+/gu, ' ').trim();
}

/**
 * An organisation is named as the text first writes it out: "the Shanghai Cooperation Organisation"
 * keeps its spelling though the lexicon files it as "Organization", and a text that writes only
 * "NATO" or "ASEAN" gives the initials, not the lexicon's long name. A written-out name comes before
 * initials ("the European Union (EU) ... the EU" gives "European Union"). The actor keeps the entry's
 * name, so both forms in one text stay one organisation; with no name of it in the text, that stands.
 * "the ASEAN [Association of Southeast Asian Nations] context": a name in square brackets is an editor's
 * gloss of the words before it, not the text's own naming, and the initials the text wrote stand.
 */
function organizationNameAsWritten(doc: Document, a: Actor, mentionsById: ReadonlyMap<string, Mention>): string {
  let first: Mention | null = null;
  let firstWritten: Mention | null = null;
  for (const id of a.mentions) {
    const m = mentionsById.get(id);
    if (m === undefined || (m.form !== 'name' && m.form !== 'acronym') || m.type !== 'organization') continue;
    if (first === null || m.start < first.start) first = m;
    if (doc.text[m.start - 1] === '[') continue;
    if (!ABBREVIATION.test(m.text) && (firstWritten === null || m.start < firstWritten.start)) firstWritten = m;
  }
  const chosen = firstWritten ?? first;
  return chosen === null ? a.name : chosen.text.replace(/\s+/gu, ' ').trim();
}

/**
 * "the EU-Mongolia partnership", "the AU-EU ministerial meeting", "the EU–Mercosur agreement": an
 * organisation written as one half of a hyphenated word names a relation, a meeting or a deal, not the
 * body itself, and is no organisation of the record unless the text names it elsewhere. An en dash
 * joins such pairs as often as a hyphen does.
 */
const ORG_JOIN_BEFORE = /\p{L}[-\u2010\u2011\u2013]$/u;
const ORG_JOIN_AFTER = /^[-\u2010\u2011\u2013]\p{L}/u;

function onlyInCompounds(doc: Document, a: Actor, mentionsById: ReadonlyMap<string, Mention>): boolean {
  let named = 0;
  for (const id of a.mentions) {
    const m = mentionsById.get(id);
    if (m === undefined || (m.form !== 'name' && m.form !== 'acronym')) continue;
    named++;
    if (!ORG_JOIN_BEFORE.test(doc.text.slice(Math.max(0, m.start - 2), m.start)) && !ORG_JOIN_AFTER.test(doc.text.slice(m.end, m.end + 2))) return false;
  }
  return named > 0;
}

/**
 * "the Government would prepare new measures", "the initiatives of the Organization", "the President of
 * your Senate", "Chairman of the Board of Directors of X": the bare word for a kind of body, written
 * alone, points back to a body or stands for whichever one the context means; it names no organisation
 * of its own and is kept with the unnamed groups, as a party to events. Written with its state or its own name ("the Government of Spain", "the Senate of the
 * Italian Republic", "the UK Government") it stays.
 */
const GENERIC_BODY = new Set(['government', 'parliament', 'senate', 'cabinet', 'organization', 'organisation', 'secretariat', 'directors']);

function eventActor(id: string, actorsById: ReadonlyMap<string, Actor>): EventActorRecord {
  const a = actorsById.get(id);
  return a
    ? { name: a.name, country: a.country, sector: a.sector, id: a.id }
    : { name: id, country: null, sector: null, id };
}

/**
 * Turns a processed document into the record of the output contract. The document's headline, when
 * it has one, is read as a text of its own for the meeting it names (see headline.ts); `headline`
 * false skips that, for the later parts of a text read in parts.
 */
export function buildRecord(doc: Document, headline = true): ExtractRecord {
  const mentionsById = new Map<string, Mention>();
  for (const m of doc.layer('mentions')) mentionsById.set(m.id, m);
  const actorsById = actorIndex(doc);

  const qualifiesPerson = demonymsBeforePeople(doc);
  const insideOtherNames = portfolioRegions(doc);
  const inPairs = demonymsInPairs(doc);
  // The states of the people and bodies the text names: a side of a paired adjective that one of them
  // serves is a state the text is about ("Russian-Italian relations" beside "the Council of Ministers of Italy").
  const peopleStates = new Set<string>();
  for (const a of doc.layer('actors')) if ((a.type === 'person' || a.type === 'organization') && !a.nominal && a.country) peopleStates.add(a.country);
  for (const id of regionsInCompounds(doc)) insideOtherNames.add(id);
  // The offices of the named people, joined once, for the states written only inside an office.
  let titleWords = '';
  for (const a of doc.layer('actors')) if (a.type === 'person' && !a.nominal && a.title) titleWords += `${a.title}|`;
  const people: PersonRecord[] = [];
  const organizations: OrganizationRecord[] = [];
  const places: PlaceRecord[] = [];
  const groups: GroupRecord[] = [];
  for (const a of doc.layer('actors')) {
    const mentions = mentionOffsets(a, mentionsById);
    // Unnamed groups and title-only office holders are event parties, not named people or organisations.
    if (a.nominal && a.type !== 'place') {
      groups.push({ name: a.name, type: a.type, country: a.country, sector: a.sector, mentions, id: a.id });
      continue;
    }
    if (a.type === 'person') {
      people.push({ name: a.name, title: a.body && a.title ? `${a.body} ${a.title}` : a.title, country: a.country, sector: a.sector, mentions, id: a.id });
    } else if (a.type === 'organization') {
      if (onlyInCompounds(doc, a, mentionsById)) continue;
      const name = organizationNameAsWritten(doc, a, mentionsById);
      if (GENERIC_BODY.has(name.toLowerCase())) {
        groups.push({ name: a.name, type: a.type, country: a.country, sector: a.sector, mentions, id: a.id });
        continue;
      }
      organizations.push({ name, country: a.country, sector: a.sector, mentions, id: a.id });
    } else {
      // "the Finnish head of government", "Finnish Prime Minister X": an adjective of a country that
      // qualifies a person names no place, and a country the text names no other way is no place of it.
      // ("Iranian forces" stays: a group's adjective says whose side acts, and events are read so.)
      // "Scottish salmon", "Bavarian beer": a region's adjective names no place of its state either.
      // "Minister for Europe X", "the Trans-Pacific Partnership": a region only ever named inside an office's
      // portfolio or a hyphenated word is no place of the text.
      // "Russian-Congolese talks": an adjective paired with another names a side of a relation, a place of
      // the text only when someone of that state takes part; else the ambiguous one ("Congolese") would
      // add a state the text never names.
      const pairedOnly = (id: string): boolean => inPairs.has(id) && !(a.country !== null && peopleStates.has(a.country));
      if (a.mentions.every((id) => qualifiesPerson.has(id) || insideOtherNames.has(id) || regionalAdjective(mentionsById.get(id)) || pairedOnly(id))) continue;
      // "a Qatari grant", "Japanese companies": an adjective names no place, so a state the text writes only as
      // an adjective is none of its places, unless its name is written inside a named person's office
      // ("President of the Council of Ministers of Italy"), where the mentions layer holds the office, not the state.
      if (a.mentions.every((id) => mentionsById.get(id)?.form === 'demonym') && !titleWords.includes(a.name)) continue;
      places.push({ name: placeNameAsWritten(doc, a, mentionsById), kind: a.placeKind ?? 'other', country: a.country, mentions, id: a.id });
    }
  }

  // "Who said what" is a named person's words: a quotation the text gives to an unnamed office
  // holder, a body, a statement or no one is kept apart, so that \`quotes\` never counts it.
  const namedPeople = new Set(people.map((p) => p.id));
  const quoteRecord = (q: Quote): QuoteRecord => ({
    speaker: q.speaker ? (actorsById.get(q.speaker)?.name ?? null) : null,
    text: q.text,
    start: q.start,
    end: q.end,
    speakerId: q.speaker,
    cue: q.cue ? offsets(q.cue) : null,
    rule: q.rule,
  });
  const quotes: QuoteRecord[] = [];
  const unattributedQuotes: QuoteRecord[] = [];
  for (const q of doc.layer('quotes')) (q.speaker !== null && namedPeople.has(q.speaker) ? quotes : unattributedQuotes).push(quoteRecord(q));
  const sentences = doc.layer('sentences');
  const quantityIndex = new Map<string, number>();
  doc.layer('quantities').forEach((q, i) => quantityIndex.set(q.id, i));

  const record: ExtractRecord = {
    id: doc.id,
    date: doc.meta.date,
    source: doc.meta.source,
    title: doc.meta.title,
    url: doc.meta.url,
    people,
    organizations,
    places,
    groups,
    quotes,
    unattributedQuotes,
    quantities: doc.layer('quantities').map((q) => ({
      kind: q.kind,
      text: q.text,
      value: q.value,
      valueMax: q.valueMax ?? null,
      currency: q.currency,
      qualifier: q.qualifier,
      unit: q.unit ?? null,
      start: q.start,
      end: q.end,
      rule: q.rule,
    })),
    dates: doc.layer('dates').map((d) => ({
      text: d.text, value: d.value, grain: d.grain, start: d.start, end: d.end, rule: d.rule,
    })),
    events: doc.layer('events').map((e) => {
      const s = sentences[e.sentence];
      return {
        type: e.type,
        mode: e.mode,
        source: e.source.map((id) => eventActor(id, actorsById)),
        target: e.target.map((id) => eventActor(id, actorsById)),
        date: e.date,
        trigger: e.trigger.text,
        start: e.start,
        end: e.end,
        triggerSpan: offsets(e.trigger),
        sentence: s ? offsets(s) : offsets(e),
        evidence: e.evidence.map(offsets),
        cameo: e.cameo,
        rule: e.rule,
      };
    }),
    meetings: doc.layer('meetings').map((m) => ({
      participants: m.participants.map((id) => eventActor(id, actorsById)),
      parties: m.parties.map((id) => eventActor(id, actorsById)),
      date: m.date,
      kind: m.kind,
      place: m.place ? (actorsById.get(m.place)?.name ?? null) : null,
      trigger: m.trigger.text,
      start: m.start,
      end: m.end,
      status: m.status,
      evidence: m.evidence.map(offsets),
      id: m.id,
      rule: m.rule,
    })),
    measures: doc.layer('measures').map((m) => ({
      quantity: m.quantity === null ? null : (quantityIndex.get(m.quantity) ?? null),
      text: doc.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      topic: m.topic,
      topicSpan: m.topicSpan ? offsets(m.topicSpan) : null,
      role: m.role,
      direction: m.direction,
      ratio: m.ratio,
      period: periodRecord(m.period),
      base: periodRecord(m.base),
      deadline: periodRecord(m.deadline),
      level: m.level === null ? null : (quantityIndex.get(m.level) ?? null),
      subject: m.subject.map((id) => eventActor(id, actorsById)),
      rule: m.rule,
    })),
    messages: doc.messages.map((m) => ({
      severity: m.severity, stage: m.stage, rule: m.rule, text: m.text, span: m.span ? offsets(m.span) : null,
    })),
    stats: {
      chars: doc.text.length,
      sentences: sentences.length,
      tokens: doc.layer('tokens').length,
    },
  };
  // Only a body with people and a meetings layer can take up what the headline names: other texts
  // skip the second reading.
  if (headline && doc.meta.title && record.meetings && record.people.length > 0) {
    const title = new Document(`${doc.id}#headline`, doc.meta.title, { date: doc.meta.date, source: doc.meta.source });
    const read = buildRecord(defaultPipeline().run(title), false);
    withHeadlineMeetings(record, doc.text, read, doc.meta.source);
    withHeadlineCountries(record, read);
  }
  return record;
}
