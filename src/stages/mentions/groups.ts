import { countryName } from '../../lexicon/countries.js';
import { personBySurname } from '../../lexicon/people.js';
import { Claim, type GroupHit, type SentenceScan } from './context.js';
import { countryAfter, type CountryWord } from './country-words.js';

/** Words allowed between a country word and its group noun: "Iraq's interim government", "Liberian riot police". */
const MAX_MODIFIERS = 3;
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'VERB', 'ADV']);
const LOCATIVE = new Set(['in', 'of', 'from']);

/** The group noun phrase that starts at i, extended over a second group noun ("government officials"). */
function groupPhrase(s: SentenceScan, i: number): GroupHit | undefined {
  const g = s.groupAt(i);
  if (!g) return undefined;
  const more = s.groupAt(g.end);
  return more && s.free(more.start, more.end) ? { start: g.start, end: more.end, noun: g.noun } : g;
}

/**
 * "Israeli police", "Russian troops", "the Japanese government", "Iraq's interim government":
 * a country word followed, within two modifiers, by a group noun becomes one group mention.
 */
export function groupAfterCountry(s: SentenceScan, cw: CountryWord, rule: string): boolean {
  for (let j = cw.end, skipped = 0; j < s.last && skipped <= MAX_MODIFIERS; j++, skipped++) {
    if (s.claimOf(j) !== Claim.Free || s.titleHit(j) || s.nameHit(j)) return false;
    const g = groupPhrase(s, j);
    if (g && s.free(g.start, g.end)) {
      const start = s.tokens[cw.start]!.start;
      const end = s.tokens[g.end - 1]!.end;
      s.push({
        start, end, tokenStart: cw.start, tokenEnd: g.end,
        type: 'organization', form: 'nominal',
        canonical: `${countryName(cw.country) ?? cw.country} ${s.key(g.start, g.end)}`,
        country: cw.country, sector: g.noun.sector, rule,
      });
      return true;
    }
    const t = s.tok(j)!;
    // "Nicaragua's Sandinista government": a capitalised modifier is allowed when no rule claimed it.
    if (!MODIFIER_POS.has(t.pos) && !(t.pos === 'PROPN' && s.isCap(j))) return false;
  }
  return false;
}

/** The sector of a group noun right after a country word, without emitting anything ("Hungarian and Romanian officials"). */
export function sectorOfGroupAfter(s: SentenceScan, end: number): string | null {
  for (let j = end, skipped = 0; j < s.last && skipped <= MAX_MODIFIERS; j++, skipped++) {
    const g = s.groupAt(j);
    if (g) return g.noun.sector;
    const t = s.tok(j)!;
    if (!MODIFIER_POS.has(t.pos) && !(t.pos === 'PROPN' && s.isCap(j))) return null;
  }
  return null;
}

/**
 * Whether an organisation's draft ends right before token `end`. A function of its own, not a closure
 * in standaloneGroups' loop, which would make the engine allocate the loop's variables for every token.
 */
function bodyEndsAt(s: SentenceScan, end: number): boolean {
  for (const m of s.out) if (m.tokenEnd === end && m.type === 'organization') return true;
  return false;
}

/**
 * Group nouns with no country word before them: "rebels", "the opposition", "lawmakers",
 * and any group noun followed by "in/of Country" ("security forces in Guinea").
 */
export function standaloneGroups(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    // A group noun phrase starts only at a word that opens one, told by the word table: most words don't.
    if (!s.startsGroup(i) || s.claimOf(i) !== Claim.Free || s.nameHit(i) || s.titleHit(i)) continue;
    const g = groupPhrase(s, i);
    if (!g || !s.free(g.start, g.end)) continue;
    // Inside a capitalised name the noun is part of that name, not a group ("Workers' Union" is handled as an organisation).
    if (s.isCap(i) && !s.atClauseStart(i)) continue;
    // "the Islamic Jihad movement", "the NATO alliance": a group noun right after a named body describes it.
    if (bodyEndsAt(s, g.start)) {
      i = g.end - 1;
      continue;
    }
    const after = countryAfter(s, g.end, LOCATIVE);
    if (!g.noun.standalone && !after) {
      i = g.end - 1;
      continue;
    }
    s.push({
      start: s.tokens[g.start]!.start, end: s.tokens[g.end - 1]!.end, tokenStart: g.start, tokenEnd: g.end,
      type: 'organization', form: 'nominal',
      canonical: after ? `${countryName(after.country) ?? after.country} ${s.key(g.start, g.end)}` : s.key(g.start, g.end),
      country: after?.country ?? null, sector: g.noun.sector, rule: after ? 'group-in-country' : 'group-standalone',
    });
    i = g.end - 1;
  }
}

/** Nouns that, after a leader's surname, name that leader's government ("the Bush administration"). */
const LEADER_GROUPS = new Set(['administration', 'government', 'regime', 'cabinet']);

/** "The Bush administration", "the Netanyahu government": a listed leader's surname before a government noun. */
export function leaderGovernments(s: SentenceScan): void {
  for (let i = s.first; i + 1 < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || s.claimOf(i + 1) !== Claim.Free || !s.isCap(i) || s.nameHit(i)) continue;
    if (!LEADER_GROUPS.has(s.lower(i + 1))) continue;
    const leader = personBySurname(s.tok(i)!.text);
    if (!leader?.country) continue;
    s.push({
      start: s.tokens[i]!.start, end: s.tokens[i + 1]!.end, tokenStart: i, tokenEnd: i + 2,
      type: 'organization', form: 'nominal', canonical: `${leader.name} ${s.lower(i + 1)}`,
      country: leader.country, sector: 'GOV', rule: 'leader-government',
    });
  }
}
