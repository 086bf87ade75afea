import type { Span } from '../../document/span.js';
import type { Attribution } from './attribution.js';
import type { SpeakerIndex } from './speakers.js';

/** A speech paragraph of a transcript: where its words are and who says them. */
export interface TranscriptTurn {
  readonly inner: Span;
  readonly attribution: Attribution;
}

/** "Vladimir Putin:" / "President of Belarus Aleksandr Lukashenko:" opening a paragraph. */
const TURN = /^[ \t\u00a0]*([\p{Lu}][^:\n.!?"“”«»]{1,80}?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)/u;

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
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const headText = text.slice(p.start, Math.min(p.end, p.start + 120));
    // A turn label ends in a colon: a paragraph opening without one is not a turn.
    if (!headText.includes(':')) continue;
    const head = TURN.exec(headText);
    if (!head) continue;
    const nameStart = p.start + head[0].indexOf(head[1]!);
    const nameEnd = nameStart + head[1]!.length;
    const m = index.bestWithin(nameStart, nameEnd);
    if (!m) continue;
    const actor = index.actorOf(m);
    if (!actor || actor.type !== 'person') continue;
    // The name must end the label: "Putin said in Moscow:" is a sentence, not a turn label.
    if (nameEnd - m.end > 1) continue;
    if (hasMarks(p, i)) continue;
    let start = p.start + head[0].length;
    let end = p.end;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end - start < 2) continue;
    const colon = text.indexOf(':', nameEnd);
    out.push({
      inner: { start, end },
      attribution: { speaker: actor.id, speakerMention: m.id, cue: { start: nameStart, end: colon + 1 }, rule: 'transcript/name-colon' },
    });
    start = end;
  }
  return out;
}
