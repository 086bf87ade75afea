/**
 * Regular English inflection for lexicon words, so the lexicon lists "agree" once and
 * matches agrees/agreed/agreeing, and "talk" matches talks. Over-generation is harmless:
 * a form that English never produces simply never occurs in text.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);
}

/** "ban" -> "bann" (banned, banning); "cancel" -> "cancell" (British cancelled). */
function doubled(word: string): string | null {
  const n = word.length;
  const last = word[n - 1];
  if (n < 3 || !isConsonant(last) || last === 'w' || last === 'x' || last === 'y') return null;
  if (!VOWELS.has(word[n - 2]!) || VOWELS.has(word[n - 3]!)) return null;
  return word + last;
}

export function thirdPerson(word: string): string {
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function pastForms(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  const forms = [`${word}ed`];
  const d = doubled(word);
  if (d) forms.push(`${d}ed`);
  return forms;
}

function ingForms(word: string): string[] {
  if (word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe')) return [`${word}ing`];
  if (word.endsWith('e')) return [`${word.slice(0, -1)}ing`];
  const forms = [`${word}ing`];
  const d = doubled(word);
  if (d) forms.push(`${d}ing`);
  return forms;
}

/** Every surface form of a lexicon word: itself, -s, past, past participle, -ing (+ irregulars). */
export function inflections(word: string, irregular: ReadonlyMap<string, readonly string[]>): string[] {
  const out = new Set<string>([word, `${word}s`, thirdPerson(word)]);
  // Hyphenated or multi-part words only take the plural.
  if (!/^[a-z]+$/.test(word)) return [...out];
  const irr = irregular.get(word);
  if (irr) for (const f of irr) out.add(f);
  else for (const f of pastForms(word)) out.add(f);
  for (const f of ingForms(word)) out.add(f);
  return [...out];
}
