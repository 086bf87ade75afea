import type { Document } from '../../document/document.js';
import type { Paragraph, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { findLongRuns, maskLongRuns } from './long-runs.js';
import { capSentences } from './long-sentences.js';
import { readCapitalStyles } from './capital-styles.js';
import { wink } from './wink.js';
import { countryByName } from '../../lexicon/countries.js';
import { gazetteer } from '../../lexicon/gazetteer.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { foldLetters } from './fold-letters.js';
import { isGivenName } from '../../lexicon/given-names.js';
import { setWordIds } from '../../lexicon/word-table.js';
import { titleByWords } from '../../lexicon/titles.js';
import { wordLists } from '../../lexicon/words.js';
import { allWords, winkWords, wordEntry, type WordEntry } from './word-values.js';

/**
 * Paragraphs are separated by a blank line (or a line break followed by indentation in
 * some feeds); a sentence never crosses a paragraph, whatever the sentence splitter thinks.
 */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r\n[ \t]*(?:\r\n[ \t]*)+/g;

/** A line that ends a statement, a label or a heading mark: what a line of a hard-wrapped paragraph rarely does. */
const LINE_ENDS_STATEMENT = /[.!?:;"”’»)\]*…]\s*$/;

/** A word made of letters and combining marks only, in any script. */
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Same as LETTERS.test(text). Most tokens glued to another are ASCII punctuation or words, read
 * here character by character; a text with other characters is left to the expression.
 */
function allLetters(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return LETTERS.test(text);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Same as text.trim() === '': a token opening with a printable ASCII character is answered without a copy. */
function blank(text: string): boolean {
  const c = text.charCodeAt(0);
  return !(c > 32 && c < 127) && text.trim() === '';
}

/** Letters glued to a full stop ("m."): the same as /^[\p{L}\p{M}]+\.$/u. */
function lettersAndStop(text: string): boolean {
  return text.length > 1 && text.charCodeAt(text.length - 1) === 46 && allLetters(text.slice(0, -1));
}

/** Two-letter words that end sentences; other capital-and-letter pairs before a full stop are initials ("Kh. Battulga"). */
const SHORT_WORDS = new Set(['it', 'us', 'he', 'we', 'me', 'be', 'do', 'go', 'no', 'so', 'up', 'on', 'in', 'at', 'to', 'oh', 'ok', 'is', 'am', 'an', 'as', 'by', 'if', 'my', 'of', 'or']);

/** Closed-class words that open a sentence and never continue a person's name after an initial. */
const CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'these', 'that', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'its', 'our', 'my', 'both', 'in', 'on', 'at', 'during', 'after', 'following', 'before', 'earlier', 'later', 'however', 'but',
  'and', 'while', 'when', 'as', 'there', 'then', 'also', 'according', 'speaking', 'today', 'yesterday']);

/** A capital and a small letter glued to a full stop: an initial ("Kh.") or a short name ending a sentence ("Ha."). */
const SHORT_NAME_AND_STOP = /^\p{Lu}\p{Ll}\.$/u;

/**
 * A reign's numeral of one letter glued to a full stop ("King Harald V.", "Pope John Paul I."); as "V. Putin"
 * it may also be an initial, but an initial before a name's first word is followed by the rest of the name.
 */
const REIGN_LETTER_AND_STOP = /^[IVX]\.$/;

/**
 * SHORT_NAME_AND_STOP.test(text) or REIGN_LETTER_AND_STOP.test(text), the expressions asked only of texts
 * of two to five code units ending in a full stop: before the end of a paragraph or a word that opens a
 * clause either one is a name's last word.
 */
function shortNameAndStop(text: string): boolean {
  if (text.length < 2 || text.length > 5 || text.charCodeAt(text.length - 1) !== 46) return false;
  return text.length === 2 ? REIGN_LETTER_AND_STOP.test(text) : SHORT_NAME_AND_STOP.test(text);
}

/**
 * Whether the text ends, or a paragraph ends, or a word that opens a clause or an opening quotation mark comes after wink's
 * token i, which ends at `offset` of `read`: then a full stop glued to it ends the sentence. The
 * white space before each later token is what lies between it and the token before (wink is lossless).
 */
function sentenceEndsAfter(read: string, offset: number, words: { readonly values: readonly string[]; readonly types: readonly string[] }, i: number): boolean {
  const { values, types } = words;
  let at = offset;
  for (let j = i + 1; j < values.length; j++) {
    const value = values[j]!;
    const found = read.indexOf(value, at);
    const next = found < 0 ? read.length : found;
    for (let k = at; k < next; k++) if (read.charCodeAt(k) === 10) return true;
    if (found >= 0) at = found + value.length;
    if (types[j] === 'tabCRLF' || blank(value)) {
      if (/\n/.test(value)) return true;
      continue;
    }
    // "... Tran Hong Ha. “Viet Nam agrees,” ...": an opening quotation mark does not go on with a name,
    // unless the word before is a style of address ("Dr. “Bud” Smith", a nickname).
    return CLAUSE_START.has(value.toLowerCase()) || (OPENING_QUOTES.has(value) && !wordLists().honorifics.has(values[i]!.toLowerCase()));
  }
  return true;
}

/** Opening quotation marks that cannot stand inside a person's name. */
const OPENING_QUOTES = new Set(['“', '«', '„']);

/** "Amb. (Dr.) Ngozi Eze": a second style of address in brackets opens at token k, with a capitalised word after it. */
function bracketedStyle(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== '(') return false;
  const style = tokens[k + 1];
  if (!style || !/^\p{Lu}/u.test(style.text)) return false;
  const { honorifics } = wordLists();
  let j = k + 2;
  if (tokens[j]?.text === '.') j++;
  const written = tokens.slice(k + 1, j).map((t) => t.lower).join('');
  if (!honorifics.has(written) && !honorifics.has(written.replace(/\.$/, ''))) return false;
  return tokens[j]?.text === ')' && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
}

