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
