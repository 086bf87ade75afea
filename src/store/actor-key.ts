/**
 * Keys that let the store recognise one person across documents written with different
 * romanisations: "Aleksandr Lukashenko" / "Alexander Lukashenko", "Zelenskyy" / "Zelensky",
 * "Sergey" / "Sergei", "Dmitriy" / "Dmitry". The surname key must match exactly; first names
 * need only be compatible (same consonant skeleton, or one is an initial of the other).
 */

const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };
const SPECIAL_RE = /[ßøłđæœıþ]/g;

/** Lower case, no diacritics, letters/digits and single spaces only. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * One folded word -> a transliteration-neutral key. Rules are applied in order; each
 * removes one common difference between English, French and German romanisations.
 */
export function translitKey(word: string): string {
  let w = foldText(word).replace(/ /g, '');
  w = w
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/([a-z])\1+/g, '$1') // doubled letters (not digits): Zelenskyy, Mikhaill
    .replace(/^ie/, 'e') // Yevgeny / Evgeny
    .replace(/([aeiou])ie/g, '$1e'); // Tokayev / Tokaev, Dostoyevsky / Dostoevsky
  // -ii / -iy / -yi endings all fold to -i after the rules above (Dmitrii, Dmitriy -> dmitri).
  w = w.replace(/i+$/, 'i');
  return w;
}

/** Consonant skeleton: vowels (after the first letter) dropped, so Aleksandr ~ Alexander. */
export function skeleton(word: string): string {
  const k = translitKey(word);
  return k.slice(0, 1) + k.slice(1).replace(/[aeiou]/g, '');
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'di', 'du']);

export interface PersonKey {
  /** Surname key; empty when the name has no letters. */
  surname: string;
  /** First-name key, or null when only the surname (or an honorific) is given. */
  given: string | null;
}

/** Splits a person's name into surname and first-name keys. */
export function personKey(name: string): PersonKey {
  const words = foldText(name)
    .split(' ')
    .filter((w) => w.length > 0);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return { surname: '', given: null };
  // "Ursula von der Leyen": the surname keeps its particles.
  let i = words.length - 1;
  while (i > 0 && PARTICLES.has(words[i - 1]!)) i--;
  const surname = translitKey(words.slice(i).join(''));
  const given = i > 0 ? words[0]! : null;
  return { surname, given: given ? translitKey(given) : null };
}

/** True when two first-name keys may name the same person (either missing, an initial, or same skeleton). */
export function givenCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.length === 1 || b.length === 1) {
    const [initial, full] = a.length === 1 ? [a, b] : [b, a];
    // The key of "Khalid" starts with h and of "Ksenia" with x: their initials are still K.
    return (
      initial[0] === full[0] ||
      (initial === 'k' && (full[0] === 'h' || full[0] === 'x')) ||
      // The key folds "ck", "c" before a hard vowel and "q" to k: "C." is still the initial of "Konstantin"'s spelling "Constantin".
      ((initial === 'c' || initial === 'q') && full[0] === 'k') ||
      (initial === 'w' && full[0] === 'v') ||
      (initial === 'p' && full[0] === 'f') ||
      (initial === 'i' && full[0] === 'e') // Y. for Yevgeny (key evgeni)
    );
  }
  if (a === b) return true;
  const sa = a.slice(0, 1) + a.slice(1).replace(/[aeiou]/g, '');
  const sb = b.slice(0, 1) + b.slice(1).replace(/[aeiou]/g, '');
  return sa === sb;
}

/** Organisations and places merge only on the whole folded name (plus country). */
export function exactKey(name: string): string {
  return foldText(name)
    .split(' ')
    .filter((w) => w.length > 0)
    .map(translitKey)
    .join(' ');
}
