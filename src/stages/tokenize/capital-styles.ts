import type { Token } from '../../document/layers.js';

/**
 * Whether a word is written with a capital and then small letters ("Minister", "Dr.", "Al-Thani"):
 * a title or a name in running text, never a word of a line set all in capitals ("SAID").
 */
function titleCased(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && !/^\p{Lu}/u.test(text)) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && /\p{Ll}/u.test(text[i]!)) return true;
  }
  return false;
}

/** "HE" (His or Her Excellency) and "HH" (His or Her Highness), as news agencies write them without full stops. */
function styleInitials(text: string): boolean {
  return text.length === 2 && text.charCodeAt(0) === 72 /* H */ && (text.charCodeAt(1) === 69 /* E */ || text.charCodeAt(1) === 72);
}

/**
 * "HE Minister of Foreign Affairs Sheikh ...", "HE the President of Ghana ...", "HH the Amir": initials
 * in capitals right before a title or a name written with small letters, or before "the" and such a
 * word, are a style of address like "H.E.", which the tagger reads as the pronoun "he". They become
 * proper nouns, so that names, titles and meetings read them as a style. "HE SAID" in a line set in
 * capitals, and "He met ...", stay pronouns.
 */
export function readCapitalStyles(tokens: Token[]): void {
  const last = tokens.length - 1;
  for (let k = 0; k < last; k++) {
    const t = tokens[k]!;
    if (!styleInitials(t.text) || t.pos === 'PROPN') continue;
    let next = tokens[k + 1]!;
    if (next.text === 'the' && k + 2 <= last) next = tokens[k + 2]!;
    if (next.sentence !== t.sentence || !titleCased(next.text)) continue;
    (t as { pos: string }).pos = 'PROPN';
  }
}
