import { CameoFileError, cameoLines } from './cameo-data.js';
import { cached } from './data.js';

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
  /** The name's words, lower case. */
  readonly words: readonly string[];
  readonly actor: CameoActor;
}

export interface CameoActorIndex {
  /** First word -> every name starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CameoActorName[]>;
  readonly actors: number;
}

const FILES: readonly CameoActorFile[] = ['actors-countries.tsv', 'actors-international.tsv', 'actors-nonstate.tsv'];

const day = (d: string) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null);

function parseCode(raw: string, file: CameoActorFile, line: number): CameoActorCode {
  const m = /^([A-Z]{3})?(?:\/([A-Z]{3}))?(?:@(\d{8})?-(\d{8})?)?$/.exec(raw);
  if (!m) throw new CameoFileError(file, line, `unreadable code "${raw}"`);
  return { country: m[1] ?? null, sector: m[2] ?? null, from: day(m[3] ?? ''), to: day(m[4] ?? '') };
}

/** Names the tokenizer splits ("u.n." stays one word; "ban ki-moon" is "ban ki - moon"). */
function nameWords(name: string): string[] {
  return name.split(' ').flatMap((w) => (w.includes('-') && !/^-|-$/.test(w) ? w.split(/(-)/).filter(Boolean) : [w]));
}

export const cameoActorIndex = cached((): CameoActorIndex => {
  const byFirstWord = new Map<string, CameoActorName[]>();
  let actors = 0;
  for (const file of FILES) {
    for (const { text, line } of cameoLines(file)) {
      const tab = text.indexOf('\t');
      if (tab < 0) throw new CameoFileError(file, line, 'expected names, a tab and codes');
      const names = text.slice(0, tab).split('|');
      const actor: CameoActor = { name: names[0]!, codes: text.slice(tab + 1).split(';').map((c) => parseCode(c, file, line)), file, line };
      actors++;
      for (const n of names) {
        const words = nameWords(n);
        const list = byFirstWord.get(words[0]!);
        const entry = { words, actor };
        if (list) list.push(entry);
        else byFirstWord.set(words[0]!, [entry]);
      }
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, actors };
});

/**
 * The code an actor held on a day: the dated code whose period contains it, else the undated
 * one; without a day (or when no period fits) the undated code, else the latest period.
 */
export function cameoCodeOn(actor: CameoActor, date: string | null): CameoActorCode {
  const day = date && date.length >= 10 ? date.slice(0, 10) : date ? `${date.slice(0, 4)}-07-01` : null;
  if (day) {
    const fits = actor.codes.find((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= day) && (c.to === null || day <= c.to));
    if (fits) return fits;
  }
  const undated = actor.codes.find((c) => c.from === null && c.to === null);
  if (undated) return undated;
  let latest = actor.codes[0]!;
  for (const c of actor.codes) if ((c.to ?? '9999') > (latest.to ?? '9999') || (c.to === null && latest.to !== null)) latest = c;
  return latest;
}
