import type { Sentence, Token } from '../../document/layers.js';
import type { GazetteerHit } from '../../lexicon/gazetteer.js';
import { isGivenKey } from '../../lexicon/given-names.js';
import { groupLexicon, type GroupNoun } from '../../lexicon/groups.js';
import { lookupKey, singleSpaced } from '../../lexicon/normalize.js';
import { titleLexicon, type TitleEntry } from '../../lexicon/titles.js';
import { wordLists } from '../../lexicon/words.js';
import { wordIds } from '../../lexicon/word-table.js';
import type { PhraseNode } from '../../lexicon/phrase-steps.js';
import { GROUP_STEPS, Mark, NAME_STEPS, TITLE_STEPS, wordFacts, type WordFacts } from './word-facts.js';
import type { DraftMention } from './draft.js';

export { keyOfText } from './word-facts.js';

/** Longest phrase (in tokens) looked up in the name lexicons. */
/** Most subject words joined by "and" before the subject opening an office: "Foreign Affairs and Climate". */
const MAX_JOINED_SUBJECT_WORDS = 3;
/** Prepositions that open an office's complement: subject words after them are that office's. */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'on', 'to']);

const MAX_NAME_TOKENS = 10;
/** Phrases longer than this many characters are never lexicon names. */
const MAX_NAME_CHARS = 90;

/** What the rules ask of the words a document writes in lower case: whether a lower-case form is one of them. */
export interface LowerCaseWords {
  has(lower: string): boolean;
}

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

/** Most capitalised words of the name after an office's "of" before its holder's name. */
const MAX_OF_NAME_WORDS = 5;
/** Title words that are also given names in Arabic lineages: "Sultan bin Saeed", "Amir bin Ali". */
const TITLE_GIVEN_NAMES = /^(?:sultan|amir|ameer|emir|malik|khalifa|mir)$/;

/** Opening quotation marks, brackets and dashes, after which a clause starts. */
const CLAUSE_OPENERS = new Set(['“', '"', '‘', "'", '(', '«', '[', '—', '–', '-']);

/** Most subject words between a rank and its title: "Deputy [foreign policy] chief". */
const MAX_SUBJECT_WORDS = 3;

/** Rank words that can stand before any title. */
const TITLE_RANKS = new Set(['vice', 'deputy', 'first', 'assistant', 'junior', 'senior', 'acting', 'chief', 'joint', 'additional', 'principal', 'permanent', 'official']);
/** Ordinals after "First" that rank holders of one office when capitalised before it: "Second Minister", "Third Secretary", "Third Vice-President". */
const ORDINAL_RANKS = new Set(['Second', 'Third', 'Fourth', 'Fifth']);

