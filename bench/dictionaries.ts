import { cameoActorIndex } from '../src/lexicon/cameo-actors.js';
import { cameoAgentIndex } from '../src/lexicon/cameo-agents.js';
import { discardIndex } from '../src/lexicon/cameo-discards.js';
import { ploverOf } from '../src/lexicon/cameo-plover.js';
import { eventLexicon } from '../src/stages/events/lexicon.js';

/**
 * What the CAMEO dictionaries (data/cameo) cost once per process: the time to read and compile
 * each, and the heap it keeps (after a full collection, with node --expose-gc). Measured before
 * the pipeline runs, so the pipeline's own timing is per document only.
 */
export interface DictionaryLoad {
  readonly name: string;
  readonly ms: number;
  /** Heap retained by the loaded structure, in MB (null without --expose-gc). */
  readonly heapMb: number | null;
  readonly size: string;
}

export function benchDictionaries(): DictionaryLoad[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  const out: DictionaryLoad[] = [];
  const measure = (name: string, load: () => string) => {
    const before = heap();
    const t0 = performance.now();
    const size = load();
    const ms = Math.round(performance.now() - t0);
    out.push({ name, ms, heapMb: gc ? Math.round(((heap() - before) / 1024 / 1024) * 10) / 10 : null, size });
  };
  measure('event lexicon + CAMEO verbs', () => {
    const lex = eventLexicon();
    return `${lex.patterns.length} hand-written patterns, ${lex.dictionary?.blocks.length ?? 0} verb blocks, ${lex.dictionary?.patternCount ?? 0} dictionary patterns, ${lex.dictionary?.byForm.size ?? 0} verb forms`;
  });
  measure('CAMEO to PLOVER table', () => (ploverOf('190') ? 'loaded' : 'empty'));
  measure('CAMEO actors', () => `${cameoActorIndex().rows.length} actors, ${cameoActorIndex().byFirstWord.size} first words`);
  measure('CAMEO agents', () => `${cameoAgentIndex().byFirstWord.size} first words`);
  measure('CAMEO discards', () => `${discardIndex().size} first words`);
  return out;
}
