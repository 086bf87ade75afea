/**
 * A full collection, asked for where a very large text has just left most of what it used.
 * V8 lets a heap with a high limit grow to several times what is alive before it collects:
 * between the parts of a 50 MB text almost nothing of the part just read is alive, and once
 * its record is sent or stored neither are the copies made on the way. One collection there
 * costs far less than the gigabyte the process would otherwise hold. Never called for
 * ordinary texts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * How far the heap may grow past what was alive at the last full collection while a text is
 * read in parts, in percent. V8 otherwise lets it grow by about as much again: each part of a
 * million characters leaves some 100 MB of garbage behind its 50 MB of annotations, and the
 * heap kept that room through every part. At 35% a part takes a few more collections (about a
 * tenth more time) and 30 to 40 MB less memory.
 */
const TIGHT_HEAP_GROWTH_PERCENT = 35;
/** Reads in progress on this thread that asked for a tight heap. */
let tight = 0;

/**
 * Runs `read` with the heap kept tight (see TIGHT_HEAP_GROWTH_PERCENT), then gives V8 back its
 * own growth rule. The setting is the process's: a thread reading a large text beside this one
 * shares it, which costs it some time, never a result.
 */
export function withTightHeap<T>(read: () => T): T {
  if (tight++ === 0) setHeapGrowth(TIGHT_HEAP_GROWTH_PERCENT);
  try {
    return read();
  } finally {
    if (--tight === 0) setHeapGrowth(0);
  }
}

function setHeapGrowth(percent: number): void {
  try {
    // 0 is V8's default: a factor of its own choosing.
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // A runtime without the flag keeps its own rule.
  }
}
