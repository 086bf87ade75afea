import { CameoFileError, cameoLines } from './cameo-data.js';
import { cached } from './data.js';
import { setBounded } from './bounded-cache.js';

/**
 * The CAMEO actor dictionaries (data/cameo/actors-*.tsv) as a fallback gazetteer: countries with
 * their variant names, capitals, cities and provinces; office holders with the dates of their
 * offices; IGOs and NGOs; militant and other non-state groups. Indexed once per process by the
 * first word of every name, so a text is looked up word by word.
 */

export interface CameoActorCode {
  /** ISO3 or a PLOVER international code (UNO, EUR, IGO, NGO, IMG), or null. */
  readonly country: string | null;
  /** PLOVER sector, or null. */
  readonly sector: string | null;
  /** First and last day the code holds (YYYY-MM-DD), null when open. */
  readonly from: string | null;
  readonly to: string | null;
}

export type CameoActorFile = 'actors-countries.tsv' | 'actors-international.tsv' | 'actors-nonstate.tsv';

export interface CameoActor {
  /** The first name listed, as written in the file (lower case). */
  readonly name: string;
  readonly codes: readonly CameoActorCode[];
  readonly file: CameoActorFile;
  readonly line: number;
}

export interface CameoActorName {
  /** How many words the name has. */
  readonly length: number;
  /** The name's words after the first, lower case, joined by single spaces. */
  readonly rest: string;
  /** Index of the actor's row (see `cameoActor`). */
  readonly row: number;
}

export interface CameoActorIndex {
  /** First word -> every name starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CameoActorName[]>;
  /** Each actor's row as written in its file (codes are read when an actor is used). */
  readonly rows: readonly string[];
  readonly rowFile: Uint8Array;
  readonly rowLine: Uint32Array;
}

const FILES: readonly CameoActorFile[] = ['actors-countries.tsv', 'actors-international.tsv', 'actors-nonstate.tsv'];

const day = (d: string) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);

function parseCode(raw: string, file: CameoActorFile, line: number): CameoActorCode {
  const m = /^([A-Z]{3})?(?:\/([A-Z]{3}))?(?:@(\d{8})?-(\d{8})?)?$/.exec(raw);
  if (!m) throw new CameoFileError(file, line, `unreadable code "${raw}"`);
  return { country: m[1] ?? null, sector: m[2] ?? null, from: day(m[3] ?? ''), to: day(m[4] ?? '') };
}

/** Names as the tokenizer splits them ("u.n." stays one word; "ban ki-moon" is "ban ki - moon"). */
function nameWords(name: string): string[] {
  return name.split(' ').flatMap((w) => (w.includes('-') && !/^-|-$/.test(w) ? w.split(/(-)/).filter(Boolean) : [w]));
}

/**
 * The index holds names and rows as plain strings; an actor's codes are parsed only when a text
 * names it, so loading stays quick and small.
 */