/**
 * wink ends a sentence after an initial with a full stop ("President Kh." | "Battulga met Sh." |
 * "Ganbold"); an initial is one capital, or a capital and a small letter ("Kh", "Th", "Zh"),
 * before "." with a capitalised word right after.
 */
function endsOnInitial(tokens: readonly Token[], lastToken: number, nextToken: number): boolean {
  const dot = tokens[lastToken];
  const initial = tokens[lastToken - 1];
  const next = tokens[nextToken];
  // "met with H.E. | Do Hung Viet": a style of address written with its own full stops, kept whole as
  // one word, stands before a name; a word that opens a clause after it ("H.E. | The talks") still
  // starts a sentence.
  if (dot && next && dot.text.length > 2 && dot.text.endsWith('.') && dot.text.slice(0, -1).includes('.') && wordLists().honorifics.has(dot.lower)) {
    return /^\p{Lu}/u.test(next.text) && !CLAUSE_START.has(next.lower);
  }
  if (!dot || !initial || !next || dot.text !== '.' || initial.end !== dot.start) return false;
  // "Minister of Works Engr. | David Umahi": an honorific written with its full stop stands before a name.
  // "Amb. | Yusuf Tuggar", "Prof. | Ama Owusu": so does an office the titles list writes abbreviated with its full stop.
  if (/^\p{Lu}/u.test(initial.text) && (wordLists().dottedHonorifics.has(initial.lower) || titleByWords(`${initial.text}.`) !== null)) {
    return (/^\p{Lu}/u.test(next.text) && !CLAUSE_START.has(next.lower)) || bracketedStyle(tokens, nextToken);
  }
  if (!/^\p{Lu}\p{Ll}?$/u.test(initial.text) || SHORT_WORDS.has(initial.lower)) return false;
  const before = tokens[lastToken - 2];
  // "the parliamentary group Ts.Munkh-Orgil": a full stop with no space before the next word is no
  // sentence's end; the letters before it are an initial glued to the rest of the name.
  const gluedToNext = dot.end === next.start && /^\p{Lu}\p{Ll}/u.test(next.text);
  // "World War I." or "Plan B." end sentences; an initial follows a title, a name or another initial.
  if (before && !gluedToNext && /^(?:war|plan|vitamin|grade|class|type|section|article|annex|part|group|phase|stage)$/.test(before.lower)) return false;
  // "... with President Xi. The talks": a short name ends the sentence when a word that opens a
  // clause follows; an initial is followed by the rest of a name, never by a determiner or pronoun.
  if (CLAUSE_START.has(next.lower)) return false;
  // "... with President Xi. Kenya will ...", "... Xi. Beijing will ...": nor by a country's name or a
  // listed place's that is no given name too.
  if (countryByName(next.text)) return false;
  const place = gazetteer().get(lookupKey(next.text))?.entry;
  if (place && (place.kind === 'country' || place.kind === 'place') && !wordLists().givenPlaces.has(lookupKey(next.text))) return false;
  // "... met Ambassador Chen Li. Ahmad Khan spoke": two letters opening a name ("Kh.", "Th.") follow an
  // office, a style or no capital at all; after a capitalised name word they are a short surname
  // ending the sentence.
  // An office's portfolio word ends the office, not a name: "Secretary of Foreign Affairs Ma. | Theresa
  // Lazaro", "Minister for Trade Md. | Rahman".
  if (initial.text.length === 2 && !gluedToNext && before && before.end < initial.start && /^\p{Lu}\p{Ll}/u.test(before.text)
    && titleByWords(before.text) === null && !wordLists().honorifics.has(before.lower) && !officeEndsAt(tokens, lastToken - 2)) return false;
  return /^\p{Lu}/u.test(next.text);
}

