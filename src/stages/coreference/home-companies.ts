import type { Actor, Mention } from '../../document/layers.js';

/** Sectors of a company's or business body's officers. */
const COMPANY_SECTORS = new Set(['BUS']);

/** A company's office naming the company: "Chief Executive Officer of Ignitis Group", not "the company's chief executive". */
const OFFICE_OF_COMPANY = / of \p{Lu}/u;

/**
 * "Vilnius – Foreign Minister Kęstutis Budrys met the Chief Executive Officer of Ignitis Group": in an
 * official release datelined at home (the caller checks) that names no state but the issuer's (by
 * name, demonym, city, region or listed body), the head of a company the issuer's own official meets,
 * named in the office, is the issuer's: a foreign company would be named with its state, or met
 * abroad. Only people still without a country, once the issuer's own are placed.
 */
export function homeCompanyHeads(actors: readonly Actor[], mentions: readonly Mention[], home: string): void {
  let hostHere = false;
  for (const a of actors) if (a.type === 'person' && a.country === home && !a.nominal) hostHere = true;
  if (!hostHere) return;
  for (const m of mentions) if (m.type !== 'person' && m.country && m.country !== home) return;
  for (const a of actors) if (a.type === 'person' && a.country && a.country !== home) return;
  for (const a of actors) {
    if (a.type !== 'person' || a.country || a.nominal || !a.title || !a.sector || !COMPANY_SECTORS.has(a.sector) || !OFFICE_OF_COMPANY.test(a.title)) continue;
    a.country = home;
  }
}
