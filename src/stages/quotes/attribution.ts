import type { Document } from '../../document/document.js';
import type { Mention } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import { ACCORDING_TO, APPOSITION_AT_START, PRONOUN, SPEAKER_VERB_GAP, cuePatterns } from './cues.js';
import type { SpeakerIndex } from './speakers.js';

export interface Attribution {
  readonly speaker: string | null;
  readonly speakerMention: string | null;
  readonly cue: Span;
  /** Which pattern attributed the quote: "after/speaker-verb", "before/according-to", ... */
  readonly rule: string;
}

/** Where a quote sits and how far its attribution may be looked for. */
export interface QuoteWindow {
  readonly open: number;
  /** Offset of the closing mark (or paragraph end for an open quote). */
  readonly close: number;
  /** Start of the text that may attribute the quote from before: paragraph start or previous quote's end. */
  readonly before: number;
  /** End of the text that may attribute it from after: paragraph end or the next quote's opening mark. */
  readonly after: number;
  /** Start of the previous paragraph, how far back an unresolved "he" may look for its person. */
  readonly pronounScope: number;
}

const MAX_BEFORE = 300;
/** Up to five capitalised words (with particles), e.g. "Aleksandr Lukashenko", "Ursula von der Leyen". */
const NAME_AT_START = /^\p{Lu}[\p{L}’'.-]*(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}’'.-]*|de|der|van|von|al|bin|el|la|le)){0,4}(?![\p{L}])/u;
/** A capitalised verb at a sentence start ("Said ...") is not a name. */
const SPEECH_WORD = /^(?:said|says|added|noted|told|asked)$/i;
const MAX_AFTER = 200;

/** Turns a mention in a cue into a speaker: its actor, or for an unresolved "he" the last person named. */
function speakerFrom(
  index: SpeakerIndex,
  m: Mention,
  rule: string,
  cue: Span,
  scope: number,
): Attribution {
  const actor = index.actorOf(m);
  if (actor) return { speaker: actor.id, speakerMention: m.id, cue, rule };
  if (m.form === 'pronoun' && /^(he|she)$/i.test(m.text)) {
    const near = index.lastPersonBefore(m.start, scope);
    if (near) return { speaker: near.actor.id, speakerMention: m.id, cue, rule: `${rule}+nearest-person` };
  }
  return { speaker: null, speakerMention: m.id, cue, rule: `${rule}+unresolved` };
}

/** A bare "he"/"she" the mentions layer did not mark: resolve it to the last person named, if any. */
function pronounWithoutMention(index: SpeakerIndex, at: number, rule: string, cue: Span, scope: number): Attribution {
  const near = index.lastPersonBefore(at, scope);
  return near
    ? { speaker: near.actor.id, speakerMention: null, cue, rule: `${rule}+nearest-person` }
    : { speaker: null, speakerMention: null, cue, rule: `${rule}+unresolved` };
}

/** `“...,” X said`, `“...,” said X`, `“...,” he added`. */
export function attributeAfter(doc: Document, index: SpeakerIndex, w: QuoteWindow): Attribution | null {
  const text = doc.text;
  const from = w.close + 1;
  const limit = Math.min(w.after, from + MAX_AFTER);
  if (from >= limit) return null;
  const windowText = text.slice(from, limit);
  const lead = /^[\s,;–—-]*/.exec(windowText)![0].length;
  const at = from + lead;
  const rest = text.slice(at, limit);
  const { verbAtStart } = cuePatterns();
  const introducesNext = (end: number) => /^[ \t\u00a0]*:/.test(text.slice(end, end + 3));

  // Speaker first: “...,” Aleksandr Lukashenko noted.
  const m = index.startingAt(text, at);
  if (m && m.end <= limit) {
    const gap = APPOSITION_AT_START.exec(text.slice(m.end, limit))![0].length;
    const v = verbAtStart.exec(text.slice(m.end + gap, limit));
    if (v) {
      const end = m.end + gap + v[0].length;
      if (!introducesNext(end)) return speakerFrom(index, m, 'after/speaker-verb', { start: at, end }, w.pronounScope);
    }
  }
  const pronoun = PRONOUN.exec(rest);
  if (pronoun) {
    const said = verbAtStart.exec(rest.slice(pronoun[0].length));
    if (said) {
      const end = at + pronoun[0].length + said[0].length;
      if (!introducesNext(end)) return pronounWithoutMention(index, at, 'after/pronoun-verb', { start: at, end }, w.pronounScope);
    }
  }

  // A capitalised name the mentions layer does not know: the cue is clear, the speaker is not.
  const name = NAME_AT_START.exec(rest);
  if (name) {
    const gap = APPOSITION_AT_START.exec(rest.slice(name[0].length))![0].length;
    const said = verbAtStart.exec(rest.slice(name[0].length + gap));
    if (said && !SPEECH_WORD.test(name[0])) {
      const end = at + name[0].length + gap + said[0].length;
      if (!introducesNext(end)) return { speaker: null, speakerMention: null, cue: { start: at, end }, rule: 'after/name-verb+unresolved' };
    }
  }

  // Verb first: “...,” said Igor Kobzev.
  const v = verbAtStart.exec(rest);
  if (v) {
    const space = /^[ \t\u00a0]+/.exec(text.slice(at + v[0].length, limit));
    const speakerAt = at + v[0].length + (space ? space[0].length : 0);
    const s = space ? index.startingAt(text, speakerAt) : null;
    if (s && s.end <= limit) return speakerFrom(index, s, 'after/verb-speaker', { start: at, end: s.end }, w.pronounScope);
    // "said a source", "said the statement": the text attributes the quote to no one we know.
    const words = /^[ \t\u00a0]+[^\s,.;:!?“”"«»]+(?:[ \t\u00a0]+[^\s,.;:!?“”"«»]+){0,3}/.exec(text.slice(at + v[0].length, limit));
    const end = at + v[0].length + (words && /^[ \t\u00a0]+\p{Lu}/u.test(words[0]) ? words[0].length : 0);
    if (!introducesNext(end)) return { speaker: null, speakerMention: null, cue: { start: at, end }, rule: 'after/verb-unknown-speaker' };
  }
  return null;
}

