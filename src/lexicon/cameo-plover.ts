import type { PloverType } from '../document/layers.js';
import { CameoFileError, cameoLines } from './cameo-data.js';
import { cached } from './data.js';

/** What a CAMEO code means in PLOVER, from the CAMEO to PLOVER table (data/cameo/cameo-plover.tsv, CC BY-SA 4.0). */
export interface PloverCoding {
  /** The CAMEO code asked for ("0233"). */
  readonly cameo: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: string | null;
  /** The CAMEO description of the row used ("Appeal for humanitarian aid" is read from 1033's row). */
  readonly description: string | null;
  /** The table row used: the code itself, or the parent code it falls back to. */
  readonly row: string;
}

const TYPES = new Set<string>([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

interface Row {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly context: string | null;
  readonly description: string | null;
}

const table = cached((): ReadonlyMap<string, Row> => {
  const rows = new Map<string, Row>();
  const field = (s: string | undefined) => (s && s !== '-' ? s : null);
  for (const { text, line } of cameoLines('cameo-plover.tsv')) {
    const [code, type, mode, context, description] = text.split('\t');
    if (!code || !type || !TYPES.has(type)) throw new CameoFileError('cameo-plover.tsv', line, `expected a CAMEO code and a PLOVER type, got "${text}"`);
    // A code listed twice keeps its first row (the table lists 08 as CONCEDE, then as RETREAT).
    if (!rows.has(code)) rows.set(code, { type: type as PloverType, mode: field(mode), context: field(context), description: field(description) });
  }
  return rows;
});

/**
 * The PLOVER type, mode and context of a CAMEO code, or null when PLOVER codes no event for it
 * (CAMEO 01, public statements). A code missing from the table takes its parent's row ("0214"
 * -> "021"). CAMEO 02 (appeals) is not in the 2021 table: PLOVER's REQUEST covers requests and
 * appeals alike, and CAMEO numbers 02x like 10x (0233 appeal for humanitarian aid, 1033 demand
 * it), so 02x is read through the 10x row.
 */
export function ploverOf(cameo: string): PloverCoding | null {
  if (!/^\d{2,4}$/.test(cameo) || cameo.startsWith('01') || cameo.startsWith('00')) return null;
  const rows = table();
  const lookup = cameo.startsWith('02') ? `10${cameo.slice(2)}` : cameo;
  for (let n = lookup.length; n >= 2; n--) {
    const key = lookup.slice(0, n);
    const row = rows.get(key);
    if (!row) continue;
    const appeal = cameo.startsWith('02') && row.description ? row.description.replace(/^Demand (?:that )?/, 'Appeal for ') : row.description;
    return { cameo, ...row, description: appeal, row: key };
  }
  return null;
}
