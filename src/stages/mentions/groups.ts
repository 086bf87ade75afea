import { countryName } from '../../lexicon/countries.js';
import { Claim, type GroupHit, type SentenceScan } from './context.js';
import { countryAfter, type CountryWord } from './country-words.js';

/** Words allowed between a country word and its group noun: "Iraq's interim government", "Liberian riot police". */
const MAX_MODIFIERS = 2;
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
    if (s.claim[j] !== Claim.Free || s.titleAt[j] || s.nameAt[j]) return false;
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
    if (!MODIFIER_POS.has(t.pos) || s.isCap(j)) return false;
  }
  return false;
}

/** The sector of a group noun right after a country word, without emitting anything ("Hungarian and Romanian officials"). */
export function sectorOfGroupAfter(s: SentenceScan, end: number): string | null {
  for (let j = end, skipped = 0; j < s.last && skipped <= MAX_MODIFIERS; j++, skipped++) {
    const g = s.groupAt(j);
    if (g) return g.noun.sector;
    const t = s.tok(j)!;
    if (!MODIFIER_POS.has(t.pos) || s.isCap(j)) return null;
  }
  return null;
}

/**
 * Group nouns with no country word before them: "rebels", "the opposition", "lawmakers",
 * and any group noun followed by "in/of Country" ("security forces in Guinea").
 */
export function standaloneGroups(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    if (s.claim[i] !== Claim.Free || s.nameAt[i] || s.titleAt[i]) continue;
    const g = groupPhrase(s, i);
    if (!g || !s.free(g.start, g.end)) continue;
    // Inside a capitalised name the noun is part of that name, not a group ("Workers' Union" is handled as an organisation).
    if (s.isCap(i) && !s.atClauseStart(i)) continue;
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
