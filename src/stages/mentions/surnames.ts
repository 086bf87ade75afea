import { personBySurname } from '../../lexicon/people.js';
import { wordLists } from '../../lexicon/words.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { nameRecord, type SurnameWords } from '../../lexicon/name-record.js';
import { Claim, type SentenceScan } from './context.js';
import type { DraftMention } from './draft.js';

/** Surnames shared by too many people to stand for one listed figure on their own. */
const COMMON_SURNAMES = new Set(['brown', 'johnson', 'harris', 'martin', 'taylor', 'powell', 'costa', 'smith', 'ahmed', 'hassan', 'ibrahim', 'castro', 'albanese', 'michel', 'sanchez', 'kerry', 'clinton', 'singh', 'jones', 'williams', 'miller', 'wilson', 'thomas', 'james', 'charles', 'george', 'abdullah', 'mohammed', 'muhammad', 'salman', 'hussein', 'morrison', 'austin', 'rubio', 'young', 'king', 'lawrence', 'wong', 'aoun', 'cameron', 'blair']);

function wordsOfName(
  written: string,
  nonName: ReadonlySet<string>,
  generational: ReadonlySet<string>,
  familyFirst: ReadonlySet<string>,
): SurnameWords {
  const words = written.split(/[\s,]+/);
  // "Ferdinand R. Marcos, Jr." -> "Marcos": a generational suffix is no surname.
  if (words.length > 2 && generational.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1]!.toLowerCase();
  const head = words[0]!.toLowerCase();
  // "Abu Musab al-Zarqawi" -> "Zarqawi" and "al-Zarqawi" both refer back.
  const hyphen = last.lastIndexOf('-');
  return {
    surname: nonName.has(last) ? null : last,
    afterHyphen: hyphen >= 0 ? last.slice(hyphen + 1) : null,
    firstSurname: words.length <= 3 && familyFirst.has(head) && !nonName.has(head) ? head : null,
  };
}

/**
 * Once a document has named "Aleksandr Lukashenko", a later "Lukashenko" on its own is the
 * same kind of mention. Runs after every sentence is scanned, over tokens still free.
 */
export function surnameMentions(scans: readonly SentenceScan[]): void {
  const { nonName, generational, familyFirst } = wordLists();
  const surnames = new Set<string>();
  /** "Xi" of "Xi Jinping": family names written first, which count only where the text never writes them in lower case ("he", "yu"). */
  const firstSurnames = new Set<string>();
  // "Foreign Minister of Indonesia Sugiono ... Sugiono thanked the host": a one-word name the text gives
  // as an office's holder is the whole name of one who goes by one name, and comes back on its own.
  const fullNames = (m: DraftMention) => m.type === 'person' && m.form === 'name'
    && (m.tokenEnd - m.tokenStart >= 2 || (m.tokenEnd === m.tokenStart + 1 && m.title != null && m.rule.startsWith('title-')));
  for (const s of scans) {
    for (const m of s.out) {
      if (!fullNames(m)) continue;
      // Kept on the name's record, as the same names come back in document after document; read from
      // the record's copy of the name, so that no word kept points into the document.
      const record = nameRecord(s.text.slice(m.start, m.end));
      const words = (record.surnames ??= wordsOfName(record.name, nonName, generational, familyFirst));
      if (words.firstSurname !== null) firstSurnames.add(words.firstSurname);
      if (words.surname !== null) surnames.add(words.surname);
      if (words.afterHyphen !== null) surnames.add(words.afterHyphen);
    }
  }
  if (surnames.size > 0) for (const s of scans) titledSurnamesOfPlaces(s, surnames);
  for (const s of scans) {
    for (let i = s.first; i < s.last; i++) {
      if (s.claimOf(i) !== Claim.Free || !s.isCap(i)) continue;
      const t = s.tok(i)!;
      const end = s.wordEnd(i);
      if (!s.free(i, end)) continue;
      if (s.nameHit(i) || s.titleHit(i)) continue;
      if (s.isCap(end) && s.claimOf(end) === Claim.Free && !s.isPossessive(end)) continue;
      // The word is copied out only for tokens the tests above leave; a word of one token is the token's own text.
      const one = end === i + 1;
      const written = one ? t.text : s.span(i, end);
      const word = one ? t.lower : written.toLowerCase();
      if (surnames.has(word) || (firstSurnames.has(word) && !s.lowerWords.has(word))) {
        s.push({
          start: t.start, end: s.tokens[end - 1]!.end, tokenStart: i, tokenEnd: end,
          type: 'person', form: 'name', canonical: null, country: null, sector: null, rule: 'surname-repeat',
        });
        continue;
      }
      // "Putin said": the surname of a listed figure, when it is distinctive and the text never uses it as a word.
      // "Martín" is "Martin" to the look-up, and as common: the test folds accents as the look-up does.
      if (written.length < 5 || COMMON_SURNAMES.has(one && isPlainWord(word) ? word : lookupKey(written)) || s.lowerWords.has(word) || nonName.has(word) || t.pos !== 'PROPN') continue;
      const known = personBySurname(written);
      if (!known) continue;
      // "the line between Lisbon and Santos", "in Santos": a word joined to a place by "and" or "or", or
      // after a preposition of place, is a place too, whoever's surname it also is.
      if (placeContext(s, i, end)) continue;
      s.push({
        start: t.start, end: s.tokens[end - 1]!.end, tokenStart: i, tokenEnd: end,
        type: 'person', form: 'name', canonical: written, country: known.country, sector: known.sector, countrySource: 'lexicon',
        title: known.title, rule: 'surname-listed',
      });
    }
  }
}

