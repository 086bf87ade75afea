/**
 * wink-nlp's tokenizer knows the letters of Latin-1 and no others: it cuts "Siliņa" into "Sili" "ņ"
 * "a", "Erdoğan" into "Erdo" "ğ" "an", and the tagger then misreads the words around the pieces
 * ("held" after "Siliņa" becomes an adjective, "Rīga." an abbreviation). The glue in index.ts mends
 * the word but not the tags. So wink reads a copy of the text in which each letter of the Latin
 * extensions (Baltic, Slavic, Turkish, Azerbaijani, Romanian, Vietnamese, ...) stands as its base
 * letter. One UTF-16 unit replaces one, so an offset in the copy is the same offset in the text,
 * and tokens keep the text as written. So does a turned comma used as an apostrophe inside a word.
 */

/** The Latin letters wink splits on: Latin Extended-A and -B, IPA's schwa, Latin Extended Additional. */
const EXTENDED_LATIN = /[\u0100-\u024f\u0259\u1e00-\u1eff]/;

/** Letters whose base letter no canonical decomposition gives (a stroke or other mark is part of the letter). */
const BASE_BY_HAND: Record<string, string> = {
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŋ': 'n', 'Ŋ': 'N',
  'ə': 'e', 'Ə': 'E', 'ŧ': 't', 'Ŧ': 'T', 'ƒ': 'f', 'ƙ': 'k', 'Ƙ': 'K', 'ɗ': 'd', 'Ɗ': 'D',
  'ɓ': 'b', 'Ɓ': 'B', 'ƴ': 'y', 'Ƴ': 'Y', 'ǥ': 'g', 'Ǥ': 'G', 'ƚ': 'l', 'ƀ': 'b', 'Ƀ': 'B',
};

let table: Map<number, number> | null = null;

/** Base letter of every extended Latin letter that has one, worked out once per process. */
function baseTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const base = BASE_BY_HAND[ch] ?? ch.normalize('NFD').charAt(0);
      if (/^[A-Za-z]$/.test(base)) table!.set(c, base.charCodeAt(0));
    }
  };
  add(0x100, 0x24f);
  add(0x259, 0x259);
  add(0x1e00, 0x1eff);
  return table;
}

/** A turned comma between a letter and a small letter: the apostrophe of Uzbek Latin ("G‘ayrat", "Qo‘chqorov"). */
const TURNED_COMMA = /\p{L}\u2018\p{Ll}/u;

/**
 * wink cuts a word at a turned comma ("G" "‘" "ayrat") but keeps the right single quotation mark inside
 * one ("O’Neill"): a turned comma with a letter before it and a small letter after it is read as that
 * mark, so the word stays whole. Elsewhere (an opening quotation mark) it stays.
 */
function apostropheInWord(text: string, i: number): number | undefined {
  return TURNED_COMMA.test(text.slice(Math.max(0, i - 2), i + 2)) && /\p{L}/u.test(text.charAt(i - 1)) ? 0x2019 : undefined;
}

/**
 * `text` with every extended Latin letter as its base letter, the same length as `text`;
 * `text` itself when it has none (most English text), so nothing is copied then.
 */
export function foldLetters(text: string): string {
  // TURNED_COMMA asks about a letter at every character; most texts hold no turned comma at all,
  // which one search for the character tells far sooner.
  if (!EXTENDED_LATIN.test(text) && (text.indexOf('\u2018') < 0 || !TURNED_COMMA.test(text))) return text;
  const bases = baseTable();
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) continue;
    const base = c === 0x2018 ? apostropheInWord(text, i) : bases.get(c);
    if (base === undefined) continue;
    if (i > from) parts.push(text.slice(from, i));
    parts.push(String.fromCharCode(base));
    from = i + 1;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts.join('');
}
