import { countryName } from '../../lexicon/countries.js';
import { isAllCaps, lookupKey, singleSpaced } from '../../lexicon/normalize.js';
import { titleByWords } from '../../lexicon/titles.js';
import { wordLists } from '../../lexicon/words.js';
import { Claim, type SentenceScan } from './context.js';
import { countryAfter, countryWordAt, countryWordBefore } from './country-words.js';
import { groupAfterCountry, sectorOfGroupAfter } from './groups.js';
import { appositionAfterOffice, bodyEndsName, isFirstNameHit, isLastNameHit, isMiddleCityHit, officeApposedAfter, subjectBeforeReportVerb } from './names.js';

const OF_IN = new Set(['of', 'in']);

/** The name as the text writes it ("S. Jaishankar", "Erdoğan"). */
function sameName(written: string, listed: string): string {
  // The document's own spelling is the name it gives; the listed form only fills gaps.
  void listed;
  return singleSpaced(written);
}
const COUNTRY_KINDS = new Set(['country', 'demonym']);

/**
 * "Hungarian and Romanian officials", "US and British forces": a country word joined by
 * "and" or a comma to another that has a group noun shares that noun's sector.
 */
function sharedGroupSector(s: SentenceScan, end: number): string | null {
  const link = s.lower(end);
  if (link !== 'and' && link !== ',') return null;
  const other = s.nameHit(end + 1);
  if (!other || other.start !== end + 1 || !COUNTRY_KINDS.has(other.hit.entry.kind)) return null;
  return sectorOfGroupAfter(s, other.end);
}

/**
 * Whether token k is a second family name written onto a listed person's name: a free capitalised
 * word, tagged as a proper noun, that is no title, no other listed name and no word that never
 * stands in a name ("Government", "Tuesday").
 */
function secondSurnameAt(s: SentenceScan, k: number): boolean {
  if (k >= s.last || !s.isCap(k) || !s.free(k, k + 1) || s.nameHit(k) || s.titleHit(k)) return false;
  const t = s.tok(k)!;
  const { nonName, orgHeads } = wordLists();
  if (t.pos !== 'PROPN' || nonName.has(t.lower) || orgHeads.has(t.lower) || isAllCaps(t.text)) return false;
  // One word, not the first of a capitalised run that names something else ("Putin Kremlin Palace").
  return !(k + 1 < s.last && s.isCap(k + 1));
}

/** Sectors of the bodies named after people ("Nelson Mandela University", "Kwame Nkrumah Foundation"). */
const NAMED_AFTER_HEADS = new Set(['EDU', 'MED', 'SOC']);

/** Whether token k is the capitalised head noun of such a body, so that a listed person's name before it names the body. */
function bodyHeadAt(s: SentenceScan, k: number): boolean {
  return k < s.last && s.isCap(k) && NAMED_AFTER_HEADS.has(wordLists().orgHeads.get(s.lower(k)) ?? '');
}

/** Capitalised words that may stand between a person's name and a facility named after the person. */
const FACILITY_WORDS_BETWEEN = 2;

/**
 * Whether the capitalised words right after a name end, within FACILITY_WORDS_BETWEEN more, in the head of a
 * facility's name (words.tsv `facility`: "Kenneth Kaunda International Airport", "the Nelson Mandela
 * Bridge"), so that the name is the facility's. A person's name is no facility's head.
 */
function facilityHeadAfter(s: SentenceScan, k: number): boolean {
  const { facilities } = wordLists();
  for (let j = k; j < s.last && j <= k + FACILITY_WORDS_BETWEEN && s.isCap(j); j++) if (facilities.has(s.tokenKey(j))) return true;
  return false;
}

/**
 * Whether a listed person's name from..to names a thing after that person: it stands before the head
 * of a body (bodyHeadAt), or right after "the" and right before a free capitalised word that is no
 * name or office ("the Willy Brandt House", "the Lennart Meri Conference"). A person's own name takes
 * no article.
 */
export function namesThingAt(s: SentenceScan, from: number, to: number): boolean {
  if (bodyHeadAt(s, to) || facilityHeadAfter(s, to)) return true;
  if (from - 1 < s.first || s.lower(from - 1) !== 'the' || to >= s.last) return false;
  return s.isCap(to) && s.free(to, to + 1) && !s.nameHit(to) && !s.titleHit(to) && !s.glued(to);
}

/**
 * Whether the one-word city at i follows a listed given name that opens a name ("the ambassador, Jorge
 * Lima, said"), or the first word of a name in apposition to an office ("the Ambassador to Chile, Claire
 * Wales, said"), so that isLastNameHit reads it as the surname. A capitalised word before the given name
 * ("São Paulo Lima") makes the given name part of something else.
 */
