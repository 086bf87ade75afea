import { personByName, personBySurname } from '../../lexicon/people.js';
import { wordLists } from '../../lexicon/words.js';
import { Claim, type SentenceScan } from './context.js';
import { countryWordBefore } from './country-words.js';
import { opensHeadingPredicate } from './titles.js';
import { type NameRun, afterOfficeWords, appositionAfterOffice, officeApposedAfter, bodyEndsName, closesOfficeSubjectList, dropCommonStart, hasNonNameWord, isFirstNameHit, isHeadlineCase, isLastNameHit, isMiddleCityHit, isTitleWord, nameRunAt, nameText, peerName, pluralOfOffice, startAtGivenName } from './names.js';

/** Prepositions of place: a phrase after one with no given name in it names a place, not a person. */
const PLACE_PREPOSITION = /^(?:at|in|near|outside)$/;

/**
 * Capitalised runs left over after lexicons, organisations and titles: two or more name words
 * ("Igor Kobzev", "Abu Musab al-Zarqawi"), or one after an honorific ("Mr Kobzev").
 */
export function personNames(s: SentenceScan): void {
  if (isHeadlineCase(s)) return;
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || !s.isCap(i)) continue;
    // "The Honourable Aroha Kuroiwa said": an article opening the sentence before a style of honour is
    // no name word; the style opens the run, as after "the" in lower case.
    if (s.lower(i) === 'the' && s.isCap(i + 1) && wordLists().honorifics.has(s.lower(i + 1))) continue;
    // "Karl and Anna Berg": a lone given name before "and" and a given name with a surname.
    const shared = s.claimOf(i) === Claim.Free && s.lower(i - 1) !== 'the' ? surnameSharedAfter(s, i) : null;
    if (shared) {
      s.push({
        start: s.tokens[i]!.start, end: s.tokens[i]!.end, tokenStart: i, tokenEnd: i + 1,
        type: 'person', form: 'name', canonical: shared, country: null, sector: null, rule: 'given-name-sharing-surname',
      });
      continue;
    }
    const raw = nameRunAt(s, i);
    if (!raw) continue;
    const from = i;
    // "the Baikal-Amur Mainline", "the Hamburg–Copenhagen corridor": a run that opens on the second half
    // of a hyphenated compound whose first half the run could not take is the compound's, not a name.
    if (!raw.honorific && secondHalfOfCompound(s, i)) {
      i = raw.end - 1;
      continue;
    }
    const dropped = raw.honorific ? raw : dropCommonStart(s, raw, false);
    i = raw.end - 1;
    let heldOffice: string | null = null;
    let run = dropped ? startAtGivenName(s, dropped) : null;
    // "National Economy Nina Petrova": words of an office, then a name of two or more words.
    // The second look is needed only at the run afterOfficeWords leaves.
    let nonName = run !== null && hasNonNameWord(s, run, raw.honorific);
    if (run && nonName) {
      run = afterOfficeWords(s, run);
      nonName = run !== null && hasNonNameWord(s, run, raw.honorific);
    }
    if (!run || nonName) continue;
    // "Santa Marta", "San Pedro", "São Paulo": a saint's name, a given name after "San", "Santa" or "São",
    // names a place, a church or a ship, never a person.
    if (!raw.honorific && SAINT_STYLES.has(s.tok(run.start)!.text) && run.words >= 2 && s.isGiven(run.start + 1)) continue;
    // "a ‘Golden Era’ of relations": a capitalised phrase in quotation marks is a name of a thing.
    if (/^[‘'“"«]$/.test(s.tok(run.start - 1)?.text ?? '') && /^[’'”"»]$/.test(s.tok(run.end)?.text ?? '')) continue;
    // "the Verkhny Lars checkpoint", "a Golden Era", "the Hong Kong FinTech Awards": a phrase after an
    // article, or before a common noun it qualifies, names a thing; a person's name has a given name in it.
    // After an article ("the Upper Lars checkpoint", "the Syr Darya"), a given name inside ("Lars",
    // "Darya") makes it a person only when the name opens with it ("the Anna Petrova delegation").
    const after = thingAfter(s, run.end);
    const article = articleBefore(s, run.start);
    // "the Ralph Lauren store": after an article, a given name before a noun of a thing names the thing.
    const thing = after && !PERSON_HEADS.has(s.lower(run.end));
    if (!raw.honorific && ((article && (!s.isGiven(run.start) || thing)) || (!hasGivenName(s, run) && after))) continue;
    // "the Setia Alam township", "the Seri Kembangan interchange": a style of honour between an article and
    // a noun of a thing opens the thing's name, not a person's ("the Honourable Kuroiwa said" has no such noun).
    if (raw.honorific && thing && articleBefore(s, from)) continue;
    // "received the guest at Perdana Putra today": after "at" or "in", a phrase with no given name is a place.
    // "at Seri Perdana": a style-like first word ("Seri") after "at" does not make it a person.
    // "the township near Shah Alam", "a plant outside Kuala Selangor": so after the other prepositions of place.
    if (!hasGivenName(s, run) && (PLACE_PREPOSITION.test(s.lower(run.start - 1)) || PLACE_PREPOSITION.test(s.lower(from - 1))) && !s.isPossessive(run.end)) continue;
    // "the port of Map Ta Phut", "the ports of Tanjung Pelepas and Port Klang", "sailed to Pak Bara": after
    // a noun for a kind of place and "of", or after a verb of travel and "to" or "from", a phrase with no
    // given name names a place, however much it looks like a person's name; so does one word ("the port
    // of Sattahip").
    if (!raw.honorific && !hasGivenName(s, run)) {
      const place = placeGoverning(s, run.start) ?? (datelinePlace(s, run.start, run.end) ? 'city' : null);
      if (place) {
        s.push({
          start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: run.start, tokenEnd: run.end,
          type: 'place', form: 'name', canonical: nameText(s.span(run.start, run.end)), country: null, sector: null,
          placeKind: place, rule: 'place-after-place-noun',
        });
        continue;
      }
    }
    // "the Minister of Health, Nutrition and Indigenous Medicine said": with no given name, the phrase
    // that closes an office's list of subjects is the office's last subject, not its holder.
    if (!raw.honorific && !hasGivenName(s, run) && closesOfficeSubjectList(s, run.start)) continue;
    // "executives of HSBC, OCBC and Maybank", "the Chief Executive of DBS said": one word where words that
    // take bodies govern it (a list after "representatives of", a company office's "of") is a company's name.
    if (run.words === 1 && !raw.honorific && run.end === s.wordEnd(run.start) && !s.isGiven(run.start) && !s.isPossessive(run.end)
      && (bodyListBefore(s, run.start) || businessOfficeOf(s, run.start))) {
      s.push({
        start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: run.start, tokenEnd: run.end,
        type: 'organization', form: 'name', canonical: nameText(s.span(run.start, run.end)), country: null, sector: null, rule: 'org-in-body-list',
      });
      continue;
    }
    // "Sarah Whitman of Whitford Aerospace", "chief executive of Northern Ridge Gold": with no given
    // name, a phrase after a person's "of" or a company office's "of" names where the person works,
    // a company, not another person.
    if (!raw.honorific && !hasGivenName(s, run) && !s.isPossessive(run.end) && s.lower(from - 1) === 'of'
      && (personEndsAt(s, from - 2) || businessOfficeOf(s, from))) {
      // "The Chief Executive Officer of Alstom Henri Poupart-Lafarge met": an office written in capitals
      // before its "of" is a title standing before its holder's name, so a run it leaves two words of
      // (startAtGivenName) holds the company's one word and then the holder's name. An office in lower
      // case ("Ana Ruiz, chief executive of Northern Ridge Gold,") and a firm's name ending on a metal
      // a mine yields ("Ridge Gold") take no holder after them.
      // "Chief Executive Officer of Northern Ridge Gold Tavita Weber": a metal a mine yields ends the firm's
      // name, and two words or more after it are the holder's name.
      const officeBefore = capitalOfficeBefore(s, from) && !personEndsAt(s, from - 2);
      if (officeBefore) {
        const metal = metalInside(s, run.start, run.end);
        if (metal >= 0) run = { start: metal + 1, end: run.end, words: run.end - metal - 1, honorific: false };
      }
      if (run.start > from && officeBefore && !wordLists().mineWords.has(s.lower(run.end - 1))) {
        heldOffice = `${s.titleHit(from - 2)!.text} of ${nameText(s.span(from, run.start))}`;
        s.push({
          start: s.tokens[from]!.start, end: s.tokens[run.start - 1]!.end, tokenStart: from, tokenEnd: run.start,
          type: 'organization', form: 'name', canonical: nameText(s.span(from, run.start)), country: null, sector: 'BUS', rule: 'company-before-holder',
        });
      } else {
        s.push({
          start: s.tokens[from]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: from, tokenEnd: run.end,
          type: 'organization', form: 'name', canonical: nameText(s.span(from, run.end)), country: null, sector: 'BUS', rule: 'company-of-person-or-office',
        });
        continue;
      }
    }
    // "the International Forum of Young Engineers", "the Union of Cotton Producers": with no given name,
    // a phrase after the "of" of a body's or a gathering's head noun that ends in a plural noun names its
    // members, part of the body's name; a person's name is no plural.
    // One plural word alone ("the Forum of Regions") makes no person's name anyway and is left to others.
    if (!raw.honorific && run.words >= 2 && !hasGivenName(s, run) && !s.isPossessive(run.end) && s.lower(from - 1) === 'of' && membersOfBody(s, from - 2, run.end)) {
      // "the Forum of Regions of Russia and Belarus": a name going on past the run is left whole to others.
      if (/^(?:of|and|for)$/.test(s.lower(run.end)) && s.isCap(run.end + 1)) continue;
      const opens = bodyNameStart(s, from - 2);
      s.push({
        start: s.tokens[opens]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: opens, tokenEnd: run.end,
        type: 'organization', form: 'name', canonical: nameText(s.span(opens, run.end)), country: null, sector: null, rule: 'body-of-members',
      });
      continue;
    }
    if (run.words < 2 && !run.honorific && !mononymInApposition(s, run)) continue;
    // "Ridgeline Gold will refine ore", "Tau Copper and Steppe Energy": two words with no given name, the
    // second a metal a mine yields, name a mining firm; after an office or a given name the metal is a
    // surname ("Ambassador Dore Gold", "John Copper").
    if (!raw.honorific && run.words === 2 && run.end === run.start + 2 && !hasGivenName(s, run) && wordLists().mineWords.has(s.lower(run.end - 1))
      && s.titleHit(run.start - 1)?.end !== run.start && !appositionAfterOffice(s, run.start)) {
      s.push({
        start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: run.start, tokenEnd: run.end,
        type: 'organization', form: 'name', canonical: nameText(s.span(run.start, run.end)), country: null, sector: 'BUS', rule: 'mining-firm',
      });
      continue;
    }
    // "the Order of St Andrew the Apostle", "the Medal of Pushkin": a name after a decoration's "of" is the decoration's.
    if (decorationOf(s, raw.honorific ? from : run.start)) continue;
    // "the China-Belarus Industrial Park Great Stone": with no given name, a phrase right after the head of a
    // place's or thing's name is that thing's own name.
    // "Governor of the Free Economic Zone X Y" names the holder of an office written before the thing.
    if (!raw.honorific && !hasGivenName(s, run) && s.isCap(run.start - 1) && wordLists().facilities.has(s.tokenKey(run.start - 1))
      && !officeOpensPhrase(s, run.start - 1)) continue;
    if (!raw.honorific && opensHeadingPredicate(s, run.start)) continue;
    // "the cargo ship Lady R": one letter after a style that follows an article names a thing, not a person.
    if (run.words === 1 && raw.honorific && /^\p{Lu}\.?$/u.test(s.tok(run.start)!.text) && /^(?:a|an|the)$/.test(s.lower(from - 1))) continue;
    // "Goldman Sachs Chief Executive David Solomon": a run right before an office and its holder's
    // name is the body the holder serves, not a person.
    const office = s.titleHit(run.end);
    if (!raw.honorific && office && office.start === run.end && s.isCap(run.end) && s.isCap(office.end)) continue;
    // "the two Prime Ministers", "both Vice Presidents": an office in the plural names no one.
    if (!run.honorific && pluralOfOffice(s.tok(run.end - 1)!.text)) continue;
    // A run followed by a possessive and a head word, or any lexicon name inside, is not a person.
    let lexiconInside = false;
    // A listed body's word ending a name of two words or more is the surname ("Thérèse Kayikwamba Wagner"),
    // and so is a city right after a listed given name ("the ambassador, Jorge Lima, said").
    for (let k = run.start; k < run.end; k++) {
      if (!s.nameHit(k) || isFirstNameHit(s, k) || (k === run.end - 1 && k - run.start >= 2 && bodyEndsName(s, k))) continue;
      if (k === run.end - 1 && k - run.start === 1 && isLastNameHit(s, k, 1)) continue;
      // "Elnur Baku Gasimov": a city between two name words is a middle name.
      if (k > run.start && k === run.end - 2 && isMiddleCityHit(s, k)) continue;
      // "Mr Wagner said": a style of address makes the one body word after it a surname.
      if (k === run.start && run.end === k + 1 && raw.honorific && isLastNameHit(s, k, 0)) continue;
      lexiconInside = true;
    }
    if (lexiconInside) continue;
    // "Chief Executive of Pacific Nickel Omar Saleh": a company's name opened by a listed place ("Pacific")
    // leaves its other words before the holder's; the holder's name starts at its last given name.
    const place = s.nameHit(run.start - 1);
    if (!raw.honorific && place && place.end === run.start && place.start === run.start - 1 && place.hit.entry.kind === 'place'
      && businessOfficeOf(s, run.start - 1)) {
      let k = run.end - 2;
      while (k > run.start && !s.isGiven(k)) k--;
      if (k > run.start && s.isGiven(k)) run = { start: k, end: run.end, words: run.end - k, honorific: false };
    }
    // "Mr. and Mrs. Karl and Anna Berg": a given name alone after a style shares the surname after it too.
    let name = (run.words === 1 && raw.honorific ? surnameSharedAfter(s, run.start) : null) ?? nameText(s.span(run.start, run.end));
    // "representatives of Norsk Hydro, Equinor and Scatec", "companies such as Atlas Copco": the items
    // of a list such words govern are bodies; a name with no given name there is a company's.
    // "Norsk Hydro", "Deutsche Telekom": a word of another language that only opens bodies' names.
    // "CEO of Morgan Stanley Ted Pick": after a business office's "of", the company's name and then
    // its holder's, from the last given name that leaves two words or more.
    // "CEO of Northern Ridge Gold Paul Martin": a never-a-name word may open the company's name.
    const opener = raw.honorific ? run.start : companyOpener(s, run.start);
    if (!raw.honorific && businessOfficeOf(s, opener)) {
      let k = run.end - 2;
      while (k > run.start && !s.isGiven(k)) k--;
      if (k > run.start && s.isGiven(k)) {
        s.push({
          start: s.tokens[opener]!.start, end: s.tokens[k - 1]!.end, tokenStart: opener, tokenEnd: k,
          type: 'organization', form: 'name', canonical: s.span(opener, k).replace(/\s+/g, ' ').trim(), country: null, sector: null, rule: 'company-of-office',
        });
        let words = 0;
        for (let j = k; j < run.end; j++) if (s.isCap(j)) words++;
        run = { start: k, end: run.end, words, honorific: false };
        name = nameText(s.span(run.start, run.end));
        // An office in capitals right before the "of" is the title of the holder named after the company.
        if (capitalOfficeBefore(s, opener)) heldOffice = `${s.titleHit(opener - 2)!.text} of ${nameText(s.span(opener, k))}`;
      }
    }
    // "Managing Director of Uniper Dieter Kramm": a company's name that the holder's given name has already
    // cut off the run is still what the capitalised business office before its "of" runs.
    if (heldOffice === null && !raw.honorific && dropped && run.start > dropped.start && businessOfficeOf(s, dropped.start) && capitalOfficeBefore(s, dropped.start)) {
      s.push({
        start: s.tokens[dropped.start]!.start, end: s.tokens[run.start - 1]!.end, tokenStart: dropped.start, tokenEnd: run.start,
        type: 'organization', form: 'name', canonical: nameText(s.span(dropped.start, run.start)), country: null, sector: 'BUS', rule: 'company-of-office',
      });
      heldOffice = `${s.titleHit(dropped.start - 2)!.text} of ${nameText(s.span(dropped.start, run.start))}`;
    }
    // "Tom Reyes, CEO of Orbit Air": what a business office ("CEO", "Chairman", "Founder") is "of" is
    // the company it runs, never a person, whatever given name opens it ("CEO of Morgan Stanley").
    if ((!raw.honorific && !hasGivenName(s, run) && (bodyListBefore(s, run.start) || (BODY_NOUNS.has(s.lower(run.start - 1)) && !s.isCap(run.start - 1) && !INITIAL.test(s.tokens[run.start]!.text)) || wordLists().orgOpeners.has(s.tokenKey(run.start))))
      || (!raw.honorific && businessOfficeOf(s, run.start) && !s.isPossessive(run.end))) {
      s.push({
        start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end, tokenStart: run.start, tokenEnd: run.end,
        type: 'organization', form: 'name', canonical: name, country: null, sector: null, rule: 'org-in-body-list',
      });
      continue;
    }
    const known = personByName(name) ?? (run.words === 1 ? personBySurname(name) : null);
    const before = countryWordBefore(s, raw.honorific ? raw.start - 1 : run.start);
    // "Lord Ahmad of Wimbledon", "Baroness Chapman": a peer is known by the style of the peerage and by
    // the place after "of" that designates it, where the text gives one; both are the name's.
    const peer = raw.honorific ? peerName(s, run, name) : null;
    const tokenStart = peer?.tokenStart ?? run.start;
    const tokenEnd = peer?.tokenEnd ?? run.end;
    if (peer) {
      name = peer.name;
      i = tokenEnd - 1;
    }
    s.push({
      start: s.tokens[tokenStart]!.start, end: s.tokens[tokenEnd - 1]!.end, tokenStart, tokenEnd,
      type: 'person', form: 'name', canonical: name,
      country: (before?.hit.hit.entry.kind === 'demonym' ? before.country : null) ?? known?.country ?? null,
      countrySource: before?.hit.hit.entry.kind === 'demonym' ? 'title' : 'lexicon',
      sector: known?.sector ?? (heldOffice ? 'BUS' : null), title: heldOffice ?? known?.title ?? null, rule: raw.honorific ? 'honorific-name' : 'name-run',
    });
  }
}

