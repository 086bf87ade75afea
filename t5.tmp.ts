import { readFileSync } from 'node:fs';
import { extract } from './src/extract.js';
const f = JSON.parse(readFileSync('test/fixtures/entities/press-releases.json','utf8'));
for (const c of f.cases) {
  const r = extract({ text: c.text });
  console.log('==', c.id);
  const txt = (ms: [number,number][]) => ms.map(([a,b]) => c.text.slice(a,b)).join('|');
  for (const p of r.people) console.log('P', p.name, p.title, p.country, p.sector, txt(p.mentions));
  for (const p of r.organizations) console.log('O', p.name, p.country, p.sector, txt(p.mentions));
  for (const p of r.places) console.log('L', p.name, p.kind, p.country, txt(p.mentions));
}
