import { WordTest } from '../../lexicon/word-table.js';
import { Claim, type SentenceScan } from './context.js';

/** Third-person pronouns; coreference decides what each refers to. */
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const STYLES = new Set(['excellency', 'majesty', 'highness', 'holiness', 'eminence', 'beatitude']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/** Per word: whether it is one of the pronouns above, in any case. */
const PRONOUN_WORDS = new WordTest((text: string) => {
  const lower = text.toLowerCase();
  return PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower);
});

export function pronouns(s: SentenceScan): void {
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free) continue;
    const t = s.tok(i)!;
    // A word of the word table is asked once for the process; its lower case is the token's.
    const id = s.wordId(i);
    if (id >= 0 && !PRONOUN_WORDS.has(id, t.text)) continue;
    const person = PERSON_PRONOUNS.has(t.lower);
    if (!person && !GROUP_PRONOUNS.has(t.lower)) continue;
    // "His Excellency", "Her Majesty": a form of address, not a reference back.
    if (STYLES.has(s.lower(i + 1))) continue;
    s.push({
      start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1,
      type: person ? 'person' : 'organization', form: 'pronoun', canonical: null,
      country: null, sector: null, rule: person ? 'pronoun-person' : 'pronoun-group',
    });
  }
}
