import { genderOfGivenName } from '../../lexicon/name-genders.js';
import { PairCache } from '../../lexicon/bounded-cache.js';
import { ownCopy } from '../../lexicon/normalize.js';

export type Gender = 'f' | 'm' | null;

// "woman" ends a word ("Chairwoman"); the others open one, so "Customs", "Arms", "Reforms" hold no "Ms".
const FEMALE_TITLE = /(?:woman|(?<![\p{L}])(?:Queen|Princess|Madam|Madame|Mme|Mrs\.?|Ms\.?|Miss|Duchess|Empress|Dame|Lady))(?![\p{L}])/iu;
const MALE_TITLE = /(?:\bman|\bKing|\bPrince|\bSultan|\bEmir|\bMr\.?|\bSir|\bLord|\bSheikh|\bPope|\bPatriarch)\b/i;
/** The words of an Arabic, Hassaniya or Malay name that say whose son or daughter its bearer is ("mint", "ould" in Mauritania). */
const NASAB_GENDER = new Map<string, 'f' | 'm'>([['bint', 'f'], ['binti', 'f'], ['binte', 'f'], ['mint', 'f'], ['bin', 'm'], ['ibn', 'm'], ['ould', 'm']]);
/** Slavic women's surname endings, with the accented Czech and Slovak ones ("Čaputová", "Brocková", "Nováková"). */
const FEMALE_SURNAME = /(?:ova|ová|eva|yova|ina|aya|skaya|tskaya|ska|ská|cka|cká)$/i;
/** Surname endings only men bear; Georgian (-shvili, -dze), Armenian (-yan), Ukrainian (-enko, -chuk) and South Slavic (-ović) ones are shared by women and say nothing. */
const MALE_SURNAME = /(?:ov|ev|yov|in|sky|skiy|skii|ski|ich|vich)$/i;

/**
 * Genders read by title ("" for none) and name, shared across documents: the same people come back
 * text after text, and reading a name's words costs more than finding the answer here.
 */
const GENDERS = new PairCache<Gender>(5000, ownCopy);

/**
 * A person's grammatical gender when the text makes it plain: a gendered title or honorific,
 * a given name of one gender, or Slavic name endings (Natalya Kochanova, Igor Kobzev). Null when unsure.
 */
export function genderOf(name: string, title: string | null): Gender {
  // A missing title and an empty one read alike.
  return GENDERS.get(title ?? '', name, (office, n) => readGender(n, office));
}

function readGender(name: string, title: string | null): Gender {
  if (title && FEMALE_TITLE.test(title)) return 'f';
  if (title && MALE_TITLE.test(title)) return 'm';
  const words = name.split(/\s+/).filter((w) => w !== '');
  // A given name that is one gender wherever it is used ("Oleg", "Yvette"), before any ending.
  if (words.length >= 2) {
    const given = genderOfGivenName(words[0]!);
    if (given) return given;
    // "Maryam bint Ali bin Nasser Al Misnad", "Anwar bin Ibrahim": in an Arabic or Malay name "bint" or
    // "binti" (daughter of) marks a woman and "bin" or "ibn" (son of) a man; the given names after it
    // are her or his forebears', which say nothing of the bearer's gender.
    const nasab = words.findIndex((w) => NASAB_GENDER.has(w.toLowerCase()));
    if (nasab > 0) return NASAB_GENDER.get(words[nasab]!.toLowerCase())!;
    // "Bola Ahmed Tinubu": a middle given name of one gender says what the first, unlisted, does not.
    for (let k = 1; k < words.length - 1; k++) {
      const middle = genderOfGivenName(words[k]!);
      if (middle) return middle;
    }
  }
  if (words.length >= 2) {
    const last = words[words.length - 1]!;
    if (FEMALE_SURNAME.test(last)) return 'f';
    if (MALE_SURNAME.test(last)) return 'm';
  }
  // A given name's ending says nothing ("Kwabena", "Nikita", "Moussa" are men's names): only a given
  // name the reviewed list knows (data/lexicon/name-genders.tsv), a title or the text tells a gender.
  return null;
}

