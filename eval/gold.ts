import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A gold file: what a careful reader expects the pipeline to find in one text.
 * Only values are stored (names, codes, numbers, the first words of each quote), so a gold
 * file can describe a text that lives elsewhere without copying its sentences.
 */
export interface GoldItemBase {
  /** Optional items are neither rewarded nor penalised: a prediction matching one is ignored. */
  optional?: boolean;
}

export interface GoldPerson extends GoldItemBase {
  name: string;
  aliases?: string[];
  /** One title, or several acceptable ones. */
  title?: string | string[] | null;
  country?: string | null;
  sector?: string | null;
}

export interface GoldOrganization extends GoldItemBase {
  name: string;
  aliases?: string[];
  country?: string | null;
  /**
   * A group named by a demonym or a common noun ("Vietnamese officials", "reporters"). Always
   * optional: PLOVER codes such groups as actors, yet they are not named organisations.
   */
  group?: boolean;
}

export interface GoldPlace extends GoldItemBase {
  name: string;
  aliases?: string[];
  kind?: 'country' | 'region' | 'city' | 'other';
  country?: string | null;
}

export interface GoldQuote extends GoldItemBase {
  /** Full name of the speaker (or of an organisation), or null when the text names nobody. */
  speaker: string | null;
  /** The first words of the quoted text (at most five). */
  opening: string;
}

export interface GoldQuantity extends GoldItemBase {
  kind: 'money' | 'percent' | 'ratio' | 'count';
  value: number;
  currency?: string | null;
  qualifier?: string | null;
}

export interface GoldDate extends GoldItemBase {
  value: string;
}

export interface GoldEvent extends GoldItemBase {
  type: string;
  source: string[];
  target: string[];
  date?: string | null;
}

export interface GoldFile {
  /** Path of the text, relative to the repository root. */
  text: string;
  date?: string | null;
  note?: string;
  people: GoldPerson[];
  organizations: GoldOrganization[];
  places: GoldPlace[];
  quotes: GoldQuote[];
  quantities: GoldQuantity[];
  dates: GoldDate[];
  events: GoldEvent[];
  /** Event types scored for this text; defaults to the types of its gold events. */
  eventScope?: string[];
}

export class GoldFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Gold file ${file} is not valid; fix these fields:\n  - ${problems.join('\n  - ')}`);
    this.name = 'GoldFileError';
  }
}

const LIST_FIELDS = ['people', 'organizations', 'places', 'quotes', 'quantities', 'dates', 'events'] as const;

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** Checks the whole file and reports every problem at once. */
export function validateGold(raw: unknown, file: string): GoldFile {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) throw new GoldFileError(file, ['expected a JSON object at the top']);
  const g = raw as Record<string, unknown>;
  if (!isStr(g.text)) problems.push('text: expected a path string');
  for (const field of LIST_FIELDS) {
    if (!Array.isArray(g[field])) {
      problems.push(`${field}: expected an array, found ${typeof g[field]}`);
      continue;
    }
    (g[field] as unknown[]).forEach((item, i) => {
      const at = `${field}[${i}]`;
      if (typeof item !== 'object' || item === null) {
        problems.push(`${at}: expected an object`);
        return;
      }
      const o = item as Record<string, unknown>;
      if (field === 'people' || field === 'organizations' || field === 'places') {
        if (!isStr(o.name) || o.name.trim() === '') problems.push(`${at}.name: expected a non-empty string`);
        if (!isStrOrNull(o.country)) problems.push(`${at}.country: expected a code or null`);
        if (o.aliases !== undefined && !(Array.isArray(o.aliases) && o.aliases.every(isStr))) {
          problems.push(`${at}.aliases: expected an array of strings`);
        }
      }
      if (field === 'quotes') {
        if (!isStr(o.opening) || o.opening.trim() === '') problems.push(`${at}.opening: expected the first words`);
        else if (o.opening.trim().split(/\s+/).length > 5) problems.push(`${at}.opening: at most five words`);
        if (!isStrOrNull(o.speaker)) problems.push(`${at}.speaker: expected a name or null`);
      }
      if (field === 'quantities') {
        if (typeof o.value !== 'number' || !Number.isFinite(o.value)) problems.push(`${at}.value: expected a number`);
        if (!['money', 'percent', 'ratio', 'count'].includes(o.kind as string)) problems.push(`${at}.kind: expected money|percent|ratio|count`);
      }
      if (field === 'dates' && !(isStr(o.value) && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(o.value))) {
        problems.push(`${at}.value: expected YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      if (field === 'events') {
        if (!isStr(o.type)) problems.push(`${at}.type: expected a PLOVER type`);
        if (!Array.isArray(o.source) || !Array.isArray(o.target)) problems.push(`${at}: expected source and target name arrays`);
      }
    });
  }
  if (problems.length) throw new GoldFileError(file, problems);
  return g as unknown as GoldFile;
}

export function loadGold(file: string): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new GoldFileError(file, [`could not read JSON: ${(err as Error).message}`]);
  }
  return validateGold(raw, file);
}

/** The absolute path of the text a gold file describes. */
export function goldTextPath(gold: GoldFile, repoRoot: string): string {
  return path.resolve(repoRoot, gold.text);
}