function capitalize(words: string): string {
  return words.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/**
 * What each token has been taken for, so later rules leave it alone. `Currency` marks country
 * words inside a currency name ("US dollars"), which are no mention at all.
 */
export const Claim = { Free: 0, Title: 1, Mention: 2, Currency: 3 } as const;
export type Claim = (typeof Claim)[keyof typeof Claim];

/**
 * The per-token tables of a document's scans, indexed by the token's place in the document. Each
 * scan reads and writes only its own sentence's tokens and clears that stretch when it starts, so
 * the sentences of a document share one set of tables, and documents one after another the same
 * storage: no tables are made per sentence (a typed array of a long sentence's size is even made
 * outside the engine's heap, which costs more than filling it).
 */
export interface TokenTables {
  nameAt: (NameHit | undefined)[];
  titleAt: (TitleHit | undefined)[];
  claim: Uint8Array;
  facts: WordFacts[];
  shape: Uint8Array;
  groupMemo: (GroupHit | null | undefined)[];
}

/** What fills the facts of tokens no scan has read yet, so that the table has no holes. */
const NO_FACTS: WordFacts = wordFactsOfNothing();

function wordFactsOfNothing(): WordFacts {
  return { key: '', marks: 0, nameFirst: undefined, titleFirst: undefined, groupFirst: undefined };
}

/** Tables of `size` tokens, filled so that no array has holes. */
function makeTables(size: number): TokenTables {
  return {
    nameAt: new Array<NameHit | undefined>(size).fill(undefined),
    titleAt: new Array<TitleHit | undefined>(size).fill(undefined),
    claim: new Uint8Array(size),
    facts: new Array<WordFacts>(size).fill(NO_FACTS),
    shape: new Uint8Array(size),
    groupMemo: new Array<GroupHit | null | undefined>(size).fill(undefined),
  };
}

/** Longest document (in tokens) whose tables are kept for the next: a huge one's go with it. */
const MAX_KEPT_TOKENS = 1 << 14;
let kept: TokenTables = makeTables(0);

/**
 * Tables for the scans of one document of `tokenCount` tokens: the kept ones, grown as needed, or
 * for a very long document tables of its own. Good until the next document's tables are asked for.
 */
export function documentTables(tokenCount: number): TokenTables {
  if (tokenCount > MAX_KEPT_TOKENS) return makeTables(tokenCount);
  if (kept.claim.length < tokenCount) kept = makeTables(Math.min(MAX_KEPT_TOKENS, Math.max(1024, tokenCount, kept.claim.length * 2)));
  return kept;
}

/**
 * The tokens of one sentence with the look-ups every rule needs: phrase keys built from
 * the original text, name and title hits, and a per-token claim so rules do not overlap.
 */
export class SentenceScan {
  /** First token of the sentence (document index). */
  readonly first: number;
  /** One past its last token. */
  readonly last: number;
  /** Word ids of the document's tokens (word-table.ts). */
  private readonly ids: Int32Array;
  /** Per-token tables, by document index, shared with the document's other scans (documentTables): only [first, last) is this scan's. */
  private readonly nameAt: (NameHit | undefined)[];
  private readonly titleAt: (TitleHit | undefined)[];
  private readonly claim: Uint8Array;
  /** What each token's word is (word-facts.ts): one record per word, read once per token here. */
  private readonly facts: WordFacts[];
  /** Per token: 1 = has a letter, 2 = also starts with a capital. */
  private readonly shape: Uint8Array;
  /** Per token: the group noun phrase starting there (null: none), read on first ask. */
  private readonly groupMemo: (GroupHit | null | undefined)[];
  readonly out: DraftMention[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
    /** Lower-case words the document uses in lower case somewhere (so a capital is only sentence case). */
    readonly lowerWords: LowerCaseWords,
    /** The document's per-token tables (documentTables), shared by its sentences' scans. */
    shared: TokenTables,
    /**
     * Bodies the document has named in full, by their first word, with their country ("senate" -> CZE
     * after "Senate of the Parliament of the Czech Republic"): the same word alone later means that body.
     */
    readonly bodies: Map<string, string> = new Map(),
  ) {
    const first = sentence.tokenStart;
    const last = sentence.tokenEnd;
    this.first = first;
    this.last = last;
    this.nameAt = shared.nameAt;
    this.titleAt = shared.titleAt;
    this.claim = shared.claim;
    this.facts = shared.facts;
    this.shape = shared.shape;
    this.groupMemo = shared.groupMemo;
    this.ids = wordIds(tokens);
    this.claim.fill(Claim.Free, first, last);
    // A word's facts are its own, computed once per word of the process: its record is read here, once
    // per token, and every later question about the token reads that record. The shape, which every
    // rule asks, is copied beside it into a byte per token.
    for (let t = first; t < last; t++) {
      const facts = wordFacts(this.ids[t]!, tokens[t]!.text);
      this.facts[t] = facts;
      this.shape[t] = facts.marks & Mark.Shape;
      this.nameAt[t] = undefined;
      this.titleAt[t] = undefined;
      this.groupMemo[t] = undefined;
    }
  }

  /** The country of a body named by one word ("the Senate") that the document has named in full before, or null. */
  bodyCountry(name: string): string | null {
    const key = lookupKey(name);
    return key.includes(' ') ? null : this.bodies.get(key) ?? null;
  }

  /** Remembers the bodies named in full in this sentence so far ("Senate of the Parliament of the Czech Republic"). */
  rememberBodies(): void {
    for (const m of this.out) {
      if (m.type !== 'organization' || m.form !== 'name' || !m.country) continue;
      const words = /^(\S+) of /.exec(lookupKey(m.canonical ?? ''));
      if (words) this.bodies.set(words[1]!, m.country);
    }
  }

  /** The key of token i alone. */
  tokenKey(i: number): string {
    if (i < this.first || i >= this.last) return '';
    return this.facts[i]!.key;
  }

  /** Whether token i's key is a listed given name (isGivenKey(tokenKey(i)), read from the word table). */
  isGiven(i: number): boolean {
    return i >= this.first && i < this.last ? (this.facts[i]!.marks & Mark.Given) !== 0 : isGivenKey('');
  }

  /** Token i's id in the process's word table (word-table.ts); -1 for a text too long to keep. */
  wordId(i: number): number {
    return this.ids[i] ?? -1;
  }

  /** Whether token i's word carries `mark`, one of word-facts.ts's Mark bits; false outside the sentence. */
  marked(i: number, mark: number): boolean {
    return i >= this.first && i < this.last && (this.facts[i]!.marks & mark) !== 0;
  }

  /** Whether a listed group noun phrase starts with token i's word; false outside the sentence. */
  startsGroup(i: number): boolean {
    return i >= this.first && i < this.last && (this.facts[i]!.marks & Mark.StartsGroup) !== 0;
  }

  /** The lexicon name covering token i, if any. */
  nameHit(i: number): NameHit | undefined {
    return i >= this.first && i < this.last ? this.nameAt[i] : undefined;
  }

  /** The title covering token i, if any. */
  titleHit(i: number): TitleHit | undefined {
    return i >= this.first && i < this.last ? this.titleAt[i] : undefined;
  }

  /** What token i has been taken for; tokens outside the sentence count as taken. */
  claimOf(i: number): Claim {
    return i >= this.first && i < this.last ? (this.claim[i]! as Claim) : Claim.Mention;
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

  /** Look-up key of tokens [i, j): token keys joined by one space where the text has any. */
  key(i: number, j: number): string {
    let out = this.tokenKey(i);
    for (let k = i + 1; k < j; k++) out += (this.glued(k) ? '' : ' ') + this.tokenKey(k);
    return out;
  }

  isWord(i: number): boolean {
    return i >= this.first && i < this.last && this.shape[i]! > 0;
  }

  isCap(i: number): boolean {
    return i >= this.first && i < this.last && this.shape[i] === 2;
  }

  lower(i: number): string {
    return this.tok(i)?.lower ?? '';
  }

  /** Sentence-initial, or right after an opening quote or bracket. */
  atClauseStart(i: number): boolean {
    if (i === this.first) return true;
    const prev = this.tok(i - 1);
    return prev !== undefined && prev.text.length === 1 && CLAUSE_OPENERS.has(prev.text);
  }

  /**
   * One past the end of the written word that starts at token i. The tokenizer splits some
   * words ("Selaković" -> "Selakovi" + "ć", "Anwaar-ul-Haq" -> five tokens); a word goes on
   * while tokens touch and are letters, or a hyphen or apostrophe between letters.
   */
  wordEnd(i: number): number {
    let k = i + 1;
    while (k < this.last && this.glued(k)) {
      const t = this.tokens[k]!.text;
      if (this.isPossessive(k)) break;
      if (/^\p{L}[\p{L}\p{M}]*$/u.test(t)) {
        k++;
        continue;
      }
      if (/^[-‐'’]$/.test(t) && k + 1 < this.last && this.glued(k + 1) && /^\p{L}/u.test(this.tokens[k + 1]!.text)) {
        k += 2;
        continue;
      }
      break;
    }
    return k;
  }

  isPossessive(i: number): boolean {
    const t = this.tok(i);
    return t !== undefined && (this.facts[i]!.marks & Mark.Possessive) !== 0 && t.start === this.tokens[i - 1]?.end;
  }

  free(i: number, j: number): boolean {
    for (let k = i; k < j; k++) if (this.claimOf(k) !== Claim.Free) return false;
    return true;
  }

  take(i: number, j: number, how: Claim = Claim.Mention): void {
    for (let k = i; k < j; k++) if (k >= this.first && k < this.last) this.claim[k] = how;
  }

  /**
   * Keeps a draft as an object with every field, unset ones undefined, written in one order: the
   * rules make drafts with different optional fields, and later rules read them all, at sites that
   * would otherwise meet drafts of many shapes.
   */
  push(m: DraftMention): void {
    this.out.push({
      start: m.start,
      end: m.end,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      type: m.type,
      form: m.form,
      canonical: m.canonical,
      country: m.country,
      sector: m.sector,
      placeKind: m.placeKind,
      title: m.title,
      body: m.body,
      countrySource: m.countrySource,
      extentEnd: m.extentEnd,
      rule: m.rule,
    });
    this.take(m.tokenStart, m.tokenEnd);
  }

  /** Marks the longest lexicon name starting at each token, left to right, without overlaps. */
  findNames(): void {
    const steps = NAME_STEPS();
    for (let i = this.first; i < this.last; i++) {
      const t = this.tokens[i]!;
      // Every lexicon name starts with a capital letter.
      if (!this.isCap(i)) continue;
      // The longest hit so far, by its end: the hit's record is made once, for the one kept.
      let bestEnd = -1;
      let bestHit: GazetteerHit | null = null;
      const maxJ = Math.min(this.last, i + MAX_NAME_TOKENS);
      let node: PhraseNode<GazetteerHit> | undefined;
      for (let j = i + 1; j <= maxJ; j++) {
        if (this.tokens[j - 1]!.end - t.start > MAX_NAME_CHARS) break;
        if (j - 1 > i && !this.glued(j - 1) && (this.facts[j - 1]!.marks & Mark.LaterInName) === 0) break;
        // The first word's step is the word's own, kept in its facts.
        node = j === i + 1 ? this.facts[i]!.nameFirst : steps.next(node!, this.glued(j - 1), this.tokenKey(j - 1));
        if (node === undefined) break;
        const hit = node.hit;
        if (hit === null) continue;
        // Acronyms must match as written ("US", not "Us"); other names need only their capital.
        if (hit.caseSensitive && singleSpaced(this.span(i, j)) !== hit.spelling) continue;
        // "Park Jin-woo" is not the listed "Park Jin": a listed person whose last word goes on past a
        // glued hyphen into a lower-case syllable is part of a longer name, left to the name rules.
        if (hit.entry.kind === 'person' && /^[-‐]$/.test(this.tok(j)?.text ?? '') && this.glued(j) && this.glued(j + 1) && /^\p{Ll}/u.test(this.tok(j + 1)?.text ?? '')) continue;
        bestEnd = j;
        bestHit = hit;
      }
      if (bestHit !== null) {
        const best: NameHit = { start: i, end: bestEnd, hit: bestHit };
        for (let k = i; k < bestEnd; k++) this.nameAt[k] = best;
        i = bestEnd - 1;
      }
    }
  }

  /** Marks titles ("President", "Governor", "foreign minister"), longest first, outside names. */
  /** The longest listed title starting at token i, outside names. */
  private titleMatchAt(i: number): TitleHit | undefined {
    const { maxWords } = titleLexicon();
    if (i >= this.last || this.nameHit(i) || !this.isWord(i) || (this.facts[i]!.marks & Mark.StartsTitle) === 0) return undefined;
    const steps = TITLE_STEPS();
    let best: TitleHit | undefined;
    const maxJ = Math.min(this.last, i + maxWords + 2);
    let node: PhraseNode<TitleEntry> | undefined;
    let shorter: TitleHit | undefined;
    for (let j = i + 1; j <= maxJ; j++) {
      if (this.nameHit(j - 1)) break;
      if (j - 1 > i && !this.glued(j - 1) && (this.facts[j - 1]!.marks & Mark.LaterInTitle) === 0) break;
      node = j === i + 1 ? this.facts[i]!.titleFirst : steps.next(node!, this.glued(j - 1), this.tokenKey(j - 1));
      if (node === undefined) break;
      const entry = node.hit;
      if (entry) {
        shorter = best;
        best = { start: i, end: j, entry, text: this.span(i, j) };
      }
    }
    // "Minister of State Security", "Minister of State Property": "of State" right before a capitalised
    // portfolio word opens the portfolio, named with "state"; the office is the shorter one before it.
    if (best && shorter && this.lower(best.end - 1) === 'state' && this.lower(best.end - 2) === 'of' && this.isCap(best.end)
      && !this.nameHit(best.end) && !this.titleHit(best.end) && wordLists().portfolio.has(this.lower(best.end))) best = shorter;
    // "Secretary-Treasurer", "President-Director": two offices joined by a glued hyphen are one compound
    // office of one holder, named by its first. A hyphen before a word that is no office leaves the office
    // alone ("Minister-level talks", "President-elect").
    if (best && this.isHyphen(best.end) && this.glued(best.end) && this.glued(best.end + 1)) {
      const second = this.titleMatchAt(best.end + 1);
      if (second) best = { start: i, end: second.end, entry: best.entry, text: this.span(i, second.end) };
    }
    return best;
  }

  /** Whether token k is a hyphen. */
  private isHyphen(k: number): boolean {
    const text = this.tok(k)?.text;
    return text === '-' || text === '‐';
  }

  /**
   * Whether a title follows token j, perhaps after subject words: "[Deputy] Chairman",
   * "[Deputy] Foreign Minister", "[Deputy] foreign policy chief".
   */
  private titleFollows(j: number): boolean {
    const { portfolio } = wordLists();
    for (let k = j; k < Math.min(this.last, j + MAX_SUBJECT_WORDS + 1); k++) {
      if (this.titleMatchAt(k)) return true;
      // "Deputy Permanent Representative": another rank may stand between a rank and its title.
      if (!portfolio.has(this.lower(k)) && !TITLE_RANKS.has(this.lower(k))) return false;
    }
    return false;
  }

  /** Most capitalised words between a title word and a body's head noun that make it the body's first word. */
  private static readonly BODY_WORDS_AHEAD = 3;

  /**
   * Whether capitalised words from token k end on an organisation's head noun within a few words,
   * none of them a given name, a listed name or an office: "Sector Advisory Group".
   */
  private bodyHeadAhead(k: number): boolean {
    const { orgHeads } = wordLists();
    for (let j = k; j < this.last && j < k + SentenceScan.BODY_WORDS_AHEAD + 1; j++) {
      if (!this.isCap(j) || this.isGiven(j) || this.nameHit(j) || this.titleHit(j)) return false;
      if (j > k && orgHeads.has(this.lower(j))) return true;
    }
    return false;
  }

  findTitles(): void {
    for (let i = this.first; i < this.last; i++) {
      let best = this.titleMatchAt(i);
      // "Deputy Chairman", "Deputy Foreign Minister": a rank that is also a title of its own ("Deputy"
      // is a member of parliament, "Chief" a head) is only the rank of a title that follows.
      if (best && TITLE_RANKS.has(lookupKey(best.text)) && this.titleFollows(best.end)) best = undefined;
      // "the General Authority for ...", "the General Directorate": one title word before a body's
      // head noun is a word of the body's name.
      if (best && best.end === best.start + 1 && this.isCap(best.end) && wordLists().orgHeads.has(this.lower(best.end))) best = undefined;
      // "the Private Sector Advisory Group": so is one opening a few capitalised words that end on a
      // head noun; a rank is followed by its bearer's name ("Private Emeka Obi"), never by a body's.
      if (best && best.end === best.start + 1 && this.bodyHeadAhead(best.end)) best = undefined;
      // "Sultan bin Saeed Al Mansoori", "Amir bin Ali": a title word right before "bin" or "ibn" and a
      // father's name is the bearer's own given name; an office is followed by a name, not by "son of".
      // Only a title that is also a given name reads so: "President bin Salman", "Crown Prince bin Salman"
      // are offices before a surname opened by its particle.
      if (best && best.end === best.start + 1 && TITLE_GIVEN_NAMES.test(this.lower(best.start))
        && /^(?:bin|bint|ibn)$/.test(this.tok(best.end)?.text ?? '') && this.isCap(best.end + 1)) best = undefined;
      // "Sultan Al Jaber": so is "Sultan" right before a family name opened by "Al"; a sultan is styled
      // by his given name first ("Sultan Haitham bin Tarik").
      if (best && best.end === best.start + 1 && this.tok(best.start)?.text === 'Sultan'
        && (/^Al-\p{Lu}/u.test(this.tok(best.end)?.text ?? '')
          || (this.tok(best.end)?.text === 'Al' && (this.isCap(best.end + 1) || (this.tok(best.end + 1)?.text === '-' && this.isCap(best.end + 2)))))) best = undefined;
      // "Chief Executive of QM Global Sultan Omar Saleh": after an office's "of" and the capitalised
      // name of what the office is of, the next capitalised run is the holder's name, so a title that is also
      // a given name opens it.
      if (best && best.end === best.start + 1 && TITLE_GIVEN_NAMES.test(this.lower(best.start)) && this.isCap(best.end)
        && !this.titleHit(best.end) && this.holderAfterOfficeOf(best.start)) best = undefined;
      // "King Al-Sultan Abdullah", "Al-Amir": a title word glued to the article "Al-" is a word of the name.
      if (best && this.tok(best.start - 1)?.text === '-' && this.glued(best.start) && this.glued(best.start - 1)
        && /^(?:al|el)$/i.test(this.tok(best.start - 2)?.text ?? '')) best = undefined;
      if (best) {
        // "Vice Foreign Minister", "Deputy Prime Minister", "First Deputy Minister": rank words join the title.
        // "Trade Commissioner", "Economy Minister": capitalised subject words join the title too, and
        // lower-case ones before a lower-case title ("foreign policy chief"): the office is the whole phrase,
        // not its last word. A capitalised title after lower-case words ("on trade Minister X") stays alone.
        const { portfolio } = wordLists();
        const titleCap = this.isCap(best.start);
        const joins = (k: number) => k >= this.first && !this.nameHit(k) && !this.titleHit(k) && this.isWord(k)
          && (this.isCap(k) || !titleCap);
        let start = best.start;
        let subject = false;
        for (;;) {
          const k = start - 1;
          if (k < this.first || this.nameHit(k) || this.titleHit(k)) break;
          if (portfolio.has(this.lower(k)) && joins(k)) subject = true;
          // Two-word subjects first, so "human rights activist" keeps "human".
          if (joins(k) && joins(k - 1) && portfolio.has(`${this.lower(k - 1)} ${this.lower(k)}`)) start -= 2;
          // A style of rank ("Sheikh", "Prince") has no portfolio: "for Political Affairs Sheikh X" ends an office before it.
          else if (TITLE_RANKS.has(this.lower(k)) || (portfolio.has(this.lower(k)) && joins(k) && best.entry.sector !== 'ELI')) start--;
          // "Second Minister of Foreign Affairs", "Third Secretary", "Third Deputy Prime Minister": a capitalised
          // ordinal before a capitalised office is the rank of one of its holders; "the second minister to resign"
          // counts ministers.
          else if (ORDINAL_RANKS.has(this.tok(k)?.text ?? '') && titleCap) start--;
          // "Business and Trade Secretary", "Energy and Climate Minister": subject words joined by "and" to the
          // subject opening the office are a second subject of the same office; but subject words after "for"
          // or "of" are another office's complement ("Minister of State for Foreign Affairs and Climate Envoy").
          else if ((this.lower(k) === 'and' || this.lower(k) === '&') && portfolio.has(this.lower(start))) {
            let j = k - 1;
            while (j >= this.first && k - j <= MAX_JOINED_SUBJECT_WORDS && portfolio.has(this.lower(j)) && joins(j)) j--;
            if (j === k - 1 || COMPLEMENT_PREPOSITIONS.has(this.lower(j))) break;
            subject = true;
            start = j + 1;
          } else break;
        }
        if (start < best.start) {
          const text = this.span(start, best.end);
          const rank = this.span(start, best.start).trim();
          // "Communications Director": a company's office with a state's portfolio before it is a state office.
          const sector = subject && best.entry.sector === 'BUS' ? 'GOV' : best.entry.sector;
          best = { start, end: best.end, text, entry: { ...best.entry, title: `${capitalize(rank)} ${best.entry.title}`, role: null, sector } };
        }
        // "Chargé d’Affaires a.i. of Japan", "Chargé d’Affaires ad interim X": the interim mark stays with
        // the office, so its complement and its holder's name are read after it.
        const interim = this.lower(best.end) === 'a.i.' ? 1 : this.lower(best.end) === 'ad' && this.lower(best.end + 1) === 'interim' ? 2 : 0;
        if (interim > 0 && best.end + interim <= this.last) best = { ...best, end: best.end + interim, text: this.span(best.start, best.end + interim) };
        for (let k = best.start; k < best.end; k++) this.titleAt[k] = best;
        i = best.end - 1;
      }
    }
  }

  /**
   * Whether token i follows an office's "of" and a capitalised name ("Chief Executive of Gulf Steel"): up to
   * MAX_OF_NAME_WORDS capitalised words, none an office, back to "of", with an office found right before it.
   */
  private holderAfterOfficeOf(i: number): boolean {
    let k = i - 1;
    while (k >= this.first && i - k <= MAX_OF_NAME_WORDS && this.isCap(k) && !this.titleAt[k]) k--;
    if (k === i - 1 || k <= this.first || this.lower(k) !== 'of') return false;
    return this.titleAt[k - 1] !== undefined && this.titleAt[k - 1] !== null;
  }

  /**
   * The longest group noun phrase starting at token i ("security forces", "police"). It depends
   * only on the sentence's words, so each token's answer is kept for the rules that ask again.
   */
  groupAt(i: number): GroupHit | undefined {
    if (i < this.first || i >= this.last) return this.readGroupAt(i);
    let hit = this.groupMemo[i];
    if (hit === undefined) this.groupMemo[i] = hit = this.readGroupAt(i) ?? null;
    return hit ?? undefined;
  }

  private readGroupAt(i: number): GroupHit | undefined {
    if (i < this.last && this.isWord(i) && (this.facts[i]!.marks & Mark.StartsGroup) === 0) return undefined;
    const { maxWords } = groupLexicon();
    const steps = GROUP_STEPS();
    let best: GroupHit | undefined;
    const maxJ = Math.min(this.last, i + maxWords);
    let node: PhraseNode<GroupNoun> | undefined;
    for (let j = i + 1; j <= maxJ; j++) {
      if (!this.isWord(j - 1)) break;
      if (j - 1 > i && !this.glued(j - 1) && (this.facts[j - 1]!.marks & Mark.LaterInGroup) === 0) break;
      node = j === i + 1 ? this.facts[i]!.groupFirst : steps.next(node!, this.glued(j - 1), this.tokenKey(j - 1));
      if (node === undefined) break;
      const noun = node.hit;
      if (noun) best = { start: i, end: j, noun };
    }
    return best;
  }
}
