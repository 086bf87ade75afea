import { isAllCaps } from '../../lexicon/normalize.js';
import { Claim, type SentenceScan } from './context.js';
import type { DraftMention } from './draft.js';

/** The acronym token of "(DIRCO)" right after token `end`, or -1. */
function bracketedAcronym(s: SentenceScan, end: number): number {
  if (s.tok(end)?.text !== '(' || s.tok(end + 2)?.text !== ')') return -1;
  const t = s.tok(end + 1)!;
  return isAllCaps(t.text) && /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(t.text) && s.claimOf(end + 1) === Claim.Free ? end + 1 : -1;
}

/**
 * "The Department of International Relations and Cooperation (DIRCO) ... DIRCO said": an
 * acronym a text defines in brackets after an organisation is that organisation wherever it
 * appears. Runs after every sentence is scanned.
 */
export function definedAcronyms(scans: readonly SentenceScan[]): void {
  // Made for the first acronym defined: most texts define none.
  let defined: Map<string, DraftMention> | null = null;
  for (const s of scans) {
    // The drafts the sentence had before this pass: those pushed here come after them and are not read.
    const drafts = s.out.length;
    for (let d = 0; d < drafts; d++) {
      const m = s.out[d]!;
      if (m.type !== 'organization' || m.form === 'pronoun') continue;
      const k = bracketedAcronym(s, m.tokenEnd);
      if (k < 0) continue;
      const t = s.tok(k)!;
      (defined ??= new Map()).set(t.text, m);
      s.push({ ...m, start: t.start, end: t.end, tokenStart: k, tokenEnd: k + 1, form: 'acronym', rule: 'acronym-defined' });
    }
  }
  if (defined === null) return;
  for (const s of scans) {
    for (let i = s.first; i < s.last; i++) {
      if (s.claimOf(i) !== Claim.Free) continue;
      const t = s.tok(i)!;
      const m = defined.get(t.text);
      if (!m) continue;
      s.push({ ...m, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, form: 'acronym', rule: 'acronym-repeat' });
    }
  }
}