/**
 * Whether token k is a portfolio word ("Affairs", "Trade") closing an office written before it: "of"
 * or "for" and a capitalised office word a few words back ("Secretary of Foreign Affairs", "Minister
 * for Trade"). A portfolio word alone ("Trade. Li Qiang said") closes no office.
 */
function officeEndsAt(tokens: readonly Token[], k: number): boolean {
  const { portfolio } = wordLists();
  if (!portfolio.has(tokens[k]!.lower)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const l = tokens[j]!.lower;
    if (l === 'of' || l === 'for') return j > 0 && titleByWords(tokens[j - 1]!.text) !== null;
    if (!/^\p{Lu}/u.test(tokens[j]!.text) && l !== 'and') return false;
  }
  return false;
}

/** A capitalised word glued to another: "BrazilLuiz". */
const GLUED_WORDS = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

/**
 * Where a word made of a country's name and a given name glued together splits ("BrazilLuiz"
 * at 6), or -1. Both halves must be known, so "McDonald", "DeSantis" and "PetroChina" stay whole.
 */
function lostSpace(word: string): number {
  // Most words are too short or start with a small letter, a digit or a mark: no expression for them.
  const c = word.charCodeAt(0);
  if (word.length < 6 || (c < 128 && !(c >= 65 && c <= 90))) return -1;
  const m = GLUED_WORDS.exec(word);
  if (!m) return -1;
  return countryByName(m[1]!) && isGivenName(m[2]!) ? m[1]!.length : -1;
}

/**
 * Every token is made here, with its fields in one order, so that all tokens share one hidden class:
 * every stage reads tokens, and a read that meets tokens of several shapes (as copies made by
 * spreading another token have) is slower at every site of every stage.
 */
function makeToken(index: number, start: number, end: number, text: string, lower: string, pos: string, kind: string): Token {
  return { index, start, end, text, lower, pos, kind, sentence: -1 };
}

/** wink-nlp is given at most this much text at a time so memory stays flat on huge inputs. */
const CHUNK_CHARS = 200_000;

/**
 * Pages copied from the web often give one paragraph per line with no blank line between
 * (transcripts: "Vladimir Putin: ..." on each line). A block whose lines mostly end a
 * statement is such a list of paragraphs; a block whose lines mostly stop mid-sentence is
 * one hard-wrapped paragraph.
 */
function lineParagraphs(text: string, s: number, e: number): Array<[number, number]> {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n', s); i >= 0 && i < e; i = text.indexOf('\n', i + 1)) breaks.push(i);
  if (breaks.length === 0) return [[s, e]];
  let open = 0;
  let from = s;
  for (const b of breaks) {
    if (!LINE_ENDS_STATEMENT.test(text.slice(Math.max(from, b - 4), b))) open++;
    from = b + 1;
  }
  if (open * 2 > breaks.length && !listOfItems(text, s, breaks)) return [[s, e]];
  const out: Array<[number, number]> = [];
  from = s;
  for (const b of breaks) {
    out.push([from, b]);
    from = b + 1;
  }
  out.push([from, e]);
  return out;
}

/** A line's first letter is a capital, or it starts with a list marker. */
const ITEM_START = /^[ \t\u00a0]*(?:[-–•*·▪][ \t\u00a0]*)?\p{Lu}/u;