/**
 * "Karl and Anna Berg": a listed given name at i, then "and" and a name of exactly a listed given name
 * and a surname, is a person of that surname too; the full name it stands for, else null. The
 * "and" of a body's name ("Victoria and Albert Museum") has a word after it that is no name's.
 */
function surnameSharedAfter(s: SentenceScan, i: number): string | null {
  if (!s.isGiven(i) || (s.isCap(i - 1) && !wordLists().honorifics.has(s.lower(i - 1))) || s.lower(i + 1) !== 'and') return null;
  if (s.claimOf(i + 2) !== Claim.Free || s.claimOf(i + 3) !== Claim.Free) return null;
  const next = nameRunAt(s, i + 2);
  if (!next || next.honorific || next.start !== i + 2 || next.end !== i + 4 || !s.isGiven(i + 2) || s.isGiven(i + 3) || hasNonNameWord(s, next)) return null;
  return `${s.tok(i)!.text} ${s.tok(i + 3)!.text}`;
}

/** Whether word i follows a hyphen or dash glued to it and to a capitalised word before it. */
function secondHalfOfCompound(s: SentenceScan, i: number): boolean {
  const mark = s.tok(i - 1)?.text;
  return (mark === '-' || mark === '‐' || mark === '–') && s.glued(i - 1) && s.glued(i) && s.isCap(i - 2);
}

