import type { ItemSentence } from 'wink-nlp';
import type { Document } from '../../document/document.js';
import type { Paragraph, Sentence, Token } from '../../document/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { wink } from './wink.js';

/**
 * Paragraphs are separated by a blank line (or a line break followed by indentation in
 * some feeds); a sentence never crosses a paragraph, whatever the sentence splitter thinks.
 */
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+|\r\n[ \t]*(?:\r\n[ \t]*)+/g;

/** wink-nlp is given at most this much text at a time so memory stays flat on huge inputs. */
const CHUNK_CHARS = 200_000;

function findParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = from;
  PARAGRAPH_BREAK.lastIndex = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, index: paragraphs.length });
  };
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return paragraphs;
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
  const doc = nlp.readDoc(text.slice(chunkStart, chunkEnd));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  // Map wink token index -> our token index (whitespace tokens are dropped).
  const ours = new Int32Array(values.length + 1).fill(-1);
  let offset = chunkStart;
  let paragraph = 0;
  while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= offset) paragraph++;
  const sentenceOfToken: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offset += spaces[i]!.length;
    if (text.startsWith(value, offset) === false) {
      // wink-nlp is lossless in practice; if it ever is not, re-anchor on the next occurrence.
      const found = text.indexOf(value, offset);
      if (found < 0 || found >= chunkEnd) break;
      offset = found;
    }
    const start = offset;
    offset += value.length;
    if (types[i] === 'tabCRLF' || pos[i] === 'SPACE' || value.trim() === '') continue;
    ours[i] = tokens.length;
    tokens.push({
      index: tokens.length,
      start,
      end: offset,
      text: value,
      lower: value.toLowerCase(),
      pos: pos[i]!,
      kind: types[i]!,
      sentence: -1,
    });
    sentenceOfToken.push(0);
  }
  ours[values.length] = tokens.length;

  // Sentences from wink, cut again wherever a paragraph boundary falls inside one.
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    let runStart = -1;
    let runPara = -1;
    const flush = (endExclusive: number) => {
      if (runStart < 0) return;
      const startTok = tokens[runStart]!;
      const endTok = tokens[endExclusive - 1]!;
      sentences.push({
        index: sentences.length,
        start: startTok.start,
        end: endTok.end,
        tokenStart: runStart,
        tokenEnd: endExclusive,
        paragraph: runPara,
      });
      runStart = -1;
    };
    let previous = -1;
    for (let w = first; w <= last; w++) {
      const t = ours[w]!;
      if (t < 0) continue;
      const tok = tokens[t]!;
      while (paragraph < paragraphs.length - 1 && paragraphs[paragraph]!.end <= tok.start) paragraph++;
      if (runStart >= 0 && paragraph !== runPara) flush(previous + 1);
      if (runStart < 0) {
        runStart = t;
        runPara = paragraph;
      }
      previous = t;
    }
    if (previous >= 0) flush(previous + 1);
  });
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
    const sentences: Sentence[] = [];
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
            const cut = Math.max(text.lastIndexOf('. ', e), text.lastIndexOf('\n', e), text.lastIndexOf(' ', e));
            if (cut > s) e = cut + 1;
          }
          tokenizeChunk(text, s, e, paragraphs, tokens, sentences);
          s = e;
        }
      }
      i = j + 1;
    }
    for (const s of sentences) {
      for (let t = s.tokenStart; t < s.tokenEnd; t++) (tokens[t] as { sentence: number }).sentence = s.index;
    }
    doc.setLayer('paragraphs', paragraphs, this.name);
    doc.setLayer('sentences', sentences, this.name);
    doc.setLayer('tokens', tokens, this.name);
  },
};
