import type { Actor, Mention, Sentence } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { alternatives, cached, readTsv } from '../../lexicon/data.js';
import { countryByName, countryName, demonymToCountry } from '../../lexicon/countries.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { wordLists } from '../../lexicon/words.js';
import { holdsAnyOf, holdsAnyOfLists } from '../../lexicon/escape-regexp.js';
import { roleOfTitle, titleByWords } from '../../lexicon/titles.js';
import { isInternationalCode } from '../../lexicon/organizations.js';
import { indexById } from './by-id.js';
import { regionOfLocalOffice } from './shared-places.js';
import { sortInPlace } from '../../document/order.js';
import { BULLET_MARKS, LIST_BULLET } from '../../document/list-bullet.js';

/**
 * Where the text itself says whom an official serves, before any guess from the issuer:
 * - "Amara Diallo (Republic of Guinea)": a country in brackets right after a name;
 * - "President Juan Manuel Santos of Colombia", "State Councillor Dai of China": a country after the name;
 * - "attended on behalf of Belarus by A, B and C", "Russia was represented by A and B",
 *   "On the Uzbek side, A and B", "the Kazakh delegation comprised A and B": a side and its list;
 * - "his Tunisian counterpart, Minister of Trade Omar Béhi": the counterpart's country.
 * Each rule names only people the words attach the country to; a country already read from
 * the title itself ("Minister of Industry of Canada") is never replaced.
 */

/** The country an actor's own title phrase gave it (kept) versus one guessed later (may be replaced). */
export type CountryEvidence = Map<string, 'title' | 'text'>;

const BRACKET_GAP = /^[ \t\u00a0]*\([ \t\u00a0]*(?:the[ \t\u00a0]+)?$/i;
const BRACKET_CLOSE = /^[ \t\u00a0]*\)/;
const OF_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;
/** " of ", " of the " between an office and the place it is of. */
const OFFICE_OF_GAP = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/;
/** Words that open a side's list. */
const SIDE_BEFORE = /(?:on[ \t\u00a0]+behalf[ \t\u00a0]+of|from|for|on)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;
/**
 * After a state's word, what makes it a side whose people follow: "side was represented by", "delegation
 * included", "side of the commission comprised", "part of the commission included" (a part or section
 * only with a verb of membership: "the Egyptian part of the project was led by" is a share of a thing).
 */
