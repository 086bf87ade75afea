import { normalizeName } from './match.js';

/**
 * Name matching for real releases, whose gold spells names as each text does and whose
 * texts transliterate the same person several ways. Two names match when, after folding
 * case, accents, punctuation and common transliteration variants:
 * - they are equal;
 * - their surnames agree and their first initials agree ("V. Putin" = "Vladimir Putin");
 * - one side gives the surname alone ("TRUMP" = "Donald Trump", "Xi" = "Xi Jinping").
 */

/**
 * One spelling per transliteration family: "x" is "ks", "y" is "i", doubled letters are
 * single, and vowels after the first letter do not count, so Aleksandr = Alexander,
 * Sergey = Sergei, Yuri = Yury, Dmitry = Dmitri, Andrei = Andrey.
 */
export function foldTransliteration(word: string): string {
  const w = word
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/(?<=.)j/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return w.charAt(0) + w.slice(1).replace(/[aeiou]/g, '');
}

/** The words of a name, normalised, without honorifics. */
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'h', 'e', 'he', 'his', 'excellency', 'shri', 'smt', 'madam', 'dame', 'lord']);

/** Generational suffixes after a surname ("Biden, Jr."): the surname is the word before them. */
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export function nameWords(name: string): string[] {
  const words = normalizeName(name).split(' ').filter(Boolean);
  let k = 0;
  while (k < words.length - 1 && HONORIFIC.has(words[k]!)) k++;
  let end = words.length;
  while (end > k + 1 && SUFFIX.has(words[end - 1]!)) end--;
  return words.slice(k, end);
}

export function looseNameMatch(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const fx = x.map(foldTransliteration);
  const fy = y.map(foldTransliteration);
  if (fx.join(' ') === fy.join(' ')) return true;
  // One side is the surname alone: it names the other side's last word (or first, for names
  // written surname first: "Xi" for "Xi Jinping").
  if (fx.length === 1 || fy.length === 1) {
    const [one, other] = fx.length === 1 ? [fx[0]!, fy] : [fy[0]!, fx];
    return one === other[other.length - 1] || one === other[0];
  }
  // Surnames agree and first initials agree.
  return fx[fx.length - 1] === fy[fy.length - 1] && x[0]!.charAt(0) === y[0]!.charAt(0);
}
