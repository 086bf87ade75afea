import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/extract.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const devPath = path.resolve(repoRoot, '../shared/data/plover-gsr/dev.jsonl');
const hasDev = existsSync(devPath);
if (!hasDev) console.warn(`PLOVER actor measurement skipped: ${devPath} not found`);

interface GoldActor { actorText: string; code: string; sector: string | null }
interface GoldRow { text: string; source: GoldActor[]; target: GoldActor[] }

/** International codes the gold file writes as IGO but the current manual splits into UNO and EUR. */
const sameCode = (gold: string, got: string | null) => got === gold || (gold === 'IGO' && (got === 'UNO' || got === 'EUR'));

/**
 * For each gold actor: is there a mention overlapping its words whose country (or its actor's)
 * is the gold code, and, where the gold has a sector, does one of them also have that sector?
 */
function measure(rows: readonly GoldRow[]) {
  let total = 0;
  let overlapped = 0;
  let country = 0;
  let sectorTotal = 0;
  let sector = 0;
  const seen = new Set<string>();
  for (const r of rows) {
    const doc = processDocument({ text: r.text });
    const actors = new Map(doc.layer('actors').map((a) => [a.id, a]));
    const mentions = doc.layer('mentions').filter((m) => m.form !== 'pronoun');
    const plain = r.text.replace(/[’`]/g, "'");
    for (const a of [...r.source, ...r.target]) {
      const key = `${r.text}|${a.actorText}|${a.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total++;
      const first = a.actorText.split(/\s*\.\.\.\s*/)[0]!.replace(/[’`]/g, "'");
      const start = plain.indexOf(first);
      if (start < 0) continue;
      const end = start + first.length;
      const over = mentions.filter((m) => m.start < end && start < m.end);
      if (over.length > 0) overlapped++;
      const countryOf = (m: (typeof over)[number]) => m.country ?? (m.actor ? actors.get(m.actor)?.country ?? null : null);
      const sectorOf = (m: (typeof over)[number]) => m.sector ?? (m.actor ? actors.get(m.actor)?.sector ?? null : null);
      const right = over.filter((m) => sameCode(a.code, countryOf(m)));
      if (right.length > 0) country++;
      const goldSector = a.sector && /^[A-Z]{3}/.test(a.sector) ? a.sector.slice(0, 3) : null;
      if (goldSector) {
        sectorTotal++;
        if (right.some((m) => sectorOf(m) === goldSector)) sector++;
      }
    }
  }
  return { total, overlapped: overlapped / total, country: country / total, sector: sector / sectorTotal };
}

describe.skipIf(!hasDev)('actor mentions against PLOVER gold actors', () => {
  it('finds a mention with the right country code for most gold actors', () => {
    const rows = readFileSync(devPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldRow);
    const m = measure(rows);
    console.log(
      `PLOVER dev actors: ${m.total}; overlapped ${(100 * m.overlapped).toFixed(1)}%, ` +
      `country ${(100 * m.country).toFixed(1)}%, sector ${(100 * m.sector).toFixed(1)}%`,
    );
    expect(m.overlapped).toBeGreaterThan(0.9);
    expect(m.country).toBeGreaterThan(0.85);
    expect(m.sector).toBeGreaterThan(0.6);
  });
});