/** `X said: “...”`, `X noted that “...”`, `According to X, “...”`, `said X: “...”`. */
export function attributeBefore(doc: Document, index: SpeakerIndex, w: QuoteWindow): Attribution | null {
  const text = doc.text;
  const from = Math.max(w.before, w.open - MAX_BEFORE);
  if (from >= w.open) return null;
  const before = text.slice(from, w.open);

  // According to X, “...”
  for (const m of index.endingBefore(w.open, from, 3)) {
    if (!/^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(text.slice(m.end, w.open))) continue;
    const a = ACCORDING_TO.exec(text.slice(Math.max(from, m.start - 24), m.start));
    if (a) {
      const start = m.start - a[0].length;
      return speakerFrom(index, m, 'before/according-to', { start, end: m.end }, w.pronounScope);
    }
  }

  const v = cuePatterns().verbBeforeQuote.exec(before);
  if (!v) return null;
  // "...said the plant known as “Belaz”": a name in quotation marks run into a sentence is not speech.
  // Without ":" "," or "that", a short quoted phrase inside a running clause is a term, not a partial quote:
  // "officials said the ‘green corridor’ will help" vs "he said the talks were “constructive”."
  if (!v[3]) {
    const quoted = text.slice(w.open + 1, w.close);
    if (looksLikeName(quoted)) return null;
    const endsClause = /^[ \t\u00a0]*(?:[.,;:!?)]|$)/.test(text.slice(w.close + 1, w.close + 4));
    if (quoted.trim().split(/\s+/).length < 4 && !endsClause) return null;
  }
  const verbStart = from + v.index;
  const verbEnd = verbStart + v[1]!.length;
  // Verb first: said Lukashenko: “...”
  const space = /^[ \t\u00a0]+/.exec(text.slice(verbEnd, w.open));
  if (space) {
    const s = index.startingAt(text, verbEnd + space[0].length);
    if (s && s.end <= w.open && /^[ \t\u00a0]*[:,]?[ \t\u00a0]*$/.test(text.slice(s.end, w.open))) {
      return speakerFrom(index, s, 'before/verb-speaker', { start: verbStart, end: s.end }, w.pronounScope);
    }
  }
  // Speaker first, in the same sentence: Aleksandr Lukashenko said: “...”
  const sentenceStart = lastSentenceStart(text, from, verbStart);
  for (const m of index.endingBefore(verbStart, sentenceStart)) {
    if (SPEAKER_VERB_GAP.test(text.slice(m.end, verbStart))) {
      return speakerFrom(index, m, 'before/speaker-verb', { start: m.start, end: verbEnd }, w.pronounScope);
    }
  }
  const pronoun = /(?<![\p{L}])(he|she)[ \t\u00a0]+$/iu.exec(text.slice(Math.max(sentenceStart, verbStart - 12), verbStart));
  if (pronoun) {
    const start = verbStart - pronoun[0].length;
    return pronounWithoutMention(index, start, 'before/pronoun-verb', { start, end: verbEnd }, w.pronounScope);
  }
  return { speaker: null, speakerMention: null, cue: { start: verbStart, end: verbEnd }, rule: 'before/verb-unknown-speaker' };
}

/** Start of the sentence containing `at`, looking back no further than `from`. */
function lastSentenceStart(text: string, from: number, at: number): number {
  const chunk = text.slice(from, at);
  const re = /[.!?…][”"’»)]?\s+(?=[\p{Lu}“"«‘])/gu;
  let start = from;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) start = from + m.index + m[0].length;
  return start;
}

/** A short run of capitalised words ("Great Stone", "Made in Belarus"): a name, not a saying. */
export function looksLikeName(quoted: string): boolean {
  const words = quoted.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= Math.ceil(words.length / 2) && !/[.!?,]$/.test(quoted.trim());
}
