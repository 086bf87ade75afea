import { createRequire } from 'node:module';
import { CameoSourceError, contentLines, headerComment, phraseWords } from './source.js';

/**
 * PETRARCH2's actor dictionaries (Phoenix.Countries / International / MilNonState .actors.txt) ->
 * data/cameo/actors-*.tsv: one line per actor, its names, and its codes with the dates they hold,
 * in the project's codes (ISO 3166-1 alpha-3 countries, PLOVER sectors and international codes).
 *
 * Kept: countries (names, misspellings, capitals, cities, provinces), office holders with their
 * dates, IGOs, NGOs, militant and non-state groups. Dropped: multinational companies (the
 * International file is mostly them; company names come from the text's own legal forms), names
 * in parentheses, comments.
 */

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { isValid(code: string): boolean };

/** CAMEO country codes that are not ISO 3166-1 alpha-3, and the code the project uses instead. */
const LEGACY: Readonly<Record<string, string | null>> = {
  USR: 'RUS', // USSR
  SUN: 'RUS', // Soviet Union
  YUG: 'SRB', // Yugoslavia
  FRY: 'SRB', // Federal Republic of Yugoslavia
  SCG: 'SRB', // Serbia and Montenegro
  SRP: 'BIH', // Republika Srpska
  KRJ: 'HRV', // Republic of Serbian Krajina
  KSV: 'XKX', // Kosovo
  CSK: 'CZE', // Czechoslovakia
  DDR: 'DEU', // East Germany
  TMP: 'TLS', // East Timor
  FRN: 'FRA', // French overseas territories
  KNT: null, // Kinakuta, a fictional country used in tests
  ANG: 'AGO', // Angola (an old code)
};

/** CAMEO sector codes that PLOVER writes differently (CAMEO MED is the media, HLH health). */
const SECTOR: Readonly<Record<string, string>> = { MED: 'JRN', HLH: 'MED' };
const SECTORS = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'REB', 'OPP', 'CVL', 'ELI', 'BUS', 'LAB', 'AGR', 'EDU', 'MED', 'HLH', 'REF',
  'REL', 'CRM', 'SPY', 'UAF', 'PTY', 'ENV', 'HRI', 'DEV', 'JRN', 'SOC', 'PRM', 'INS',
]);

function country(code: string): string | null | undefined {
  if (code in LEGACY) return LEGACY[code];
  return isoCountries.isValid(code) ? code : undefined;
}

/** "AFGGOV" -> "AFG/GOV", "USRARM" -> "ARM", "IGOUNOKID" -> "UNO", "IMGMUSALQ" -> "IMG"; null when it names no one we code. */
export function projectCode(cameo: string): string | null {
  const chunks = cameo.match(/.{1,3}/g) ?? [];
  const first = chunks[0] ?? '';
  let ctry: string | null = null;
  let rest = chunks.slice(1);
  if (first === 'IGO') {
    ctry = rest[0] === 'UNO' ? 'UNO' : rest[0] === 'EUR' ? 'EUR' : 'IGO';
    rest = rest.slice(1);
  } else if (first === 'NGO' || first === 'IMG' || first === 'MNC') ctry = first;
  else {
    const c = country(first);
    if (c === undefined) {
      // A regional or transnational prefix (INT, MEA, AFR ...): no country, the sector may still say something.
      ctry = null;
    } else if (c === null) return null;
    else ctry = c;
    // "USRARM": the second chunk names the country within the first one.
    const sub = rest[0] ? country(rest[0]) : undefined;
    if (sub && !SECTORS.has(rest[0]!)) {
      ctry = sub;
      rest = rest.slice(1);
    }
  }
  const sector = rest.find((c) => SECTORS.has(c));
  const s = sector ? (SECTOR[sector] ?? sector) : '';
  if (!ctry && !s) return null;
  return s ? `${ctry ?? ''}/${s}` : ctry!;
}

/** "011222" -> "20011222" (years up to 30 are 20YY, as in PETRARCH2); unreadable -> "". */
function fullDate(raw: string): string {
  let d = raw;
  if (d.length === 10) d = d.slice(2);
  if (d.length === 9) d = d.slice(0, 8);
  if (d.length === 6) d = `${Number(d.slice(0, 2)) <= 30 ? '20' : '19'}${d}`;
  if (d.length !== 8) return '';
  const month = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? d : '';
}