const SIDE_AFTER = /^[ \t\u00a0]*(?:['’]s[ \t\u00a0]+)?(?:side|delegation|team|party)?[ \t\u00a0]*(?:(?:was|were)[ \t\u00a0]+(?:also[ \t\u00a0]+)?represented[ \t\u00a0]+(?:[\p{L} ]{0,30}?[ \t\u00a0]+)?by|(?:part|section)(?:[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\p{L}-]+)?[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:included|includes|comprised|comprises|consisted[ \t\u00a0]+of|was[ \t\u00a0]+made[ \t\u00a0]+up[ \t\u00a0]+of)|(?:(?:delegation|side|team)[ \t\u00a0]+)?(?:(?:at|during|in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\p{L}-]+[ \t\u00a0]+)?(?:was[ \t\u00a0]+)?(?:also[ \t\u00a0]+)?(?:included|includes|comprised|comprises|consisted[ \t\u00a0]+of|was[ \t\u00a0]+made[ \t\u00a0]+up[ \t\u00a0]+of|was[ \t\u00a0]+led[ \t\u00a0]+by|members[ \t\u00a0]+were)|by|[,:–—])/iu;
/**
 * "... headed by Speaker of the National Assembly", "led by Minister of Trade, Industry and Energy":
 * a leader's office, its portfolio list included, between "led by" and the name; a style of address
 * written with its full stops ("H.E.") may stand last, and so may a short one with its full stop ("Mr.", "Dr.").
 * "led respectively by" leads each group of a list.
 */
const LED_BY_BEFORE = /(?:headed|led|chaired)[ \t\u00a0]+(?:respectively[ \t\u00a0]+)?by[ \t\u00a0]+(?:(?:[\p{Lu}](?:[\p{L}'’-]*|\.(?:[\p{Lu}]\.)*),?|of|for|at|the|and|its|his|her)[ \t\u00a0]+){0,10}(?:[\p{Lu}]\p{Ll}{0,3}\.[ \t\u00a0]+)?$/u;
/** "The delegation, led by", "the delegation was headed by": a delegation named again by its noun alone. */
const THE_DELEGATION_LED = /(?<![\p{L}])[Tt]he[ \t\u00a0]+delegation[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:was|is|had[ \t\u00a0]+been|will[ \t\u00a0]+be)[ \t\u00a0]+)?$/u;
/** Offices of members of a legislature, who travel in delegations of their chamber. */
const LEGISLATOR = /^(?:senator|representative|congressman|congresswoman|congressmember|member of congress|member of parliament|mp)$/;
/** How far after a delegation's legislator leader a colleague of the same legislature may be named. */
const LEGISLATIVE_COLLEAGUE_REACH = 400;

function isLegislator(title: string | null | undefined): boolean {
  return !!title && LEGISLATOR.test(title.toLowerCase().replace(/^(?:us|u\.s\.)\s+/, ''));
}

/** How far back "the delegation" looks for the delegation a state's word named. */
const DELEGATION_ANAPHOR_REACH = 1500;
/** A space, a tab or a no-break space: the gaps LED_BY_BEFORE allows between its words. */
function gapAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * Whether the text holds what LED_BY_BEFORE cannot match without, as
 * /(?:headed|led|chaired)[ \t\u00a0]+by[ \t\u00a0]/ finds it: "by" and a gap, with "headed", "led"
 * or "chaired" (or a word ending so, as "misled") and a gap before it. The text is searched for
 * "by", which few places hold, and only those places are read back, instead of the expression
 * trying its three words at every character of the text.
 */
export function holdsLedBy(text: string): boolean {
  for (let i = text.indexOf('by', 4); i >= 0; i = text.indexOf('by', i + 1)) {
    if (!gapAt(text, i + 2)) continue;
    let k = i - 1;
    while (k >= 0 && gapAt(text, k)) k--;
    if (k === i - 1) continue;
    const end = k + 1;
    if (text.startsWith('led', end - 3) || text.startsWith('headed', end - 6) || text.startsWith('chaired', end - 7)) return true;
  }
  return false;
}
/**
 * What may stand between a state's name and "headed by": "Korean delegation", "delegation of the Republic of Korea";
 * "the Egyptian part of the Commission is headed by": a state's side of a joint body, then a verb of being
 * (only after such a noun of its own: "The delegation was led by" leaves the delegation's state to other rules).
 */
const DELEGATION_AFTER = /^[ \t\u00a0]*(?:['’]s[ \t\u00a0]+)?(?:(?:[Gg]overnment|[Pp]arliamentary|[Bb]usiness|[Oo]fficial|[Hh]igh-[Ll]evel)[ \t\u00a0]+)?(?:(?:[Dd]elegation|[Tt]eam)?[ \t\u00a0]*,?[ \t\u00a0]*|(?:[Dd]elegation|[Tt]eam|[Pp]art|[Ss]ide|[Ss]ection)(?:[ \t\u00a0]+of[ \t\u00a0]+the(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*){1,8})?[ \t\u00a0]*,?[ \t\u00a0]*(?:is|was|are|were|will[ \t\u00a0]+be|has[ \t\u00a0]+been)[ \t\u00a0]+)$/u;
/**
 * "a delegation of ", "a delegation from Binh Duong Province of ": right before the state's name.
 * "a delegation of investors from ": what the delegation is made of may come first, in lower case.
 */
const DELEGATION_BEFORE = /delegations?[ \t\u00a0]+(?:of[ \t\u00a0]+(?:\p{Ll}[\p{L}'’-]*[ \t\u00a0]+){1,4}(?=from))?(?:of|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+){1,4}of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?$/u;
/** " to ", " in ": the preposition before the place a delegation went to. */
const DESTINATION_BEFORE = /(?:to|in)[ \t\u00a0]+$/;
/** After that place, up to "led by": nothing, or a date ("on 6 February"), then a comma. */
const DESTINATION_AFTER = /^[ \t\u00a0]*(?:on[ \t\u00a0]+(?:\d{1,2}[ \t\u00a0]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[ \t\u00a0]+\d{1,2})[ \t\u00a0]*)?,[ \t\u00a0]*$/u;
/** Between the members of a delegation and "led by": a comma or nothing. */
const MEMBERS_GAP = /^[ \t\u00a0]*,?[ \t\u00a0]*$/;
/** ", his ", ", her ": between a name and the counterpart phrase in apposition after it. */
const APPOSED_COUNTERPART_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*(?:his|her|their)[ \t\u00a0]+$/;
const COUNTERPART_BEFORE = /(?:counterparts?|colleagues?)[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,10}$/u;
/** "counterpart from the ", "counterpart from the Kingdom of ": right before the state a counterpart comes from. */
const COUNTERPART_FROM = /(?:counterparts?|colleagues?)[ \t\u00a0]+from[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?$/u;
/** ", Minister of Foreign Affairs ": from the state to the counterpart's name, a comma and the office's words. */
const COUNTERPART_FROM_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,10}$/u;

function isCountryWord(m: Mention): boolean {
  if (m.country === null) return false;
  // "the Russian side", "the Uzbek delegation": a group the text names by its country.
  // One word: no white space in it (what splitting it at white space into one piece says, with no list made).
  if (m.type === 'organization' && m.form === 'nominal') return /\b(?:side|delegation|team)s?$/i.test(m.text) || !/\s/.test(m.text);
  return m.type === 'place' && (m.placeKind === 'country' || m.form === 'demonym' || m.form === 'possessive');
}

/**
 * "Alexei Overchuk co-chairs it from the Russian side": a side named after the person, in the same clause.
 * A side set off by a comma before it ("X and, on the Qatari side, Y") opens what follows, not what went before.
 */
const SIDE_LATER = /^[^.;:!?]{0,60}?(?<!,[ \t\u00a0]*)\b(?:from|on|for)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/i;

function sentenceIndex(sentences: readonly Sentence[], at: number): number {
  return Math.max(0, lowerBound(sentences, at + 1) - 1);
}

/**
 * "Antonio Palocci, President Dilma Rousseff's Chief of Staff": an office held under a person
 * serves that person's country. Returns holder actor id -> principal actor id.
 */
const APPOSED_POSSESSOR = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:the|[\p{Lu}][\p{L}.'’-]*)[ \t\u00a0]+){0,4}$/u;

/**
 * " was joined by his foreign policy adviser ", " was accompanied by Ambassador ": up to a companion's name;
 * styles of address written with full stops may close it (" ... the Minister of Foreign Affairs, H.E. Mr. ").
 */
const JOINED_BY = /^(?:[ \t\u00a0]*,[ \t\u00a0]*who)?[ \t\u00a0]+(?:was|were|is|are|has[ \t\u00a0]+been)[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:joined|accompanied)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:his|her|their|the|[\p{L}][\p{L}'’.-]*),?[ \t\u00a0]+){0,10}(?:[\p{Lu}][\p{L}]*\.(?:[\p{Lu}]\.)*[ \t\u00a0]+){0,2}$/u;

/** " of ", " of the ": between an office and the state it is of. */
const OF_STATE_AFTER = /^[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/;

/**
 * ", Minister of Economy ", " and Ambassador ", ", and the Governor of X, ", ", and the Minister of Agriculture,
 * H.E. Mr. ": between two names of one list of companions.
 */
const COMPANION_LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)(?:(?:the|his|her|[\p{Lu}][\p{L}'’.-]*|of|for|and)[ \t\u00a0]+){0,10}(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]*,[ \t\u00a0]*(?:[\p{Lu}][\p{L}]*\.(?:[\p{Lu}]\.)*[ \t\u00a0]+){1,2})?$|^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}'’.-]*|of|for|and)[ \t\u00a0]+){0,10}?[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]*,[ \t\u00a0]*(?:and[ \t\u00a0]+)?$/u;

/** "his predecessor ", "'s wife, ": between a person (or a pronoun for one) and the name of a relation of theirs. */
const RELATIVE_GAP = /^(?:['’]s)?[ \t\u00a0]+(?:(?:immediate|late)[ \t\u00a0]+)?(?:predecessor|successor|wife|husband|spouse)[ \t\u00a0]*,?[ \t\u00a0]*$/u;

/**
 * "his envoy ", "her spokesperson ", "Trump's special envoy ": between a person (or a pronoun for one) and the
 * name of one who works for them, and so serves their state. "counterpart", "colleague", "host" and "guest"
 * are left out: they name someone of another side.
 */
const STAFF_GAP = /^(?:['’]s)?[ \t\u00a0]+(?:(?:special|personal|senior|chief|top|foreign[ \t\u00a0]+policy|national[ \t\u00a0]+security|press|presidential)[ \t\u00a0]+){0,2}(?:envoy|emissary|spokes(?:person|man|woman)|advis[eo]r|aide|deputy|chief[ \t\u00a0]+of[ \t\u00a0]+staff|negotiator|representative)[ \t\u00a0]*,?[ \t\u00a0]*$/iu;

export function principals(text: string, mentions: readonly Mention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // "Scholz was joined by his foreign policy adviser Jens Plötner": a companion is on the same side.
    if (m.type === 'person' && m.actor) {
      // "The President of Guinea-Bissau was accompanied by": the office's state completes its subject.
      const of = mentions[i + 1];
      const end = of && isCountryWord(of) && OF_STATE_AFTER.test(text.slice(m.end, of.start)) ? of.end : m.end;
      for (let k = i + 1; k < mentions.length && k <= i + 3; k++) {
        const p = mentions[k]!;
        // "his" in "joined by his adviser" is passed over, and so is an office another holds
        // ("accompanied by the Minister-President's envoy for Latin America, X").
        if (p.type !== 'person' || p.form === 'pronoun' || (p.form === 'title' && /['’]s[ \t\u00a0]/.test(text.slice(p.end, p.end + 3)))) continue;
        if (p.form === 'name' && p.actor && p.actor !== m.actor && JOINED_BY.test(text.slice(end, p.start))) {
          out.set(p.actor, m.actor);
          // "accompanied by Foreign Minister A and Economy Minister B": the rest of the list came along too.
          let last = p;
          for (let j = k + 1; j < mentions.length && j <= k + 12; j++) {
            const q = mentions[j]!;
            if (q.type !== 'person' || q.form === 'pronoun') continue;
            if (q.form !== 'name' || !q.actor || !COMPANION_LIST_GAP.test(text.slice(last.end, q.start))) break;
            if (q.actor !== m.actor) out.set(q.actor, m.actor);
            last = q;
          }
        }
        break;
      }
    }
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    // "his predecessor Humza Yousaf", "President Xi and his wife Peng Liyuan", "Lula's successor X": one
    // named as another's predecessor, successor or spouse is of that person's state.
    const q = mentions[i - 1];
    if (q && q.type === 'person' && q.actor && q.actor !== m.actor && (RELATIVE_GAP.test(text.slice(q.end, m.start)) || STAFF_GAP.test(text.slice(q.end, m.start)))) {
      // "President Xi and his wife Peng Liyuan", "President Li of China and his wife": "his" right after
      // "X and", X's complement allowed between, is X's.
      let x: Mention | undefined;
      for (let k = i - 2; k >= 0 && k >= i - 4 && !x; k--) if (mentions[k]!.type === 'person') x = mentions[k];
      // "the Prime Minister and his wife, X": a holder named by office alone stands there as a name does.
      const coordinated = q.form === 'pronoun' && x && (x.form === 'name' || x.form === 'title') && x.actor && /^[^,.;:!?“”"]{0,40}[ \t\u00a0]and[ \t\u00a0]+$/.test(text.slice(x.end, q.start));
      const principal = coordinated ? x!.actor! : q.actor;
      if (principal !== m.actor) out.set(m.actor, principal);
    }
    for (let k = i + 1; k < mentions.length && k <= i + 3; k++) {
      const p = mentions[k]!;
      if (p.type !== 'person') continue;
      if (p.actor && p.actor !== m.actor && APPOSED_POSSESSOR.test(text.slice(m.end, p.start)) && /^['’]s\b/.test(text.slice(p.end, p.end + 3))) out.set(m.actor, p.actor);
      break;
    }
  }
  return out;
}

/** "Japan–Vietnam Friendship ...", "Russia-Belarus Business Council": the two states a body's name opens with. */
const STATE_PAIR = /^(?:the[ \t\u00a0]+)?(\p{Lu}[\p{L}'’.]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.]*){0,2}?)[ \t\u00a0]*[-‐‑–—][ \t\u00a0]*(\p{Lu}[\p{L}'’.]*(?:[ \t\u00a0]+\p{Lu}[\p{L}'’.]*){0,2}?)[ \t\u00a0]/u;

/** The state a name or demonym stands for. */
function stateNamed(words: string): string | null {
  return countryByName(words)?.iso3 ?? demonymToCountry(words);
}

/** The two different states a body's name opens with, joined by a dash; else none. */
function pairStates(name: string): readonly string[] {
  // Most names hold no dash at all: no expression is run on them.
  if (!holdsPairDash(name)) return NO_STATES;
  // "Permanent Russian-Iranian Commission": up to two words of the body's own may open the name before the pair.
  let rest = name;
  for (let dropped = 0; dropped <= 2; dropped++) {
    const m = STATE_PAIR.exec(rest);
    if (!m) return NO_STATES;
    const a = stateNamed(m[1]!);
    const b = stateNamed(m[2]!);
    if (a && b && a !== b) return [a, b];
    const next = rest.replace(/^(?:the[ \t\u00a0]+)?\p{Lu}[\p{L}'’.]*[ \t\u00a0]+/u, '');
    if (next === rest) return NO_STATES;
    rest = next;
  }
  return NO_STATES;
}

const NO_STATES: readonly string[] = Object.freeze([]);

/** Whether a name holds one of the dashes STATE_PAIR joins two states with (hyphen, U+2010, U+2011, en and em dash). */
function holdsPairDash(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/** Whether a body's name opens with two different states joined by a dash: a body of both. */
export function namesTwoStates(name: string): boolean {
  return pairStates(name).length > 0;
}

/**
 * "a delegation of the Japan–Vietnam Friendship Parliamentary Alliance led by X", received by Viet Nam:
 * a body of two states that comes to one of them comes from the other.
 */
export function pairGuestState(name: string, home: string | null): string | null {
  if (!home) return null;
  const [a, b] = pairStates(name);
  if (!a || !b) return null;
  return a === home ? b : b === home ? a : null;
}

/**
 * "Chairman of the Russia–Vietnam Business Council X" in a release of Viet Nam: the issuer names its own
 * officials by their own offices, so the holder of an office of a body of two states is the other's.
 */
export function pairBodyGuest(title: string | null, home: string | null): string | null {
  if (!title || !home) return null;
  const at = title.search(/[ \t\u00a0]of[ \t\u00a0]/);
  return at < 0 ? null : pairGuestState(title.slice(at + 4).replace(/^the[ \t\u00a0]+/, ''), home);
}

/**
 * Whether a text holds a noun of NATIONAL_NOUNS (`nationals`) and a stem of THANKS_VERBS (`thanks`):
 * what the expressions nationals and thankedForTheirOwn read before each name cannot match without.
 */
export interface ExplicitWords {
  readonly nationals: boolean;
  readonly thanks: boolean;
}

/** Whether `word` occurs within text[from, to), as a part of a longer word too: the answer of text.slice(from, to).includes(word), with no slice made. */
function holdsWithin(text: string, word: string, from: number, to: number): boolean {
  const last = to - word.length;
  const first = word.charCodeAt(0);
  for (let i = from; i <= last; i++) if (text.charCodeAt(i) === first && text.startsWith(word, i)) return true;
  return false;
}

export function explicitCountries(text: string, actors: readonly Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], evidence: CountryEvidence, home: string | null = null, byId: ReadonlyMap<string, Actor> = indexById(actors), words: ExplicitWords = explicitWords(text)): void {
  const set = (m: Mention, country: string | null) => {
    if (!country || !m.actor) return;
    const a = byId.get(m.actor);
    if (!a || a.type !== 'person' || a.nominal) return;
    if (evidence.get(a.id) === 'title' && a.country) return;
    a.country = country;
    evidence.set(a.id, 'text');
  };
  // The expressions read before each name need words most texts never use: the text is asked once,
  // and a text without them reads nothing before its names.
  const leaders = holdsLedBy(text);
  // "his Moldovan colleague, Minister X": in diplomatic usage a colleague is a counterpart.
  const counterparts = text.includes('counterpart') || text.includes('colleague');
  // The legislator who last led a delegation of a state, until a state's word is written again.
  let legislativeLead: { end: number; country: string } | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (legislativeLead && isCountryWord(m)) legislativeLead = null;
    if (m.type !== 'person' || m.form !== 'name') continue;
    // "a delegation of the US Senate led by Senator A. Senator B also joined the call": members of a
    // legislature named soon after one who leads its delegation, with no other state's word between,
    // are that legislature's own.
    const actor = m.actor ? byId.get(m.actor) : undefined;
    if (legislativeLead && actor && m.start - legislativeLead.end <= LEGISLATIVE_COLLEAGUE_REACH && isLegislator(actor.title)) set(m, legislativeLead.country);
    const next = mentions[i + 1];
    if (next && isCountryWord(next)) {
      const gap = text.slice(m.end, next.start);
      // "Amara Diallo (Republic of Guinea)", "President Santos of Colombia".
      // "Governor Brian Kemp of Georgia": a governor's state is the one whose region bears that name.
      const local = m.actor ? regionOfLocalOffice(byId.get(m.actor)?.title ?? null, next.text) : null;
      if ((BRACKET_GAP.test(gap) && BRACKET_CLOSE.test(text.slice(next.end, next.end + 4))) || (OF_GAP.test(gap) && next.form !== 'possessive')) set(m, local ?? next.country);
    } else if (next && next.type === 'organization' && next.form === 'name' && next.country && countryName(next.country) && OF_GAP.test(text.slice(m.end, next.start))) {
      // "MP Ahmad Karimi of the Iranian Parliament": a state's body after the name is the one the person serves.
      set(m, next.country);
    }
    // "the Chief Minister of Sabah, Hajiji Noor": an office of a place the office's own words did not
    // take in (a place only a list of actors knows), right before the name, is of that place's state.
    const place = mentions[i - 1];
    const office = mentions[i - 2];
    if (place && office && place.type === 'place' && place.form === 'name' && place.country && office.type === 'person' && office.form === 'title'
      && OFFICE_OF_GAP.test(text.slice(office.end, place.start)) && /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(text.slice(place.end, m.start))) set(m, place.country);
    // "Alexei Overchuk co-chairs it from the Russian side".
    for (let k = i + 1; k < mentions.length && k <= i + 4; k++) {
      const c = mentions[k]!;
      if (c.start - m.end > 80) break;
      if (c.type === 'organization' && c.form === 'nominal' && c.country && /\bside$/i.test(c.text) && SIDE_LATER.test(text.slice(m.end, c.start))) {
        set(m, c.country);
        break;
      }
      if (c.type === 'person') break;
    }
    // "a delegation of the Republic of Korea headed by Speaker Kim Jin-pyo", "the Korean delegation led by X".
    // The expressions below end at the name and may start anywhere before it: a word they need is looked for first.
    // The 160 characters before the name are cut out only when "by" stands among them.
    const beforeName = leaders && holdsWithin(text, 'by', Math.max(0, m.start - 160), m.start) ? text.slice(Math.max(0, m.start - 160), m.start) : '';
    const led = beforeName !== '' ? LED_BY_BEFORE.exec(beforeName) : null;
    if (led) {
      let at = m.start - Math.min(m.start, 160) + led.index;
      // "... received a German business delegation. The delegation, led by X, offered": the delegation
      // named again by its noun alone is the last one a state's word named, within a few paragraphs.
      const anaphor = THE_DELEGATION_LED.exec(text.slice(Math.max(0, at - 40), at));
      if (anaphor) {
        const anaphorStart = Math.max(0, at - 40) + anaphor.index;
        for (let k = i - 1; k >= 0 && mentions[k]!.end > at - DELEGATION_ANAPHOR_REACH; k--) {
          const c = mentions[k]!;
          if (c.end > anaphorStart) continue;
          // Only a delegation a word of its own names ("a German business delegation"), not "the delegation" again.
          if (c.type === 'organization' && c.form === 'nominal' && c.country && /\bdelegation$/i.test(c.text) && !/^(?:(?:the|a|an)\s+)?delegation$/i.test(c.text) && isCountryWord(c)) {
            set(m, c.country);
            break;
          }
        }
      }
      for (let k = i - 1; k >= 0 && mentions[k]!.end > at - 60; k--) {
        const c = mentions[k]!;
        if (c.end > at) continue;
        // "a delegation of Saudi business leaders to London on 6 February, led by X": where the
        // delegation went (and when) stands between it and its leader; the leader is still the delegation's.
        const trip = c.type === 'place' && c.form === 'name' && !isCountryWord(c) ? DESTINATION_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start)) : null;
        if (trip && DESTINATION_AFTER.test(text.slice(c.end, at))) {
          at = c.start - trip[0].length;
          continue;
        }
        if (c.type === 'place' || (c.type === 'organization' && c.form === 'nominal')) {
          const gap = text.slice(c.end, at);
          const delegationOf = DELEGATION_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start));
          // "a delegation of Saudi business leaders, led by X": a group the text names by its state's word
          // ("Saudi business leaders"), right after "a delegation of", is what the delegation is made of.
          const members = c.type === 'organization' && c.form === 'nominal' && c.country !== null && delegationOf && MEMBERS_GAP.test(gap);
          const named = c.form === 'demonym' || c.type === 'organization' ? DELEGATION_AFTER.test(gap) && /delegation|team|part|side|section/i.test(`${gap} ${c.text}`)
            : /^[ \t\u00a0]*$/.test(gap) && delegationOf;
          // "a delegation of Baden-Württemberg led by X", "a delegation of Novosibirsk Oblast headed by Governor X":
          // a region's or a city's delegation is led by its own officials, who serve its state.
          const region = c.type === 'place' && c.form === 'name' && c.country !== null;
          if (members || (named && (isCountryWord(c) || region))) set(m, c.country);
        }
        // "a delegation of the Committee on Foreign Affairs of the Hellenic Parliament, led by X": a state's own body.
        // "a delegation of the United States Senate led by X": or a body named after its state, right before it.
        const before = mentions[k - 1];
        const state = before && isCountryWord(before) && before.form !== 'possessive' && /^[ \t\u00a0]+$/.test(text.slice(before.end, c.start)) ? before : null;
        const owner = c.country ?? state?.country ?? (c.type === 'organization' && c.form === 'name' ? pairGuestState(c.text, home) : null);
        const from = state ? state.start : c.start;
        // "the Chinese company BYD, headed by Vice President X": a company is led by its own people.
        const company = (c.sector === 'BUS' || c.sector === 'MNC') && c.form === 'acronym';
        if (c.type === 'organization' && (c.form === 'name' || company) && owner && countryName(owner) && /^[ \t\u00a0]*,?[ \t\u00a0]*$/.test(text.slice(c.end, at))
          && (c.sector === 'BUS' || c.sector === 'MNC' || DELEGATION_BEFORE.test(text.slice(Math.max(0, from - 24), from)))) set(m, owner);
        break;
      }
    }
    if (led && actor?.country && evidence.get(actor.id) === 'text' && isLegislator(actor.title) && /delegation/i.test(beforeName)) {
      legislativeLead = { end: m.end, country: actor.country };
    }
    // "Maka Botchorishvili, his Georgian counterpart": the counterpart in apposition after the name.
    const owner = next?.form === 'pronoun' ? mentions[i + 2] : undefined;
    if (next && owner && isCountryWord(owner) && owner.form === 'demonym' && APPOSED_COUNTERPART_GAP.test(text.slice(m.end, owner.start))
      && /^[ \t\u00a0]+(?:counterparts?|colleagues?)(?![\p{L}])/u.test(text.slice(owner.end, owner.end + 16))) set(m, owner.country);
    // "his Tunisian counterpart, Minister of Trade Omar Béhi".
    // The 120 characters before the name are cut out only when "counterpart" stands among them.
    const from = Math.max(0, m.start - 120);
    const before = counterparts && (holdsWithin(text, 'counterpart', from, m.start) || holdsWithin(text, 'colleague', from, m.start)) ? text.slice(from, m.start) : '';
    // "his Georgian counterpart, and Ambassador X": a list goes on to someone else.
    const found = before !== '' ? COUNTERPART_BEFORE.exec(before) : null;
    const cp = found && !/^(?:counterparts?|colleagues?)[ \t\u00a0]*,[ \t\u00a0]*and(?![\p{L}])/u.test(found[0]) ? found : null;
    // "his counterpart from the Kingdom of Eswatini, Minister of Foreign Affairs X": the state after "from".
    if (!cp && before !== '') {
      for (let k = i - 1; k >= 0 && mentions[k]!.end > m.start - 120; k--) {
        const c = mentions[k]!;
        if (c.type === 'person') break;
        if (isCountryWord(c) && COUNTERPART_FROM.test(text.slice(Math.max(0, c.start - 60), c.start))
          && COUNTERPART_FROM_GAP.test(text.slice(c.end, m.start))) {
          set(m, c.country);
          break;
        }
      }
    }
    if (cp) {
      const at = m.start - before.length + cp.index;
      for (let k = i - 1; k >= 0 && mentions[k]!.end > at - 40; k--) {
        const c = mentions[k]!;
        if (c.end <= at && isCountryWord(c) && /^[ \t\u00a0]*$/.test(text.slice(c.end, at))) {
          set(m, c.country);
          break;
        }
      }
    }
  }
  if (words.nationals) nationals(text, mentions, set);
  membersOfStateBody(text, mentions, set);
  coordinatedHolders(text, mentions, set);
  respectiveHolders(text, mentions, set);
  oppositionHeads(text, mentions, set);
  escortedByEnvoy(text, mentions, set);
  leadersOfDelegations(text, mentions, set);
  guestCompanions(text, mentions, set);
  if (words.thanks) thankedForTheirOwn(text, actors, mentions, set);
  delegationMembers(text, mentions, sentences, set);
  // Sides and delegations: the people listed after the side, up to the next side or the sentence end.
  for (let i = 0; i < mentions.length; i++) {
    const c = mentions[i]!;
    if (!isCountryWord(c) || !sideWordsMayFollow(text, c.end)) continue;
    const lead = SIDE_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)) && !officeSubjectBefore(text, c.start);
    const tail = text.slice(c.end, c.end + 80);
    const copula = sideBeforeCopula(c.text, tail, lead);
    // "a Chilean delegation that included": a relative clause after a side its state's own word names
    // reads as the side's verb; a side only the issuer's default gave ("a business delegation that") does not.
    const after = SIDE_AFTER.exec(c.type === 'place' || /^\p{Lu}/u.test(c.text) ? tail.replace(RELATIVE_AFTER_SIDE, '$1') : tail) ?? copula;
    if (!after || (!lead && !copula && !/represented|delegation|side|team|part|section/i.test(after[0]) && !namedSideIncludes(c, after[0]) && !elidedSide(text, c)
      && !(/^[ \t\u00a0]*:/.test(after[0]) && lineOpening(text, c.start) && personRightAfter(text, mentions, i)))) continue;
    const s = sentences[sentenceIndex(sentences, c.start)]!;
    // "From the Czech side:" then one bulleted item per line: the side's list runs on through its items.
    const end = /:[ \t\u00a0]*$/.test(after[0]) ? bulletedItemsEnd(text, sentences, sentenceIndex(sentences, c.start)) : s.end;
    // "From Kazakhstan, Minister X took part": a side named by a bare comma opens its clause.
    // "explained Japan's position on North Korea, referring to Minister X": a phrase that
    // completes a noun or verb before it names the subject, not a side.
    // "On Syria, Deputy Minister X met ...": "on" with a state's bare name names a topic; "on the
    // Syrian side" (a side's own mention) or "on behalf of Syria" names a side.
    if (lead && !copula && /^[ \t\u00a0]*,$/.test(after[0]) && (!clauseOpening(text, s.start, c.start) || (c.type === 'place' && c.form !== 'demonym' && TOPIC_ON_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))))) continue;
    for (let k = i + 1; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.start >= end) break;
      // "the former foreign minister of Bolivia, X": a state after an office's "of" completes the office
      // of one member of the side; it opens no other side.
      if (isCountryWord(m) && m.country !== c.country && !OFFICE_COMPLEMENT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
        && (SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || SIDE_AFTER.test(text.slice(m.end, m.end + 80)))) break;
      if (m.type === 'person' && m.form === 'name' && !/^['’]s/.test(text.slice(m.end, m.end + 2))) set(m, c.country);
    }
  }
  respectiveLeaders(text, mentions, set);
}

/** ", ", " and Minister ": between two leaders of a list, titles allowed. */
const LEADER_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+){0,4}$/u;
/** A plural noun of the groups the states send ("delegations", "their teams"), or "respectively": each state leads one of them. */
const GROUPS_EACH = /\b(?:delegations|teams|sides|respectively)\b/i;
/** Most characters read before the first state for the plural noun of their groups: "the delegations of ". */
const GROUPS_BEFORE_STATES = 16;
/** Most characters from the last state of a list to "led by". */
const STATES_TO_LEADERS = 120;

/**
 * "Latvian and Estonian delegations, led by A and B", "Latvia and Estonia held talks, with their teams
 * led by A and B respectively": a list of states, then the groups each sends led by a list of as many
 * people, gives each leader the state in the same place of its list. One state, lists of different
 * lengths or no plural group and no "respectively" say nothing.
 */
function respectiveLeaders(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  for (let i = 1; i < mentions.length; i++) {
    const first = mentions[i]!;
    if (first.type !== 'person' || first.form !== 'name') continue;
    const before = text.slice(Math.max(0, first.start - 60), first.start);
    const led = LED_BY_BEFORE.exec(before);
    if (!led) continue;
    const ledAt = first.start - before.length + led.index;
    const leaders: Mention[] = [first];
    for (let n = i + 1; n < mentions.length; n++) {
      const m = mentions[n]!;
      if (m.type !== 'person' || m.form !== 'name' || !LEADER_GAP.test(text.slice(leaders[leaders.length - 1]!.end, m.start))) break;
      leaders.push(m);
    }
    if (leaders.length < 2) continue;
    // The states: the run of country words nearest before "led by", with no person between.
    const states: Mention[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const c = mentions[k]!;
      if (c.type === 'person') break;
      if (!isCountryWord(c)) continue;
      if (states.length === 0) {
        if (ledAt - c.end > STATES_TO_LEADERS) break;
        states.push(c);
      } else if (LIST_ITEM_GAP.test(text.slice(c.end, states[0]!.start))) states.unshift(c);
      else break;
    }
    if (states.length !== leaders.length) continue;
    const after = text.slice(leaders[leaders.length - 1]!.end, leaders[leaders.length - 1]!.end + 16);
    // "The delegations of A and B, led respectively by", "A and B delegations, led by".
    if (!GROUPS_EACH.test(text.slice(Math.max(0, states[0]!.start - GROUPS_BEFORE_STATES), first.start)) && !/^[ \t\u00a0,]*respectively\b/.test(after)) continue;
    for (let n = 0; n < leaders.length; n++) set(leaders[n]!, states[n]!.country);
  }
}

/**
 * The first character each of SIDE_AFTER and SIDE_COPULA can read after the gaps: a letter opening one of
 * their words in either case ("side", "delegation", "team", "party", "part", "section", "was", "were", "at",
 * "during", "in", "of", "also", "included", "comprised", "consisted", "members", "by"; "that" and "which"
 * before a side's verb), the possessive's apostrophe, a comma, a colon or a dash. ASCII by code.
 */
const SIDE_FIRST_ASCII: readonly boolean[] = Array.from({ length: 128 }, (_, c) => "sdtpwaiocmbSDTPWAIOCMB',:".includes(String.fromCharCode(c)));

/**
 * Whether a side's verb or copula may follow a state's word ending at `end`: false when the first
 * character after the gaps is none SIDE_AFTER or SIDE_COPULA could start on (the long s, which the
 * first's case folding reads as "s", counts), so that most state words are asked neither expression.
 */
function sideWordsMayFollow(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && isGapChar(text.charCodeAt(at))) at++;
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  return c < 128 ? SIDE_FIRST_ASCII[c]! : c === 0x2019 || c === 0x2013 || c === 0x2014 || c === 0x17f;
}

/** Most list items read after a side's colon. */
const MAX_SIDE_ITEMS = 40;

/**
 * Where the list after a sentence ending in a colon ends: past each following sentence that opens
 * with a bullet or an item number; the sentence's own end when none does.
 */
function bulletedItemsEnd(text: string, sentences: readonly Sentence[], s: number): number {
  let end = sentences[s]!.end;
  for (let k = s + 1; k < sentences.length && k - s <= MAX_SIDE_ITEMS; k++) {
    const item = sentences[k]!;
    if (!LIST_BULLET.test(text.slice(item.start, Math.min(item.end, item.start + 8)))) break;
    end = item.end;
  }
  return end;
}

/**
 * Whether the state's name at `at` opens its line, perhaps after a bullet: "Kazakhstan: Foreign Minister
 * X" as a list item is a side's label, and the people of the line are of that side. Only the few
 * characters before the name are read, so a long line costs no more than a short one.
 */
function lineOpening(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 5), at);
  const line = before.lastIndexOf('\n');
  if (line < 0 && at > 4) return false;
  const head = before.slice(line + 1);
  return LINE_BULLET.test(head);
}

/** Most characters of a bullet before a state's name at the head of a line: "• ", "- ". */
const LINE_BULLET = new RegExp(`^[ \\t\\u00a0]*(?:${BULLET_MARKS}[ \\t\\u00a0]*)?$`);

/** ": Foreign Minister ", ": the Minister of Trade ": a colon and the words of an office, up to a name. */
const COLON_OFFICE_GAP = /^[ \t\u00a0]*:[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$/u;

/** Whether the mention after mentions[i] is a person named right after its colon, perhaps with an office: "Kazakhstan: Foreign Minister X". */
function personRightAfter(text: string, mentions: readonly Mention[], i: number): boolean {
  const next = mentions[i + 1];
  return next !== undefined && next.type === 'person' && next.form === 'name' && COLON_OFFICE_GAP.test(text.slice(mentions[i]!.end, next.start));
}

/**
 * "From the ", "; on behalf of ", "and for ", "Present for ": a side's preposition opening a clause,
 * perhaps after one word of presence, up to the state's name.
 */
const CLAUSE_SIDE_BEFORE = /(?:^|[,;:–—]|(?<![\p{L}])and)[ \t\u00a0]*(?:[\p{L}]+[ \t\u00a0]+)?(?:on[ \t\u00a0]+behalf[ \t\u00a0]+of|from|for|on)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;

/** " delegation that ", " side which ": a relative pronoun after a side's noun. */
const RELATIVE_AFTER_SIDE = /^([ \t\u00a0]*(?:(?:side|delegation|team)[ \t\u00a0]+)?)(?:that|which)[ \t\u00a0]+/;

/** " of ", " of the " right before a state's name: the state completes an office or a body. */
const OFFICE_COMPLEMENT_BEFORE = /(?<![\p{L}])of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/** "On ", "on the " right before a state's name, not "on behalf of ". */
const TOPIC_ON_BEFORE = /(?<![\p{L}])on[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;

/** Whether the side's preposition before a state's name opens its sentence or clause. */
function clauseOpening(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 40);
  // Only the sentence's own start counts as one; a cut mid-sentence does not.
  const before = text.slice(from, at).trimStart();
  return CLAUSE_SIDE_BEFORE.test(from === sentenceStart ? before : `x${before}`);
}

/** Nouns of nationality or of a calling; each is also looked for in the text before the expression is run. */
export const NATIONAL_NOUNS: readonly string[] = ['national', 'citizen', 'subject', 'diplomat', 'businessman', 'businesswoman', 'businessmen', 'entrepreneur', 'activist', 'politician',
  'industrialist', 'investor', 'banker', 'partner', 'executive'];
/**
 * "the French nationals ", "American citizen ", "the Ghanaian diplomat ", "Indian businessman ", "his
 * Argentine partner ", "Estonian entrepreneurs such as ": a demonym and a noun of nationality or of a
 * person's calling (or a business partner's) right before a name. One lower-case word may say what
 * the calling is in ("Norwegian shipping executive ", "Chilean mining investor ").
 */
const NATIONAL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}-]*)[ \t\u00a0]+(?:\p{Ll}[\p{L}-]*[ \t\u00a0]+)?(${NATIONAL_NOUNS.join('|')})(s?)[ \t\u00a0]*,?[ \t\u00a0]*(?:(?<=s[ \t\u00a0,]*)(?:such[ \t\u00a0]+as|including|like)[ \t\u00a0]+)?$`, 'u');
/** Whether a text holds one of NATIONAL_NOUNS, which NATIONAL_BEFORE cannot match without. */
const namesNationalNoun = holdsAnyOf(NATIONAL_NOUNS);
/** The words NATIONAL_BEFORE may end in, before the gaps and comma at its end: a noun, its plural, or the words of an example. */
const NATIONAL_ENDINGS: readonly string[] = [...NATIONAL_NOUNS, ...NATIONAL_NOUNS.map((n) => `${n}s`), 'as', 'including', 'like'];

/**
 * Whether text[0, end), without the gaps and commas at its end, ends in one of NATIONAL_ENDINGS: what
 * NATIONAL_BEFORE needs, read back from the name, so that the expression runs only where it may match.
 */
function nationalEndingBefore(text: string, end: number): boolean {
  let at = end;
  while (at > 0 && (isGapChar(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 44)) at--;
  for (const w of NATIONAL_ENDINGS) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * "the French nationals Ofer Kalderon and Ohad Yahalomi", "American citizen Mustafa Kassem": a person
 * called a national or citizen of a state, by its demonym, is of that state; a plural noun gives it to
 * every name of the list it opens.
 */
/**
 * ", members of the ", ", both members of a visiting delegation of the ": a plural apposition after a
 * list of names that says what body they belong to, up to that body or its state.
 */
const MEMBERS_OF_AFTER = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:both|all)[ \t\u00a0]+)?members[ \t\u00a0]+of[ \t\u00a0]+(?:(?:a|an|the)[ \t\u00a0]+)?(?:(?:visiting|parliamentary|official|high-level|joint)[ \t\u00a0]+)?(?:delegation[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?$/iu;
/** ", " or " and ", perhaps with a capitalised office ("and Congresswoman "), between two names of one list. */
const LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:and[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}.'’-]*[ \t\u00a0]+){0,4}$/u;

/**
 * "Senator Mark Ellison and Congresswoman Dana Whitlock, members of a visiting delegation of the U.S.
 * Congress": people named as members of a state's body, or of a delegation of a state, serve that
 * state; the apposition covers every name of the list it closes.
 */
function membersOfStateBody(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  if (!text.includes('members of')) return;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name') continue;
    let body = mentions[i + 1]!;
    // "a delegation of the U.S. Congress": the delegation is read as a group; the body after it names its state.
    if (body.type === 'organization' && body.form === 'nominal' && /^delegation$/i.test(body.text) && mentions[i + 2]) body = mentions[i + 2]!;
    if (body.start - m.end > 90 || !MEMBERS_OF_AFTER.test(text.slice(m.end, body.start))) continue;
    const state = body.type === 'organization' && body.form === 'name' && body.country && countryName(body.country) ? body.country
      : body.type === 'place' && isCountryWord(body) && body.form !== 'possessive' ? body.country : null;
    if (!state) continue;
    set(m, state);
    for (let k = i - 1, after = m; k >= 0; k--) {
      const p = mentions[k]!;
      if (p.type !== 'person' || p.form !== 'name' || !LIST_GAP.test(text.slice(p.end, after.start))) break;
      set(p, state);
      after = p;
    }
  }
}

/** " MPs ", " Senators ", " Members of Parliament ": a state's demonym, then an office in the plural, right before the first name of a list. */
const PLURAL_OFFICE = /^[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+){0,2}?(?:(?!(?:Affairs|Relations|Sports|Works|Communications|Customs|Resources|Services|Forces|Arms)[ \t\u00a0])[\p{Lu}][\p{L}'’-]*[a-z]s|[\p{Lu}]{2,}s|Members[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\p{Lu}][\p{L}'’-]*)[ \t\u00a0]+$/u;
/** " MP ", " Senator ", " Deputy Minister ": a state's demonym, then one capitalised office, right before a name. */
const SINGLE_OFFICE = /^[ \t\u00a0]+((?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+){1,3})$/u;
/** ", " or " and " (", and ") between two names of one list under one office. */
const BARE_LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)$/;
/** " and MP ", ", and Senator ": "and", then the capitalised words of an office, before the second name. */
const AND_OFFICE_GAP = /^[ \t\u00a0]*,?[ \t\u00a0]*and[ \t\u00a0]+((?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+){1,3}?)[ \t\u00a0]*$/u;

/**
 * "the German MPs Anna Kiss and Jonas Berg": a state's demonym before an office in the plural gives
 * that state to every name of the list the office opens. "British MP Anna Kiss and MP Jonas Berg": a
 * second holder of the same office, joined by "and", shares the demonym of the first, for the office
 * is said once of both; another office after "and" ("and Minister Jonas Berg") is said of its own.
 */
function coordinatedHolders(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i]!;
    if (d.type !== 'place' || d.form !== 'demonym' || !d.country) continue;
    const first = mentions[i + 1]!;
    if (first.type !== 'person' || first.form !== 'name' || first.start - d.end > 40) continue;
    const gap = text.slice(d.end, first.start);
    const plural = PLURAL_OFFICE.test(gap);
    const single = plural ? null : SINGLE_OFFICE.exec(gap);
    if (!plural && !single) continue;
    if (plural) set(first, d.country);
    const office = single ? single[1]!.trim().replace(/[ \t\u00a0]+/g, ' ') : '';
    for (let k = i + 2, before = first; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.type !== 'person' || m.form !== 'name') break;
      const between = text.slice(before.end, m.start);
      const repeated = plural ? null : AND_OFFICE_GAP.exec(between);
      if (plural ? !BARE_LIST_GAP.test(between) : repeated?.[1]!.trim().replace(/[ \t\u00a0]+/g, ' ') !== office) break;
      set(m, d.country);
      before = m;
      // "MP A and MP B": only the one holder after "and" repeats the office.
      if (!plural) break;
    }
  }
}

/** "the Presidents of ", "Foreign Ministers of the ": an office in the plural, right before the first state it is of. */
const PLURAL_OFFICE_OF = /(?<![\p{L}])((?:[\p{L}-]+[ \t\u00a0]+){0,2}?[\p{L}-]+(?:s|men))[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** ", ", " and ", ", and the " between two items of one list. */
const LIST_ITEM_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+)?|and[ \t\u00a0]+)(?:the[ \t\u00a0]+)?$/;
/** ", " between the list of states and the list of their holders. */
const HOLDERS_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*$/;
/** ", the ", ", " between a list of holders and the plural office of the states after it. */
const OFFICE_AFTER_HOLDERS = /^[ \t\u00a0]*,[ \t\u00a0]*(?:the[ \t\u00a0]+)?$/;

/** Space, tab or no-break space: the gaps PLURAL_OFFICE_OF allows between its words. */
function isGapChar(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** Where a run of gaps (at least one) ending at `end` starts; -1 when none ends there. */
function gapsBefore(text: string, end: number): number {
  let at = end;
  while (at > 0 && isGapChar(text.charCodeAt(at - 1))) at--;
  return at < end ? at : -1;
}

/**
 * Where `word` starts when text[0, end) ends in it, a run of gaps and perhaps "the" and another run
 * ("of ", "of the "); else -1. What an expression ending in `word[ \t\u00a0]+(?:the[ \t\u00a0]+)?$` needs,
 * read backwards from its end, so that the expression is run only where it may match.
 */
function wordBeforeGaps(text: string, end: number, word: string): number {
  const at = gapsBefore(text, end);
  if (at < 0) return -1;
  if (at >= word.length && text.startsWith(word, at - word.length)) return at - word.length;
  if (at >= 3 && text.startsWith('the', at - 3)) {
    const gap = gapsBefore(text, at - 3);
    if (gap >= word.length && text.startsWith(word, gap - word.length)) return gap - word.length;
  }
  return -1;
}

/** Whether a run of gaps ends at `at`, right after a word ending in "s" or "men". */
function pluralBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isGapChar(text.charCodeAt(k - 1))) k--;
  return k < at && k > 0 && (text.charCodeAt(k - 1) === 115 /* s */ || (k >= 3 && text.startsWith('men', k - 3)));
}

/**
 * Whether text[from, to) holds "of" and a gap right after a plural ("heads of "): what PLURAL_HEAD_OF_OF
 * needs before the "of" at `to` it ends on.
 */
function pluralOfWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (text.charCodeAt(i) === 111 /* o */ && text.charCodeAt(i + 1) === 102 /* f */ && isGapChar(text.charCodeAt(i + 2)) && pluralBefore(text, i)) return true;
  }
  return false;
}

/**
 * Whether a run of gaps before `word` follows a letter that COUNTERPARTS_FROM's "counterparts" may end
 * on: "s" in any case ("ſ" folds to "s" as well, the expression being case-blind).
 */
function wordAfterCounterparts(text: string, word: number): boolean {
  const gap = gapsBefore(text, word);
  if (gap <= 0) return false;
  const c = text.charCodeAt(gap - 1);
  return c === 115 /* s */ || c === 83 /* S */ || c === 0x17f /* ſ */;
}

/** Whether the words name an office in the plural ("Presidents", "Foreign Ministers", "chairmen"). */
function pluralOffice(words: string): boolean {
  const parts = words.trim().split(/[ \t\u00a0]+/);
  const last = parts[parts.length - 1]!;
  const singular = singularOffice(last);
  for (let k = 0; k < parts.length; k++) {
    if (titleByWords([...parts.slice(k, -1), singular].join(' '))) return true;
  }
  return false;
}

/** "heads of government of ", "ministers of foreign affairs of the ": an office in the plural with a complement of its own. */
const PLURAL_HEAD_OF_OF = /(?<![\p{L}])((?:[\p{L}-]+[ \t\u00a0]+)?[\p{L}-]+(?:s|men))[ \t\u00a0]+of[ \t\u00a0]+((?:[\p{L}-]+[ \t\u00a0]+){1,3}?)of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "counterparts from ", "his counterparts from the ": holders of the same office as one named, from a list of states. */
const COUNTERPARTS_FROM = /(?<![\p{L}])counterparts[ \t\u00a0]+(?:from|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;

/**
 * The length of the office in the plural right before the state at `at` that opens a list of states:
 * "Presidents of ", "heads of government of ", "ministers of foreign affairs of the ", "counterparts
 * from ". Null when the words before are no office of several holders.
 */
function pluralOfficeBefore(text: string, at: number): { length: number } | null {
  // The "of" or "from" every expression below ends on (with "the" perhaps); the two never both end there.
  const ofAt = wordBeforeGaps(text, at, 'of');
  const word = ofAt >= 0 ? ofAt : wordBeforeGaps(text, at, 'from');
  if (word < 0) return null;
  const from = Math.max(0, at - 60);
  const before = text.slice(from, at);
  // Each expression may start at any of the 60 characters before the state: it is run only where a
  // look at a few characters before its last word finds what it cannot match without, which is seldom.
  const counterparts = wordAfterCounterparts(text, word) ? COUNTERPARTS_FROM.exec(before) : null;
  if (counterparts) return { length: counterparts[0].length };
  // "Presidents of ", "chairmen of the ": a plural right before the "of".
  if (ofAt >= 0 && pluralBefore(text, ofAt)) {
    const office = PLURAL_OFFICE_OF.exec(before);
    if (office && pluralOffice(office[1]!)) return { length: office[0].length };
  }
  // "the heads of government of A and B": the plural's own "of" phrase completes the office ("head of government").
  const headOf = ofAt >= 0 && pluralOfWithin(text, from, ofAt) ? PLURAL_HEAD_OF_OF.exec(before) : null;
  if (headOf && pluralOffice(`${headOf[1]!}`) && titleByWords(`${singularOffice(headOf[1]!.trim().split(/[ \t\u00a0]+/).pop()!)} of ${headOf[2]!.trim()}`.toLowerCase())) {
    return { length: headOf[0].length };
  }
  return null;
}

/** The singular of an office's last word: "heads" → "head", "chairmen" → "chairman", "deputies" → "deputy". */
function singularOffice(word: string): string {
  return /men$/.test(word) ? word.replace(/men$/, 'man') : /ies$/.test(word) ? word.replace(/ies$/, 'y') : word.replace(/s$/, '');
}

/** A state named by its name (not a demonym or a possessive). */
function stateName(m: Mention | undefined): m is Mention {
  return !!m && m.type === 'place' && m.placeKind === 'country' && m.form === 'name' && !!m.country;
}

/**
 * "the Presidents of Kazakhstan and Kyrgyzstan, A and B", "A and B, the Prime Ministers of Chile and Peru", "the
 * heads of government of A, B and C, X, Y and Z", "his counterparts from A and B, X and Y": an office in the plural of a list of states, in apposition with a list of as many names, gives each name the
 * state in the same place of its list ("respectively"). Lists of different lengths say nothing.
 */
function respectiveHolders(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    if (!stateName(first)) continue;
    const office = pluralOfficeBefore(text, first.start);
    if (!office) continue;
    const states: Mention[] = [first];
    let k = i + 1;
    while (k < mentions.length && stateName(mentions[k]) && LIST_ITEM_GAP.test(text.slice(states[states.length - 1]!.end, mentions[k]!.start))) states.push(mentions[k++]!);
    if (states.length < 2) continue;
    const last = states[states.length - 1]!;
    // After the states: ", A and B".
    const after: Mention[] = [];
    if (k < mentions.length && HOLDERS_GAP.test(text.slice(last.end, mentions[k]!.start))) {
      for (let n = k; n < mentions.length && after.length < states.length + 1; n++) {
        const m = mentions[n]!;
        if (m.type !== 'person' || m.form !== 'name') break;
        if (after.length > 0 && !LIST_ITEM_GAP.test(text.slice(after[after.length - 1]!.end, m.start))) break;
        after.push(m);
      }
    }
    // Before the office: "A and B, the Presidents of".
    const before: Mention[] = [];
    const officeStart = first.start - office.length;
    let b = i - 1;
    if (b >= 0 && mentions[b]!.type === 'person' && mentions[b]!.form === 'name' && OFFICE_AFTER_HOLDERS.test(text.slice(mentions[b]!.end, officeStart))) {
      for (; b >= 0 && before.length < states.length + 1; b--) {
        const m = mentions[b]!;
        if (m.type !== 'person' || m.form !== 'name') break;
        if (before.length > 0 && !LIST_ITEM_GAP.test(text.slice(m.end, before[0]!.start))) break;
        before.unshift(m);
      }
    }
    const holders = after.length === states.length ? after : before.length === states.length ? before : null;
    if (!holders) continue;
    for (let n = 0; n < holders.length; n++) set(holders[n]!, states[n]!.country);
  }
}

/** How many sentences after two people named together their offices may be said. */
const PAIR_OFFICES_REACH = 3;
/** "The President of Russia and the President of ": one office said of each of two states, between them. */
const EACH_OFFICE_GAP = /^[ \t\u00a0]*and[ \t\u00a0]+the[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+){1,3}of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "The President of ", "the Prime Minister of the ": a singular office opening its sentence, right before the first state. */
const OPENING_OFFICE_OF = /^[ \t\u00a0]*(?:[Tt]he[ \t\u00a0]+)?((?:[\p{Lu}][\p{L}'’-]*[ \t\u00a0]+){1,3})of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "The presidents of ", "The two Presidents of the ": an office in the plural opening its sentence, right before the first state. */
const OPENING_PLURAL_OF = /^[ \t\u00a0]*(?:[Tt]he[ \t\u00a0]+)?(?:two[ \t\u00a0]+)?((?:[\p{L}-]+[ \t\u00a0]+){0,2}?[\p{L}-]+s)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/**
 * "Vladimir Putin and X adopted a Joint Statement. The presidents of Russia and Uzbekistan made statements for the
 * press": two people named together, then in the next sentence the offices of two states said as its subject, are
 * those two states' holders; when one of the two already serves one of the states, the other serves the other.
 */
export function pairThenOffices(text: string, actors: readonly Actor[], mentions: readonly Mention[], sentences: readonly Sentence[], byId: ReadonlyMap<string, Actor> = indexById(actors)): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.type !== 'person' || b.type !== 'person' || a.form !== 'name' || b.form !== 'name' || !a.actor || !b.actor || a.actor === b.actor) continue;
    if (!/^[ \t\u00a0]+and[ \t\u00a0]+$/.test(text.slice(a.end, b.start))) continue;
    const x = byId.get(a.actor);
    const y = byId.get(b.actor);
    if (!x || !y || x.type !== 'person' || y.type !== 'person' || x.nominal || y.nominal) continue;
    const s = sentenceIndex(sentences, b.start);
    // The offices may open any of the next few sentences ("... made statements. Moderator: Good afternoon. The President of ...").
    for (let n = s + 1; n <= s + PAIR_OFFICES_REACH && n < sentences.length; n++) {
      const next = sentences[n]!;
      let k = lowerBound(mentions, next.start);
      // The office's own mentions ("presidents" as a body of holders, "President" as a title) stand before the first state.
      while (k < mentions.length && mentions[k]!.start < next.start + 60 && !stateName(mentions[k]) && mentions[k]!.type !== 'place') k++;
      const first = mentions[k];
      // "the President of Russia and the President of Kazakhstan": the second office is a mention of its own too.
      let k2 = k + 1;
      while (k2 < mentions.length && mentions[k2]!.type === 'person' && mentions[k2]!.form === 'title' && mentions[k2]!.end <= next.end) k2++;
      const second = mentions[k2];
      if (!stateName(first) || !stateName(second) || second.end > next.end) continue;
      const lead = text.slice(next.start, first.start);
      const gap = text.slice(first.end, second.start);
      const plural = OPENING_PLURAL_OF.exec(lead);
      const each = OPENING_OFFICE_OF.exec(lead);
      const fits = (plural && pluralOffice(plural[1]!) && LIST_ITEM_GAP.test(gap)) || (each && titleByWords(each[1]!.trim()) && EACH_OFFICE_GAP.test(gap));
      if (!fits || first.country === second.country) continue;
      const states = [first.country!, second.country!];
      const other = (c: string) => states.find((t) => t !== c)!;
      if (x.country && states.includes(x.country) && !y.country) y.country = other(x.country);
      else if (y.country && states.includes(y.country) && !x.country) x.country = other(y.country);
      break;
    }
  }
}

/** "leader of the ", "the chairman of ": the office of one who heads a party or a camp, up to what is headed. */
const HEAD_OF_BEFORE = /(?<![\p{L}])(?:leader|head|chair(?:man|woman|person)?|president|spokes(?:man|woman|person))[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
/** ", the leader of the ", ", chairman of ": an apposition after a name that gives the party the person heads. */
const HEADS_PARTY_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:the|a)[ \t\u00a0]+)?(?:leader|head|chair(?:man|woman|person)?|president)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/iu;
/** ", the main ", ", the largest ": an apposition after a party's name that says what kind of party it is. */
const PARTY_KIND_GAP = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:the|a)[ \t\u00a0]+)?(?:\p{Ll}[\p{L}-]*[ \t\u00a0]+){0,2}$/u;
/** " in the ", " of ": where a party sits, after the word that names it a party. */
const SITS_IN_GAP = /^[ \t\u00a0]+(?:in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/;

/**
 * An opposition serves the state whose politics it opposes in: "the leader of the Hungarian
 * opposition, X" is Hungary's, whatever state issues the release; "X, chairman of the Y Party, the
 * main opposition party in the Grand National Assembly of Türkiye" heads a party the text places in a
 * state's parliament, and serves that state.
 */
function oppositionHeads(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  if (!text.includes('opposition')) return;
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name') continue;
    const camp = mentions[i - 1]!;
    if (camp.type === 'organization' && camp.form === 'nominal' && camp.country && countryName(camp.country) && /(?<![\p{L}])opposition$/iu.test(camp.text)
      && /^[ \t\u00a0]*,[ \t\u00a0]*$/.test(text.slice(camp.end, m.start)) && HEAD_OF_BEFORE.test(text.slice(Math.max(0, camp.start - 40), camp.start))) {
      set(m, camp.country);
      continue;
    }
    const party = mentions[i + 1];
    const kind = mentions[i + 2];
    const seat = mentions[i + 3];
    if (!party || !kind || !seat || party.type !== 'organization' || party.form !== 'name' || party.country !== null) continue;
    if (kind.type !== 'organization' || kind.form !== 'nominal' || !/(?<![\p{L}])(?:opposition(?:[ \t\u00a0]+party)?|party)$/iu.test(kind.text)) continue;
    const state = seat.type === 'organization' && seat.form === 'name' && seat.country && countryName(seat.country) ? seat.country
      : isCountryWord(seat) && seat.form !== 'possessive' && seat.form !== 'demonym' ? seat.country : null;
    if (!state || !HEADS_PARTY_GAP.test(text.slice(m.end, party.start)) || !PARTY_KIND_GAP.test(text.slice(party.end, kind.start)) || !SITS_IN_GAP.test(text.slice(kind.end, seat.start))) continue;
    set(m, state);
  }
}

/** "opposition" as a word of its own, and what ends a clause before a name. */
const OPPOSITION_WORD = /(?<![\p{L}])opposition(?![\p{L}])/iu;
const CLAUSE_BREAK = /[.;:!?“”"«»()\n]/;
/** How far before a name an "opposition" that describes it may stand. */
const OPPOSITION_WINDOW = 90;
const BARE_OPPOSITION = /^(?:the[ \t\u00a0]+)?opposition(?:[ \t\u00a0]+(?:party|parties|bloc|movement|politicians?|leaders?|figures?))?$/i;

/**
 * People the text names as of an opposition ("the opposition politician X", "the opposition, including
 * the movement led by X", "X, an opposition leader") with no other state word between: ids of their
 * actors, with the state the opposition's own words name ("a leader of the Georgian opposition party
 * P, and X, who chairs ..."), or null. An official release names another state's opposition far more
 * often than its own, so those with null serve the state the release is about when nothing else places them.
 */
export function oppositionFigures(text: string, mentions: readonly Mention[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!OPPOSITION_WORD.test(text)) return out;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const before = text.slice(Math.max(0, m.start - OPPOSITION_WINDOW), m.start);
    const at = before.search(/(?<![\p{L}])opposition(?![\p{L}])(?![\s\S]*(?<![\p{L}])opposition(?![\p{L}]))/iu);
    const after = text.slice(m.end, m.end + 40);
    const apposed = /^[ \t\u00a0]*,[ \t\u00a0]*(?:an?|the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?opposition(?![\p{L}])/iu.test(after);
    if (at < 0 && !apposed) continue;
    if (at >= 0 && CLAUSE_BREAK.test(before.slice(at))) continue;
    // A state word or another person between the opposition and the name says whose it is, or whom it describes.
    const from = at >= 0 ? m.start - before.length + at : m.start;
    let placed = false;
    let own: string | null = null;
    for (let k = i - 1; k >= 0 && mentions[k]!.end > from; k--) {
      const c = mentions[k]!;
      // The bare "opposition" itself is no state's word, whatever country a group of it was given.
      if (c.type === 'organization' && c.form === 'nominal' && BARE_OPPOSITION.test(c.text)) continue;
      // "the Georgian opposition party": the group holding the word names the opposition's state.
      if (c.type === 'organization' && c.form === 'nominal' && c.start <= from && from < c.end && c.country && countryName(c.country)) {
        own = c.country;
        continue;
      }
      if (isCountryWord(c) || (c.type === 'person' && c.form !== 'name') || (c.country && c.type !== 'person')) placed = true;
    }
    if (!placed) out.set(m.actor, own);
  }
  return out;
}

/** ", accompanied by the ", " who was accompanied by ": a person's escort named next, perhaps after the envoy's office. */
const ACCOMPANIED_BY = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:who[ \t\u00a0]+(?:was|were)[ \t\u00a0]+)?(?:also[ \t\u00a0]+)?accompanied[ \t\u00a0]+by[ \t\u00a0]+[^.;:!?“”"«»]{0,80}$/u;
/** Offices of a state's envoys abroad, which serve the state that sends them. */
export const ENVOY_OFFICE = /\b(?:Ambassador|High Commissioner|Charg[ée] d['’]Affaires)\b/i;

/**
 * "received Senator Tom Harris, accompanied by the Ambassador of the United States, Ann Lee": an
 * envoy goes along with people of the state that sent them, so one the text gives no state of serves
 * the envoy's.
 */
function escortedByEnvoy(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  if (!text.includes('accompanied by')) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name' || m.country) continue;
    // The envoy: the next person named, past the state words of the office.
    let envoy: Mention | undefined;
    for (let k = i + 1; k < mentions.length && k <= i + 3; k++) {
      const c = mentions[k]!;
      if (c.type === 'person') {
        envoy = c;
        break;
      }
      if (c.type !== 'place') break;
    }
    if (!envoy || envoy.form !== 'name' || !envoy.country || envoy.start - m.end > 120 || !ENVOY_OFFICE.test(envoy.title ?? '')) continue;
    if (ACCOMPANIED_BY.test(text.slice(m.end, envoy.start))) set(m, envoy.country);
  }
}

/** ", who led a delegation of the ", " headed a business delegation from ": a leader's verb and a delegation's "of", after the leader's name. */
const LEADS_DELEGATION = /^[ \t\u00a0]*(?:,[ \t\u00a0]*who[ \t\u00a0]+)?(?:(?:is|was)[ \t\u00a0]+)?(?:led|leads|leading|headed|heads|heading)[ \t\u00a0]+(?:a|the)[ \t\u00a0]+(?:\p{Ll}+[ \t\u00a0]+)?delegation[ \t\u00a0]+(?:of|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]+){1,3}of[ \t\u00a0]+(?:the[ \t\u00a0]+)?)?$/u;
/** After the delegation's state or region: a stop, or a preposition of its journey; not a noun of its members ("of Ohio farmers"). */
const DELEGATION_OWNER_END = /^(?:[ \t\u00a0]*(?:[,.;:)–—]|$)|[ \t\u00a0]+(?:to|in|on|at|for|and)(?![\p{L}]))/u;
/** Most characters between a leader's name and the state or region whose delegation the leader led. */
const LED_DELEGATION_REACH = 90;

/**
 * "Vice Governor X, who led a delegation of the Prefecture of Niigata, met ...", "X headed a delegation
 * from Bavaria": one who leads a region's or a state's delegation serves that state, whoever issued the
 * text. A delegation "of" farmers or "to" a place says nothing of its leader.
 */
function leadersOfDelegations(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  if (!text.includes('delegation')) return;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name') continue;
    for (let k = i + 1; k < mentions.length && k <= i + 3; k++) {
      const c = mentions[k]!;
      if (c.start - m.end > LED_DELEGATION_REACH || c.type === 'person') break;
      // The delegation itself, a noun the mentions stage gives its side's state, is passed over.
      if (!c.country || c.form === 'nominal' || !(isCountryWord(c) || (c.type === 'place' && c.form === 'name'))) continue;
      if (LEADS_DELEGATION.test(text.slice(m.end, c.start)) && DELEGATION_OWNER_END.test(text.slice(c.end, c.end + 8))) set(m, c.country);
      break;
    }
  }
}

/** " guest was accompanied by Ambassador ", " visitors were joined by ": a guest's noun after a demonym, up to a companion's name. */
const GUEST_JOINED_BY = /^[ \t\u00a0]+(?:guests?|visitors?)[ \t\u00a0]+(?:was|were)[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:joined|accompanied)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:the|[\p{Lu}][\p{L}'’.-]*|of|for|and)[ \t\u00a0]+){0,8}$/u;

/**
 * "The Korean guest was accompanied by Ambassador Kim Hee-sang": a guest named by the demonym of their
 * state brings along people of that state. The host's own people are named as the host's ("and the
 * Minister by Deputy Minister X"), which this leaves alone.
 */
function guestCompanions(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const c = mentions[i]!;
    if (c.type !== 'place' || c.form !== 'demonym' || !c.country) continue;
    for (let k = i + 1; k < mentions.length && k <= i + 2; k++) {
      const m = mentions[k]!;
      if (m.type !== 'person') continue;
      if (m.form === 'name' && GUEST_JOINED_BY.test(text.slice(c.end, m.start))) set(m, c.country);
      break;
    }
  }
}

/** ", a businessman from ", ", an investor from the ": a calling in apposition after a name, up to the state it is from. */
const CALLING_FROM_AFTER = new RegExp(String.raw`^[ \t\u00a0]*,[ \t\u00a0]*(?:a|an)[ \t\u00a0]+(?:\p{Ll}[\p{L}-]*[ \t\u00a0]+)?(?:${NATIONAL_NOUNS.join('|')})[ \t\u00a0]+from[ \t\u00a0]+(?:the[ \t\u00a0]+)?$`, 'u');

function nationals(text: string, mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  // A text without any of the nouns (ExplicitWords) has no such expression before any of its names: not called.
  let shared: { country: string; end: number } | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name') continue;
    // "Juan López, a businessman from Uruguay": the state a person's calling is from, in apposition.
    const from = mentions[i + 1]?.type === 'organization' ? mentions[i + 2] : mentions[i + 1];
    if (from && from.type === 'place' && from.form === 'name' && isCountryWord(from) && from.start - m.end < 60 && CALLING_FROM_AFTER.test(text.slice(m.end, from.start))) {
      set(m, from.country);
      shared = null;
      continue;
    }
    // The expression needs one of its nouns, and its end right before the name; most names have neither.
    const before = nationalEndingBefore(text, m.start) ? text.slice(Math.max(0, m.start - 60), m.start) : '';
    const found = before !== '' && namesNationalNoun(before) ? NATIONAL_BEFORE.exec(before) : null;
    const country = found ? demonymToCountry(found[1]!) : null;
    if (country) {
      set(m, country);
      shared = found![3] ? { country, end: m.end } : null;
    } else if (shared && /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:and[ \t\u00a0]+)?$/.test(text.slice(shared.end, m.start))) {
      set(m, shared.country);
      shared.end = m.end;
    } else shared = null;
  }
}

/**
 * "thanked the Prince for the efforts of Ambassador ", "praised the President for the work of ": a verb
 * of thanks, its object, then what was done by someone named next; the verb is group 0's start.
 */
const THANKED_FOR_WORK_OF = /(?<![\p{L}])(?:thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|commend(?:s|ed|ing)?)[ \t\u00a0]+[^.;:!?“”"«»]{1,80}?[ \t\u00a0]+for[ \t\u00a0]+the[ \t\u00a0]+(?:efforts|work|contribution|contributions|role|support|assistance|dedication)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,6}$/u;

/** Stems of THANKED_FOR_WORK_OF's verbs, one of which it cannot match without. */
export const THANKS_VERBS: readonly string[] = ['thank', 'prais', 'commend'];

/** ExplicitWords of a text, read in one pass. */
const explicitWords: (text: string) => ExplicitWords = holdsAnyOfLists({ nationals: NATIONAL_NOUNS, thanks: THANKS_VERBS });

/**
 * "Baerbock thanked the Prince for the efforts of Ambassador Abdulaziz Al-Wasil": one whose work the
 * thanked person is thanked for works for that person's state. The thanked one is the first person
 * after the verb; a pronoun or a person of no known state gives nothing.
 */
function thankedForTheirOwn(text: string, actors: readonly Actor[], mentions: readonly Mention[], set: (m: Mention, country: string | null) => void): void {
  // The expression needs one of its verbs (ExplicitWords); a text with none is not read before each name: not called.
  let byId: Map<string, Actor> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type !== 'person' || m.form !== 'name') continue;
    const from = Math.max(0, m.start - 200);
    const before = text.slice(from, m.start);
    if (!before.includes(' of ')) continue;
    const found = THANKED_FOR_WORK_OF.exec(before);
    if (!found) continue;
    const verbAt = from + found.index;
    let thanked: Mention | undefined;
    for (let k = i - 1; k >= 0 && mentions[k]!.start > verbAt; k--) if (mentions[k]!.type === 'person') thanked = mentions[k];
    if (!thanked || thanked.form === 'pronoun' || !thanked.actor || thanked.actor === m.actor) continue;
    byId ??= indexById(actors);
    set(m, byId.get(thanked.actor)?.country ?? null);
  }
}

/** "envoy for ", "Special Rapporteur on the ": an office, then the preposition that names its subject. */
const OFFICE_SUBJECT_BEFORE = /([\p{L}-]+)[ \t\u00a0]+(?:for|on)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;

/**
 * "The envoy for Myanmar, Tom Lee,": a country after an office and "for" or "on" is the subject of the
 * office, not a side whose people follow; an envoy for a country is sent to it by someone else.
 */
function officeSubjectBefore(text: string, at: number): boolean {
  // Most states are not after "for" or "on": the expression, which may start anywhere in the 40 characters, is not run.
  if (wordBeforeGaps(text, at, 'for') < 0 && wordBeforeGaps(text, at, 'on') < 0) return false;
  const m = OFFICE_SUBJECT_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && titleByWords(m[1]!) !== null;
}

/**
 * "Attending on the Japanese side were members of the House X and Y", "The Kazakh side were Minister A
 * and B": a side named before "was"/"were" whose complement lists its people, when "on"/"from" opens
 * the side or the complement starts with a name or an office ("The Japanese side were pleased" lists no one).
 */
const SIDE_COPULA = /^[ \t\u00a0]*(?:['’]s[ \t\u00a0]+)?((?:side|delegation|team)[ \t\u00a0]+)?(?:was|were)[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?=(\p{Lu}|members[ \t\u00a0]+of\b)?)/u;

function sideBeforeCopula(side: string, after: string, lead: boolean): RegExpExecArray | null {
  const m = SIDE_COPULA.exec(after);
  if (!m || (m[1] === undefined && !/\b(?:side|delegation|team)$/i.test(side))) return null;
  return lead || m[2] !== undefined ? m : null;
}

/**
 * "The delegation included", "The delegation also comprised", "Members of the delegation": members of the
 * delegation named before. "A member of the delegation, " (group 1) names one member, the name that follows.
 */
const DELEGATION_INCLUDED = /\b(?:[Tt]he[ \t\u00a0]+delegation[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:included|comprised|consisted[ \t\u00a0]+of)|[Mm]embers[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+delegation(?![ \t\u00a0]+of\b)|((?:[Aa]|[Oo]ne|[Aa]nother)[ \t\u00a0]+member[ \t\u00a0]+of[ \t\u00a0]+the[ \t\u00a0]+delegation[ \t\u00a0]*,))(?:(?<=,)|\b)/g;

/**
 * "... a delegation of the Republic of Korea led by A. The delegation included B and C": the people
 * the sentence lists serve the state of the delegation the text named with its country before.
 */
function delegationMembers(text: string, mentions: readonly Mention[], sentences: readonly Sentence[], set: (m: Mention, country: string | null) => void): void {
  // The expression is tried at every position of the text; a text without the word has no match.
  if (!text.includes('delegation')) return;
  // Each of its readings needs "member" or "members", or a verb of inclusion, besides.
  if (!text.includes('ember') && !text.includes('included') && !text.includes('comprised') && !text.includes('consisted')) return;
  let k = 0;
  /** The country of the latest delegation the text named with a state ("a delegation of the Republic of Korea"). */
  let country: string | null = null;
  for (const hit of text.matchAll(DELEGATION_INCLUDED)) {
    for (; k < mentions.length && mentions[k]!.start < hit.index; k++) {
      const m = mentions[k]!;
      if (m.type === 'organization' && m.form === 'nominal' && m.country && /delegation/i.test(m.text) && (m.rule === 'group-in-country' || /\s/.test(m.text) || ofStateBody(text, m, mentions[k + 1]))) country = m.country;
    }
    if (!country) continue;
    const s = sentences[sentenceIndex(sentences, hit.index)]!;
    for (let j = k; j < mentions.length && mentions[j]!.start < s.end; j++) {
      const m = mentions[j]!;
      if (m.type !== 'person' || m.form !== 'name') continue;
      set(m, country);
      if (hit[1] !== undefined) break;
    }
  }
}

/** "a delegation of the Committee on Foreign Affairs of the Hellenic Parliament": a delegation of a body of its own country. */
function ofStateBody(text: string, m: Mention, next: Mention | undefined): boolean {
  return next !== undefined && next.country === m.country && (next.type === 'organization' || next.type === 'place')
    && /^[ \t\u00a0]+(?:of|from)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/.test(text.slice(m.end, next.start));
}

/**
 * "the Russian delegation included A", "the Korean side comprised A", "the Canadian delegation at the
 * talks included A", "the Uzbek side of the commission comprised A": a side named with its country, perhaps a short
 * phrase of where or when or of the body it is a side of, then its members.
 */
function namedSideIncludes(c: Mention, after: string): boolean {
  if (c.type !== 'organization' || !/\s/.test(c.text) || !/(?:side|delegation|team)$/i.test(c.text)) return false;
  // "a Chilean delegation that included": a relative clause describes a side its state's word names,
  // not one the issuer's default gave ("a business delegation that included").
  return (/^\p{Lu}/u.test(c.text) ? SIDE_INCLUDES_RELATIVE : SIDE_INCLUDES).test(after);
}

/** " included", " was led by", " at the talks comprised", " of the commission consisted of": a named side's verb of membership. */
const SIDE_INCLUDES = /^[ \t\u00a0]*(?:(?:at|during|in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\p{L}-]+[ \t\u00a0]+)?(?:was[ \t\u00a0]+)?(?:also[ \t\u00a0]+)?(?:included|includes|comprised|comprises|consisted|made[ \t\u00a0]+up|led[ \t\u00a0]+by)/iu;
/** The same, also after "that" or "which". */
const SIDE_INCLUDES_RELATIVE = /^[ \t\u00a0]*(?:(?:at|during|in|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?[\p{L}-]+[ \t\u00a0]+)?(?:(?:that|which)[ \t\u00a0]+)?(?:was[ \t\u00a0]+)?(?:also[ \t\u00a0]+)?(?:included|includes|comprised|comprises|consisted|made[ \t\u00a0]+up|led[ \t\u00a0]+by)/iu;

/**
 * "The Uzbek side was represented by A and B; the Tajik side by C and D", "The Kazakh delegation was
 * led by A, and the Japanese side by B": after a semicolon or "and", a side and "by", the verb of
 * the clause before left out.
 */
function elidedSide(text: string, c: Mention): boolean {
  return /\b(?:side|delegation)$/i.test(c.text) && /^[ \t\u00a0]*by\b/.test(text.slice(c.end, c.end + 6))
    && /(?:;|(?<![\p{L}])and)[ \t\u00a0]*(?:the[ \t\u00a0]+)?$/u.test(text.slice(Math.max(0, c.start - 12), c.start));
}

interface OfficeTable {
  readonly exact: ReadonlyMap<string, string>;
  readonly prefix: ReadonlyArray<readonly [string, string]>;
}

/** Offices that exist in one country only, from data/lexicon/title-countries.tsv. */
const officeTable = cached((): OfficeTable => {
  const exact = new Map<string, string>();
  const prefix: Array<[string, string]> = [];
  for (const [offices, country, match] of readTsv('title-countries.tsv')) {
    if (!country || match === 'absent' || match === 'also' || match === 'among') continue;
    for (const o of alternatives(offices)) {
      if (match === 'prefix') prefix.push([lookupKey(o), country]);
      else exact.set(lookupKey(o), country);
    }
  }
  return { exact, prefix };
});



const RANKS = /^(?:(?:acting|deputy|first|senior|principal|assistant|associate|former|the)\s+)+/;
const RANK = /^(?:acting|deputy|first|senior|principal|assistant|associate|former|the)\s+/;

/** The country an office exists in, when it exists in one only ("State Councillor" -> CHN). */
export function officeCountry(title: string | null): string | null {
  if (!title) return null;
  const { exact, prefix } = officeTable();
  // "Deputy Prime Minister and Foreign Minister": each office of a double title counts.
  for (const part of lookupKey(title).split(/\s+and\s+(?=[a-z])/)) {
    const key = part.replace(RANKS, '');
    // A rank word may itself be part of the office's name ("First Minister" is not a minister who
    // ranks first): each shorter form is tried before the ranks are all set aside.
    // So may it be of an office listed by its opening words ("Assistant Secretary of State for ...").
    for (let k = part; k !== key; k = k.replace(RANK, '')) {
      const named = exact.get(k) ?? prefixCountry(prefix, k);
      if (named) return named;
    }
    const direct = exact.get(key);
    if (direct) return direct;
    const opened = prefixCountry(prefix, key);
    if (opened) return opened;
  }
  return null;
}

function prefixCountry(prefix: ReadonlyArray<readonly [string, string]>, key: string): string | null {
  for (const [office, country] of prefix) if (key === office || key.startsWith(`${office} `)) return country;
  return null;
}

/**
 * Holders of a one-country office serve that country. In a release of a state that has an office
 * of the same name (the British "Secretary of State"), the issuer's own office is meant instead,
 * and the holder is left to the issuer's country.
 */
export function titleCountries(actors: readonly Actor[], linked: ReadonlyMap<string, string> = new Map(), home: string | null = null,
  listedOnly: (a: Actor) => boolean = () => false): void {
  for (const a of actors) {
    if (a.type !== 'person' || !a.title || linked.has(a.id)) continue;
    // "Special Representative of the Secretary-General X": the holder of an office of an international
    // body serves that body, not the state a list of known people gives them (once that state's president).
    if (a.country && !listedOnly(a)) continue;
    const c = officeCountry(a.title);
    if (a.country && !(c && isInternationalCode(c))) continue;
    if (c && !(home && home !== c && officeAlsoIn(a.title, home))) a.country = c;
  }
}

/** What one person passes on to another through a third: greetings, regards, wishes, respects, congratulations, condolences. */
const PASSED_ON = 'greetings|regards|wishes|respects|congratulations|condolences|sympathies';
/** The same words as a list: a text holding none of them has no match of GREETINGS_TO, and is not searched for it. */
export const PASSED_ON_WORDS: readonly string[] = PASSED_ON.split('|');
/** Such words passed "to" someone: the words every rule of passed-on greetings starts from. */
export const GREETINGS_TO = new RegExp(String.raw`(?:${PASSED_ON})[ \t\u00a0]+to[ \t\u00a0]`);
/**
 * "asked his colleague to convey greetings to ", "asked the guest to pass on her best wishes to President ",
 * "asked Mr. Rossi to convey his greetings to ", "Please pass my greetings to ", "Please give my best regards to
 * the President of your Senate, ": a request to the one spoken to; built once, as the names listed may hold
 * the lower-case particles of the words lexicon ("to President Ana de la Vega and to ");
 * up to the name of one the issuer's official sends greetings to through another, a list of such names allowed
 * (never past a sentence's end: a full stop only after an initial).
 */
const greetingsThrough = cached((): RegExp => {
  const particles = [...wordLists().particles].filter((w) => /^\p{Ll}+$/u.test(w)).join('|');
  return new RegExp(String.raw`(?<![\p{L}])(?:(?:asked|requested)[ \t\u00a0]+(?:[\p{L}'’-]+\.?[ \t\u00a0]+){1,4}?to|[Pp]lease|ask[ \t\u00a0]+you[ \t\u00a0]+to)[ \t\u00a0]+(?:convey|give|pass(?:[ \t\u00a0]+on)?|transmit|extend)[ \t\u00a0]+(?:[\p{Ll}'’-]+[ \t\u00a0]+){0,4}?(?:${PASSED_ON})[ \t\u00a0]+to[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’-]*,?|\p{Lu}\.|of|for|the|and|to|your|as[ \t\u00a0]+well[ \t\u00a0]+as|my|our|counterparts?|comrades?|${particles}),?[ \t\u00a0]+){0,16}$`, 'u');
});

/**
 * "Sergey Lavrov asked his colleague to convey greetings to Prime Minister X": one greeted through a
 * foreign guest is no official of the issuer's own state, who would be greeted directly.
 * Returns the actor ids of those so greeted.
 */
export function greetedThroughGuest(text: string, mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  if (!GREETINGS_TO.test(text)) return out;
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
    const before = text.slice(Math.max(0, m.start - 200), m.start);
    if (GREETINGS_TO.test(before) && greetingsThrough().test(before)) out.add(m.actor);
  }
  return out;
}

/**
 * "offered condolences on the death of former President ", "expressed condolences to Prime Minister ": up
 * to the name of one condoled, or whose death is mourned (never "condolences to the family of": a
 * lower-case word ends it).
 */
const CONDOLED_BEFORE = /(?<![\p{L}])condolences[ \t\u00a0]+(?:to|(?:on|over|at|for)[ \t\u00a0]+the[ \t\u00a0]+(?:death|passing|loss)[ \t\u00a0]+of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:late|former)[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$/u;

/**
 * "The Deputy Secretary offered condolences on the death of former President X", "expressed condolences to
 * Prime Minister Y on the death of his father": one condoled, or whose death is mourned, by the official
 * who opens the sentence is of another side than that official's. Returns pairs of the condoled person's
 * actor id and the actor id of the first person the sentence names (null when none before).
 */
export function condoledBy(text: string, mentions: readonly Mention[], sentences: readonly { start: number; end: number }[]): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  if (!text.includes('condolences')) return out;
  let s = 0;
  let opener: string | null = null;
  for (const m of mentions) {
    while (s + 1 < sentences.length && sentences[s]!.end <= m.start) {
      s++;
      opener = null;
    }
    if (m.type !== 'person' || !m.actor) continue;
    if (m.form === 'name' && CONDOLED_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start))) out.push([m.actor, opener]);
    opener ??= m.actor;
  }
  return out;
}

/** Offices that a few states only have ("among" rows): look-up key -> those states. */
const sharedOffices = cached((): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, string[]>();
  for (const [offices, countries, match] of readTsv('title-countries.tsv')) {
    if (match !== 'among' || !countries) continue;
    const states = countries.split(',').map((c) => c.trim()).filter((c) => c !== '');
    for (const o of alternatives(offices)) out.set(lookupKey(o), states);
  }
  return out;
});

/** The states that alone have an office ("among" rows), by its name: "Union Minister" -> India, Myanmar. */
export function statesSharingOffice(office: string): readonly string[] | null {
  return sharedOffices().get(lookupKey(office)) ?? null;
}

/**
 * "Governor-General Sam Mostyn" in a release of India about Australia: an office only a few states
 * have serves the one of them the text names, when it names exactly one and the issuer's state has
 * no such office (a Canadian release's Governor General is Canada's own).
 */
export function sharedOfficeCountries(actors: readonly Actor[], mentions: readonly Mention[], linked: ReadonlyMap<string, string> = new Map(), home: string | null = null): void {
  const table = sharedOffices();
  let named: Set<string> | null = null;
  for (const a of actors) {
    if (a.type !== 'person' || a.country || !a.title || linked.has(a.id)) continue;
    const states = table.get(lookupKey(a.title).replace(RANKS, ''));
    if (!states || (home && states.includes(home))) continue;
    if (!named) {
      named = new Set<string>();
      for (const m of mentions) if (m.country && isCountryWord(m)) named.add(m.country);
    }
    const found = states.filter((c) => named!.has(c));
    if (found.length === 1) a.country = found[0]!;
  }
}

/** Whether a country has an office of the same name as a one-country office ("also" rows). */
function officeAlsoIn(title: string, country: string): boolean {
  const key = lookupKey(title).replace(RANKS, '');
  // A row that ends on "for" names the offices it opens ("Secretary of State for Trade").
  return (alsoOffices().get(country) ?? []).some((o) => o === key || (o.endsWith(' for') && key.startsWith(`${o} `)));
}

/** The look-up keys of the offices of title-countries.tsv whose match column is `kind`, by country. */
function officesMarked(kind: 'also' | 'absent'): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const [offices, country, match] of readTsv('title-countries.tsv')) {
    if (match !== kind || !country) continue;
    // One row may name several states that have the office ("PRT,ESP").
    for (const state of country.split(',').map((c) => c.trim()).filter((c) => c !== '')) {
      const list = out.get(state) ?? [];
      for (const o of alternatives(offices)) list.push(lookupKey(o));
      out.set(state, list);
    }
  }
  return out;
}

const alsoOffices = cached(() => officesMarked('also'));

/**
 * One head of state, one head of government per country: when the issuer's own president is
 * named, another president in the text is a foreign one, whatever the source. One the text names
 * as a former holder ("former President X") holds the office no longer and leaves it open.
 */
export function takenRoles(actors: readonly Actor[], country: string, former: ReadonlySet<Actor> = new Set()): Set<string> {
  const roles = new Set<string>();
  for (const a of actors) {
    if (former.has(a)) continue;
    // "the President of the United States" counts as much as "President Obama".
    if (a.type !== 'person' || a.country !== country || !a.title) continue;
    const role = roleOfTitle(a.title);
    if (role) roles.add(role);
  }
  return roles;
}

/**
 * Whether an office does not exist in a country ("Minister" in the United States). A row of several
 * words ("Foreign Secretary") must stand in the title as a run of whole words, in that order.
 */
export function officeAbsent(title: string | null, country: string): boolean {
  if (!title) return false;
  const words = absentWords().get(country);
  if (words === undefined) return false;
  const padded = ` ${lookupKey(title).replace(/[\s-]+/g, ' ')} `;
  return words.some((w) => padded.includes(w));
}

/** The offices marked absent, by country, each as its words between single spaces (" vice president "). */
const absentWords = cached(() => {
  const out = new Map<string, readonly string[]>();
  for (const [country, offices] of officesMarked('absent')) out.set(country, offices.map((w) => ` ${w.replace(/[\s-]+/g, ' ')} `));
  return out;
});

/**
 * The one foreign country a text is about: the country named most often besides the issuer's,
 * when it is named more often than any other. Null when the text is about several alike. A state
 * named only in the office of an official the text names after its first two people counts against
 * the others, but is never the one the text is about by itself.
 */
export function dominantCountry(mentions: readonly Mention[], home: string | null, text?: string): string | null {
  const counts = new Map<string, number>();
  /** States named somewhere other than in the office of one official ("Italy's Prime Minister X"). */
  const beyondOffices = new Set<string>();
  /**
   * The order in which the text first names each person, by name or office: a release that opens with
   * its own principal's bare office ("The Prime Minister met ...") gives that unnamed holder the first place.
   */
  const rank = new Map<string, number>();
  const rankOf = (p: Mention) => (p.actor ? (rank.get(p.actor) ?? rank.size) : Infinity);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.type === 'person' && (m.form === 'name' || m.form === 'title')) {
      const key = m.actor ?? (rank.size === 0 && m.form === 'title' ? '' : null);
      if (key !== null && !rank.has(key)) rank.set(key, rank.size);
    }
    // "the Russia–Vietnam Business Council": a body of two states names both.
    if (m.type === 'organization' && m.form === 'name') {
      for (const c of pairStates(m.text)) if (c !== home) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        beyondOffices.add(c);
      }
      continue;
    }
    if (m.type !== 'place' || !m.country || m.country === home) continue;
    if (m.placeKind !== 'country' && m.form !== 'demonym' && m.form !== 'possessive') continue;
    counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    // A release about one other state opens with its official: the issuer's principal and the counterpart
    // are the first two people it names.
    const official = text === undefined ? null : officialOfState(text, mentions, i);
    if (!official || rankOf(official) < 2) beyondOffices.add(m.country);
  }
  const ranked = sortInPlace([...counts.entries()], (a, b) => b[1] - a[1]);
  const alone = ranked.length === 1 || (ranked.length > 1 && ranked[1]![1] < ranked[0]![1]);
  // "President X and Chancellor Y joined the call. Italy's Prime Minister Z sent apologies": a state named
  // only in the office of an official named after others places that official, not the text; it still
  // stands beside the other states named as often.
  if (counts.size === 0 || (alone && !beyondOffices.has(ranked[0]![0]))) {
    // "During his visit to Hanoi, Deputy Secretary Blinken met with Deputy Prime Minister X": with
    // no state named, the cities and regions of one foreign state tell which the text is about.
    const places = new Set<string>();
    for (const m of mentions) {
      if (m.type !== 'place' || !m.country || m.country === home || (m.placeKind !== 'city' && m.placeKind !== 'region')) continue;
      places.add(m.country);
    }
    return places.size === 1 ? [...places][0]! : null;
  }
  if (alone) return ranked[0]![0];
  // "the relationship between the UK and Brazil", "UK-Brazil trade": of the states named as often, the one the
  // text pairs with the issuer's own is the other side of the release.
  if (text === undefined || home === null) return null;
  const tied = new Set(ranked.filter(([, n]) => n === ranked[0]![1]).map(([c]) => c));
  const paired = pairedWithHome(text, mentions, home, tied);
  return paired.size === 1 ? [...paired][0]! : null;
}

/** "'s Prime Minister ", " Foreign Minister ", " Prime Minister, ": only words of an office between a state and its official's name. */
const OFFICE_THEN_NAME = /^(?:['’]s)?(?:[ \t\u00a0]+(?:[\p{Lu}][\p{L}-]*|of|for|the|and)){0,7}[ \t\u00a0]*,?[ \t\u00a0]*$/u;
/** ", of ", " of the " between an official's name and the state of the office. */
const NAME_THEN_STATE = /^[ \t\u00a0]*,?[ \t\u00a0]*of[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/;

/**
 * The official whose office the state named at mentions[i] is part of: "Italy's Prime Minister X",
 * "the Italian Prime Minister, X", "the Prime Minister of Italy, X", "Prime Minister X of Italy"; else
 * null. Reads only the mentions right before and after it.
 */
function officialOfState(text: string, mentions: readonly Mention[], i: number): Mention | null {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  if (next && next.type === 'person' && next.form === 'name' && next.country === m.country && next.start - m.end <= 60
    && OFFICE_THEN_NAME.test(text.slice(m.end, next.start))) return next;
  const prev = mentions[i - 1];
  return prev && prev.type === 'person' && prev.form === 'name' && m.start - prev.end <= 12 && NAME_THEN_STATE.test(text.slice(prev.end, m.start)) ? prev : null;
}

/** " and ", " and the ", "-", " – " between two states named together. */
const STATE_PAIR_GAP = /^[ \t\u00a0]*(?:and|&|[-‐‑–—])[ \t\u00a0]*(?:the[ \t\u00a0]+)?$/;

/** Those of `among` the text names right beside the issuer's state, joined by "and" or a dash ("the UK and Brazil"). */
function pairedWithHome(text: string, mentions: readonly Mention[], home: string, among: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const state = (m: Mention | undefined) => !!m && m.type === 'place' && !!m.country && (m.placeKind === 'country' || m.form === 'name');
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!state(a) || !state(b) || !STATE_PAIR_GAP.test(text.slice(a.end, b.start))) continue;
    if (a.country === home && among.has(b.country!)) out.add(b.country!);
    else if (b.country === home && among.has(a.country!)) out.add(a.country!);
  }
  return out;
}

/**
 * " handed over a letter from ", " conveyed the warm greetings of ", " delivered a message from
 * President ": up to the name of the one who sent what an envoy or guest brings.
 */
const BROUGHT_FROM = /^(?:[ \t\u00a0]+[^.!?;:“”"\n]{1,120}?[ \t\u00a0]+and|[ \t\u00a0]*,[ \t\u00a0]*who(?:[ \t\u00a0]+(?:had|has|also))?)?[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:conveyed|handed(?:[ \t\u00a0]+over)?|delivered|passed[ \t\u00a0]+on|brought|presented)[ \t\u00a0]+(?:(?:to[ \t\u00a0]+)?(?:the|his|her|a|an)[ \t\u00a0]+)?(?:(?:[\p{L}-]+)[ \t\u00a0]+){0,6}?(?:message|letter|greetings|regards|wishes|invitation|goodwill|congratulations)s?[ \t\u00a0]+(?:from|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)[ \t\u00a0]+){0,8}(?:[\p{Lu}][\p{L}.'’-]*,[ \t\u00a0]+)?$/u;

/**
 * ", bearer of a message from President ", ", the bearer of a letter from ": the one who brings a message,
 * named in apposition by what they bear, up to the name of its sender.
 */
const BEARER_OF = /^[ \t\u00a0]*,[ \t\u00a0]*(?:the[ \t\u00a0]+)?bearers?[ \t\u00a0]+of[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+(?:[\p{L}-]+[ \t\u00a0]+){0,3}?(?:message|letter|invitation)s?[ \t\u00a0]+from[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)[ \t\u00a0]+){0,8}(?:[\p{Lu}][\p{L}.'’-]*,[ \t\u00a0]+)?$/u;

/**
 * " thanked the hosts, on behalf of Prime Minister ", " welcomed the guests on behalf of the President of the
 * Republic, ": one who acts on behalf of another is on that one's side, so the other serves the actor's state.
 */
const ON_BEHALF_OF = /^[^.!?;:“”"\n]{0,120}?[ \t\u00a0,]on[ \t\u00a0]+behalf[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)[ \t\u00a0]+){0,8}(?:[\p{Lu}][\p{L}.'’-]*,[ \t\u00a0]+)?$/u;

/** Before a clause's subject: words of its office or name only, after an opening phrase set off by a comma. */
const SUBJECT_LEAD = /^(?:[^,.!?;:\n]*,[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}.'’-]*|the|of|for|and)[ \t\u00a0]+)*$/u;

/** Whether the mention at `at` is the subject of its clause: "welcomed B on behalf of C" leaves C to A, not B. */
function opensClause(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && !/[.!?\n]/.test(text[k - 1]!)) k--;
  return SUBJECT_LEAD.test(text.slice(k, at).replace(/^[ \t\u00a0]+/, ''));
}

/** Most characters between the one who brings a message and the name of its sender. */
const MAX_BROUGHT_GAP = 160;

/**
 * "The Ambassador handed over a letter from Foreign Minister X", "The Lao Prime Minister conveyed
 * the greetings of President Y": the sender of what an envoy or guest brings serves the bringer's
 * state, when the bringer's own office says it and the sender's does not; so does the one on whose
 * behalf the bringer acts ("thanked the hosts on behalf of Prime Minister Z").
 */
export function messageSenders(text: string, actors: readonly Actor[], mentions: readonly Mention[], evidence: CountryEvidence, byId: ReadonlyMap<string, Actor> = indexById(actors)): void {
  for (let i = 0; i < mentions.length; i++) {
    const bringer = mentions[i]!;
    if (bringer.type !== 'person' || !bringer.actor) continue;
    const from = byId.get(bringer.actor);
    if (!from?.country || evidence.get(from.id) !== 'title') continue;
    for (let k = i + 1; k < mentions.length && mentions[k]!.start - bringer.end <= MAX_BROUGHT_GAP; k++) {
      const m = mentions[k]!;
      if (m.type !== 'person' || m.form !== 'name' || !m.actor) continue;
      const gap = text.slice(bringer.end, m.start);
      if (BROUGHT_FROM.test(gap) || BEARER_OF.test(gap) || (ON_BEHALF_OF.test(gap) && opensClause(text, bringer.start))) {
        const sender = byId.get(m.actor);
        if (sender && sender.type === 'person' && !sender.nominal && !sender.country) {
          sender.country = from.country;
          evidence.set(sender.id, 'text');
        }
      }
      break;
    }
  }
}
