import { processDocument } from './src/extract.js';
const text = process.argv[2]!;
const d = processDocument({text});
for (const t of d.layer('tokens')) process.stdout.write(`${t.text}/${t.pos}/${t.start} `);
console.log();
for (const s of d.layer('sentences')) console.log(s.start, s.end, s.tokenStart);