/** "[AFGGOV 780430-790916]" -> "AFG/GOV@19780430-19790916"; "[AFGGOV >011222]" -> "AFG/GOV@20011222-". */
function codeWithDates(body: string, file: string, line: number): string | null {
  const m = /^([A-Z]{3,}|---)\s*(?:([<>])?\s*(\d+)(?:\s*-\s*(\d+))?)?\s*$/.exec(body.trim());
  // A code PETRARCH2 could not read either ("[NGOHINDEN211DEV]", "[s]") is left out.
  if (!m) return null;
  if (m[1] === '---') return null;
  const code = projectCode(m[1]!);
  if (!code) return null;
  if (!m[3]) return code;
  let from = '';
  let to = '';
  if (m[2] === '>') from = fullDate(m[3]);
  else if (m[2] === '<') to = fullDate(m[3]);
  else {
    from = fullDate(m[3]);
    to = m[4] ? fullDate(m[4]) : '';
  }
  return from || to ? `${code}@${from}-${to}` : code;
}

/**
 * A dated code that repeats the actor's undated code ("AFG/ELI@19750101-20000101" beside "AFG/ELI")
 * says nothing the undated one does not: outside its other periods the actor has that code anyway.
 */
function compactCodes(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  const undated = new Set(unique.filter((c) => !c.includes('@')));
  return unique.filter((c) => !c.includes('@') || !undated.has(c.slice(0, c.indexOf('@'))));
}

interface Entry {
  names: string[];
  codes: string[];
}

export function convertActors(text: string, file: string, title: string): string {
  const out: string[] = [
    `# ${title} for the Readout actor gazetteer. Generated by scripts/cameo/convert.ts from ${file} of the`,
    '# PETRARCH2 coder (openeventdata/petrarch2). Licence: MIT, see LICENSE-PETRARCH2.txt in this folder.',
    '# Do not edit by hand. One actor per line: names (| separated, lower case), then its codes (; separated),',
    '# each CTRY[/SECTOR][@FROM-TO]: ISO3 or PLOVER international code, PLOVER sector, dates YYYYMMDD (open',
    '# ends left empty) between which the code holds. Header of the source file:',
    ...headerComment(text).map((l) => (l === '#' ? '#   ' : `#   ${l.slice(1).trimStart()}`)),
    '#names\tcodes',
  ];
  let entry: Entry | null = null;
  const flush = () => {
    if (entry && entry.names.length && entry.codes.length) out.push(`${entry.names.join('|')}\t${compactCodes(entry.codes).join(';')}`);
    entry = null;
  };
  const addName = (raw: string) => {
    // "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_": the parenthesis is an acronym note, not part of the name.
    const { words } = phraseWords(raw.replace(/\([^)]*\)?/g, ' ').trim());
    if (words && entry && !entry.names.includes(words)) entry.names.push(words);
  };
  for (const { line, number } of contentLines(text)) {
    const t = line.trim();
    const codes = [...t.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    const rest = t.replace(/\[[^\]]*\]/g, ' ').trim();
    if (t.startsWith('[')) {
      if (!entry) throw new CameoSourceError(file, number, 'a code before any actor name');
    } else if (t.startsWith('+')) {
      if (!entry) throw new CameoSourceError(file, number, 'a synonym before any actor name');
      addName(rest.slice(1));
    } else {
      flush();
      entry = { names: [], codes: [] };
      addName(rest);
    }
    for (const c of codes) {
      const converted = codeWithDates(c, file, number);
      if (converted) entry!.codes.push(converted);
    }
  }
  flush();
  return `${out.join('\n')}\n`;
}

/** The International file without its multinational companies (see the module comment). */
export function withoutCompanies(converted: string): string {
  return converted
    .split('\n')
    .filter((l) => l.startsWith('#') || !l || l.split('\t')[1]!.split(';').some((c) => !c.startsWith('MNC')))
    .join('\n');
}
