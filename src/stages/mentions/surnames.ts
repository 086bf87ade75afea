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
      const words = s.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
      const last = words[words.length - 1]!;
      if (!nonName.has(last)) surnames.add(last);
      // "Abu Musab al-Zarqawi" -> "Zarqawi" and "al-Zarqawi" both refer back.
      const parts = last.split('-');
      if (parts.length > 1) surnames.add(parts[parts.length - 1]!);
    }
  }
  if (surnames.size === 0) return;
  for (const s of scans) {
    for (let i = s.first; i < s.last; i++) {
      if (s.claimOf(i) !== Claim.Free || !s.isCap(i)) continue;
      const t = s.tok(i)!;
      const end = s.wordEnd(i);
      if (!s.free(i, end)) continue;
      const word = s.span(i, end).toLowerCase();
      if (!surnames.has(word) || s.nameHit(i) || s.titleHit(i)) continue;
      if (s.isCap(end) && s.claimOf(end) === Claim.Free && !s.isPossessive(end)) continue;
      s.push({
        start: t.start, end: s.tokens[end - 1]!.end, tokenStart: i, tokenEnd: end,
        type: 'person', form: 'name', canonical: null, country: null, sector: null, rule: 'surname-repeat',
      });
    }
  }
}