export function pronounGender(pronoun: string): Gender {
  const p = pronoun.toLowerCase();
  if (p === 'he' || p === 'him' || p === 'his' || p === 'himself') return 'm';
  if (p === 'she' || p === 'her' || p === 'hers' || p === 'herself') return 'f';
  return null;
}

/** An honorific right before a name: "Mrs. ", "Ms ", "Madam ", "Mme ", "Mr. ", "Sir ". */
const HONORIFIC_BEFORE = /(?<![\p{L}])(Mrs|Ms|Miss|Madam|Madame|Mme|Mr|Mister|Sir)\.?[ \t\u00a0]+$/u;

/** Space, tab or no-break space: the gaps HONORIFIC_BEFORE allows after an honorific. */
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * Whether text[0, end) ends in gaps right after a full stop or the last letter of an honorific of
 * HONORIFIC_BEFORE ("s" of "Mrs", "m" of "Madam", "e" of "Mme", "r" of "Mr" and "Sir").
 */
function endsLikeHonorific(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && isGap(text.charCodeAt(k - 1))) k--;
  if (k === end || k === 0) return false;
  const c = text.charCodeAt(k - 1);
  return c === 46 /* . */ || c === 115 /* s */ || c === 109 /* m */ || c === 101 /* e */ || c === 114 /* r */;
}

/** HONORIFIC_BEFORE of the mention's first word and a space ("Mrs. Solberg"); only a word with a capital M or S can match. */
function honorificWord(mentionText: string): RegExpExecArray | null {
  const space = mentionText.search(/\s/);
  const first = space < 0 ? mentionText : mentionText.slice(0, space);
  return first.includes('M') || first.includes('S') ? HONORIFIC_BEFORE.exec(`${first} `) : null;
}

/** The gender an honorific gives a name mention ("Mrs. Solberg", "Mr Reyes"), before it or as its first word. */
export function honorificGender(text: string, start: number, mentionText: string): Gender {
  // Most names have no honorific either way: each expression is run only where a look at a character
  // or two finds what it cannot match without.
  const h = (endsLikeHonorific(text, start) ? HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 9), start)) : null) ?? honorificWord(mentionText);
  if (!h) return null;
  return /^(?:mr|mister|sir)$/i.test(h[1]!) ? 'm' : 'f';
}

/** "X and his wife", "X, with her husband": a possessive before a spouse's noun, right after the name. */
const SPOUSE_AFTER = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,?\s+(?:and|with|accompanied\s+by)\s+(his|her)\s+(?:wife|husband|spouse)\b/iu;
/** "his wife, Y", "her husband Y": a spouse's noun right before the name. */
const SPOUSE_BEFORE = /\b(?:his|her|their)\s+(wife|husband)\s*,?\s*$/i;
/** Most characters read on either side of a name for a spouse's words. */
const SPOUSE_REACH = 36;

/**
 * The gender the words of a marriage around a name tell, when the name is linked and before any
 * pronoun is read: "X and his wife, Y" makes X a man and Y a woman, "Y and her husband X" the
 * reverse. Spouses often share a family name ("Anna Keller-Brandt and her husband Thomas
 * Keller-Brandt"), and a later "Mrs. Keller-Brandt" must find the wife even when neither given name
 * is one the list knows. Null when no such words stand beside the name.
 */
export function spouseGender(text: string, start: number, end: number): Gender {
  const after = SPOUSE_AFTER.exec(text.slice(end, end + SPOUSE_REACH));
  if (after) return after[1]!.toLowerCase() === 'his' ? 'm' : 'f';
  const before = SPOUSE_BEFORE.exec(text.slice(Math.max(0, start - SPOUSE_REACH), start));
  if (before) return before[1]!.toLowerCase() === 'wife' ? 'f' : 'm';
  return null;
}