export const cameoActorIndex = cached((): CameoActorIndex => {
  const byFirstWord = new Map<string, CameoActorName[]>();
  const rows: string[] = [];
  const files: number[] = [];
  const lines: number[] = [];
  FILES.forEach((file, f) => {
    for (const { text, line } of cameoLines(file)) {
      const tab = text.indexOf('\t');
      if (tab < 0) throw new CameoFileError(file, line, 'expected names, a tab and codes');
      const row = rows.length;
      rows.push(text);
      files.push(f);
      lines.push(line);
      for (const n of text.slice(0, tab).split('|')) {
        let first: string;
        let rest: string;
        let length: number;
        if (n.includes('-')) {
          const words = nameWords(n);
          first = words[0]!;
          rest = words.slice(1).join(' ');
          length = words.length;
        } else {
          // Most names have no hyphen: split once, count the spaces.
          const space = n.indexOf(' ');
          first = space < 0 ? n : n.slice(0, space);
          rest = space < 0 ? '' : n.slice(space + 1);
          length = 1;
          for (let k = space; k >= 0; k = n.indexOf(' ', k + 1)) length++;
        }
        const entry: CameoActorName = { length, rest, row };
        const list = byFirstWord.get(first);
        if (list) list.push(entry);
        else byFirstWord.set(first, [entry]);
      }
    }
  });
  for (const list of byFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
  return { byFirstWord, rows, rowFile: Uint8Array.from(files), rowLine: Uint32Array.from(lines) };
});

interface SplitList {
  /** Names by their second word, each list followed by the one-word names. */
  readonly bySecond: ReadonlyMap<string, readonly CameoActorName[]>;
  readonly single: readonly CameoActorName[];
}

const LONG_LIST = 16;
const splitLists = new Map<string, SplitList>();

/** The dictionary's names starting with one word: the list, or for a long list its split by second word. */
export type CameoNamesStarting = readonly CameoActorName[] | SplitList;

/**
 * The names that may start at the word `first`. Long lists ("international", "john") are split by
 * second word once, when first asked for; cameoNamesAfter gives those a second word may go on,
 * longest first.
 */
export function cameoNamesStarting(first: string): CameoNamesStarting {
  const list = cameoActorIndex().byFirstWord.get(first);
  if (!list || list.length <= LONG_LIST) return list ?? [];
  let split = splitLists.get(first);
  if (!split) {
    const bySecond = new Map<string, CameoActorName[]>();
    const single: CameoActorName[] = [];
    for (const n of list) {
      if (n.length === 1) {
        single.push(n);
        continue;
      }
      const space = n.rest.indexOf(' ');
      const key = space < 0 ? n.rest : n.rest.slice(0, space);
      const group = bySecond.get(key);
      if (group) group.push(n);
      else bySecond.set(key, [n]);
    }
    // Each group of two words or more is followed by the one-word names, joined here once rather than on every ask.
    if (single.length) for (const group of bySecond.values()) group.push(...single);
    split = { bySecond, single };
    splitLists.set(first, split);
  }
  return split;
}

/** Of the names starting with a word, those whose second word is `second`, then the one-word names. */
export function cameoNamesAfter(names: CameoNamesStarting, second: string | null): readonly CameoActorName[] {
  if (Array.isArray(names)) return names;
  const split = names as SplitList;
  const two = second === null ? undefined : split.bySecond.get(second);
  return two ?? split.single;
}

const actorCache = new Map<number, CameoActor>();

/** The actor of an index row, with its codes. */
export function cameoActor(row: number): CameoActor {
  let a = actorCache.get(row);
  if (!a) {
    const index = cameoActorIndex();
    const text = index.rows[row]!;
    const tab = text.indexOf('\t');
    const file = FILES[index.rowFile[row]!]!;
    const line = index.rowLine[row]!;
    a = { name: text.slice(0, text.indexOf('|') >= 0 && text.indexOf('|') < tab ? text.indexOf('|') : tab), codes: text.slice(tab + 1).split(';').map((c) => parseCode(c, file, line)), file, line };
    setBounded(actorCache, 5000, row, a);
  }
  return a;
}

/**
 * The code an actor held on a day: the dated code whose period contains it, else the undated
 * one. Without a day, a period still open when the dictionary was made (2014), else the undated
 * code, else the latest period.
 */
export function cameoCodeOn(actor: CameoActor, date: string | null): CameoActorCode {
  const day = date && date.length >= 10 ? date.slice(0, 10) : date ? `${date.slice(0, 4)}-07-01` : null;
  if (day) {
    const fits = actor.codes.find((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= day) && (c.to === null || day <= c.to));
    if (fits) return fits;
  } else {
    const open = actor.codes.find((c) => c.from !== null && c.to === null);
    if (open) return open;
  }
  const undated = actor.codes.find((c) => c.from === null && c.to === null);
  if (undated) return undated;
  let latest = actor.codes[0]!;
  for (const c of actor.codes) if ((c.to ?? '9999') > (latest.to ?? '9999') || (c.to === null && latest.to !== null)) latest = c;
  return latest;
}
