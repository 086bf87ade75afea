import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertActors, withoutCompanies } from './actors.js';
import { convertAgents } from './agents.js';
import { convertDiscards } from './discards.js';
import { convertPloverTable } from './plover.js';
import { convertVerbs } from './verbs.js';

/**
 * Converts the field's CAMEO dictionaries into the files under data/cameo that the event coder
 * and the actor gazetteer read:
 *
 *   npm run lexicon:cameo [-- SHARED_DATA_DIR] [--check]
 *
 * SHARED_DATA_DIR holds petrarch2/ (PETRARCH2 dictionaries, MIT) and plover/ (the CAMEO to
 * PLOVER table, CC BY-SA 4.0); it defaults to ../shared/data beside the repository. With
 * --check nothing is written: the command fails when a committed file differs from what the
 * sources give.
 */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT_DIR = path.join(REPO_ROOT, 'data/cameo');
export const DEFAULT_SOURCES = path.resolve(REPO_ROOT, '../shared/data');

/** Every generated file (name in data/cameo -> content), from the sources under `sharedData`. */
export function convertAll(sharedData: string): Map<string, string> {
  const read = (rel: string) => readFileSync(path.join(sharedData, rel), 'utf8');
  const files = new Map<string, string>();
  files.set('LICENSE-PETRARCH2.txt', read('petrarch2/LICENSE'));
  files.set('verbs.txt', convertVerbs(read('petrarch2/CAMEO.2.0.txt')));
  files.set('agents.tsv', convertAgents(read('petrarch2/Phoenix.agents.txt')));
  files.set('actors-countries.tsv', convertActors(read('petrarch2/Phoenix.Countries.actors.txt'), 'Phoenix.Countries.actors.txt', 'Country actors (countries, places, office holders)'));
  files.set('actors-international.tsv', withoutCompanies(convertActors(read('petrarch2/Phoenix.International.actors.txt'), 'Phoenix.International.actors.txt', 'International actors (IGOs, NGOs)')));
  files.set('actors-nonstate.tsv', convertActors(read('petrarch2/Phoenix.MilNonState.actors.txt'), 'Phoenix.MilNonState.actors.txt', 'Militant and non-state groups'));
  files.set('discards.tsv', convertDiscards(read('petrarch2/Phoenix.discards.txt')));
  files.set('cameo-plover.tsv', convertPloverTable(read('plover/CAMEO2PLOVER-2021.txt')));
  return files;
}

function main(args: string[]): number {
  const check = args.includes('--check');
  const sources = path.resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_SOURCES);
  for (const dir of ['petrarch2', 'plover']) {
    if (!existsSync(path.join(sources, dir))) {
      process.stderr.write(`lexicon:cameo: ${path.join(sources, dir)} is not there; give the folder holding petrarch2/ and plover/\n`);
      return 2;
    }
  }
  const files = convertAll(sources);
  let differ = 0;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const [name, content] of files) {
    const target = path.join(OUTPUT_DIR, name);
    const same = existsSync(target) && readFileSync(target, 'utf8') === content;
    if (check) {
      if (!same) {
        differ++;
        process.stderr.write(`differs: data/cameo/${name}\n`);
      }
      continue;
    }
    if (!same) writeFileSync(target, content);
    process.stdout.write(`${same ? 'unchanged' : 'written'}  data/cameo/${name} (${(Buffer.byteLength(content) / 1024).toFixed(0)} kB)\n`);
  }
  if (check && differ) process.stderr.write(`${differ} file(s) differ from the sources; run npm run lexicon:cameo\n`);
  else if (check) process.stdout.write(`data/cameo matches the sources (${files.size} files)\n`);
  return differ ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
