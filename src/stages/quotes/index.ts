import { actorsById } from '../../document/actor-index.js';
import type { Document } from '../../document/document.js';
import type { Quote } from '../../document/layers.js';
import { lowerBound, type Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { attributeAfter, attributeBefore, attributeStatedBy, looksLikeName, type Attribution, type QuoteWindow } from './attribution.js';
import { findMarkedQuotes, type MarkedQuote } from './marks.js';
import { carrySpeakers } from './continuation.js';
import { SpeakerIndex } from './speakers.js';
import { pronounGender } from '../coreference/gender.js';
import { transcriptTurns } from './transcript.js';
import { accordingToSentence, isHeading, leadSpeaker, paragraphSubject, reportedSpeechBefore, speechAnnouncer } from './leads.js';
import { pronounAfterRoleSubject } from './role-subject.js';
import { emptyList, sortInPlace } from '../../document/order.js';

/** The paragraphs to read: from the tokenizer, else the body as one paragraph. */
function readingParagraphs(doc: Document): readonly Span[] {
  const paragraphs = doc.layer('paragraphs');
  if (paragraphs.length > 0) return paragraphs;
  const start = doc.meta.bodyStart;
  return start < doc.text.length ? [{ start, end: doc.text.length }] : [];
}

const SPACE = /\s/;

/** How many paragraphs naming no one an unresolved pronoun may look back over. */
const MAX_NAMELESS_PARAGRAPHS = 2;

/** Length of a quote's closing mark: '' is two characters; a quote left open has none. */
function closeLength(text: string, q: MarkedQuote): number {
  if (q.unclosed || q.continues) return 0;
  return q.openMark === '``' ? 2 : 1;
}

/** The quoted words without the marks and the white space inside them. */
function innerSpan(text: string, q: MarkedQuote): Span {
  let start = q.textStart;
  let end = q.close;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Most words of a name or term written in marks: "the “One Belt, One Road” initiative". */
const MAX_NAME_WORDS = 8;
/** An article right before the opening mark at the end of the text before it. */
const ARTICLE_BEFORE_MARK = /(?:^|[\s(])(?:the|a|an)\s+["“‘«»„‚']$/i;

/** Whether an article stands right before the opening mark of the quotation whose words start at `start`. */
function afterArticle(text: string, start: number): boolean {
  return ARTICLE_BEFORE_MARK.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * A noun that names what the marks then give the name of: "its theme, “One Earth, One Family”", "under
 * the slogan “...”", "the motto of “...”". The words are a name or a title, whoever the sentence's
 * subject is.
 */
const NAMING_NOUN_BEFORE_MARK = /(?<![\p{L}])(?:theme|slogan|motto|title|banner|watchword|catchphrase)(?:[ \t\u00a0]*[,:]|[ \t\u00a0]+of)?[ \t\u00a0]*["“‘«»„‚']$/iu;

/** Whether a naming noun stands right before the opening mark at `open`. */
function namedByNounBefore(text: string, open: number): boolean {
  return NAMING_NOUN_BEFORE_MARK.test(text.slice(Math.max(0, open - 24), open + 1));
}

/**
 * A noun for an event, a programme or a document right before the opening mark, whose name the marks
 * then give: "the forum “Russia Calling!”", "the conference “Central Asia: Shared Past and Common
 * Future”", "the programme “Digital Silk Way”".
 */
const EVENT_NOUN_BEFORE_MARK = /(?<![\p{L}])(?:forum|conference|summit|congress|festival|exhibition|expo|fair|contest|competition|award|prize|programme|program|project|initiative|campaign|exercises?|strategy|concept|doctrine|declaration|memorandum|treaty|resolution)[ \t\u00a0]*["“‘«»„‚']$/iu;

/**
 * Whether the quotation opening at `open`, with the words `quoted`, is the name an event noun before it
 * introduces. A name opens with a capital or a figure and closes no clause: in "told the summit “we are
 * ready,” adding ..." or "said the project “will create jobs”" the words in the marks are speech.
 */
function namedByEventNoun(text: string, open: number, quoted: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(quoted) && !/[.,;?…]$/.test(quoted) && quoted.split(/\s+/).length <= MAX_NAME_WORDS
    && EVENT_NOUN_BEFORE_MARK.test(text.slice(Math.max(0, open - 16), open + 1));
}

/** Words after a closing mark that end the noun phrase rather than continue it: "a “historic step” for the region". */
const PHRASE_ENDS = /^(?:for|of|to|in|on|at|by|with|from|as|and|or|but|that|which|who|is|was|were|are|has|had|will|would)$/i;

/**
 * Whether the word after the closing mark of the quotation ending at `end` is the head noun the
 * quoted words modify ("the “Central Asia plus Japan” Dialogue", "the “reset” policy"), not a
 * preposition, a conjunction or a verb.
 */
function modifiesNounAfter(text: string, end: number): boolean {
  const after = /^["”’»']\s+([\p{L}][\p{L}-]*)/u.exec(text.slice(end, end + 40));
  return after !== null && !PHRASE_ENDS.test(after[1]!);
}

/** Words that make a quotation read as speech rather than a name or a scare-quoted term. */
function readsAsSpeech(quoted: string): boolean {
  const words = quoted.split(/\s+/).filter(Boolean).length;
  return words >= 4 || /[.!?…]$/.test(quoted);
}

export interface QuoteDraft {
  readonly marked: MarkedQuote;
  readonly inner: Span;
  attribution: Attribution | null;
}

/**
 * Direct quotations and their speakers. Marks are paired per paragraph; each quote is then
 * attributed from the words right after it, the words right before it, or the quote it
 * continues. A quote the text does not attribute keeps `speaker: null`.
 */
export const quotes: Stage = {
  name: 'quotes',
  reads: ['paragraphs', 'sentences', 'tokens', 'mentions', 'actors'],
  writes: ['quotes'],
  run(doc: Document) {
    const text = doc.text;
    const paragraphs = readingParagraphs(doc);
    const { quotes: marked, stray } = findMarkedQuotes(text, paragraphs);
    for (const m of stray) {
      doc.report('warning', 'quotes', 'unclosed-quote',
        `The quotation mark ${m.mark} at offset ${m.at} is never closed; it is ignored and the quotes after it are read on their own.`,
        { start: m.at, end: m.at + 1 });
    }
    const index = new SpeakerIndex(text, doc.layer('mentions'), actorsById(doc));
    // An unresolved "he" or "she" looks back to the previous paragraph; paragraphs that name no one
    // ("The ministers discussed lithium.") do not count, since a reader passes over them to the last
    // people named. Remembered per paragraph, so that each paragraph is searched once.
    const namesSomeone = new Map<number, boolean>();
    const pronounScope = (p: number): number => {
      let k = Math.max(0, p - 1);
      for (let back = 0; k > 0 && back < MAX_NAMELESS_PARAGRAPHS; back++, k--) {
        let named = namesSomeone.get(k);
        if (named === undefined) {
          named = index.firstPersonFrom(paragraphs[k]!.start, paragraphs[k]!.end) !== null;
          namesSomeone.set(k, named);
        }
        if (named) break;
      }
      return paragraphs[k]!.start;
    };
    const drafts: QuoteDraft[] = [];
    for (let i = 0; i < marked.length; i++) draftQuote(doc, index, paragraphs, marked, i, pronounScope, drafts);
    carrySpeakers(text, drafts);
    carryAcrossParagraphs(text, paragraphs, drafts);
    carryToPronouns(text, drafts, index);
    const markedParagraphs = new Set(marked.map((q) => q.paragraph));
    // Stray marks by paragraph, so that asking about each paragraph is a look-up, not a rescan.
    const strayParagraphs = new Set<number>();
    for (const m of stray) {
      const at = lowerBound(paragraphs, m.at + 1) - 1;
      if (at >= 0 && m.at < paragraphs[at]!.end) strayParagraphs.add(at);
    }
    const turns = transcriptTurns(text, paragraphs, index, (_, i) => markedParagraphs.has(i) || strayParagraphs.has(i));
    const out = keptQuotes(text, drafts);
    for (const t of turns) {
      out.push({
        id: '',
        start: t.inner.start,
        end: t.inner.end,
        text: text.slice(t.inner.start, t.inner.end),
        speaker: t.attribution.speaker,
        cue: t.attribution.cue,
        speakerMention: t.attribution.speakerMention,
        stage: 'quotes',
        rule: t.attribution.rule,
      });
    }
    // Transcript turns join the marked quotes in text order; ids follow that order.
    sortInPlace(out, (a, b) => a.start - b.start);
    // Each written out field by field in the order of the drafts above, never a spread, so every
    // quote has the one hidden class. Pushed one by one into a list laid out as a filled one, never
    // made by \`map\` (which in compiled code gives a list with room for gaps, of another shape), so
    // every reader of the layer sees one shape of list.
    const numbered: Quote[] = emptyList();
    for (let i = 0; i < out.length; i++) {
      const q = out[i]!;
      numbered.push({
        id: `qt${i + 1}`,
        start: q.start,
        end: q.end,
        text: q.text,
        speaker: q.speaker,
        cue: q.cue,
        speakerMention: q.speakerMention,
        stage: q.stage,
        rule: q.rule,
      });
    }
    doc.setLayer('quotes', numbered, this.name);
  },
};

/**
 * The draft of the i-th marked quote: its words and who the text says speaks them. A function of
 * its own, called once a quote, so that the engine optimises it apart from the stage's run.
 */
function draftQuote(doc: Document, index: SpeakerIndex, paragraphs: readonly Span[], marked: readonly MarkedQuote[], i: number, pronounScope: (p: number) => number, drafts: QuoteDraft[]): void {
  const text = doc.text;
  const q = marked[i]!;
  const inner = innerSpan(text, q);
  if (inner.end <= inner.start) return;
  if (q.unclosed) {
    doc.report('warning', 'quotes', 'unclosed-quote',
      `The quotation mark ${q.openMark} at offset ${q.open} is not closed before the end of its paragraph; the quote is taken to run to the paragraph end.`,
      { start: q.open, end: q.open + 1 });
  }
  const para = paragraphs[q.paragraph]!;
  const prev = marked[i - 1];
  const next = marked[i + 1];
  // "Speaking after the meeting the Foreign Secretary said:" closing one paragraph introduces the
  // quotation that opens the next.
  const lead = para.start;
  const introduced = q.paragraph > 0 && (!prev || prev.paragraph !== q.paragraph) && text.slice(lead, q.open).trim() === ''
    && /:\s*$/.test(text.slice(paragraphs[q.paragraph - 1]!.start, paragraphs[q.paragraph - 1]!.end));
  const previousParagraph = paragraphs[q.paragraph - 1];
  const introStart = introduced && previousParagraph
    ? Math.max(previousParagraph.start, prev && prev.paragraph === q.paragraph - 1 ? prev.close + closeLength(text, prev) : previousParagraph.start)
    : lead;
  const window: QuoteWindow = {
    open: q.open,
    close: q.close,
    closeLength: closeLength(text, q),
    textStart: q.textStart,
    before: prev && prev.paragraph === q.paragraph ? prev.close + closeLength(text, prev) : introStart,
    after: next && next.paragraph === q.paragraph ? next.open : para.end,
    pronounScope: pronounScope(q.paragraph),
    paragraphStart: para.start,
  };
  let attribution = q.continues || q.unclosed
    ? attributeBefore(doc, index, window)
    : attributeEither(doc, index, window, endsSentence(text, q.textStart, q.close));
  // "Statement by Foreign Secretary X on ..." heading the paragraph a quotation opens: X's words.
  if (!attribution?.speaker && q.paragraph > 0 && text.slice(lead, q.open).trim() === '' && (!prev || prev.paragraph < q.paragraph - 1)) {
    attribution = leadSpeaker(text, previousParagraph!, index) ?? attribution;
    // "X delivered a speech at the forum. Below are excerpts." before a paragraph that is one
    // quotation (short headings may stand between): X's words.
    if (!attribution?.speaker && quoteOnly(text, para, q)) {
      let k = q.paragraph - 1;
      while (k > 0 && k >= q.paragraph - 2 && isHeading(text, paragraphs[k]!)) k--;
      if (!prev || prev.paragraph < k) attribution = speechAnnouncer(text, paragraphs[k]!, index) ?? attribution;
    }
    // A quotation alone in its paragraph after a paragraph told of one person only: that person's words.
    if (!attribution?.speaker && quoteOnly(text, para, q)) attribution = paragraphSubject(text, previousParagraph!, index) ?? attribution;
  }
  // "X noted that ... “...”": a quotation standing as a sentence of its own goes on with the words
  // the sentence before it reports.
  if (!attribution?.speaker && !q.unclosed && !q.continues && standsAlone(text, q, para)) {
    const before = sentenceBefore(text, doc.layer('sentences'), q.open);
    const from = text.slice(lead, q.open).trim() === '' && previousParagraph ? previousParagraph.start : lead;
    if (before && before.start >= from && (!prev || prev.close < before.start)) attribution = reportedSpeechBefore(text, before, index) ?? attribution;
  }
  // "According to the minister, Damascus wants “...”": the source the sentence opens with, for a
  // quotation no cue reached (a cue read as someone else's office keeps its quotation unassigned).
  if (!attribution && !q.unclosed && !q.continues) {
    const sentences = doc.layer('sentences');
    const k = lowerBound(sentences, q.open + 1) - 1;
    const s = k >= 0 ? sentences[k]! : null;
    if (s && s.start >= lead && s.end > q.open) attribution = accordingToSentence(text, s, q.open, index) ?? attribution;
  }
  if (attribution) attribution = pronounAfterRoleSubject(doc, index, attribution, q.open);
  drafts.push({ marked: q, inner, attribution });
}

/**
 * The quotes the drafts make, one for each run of marks a quotation continues over; short phrases
 * in marks that read as names or terms, with no one to say them, are left out.
 */
function keptQuotes(text: string, drafts: readonly QuoteDraft[]): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < drafts.length; i++) {
    // A quotation running over several paragraphs (each reopened with a mark, closed only at the
    // end) is one quote: its span runs from the first words to the last.
    let j = i;
    while (j < drafts.length - 1 && drafts[j]!.marked.continues) j++;
    const first = drafts[i]!;
    const d = drafts.slice(i, j + 1).find((x) => x.attribution?.speaker) ?? drafts.slice(i, j + 1).find((x) => x.attribution) ?? first;
    const span = { start: first.inner.start, end: drafts[j]!.inner.end };
    i = j;
    const quoted = text.slice(span.start, span.end);
    const attributed = d.attribution !== null;
    // Unattributed short phrases in marks are names or scare quotes ("Made in Belarus"), not speech.
    if (!attributed && (!readsAsSpeech(quoted) || looksLikeName(quoted))) continue;
    // "importance to the “Central Asia plus Japan” Dialogue": words in marks after an article are a
    // name or a term inside a noun phrase, whoever the sentence's subject is.
    if (afterArticle(text, span.start) && modifiesNounAfter(text, span.end) && !/[.!?…,]$/.test(quoted) && quoted.split(/\s+/).length <= MAX_NAME_WORDS) continue;
    // "its theme, “One Earth, One Family, One Future”": a short run of words a naming noun introduces is
    // a name, not speech.
    if (namedByNounBefore(text, first.marked.open) && !/[.?…]$/.test(quoted) && quoted.split(/\s+/).length <= MAX_NAME_WORDS) continue;
    // "the forum “Russia Calling!”": the name of an event or a programme, whoever the sentence's subject is.
    if (namedByEventNoun(text, first.marked.open, quoted)) continue;
    // Words after a mark that is never closed, with nobody to say them, have no known extent and no
    // speaker: the warning above keeps them visible, a record entry would only guess.
    if (!attributed && d.marked.unclosed) continue;
    const rule = d.attribution?.rule ?? (d.marked.unclosed ? 'unclosed/unattributed' : 'unattributed');
    out.push({
      id: `qt${out.length + 1}`,
      start: span.start,
      end: span.end,
      text: quoted,
      speaker: d.attribution?.speaker ?? null,
      cue: d.attribution?.cue ?? null,
      speakerMention: d.attribution?.speakerMention ?? null,
      stage: 'quotes',
      rule,
    });
  }
  return out;
}

/**
 * A quote that ends its sentence inside the marks ("... were “dangerous and unlawful.”") is
 * attributed by the clause before it when that clause names a speaker: the words after the
 * closing mark start a new sentence whose subject is not the speaker. Otherwise the words
 * after the quote come first, as in "“...,” the minister said".
 */
function attributeEither(doc: Document, index: SpeakerIndex, window: QuoteWindow, closesSentence: boolean): Attribution | null {
  // "“...” This was stated by X.": an attribution that says outright whose the words were comes first.
  const stated = attributeStatedBy(doc, index, window);
  if (stated?.speaker) return stated;
  if (closesSentence) {
    const before = attributeBefore(doc, index, window);
    if (before?.speaker && before.rule.startsWith('before/') && !before.rule.includes('unknown') && !before.rule.includes('unresolved')) {
      const after = attributeAfter(doc, index, window);
      // "“We are ready.” he said." still ends in its own cue: keep the words right after it. A capital
      // after the closing mark starts a new sentence with a subject of its own ("... that “...” The
      // Minister of Tajikistan also spoke."): the clause before the quote already gave its speaker.
      if (!after || !cueEndsSentence(doc.text, after.cue.end) || startsSentence(doc.text, window.close + window.closeLength, after.cue.start)) return before;
      return after;
    }
  }
  const after = attributeAfter(doc, index, window);
  // "Attaf described the talks as “excellent”, while Fidan spoke of “a new era”": a cue whose verb takes
  // the next quotation as its object, with no punctuation between, gives that quotation, not this one.
  if (after && takesNextQuote(doc.text, after.cue.end, window.after)) return attributeBefore(doc, index, window);
  // "“Both sides are ready.” Officials said the corridor will help.": a quote that ends its sentence
  // is not attributed by the next sentence's subject unless that sentence is only the cue ("he said.").
  if (after && closesSentence && !cueEndsSentence(doc.text, after.cue.end)) return attributeBefore(doc, index, window);
  return after ?? attributeBefore(doc, index, window);
}

/** Whether a cue ending at `cueEnd` runs straight into the quotation opening at `next` ("spoke of “...”"). */
function takesNextQuote(text: string, cueEnd: number, next: number): boolean {
  return next > cueEnd && OPENING_MARKS.has(text[next]!) && NEXT_QUOTE_GAP.test(text.slice(cueEnd, next));
}
const OPENING_MARKS = new Set(['“', '"', '«', '»', '„', '‘', '‚']);
/** White space, perhaps with the preposition or conjunction a verb takes its object with. */
const NEXT_QUOTE_GAP = /^[ \t\u00a0]+(?:(?:of|about|that|as)[ \t\u00a0]+)?$/i;

/** Only white space between a quote's closing mark and a capitalised word that opens the cue. */
function startsSentence(text: string, from: number, cueStart: number): boolean {
  return /^\s*$/.test(text.slice(from, cueStart)) && /^\p{Lu}/u.test(text.slice(cueStart, cueStart + 1));
}

function endsSentence(text: string, start: number, close: number): boolean {
  return /[.!?…]\s*$/.test(text.slice(Math.max(start, close - 4), close));
}

/** The cue is a whole clause of its own: "he said." / "said Kobzev." */
function cueEndsSentence(text: string, end: number): boolean {
  return /^[ \t\u00a0]*(?:[.!?]|$)/.test(text.slice(end, end + 3));
}

/**
 * A quotation that is a sentence of its own: it opens after a sentence's end and closes its
 * paragraph, or ends a sentence inside its marks with a new sentence after it.
 */
function standsAlone(text: string, q: MarkedQuote, para: Span): boolean {
  const k = lastNonSpace(text, para.start, q.open);
  if (k >= para.start && !endsSentenceAt(text, para.start, k)) return false;
  const rest = text.slice(q.close + 1, para.end);
  return /^[\s.]*$/.test(rest) || (endsSentence(text, q.textStart, q.close) && /^\s+\p{Lu}/u.test(rest));
}

/** The sentence that ends right before `at`, cut at `at` when the tokenizer ran it on into the quotation. */
function sentenceBefore(text: string, sentences: readonly Span[], at: number): Span | null {
  const k = lowerBound(sentences, at + 1) - 1;
  if (k < 0) return null;
  const s = sentences[k]!;
  if (s.end <= at) return s;
  if (s.start >= at) return k > 0 ? sentences[k - 1]! : null;
  const last = lastNonSpace(text, s.start, at);
  return last >= s.start && TERMINAL.has(text[last]!) ? { start: s.start, end: at } : null;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['”', '"', '’', '»']);

/**
 * The last character before `at` that is not white space, looking no further back than `from`
 * (from - 1 when there is none). Read backwards so that each quotation costs the spaces before it,
 * not the whole paragraph or sentence before it.
 */
function lastNonSpace(text: string, from: number, at: number): number {
  let k = at - 1;
  while (k >= from && /\s/.test(text[k]!)) k--;
  return k;
}

/** Whether the character at k ends a sentence, alone or followed by a closing quotation mark: "done." or "done.”". */
function endsSentenceAt(text: string, from: number, k: number): boolean {
  if (CLOSING_MARKS.has(text[k]!) && k > from) k--;
  return TERMINAL.has(text[k]!);
}

/** Whether a paragraph is one quotation and nothing else. */
function quoteOnly(text: string, para: Span, q: MarkedQuote): boolean {
  return text.slice(para.start, q.open).trim() === '' && !q.unclosed && !q.continues && /^[\s.]*$/.test(text.slice(q.close + 1, para.end));
}

/** How far a quotation may end before its paragraph does and still close it ("..." he said.). */
const TAIL_CHARS = 80;

/**
 * A paragraph that is one quotation and nothing else, right after a paragraph that closed with
 * a quotation by a known speaker, goes on with that speaker's words (releases give a long
 * statement as one quoted paragraph after another).
 */
function carryAcrossParagraphs(text: string, paragraphs: readonly Span[], drafts: QuoteDraft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const cur = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (cur.attribution || !prev.attribution?.speaker || prev.marked.continues) continue;
    // Short headings between two quoted paragraphs of one speech ("On maritime security") do not end it.
    let between = cur.marked.paragraph - 1;
    while (between > prev.marked.paragraph && cur.marked.paragraph - between <= 2 && isHeading(text, paragraphs[between]!)) between--;
    if (between !== prev.marked.paragraph || cur.marked.unclosed || prev.marked.unclosed) continue;
    const para = paragraphs[cur.marked.paragraph]!;
    const prevPara = paragraphs[prev.marked.paragraph]!;
    if (text.slice(para.start, cur.marked.open).trim() !== '') continue;
    if (!/^[\s.]*$/.test(text.slice(cur.marked.close + 1, para.end))) continue;
    if (prevPara.end - prev.marked.close > TAIL_CHARS) continue;
    cur.attribution = { ...prev.attribution, rule: 'continuation/next-paragraph' };
  }
}

const PRONOUN_CUE = /(?<![\p{L}])(?:he|she)(?![\p{L}])/iu;

/**
 * "President Arslan said:\n\n“...”\n\n“...,” he continued": a "he" or "she" with no one named within
 * reach takes up the speaker of the quotation just before it, in its own or the previous paragraph,
 * who is the one the text has been giving the words of.
 */
function carryToPronouns(text: string, drafts: QuoteDraft[], index: SpeakerIndex): void {
  for (let i = 1; i < drafts.length; i++) {
    const cur = drafts[i]!;
    const prev = drafts[i - 1]!;
    const a = cur.attribution;
    if (!a || a.speaker || !a.rule.endsWith('+unresolved') || !prev.attribution?.speaker) continue;
    const pronoun = PRONOUN_CUE.exec(text.slice(a.cue.start, a.cue.end));
    if (cur.marked.paragraph - prev.marked.paragraph > 1 || !pronoun) continue;
    // "“...,” he said" after a woman's words: not hers.
    const last = index.actorById(prev.attribution.speaker);
    if (last && !index.agrees(last, pronounGender(pronoun[0]))) continue;
    cur.attribution = { ...a, speaker: prev.attribution.speaker, rule: 'continuation/pronoun' };
  }
}
