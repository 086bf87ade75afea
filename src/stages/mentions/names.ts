import { wordLists } from '../../lexicon/words.js';
import { Claim, type SentenceScan } from './context.js';

/** Most words a person's name runs to ("Kassym-Jomart Kemelevich Tokayev" is 3 plus hyphen parts). */
const MAX_NAME_WORDS = 6;

export interface NameRun {
  readonly start: number;
  readonly end: number;
  /** Word tokens in the run, not counting particles and hyphens. */
  readonly words: number;
  /** An honorific (Mr, Mrs, Sir) came right before. */
  readonly honorific: boolean;
}

/**
 * The longest run of name words starting at token i: capitalised words, initials,
 * particles between capitals ("bin", "al", "de", "van"), and hyphens glued inside a word
 * ("al-Bashir", "Kassym-Jomart"). Stops at titles, lexicon names other than people, punctuation.
 */
export function nameRunAt(s: SentenceScan, i: number): NameRun | null {
  const { particles, honorifics } = wordLists();
  let k = i;
  let honorific = false;
  if (honorifics.has(s.lower(k).replace(/\.$/, '')) || honorifics.has(s.lower(k))) {
    honorific = true;
    k++;
    if (s.tok(k)?.text === '.' && s.glued(k)) k++;
  }
  const start = k;
  let words = 0;
  while (k < s.last && words < MAX_NAME_WORDS) {
    if (s.claim[k] !== Claim.Free || s.titleAt[k]) break;
    const h = s.nameAt[k];
    if (h && h.hit.entry.kind !== 'person') break;
    const t = s.tok(k)!;
    if (s.isCap(k)) {
      words++;
      k++;
      continue;
    }
    const next = k + 1;
    if (particles.has(t.text) && next < s.last && (s.isCap(next) || (s.tok(next)!.text === '-' && s.glued(next))) && words > 0) {
      k++;
      continue;
    }
    if (/^[-‐]$/.test(t.text) && s.glued(k) && s.glued(next) && s.isCap(next) && k > start) {
      k++;
      continue;
    }
    break;
  }
  // Never end on a particle or hyphen.
  while (k > start && !s.isCap(k - 1)) k--;
  if (k === start || words === 0) return null;
  return { start, end: k, words, honorific };
}

/**
 * Whether a run's first word is only capitalised because it opens the sentence or is a
 * common word that cannot be a name ("However", "In", "Source", "Let", months, weekdays).
 */
export function dropCommonStart(s: SentenceScan, run: NameRun): NameRun | null {
  const { nonName } = wordLists();
  let start = run.start;
  let words = run.words;
  while (start < run.end) {
    const t = s.tok(start)!;
    const common = nonName.has(t.lower)
      || (s.atClauseStart(start) && (t.pos !== 'PROPN' || s.lowerWords.has(t.lower)));
    if (!common) break;
    start++;
    words--;
  }
  if (start >= run.end || words <= 0) return null;
  return { ...run, start, words };
}

/** A run that holds a word which is never part of a person's name ("Union", "Republic", "Government"). */
export function hasNonNameWord(s: SentenceScan, run: NameRun): boolean {
  const { nonName, orgHeads } = wordLists();
  for (let k = run.start; k < run.end; k++) {
    const l = s.lower(k);
    if (nonName.has(l) || orgHeads.has(l)) return true;
  }
  return false;
}

/** Sentences written in headline case give capitals no meaning; names are then left to the lexicons. */
export function isHeadlineCase(s: SentenceScan): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s.first; k < s.last; k++) {
    if (!s.isWord(k)) continue;
    words++;
    if (s.isCap(k)) caps++;
  }
  return words >= 5 && caps / words > 0.7;
}