/** The Romance languages' word for "Saint" before a saint's given name. */
const SAINT_STYLES = new Set(['San', 'Santa', 'Santo', 'São', 'Sao', 'Sant']);

/** Most tokens of a list walked back over to find the words that govern it. */
const MAX_LIST_TOKENS = 24;
/** Nouns whose "of"/"from" takes bodies: "representatives of", "executives from". */
const BODY_MEMBERS = new Set(['representatives', 'executives', 'delegates']);
/**
 * "the newspaper El Peruano", "the shipping firm Naviera del Plata": a run right after a noun for a
 * kind of body, with no given name in it, is that body's name.
 */
const BODY_NOUNS = new Set(['newspaper', 'daily', 'magazine', 'broadcaster', 'firm', 'company', 'agency', 'airline', 'carrier', 'bank', 'conglomerate', 'holding']);
/**
 * "Ts.Batbold", "D. Tsogtbaatar": a run opened by an initial is a person's name. ("group" is no body
 * noun above: "the friendship group Ts.Batbold", "the working group's head X" name people after it.)
 */
const INITIAL = /^\p{Lu}\p{Ll}?\./u;
/** Nouns of bodies before "such as", "including", "like": "companies such as". */
const BODY_KINDS = new Set(['companies', 'firms', 'enterprises', 'corporations', 'businesses', 'manufacturers', 'producers', 'banks', 'groups', 'operators', 'investors', 'carmakers', 'automakers']);

