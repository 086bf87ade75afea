import { actorsById } from '../../document/actor-index.js';
import type { Document } from '../../document/document.js';
import type { Actor, Mention, Sentence, Token } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { wordLists } from '../../lexicon/words.js';
import { WordAnswers, wordIds } from '../../lexicon/word-table.js';
import { cached } from '../../lexicon/data.js';
import { titleLexicon } from '../../lexicon/titles.js';
import { lookupKey } from '../../lexicon/normalize.js';

/** A person mention with the actor coreference gave it. */
export interface PersonRef {
  readonly mention: Mention;
  readonly actor: Actor;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'both', 'two', 'three', 'all']);
/** Nouns that stand before a name without being a title: "his counterpart, Minister X", "comrade To Lam". */
const NAME_LEADS = new Set(['counterpart', 'counterparts', 'colleague', 'colleagues', 'friend', 'comrade', 'excellency', 'majesty', 'highness', 'envoy', 'representative', 'representatives', 'hon', 'rt', 'honourable', 'honorable']);
/**
 * Nouns a name right after renames: "President Xi and his wife Peng Liyuan", "Liu He's successor,
 * He Lifeng". Followed by "of" they head a phrase of their own ("the wife of X" is not X).
 */
const RENAMED_BY_NAME = new Set(['wife', 'husband', 'spouse', 'successor', 'predecessor']);
/** Letters after a name that belong to it: "Nigel Huddleston MP", "Richard Lochhead MSP". */
const POST_NOMINALS = new Set(['mp', 'msp', 'ms', 'mla', 'mep', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'jr', 'sr', 'jr.', 'sr.']);
/** Words that open a relative or subordinate clause. */
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'since', 'if', 'unless', 'as']);

/**
 * Single words of listed titles and office subjects ("minister", "foreign", "secretary"), for
 * telling a title from a clause (`free`); the words that belong to an office only inside a
 * hyphenated compound (`compound`): "at" and "large" of "Ambassador-at-Large" are office words
 * there, while a free "at" opens a phrase of place or time ("at their meeting in May"); and the
 * words that belong to an office only inside the spaced title they come from (`spanned`, with
 * those titles as word lists): a preposition a title writes in lower case and the words it
 * governs, "at" and "large" of "Ambassador at Large", are office words only where the whole
 * title stands.
 */