/**
 * A list typed one item per line ("Attendees:" then "Name, Office" lines) ends no line with a
 * stop, yet each line is its own item: three or more lines that all start with a capital or a
 * list marker. Hard-wrapped prose seldom starts every one of three lines so.
 */
function listOfItems(text: string, s: number, breaks: readonly number[]): boolean {
  if (breaks.length < 2) return false;
  let from = s;
  for (const b of breaks) {
    if (!ITEM_START.test(text.slice(from, Math.min(b, from + 40)))) return false;
    from = b + 1;
  }
  return ITEM_START.test(text.slice(from, from + 40));
}

/**
 * Whether `value` stands in `read` right after a space at `offset`: where most tokens are. Asked
 * first, it spares the comparison at the space itself, which a token not starting with a space
 * (nor empty) can never pass, so the token is placed where asking there first would place it.
 */
function followsOneSpace(read: string, value: string, offset: number): boolean {
  return read.charCodeAt(offset) === 32 && value.length > 0 && value.charCodeAt(0) !== 32 && read.startsWith(value, offset + 1);
}

/** Same as /\s/.test(text[i]): ASCII characters are read by their code, others left to the expression. */
function whiteSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(text[i]!);
}

function findParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = from;
  PARAGRAPH_BREAK.lastIndex = from;
  const push = (s0: number, e0: number) => {
    for (const [s1, e1] of lineParagraphs(text, s0, e0)) {
      let s = s1;
      let e = e1;
      while (s < e && whiteSpaceAt(text, s)) s++;
      while (e > s && whiteSpaceAt(text, e - 1)) e--;
      if (e > s) paragraphs.push({ start: s, end: e, index: paragraphs.length });
    }
  };
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

/**
 * The buffer behind `ours` in tokenizeChunk, shared by every chunk: an array of that size is made
 * outside the engine's heap, which costs more than filling it.
 */
let oursBuffer = new Int32Array(1024);

/**
 * Beside each token, wink's id of its word (word-table.ts), or -1 where the token's text is not
 * wink's: one buffer for every document, copied out at the end, rather than an array grown token by token.
 */
let idBuffer = new Int32Array(4096);

/**
 * The word ids a document keeps are views into a slab shared by the documents that follow one
 * another: a typed array of its own per document would be made outside the engine's heap, which
 * costs more than the copy. A slab is dropped by the last document that uses it.
 */
const SLAB_IDS = 1 << 16;
let slab = new Int32Array(SLAB_IDS);
let slabUsed = 0;

/** A copy of the first `n` ids of idBuffer; a long document's ids get an array of their own. */
function keptIds(n: number): Int32Array {
  if (n > SLAB_IDS >> 3) return idBuffer.slice(0, n);
  if (slabUsed + n > SLAB_IDS) {
    slab = new Int32Array(SLAB_IDS);
    slabUsed = 0;
  }
  const ids = slab.subarray(slabUsed, slabUsed + n);
  ids.set(idBuffer.subarray(0, n));
  slabUsed += n;
  return ids;
}

/** Makes idBuffer hold at least `n` ids, keeping those it has. */
function keepIds(n: number): void {
  if (n <= idBuffer.length) return;
  const grown = new Int32Array(Math.max(n, idBuffer.length * 2));
  grown.set(idBuffer);
  idBuffer = grown;
}

