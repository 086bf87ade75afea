import { alternatives, cached, readTsv } from './data.js';
import { countryLexicon } from './countries.js';
import { lookupKey } from './normalize.js';
import { officesOf, roleOfTitle, titleByWords } from './titles.js';
import { wordLists } from './words.js';
import { nameRecord } from './name-record.js';

export interface KnownPerson {
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly title: string | null;
  /** For people of international bodies, the state they come from (see people.tsv), else null. */
  readonly home: string | null;
}

export interface PeopleLexicon {
  readonly byName: ReadonlyMap<string, KnownPerson>;
  /** A monarch's name without the reign's numeral or the style ("felipe" for "King Felipe VI") -> monarchs. */
  readonly byReignName: ReadonlyMap<string, readonly KnownPerson[]>;
  /** Surname key -> everyone listed with that surname. */
  readonly bySurname: ReadonlyMap<string, readonly KnownPerson[]>;
  /** Name key with hyphens read as spaces ("abdel fattah el sisi") -> the person, for spellings that hyphenate otherwise. */
  readonly byUnhyphenated: ReadonlyMap<string, KnownPerson>;
}

export const peopleLexicon = cached((): PeopleLexicon => {
  const byName = new Map<string, KnownPerson>();
  const bySurname = new Map<string, KnownPerson[]>();
  const byReignName = new Map<string, KnownPerson[]>();
  const byUnhyphenated = new Map<string, KnownPerson>();
  for (const [names, country, sector, title, home] of readTsv('people.tsv')) {
    const forms = alternatives(names);
    if (!forms[0]) continue;
    const person: KnownPerson = {
      name: forms[0],
      country: country && country !== '-' ? country : null,
      sector: sector && sector !== '-' ? sector : null,
      title: title && title !== '-' ? title : null,
      home: home && home !== '-' ? home : null,
    };
    for (const f of forms) {
      byName.set(lookupKey(f), person);
      const unhyphenated = unhyphenate(lookupKey(f));
      if (!byUnhyphenated.has(unhyphenated)) byUnhyphenated.set(unhyphenated, person);
      const words = lookupKey(f).split(' ');
      const surname = words[words.length - 1]!;
      const list = bySurname.get(surname) ?? [];
      if (!list.includes(person)) list.push(person);
      bySurname.set(surname, list);
      const reign = person.title && MONARCHS.test(person.title) ? reignName(f) : null;
      if (reign) {
        const same = byReignName.get(reign) ?? [];
        if (!same.includes(person)) same.push(person);
        byReignName.set(reign, same);
      }
    }
  }
  return { byName, bySurname, byReignName, byUnhyphenated };
});

const unhyphenate = (key: string) => key.replace(/[-‐‑]/g, ' ');

/** "Abdel-Fattah El-Sisi" for the listed "Abdel Fattah el-Sisi": the same words, hyphenated otherwise. */
function byOtherHyphens(name: string, key: string): KnownPerson | null {
  if (!/[-‐‑]/.test(name)) return null;
  return peopleLexicon().byUnhyphenated.get(unhyphenate(key)) ?? null;
}

/** A listed public figure by full name, or null. */
export function personByName(name: string): KnownPerson | null {
  // Kept on the name's record: the same names recur in every text about the same people, and most
  // are no listed figure, which takes every other spelling the list allows to tell.
  const record = nameRecord(name);
  if (record.person !== undefined) return record.person;
  const { key } = record;
  const found = peopleLexicon().byName.get(key) ?? byInitialAndSurname(name) ?? byLineage(name) ?? byFamilyNameFirst(key) ?? withoutMiddleInitial(name) ?? withoutPatronymic(key) ?? byOtherHyphens(name, key);
  record.person = found;
  return found;
}

