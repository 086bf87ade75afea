import { Claim, type SentenceScan } from './context.js';
import { MILITARY_NOUNS, Mark } from './word-facts.js';
import { countryWordAt } from './country-words.js';
import type { DraftMention } from './draft.js';

/*
 * Nouns for people who serve a state in its forces or its service, singular and plural (word-facts.ts,
 * MILITARY_NOUNS and Mark.Serving): a demonym before one says whose ("Canadian soldiers", "a Latvian serviceman").
 */

/** Most tokens of one person's rank or title between two names of the list ("Master Corporal"). */
const MAX_RANK_TOKENS = 4;
/** Most lower-case words between the demonym and the noun ("Canadian peacekeeping soldiers"). */
const MAX_MODIFIERS = 1;

/**
 * "Canadian soldiers Corporal A and Private B", "two Canadian soldiers, A and B", "the Latvian
 * diplomat C": the people named right after a demonym and a noun for those who serve a state serve
 * that state. Each name keeps a country its own title gives; the others take the demonym's.
 */
export function servingGroupCountries(s: SentenceScan): void {
  if (!s.out.some((m) => m.type === 'person' && m.form === 'name')) return;
  let byStart: Map<number, DraftMention> | null = null;
  for (let i = s.first + 1; i < s.last; i++) {
    if (!s.marked(i, Mark.Serving)) continue;
    // The demonym right before the noun, or before one lower-case modifier of it.
    let country: string | null = null;
    for (let back = 1; back <= MAX_MODIFIERS + 1 && country === null && i - back >= s.first; back++) {
      for (let from = i - back; from >= Math.max(s.first, i - back - 2); from--) {
        const cw = countryWordAt(s, from);
        if (cw && cw.end === i - back + 1 && !cw.possessive && cw.hit.hit.entry.kind !== 'organization') {
          country = cw.country;
          break;
        }
      }
      // Only a lower-case adjective or noun may stand between ("peacekeeping").
      if (back === 1 && country === null && (s.isCap(i - 1) || !/^(?:ADJ|NOUN|VERB)$/.test(s.tok(i - 1)!.pos))) break;
    }
    if (!country) continue;
    byStart ??= new Map(s.out.filter((m) => m.type === 'person' && m.form === 'name').map((m) => [m.tokenStart, m]));
    const military = MILITARY_NOUNS.has(s.lower(i));
    let k = i + 1;
    const comma = s.tok(k)?.text === ',';
    if (comma) k++;
    for (;;) {
      // A rank or office the name's own mention took as its title may stand before the name.
      let n = byStart.get(k);
      // So may a capitalised rank no list knows ("Private", "Bombardier").
      for (let r = 0; !n && r < MAX_RANK_TOKENS && k + r < s.last && (s.claimOf(k + r) === Claim.Title || (s.isCap(k + r) && s.claimOf(k + r) === Claim.Free)); r++) n = byStart.get(k + r + 1);
      // A soldier named is one of rank or none: "we honour Ukrainian soldiers, Prime Minister X said"
      // names the speaker after the comma, not a soldier.
      if (!n || (military && n.title && n.sector !== 'MIL')) break;
      // "... the Canadian diplomats, Ambassador X said": a name after the comma that opens a clause
      // of its own is its subject.
      if (comma && s.tok(n.tokenEnd)?.pos === 'VERB') break;
      if (!n.country || n.countrySource !== 'title') {
        n.country = country;
        n.countrySource = 'title';
      }
      k = n.tokenEnd;
      if (s.tok(k)?.text === ',') k++;
      if (s.lower(k) === 'and') k++;
      else if (s.tok(k - 1)?.text !== ',') break;
    }
    i = k - 1 > i ? k - 1 : i;
  }
}
