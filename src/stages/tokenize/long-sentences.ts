import type { Sentence, Token } from '../../document/layers.js';

/**
 * Several later passes compare the words of one sentence with each other (a verb with every
 * name before it, a name with every title near it), which is fine for a sentence of forty
 * words and quadratic on a "sentence" of a hundred thousand: a list, a dump without full stops,
 * a page of dates. No sentence of prose runs to this many tokens, so a longer one is cut into
 * pieces of at most that many, each a sentence of its own for every later stage.
 */
export const MAX_SENTENCE_TOKENS = 300;

/** Tokens after which a cut does least harm to the grammar: the clause and list separators. */
const SEPARATOR = new Set([';', ',', ':', '—', '–', '-', ')', ']', '.', '!', '?', '…']);

/**
 * Where to end the piece that starts at token `from` of a sentence ending at `to`: after the
 * last separator in the second half of the allowed length, else at the full length.
 */
function pieceEnd(tokens: readonly Token[], from: number, to: number, max: number): number {
  const limit = Math.min(to, from + max);
  if (limit === to) return to;
  for (let t = limit - 1; t > from + (max >> 1); t--) {
    if (SEPARATOR.has(tokens[t]!.text)) return t + 1;
  }
  for (let t = limit - 1; t > from + (max >> 1); t--) {
    if (tokens[t]!.lower === 'and' || tokens[t]!.lower === 'or') return t;
  }
  return limit;
}

/** The sentences with every one longer than `max` tokens cut into pieces; indices renumbered. */
export function capSentences(tokens: readonly Token[], sentences: readonly Sentence[], max = MAX_SENTENCE_TOKENS): Sentence[] {
  if (!sentences.some((s) => s.tokenEnd - s.tokenStart > max)) return sentences as Sentence[];
  const out: Sentence[] = [];
  for (const s of sentences) {
    let from = s.tokenStart;
    while (from < s.tokenEnd) {
      const end = s.tokenEnd - from > max ? pieceEnd(tokens, from, s.tokenEnd, max) : s.tokenEnd;
      out.push({ index: out.length, start: tokens[from]!.start, end: tokens[end - 1]!.end, tokenStart: from, tokenEnd: end, paragraph: s.paragraph });
      from = end;
    }
  }
  return out;
}