/** A middle initial between given name and surname: the " R." of "Ferdinand R. Marcos Jr.". */
const MIDDLE_INITIAL = /(?<=^\p{Lu}[\p{L}'’-]+)[ \t\u00a0]+\p{Lu}\.(?=[ \t\u00a0]+\p{Lu})/u;

/**
 * "Ferdinand R. Marcos Jr." is the listed "Ferdinand Marcos Jr.": English writes a middle initial
 * after the given name or leaves it out, so a name that differs from a listed one by that initial alone
 * is the same person. Any other word more or less is another name.
 */
function withoutMiddleInitial(name: string): KnownPerson | null {
  // The initial's full stop: a name without one has no initial to leave out (most names a text brings).
  if (!name.includes('.')) return null;
  const trimmed = name.trim();
  const bare = trimmed.replace(MIDDLE_INITIAL, '');
  return bare === trimmed ? null : peopleLexicon().byName.get(lookupKey(bare)) ?? null;
}

/**
 * "Ilham Heydar oglu Aliyev" is the listed "Ilham Aliyev": a Turkic patronymic (the father's name and
 * the word for son or daughter) stands between given name and surname in the full form and is left
 * out in the short one English usually writes. Only a patronymic with a surname after it is cut:
 * "Nurlanbek Turgunbek uulu" has no other name to be known by.
 */
function withoutPatronymic(key: string): KnownPerson | null {
  const words = key.split(' ');
  if (words.length < 4) return null;
  const { patronymicSuffixes } = wordLists();
  for (let k = 2; k < words.length - 1; k++) {
    if (!patronymicSuffixes.has(words[k]!)) continue;
    return peopleLexicon().byName.get([...words.slice(0, k - 1), ...words.slice(k + 1)].join(' ')) ?? null;
  }
  return null;
}

/** Offices of monarchs, whose reign's numeral the text may leave out. */
const MONARCHS = /^(?:King|Queen|Emperor|Sultan|Emir|Amir|Grand Duke|Pope)$/;
/** Roman numerals of a reign: "VI", "XVI", "II". */
const REIGN_NUMERAL = /^[ivxl]+$/;

/** "King Felipe VI" -> "felipe", "Carl XVI Gustaf" -> "carl gustaf"; null for a name with neither style nor numeral. */
function reignName(form: string): string | null {
  const words = lookupKey(form).split(' ');
  const kept = words.filter((w, k) => !REIGN_NUMERAL.test(w) && !(k === 0 && MONARCHS.test(w.charAt(0).toUpperCase() + w.slice(1))));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : null;
}

/**
 * "King Felipe", "Queen Elizabeth", "King Carl Gustaf": a monarch named by the given name alone
 * under the office, when one listed monarch of that office bears it.
 */
export function monarchByName(name: string, title: string | null): KnownPerson | null {
  if (!title || !MONARCHS.test(title)) return null;
  const list = (peopleLexicon().byReignName.get(lookupKey(name)) ?? []).filter((p) => p.title === title);
  return list.length === 1 ? list[0]! : null;
}

/** States whose officials' names are written family name first in their own releases. */
const FAMILY_NAME_FIRST = new Set(['JPN', 'CHN', 'KOR', 'PRK', 'TWN', 'HUN', 'VNM']);

/**
 * "Abe Shinzo", "Orbán Viktor": a listed figure of a state that writes the family name first, named
 * in that order where the list has the given name first (and the other way round).
 */
function byFamilyNameFirst(key: string): KnownPerson | null {
  // The key's words are the name's, folded one by one and joined by single spaces.
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return null;
  const found = peopleLexicon().byName.get(`${key.slice(space + 1)} ${key.slice(0, space)}`);
  return found?.country && FAMILY_NAME_FIRST.has(found.country) ? found : null;
}

/** An office's head word in its listed form: "Secretary-General of the United Nations" -> "secretary-general". */
function officeHead(title: string): string {
  const head = lookupKey(title).split(/ (?:of|for|to) /)[0]!;
  const entry = titleByWords(head);
  return entry ? lookupKey(entry.title) : head;
}

/**
 * The country a listed figure takes when the text writes `title` before or beside the name. A list
 * gives people of international bodies the body's code ("Kaja Kallas", EUR, High Representative);
 * many of them held a national office before ("Prime Minister Kaja Kallas" of Estonia), so where the
 * text names a minister's or head of government's office instead of the listed one, the office is of
 * the state the list says they come from, or of none it knows. A state's code stands whatever the office: its people mostly serve it in each.
 */
export function listedCountryWithTitle(known: KnownPerson | null, title: string | null): string | null {
  if (!known?.country) return null;
  if (!title || countryLexicon().byIso3.has(known.country)) return known.country;
  const offices = officesOf(title);
  if (known.title && offices.some((office) => officeHead(office) === officeHead(known.title!))) return known.country;
  // "Vice-President", "Special Envoy": offices international bodies have too keep the body's code;
  // a minister's or a head of government's office is a state's.
  return offices.some(nationalOffice) ? known.home : known.country;
}

/**
 * Whether `written` and `listed` are two different offices, both of the kind only states have: a
 * head of government and a minister, or two ministers whose portfolios share no word.
 */
function otherStateOffice(written: string, listed: string | null): boolean {
  if (!listed || !nationalOffice(written) || !nationalOffice(listed)) return false;
  const heads = roleOfTitle(listed) === 'hog';
  const listedWords = portfolioWords(listed);
  return officesOf(written).every((office) => {
    if ((roleOfTitle(office) === 'hog') !== heads) return true;
    const words = portfolioWords(office);
    return words.length > 0 && listedWords.length > 0 && !words.some((w) => listedWords.includes(w));
  });
}

/** The portfolio words of an office in its listed form ("External Affairs Minister" -> "foreign"). */
function portfolioWords(office: string): string[] {
  const entry = titleByWords(office);
  const { portfolio } = wordLists();
  return lookupKey(entry ? entry.title : office).split(/[ -]+/).filter((w) => portfolio.has(w));
}

/** Offices only states have: ministers of every kind, heads of government. */
function nationalOffice(office: string): boolean {
  return /\bminister\b/.test(lookupKey(office)) || roleOfTitle(office) === 'hog';
}

/** " bin ", " ibn ", " bint ": each links a name to the father's in an Arabic lineage. */
const LINEAGE_LINK = /[ \t\u00a0]+(?:bin|ibn|bint)[ \t\u00a0]+/giu;
/** LINEAGE_LINK, asked only whether a name has one. */
const HAS_LINEAGE_LINK = /[ \t\u00a0]+(?:bin|ibn|bint)[ \t\u00a0]+/iu;

/**
 * "Mohammed bin Salman bin Abdulaziz" is the listed "Mohammed bin Salman": a lineage written out
 * further names the same person; cut after each father's name, longest first, down to one link.
 */
function byLineage(name: string): KnownPerson | null {
  // Most names have no link at all: one test tells, before the links are listed.
  if (!HAS_LINEAGE_LINK.test(name)) return null;
  const links = [...name.matchAll(LINEAGE_LINK)];
  for (let k = links.length - 1; k >= 1; k--) {
    const found = peopleLexicon().byName.get(lookupKey(name.slice(0, links[k]!.index)));
    if (found) return found;
  }
  return null;
}

/** "A.Lukashenko", "Sh. Mirziyoyev": an initial written onto a surname, as translated releases write names. */
const INITIAL_AND_SURNAME = /^(\p{Lu}\p{Ll}?)\.[ \t\u00a0]?(\p{Lu}[\p{L}'’-]+)$/u;

/** The one listed figure whose surname is this one and whose given name opens with the initial, or null. */
function byInitialAndSurname(name: string): KnownPerson | null {
  // The initial's full stop: a name without one is no such name (most names a text brings).
  if (!name.includes('.')) return null;
  const m = INITIAL_AND_SURNAME.exec(name.trim());
  if (!m) return null;
  const initial = lookupKey(m[1]!);
  const list = peopleLexicon().bySurname.get(lookupKey(m[2]!)) ?? [];
  const fit = list.filter((p) => lookupKey(p.name).startsWith(initial));
  return fit.length === 1 ? fit[0]! : null;
}

/**
 * A listed figure by surname alone, only when the surname is unambiguous, or when a title
 * narrows it down ("President Bush" -> the one listed as President).
 */
export function personBySurname(surname: string, title: string | null = null): KnownPerson | null {
  // Very short surnames ("Lam", "Dan") are too often other words or other people, unless the
  // office written with them is the one the figure is listed with ("Prime Minister Abe").
  const short = surname.trim().length < 4;
  if (short && !title) return null;
  const list = peopleLexicon().bySurname.get(lookupKey(surname));
  if (!list || list.length === 0) return null;
  if (short) {
    const t = lookupKey(title!);
    const fit = list.filter((p) => p.title && lookupKey(p.title) === t);
    return fit.length === 1 ? fit[0]! : null;
  }
  // "Foreign Minister Wong" is no namesake listed as Prime Minister: a surname alone, written with
  // another office of a state than the one listed, names someone else.
  if (list.length === 1) return title && otherStateOffice(title, list[0]!.title) ? null : list[0]!;
  if (title) {
    const t = lookupKey(title);
    const fit = list.filter((p) => p.title && lookupKey(p.title) === t);
    const countries = new Set(fit.map((p) => p.country));
    if (fit.length > 0 && countries.size === 1) return fit[0]!;
  }
  const countries = new Set(list.map((p) => p.country));
  return countries.size === 1 ? list[0]! : null;
}