/** Whether a word in lower case is plain ASCII letters, which folding leaves as they are. */
function isPlainWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

const LOCATIVE = new Set(['in', 'at', 'near', 'via']);
const JOINERS = new Set(['and', 'or']);

/** Whether token k starts (or, `ending`, ends) a place or state the gazetteer knows. */
function placeAt(s: SentenceScan, k: number, ending: boolean): boolean {
  const h = s.nameHit(k);
  return h !== undefined && (ending ? h.end === k + 1 : h.start === k) && (h.hit.entry.kind === 'place' || h.hit.entry.kind === 'country');
}

/** A place's context around the word from i to end: a locative preposition before it, or a known place joined to it. */
function placeContext(s: SentenceScan, i: number, end: number): boolean {
  const before = i - 1 >= s.first ? s.lower(i - 1) : '';
  if (LOCATIVE.has(before)) return true;
  if (JOINERS.has(before) && i - 2 >= s.first && placeAt(s, i - 2, true)) return true;
  if (end < s.last && JOINERS.has(s.lower(end)) && end + 1 < s.last && placeAt(s, end + 1, false)) return true;
  return endOfRoute(s, i);
}

/** Nouns of a way from one place to another: "a line between A and B" joins two places. */
const ROUTE_NOUNS = new Set([
  'line', 'lines', 'route', 'routes', 'link', 'links', 'ferry', 'ferries', 'flight', 'flights', 'service', 'services',
  'corridor', 'corridors', 'road', 'roads', 'highway', 'motorway', 'railway', 'rail', 'pipeline', 'pipelines', 'border',
  'connection', 'connections', 'bridge', 'crossing', 'cable', 'distance', 'journey', 'voyage', 'canal', 'tunnel', 'shuttle',
]);
/** How many capitalised words the first end of a route may have ("between Porto Novo and ..."). */
const MAX_ROUTE_END_WORDS = 3;

/**
 * "the ferry line between Mindelo and Santos", "flights between Santos and Mindelo": either end of a
 * route between two words is a place, known or not, whoever's surname the word also is.
 */
function endOfRoute(s: SentenceScan, i: number): boolean {
  let k = i - 1;
  if (k >= s.first && JOINERS.has(s.lower(k))) {
    k--;
    let words = 0;
    while (k >= s.first && s.isCap(k) && words < MAX_ROUTE_END_WORDS) {
      k--;
      words++;
    }
    if (words === 0) return false;
  }
  return k - 1 >= s.first && s.lower(k) === 'between' && ROUTE_NOUNS.has(s.lower(k - 1));
}

/**
 * "Minister Neale Richmond ... Minister Richmond said": a one-word place right after an office, whose
 * word is the surname of a person the document has named in full, is that person named again by
 * office and surname ("Minister Richmond", like "Mr Richmond"), not the city. A place after a
 * preposition or with no office before it ("in Richmond") stays a place.
 */
function titledSurnamesOfPlaces(s: SentenceScan, surnames: ReadonlySet<string>): void {
  for (let n = 0; n < s.out.length; n++) {
    const m = s.out[n]!;
    if (m.type !== 'place' || m.placeKind === 'country' || m.tokenEnd !== m.tokenStart + 1) continue;
    const i = m.tokenStart;
    const th = s.titleHit(i - 1);
    if (!th || th.end !== i || !surnames.has(s.lower(i))) continue;
    s.out[n] = {
      ...m, type: 'person', form: 'name', canonical: null, country: null, sector: th.entry.sector,
      placeKind: undefined, title: th.entry.title, countrySource: undefined, rule: 'surname-repeat-after-title',
    };
  }
}

