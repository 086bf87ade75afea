import { wordLists } from '../../lexicon/words.js';
import { Claim, type SentenceScan } from './context.js';
import type { DraftMention } from './draft.js';

/**
 * Once a document has named "Aleksandr Lukashenko", a later "Lukashenko" on its own is the
 * same kind of mention. Runs after every sentence is scanned, over tokens still free.
 */
export function surnameMentions(scans: readonly SentenceScan[]): void {
  const { nonName } = wordLists();
  const surnames = new Set<string>();
  const fullNames = (m: DraftMention) => m.type === 'person' && m.form === 'name' && m.tokenEnd - m.tokenStart >= 2;
  for (const s of scans) {
    for (const m of s.out) {
      if (!fullNames(m)) continue;
      const last = s.tokens[m.tokenEnd - 1]!;
      if (!nonName.has(last.lower)) surnames.add(last.lower);
      // "Abu Musab al-Zarqawi" -> "Zarqawi" and "al-Zarqawi" both refer back.
      const parts = last.lower.split('-');
      if (parts.length > 1) surnames.add(parts[parts.length - 1]!);
    }
  }
  if (surnames.size === 0) return;
  for (const s of scans) {
    for (let i = s.first; i < s.last; i++) {
      if (s.claimOf(i) !== Claim.Free || !s.isCap(i)) continue;
      const t = s.tok(i)!;
      if (!surnames.has(t.lower) || s.nameHit(i) || s.titleHit(i)) continue;
      if (s.isCap(i + 1) && s.claimOf(i + 1) === Claim.Free && !s.isPossessive(i + 1)) continue;
      s.push({
        start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1,
        type: 'person', form: 'name', canonical: null, country: null, sector: null, rule: 'surname-repeat',
      });
    }
  }
}
