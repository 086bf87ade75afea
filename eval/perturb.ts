import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract.js';
import { genderOf } from '../src/stages/coreference/gender.js';
import type { Counts } from './match.js';
import { score } from './match.js';
import { mulberry32 } from '../bench/seeded.js';
import {
  RELEASE_FIELDS, type ReleaseArticle, type ReleaseCounts, type ReleaseField, type ReleaseGold, type ReleaseMiss,
  addReleaseCounts, emptyReleaseCounts, headline, loadReleases, scoreRelease,
} from './releases.js';
import { type PlaceSwap, applyPlaceSwap, loadPlaceLexicon, planPlaceSwap, reversePlaceSwap } from './perturb-places.js';

/**
 * Metamorphic name test: does the extractor find people by the grammar around them, or by
 * knowing their names?
 *
 *   npm run eval:perturb [-- --kind names|places|both] [--seeds 1,2,3] [--only releases,own] [--misses] [--fields people,...]
 *
 * `--kind places` (see perturb-places.ts) swaps states, demonyms, cities and regions for other
 * real ones instead of renaming people; `both` does both at once.
 *
 * Takes the `tune` articles of releases-dev and of our own releases (never `check`) and
 * rewrites each one consistently, text and gold alike: every word of a gold person's name
 * (given names and surnames; particles, initials and honorifics stay) becomes a name drawn
 * from the lists below. Those names are invented-but-plausible romanisations from many
 * scripts (diacritics, apostrophes, hyphens, particles such as "bin", "van der", "Al-"), and
 * any of them that a lexicon file knows is dropped at start-up, so a perturbed name can only
 * be found from its context. The draw is seeded and deterministic; each seed is one
 * rewritten corpus. Scoring is the releases-dev scoring, which compares names and quotation
 * words, not offsets, so nothing needs re-anchoring.
 *
 * A name word is left as it is when renaming it could change other words: when it also
 * occurs in lower case in the article ("Young", "will"), names a month or weekday, or is a
 * place, country or organisation word of the lexicons ("Washington", "Georgia").
 *
 * Prints, per set and field, the unperturbed figure, the figure per seed and the lowest;
 * `--misses` lists the misses a perturbed article has that the original does not, with the
 * renaming that caused them.
 */

// ---------------------------------------------------------------------------------------
// Name lists. Invented for this test; any that a lexicon knows is filtered out below.

const GIVEN = [
  'Tövsüren', 'Zhanylbek', 'Ólafía', 'Þórdís', 'Nguyệt', 'Chidubem', 'Ngozika', 'Aroha', 'Kavehzad', 'Otabek',
  'Sanjarbek', 'Dilnoza', 'Gulnora', 'Sevara', 'Aygün', 'Yeşim', 'Çağla', 'Oğuzhan', 'Søren-Ask', 'Øydis',
  'Ljiljanka', 'Dragoljub', 'Zoraida', 'Itzelia', 'Xóchitl', 'Cuauhtli', 'Nalesoni', 'Manaiakalani', 'Siosaia',
  'Taufahema', 'Mahletework', 'Tesfamariam', 'Bongiwe', 'Nomvuyo', 'Kwabenya', 'Yaw-Boateng', 'Rahelina',
  'Ji-woon', 'Min-seok', 'Thanh-Hương', 'Kōtarō', 'Haruyoshi', 'Émerance', 'Zdeňka', 'Łucjan', 'Ştefănel',
  'Bình-An', 'Anh-Thư', 'Faizulla', 'Shahrukhbek', 'Nasiba', 'Tuğrulhan', 'Ainagul', 'Erlanbek', 'Darkhanbek',
  'Tserenpuntsag', 'Bolormaa', 'Ikaikalani', 'Liliʻuokala', 'Ngaiomaru', 'Oluwaseyifunmi', 'Adaeze', 'Chukwuemekaobi',
  'Mbalenhle', 'Thandolwethu', 'Ruslanbek', 'Mirzohid', 'Zarinabonu', 'Ilkhomjon', 'Saodat', 'Parvizjon',
  // Less common first letters, so that a given name written as its initial ("U.Khurelsukh") keeps it.
  'Urtnasanbek', 'Ulanzhargal', 'Idrisbekov-Tal', 'Ekwuemeobi', 'Vashtimurat', 'Wiremutane', 'Yerzhigitbay', 'Quỳnh-Trâm',
  'Gwenllianne', 'Hrafnkatla', 'Jumagulbek', 'Lưu-Khánh', 'Pitaʻuvea', 'Xhemilat', 'Ömürbekzhan', 'Ívarsteinn',
];

