import { readFileSync } from 'node:fs';
import { processDocument } from './src/extract.js';
const rows = readFileSync('/work/shared/data/plover-gsr/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const seen = new Set<string>();
for (const r of rows) {
  const d = processDocument({ text: r.text });
  const ms = d.layer('mentions');
  const actors = new Map(d.layer('actors').map((a) => [a.id, a]));
  for (const a of [...r.source, ...r.target]) {
    const k = r.text + '|' + a.actorText; if (seen.has(k)) continue; seen.add(k);
    const sec = a.sector && a.sector !== '***' ? a.sector.slice(0, 3) : null;
    if (!sec) continue;
    const s = r.text.indexOf(a.actorText.split(' ... ')[0]); const e = s + a.actorText.split(' ... ')[0].length;
    const over = ms.filter((m) => s >= 0 && m.start < e && s < m.end && m.form !== 'pronoun');
    const got = over.map((m) => `${m.text}:${m.country ?? actors.get(m.actor ?? '')?.country}:${m.sector ?? actors.get(m.actor ?? '')?.sector}`);
    if (!over.some((m) => (m.sector ?? actors.get(m.actor ?? '')?.sector) === sec)) console.log(`${a.code}\t${sec}\t${a.actorText}\t|| ${got.join(', ')}`);
  }
}