function tokenizeChunk(
  text: string,
  chunkStart: number,
  chunkEnd: number,
  paragraphs: readonly Paragraph[],
  tokens: Token[],
  sentences: Sentence[],
): void {
  const nlp = wink();
  const its = nlp.its;
  const runs = findLongRuns(text, chunkStart, chunkEnd);
  const masked = runs.length > 0 ? maskLongRuns(text, chunkStart, chunkEnd, runs) : null;
  // wink reads `read`, whose offset 0 is chunkStart; without long runs it is the chunk itself.
  const asWritten = masked ? masked.text : text.slice(chunkStart, chunkEnd);
  // wink reads extended Latin letters as their base letters (fold-letters.ts); the offsets are the same.
  const read = foldLetters(asWritten);
  const folded = read !== asWritten;
  const doc = nlp.readDoc(read);
  const winkTokens = doc.tokens();
  const pos = winkTokens.out(its.pos) as string[];
  const uids = winkTokens.out(its.uniqueId) as number[];
  // Each word's lower case and where it splits (lostSpace) are kept with it: see word-values.ts.
  const words = winkWords(winkTokens, uids, its, lostSpace);
  const { values, types, ids } = words;
  const n = uids.length;
  // Full stops split off a word wink read as an abbreviation: they may end a sentence wink ran on.
  // Most chunks split off none: the set is made for the first.
  let stops: Set<number> | null = null;
  // Map wink token index -> our token index (whitespace tokens are dropped).
  if (oursBuffer.length < n + 1) oursBuffer = new Int32Array(Math.max(n + 1, oursBuffer.length * 2));
  const ours = oursBuffer.fill(-1, 0, n + 1);
  let offset = 0;
  // The paragraph of the chunk's first token: binary search, so that many chunks stay linear.
  let paragraph = firstParagraphEndingAfter(paragraphs, chunkStart);
  for (let i = 0; i < n; i++) {
    // The word's entry gives its text, type, lower case and split (no lists copied from it first);
    // only a word past the table's reach has none, and is read from wink's lists.
    const word: WordEntry | null = ids[i]! >= 0 ? wordEntry(ids[i]!) : null;
    const value = word !== null ? word.value : values![i]!;
    // Only white space stands between a token and the one before: wink-nlp is lossless in practice,
    // so the token is the next occurrence of its text (which also re-anchors should it ever not
    // be; the search moves the offset forward, so no stretch of text is scanned twice).
    if (followsOneSpace(read, value, offset)) offset++;
    else if (read.startsWith(value, offset) === false) {
      // Seen after one space, the search below would find the token at that same place.
      if (read.charCodeAt(offset) === 32 && read.startsWith(value, offset + 1)) offset++;
      else {
        const found = read.indexOf(value, offset);
        if (found < 0) break;
        offset = found;
      }
    }
    const readStart = offset;
    offset += value.length;
    const type = word !== null ? word.type : types![i]!;
    const tag = pos[i]!;
    if (type === 'tabCRLF' || tag === 'SPACE' || blank(value)) continue;
    const start = masked ? masked.toOriginal(readStart, false) : chunkStart + readStart;
    const end = masked ? masked.toOriginal(offset, true) : chunkStart + offset;
    const run = masked?.runAt(readStart) ?? null;
    const opaque = run !== null && run.end === end;
    const tokenText = masked || folded ? text.slice(start, end) : value;
    // wink splits words at letters outside its alphabet ("Vu" "č" "evi" "ć", "Ə" "liyev"): glued
    // letter pieces are one word again, so every later rule sees "Vučević" and "Əliyev" whole.
    const prev = tokens[tokens.length - 1];
    if (!opaque && prev && prev.end === start && allLetters(tokenText) && allLetters(prev.text) && ours[i - 1] === tokens.length - 1) {
      const glued = prev.text + tokenText;
      const gluedPos = prev.pos === 'PROPN' || tag === 'PROPN' || /^\p{Lu}/u.test(glued) ? 'PROPN' : prev.pos === 'X' ? tag : prev.pos;
      tokens[tokens.length - 1] = makeToken(prev.index, prev.start, end, glued, glued.toLowerCase(), gluedPos, prev.kind);
      // A token of an earlier chunk has its sentence already; the glued word keeps it.
      (tokens[tokens.length - 1] as { sentence: number }).sentence = prev.sentence;
      idBuffer[tokens.length - 1] = -1;
      ours[i] = tokens.length - 1;
      continue;
    }
    // "... received Nguyen Loc Ha." at the end of a paragraph or before a new clause: wink keeps a
    // short last name with the sentence's full stop as if it were an initial; the two stand apart.
    if (!opaque && shortNameAndStop(tokenText) && !SHORT_WORDS.has(tokenText.slice(0, -1).toLowerCase()) && sentenceEndsAfter(read, offset, allWords(words, n), i)) {
      ours[i] = tokens.length;
      tokens.push(makeToken(tokens.length, start, end - 1, tokenText.slice(0, -1), tokenText.slice(0, -1).toLowerCase(), 'PROPN', type));
      (stops ??= new Set<number>()).add(tokens.length);
      tokens.push(makeToken(tokens.length, end - 1, end, '.', '.', 'PUNCT', 'punctuation'));
      keepIds(tokens.length);
      idBuffer[tokens.length - 2] = -1;
      idBuffer[tokens.length - 1] = -1;
      continue;
    }
    // "Yıldırı" "m.": after a letter outside its alphabet wink may read the word's last letters and its
    // full stop as an abbreviation; the letters join the word and the full stop stands alone.
    if (!opaque && prev && prev.end === start && lettersAndStop(tokenText) && allLetters(prev.text) && ours[i - 1] === tokens.length - 1) {
      const glued = prev.text + tokenText.slice(0, -1);
      tokens[tokens.length - 1] = makeToken(prev.index, prev.start, end - 1, glued, glued.toLowerCase(), prev.pos, prev.kind);
      (tokens[tokens.length - 1] as { sentence: number }).sentence = prev.sentence;
      ours[i] = tokens.length;
      (stops ??= new Set<number>()).add(tokens.length);
      tokens.push(makeToken(tokens.length, end - 1, end, '.', '.', 'PUNCT', 'punctuation'));
      keepIds(tokens.length);
      idBuffer[tokens.length - 2] = -1;
      idBuffer[tokens.length - 1] = -1;
      continue;
    }
    ours[i] = tokens.length;
    // "of BrazilLuiz Inacio Lula": a space lost between a country's name and a given name in a page
    // scraped from markup; the two words are read apart, offsets still pointing at the text.
    const cut = opaque ? -1 : tokenText === value && word !== null ? word.cut : lostSpace(tokenText);
    if (cut > 0) {
      tokens.push(makeToken(tokens.length, start, start + cut, tokenText.slice(0, cut), tokenText.slice(0, cut).toLowerCase(), 'PROPN', type));
      tokens.push(makeToken(tokens.length, start + cut, end, tokenText.slice(cut), tokenText.slice(cut).toLowerCase(), 'PROPN', type));
      keepIds(tokens.length);
      idBuffer[tokens.length - 2] = -1;
      idBuffer[tokens.length - 1] = -1;
      continue;
    }
    const own = !opaque && tokenText === value ? word : null;
    tokens.push(
      makeToken(
        tokens.length,
        start,
        end,
        tokenText,
        // One lower-case string per word of the process: no copy per token, and its hash is computed once.
        own !== null ? own.lower : tokenText.toLowerCase(),
        opaque ? 'X' : tag,
        opaque ? (/^(?:https?:\/\/|www\.)/i.test(tokenText) ? 'url' : 'opaque') : type,
      ),
    );
    keepIds(tokens.length);
    idBuffer[tokens.length - 1] = own !== null ? ids[i]! : -1;
  }
  ours[n] = tokens.length;

  // Sentences from wink, cut again wherever a paragraph boundary falls inside one. The spans come
  // in one call rather than through wink's per-sentence items, each of which builds a token collection.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const lastParagraph = paragraphs.length - 1;
  // Most chunks split off no full stop: then no token is looked up among them.
  const splitStops: ReadonlySet<number> | null = stops;
  for (let k = 0; k < spans.length; k++) {
    const [first, last] = spans[k]!;
    let runStart = -1;
    let runPara = -1;
    let previous = -1;
    for (let w = first; w <= last; w++) {
      const t = ours[w]!;
      if (t < 0) continue;
      const tokStart = tokens[t]!.start;
      while (paragraph < lastParagraph && paragraphs[paragraph]!.end <= tokStart) paragraph++;
      if (runStart >= 0 && paragraph !== runPara) {
        pushSentence(tokens, sentences, runStart, previous + 1, runPara);
        runStart = -1;
      }
      if (runStart < 0) {
        runStart = t;
        runPara = paragraph;
      }
      previous = lastTokenOf(ours, w, t);
      // "... Kerem Yıldırım. The talks": a split-off full stop before a capital ends the sentence. A stop
      // split off a short name or a reign's numeral ("King Harald V. They") is the token after the word's own.
      if (splitStops !== null && w < last) {
        const stop = splitStops.has(t) ? t : splitStops.has(t + 1) ? t + 1 : -1;
        if (stop >= 0 && /^\p{Lu}/u.test(tokens[stop + 1]?.text ?? '')) {
          pushSentence(tokens, sentences, runStart, stop + 1, runPara);
          runStart = -1;
        }
      }
    }
    if (previous >= 0 && runStart >= 0) pushSentence(tokens, sentences, runStart, previous + 1, runPara);
  }
}