const SURNAMES = [
  'Oyunbilegt', 'Ndikumwami', 'Al-Qasimani', 'al-Duwaisan', 'bin Humaidan', 'van der Velthuysen', 'de la Fuentebella',
  "O'Dálaigh", "D'Ambrosiano", 'Ó Ceallacháin', 'Khatamov-Rashidi', 'Nazarbekova', 'Tursunkulov', 'Ergüvenç',
  'Çelikkaya', 'Şahinoğlu', 'Þorvaldsdóttir', 'Ólafsdóttir-Berg', 'Kristjánsdóttir', 'Trần-Vĩnh', 'Phạm-Quỳnh',
  'Lê-Thịnh', 'Ngcobozana', 'Mahlanguza', 'Okonkwo-Eze', 'Adebayo-Olu', 'Tesfagiorgis', 'Gebremeskelu',
  'Haileyesus', 'Rakotondrabe', 'Andriamahazo', 'Raharimanana', 'Tuilagi-Fonoti', 'Faleolo', 'Kealoha-Pua',
  'Mōrehu', 'Te Rangihau', 'Ngārimu', 'Hashimotoya', 'Kuroiwa', 'Yoon-Baek', 'Seo-Jang', 'Dvořáček', 'Šťastník',
  'Łukaszewiczówna', 'Wróblewska-Nowak', 'Grünewaldt', 'von Zeddelmann', 'ter Haarlem', 'Abu Zayyadin', 'Ben Haddouche',
  'El-Ghazzawi', 'Bakhtiyorov', 'Ismoilzoda', 'Rahmonzoda', 'Shodmonova', 'Dzhaksybekov', 'Zhumabayeva',
  'Bekmukhambetov', 'Tserendorjiin', 'Batsaikhany', 'Mendsaikhany', 'Kurmanaliev', 'Sadyrbayev-Kuzu',
];

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Words of a name that are closed classes, not names of persons, and stay as they are: particles,
 * honorifics, generational suffixes, the family names written first in Chinese and Korean names and
 * the Balinese names of birth order (all read from data/lexicon/words.tsv, plus a few styles).
 */
const KEEP = new Set(['sheikh', 'sheikha', 'shaikh', 'sayyid', 'he', 'h', 'jr', 'sr', 'ii', 'iii', 'iv']);
const NAME_PARTICLES = new Set<string>();
function readClosedWords(): void {
  const text = readFileSync(path.join(repoRoot, 'data/lexicon/words.tsv'), 'utf8');
  for (const line of text.split('\n')) {
    const [list, words] = line.split('\t');
    if (!words || !['particle', 'honorific', 'generational', 'familyfirst', 'birthorder'].includes(list!)) continue;
    for (const w of words.split('|')) {
      KEEP.add(fold(w.replace(/\.$/, '')));
      if (list === 'particle') NAME_PARTICLES.add(fold(w));
    }
  }
}

// ---------------------------------------------------------------------------------------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
const wordsOf = (s: string) => fold(s).split(/[^\p{L}]+/u).filter(Boolean);

/** Every word of every lexicon file, folded: a perturbed name may use none of them. */
function lexiconWords(): { all: Set<string>; placeLike: Set<string> } {
  const all = new Set<string>();
  const placeLike = new Set<string>();
  const dirs = ['data/lexicon', 'data/lexicon/events', 'data/cameo'].map((d) => path.join(repoRoot, d));
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => /\.(tsv|txt|json)$/.test(f));
    } catch {
      continue;
    }
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const place = /^(countries|places|organizations)\.tsv$/.test(f);
      for (const line of text.split('\n')) {
        if (line.startsWith('#')) continue;
        for (const w of wordsOf(line)) {
          all.add(w);
          if (place) placeLike.add(w);
        }
      }
    }
  }
  return { all, placeLike };
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}


interface Renaming {
  /** Original name word (as written in the gold) -> the name that replaces it. */
  map: Map<string, string>;
  kept: string[];
}

/** The names of persons in a gold record: people, meeting participants and quote speakers. */
function goldNames(g: ReleaseGold): string[] {
  const names = new Set<string>();
  for (const p of g.people) names.add(p.name);
  for (const m of g.meetings) for (const n of m.participants) names.add(n);
  for (const q of g.quotes) if (q.speaker) names.add(q.speaker);
  return [...names];
}

