import { readFileSync } from 'node:fs';
import { Document } from './src/document/document.js';
import { tokenize } from './src/stages/tokenize/index.js';
import { mentions } from './src/stages/mentions/index.js';
import { coreference } from './src/stages/coreference/index.js';
const seed = readFileSync('/work/shared/data/seed/000_f7baa8aa760783ad.txt','utf8');
const dev = readFileSync('/work/shared/data/plover-gsr/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).text).join('\n\n');
const text = (seed + '\n\n' + dev + '\n\n').repeat(10);
let bt = 1e9, bm = 1e9, bc = 1e9;
for (let r = 0; r < 5; r++) {
  const d = new Document('x', text);
  let t = performance.now(); tokenize.run(d); bt = Math.min(bt, performance.now() - t);
  t = performance.now(); mentions.run(d); bm = Math.min(bm, performance.now() - t);
  t = performance.now(); coreference.run(d); bc = Math.min(bc, performance.now() - t);
}
console.log(`tokenize ${bt.toFixed(0)}ms mentions ${bm.toFixed(0)}ms coref ${bc.toFixed(0)}ms ratio ${((bm+bc)/bt).toFixed(2)}`);