/**
 * The last of our tokens made from wink's token w, the first of which is t: one word of wink's may
 * become two of ours (a short name and the full stop split off it, two words a lost space had glued),
 * and a sentence that ends on such a word takes both. `ours` ends with the count of tokens, so the
 * walk over the entries of spaces (-1) and of pieces glued onto t always stops.
 */
function lastTokenOf(ours: ArrayLike<number>, w: number, t: number): number {
  let x = w + 1;
  while (ours[x]! <= t) x++;
  return ours[x]! - 1;
}

/** Sets the sentence of tokens [from, to): done as each sentence is made, while its tokens are fresh in the cache. */
function numberTokens(tokens: readonly Token[], from: number, to: number, sentence: number): void {
  for (let t = from; t < to; t++) (tokens[t] as { sentence: number }).sentence = sentence;
}

function pushSentence(tokens: readonly Token[], sentences: Sentence[], tokenStart: number, tokenEnd: number, paragraph: number): void {
  const last = sentences[sentences.length - 1];
  if (last && last.paragraph === paragraph && last.tokenEnd === tokenStart && endsOnInitial(tokens, tokenStart - 1, tokenStart)) {
    numberTokens(tokens, tokenStart, tokenEnd, last.index);
    sentences[sentences.length - 1] = { index: last.index, start: last.start, end: tokens[tokenEnd - 1]!.end, tokenStart: last.tokenStart, tokenEnd, paragraph: last.paragraph };
    return;
  }
  numberTokens(tokens, tokenStart, tokenEnd, sentences.length);
  sentences.push({
    index: sentences.length,
    start: tokens[tokenStart]!.start,
    end: tokens[tokenEnd - 1]!.end,
    tokenStart,
    tokenEnd,
    paragraph,
  });
}

