import type { Mention, Token } from '../../document/layers.js';
import { WordTest, wordIds } from '../../lexicon/word-table.js';
import type { Stage } from '../../pipeline/stage.js';
import { definedAcronyms } from './acronyms.js';
import { SentenceScan, documentTables, type LowerCaseWords } from './context.js';
import { currencyCountryWords, moneyTokens } from './currencies.js';
import type { DraftMention } from './draft.js';
import { lexiconNames } from './lexicon-names.js';
import { headNounOrganizations, legalFormCompanies } from './organizations.js';
import { placeNamedCompanies } from './place-named-companies.js';
import { personNames } from './people.js';
import { pronouns } from './pronouns.js';
import { leaderGovernments, standaloneGroups } from './groups.js';
import { suffixRegions } from './regions.js';
import { sharedDemonymStates } from './shared-demonyms.js';
import { servingGroupCountries } from './serving-groups.js';
import { surnameMentions } from './surnames.js';
import { appositiveTitles, pluralTitledPeople, titledPeople } from './titles.js';
import { agentMentions, ethnicGroups, groupsInContext } from './agents.js';
import { cameoActors } from './cameo-actors.js';
import { coordinatedVenues } from './coordinated-venues.js';
import { sortInPlace } from '../../document/order.js';

/**
 * Every stretch of text that refers to a person, organisation or place. Rules run per sentence
 * in a fixed order; each claims its tokens so later, looser rules only see what is left:
 * country words inside currency names (claimed so nothing else takes them), legal-form companies, companies named after a place
 * ("Air Astana"), head-noun organisations, titled people, lexicon names (places,
 * demonyms, groups, listed organisations and people), capitalised person names,
 * appositive titles, group nouns, pronouns. Repeated surnames are found last, document-wide.
 */
export const mentions: Stage = {
  name: 'mentions',
  // Money figures tell which country words belong to a currency ("234.9 billion U.S. dollars").
  reads: ['sentences', 'tokens', 'quantities'],
  writes: ['mentions'],
  run(doc) {
    const tokens = doc.layer('tokens');
    const lowerWords = lowerCaseWords(tokens);
    const money = moneyTokens(tokens, doc.layer('quantities'));
    const scans: SentenceScan[] = [];
    const bodies = new Map<string, string>();
    const tables = documentTables(tokens.length);
    for (const sentence of doc.layer('sentences')) {
      if (sentence.end <= doc.meta.bodyStart) continue;
      const s = new SentenceScan(doc.text, tokens, sentence, lowerWords, tables, bodies);
      s.findNames();
      s.findTitles();
      coordinatedVenues(s);
      currencyCountryWords(s, money);
      legalFormCompanies(s);
      placeNamedCompanies(s);
      headNounOrganizations(s);
      s.rememberBodies();
      suffixRegions(s);
      titledPeople(s);
      pluralTitledPeople(s);
      leaderGovernments(s);
      lexiconNames(s);
      personNames(s);
      appositiveTitles(s);
      servingGroupCountries(s);
      standaloneGroups(s);
      pronouns(s);
      scans.push(s);
    }
    surnameMentions(scans);
    definedAcronyms(scans);
    // The field's CAMEO dictionaries last: they fill what the text and our own lexicons left open.
    for (const s of scans) {
      cameoActors(s, doc.meta.date);
      agentMentions(s);
      groupsInContext(s);
      ethnicGroups(s);
    }
    const drafts: DraftMention[] = [];
    for (const s of scans) drafts.push(...s.out);
    bodiesNamedAgain(drafts);
    commonWordsOpeningNames(doc.text, drafts);
    sharedDemonymStates(drafts, doc.text);
    sortInPlace(drafts, (a, b) => a.start - b.start || b.end - a.end);
    const out: Mention[] = new Array<Mention>(drafts.length);
    for (let n = 0; n < drafts.length; n++) {
      const d = drafts[n]!;
      const m: { -readonly [K in keyof Mention]: Mention[K] } = {
        id: `m${n + 1}`,
        start: d.start,
        end: d.end,
        text: doc.text.slice(d.start, d.end),
        type: d.type,
        form: d.form,
        canonical: d.canonical,
        country: d.country,
        sector: d.sector,
        stage: 'mentions',
        rule: d.rule,
        actor: null,
        // Every mention has every field, unset ones undefined (which JSON leaves out as it leaves
        // out a missing field): objects of one shape keep the later stages' reads of them fast.
        placeKind: d.placeKind ? d.placeKind : undefined,
        title: d.title,
        body: d.body,
        countrySource: d.countrySource && d.country ? d.countrySource : undefined,
      };
      out[n] = m;
    }
    doc.setLayer('mentions', out, this.name);
  },
};

/** Per word: whether it opens with a lower-case letter. */
const OPENS_LOWER = new WordTest((text: string) => {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(text));
});

/**
 * The words of the process's word table that open with a lower-case letter, by their lower case
 * (mostly one word each; "iPhone" and "iphone" share one). Filled as the words are first met, so
 * it is as large as the table at most.
 */
