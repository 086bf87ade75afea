import type { Sentence, Token } from '../../document/layers.js';
import { gazetteer, type GazetteerHit } from '../../lexicon/gazetteer.js';
import { groupLexicon, type GroupNoun } from '../../lexicon/groups.js';
import { isCapitalized, lookupKey } from '../../lexicon/normalize.js';
import { titleLexicon, type TitleEntry } from '../../lexicon/titles.js';
import type { DraftMention } from './draft.js';

/** Longest phrase (in tokens) looked up in the name lexicons. */
const MAX_NAME_TOKENS = 10;
/** Phrases longer than this many characters are never lexicon names. */
const MAX_NAME_CHARS = 90;

export interface NameHit {
  readonly start: number;
  /** One past the last token. */
  readonly end: number;
  readonly hit: GazetteerHit;
}

export interface TitleHit {
  readonly start: number;
  readonly end: number;
  readonly entry: TitleEntry;
  readonly text: string;
}

export interface GroupHit {
  readonly start: number;
  readonly end: number;
  readonly noun: GroupNoun;
}

/** What each token has been taken for, so later rules leave it alone. */
export const Claim = { Free: 0, Title: 1, Mention: 2 } as const;
export type Claim = (typeof Claim)[keyof typeof Claim];

/**
 * The tokens of one sentence with the look-ups every rule needs: phrase keys built from
 * the original text, name and title hits, and a per-token claim so rules do not overlap.
 */
export class SentenceScan {
  readonly nameAt: (NameHit | undefined)[];
  readonly titleAt: (TitleHit | undefined)[];
  readonly claim: Uint8Array;
  readonly out: DraftMention[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
    /** Lower-case words the document uses in lower case somewhere (so a capital is only sentence case). */
    readonly lowerWords: ReadonlySet<string>,
  ) {
    const n = tokens.length;
    this.nameAt = new Array<NameHit | undefined>(n);
    this.titleAt = new Array<TitleHit | undefined>(n);
    this.claim = new Uint8Array(n);
  }

  get first(): number {
    return this.sentence.tokenStart;
  }

  get last(): number {
    return this.sentence.tokenEnd;
  }

  tok(i: number): Token | undefined {
    return i >= this.sentence.tokenStart && i < this.sentence.tokenEnd ? this.tokens[i] : undefined;
  }

  /** True when tokens i-1 and i touch with no space between ("al" "-" "Bashir"). */
  glued(i: number): boolean {
    const a = this.tokens[i - 1];
    const b = this.tokens[i];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Text of tokens [i, j) as written. */
  span(i: number, j: number): string {
    return this.text.slice(this.tokens[i]!.start, this.tokens[j - 1]!.end);
  }

  key(i: number, j: number): string {
    return lookupKey(this.span(i, j));
  }

  isWord(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && /\p{L}/u.test(t.text);
  }

  isCap(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && isCapitalized(t.text) && /\p{L}/u.test(t.text);
  }

  lower(i: number): string {
    return this.tok(i)?.lower ?? '';
  }

  /** Sentence-initial, or right after an opening quote or bracket. */
  atClauseStart(i: number): boolean {
    if (i === this.first) return true;
    const prev = this.tok(i - 1);
    return prev !== undefined && /^[“"‘'(«\[—–-]$/.test(prev.text);
  }

  isPossessive(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && /^['’]s?$/.test(t.text) && t.start === this.tokens[i - 1]?.end;
  }

  free(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (this.claim[k] !== Claim.Free) return false;
    return true;
  }

  take(i: number, j: number, how: Claim = Claim.Mention): void {
    for (let k = i; k < j; k++) this.claim[k] = how;
  }

  push(m: DraftMention): void {
    this.out.push(m);
    this.take(m.tokenStart, m.tokenEnd);
  }

  /** Marks the longest lexicon name starting at each token, left to right, without overlaps. */
  findNames(): void {
    const table = gazetteer();
    for (let i = this.first; i < this.last; i++) {
      const t = this.tokens[i]!;
      if (!/\p{L}/u.test(t.text)) continue;
      let best: NameHit | undefined;
      const maxJ = Math.min(this.last, i + MAX_NAME_TOKENS);
      for (let j = i + 1; j <= maxJ; j++) {
        if (this.tokens[j - 1]!.end - t.start > MAX_NAME_CHARS) break;
        const key = this.key(i, j);
        const hit = table.get(key);
        if (!hit) continue;
        const written = this.span(i, j).replace(/\s+/g, ' ');
        if (hit.caseSensitive ? written !== hit.spelling : !isCapitalized(t.text)) continue;
        best = { start: i, end: j, hit };
      }
      if (best) {
        for (let k = best.start; k < best.end; k++) this.nameAt[k] = best;
        i = best.end - 1;
      }
    }
  }

  /** Marks titles ("President", "Governor", "foreign minister"), longest first, outside names. */
  findTitles(): void {
    const { byKey, maxWords } = titleLexicon();
    for (let i = this.first; i < this.last; i++) {
      if (this.nameAt[i] || !this.isWord(i)) continue;
      let best: TitleHit | undefined;
      const maxJ = Math.min(this.last, i + maxWords + 2);
      for (let j = i + 1; j <= maxJ; j++) {
        if (this.nameAt[j - 1]) break;
        const text = this.span(i, j);
        const entry = byKey.get(lookupKey(text));
        if (entry) best = { start: i, end: j, entry, text };
      }
      if (best) {
        for (let k = best.start; k < best.end; k++) this.titleAt[k] = best;
        i = best.end - 1;
      }
    }
  }

  /** The longest group noun phrase starting at token i ("security forces", "police"). */
  groupAt(i: number): GroupHit | undefined {
    const { byKey, maxWords } = groupLexicon();
    let best: GroupHit | undefined;
    const maxJ = Math.min(this.last, i + maxWords);
    for (let j = i + 1; j <= maxJ; j++) {
      if (!this.isWord(j - 1)) break;
      const noun = byKey.get(this.key(i, j));
      if (noun) best = { start: i, end: j, noun };
    }
    return best;
  }
}