/** Index of the first paragraph ending after `offset` (the last paragraph if none does). */
function firstParagraphEndingAfter(paragraphs: readonly Paragraph[], offset: number): number {
  let lo = 0;
  let hi = Math.max(0, paragraphs.length - 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (paragraphs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where to cut a stretch [s, e] that has no paragraph break: the last line end, space or ". "
 * at or before `e`, if it lies after `s`; else -1. Scans back from `e` no further than `s`, so
 * that cutting a huge paragraph into chunks stays linear.
 */
function cutBefore(text: string, s: number, e: number): number {
  for (let i = Math.min(e, text.length - 1); i > s; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 /* space */ || c === 10 /* \n */) return i;
    if (c === 46 /* . */ && text.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}

/** Sentences, tokens and part-of-speech tags from wink-nlp, with offsets into the original text. */
export const tokenize: Stage = {
  name: 'tokenize',
  reads: [],
  writes: ['paragraphs', 'sentences', 'tokens'],
  run(doc: Document) {
    const text = doc.text;
    const paragraphs = findParagraphs(text, doc.meta.bodyStart);
    const tokens: Token[] = [];
    let sentences: Sentence[] = [];
    // Chunk on paragraph boundaries; a single paragraph longer than a chunk is split on a line end or space.
    let i = 0;
    while (i < paragraphs.length) {
      const chunkStart = paragraphs[i]!.start;
      let j = i;
      while (j + 1 < paragraphs.length && paragraphs[j + 1]!.end - chunkStart <= CHUNK_CHARS) j++;
      const chunkEnd = paragraphs[j]!.end;
      if (chunkEnd - chunkStart <= CHUNK_CHARS * 2) {
        tokenizeChunk(text, chunkStart, chunkEnd, paragraphs, tokens, sentences);
      } else {
        let s = chunkStart;
        while (s < chunkEnd) {
          let e = Math.min(chunkEnd, s + CHUNK_CHARS);
          if (e < chunkEnd) {
            const cut = cutBefore(text, s, e);
            if (cut > s) e = cut + 1;
          }
          tokenizeChunk(text, s, e, paragraphs, tokens, sentences);
          s = e;
        }
      }
      i = j + 1;
    }
    // pushSentence numbered each sentence's tokens; a sentence cut into pieces renumbers them all.
    const capped = capSentences(tokens, sentences);
    if (capped !== sentences) {
      sentences = capped;
      for (const s of sentences) numberTokens(tokens, s.tokenStart, s.tokenEnd, s.index);
    }
    readCapitalStyles(tokens);
    doc.setLayer('paragraphs', paragraphs, this.name);
    doc.setLayer('sentences', sentences, this.name);
    doc.setLayer('tokens', tokens, this.name);
    setWordIds(tokens, keptIds(tokens.length));
  },
};