function cityAfterGivenName(s: SentenceScan, i: number): boolean {
  const g = i - 1;
  // "Mr Najaf met the governor": a style of address before the city.
  if (isLastNameHit(s, i, 0)) return true;
  if (g < s.first || !s.isCap(g) || !(s.isGiven(g) || appositionAfterOffice(s, g) || subjectBeforeReportVerb(s, i) || officeApposedAfter(s, i)) || s.claimOf(g) !== Claim.Free || s.nameHit(g) || s.titleHit(g) || s.glued(i)) return false;
  if (g - 1 >= s.first && s.isCap(g - 1) && s.claimOf(g - 1) === Claim.Free) return false;
  return isLastNameHit(s, i, 1);
}

/** Mentions for every lexicon name left free: places, countries, possessives, demonyms, organisations, listed people. */
export function lexiconNames(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    const h = s.nameHit(i);
    if (!h || h.start !== i || !s.free(h.start, h.end)) continue;
    if (isFirstNameHit(s, i)) continue;
    const e = h.hit.entry;
    const first = s.tokens[h.start]!;
    const last = s.tokens[h.end - 1]!;
    switch (e.kind) {
      case 'person': {
        // "Nelson Mandela University", "Jawaharlal Nehru Foundation": a listed name right before the head
        // noun of a university, hospital or society is that body's name, not the person.
        // "the Willy Brandt House": so does one after "the" before another capitalised word.
        if (namesThingAt(s, h.start, h.end)) break;
        // "King Abdullah II", "Pope Francis": a listed form that opens with a title is title plus name.
        const leading = h.end - h.start > 1 ? titleByWords(s.tok(h.start)!.text) : null;
        const from = leading ? h.start + 1 : h.start;
        // "Mohammed bin Zayed Al Nahyan": a family name after a particle goes on the listed name.
        let to = h.end;
        const { particles } = wordLists();
        // "Abdullah II ibn Al Hussein": two particles in a row go on to the word after the second, listed or not.
        for (;;) {
          if (to + 2 < s.last && particles.has(s.lower(to)) && particles.has(s.lower(to + 1)) && s.isCap(to + 1) && s.isCap(to + 2)
            && s.free(to, to + 3) && !s.titleHit(to + 2)) to += 3;
          else if (to + 1 < s.last && particles.has(s.lower(to)) && s.isCap(to + 1) && s.free(to, to + 2) && !s.nameHit(to + 1) && !s.titleHit(to + 1)) to += 2;
          else break;
        }
        // "Josep Borrell Fontelles", "Denis Moncada Colindres": a second family name right after the listed one.
        if (to === h.end && secondSurnameAt(s, to)) to += 1;
        const end = s.tokens[to - 1]!;
        s.push({
          start: s.tokens[from]!.start, end: end.end, tokenStart: from, tokenEnd: to,
          type: 'person', form: 'name', canonical: to > h.end ? s.span(from, to) : sameName(s.span(from, h.end), e.person.name), country: e.person.country,
          sector: e.person.sector, countrySource: 'lexicon', title: leading ? s.tok(h.start)!.text : e.person.title, rule: 'person-lexicon',
        });
        if (leading) s.take(h.start, h.start + 1, Claim.Title);
        break;
      }
      case 'organization': {
        // "Thérèse Kayikwamba Wagner": the surname of the name before it, which the name finder takes whole.
        if (bodyEndsName(s, h.start)) break;
        if (seatAsVenue(s, h.start, h.end, e.org.name)) {
          // Taken as no mention, so that no later finder reads the building as the body.
          s.take(h.start, h.end);
          break;
        }
        let country = s.bodyCountry(e.org.name) ?? e.org.code;
        if (!country || e.org.national) {
          const before = countryWordBefore(s, h.start);
          if (before && before.hit.hit.entry.kind !== 'organization') country = before.country;
          else if (!country) country = countryAfter(s, h.end, OF_IN)?.country ?? null;
        }
        const written = s.span(h.start, h.end);
        // "UN peacekeepers", "NATO troops": an organisation word before a group noun names that group.
        // (A listed body's own kind wins over "movement" or "party" after it: "Palestinian Islamic Jihad movement".)
        const cw = countryWordAt(s, h.start);
        const after = s.groupAt(h.end);
        if (cw && !cw.possessive && country && !(e.org.sector && after && after.noun.sector !== 'MIL' && after.noun.sector !== 'GOV')
          && groupAfterCountry(s, { start: cw.start, end: cw.end, country, hit: cw.hit, possessive: cw.possessive }, 'org-group')) break;
        // "Siemens AG", "Bloomberg LP": a legal form written right after a listed body's name is part of
        // that name, never a word of its own (nor a person's name).
        const suffix = h.end < s.last && !s.glued(h.end) && s.claimOf(h.end) === Claim.Free && wordLists().legalSuffixes.has(s.tok(h.end)!.text);
        const to = suffix ? h.end + 1 : h.end;
        s.push({
          start: first.start, end: s.tokens[to - 1]!.end, tokenStart: h.start, tokenEnd: to,
          type: 'organization', form: isAllCaps(written) && !written.includes(' ') ? 'acronym' : 'name',
          canonical: e.org.name, country, sector: e.org.sector, rule: 'org-lexicon',
        });
        break;
      }
      case 'country':
      case 'place': {
        // "The Minister of Economy, Pedro Braga, met ...": a city right after a listed given name that stands
        // alone is the surname, left to the name finder.
        if (cityAfterGivenName(s, i)) break;
        // "Elnur Baku Gasimov": a city between two name words is a middle name, left to the name finder.
        if (isMiddleCityHit(s, i)) break;
        const cw = countryWordAt(s, i)!;
        if (cw && groupAfterCountry(s, cw, cw.possessive ? 'possessive-group' : 'country-group')) break;
        const shared = cw && !cw.possessive ? sharedGroupSector(s, h.end) : null;
        if (shared && cw) {
          s.push({
            start: first.start, end: last.end, tokenStart: h.start, tokenEnd: h.end, type: 'organization', form: 'nominal',
            canonical: `${countryName(cw.country) ?? cw.country} ${shared.toLowerCase()}`, country: cw.country, sector: shared,
            rule: 'country-shared-group',
          });
          break;
        }
        const place = e.kind === 'country'
          ? { name: e.name, kind: 'country' as const, country: e.iso3 }
          : e.place;
        const end = cw?.possessive ? cw.end : h.end;
        s.push({
          start: first.start, end: s.tokens[end - 1]!.end, tokenStart: h.start, tokenEnd: end,
          type: 'place', form: cw?.possessive ? 'possessive' : 'name', canonical: place.name,
          country: place.country, sector: null, placeKind: place.kind, rule: e.kind === 'country' ? 'country-name' : `${place.kind}-name`,
        });
        break;
      }
      case 'demonym': {
        const cw = countryWordAt(s, i);
        if (cw && !cw.possessive && groupAfterCountry(s, cw, 'demonym-group')) break;
        const sector = sharedGroupSector(s, h.end);
        const name = countryName(e.iso3) ?? e.iso3;
        s.push({
          start: first.start, end: last.end, tokenStart: h.start, tokenEnd: h.end,
          type: sector ? 'organization' : 'place', form: sector ? 'nominal' : 'demonym',
          canonical: sector ? `${name} ${sector}` : name, country: e.iso3, sector,
          placeKind: sector ? undefined : 'country', rule: sector ? 'demonym-shared-group' : 'demonym',
        });
        break;
      }
      case 'people': {
        s.push({
          start: first.start, end: last.end, tokenStart: h.start, tokenEnd: h.end,
          type: 'organization', form: 'nominal', canonical: s.key(h.start, h.end),
          country: e.iso3, sector: 'CVL', rule: 'people-noun',
        });
        break;
      }
    }
    i = Math.max(i, h.end - 1);
  }

}

/** Prepositions of place before a building: "talks in the Kremlin", "welcome you to the Kremlin". */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'to', 'into', 'inside', 'outside', 'within']);

/**
 * "Vladimir Putin met in the Kremlin with ...", "The Kremlin, Moscow": a seat of government the
 * organisations list gives as a body is the building after a preposition of place, or before a comma
 * and a listed place; "the Kremlin said", "a statement from the White House" keep the body.
 */
function seatAsVenue(s: SentenceScan, start: number, end: number, name: string): boolean {
  if (!wordLists().seats.has(lookupKey(name))) return false;
  let k = start - 1;
  if (k >= s.first && s.lower(k) === 'the') k--;
  if (k >= s.first && VENUE_PREPOSITIONS.has(s.lower(k))) return true;
  if (s.lower(end) !== ',') return false;
  const next = s.nameHit(end + 1);
  return next !== undefined && next.start === end + 1 && (next.hit.entry.kind === 'place' || next.hit.entry.kind === 'country');
}