const LOWER_WORD_IDS = new Map<string, number | number[]>();
/** Per word: 1 once it has been looked at for LOWER_WORD_IDS. */
let indexed = new Uint8Array(0);
/** Per word: the last document (by number) that used it. */
let usedIn = new Int32Array(0);
let documentNumber = 0;

/** Files a word of the table under its lower case when it opens with a lower-case letter. */
function indexLowerWord(id: number, text: string, lower: string): void {
  indexed[id] = 1;
  if (!OPENS_LOWER.has(id, text)) return;
  const known = LOWER_WORD_IDS.get(lower);
  if (known === undefined) LOWER_WORD_IDS.set(lower, id);
  else if (typeof known === 'number') LOWER_WORD_IDS.set(lower, [known, id]);
  else known.push(id);
}

/** Makes the per-word tables cover word id `id`. */
function growTo(id: number): void {
  const size = Math.max(1024, id + 1, usedIn.length * 2);
  const grownIndexed = new Uint8Array(size);
  grownIndexed.set(indexed);
  indexed = grownIndexed;
  const grownUsed = new Int32Array(size);
  grownUsed.set(usedIn);
  usedIn = grownUsed;
}

/**
 * The lower-case forms of the words the document writes in lower case somewhere. Rules ask about
 * a few words per document, so the document only marks each of its words as used (one store per
 * token, no set of strings built per document); a question looks the word's table entries up by
 * its lower case and reads their marks. Answers are good while this document is being read.
 */
function lowerCaseWords(tokens: readonly Token[]): LowerCaseWords {
  const ids = wordIds(tokens);
  const n = ++documentNumber;
  /** Lower-case words of tokens the word table does not keep (rare), as a set of their own. */
  let others: Set<string> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const id = ids[k]!;
    if (id < 0) {
      const t = tokens[k]!;
      const c = t.text.charCodeAt(0);
      if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.text))) (others ??= new Set()).add(t.lower);
      continue;
    }
    if (id >= usedIn.length) growTo(id);
    usedIn[id] = n;
    if (indexed[id] === 0) indexLowerWord(id, tokens[k]!.text, tokens[k]!.lower);
  }
  return {
    has(lower: string): boolean {
      if (others?.has(lower)) return true;
      const known = LOWER_WORD_IDS.get(lower);
      if (known === undefined) return false;
      if (typeof known === 'number') return usedIn[known] === n;
      return known.some((id) => usedIn[id] === n);
    },
  };
}

/**
 * "representatives of Atlas Copco, Scania and Saab ... Atlas Copco announced a new factory": a name
 * the text has shown to be a body's stays that body's when it comes back as a bare run of capitalised
 * words with no office.
 */
function bodiesNamedAgain(drafts: DraftMention[]): void {
  const bodies = new Set<string>();
  for (const d of drafts) if (d.rule === 'org-in-body-list' && d.canonical) bodies.add(d.canonical);
  if (bodies.size === 0) return;
  for (const d of drafts) {
    if (d.type === 'person' && d.form === 'name' && d.rule === 'name-run' && !d.title && d.canonical && bodies.has(d.canonical)) {
      d.type = 'organization';
      d.country = null;
      d.sector = null;
      d.rule = 'org-in-body-list';
    }
  }
}

/** A capitalised word right before a mention, opening its sentence or paragraph. */
const OPENING_WORD = /(?:[.!?]\s+|\n\s*)(\p{Lu}\p{Ll}*)[ \t\u00a0]+$/u;

/**
 * "Do Hung Viet noted ...", "Song Il-gon said": a surname that is also a common word ("Do", "Song")
 * opening a sentence is read as that word, not as a name; when it and the name after it make the
 * full name of someone the text names elsewhere, it is that person's name.
 */
function commonWordsOpeningNames(text: string, drafts: DraftMention[]): void {
  const full = new Set<string>();
  // What follows the first word of each full name: a name can only grow by its opening word when it
  // is one of these, so the text before other names is never read.
  const afterFirstWord = new Set<string>();
  for (const d of drafts) {
    if (d.type !== 'person' || d.form !== 'name' || !d.canonical) continue;
    full.add(d.canonical);
    const space = d.canonical.indexOf(' ');
    if (space >= 0) afterFirstWord.add(d.canonical.slice(space + 1));
  }
  if (afterFirstWord.size === 0) return;
  for (const d of drafts) {
    if (d.type !== 'person' || d.form !== 'name' || !d.canonical || d.tokenStart === 0 || !afterFirstWord.has(d.canonical)) continue;
    const from = Math.max(0, d.start - 24);
    const before = OPENING_WORD.exec((from === 0 ? '\n' : '') + text.slice(from, d.start));
    if (!before || !full.has(`${before[1]} ${d.canonical}`)) continue;
    d.canonical = `${before[1]} ${d.canonical}`;
    d.start -= before[0].length - before[0].indexOf(before[1]!);
    d.tokenStart -= 1;
  }
}
