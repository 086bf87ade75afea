import type { Span } from '../../document/span.js';

/** One quotation found between marks, before attribution. Offsets are document offsets. */
export interface MarkedQuote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; for a quote left open, the end of its paragraph. */
  readonly close: number;
  readonly openMark: string;
  /** Where the quoted words start: after the opening mark (one character, two for ``). */
  readonly textStart: number;
  readonly paragraph: number;
  /** The quote runs on into the next paragraph, which opens with a quotation mark again. */
  readonly continues: boolean;
  /** The opening mark was never closed and the next paragraph does not continue it. */
  readonly unclosed: boolean;
}

/** An opening mark never closed, dropped because real quotes follow it in the paragraph. */
export interface StrayMark {
  readonly at: number;
  readonly mark: string;
}

export interface MarkedQuotes {
  readonly quotes: MarkedQuote[];
  readonly stray: StrayMark[];
}

type Family = 'double' | 'single' | 'guillemet' | 'low';

interface OpenMark {
  readonly mark: string;
  readonly at: number;
  readonly family: Family;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD.test(c);
const SPACE = /\s/;
const isSpace = (c: string | undefined) => c === undefined || SPACE.test(c);
/** Characters after which a straight or left quote mark opens a quotation. */
const OPENS_AFTER = /[\s([{\-–—/:;,“‘«„"']/;
const opensAfter = (c: string | undefined) => c === undefined || OPENS_AFTER.test(c);

/** Index in the stack of the innermost open mark of a family set, or -1. */
function innermost(stack: readonly OpenMark[], families: readonly Family[]): number {
  for (let i = stack.length - 1; i >= 0; i--) if (families.includes(stack[i]!.family)) return i;
  return -1;
}

/** Deeper nesting than this is stray marks, not quotation; capping it keeps the scan linear. */
const MAX_DEPTH = 8;

const DOUBLE_FAMILIES: readonly Family[] = ['double', 'low'];
const SINGLE: readonly Family[] = ['single'];
const GUILLEMET: readonly Family[] = ['guillemet'];

/** ` ' " « » ‘ ’ ‚ “ ” „: the characters the pairing below reacts to. */
function isMarkCode(c: number): boolean {
  // Letters and most other ASCII characters lie above the backtick: two comparisons settle them.
  if (c > 96) return c >= 0xab && (c === 0xab || c === 0xbb || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201c || c === 0x201d || c === 0x201e);
  return c === 39 || c === 34 || c === 96;
}

/**
 * Closes the open mark at `index` of the stack at offset `at`: a quote if it was the outermost,
 * a candidate (in `inner`) if it sat right inside the outermost one.
 */
function closePair(stack: OpenMark[], index: number, at: number, paragraph: number, found: MarkedQuote[], inner: MarkedQuote[]): void {
  const opener = stack[index]!;
  stack.length = index;
  const pair = { open: opener.at, close: at, openMark: opener.mark, textStart: opener.at + opener.mark.length, paragraph, continues: false, unclosed: false };
  if (index === 0) {
    found.push(pair);
    inner.length = 0;
  } else if (index === 1) {
    inner.push(pair);
  }
}

/**
 * Pairs quotation marks inside each paragraph, in one pass. Only outermost pairs become
 * quotes: marks nested inside another quotation (‘...’ inside “...”) belong to it.
 * Apostrophes (Let’s, Russia’s, don't) are told apart from single quotes by the letters
 * on both sides. A quote left open at the end of a paragraph continues into the next one
 * when that paragraph opens with a quotation mark, as news copy does for long quotes.
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuotes {
  // Coreference asks first (which words are quoted), the quotes stage right after with the same
  // text and paragraphs: the second ask takes the first answer, which is then let go.
  const kept = lastMarked;
  lastMarked = null;
  if (kept && kept.text === text && kept.paragraphs === paragraphs) return kept.found;
  const found = readMarkedQuotes(text, paragraphs);
  lastMarked = { text, paragraphs, found };
  return found;
}

/** The latest answer of findMarkedQuotes, kept for one more ask. */
let lastMarked: { readonly text: string; readonly paragraphs: readonly Span[]; readonly found: MarkedQuotes } | null = null;

function readMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuotes {
  const found: MarkedQuote[] = [];
  const stray: StrayMark[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p]!;
    const stack: OpenMark[] = [];
    // Pairs closed just inside the outermost open mark: quotes in their own right if that mark proves stray.
    const inner: MarkedQuote[] = [];
    for (let i = start; i < end; i++) {
      // Most characters are no mark at all; nothing below looks at them or changes for them.
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const c = text[i]!;
      if (stack.length > MAX_DEPTH) stack.length = MAX_DEPTH;
      // Typewriter style from older wire copy: ``quoted words''.
      if (c === '`' && text[i + 1] === '`') {
        stack.push({ mark: '``', at: i, family: 'double' });
        i++;
        continue;
      }
      if (c === "'" && text[i + 1] === "'" && i + 1 < end) {
        const d = innermost(stack, DOUBLE_FAMILIES);
        if (d >= 0 && stack[d]!.mark === '``') {
          closePair(stack, d, i, p, found, inner);
          i++;
          continue;
        }
      }
      if (c === '“' || c === '”' || c === '«' || c === '»' || c === '„' || c === '"' || c === '‘' || c === '’' || c === '‚' || c === "'") {
        const prev = i > start ? text[i - 1] : undefined;
        const next = i + 1 < end ? text[i + 1] : undefined;
        switch (c) {
          case '“': {
            const d = innermost(stack, DOUBLE_FAMILIES);
            if (d >= 0 && stack[d]!.family === 'low') closePair(stack, d, i, p, found, inner);
            else if (d >= 0 && !isSpace(prev) && !isWord(next)) closePair(stack, d, i, p, found, inner); // “ misused as a closing mark
            else stack.push({ mark: c, at: i, family: 'double' });
            break;
          }
          case '”': {
            const d = innermost(stack, DOUBLE_FAMILIES);
            if (d >= 0) closePair(stack, d, i, p, found, inner);
            else if (opensAfter(prev) && !isSpace(next)) stack.push({ mark: c, at: i, family: 'double' }); // ”...” style
            break;
          }
          case '«': {
            // German style »...«: a « after a word closes a quotation that » opened.
            const g = innermost(stack, GUILLEMET);
            if (g >= 0 && stack[g]!.mark === '»' && !isSpace(prev)) closePair(stack, g, i, p, found, inner);
            else stack.push({ mark: c, at: i, family: 'guillemet' });
            break;
          }
          case '»': {
            const g = innermost(stack, GUILLEMET);
            if (g >= 0) closePair(stack, g, i, p, found, inner);
            else if (opensAfter(prev) && !isSpace(next)) stack.push({ mark: c, at: i, family: 'guillemet' });
            break;
          }
          case '„':
            stack.push({ mark: c, at: i, family: 'low' });
            break;
          case '"': {
            const d = innermost(stack, DOUBLE_FAMILIES);
            if (d >= 0 && stack[d]!.mark === '"' && !isSpace(prev)) closePair(stack, d, i, p, found, inner);
            else if (opensAfter(prev) && !isSpace(next)) stack.push({ mark: c, at: i, family: 'double' });
            break;
          }
          case '‚':
            // Low single opening mark (German, Polish): ‚...‘
            if (!isWord(prev) && !isSpace(next)) stack.push({ mark: c, at: i, family: 'single' });
            break;
          case '‘': {
            const s = innermost(stack, SINGLE);
            if (s >= 0 && stack[s]!.mark === '‚' && !isSpace(prev) && !isWord(next)) closePair(stack, s, i, p, found, inner);
            else if (!isWord(prev) && !isSpace(next)) stack.push({ mark: c, at: i, family: 'single' });
            break;
          }
          case '’':
          case "'": {
            if (isWord(prev) && isWord(next)) break; // apostrophe: Let’s, don't
            // Plural possessive inside a single-quoted quote: ‘the countries’ interests ...’
            if ((prev === 's' || prev === 'S') && /^ [\p{Ll}]/u.test(text.slice(i + 1, i + 3)) && !/^ (?:he|she|they|said|says|added|noted|told|asked)\b/.test(text.slice(i + 1, i + 9))) break;
            const s = innermost(stack, SINGLE);
            if (s >= 0 && !isSpace(prev) && !isWord(next)) closePair(stack, s, i, p, found, inner);
            else if (c === "'" && s < 0 && opensAfter(prev) && isWord(next)) stack.push({ mark: c, at: i, family: 'single' });
            break;
          }
        }
      }
    }
    // Whatever is still open at the paragraph end: only the outermost mark matters.
    const outer = stack[0];
    if (!outer) continue;
    const nextPara = paragraphs[p + 1];
    const reopens = nextPara !== undefined && /^[“"«»„‘‚']/.test(text.slice(nextPara.start, nextPara.start + 1)) && outer.family !== 'single';
    if (outer.family === 'single' && !reopens) continue; // an unpaired ‘ is most often a stray apostrophe
    if (!reopens && inner.length > 0) {
      // `The "grey zone and “We will win,” he said.`: the open mark is stray, the pairs after it are the quotes.
      stray.push({ at: outer.at, mark: outer.mark });
      found.push(...inner);
      continue;
    }
    found.push({ open: outer.at, close: end, openMark: outer.mark, textStart: outer.at + outer.mark.length, paragraph: p, continues: reopens, unclosed: !reopens });
  }
  return { quotes: found, stray };
}
