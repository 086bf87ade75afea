import { readFileSync } from 'node:fs';
import { processDocument } from './src/extract.js';
const rows = readFileSync('/work/shared/data/plover-gsr/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let total = 0, any = 0, country = 0, sector = 0, sectorTotal = 0;
const misses: string[] = [];
const seen = new Set<string>();
for (const r of rows) {
  const d = processDocument({ text: r.text });
  const ms = d.layer('mentions');
  const actors = new Map(d.layer('actors').map((a) => [a.id, a]));
  for (const a of [...r.source, ...r.target]) {
    const k = r.text + '|' + a.actorText + '|' + a.code;
    if (seen.has(k)) continue; seen.add(k);
    total++;
    const parts = a.actorText.split(/\s*\.\.\.\s*/);
    let s = -1;
    for (const p of parts) { const i = r.text.indexOf(p); if (i >= 0) { s = i; break; } }
    if (s < 0) { s = r.text.toLowerCase().indexOf(parts[0].toLowerCase()); }
    const e = s + parts[0].length;
    const over = ms.filter((m) => s >= 0 && m.start < e && s < m.end && m.form !== 'pronoun');
    if (over.length) any++;
    const cc = (m: typeof ms[number]) => m.country ?? (m.actor ? actors.get(m.actor)?.country : null);
    const codeOk = (c: string | null | undefined) => c === a.code || (a.code === 'IGO' && (c === 'UNO' || c === 'EUR')) ;
    const ok = over.find((m) => codeOk(cc(m)));
    if (ok) country++; else misses.push(`${a.code}\t${a.sector}\t${a.actorText}\t|| ${over.map((m) => `${m.text}:${cc(m)}:${m.sector}`).join(', ')}\t|| ${r.text.slice(0, 120)}`);
    const sec = a.sector && a.sector !== '***' ? a.sector.slice(0, 3) : null;
    if (sec) { sectorTotal++; if (over.some((m) => codeOk(cc(m)) && (m.sector ?? (m.actor ? actors.get(m.actor)?.sector : null)) === sec)) sector++; }
  }
}
console.log(`gold actors ${total}; overlapped ${any} (${(100*any/total).toFixed(1)}%); country ok ${country} (${(100*country/total).toFixed(1)}%); sector ok ${sector}/${sectorTotal} (${(100*sector/sectorTotal).toFixed(1)}%)`);
if (process.argv[2]) for (const m of misses) console.log(m);
