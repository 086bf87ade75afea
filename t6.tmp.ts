import { readFileSync } from 'node:fs';
import { Document } from './src/document/document.js';
import { tokenize } from './src/stages/tokenize/index.js';
import { mentions } from './src/stages/mentions/index.js';
import { coreference } from './src/stages/coreference/index.js';
const seed = readFileSync('/work/shared/data/seed/000_f7baa8aa760783ad.txt','utf8');
const dev = readFileSync('/work/shared/data/plover-gsr/dev.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l).text).join('\n\n');
const text = (seed + '\n\n' + dev + '\n\n').repeat(40);
// warm
{ const d = new Document('w', seed); tokenize.run(d); mentions.run(d); coreference.run(d); }
const d = new Document('x', text);
let t = performance.now(); tokenize.run(d); const tt = performance.now() - t;
t = performance.now(); mentions.run(d); const tm = performance.now() - t;
t = performance.now(); coreference.run(d); const tc = performance.now() - t;
console.log(`chars ${text.length} tokens ${d.layer('tokens').length} tokenize ${tt.toFixed(0)}ms mentions ${tm.toFixed(0)}ms coref ${tc.toFixed(0)}ms mentions=${d.layer('mentions').length} actors=${d.layer('actors').length}`);
