import type { QuoteDraft } from './index.js';

/** "the Minister", "his Japanese Counterpart": capitalised words after an article or possessive. */
const ADDRESSEE_OFFICE = /(?<![\p{L}])(?:the|his|her|their|its)[ \t\u00a0]+(?:\p{Lu}[\p{L}-]*[ \t\u00a0]*){1,4}/gu;

/** Words between two quotations of one sentence: no sentence end, no marks, no line break. */
const SAME_SENTENCE_GAP = /^[^.!?;:“”"«»\n]{1,120}$/u;
/** " and ", ", and also ": what joins a second verb to the clause of the quotation before it. */
const COORDINATED_VERB_GAP = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:and|but)[ \t\u00a0]+(?:(?:also|then|later)[ \t\u00a0]+)?$/u;
/** " and that the port ", ", but that it ": a conjunction and "that" opening another complement of the same verb. */
const SECOND_THAT_CLAUSE = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:and|but)[ \t\u00a0]+(?:also[ \t\u00a0]+)?that[ \t\u00a0][^.!?;:\p{Lu}“”"«»\n]{0,80}$/u;

/**
 * Quotes the text attributes only through their neighbours:
 * - a quote that follows another in the same paragraph with nothing between them but the
 *   first one's cue and punctuation (`“...,” he said. “Both sides are active.”`);
 * - the parts of one quote running over several paragraphs, which share one speaker.
 */
export function carrySpeakers(text: string, drafts: QuoteDraft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const cur = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (!prev.attribution || prev.marked.paragraph !== cur.marked.paragraph) continue;
    // `“...,” he said, adding: “...”`: the participle's subject is the previous quote's speaker.
    if (cur.attribution?.rule === 'before/participle' && prev.attribution.speaker) {
      cur.attribution = { ...prev.attribution, cue: cur.attribution.cue, rule: 'continuation/participle' };
      continue;
    }
    // "X called the ships “a gift” and said the port “will be ready”": a speech verb joined by "and" right
    // after the previous quotation has that quotation's subject.
    if (cur.attribution && !cur.attribution.speaker && cur.attribution.rule === 'before/verb-unknown-speaker' && prev.attribution.speaker
      && cur.attribution.cue.start > prev.marked.close && COORDINATED_VERB_GAP.test(text.slice(prev.marked.close + 1, cur.attribution.cue.start))) {
      cur.attribution = { ...prev.attribution, cue: cur.attribution.cue, rule: 'continuation/coordinated-verb' };
      continue;
    }
    // `“...,” Ross said. “Today's deals ...` with no closing mark and no paragraph reopened after it:
    // where the words end is unknown, so the neighbour's speaker is not carried to them.
    if (cur.attribution || cur.marked.unclosed) continue;
    const gapStart = prev.marked.close + (prev.marked.openMark === '``' ? 2 : 1);
    const gapEnd = cur.marked.open;
    const cue = prev.attribution.cue;
    let gap = text.slice(gapStart, gapEnd);
    if (cue.start >= gapStart && cue.end <= gapEnd) {
      gap = text.slice(gapStart, cue.start) + text.slice(cue.end, gapEnd);
    }
    // `“...,” Baerbock said at a joint press conference. “...”`: the cue's own sentence may end in a
    // short phrase of circumstance (no names, no new statement) before the next quote opens. An office
    // after an article or possessive (`“...,” Grandi assured the Minister. “...”`) is the one spoken to,
    // a noun phrase like any other, not a name.
    gap = gap.replace(ADDRESSEE_OFFICE, (phrase) => phrase.toLowerCase());
    // "X stated that the ships “are coming” and that the port “will be ready”": a second "that" clause joined
    // to the first is the same verb's, and so the same speaker's.
    // "According to X, “...”, and the two countries “...”": a sentence that opens by naming its source
    // reports that source's words up to its end.
    const sameSource = !!prev.attribution.speaker && prev.attribution.rule.startsWith('before/according-to') && SAME_SENTENCE_GAP.test(gap);
    if (/^[\s,.;:!?–—-]*$/.test(gap) || /^[\s,]*[^.!?;:\p{Lu}“”"«»]{1,80}[.!?]\s*$/u.test(gap) || SECOND_THAT_CLAUSE.test(gap) || sameSource) {
      cur.attribution = { ...prev.attribution, rule: 'continuation/same-paragraph' };
    }
  }
  // Multi-paragraph quotes: a chain is a run of drafts each marked `continues` plus the one after.
  let chainStart = 0;
  for (let i = 0; i < drafts.length; i++) {
    if (drafts[i]!.marked.continues) continue;
    // drafts[chainStart..i] form one chain when every member before i continues into the next paragraph.
    if (i > chainStart) {
      const chain = drafts.slice(chainStart, i + 1);
      const source = chain.find((d) => d.attribution?.speaker) ?? chain.find((d) => d.attribution);
      if (source?.attribution) {
        for (const d of chain) if (!d.attribution) d.attribution = { ...source.attribution, rule: 'continuation/next-paragraph' };
      }
    }
    chainStart = i + 1;
  }
}