/**
 * Whether the list a run stands in (capitalised names, commas, "and") is governed by words that
 * take bodies: "representatives of A, B and C", "companies such as A and B".
 */
function bodyListBefore(s: SentenceScan, start: number): boolean {
  let k = start - 1;
  // "the chief executives of HSBC and Standard Chartered, Georges Elhedery and Bill Winters": a list's
  // "and" comes before its last item, so a comma after the item that follows "and" ends the list, and
  // what comes after it stands in apposition to the phrase the list is in.
  let comma = false;
  while (k > s.first && start - k <= MAX_LIST_TOKENS && (s.isCap(k) || s.lower(k) === ',' || s.lower(k) === 'and')) {
    if (s.lower(k) === ',') comma = true;
    else if (s.lower(k) === 'and' && comma && s.lower(k - 1) !== ',') return false;
    k--;
  }
  const w = s.lower(k);
  if ((w === 'of' || w === 'from') && BODY_MEMBERS.has(s.lower(k - 1))) return true;
  if (w === 'including' || w === 'like') return BODY_KINDS.has(s.lower(k - 1)) || bodyKindsBeforeComma(s, k - 1);
  return w === 'as' && s.lower(k - 1) === 'such' && BODY_KINDS.has(s.lower(k - 2));
}

/** Nouns for a kind of place, whose "of" names one: "the port of", "the district of", with the kind of place each names. */
const PLACE_NOUNS = new Map<string, 'city' | 'region' | 'other'>([
  ['port', 'city'], ['ports', 'city'], ['harbour', 'city'], ['harbor', 'city'], ['town', 'city'], ['towns', 'city'],
  ['village', 'city'], ['villages', 'city'], ['city', 'city'], ['cities', 'city'],
  ['district', 'region'], ['districts', 'region'], ['province', 'region'], ['provinces', 'region'], ['county', 'region'],
  ['subdistrict', 'region'], ['prefecture', 'region'], ['municipality', 'region'], ['township', 'region'], ['commune', 'region'],
  ['island', 'other'], ['islands', 'other'],
]);
/** Verbs of travel, whose "to" or "from" names where someone or something went: "sailed to", "flew from". */
const TRAVEL_VERBS = new Set(['travelled', 'traveled', 'sailed', 'flew', 'headed', 'returned', 'went', 'drove', 'departed', 'proceeded', 'relocated', 'shipped', 'travel', 'travels', 'sail', 'sails', 'fly', 'flies']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * "September 7, 2020, Novo-Ogaryovo": a line of its own that gives a date and then, after a comma,
 * a capitalised name and nothing more is a dateline; the name is where the text was issued.
 */
function datelinePlace(s: SentenceScan, start: number, end: number): boolean {
  if (start - s.first < 3 || s.tok(start - 1)?.text !== ',') return false;
  for (let k = end; k < s.last; k++) if (/\p{L}|\p{N}/u.test(s.tok(k)!.text)) return false;
  let month = false;
  let year = false;
  for (let k = s.first; k < start - 1; k++) {
    const text = s.tok(k)!.text;
    if (MONTHS.has(s.lower(k))) month = true;
    else if (/^\d{4}$/.test(text)) year = true;
    else if (!/^(?:\d{1,2}(?:st|nd|rd|th)?|,)$/.test(text)) return false;
  }
  if (!month || !year) return false;
  // The line stands alone: only a line break or the start of the text before it, and one after it.
  // Read character by character from the line's ends, never by slicing to the text's ends: a long
  // text may hold many such lines.
  const text = s.text;
  let a = s.tokens[s.first]!.start;
  while (a > 0 && (text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  let b = s.tokens[s.last - 1]!.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\t' || text[b] === '.')) b++;
  return (a === 0 || text[a - 1] === '\n') && (b === text.length || text[b] === '\n');
}

/**
 * The kind of place a list the run stands in is governed by: "the port of A", "the ports of A and B",
 * "sailed to A", "flew from A"; null when no such words govern it. Walked back over the list's items
 * (capitalised words, "and", "the").
 */
function placeGoverning(s: SentenceScan, start: number): 'city' | 'region' | 'other' | null {
  let k = start - 1;
  // No comma: "the province of Heilongjiang, Liang Huiling," sets the office's holder off after the place.
  while (k > s.first && start - k <= MAX_LIST_TOKENS && (s.isCap(k) || /^(?:and|the)$/.test(s.lower(k)))) {
    // "the islands of Fiji and Foreign Minister X": an office in the list introduces its holder.
    if (s.titleHit(k)) return null;
    k--;
  }
  const w = s.lower(k);
  if (w === 'of' && !s.isCap(k - 1)) return PLACE_NOUNS.get(s.lower(k - 1)) ?? null;
  if ((w === 'to' || w === 'from') && TRAVEL_VERBS.has(s.lower(k - 1))) return 'other';
  return null;
}

/** The last token before the two final words of a name run that is a metal a mine yields ("Ridge Gold"), else -1. */
function metalInside(s: SentenceScan, start: number, end: number): number {
  const { mineWords } = wordLists();
  for (let k = end - 3; k >= start; k--) if (mineWords.has(s.lower(k))) return k;
  return -1;
}

/** Most never-a-name words that open a company's name before the words a name run takes: "Northern (Ridge Gold)". */
const COMPANY_OPENER_WORDS = 2;

/**
 * The first token of a company's name whose later words open a name run at `start`: the run's own first
 * token, or the free capitalised never-a-name words right before it ("Northern", "Global") after an "of".
 */
function companyOpener(s: SentenceScan, start: number): number {
  const { nonName } = wordLists();
  let k = start;
  while (k > s.first && start - k < COMPANY_OPENER_WORDS && s.isCap(k - 1) && s.claimOf(k - 1) === Claim.Free && nonName.has(s.tokenKey(k - 1))) k--;
  return k < start && s.lower(k - 1) === 'of' ? k : start;
}

/** Most tokens of the body an office is of, before a second "of": "(Chairman) of the Board of Directors (of)". */
const OFFICE_BODY_REACH = 6;

/**
 * Whether "of" right before token `start` follows a business office: "CEO of", "Chairman of",
 * "Chairman of the Board of Directors of", or an office that heads companies as well ("Chief
 * Executive of"), whose place complements are read before this.
 */
function businessOfficeOf(s: SentenceScan, start: number): boolean {
  if (s.lower(start - 1) !== 'of') return false;
  let k = start - 2;
  while (k > s.first && start - 2 - k < OFFICE_BODY_REACH && !s.titleHit(k) && (s.isCap(k) || /^(?:of|the)$/.test(s.lower(k)))) k--;
  const office = s.titleHit(k);
  return office !== undefined && (office.entry.sector === 'BUS' || office.entry.company) && (k === start - 2 || s.lower(office.end) === 'of');
}

/** Most tokens of a place phrase between a body noun and ", including": "companies to Hanoi, including". */
const PLACE_PHRASE_TOKENS = 4;

/**
 * "12 U.S. companies, including A", "companies to Hanoi, including A": the noun of bodies before the
 * comma, perhaps followed by a phrase of place ("to", "from", "in" and a capitalised name).
 */
function bodyKindsBeforeComma(s: SentenceScan, comma: number): boolean {
  if (s.lower(comma) !== ',') return false;
  let k = comma - 1;
  if (!BODY_KINDS.has(s.lower(k))) {
    const stop = k - PLACE_PHRASE_TOKENS;
    while (k > s.first && k > stop && s.isCap(k)) k--;
    if (!(k < comma - 1 && /^(?:to|from|in)$/.test(s.lower(k)) && BODY_KINDS.has(s.lower(k - 1)))) return false;
    k--;
  }
  // "executives of the companies, including A": the list may be of the people the bodies are a complement to.
  return !(s.lower(k - 1) === 'the' && s.lower(k - 2) === 'of');
}

/** Most drafts looked back through for the person whose name ends at a token: those of the few words before it. */
const RECENT_DRAFTS = 6;

/**
 * Whether the office before the "of" at `start - 1` is written with capitals, as a title before a name is,
 * and does not follow a comma: "Niran Chai, Chief Executive of Siam Freight Lines," is in apposition to
 * the name before it and has no holder after it.
 */
function capitalOfficeBefore(s: SentenceScan, start: number): boolean {
  const office = s.titleHit(start - 2);
  return office !== undefined && office.end === start - 1 && s.isCap(office.start) && s.isCap(start - 2) && !/^[,(]$/.test(s.tok(office.start - 1)?.text ?? '');
}

/** A person's name, already read in this sentence, ends at token `k`. */
function personEndsAt(s: SentenceScan, k: number): boolean {
  for (let d = s.out.length - 1; d >= 0 && s.out.length - d <= RECENT_DRAFTS; d--) {
    const m = s.out[d]!;
    if (m.tokenEnd === k + 1) return m.type === 'person' && m.form === 'name';
  }
  return false;
}

/** Head nouns of gatherings that are named for those who gather: "Forum of Young Engineers", "Congress of Young Scientists". */
const GATHERING_HEADS = new Set(['forum', 'congress', 'conference', 'summit', 'festival', 'assembly', 'convention', 'olympiad', 'championship', 'contest', 'competition', 'rally', 'school']);
/** The ending of an English plural noun: a consonant and "s", or "es" ("Engineers", "Producers", "Farmers"). */
const PLURAL_NOUN = /^\p{Lu}\p{Ll}*(?:[^aeiousy\P{Ll}]s|es)$/u;
/** Words that open a phrase before a body's name but are no part of it. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/**
 * Whether the capitalised word at `head` is the head noun of a body or a gathering ("Forum",
 * "Union", "Association") and the run that follows its "of", ending before `end`, ends in a plural noun.
 */
function membersOfBody(s: SentenceScan, head: number, end: number): boolean {
  if (head < s.first || !s.isCap(head) || s.claimOf(head) !== Claim.Free) return false;
  const l = s.lower(head);
  if (!GATHERING_HEADS.has(l) && !wordLists().orgHeads.has(l)) return false;
  return PLURAL_NOUN.test(s.tok(end - 1)!.text);
}

/** The first word of a body's name whose head noun is at `head`: capitalised free words before it ("International Forum"). */
function bodyNameStart(s: SentenceScan, head: number): number {
  let j = head;
  while (j - 1 >= s.first && j - head < 6 && s.isCap(j - 1) && s.claimOf(j - 1) === Claim.Free && !PHRASE_OPENERS.has(s.lower(j - 1))) j--;
  return j;
}

function hasGivenName(s: SentenceScan, run: { start: number; end: number }): boolean {
  for (let k = run.start; k < run.end; k++) if (s.isGiven(k)) return true;
  return false;
}

/** Most tokens of the name of a thing walked back over to find an office before it. */
const MAX_THING_NAME = 10;

/** An office word opens the phrase of capitalised words and "of", "the", "and" ending at `last`. */
function officeOpensPhrase(s: SentenceScan, last: number): boolean {
  for (let k = last; k >= s.first && last - k < MAX_THING_NAME; k--) {
    if (!s.isCap(k) && !/^(?:of|the|and|for|-|–)$/.test(s.lower(k))) return false;
    if (s.isCap(k) && isTitleWord(s.tok(k)!.text)) return true;
  }
  return false;
}

/** Capitalised words of state decorations, whose "of" names the decoration after someone or something. */
const DECORATIONS = /^(?:Order|Orders|Medal|Medals|Cross|Star)$/;

/** The run starting at `start` follows "Order of" or "Medal of" (with "the" between or not). */
function decorationOf(s: SentenceScan, start: number): boolean {
  let k = start - 1;
  if (s.lower(k) === 'the') k--;
  return s.lower(k) === 'of' && DECORATIONS.test(s.tok(k - 1)?.text ?? '');
}

/** A common noun in lower case right after the phrase: "the Verkhny Lars checkpoint". */
function thingAfter(s: SentenceScan, end: number): boolean {
  const t = s.tok(end);
  // "received Nguyen Hoa Binh today": a word of time the tagger reads as a noun qualifies nothing.
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !TIME_WORDS.has(t.text);
}

/**
 * Nouns a person's name qualifies after an article: "the Anna Petrova delegation", "the Petrova
 * administration", "the Petrova visit". Any other noun makes the phrase a thing's name.
 */
const PERSON_HEADS = new Set(['delegation', 'delegations', 'team', 'family', 'administration', 'government', 'cabinet', 'visit', 'trip', 'tour', 'presidency', 'era', 'years', 'camp', 'campaign', 'office', 'aides', 'side']);

/** Nouns of time that follow a verb's object, not a name they qualify. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/**
 * "a", "an" or "the" before the phrase, perhaps with a place between ("the Hong Kong FinTech Awards").
 * A body after a capitalised office and "of the" is the office's subject, and the phrase after it
 * its holder's name: "Member of the Bundestag Petra Lenz", "members of the Bundestag A and B".
 */
function articleBefore(s: SentenceScan, start: number): boolean {
  let k = start - 1;
  const h = s.nameHit(k);
  if (h && h.hit.entry.kind !== 'person') {
    k = h.start - 1;
    if (h.hit.entry.kind === 'organization' && s.lower(k) === 'the' && s.lower(k - 1) === 'of'
      && (s.isCap(k - 2) || /^(?:members?|deput(?:y|ies)|delegates?|representatives?)$/.test(s.lower(k - 2)))) return false;
  }
  return /^(?:a|an|the)$/.test(s.lower(k));
}

/**
 * "Indonesia's Minister for Foreign Affairs, Sugiono, said": one word set off by commas right after an
 * office, closed by a comma and a lower-case word, is the holder's whole name, as one-word names are
 * in Indonesia and elsewhere. Not a word any lexicon knows (a place, a body, a portfolio: "Minister of
 * Trade, Industry, and Energy"), nor one tagged as no proper noun.
 */
function mononymInApposition(s: SentenceScan, run: NameRun): boolean {
  if (run.words !== 1 || run.end !== run.start + 1 || s.nameHit(run.start) || s.titleHit(run.start)) return false;
  if (s.tok(run.start)!.pos !== 'PROPN' || hasNonNameWord(s, run)) return false;
  // ", and" or ", or" after the word goes on with a list of the office's portfolios ("Minister of Health,
  // Nutrition, and Indigenous Medicine").
  const after = s.tok(run.end + 1)?.text ?? '';
  if (s.tok(run.end)?.text === ',' && /^\p{Ll}/u.test(after) && !/^(?:and|or|nor)$/.test(after) && appositionAfterOffice(s, run.start)) return true;
  return officeAfterMononym(s, run.start);
}

/** Most words an office's complement runs on after the office the lexicon knows, before its comma. */
const OFFICE_TAIL_REACH = 12;

/**
 * "said Sugiono, Indonesia's Minister of Foreign Affairs", "chaired by Prabowo, the President of
 * Indonesia, and": one word followed by an office with its own complement, perhaps after "the" or a
 * state's possessive, is the holder's whole name when the office is set off as an apposition, closed by
 * a comma or the sentence's end before any verb. Near misses: "Bogor, the Minister of Trade said, will
 * host" (the office is the subject of a verb of its own); "In Bogor, the Minister of Trade met" (a word
 * after a preposition of place or time names a place, not a holder; "by" and "with" take people).
 */
function officeAfterMononym(s: SentenceScan, k: number): boolean {
  const before = s.tok(k - 1);
  if (k > s.first && before !== undefined) {
    if (before.pos === 'DET' || /^\p{Lu}/u.test(before.text)) return false;
    if (before.pos === 'ADP' && !/^(?:by|with)$/.test(s.lower(k - 1))) return false;
  }
  if (!officeApposedAfter(s, k, true)) return false;
  const at = s.lower(k + 2) === 'the' ? k + 3 : k + 2;
  let j = Math.max(at + 1, s.titleHit(at)?.end ?? at + 1);
  for (const stop = Math.min(s.last, j + OFFICE_TAIL_REACH); j < stop; j++) {
    const t = s.tok(j)!;
    if (t.text === ',' || /^[.!?;:]$/.test(t.text)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return j >= s.last;
}
