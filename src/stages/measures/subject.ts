import type { EventAnnotation, Mention } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import type { SentenceWords } from './words.js';

/**
 * Between whom a figure is: the parties of the trade event the event coder found in the same
 * sentence (it already reads "trade between X and the region", "our trade", ...), else the
 * actors named after "between" in the clause ("investment between X and Y"). `trade` is the first
 * trade event of the sentence.
 */
export function subjectOf(
  topic: string,
  trade: EventAnnotation | undefined,
  sw: SentenceWords,
  clause: { start: number; end: number },
  mentions: readonly Mention[],
): { ids: string[]; rule: string } {
  if (topic === 'trade') {
    if (trade) {
      const ids = [...new Set([...trade.source, ...trade.target])];
      if (ids.length > 0) return { ids, rule: `parties of the trade event "${trade.trigger.text}"` };
    }
  }
  for (let i = clause.start; i < clause.end; i++) {
    if (sw.word(i) !== 'between') continue;
    const from = sw.tokens[i]!.end;
    const to = sw.tokens[Math.min(clause.end, i + 14) - 1]!.end;
    const ids: string[] = [];
    for (let k = lowerBound(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
      const id = mentions[k]!.actor;
      if (id && !ids.includes(id)) ids.push(id);
      if (ids.length === 2) break;
    }
    if (ids.length === 2) return { ids, rule: 'actors after "between"' };
  }
  return { ids: [], rule: 'no parties named' };
}
