import { Claim, type SentenceScan } from './context.js';
import { GROUP_PRONOUNS, Mark, PERSON_PRONOUNS } from './word-facts.js';

const STYLES = new Set(['excellency', 'majesty', 'highness', 'holiness', 'eminence', 'beatitude']);

export function pronouns(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free) continue;
    const t = s.tok(i)!;
    // A word of the word table is asked once for the process (its facts say whether it is a pronoun,
    // in any case); its lower case is the token's.
    if (s.wordId(i) >= 0 && !s.marked(i, Mark.Pronoun)) continue;
    const person = PERSON_PRONOUNS.has(t.lower);
    if (!person && !GROUP_PRONOUNS.has(t.lower)) continue;
    // "His Excellency", "Her Majesty": a form of address, not a reference back.
    if (STYLES.has(s.lower(i + 1))) continue;
    // "HE Minister ...": the tokenizer read the capitals as a style of address (capital-styles.ts).
    if (t.pos === 'PROPN' && t.text === 'HE') continue;
    s.push({
      start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1,
      type: person ? 'person' : 'organization', form: 'pronoun', canonical: null,
      country: null, sector: null, rule: person ? 'pronoun-person' : 'pronoun-group',
    });
  }
}