const titleWords = cached((): {
  readonly free: ReadonlySet<string>;
  readonly compound: ReadonlySet<string>;
  readonly spanned: ReadonlyMap<string, readonly (readonly string[])[]>;
} => {
  const free = new Set<string>();
  const parts: string[] = [];
  // "Chargé d'Affaires" is written with either apostrophe.
  const add = (set: Set<string> | string[], w: string): void => {
    if (w.length <= 1) return;
    if (Array.isArray(set)) set.push(w, w.replace(/'/g, '’'));
    else set.add(w).add(w.replace(/'/g, '’'));
  };
  // Words a spaced title of plain words holds only from a lower-case preposition on, with those titles.
  const tails = new Map<string, string[][]>();
  for (const form of titleLexicon().written) {
    const words = form.split(/\s+/);
    const plain = words.every((w) => /^\p{L}+$/u.test(w));
    const key = words.map((w) => lookupKey(w));
    let governed = false;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w.includes('-')) {
        for (const p of key[k]!.split('-')) add(parts, p);
        continue;
      }
      if (plain && !governed && k > 0 && /^\p{Ll}+$/u.test(w) && !FREE_FUNCTION_WORDS.has(key[k]!)) governed = true;
      if (governed) {
        const list = tails.get(key[k]!) ?? [];
        list.push(key);
        tails.set(key[k]!, list);
      } else add(free, key[k]!);
    }
  }
  for (const w of wordLists().portfolio) for (const p of w.split(/\s+/)) free.add(p);
  for (const w of FREE_FUNCTION_WORDS) free.add(w);
  for (const w of ['acting', 'elect', 'designate', 'deputy', 'first', 'special', 'presidential', 'state', 'chief', 'vice', 'under', 'assistant', 'senior', 'executive', 'general', 'permanent', 'extraordinary', 'plenipotentiary']) free.add(w);
  const compound = new Set(parts.filter((p) => !free.has(p)));
  const spanned = new Map<string, readonly (readonly string[])[]>();
  for (const [w, list] of tails) if (!free.has(w) && !compound.has(w)) spanned.set(w, list);
  return { free, compound, spanned };
});

/** Words every title may hold between its office words: "Minister of Trade and Industry", "Secretary for the Interior". */
const FREE_FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and']);

/**
 * The document as the meetings stage reads it: tokens, the mention covering each token, and
 * actors by id. Built once per document; every look-up after that is an index or a short walk.
 */
/** Participles and adverbs that describe an office holder before the office: "newly appointed", "visiting", "outgoing". */
const PRE_OFFICE = /^(?:new|then|former|acting|interim|newly|recently|visiting|appointed|elected|accredited|designated|outgoing|incoming|departing|serving)$/;

/** Common nouns for a region or city as a unit of government ("of the region" closing an office). */
const LOCAL_UNITS = new Set(['region', 'oblast', 'krai', 'province', 'city', 'district', 'municipality', 'prefecture', 'county']);

const NO_MENTIONS: readonly Mention[] = [];

/** Articles and possessive determiners, which only a noun phrase follows. */
const ARTICLE_OR_POSSESSIVE = /^(?:the|a|an|his|her|their|its|our|my|your)$/;
/** Marks that may close a noun phrase; not a hyphen, which glues the word into a compound ("the follow-up"). */
const HEAD_CLOSER = /^[,.;:)]$/;

/**
 * What the tests of MeetingText ask of a word by itself, one bit each. The grammar asks them of
 * the same tokens again and again (every walk over a noun phrase asks inNounPhrase of each word),
 * so each word's answers are worked out once for the process (word-table.ts) and then read as
 * one number per token, instead of a few hash look-ups, regular expressions and string copies.
 */
const CAPITALISED = 1;
/** A word of a listed title or office subject (titleWords). */
const TITLE_WORD = 2;
/** A determiner, a noun that leads a name, or letters after a name. */
const NAME_PHRASE_WORD = 4;
const DETERMINER = 8;
const RENAMING = 16;
/** A word ending in "s" whose singular is a title word: "ministers", "deputies" (a plural office when a noun). */
const PLURAL_OFFICE_FORM = 32;
const BEFORE_OFFICE = 64;
const LOCAL_UNIT = 128;
/** Brackets, dashes and the full stop, which may stand inside a long title. */
const PHRASE_MARK = 256;
const CLAUSE_OPENER = 512;
/** "'s", "'", "’s", "’": the possessive mark. */
const POSSESSIVE_MARK = 1024;
/** A word of an office only inside a hyphenated compound (titleWords().compound): a title word when written so. */
const COMPOUND_OFFICE_PART = 2048;
/** A word of an office only inside the spaced title it comes from (titleWords().spanned): a title word there. */
const SPANNED_OFFICE_PART = 4096;

const WORD_FACTS = new WordAnswers((text: string): number => {
  const l = text.toLowerCase();
  const { free: titles, compound, spanned } = titleWords();
  return (/^\p{Lu}/u.test(text) ? CAPITALISED : 0)
    | (titles.has(l) ? TITLE_WORD : 0)
    | (DETERMINERS.has(l) || NAME_LEADS.has(l) || POST_NOMINALS.has(l) ? NAME_PHRASE_WORD : 0)
    | (DETERMINERS.has(l) ? DETERMINER : 0)
    | (RENAMED_BY_NAME.has(l) ? RENAMING : 0)
    | (/s$/.test(l) && titles.has(l.replace(/ies$/, 'y').replace(/s$/, '')) ? PLURAL_OFFICE_FORM : 0)
    | (PRE_OFFICE.test(l) ? BEFORE_OFFICE : 0)
    | (LOCAL_UNITS.has(l) ? LOCAL_UNIT : 0)
    | (/^[–—(\)[\]\-.]$/.test(text) ? PHRASE_MARK : 0)
    | (CLAUSE_OPENERS.has(l) ? CLAUSE_OPENER : 0)
    | (/^['’]s?$/.test(text) ? POSSESSIVE_MARK : 0)
    | (compound.has(l) ? COMPOUND_OFFICE_PART : 0)
    | (spanned.has(l) ? SPANNED_OFFICE_PART : 0);
});

/**
 * The per-token cover of the document being read, one array for the process grown as needed:
 * a typed array of its own for every document costs an allocation outside the heap each time.
 * The stage reads one document at a time and keeps no MeetingText after its run.
 */
let coverBuffer = new Int32Array(1024);

/** The shared cover array, at least `n` long, its first `n` entries set to -1. */
function coverFor(n: number): Int32Array {
  if (coverBuffer.length < n) coverBuffer = new Int32Array(Math.max(n, coverBuffer.length * 2));
  coverBuffer.fill(-1, 0, n);
  return coverBuffer;
}

export class MeetingText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly actors: ReadonlyMap<string, Actor>;
  /** Per token, the index of the mention covering it (people first, then the longest), or -1. */
  private readonly cover: Int32Array;
  /** Word ids of the tokens (word-table.ts). */
  private readonly ids: Int32Array;
  /** Mentions by id, and each actor's mentions in layer order: built on first ask, so a long transcript's turns do not each walk every mention. */
  private byId: Map<string, Mention> | null = null;
  private byActor: Map<string, Mention[]> | null = null;
  /** Actors whose mentions are not in order of start in the layer: looked through one by one. */
  private unsortedActors: Set<string> | null = null;
  /** Each mention's tokens, found on first ask: the rules ask for the same few mentions' bounds again and again. */
  private readonly ranges = new Map<Mention, readonly [number, number]>();

  constructor(doc: Document) {
    this.text = doc.text;
    this.tokens = doc.layer('tokens');
    this.sentences = doc.layer('sentences');
    this.mentions = doc.layer('mentions');
    this.actors = actorsById(doc);
    const tokens = this.tokens;
    const mentions = this.mentions;
    const cover = coverFor(tokens.length);
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi]!;
      for (let t = lowerBound(tokens, m.start); t < tokens.length && tokens[t]!.start < m.end; t++) {
        const prev = cover[t]!;
        if (prev < 0 || better(m, mentions[prev]!)) cover[t] = mi;
      }
    }
    this.cover = cover;
    this.ids = wordIds(tokens);
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** Token i's word facts (WORD_FACTS); 0 past either end. */
  private facts(i: number): number {
    const t = this.tokens[i];
    if (t === undefined) return 0;
    const facts = WORD_FACTS.get(this.ids[i]!, t.text);
    if ((facts & COMPOUND_OFFICE_PART) !== 0 && this.hyphenated(i)) return facts | TITLE_WORD;
    if ((facts & SPANNED_OFFICE_PART) !== 0 && this.inSpacedTitle(i)) return facts | TITLE_WORD;
    // "Chargé d’Affaires a.i. of Japan": the interim mark after an office's word is a word of that office.
    if (t.lower === 'a.i.' && i > 0 && (this.facts(i - 1) & TITLE_WORD) !== 0) return facts | CAPITALISED | TITLE_WORD;
    return facts;
  }

  /** Token i stands inside a whole listed title it is a spanned word of: "at" in "Ambassador at Large for Health". */
  private inSpacedTitle(i: number): boolean {
    const w = this.lower(i);
    for (const title of titleWords().spanned.get(w) ?? []) {
      for (let p = 0; p < title.length; p++) {
        if (title[p] !== w) continue;
        let all = true;
        for (let q = 0; q < title.length && all; q++) all = q === p || this.lower(i - p + q) === title[q];
        if (all) return true;
      }
    }
    return false;
  }

  /** Token i is joined by a hyphen, written tight, to the word before or after it: "at" in "Ambassador-at-Large". */
  private hyphenated(i: number): boolean {
    const t = this.tokens[i]!;
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    return (before !== undefined && before.text === '-' && before.end === t.start && this.tokens[i - 2]?.end === before.start)
      || (after !== undefined && after.text === '-' && after.start === t.end && this.tokens[i + 2]?.start === after.end);
  }

  /** Token i's id in the word table (word-table.ts), -1 for none. */
  wordId(i: number): number {
    return this.ids[i] ?? -1;
  }

  mentionAt(i: number): Mention | undefined {
    // The cover array is shared and may be longer than this document: past its tokens, no mention.
    if (!(i >= 0 && i < this.tokens.length)) return undefined;
    const k = this.cover[i]!;
    return k < 0 ? undefined : this.mentions[k];
  }

  /** The mention with this id. */
  mentionById(id: string | null): Mention | undefined {
    if (id === null) return undefined;
    if (!this.byId) {
      this.byId = new Map();
      for (const m of this.mentions) if (!this.byId.has(m.id)) this.byId.set(m.id, m);
    }
    return this.byId.get(id);
  }

  /** The mentions of an actor, in the order of the mentions layer. */
  mentionsOf(actor: string): readonly Mention[] {
    if (!this.byActor) {
      this.byActor = new Map();
      this.unsortedActors = new Set();
      for (const m of this.mentions) {
        if (!m.actor) continue;
        const list = this.byActor.get(m.actor);
        if (list) {
          if (list[list.length - 1]!.start > m.start) this.unsortedActors.add(m.actor);
          list.push(m);
        } else this.byActor.set(m.actor, [m]);
      }
    }
    return this.byActor.get(actor) ?? NO_MENTIONS;
  }

  /**
   * The first of an actor's mentions (in layer order) that lies wholly within [start, end). A
   * search by start over the actor's mentions when they are in text order, so that an actor named
   * throughout a long text costs a few steps for each event; in layer order otherwise.
   */
  mentionOfWithin(actor: string, start: number, end: number): Mention | undefined {
    const own = this.mentionsOf(actor);
    if (this.unsortedActors!.has(actor)) return own.find((m) => m.start >= start && m.end <= end);
    for (let k = lowerBound(own, start); k < own.length && own[k]!.start <= end; k++) {
      if (own[k]!.end <= end) return own[k];
    }
    return undefined;
  }

  /** First and one-past-last token of a mention. */
  tokenRange(m: Mention): readonly [number, number] {
    let range = this.ranges.get(m);
    if (!range) {
      const a = lowerBound(this.tokens, m.start);
      let b = a;
      while (b < this.tokens.length && this.tokens[b]!.start < m.end) b++;
      range = [a, b];
      this.ranges.set(m, range);
    }
    return range;
  }

  person(m: Mention | undefined): PersonRef | null {
    if (!m || m.type !== 'person' || !m.actor) return null;
    const actor = this.actors.get(m.actor);
    return actor && actor.type === 'person' ? { mention: m, actor } : null;
  }

  /** Token i is "'s" glued to the word before: the mention before it is a possessor. */
  isPossessive(i: number): boolean {
    const t = this.tokens[i];
    const p = this.tokens[i - 1];
    return t !== undefined && p !== undefined && (this.facts(i) & POSSESSIVE_MARK) !== 0 && p.end === t.start;
  }

  isCap(i: number): boolean {
    return (this.facts(i) & CAPITALISED) !== 0;
  }

  isVerb(i: number): boolean {
    const t = this.tokens[i];
    if (t === undefined || (t.pos !== 'VERB' && t.pos !== 'AUX')) return false;
    const facts = this.facts(i);
    // "to lead the delegation", "to head the mission", "to chair the talks": a word of an office in
    // lower case, tagged as a verb after the "to" of an infinitive, is that verb.
    const infinitive = (facts & CAPITALISED) === 0 && this.tokens[i - 1]?.pos === 'PART' && this.lower(i - 1) === 'to';
    return ((facts & (CAPITALISED | TITLE_WORD)) === 0 || infinitive) && !this.nounModifier(i);
  }

  /**
   * "with offshore wind investors", "the solar power plant": a word tagged as a verb in its plain
   * form between a determiner or a preposition (with at most two modifiers after it) and a common
   * noun modifies that noun; no finite verb can stand there. "to" is left out: "to wind down" is a verb.
   */
  private nounModifier(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.pos !== 'VERB') return false;
    const next = this.tokens[i + 1];
    const beforeNoun = next?.pos === 'NOUN' && !this.isCap(i + 1);
    // "shown around the new south harbour by X": a word in its plain form after an article or a
    // possessive determiner and lower-case modifiers, with a preposition or a mark after it, is the
    // head noun of that phrase; no finite verb can follow an article.
    const head = !beforeNoun && next !== undefined && next.sentence === t.sentence && (next.pos === 'ADP' || HEAD_CLOSER.test(next.text));
    if (!beforeNoun && !head) return false;
    // "the detained journalists", "their agreed text": a participle in "-ed" right after an article
    // or a possessive determiner describes the noun after it ("this helped farmers" is a clause).
    if (t.lower.endsWith('ed')) return beforeNoun && ARTICLE_OR_POSSESSIVE.test(this.tokens[i - 1]?.lower ?? '');
    if (t.lower.endsWith('ing')) return false;
    for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
      const b = this.tokens[k]!;
      if (b.sentence !== t.sentence) return false;
      if (b.pos === 'DET') return beforeNoun || ARTICLE_OR_POSSESSIVE.test(b.lower);
      if (b.pos === 'ADP') return beforeNoun && b.lower !== 'to';
      if (!((b.pos === 'ADJ' || b.pos === 'ADV') && !this.isCap(k))) return false;
    }
    return false;
  }

  /**
   * A token that may sit inside a noun phrase naming a person: determiners, adjectives,
   * capitalised words, title and office words, possessives, numbers, brackets (round and square) and dashes
   * inside long titles ("Deputy Chief of Staff – Presidential Press Secretary").
   */
  inNounPhrase(i: number): boolean {
    const t = this.tokens[i];
    if (!t) return false;
    const facts = this.facts(i);
    if (this.mentionAt(i)) return true;
    if ((facts & CAPITALISED) !== 0 && t.pos !== 'PRON') return true;
    if ((facts & (NAME_PHRASE_WORD | TITLE_WORD)) !== 0) return true;
    // "the wife of President X, Y": the phrase goes on through the one whose wife she is to her name.
    if ((facts & RENAMING) !== 0 && (this.isCap(i + 1) || (this.lower(i + 1) === ',' && this.isCap(i + 2)) || this.lower(i + 1) === 'of')) return true;
    // "their foreign ministers, A and B", "their deputies": an office in the plural heads a list of holders.
    if (this.isPluralOffice(i)) return true;
    if (this.isPossessive(i)) return true;
    // "the two countries' Prime Ministers": a noun with the possessive mark names whose the office is.
    if (t.pos === 'NOUN' && this.isPossessive(i + 1)) return true;
    if (t.pos === 'ADJ' || t.pos === 'NUM') return true;
    // "bp Chief Executive Officer X", "easyJet Chief Executive Y": a brand written in lower case
    // before the office a name ends modifies that office, as a capitalised company name would.
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && /^\p{Ll}/u.test(t.text) && this.officeBeforeName(i + 1)) return true;
    // "the newly appointed Ambassador", "the visiting President": a participle or its adverb
    // before a capitalised office or name.
    if ((facts & BEFORE_OFFICE) !== 0 && (this.facts(i + 1) & (CAPITALISED | BEFORE_OFFICE)) !== 0) return true;
    // "the newly appointed ambassadors", "the visiting delegation": after a determiner or its adverb, before a noun.
    if ((facts & BEFORE_OFFICE) !== 0 && this.tokens[i + 1]?.pos === 'NOUN' && (this.facts(i - 1) & (DETERMINER | BEFORE_OFFICE)) !== 0) return true;
    // "Minister of Economy of the region [Vasily Kozlov]": an office of the region the text is about.
    if ((facts & LOCAL_UNIT) !== 0 && this.tokens[i - 1]?.lower === 'the' && this.tokens[i - 2]?.lower === 'of') return true;
    // "High Representative/Vice-President X": a slash written tight between two capitalised words
    // joins two offices of one holder.
    if (t.text === '/' && this.isCap(i - 1) && this.isCap(i + 1) && this.tokens[i - 1]!.end === t.start && this.tokens[i + 1]!.start === t.end) return true;
    // "the Prime Minister [Abiy Ahmed]": an editor's brackets inside the phrase.
    return (facts & PHRASE_MARK) !== 0 && !(t.text === '.' && this.tokens[i + 1] === undefined);
  }

  /**
   * Where the office written before a name starting at token k begins: "the statement by
   * [President] Gabriel Soto" gives the index of "President". Capitalised office words only, so
   * the word before that is the one that governs the whole phrase.
   */
  officeStart(k: number): number {
    let j = k;
    while (j - 1 >= 0 && k - j < 6 && (this.facts(j - 1) & (CAPITALISED | TITLE_WORD)) === (CAPITALISED | TITLE_WORD) && !this.mentionAt(j - 1)) j--;
    return j;
  }

  /** Whether capitalised office words from token k on run straight into a person's name: "Council [Chair] Maria Holt". */
  officeRunsIntoName(k: number): boolean {
    let j = k;
    while (j - k < 6 && this.isOfficeWord(j)) j++;
    const m = this.mentionAt(j);
    return j > k && m !== undefined && this.person(m) !== null && this.tokenRange(m)[0] === j;
  }

  /** Whether capitalised office words from token k on run into a person's name with no verb after it: "[Chief Executive] Anna Berg". */
  private officeBeforeName(k: number): boolean {
    if (!this.officeRunsIntoName(k)) return false;
    let j = k;
    while (j - k < 6 && this.isOfficeWord(j)) j++;
    const m = this.mentionAt(j)!;
    // "the work Chief Executive Lars Berg had done": a name with its verb after it is the subject of a
    // relative clause about the noun before, not a company's officer.
    const after = this.tokenRange(m)[1];
    return !this.isVerb(after);
  }

  /** A word of an office in either number and case: "minister", "ambassadors", "President". */
  isOffice(i: number): boolean {
    return (this.facts(i) & TITLE_WORD) !== 0 || this.isPluralOffice(i);
  }

  /** An office in the plural, written as a common noun: "ministers", "deputies", "presidents". */
  isPluralOffice(i: number): boolean {
    return this.tokens[i]?.pos === 'NOUN' && (this.facts(i) & PLURAL_OFFICE_FORM) !== 0;
  }

  /** A capitalised word of an office, in no mention: "Ambassador", "Minister", "Foreign". */
  isOfficeWord(i: number): boolean {
    return (this.facts(i) & (CAPITALISED | TITLE_WORD)) === (CAPITALISED | TITLE_WORD) && !this.mentionAt(i);
  }

  isClauseOpener(i: number): boolean {
    return (this.facts(i) & CLAUSE_OPENER) !== 0;
  }
}

/** People first; among the rest, the longer mention. */
function better(a: Mention, b: Mention): boolean {
  if ((a.type === 'person') !== (b.type === 'person')) return a.type === 'person';
  return a.end - a.start > b.end - b.start;
}
