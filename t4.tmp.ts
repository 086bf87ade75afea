import { processDocument } from './src/extract.js';
import { readFileSync } from 'node:fs';
const arg = process.argv[2]!;
const text = arg.startsWith('/') ? readFileSync(arg,'utf8') : arg;
const d = processDocument({text});
for (const m of d.layer('mentions')) console.log(`${m.id}\t${m.type}\t${m.form}\t${JSON.stringify(m.text)}\t${m.canonical}\t${m.country}\t${m.sector}\t${m.title ?? ''}\t${m.placeKind ?? ''}\t${m.rule}\t${m.actor}`);
for (const a of d.layer('actors')) console.log(a.id, a.type, a.name, a.title, a.country, a.sector, a.placeKind, a.mentions.join(','));
for (const msg of d.messages) console.log(msg);