/** A capitalised word that may be renamed: not an initial, particle, honorific or numeral. */
function renamable(word: string): boolean {
  // "Md. Touhid Hossain", "Ma. Theresa": a word written with its stop is an abbreviation.
  if (word.endsWith('.')) return false;
  const bare = word.replace(/[,]+$/, '');
  if (bare.length < 2) return false;
  if (/^\p{Lu}\.?$/u.test(bare) || /^(\p{Lu}\.)+\p{Lu}?\.?$/u.test(word)) return false;
  if (KEEP.has(fold(bare))) return false;
  return /^\p{Lu}/u.test(bare) && /^[\p{L}\p{M}'’-]+$/u.test(bare);
}

function planRenaming(article: ReleaseArticle, gold: ReleaseGold, seed: number, pools: { given: string[]; surnames: string[] },
  placeLike: Set<string>): Renaming {
  const random = mulberry32(hashString(`${seed}:${article.id}`));
  const text = `${article.title ?? ''}\n${article.text}`;
  const lowerWords = new Set(text.split(/[^\p{L}\p{M}'’-]+/u).filter((w) => /^\p{Ll}/u.test(w)).map(fold));
  const map = new Map<string, string>();
  const kept: string[] = [];
  const used = new Set<string>();
  // A given name keeps its first letter where the list allows, so that "U.Khurelsukh" in the text still
  // initials the renamed "Ukhnaagiin Khurelsukh" of the gold.
  const draw = (pool: string[], initial: string | null) => {
    const taken = new Set(map.values());
    const fresh = pool.filter((n) => !used.has(n) && !taken.has(n) && !text.includes(n));
    const same = initial ? fresh.filter((n) => fold(n).charAt(0) === initial) : [];
    const from = same.length ? same : fresh;
    if (!from.length) throw new Error('name lists too short for one article');
    return from[Math.floor(random() * from.length)]!;
  };
  for (const name of goldNames(gold)) {
    const words = name.split(/\s+/).map((w) => w.replace(/[,]+$/, ''));
    const renamableIdx = words.map((w, i) => (renamable(w) ? i : -1)).filter((i) => i >= 0);
    const last = renamableIdx[renamableIdx.length - 1];
    // The renamed name may not read as the other gender, nor give a gender the original does not show
    // (a man's "Zhumabayeva"): the test is of where names come from, not of their gender cues.
    const before = genderOf(name, null);
    for (let attempt = 0; ; attempt++) {
      const added: Array<[string, string]> = [];
      for (const i of renamableIdx) {
        const w = words[i]!;
        const key = fold(w);
        if ([...map.keys()].some((k) => fold(k) === key)) continue;
        const risky = MONTHS_AND_DAYS.has(key) || placeLike.has(key) || wordsOf(w).some((x) => lowerWords.has(x));
        if (risky) {
          if (!kept.includes(w)) kept.push(w);
          continue;
        }
        // After a particle of the name itself ("Al Thani"), a surname with particles of its own would double them.
        const afterParticle = i > 0 && KEEP.has(fold(words[i - 1]!));
        const pool = i === last ? pools.surnames.filter((n) => !afterParticle || !n.includes(' ')) : pools.given;
        const to = draw(pool, i === last ? null : key.charAt(0));
        map.set(w, to);
        added.push([w, to]);
      }
      const after = genderOf(applyRenaming(name, { map, kept }), null);
      if (after === null || after === before || attempt >= 30) {
        for (const [, to] of added) used.add(to);
        break;
      }
      for (const [w] of added) map.delete(w);
    }
  }
  return { map, kept };
}

/**
 * Replaces each renamed word where it stands as a whole word, whatever its accents ("Inácio"
 * for a gold "Inacio") and in capitals too ("TRUMP"); a possessive "'s" and the parts of a
 * hyphenated word ("Putin-Lukashenko") are read as words of their own.
 */
function applyRenaming(s: string, r: Renaming): string {
  if (!r.map.size) return s;
  const byFold = new Map([...r.map].map(([from, to]) => [fold(from), to]));
  const cased = (written: string, to: string) =>
    written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase() ? to.toUpperCase() : to;
  const one = (w: string): string | null => {
    const to = byFold.get(fold(w));
    return to === undefined ? null : cased(w, to);
  };
  return s.replace(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu, (w) => {
    const whole = one(w);
    if (whole !== null) return whole;
    const poss = /^(.*)(['’]s)$/u.exec(w);
    if (poss) {
      const stem = one(poss[1]!);
      if (stem !== null) return stem + poss[2]!;
    }
    if (w.includes('-')) return w.split('-').map((part) => one(part) ?? part).join('-');
    return w;
  });
}

/**
 * The gold of a rewritten article: every written form (participants, speakers, quoted words,
 * names, titles, organisations, places) goes through `rewrite`, and people's countries through `code`.
 */
function rewriteGold(g: ReleaseGold, rewrite: (s: string) => string, code: (c: string) => string = (c) => c): ReleaseGold {
  const f = rewrite;
  return {
    id: g.id,
    meetings: g.meetings.map((m) => ({ ...m, participants: m.participants.map(f) })),
    quotes: g.quotes.map((q) => ({ ...q, speaker: q.speaker ? f(q.speaker) : q.speaker, text: f(q.text) })),
    money: g.money,
    people: g.people.map((p) => ({ ...p, name: f(p.name), title: p.title ? f(p.title) : p.title, country: p.country ? code(p.country) : p.country })),
    organizations: g.organizations.map(f),
    places: g.places.map(f),
  };
}

function perturbArticle(a: ReleaseArticle, r: Renaming): ReleaseArticle {
  return { ...a, text: applyRenaming(a.text, r), title: a.title ? applyRenaming(a.title, r) : a.title };
}

// ---------------------------------------------------------------------------------------

const SETS = {
  releases: path.resolve(repoRoot, '../shared/data/releases-dev'),
  own: path.join(repoRoot, 'test/fixtures/releases-own'),
} as const;
type SetName = keyof typeof SETS;

const DEFAULT_FIELDS: ReleaseField[] = ['quotes.speaker', 'meetings.participants', 'people', 'people.country'];

function runArticle(a: ReleaseArticle, g: ReleaseGold) {
  const rec = extract({ text: a.text, id: a.id, date: a.date, source: a.source, title: a.title, url: a.url });
  return scoreRelease(g, rec);
}

const missKey = (m: ReleaseMiss) => `${m.field} ${m.kind}: ${m.detail}`;

function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const seeds = (opt('--seeds') ?? '1,2,3').split(',').map(Number);
  const sets = (opt('--only') ?? 'releases,own').split(',') as SetName[];
  const fields = (opt('--fields')?.split(',') as ReleaseField[] | undefined) ?? DEFAULT_FIELDS;
  const showMisses = args.includes('--misses');
  const kind = opt('--kind') ?? 'names';
  if (!['names', 'places', 'both'].includes(kind)) throw new Error(`--kind: unknown kind ${kind}; expected names, places or both`);
  const placeLex = loadPlaceLexicon(repoRoot);
  for (const f of fields) if (!RELEASE_FIELDS.includes(f)) throw new Error(`--fields: unknown field ${f}; expected ${RELEASE_FIELDS.join(', ')}`);

  readClosedWords();
  const { all, placeLike } = lexiconWords();
  // A particle of a drawn name ("bin", "van der") is in the lexicons as a particle; any other word must not be.
  const particle = (w: string) => NAME_PARTICLES.has(w);
  const known = (n: string) => wordsOf(n).some((w) => w.length > 1 && !particle(w) && (all.has(w) || MONTHS_AND_DAYS.has(w)));
  const pools = { given: GIVEN.filter((n) => !known(n)), surnames: SURNAMES.filter((n) => !known(n)) };
  const dropped = [...GIVEN, ...SURNAMES].filter((n) => known(n)).map((n) => `${n} (${wordsOf(n).filter((w) => w.length > 1 && !particle(w) && all.has(w)).join(' ')})`);
  const out: string[] = [];
  if (dropped.length) out.push(`names left out because a lexicon knows a word of them: ${dropped.join(', ')}`);

  for (const set of sets) {
    if (!(set in SETS)) throw new Error(`--only: unknown set ${set}; expected ${Object.keys(SETS).join(', ')}`);
    // Only `tune` is ever read: `check` articles are dropped before anything looks at them.
    const items = loadReleases(SETS[set]).filter((x) => x.article.split === 'tune');
    let base = emptyReleaseCounts();
    const baseMisses = new Map<string, Set<string>>();
    for (const { article, gold } of items) {
      const s = runArticle(article, gold);
      base = addReleaseCounts(base, s.counts);
      baseMisses.set(article.id, new Set(s.misses.map(missKey)));
    }
    const perSeed: ReleaseCounts[] = [];
    const newMisses: string[] = [];
    let renamed = 0;
    let keptWords = 0;
    let swapped = 0;
    for (const seed of seeds) {
      let total = emptyReleaseCounts();
      for (const { article, gold } of items) {
        const r: Renaming = kind === 'places' ? { map: new Map(), kept: [] } : planRenaming(article, gold, seed, pools, placeLike);
        renamed += r.map.size;
        keptWords += r.kept.length;
        let a2 = perturbArticle(article, r);
        let g2 = rewriteGold(gold, (t) => applyRenaming(t, r));
        let w: PlaceSwap = { phrases: new Map(), codes: new Map() };
        if (kind !== 'names') {
          const random = mulberry32(hashString(`places:${seed}:${article.id}`));
          const codes = gold.people.map((p) => p.country).filter((c): c is string => !!c);
          w = planPlaceSwap(`${a2.title ?? ''}\n${a2.text}`, codes, goldNames(g2), random, placeLex);
          swapped += w.codes.size;
          // The source line names the issuing state too ("President of Russia official website (en.kremlin.ru)"): it is
          // swapped with the text, and a web address, which would still give the old state, is dropped.
          const source = a2.source && w.codes.size ? applyPlaceSwap(a2.source.replace(/\s*\([^()]*\.[a-z]{2,}[^()]*\)/g, ''), w) : a2.source;
          a2 = { ...a2, text: applyPlaceSwap(a2.text, w), title: a2.title ? applyPlaceSwap(a2.title, w) : a2.title, source,
            url: w.codes.size ? null : a2.url };
          g2 = rewriteGold(g2, (t) => applyPlaceSwap(t, w), (c) => w.codes.get(c) ?? c);
        }
        const s = runArticle(a2, g2);
        total = addReleaseCounts(total, s.counts);
        if (showMisses) {
          const before = baseMisses.get(article.id)!;
          const back = reversePlaceSwap(w);
          const original = (m: ReleaseMiss) => {
            const m1 = { ...m, detail: applyPlaceSwap(m.detail, back) };
            return applyBack(m1, r);
          };
          const fresh = s.misses.filter((m) => fields.includes(m.field) && !before.has(missKey(original(m))));
          if (fresh.length) {
            const mapping = [...[...r.map].map(([a, b]) => `${a}→${b}`), ...[...w.codes].map(([a, b]) => `${a}→${b}`),
              ...[...w.phrases].filter(([a]) => a.endsWith(' Territory')).map(([a, b]) => `${a.slice(0, -10)}→${b.slice(0, -10)}`)].join(', ');
            newMisses.push(`  seed ${seed} ${article.id} [${mapping}]`);
            for (const m of fresh) newMisses.push(`    ${missKey(m)}`);
          }
        }
      }
      perSeed.push(total);
    }
    const fmt = (c: Counts, f: ReleaseField) => (100 * headline(f, score(c))).toFixed(1).padStart(7);
    out.push('', `${set} tune (${items.length} articles; ${(renamed / seeds.length).toFixed(0)} name words renamed per seed, ${(keptWords / seeds.length).toFixed(0)} kept as risky, ${(swapped / seeds.length).toFixed(0)} states swapped; kind ${kind})`);
    out.push(`${'field'.padEnd(22)}${'base'.padStart(7)}${seeds.map((s) => `seed${s}`.padStart(7)).join('')}${'min'.padStart(7)}${'drop'.padStart(7)}`);
    for (const f of fields) {
      const b = 100 * headline(f, score(base[f]));
      const ps = perSeed.map((c) => 100 * headline(f, score(c[f])));
      const min = Math.min(...ps);
      out.push(`${f.padEnd(22)}${fmt(base[f], f)}${perSeed.map((c) => fmt(c[f], f)).join('')}${min.toFixed(1).padStart(7)}${(b - min).toFixed(1).padStart(7)}`);
    }
    if (showMisses && newMisses.length) out.push('misses that only the renamed text has:', ...newMisses);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** A perturbed miss written with the original names, to compare it with the unperturbed misses. */
function applyBack(m: ReleaseMiss, r: Renaming): ReleaseMiss {
  const back: Renaming = { map: new Map([...r.map].map(([a, b]) => [b, a])), kept: [] };
  return { ...m, detail: applyRenaming(m.detail, back) };
}

main();
