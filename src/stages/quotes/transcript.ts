import type { Span } from '../../document/span.js';
import type { Attribution } from './attribution.js';
import type { SpeakerIndex } from './speakers.js';

/** A speech paragraph of a transcript: where its words are and who says them. */
export interface TranscriptTurn {
  readonly inner: Span;
  readonly attribution: Attribution;
}

/** A translator's note after a speaker's name: "(retranslated)", "(via interpreter)", "(as interpreted)". */
const LABEL_NOTE = /^[ \t\u00a0]*\([^()\n]{1,40}\)[ \t\u00a0]*$/;

/** A paragraph that only announces whose words follow: "Mikhail Mishustin’s opening remarks:". */
const REMARKS_LABEL = /^[ \t\u00a0]*(.{2,90}?)['’]s?[ \t\u00a0]+(?:(?:opening|introductory|closing|concluding|welcoming)[ \t\u00a0]+)?(?:remarks|statement|speech|address)[ \t\u00a0]*:[ \t\u00a0]*$/u;

/** A turn label that is only a personal pronoun. */
const PRONOUN_LABEL = /^(?:I|me|we|us|you|he|him|she|her|they|them|it)$/i;

/** "Vladimir Putin:" / "President of Belarus Aleksandr Lukashenko:" opening a paragraph. */
const TURN = /^[ \t\u00a0]*([\p{Lu}](?:[^:\n.!?"“”«»]|\.(?=\p{Lu})){1,80}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)/u;

/**
 * Official transcripts give speech as paragraphs "Name: words" with no quotation marks. A
 * paragraph is a turn when the words before its colon are the name of a person the document
 * knows (a mention resolved to a person) and nothing else of substance; "Note: ..." or
 * "Minsk, 5 June:" are not turns. Paragraphs holding quotation marks are left to the
 * marked-quote rules, so that no words are quoted twice.
 */
export function transcriptTurns(
  text: string,
  paragraphs: readonly Span[],
  index: SpeakerIndex,
  hasMarks: (p: Span, paragraphIndex: number) => boolean,
): TranscriptTurn[] {
  const out: TranscriptTurn[] = [];
  /**
   * A transcript keeps its labels: "THE PRESIDENT:" names the same speaker in every turn, though a
   * president named in the turns between ("greetings from our President, X") is the nearer one a
   * title would otherwise be read as. The speaker of a label's first turn, by the label's words.
   */
  const speakerOfLabel = new Map<string, string>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const headText = text.slice(p.start, Math.min(p.end, p.start + 120));
    // A turn label, and a label of remarks, ends in a colon: a paragraph without one (most) is read no further.
    const colonInHead = headText.includes(':');
    // "Mikhail Mishustin’s opening remarks:" on a line of its own: the next paragraph is their speech.
    // (A paragraph of at most 120 characters is all in headText.)
    const label = p.end - p.start <= 120 && colonInHead ? REMARKS_LABEL.exec(text.slice(p.start, p.end)) : null;
    const next = paragraphs[i + 1];
    if (label && next && !hasMarks(next, i + 1)) {
      const nameStart = p.start + label[0].indexOf(label[1]!);
      const m = index.bestWithin(nameStart, nameStart + label[1]!.length + 2);
      const actor = m ? index.actorOf(m) : null;
      if (m && actor && actor.type === 'person') {
        let end = next.end;
        while (end > next.start && /\s/.test(text[end - 1]!)) end--;
        out.push({
          inner: { start: next.start, end },
          attribution: { speaker: actor.id, speakerMention: m.id, cue: { start: p.start, end: p.end }, rule: 'transcript/remarks-label' },
        });
        i++;
        continue;
      }
    }
    if (!colonInHead) continue;
    const head = TURN.exec(headText);
    if (!head) continue;
    const nameStart = p.start + head[0].indexOf(head[1]!);
    const nameEnd = nameStart + head[1]!.length;
    // "I:", "SHE:": a pronoun alone is no one's name (an interviewer's "I", a "she" the label leaves open).
    if (PRONOUN_LABEL.test(head[1]!)) continue;
    const m = index.bestWithin(nameStart, nameEnd);
    if (!m || m.form === 'pronoun') continue;
    const actor = index.actorOf(m);
    if (!actor || actor.type !== 'person') continue;
    // The name must end the label: "Putin said in Moscow:" is a sentence, not a turn label. A note in
    // brackets may follow it: "Xi Jinping (retranslated):", "Giuseppe Conte (via interpreter):".
    if (nameEnd - m.end > 1 && !LABEL_NOTE.test(text.slice(m.end, nameEnd))) continue;
    if (hasMarks(p, i)) continue;
    let start = p.start + head[0].length;
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end - start < 2) continue;
    const colon = text.indexOf(':', nameEnd);
    const labelWords = head[1]!.replace(/\s+/g, ' ').trim().toLowerCase();
    const speaker = speakerOfLabel.get(labelWords) ?? actor.id;
    speakerOfLabel.set(labelWords, speaker);
    out.push({
      inner: { start, end },
      attribution: { speaker, speakerMention: m.id, cue: { start: nameStart, end: colon + 1 }, rule: 'transcript/name-colon' },
    });
    start = end;
  }
  return out;
}
