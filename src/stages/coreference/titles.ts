import { wordLists } from '../../lexicon/words.js';
import { lookupKey, ownCopy } from '../../lexicon/normalize.js';
import { officesOf, presidesOverGovernment, roleOfTitle, titleByWords } from '../../lexicon/titles.js';
import { organizationByName } from '../../lexicon/organizations.js';
import { countryByName } from '../../lexicon/countries.js';
import { isLocalOffice } from './local-office.js';
import { PairCache, setBounded } from '../../lexicon/bounded-cache.js';

/** "the " or "The " right before a mention: a definite phrase that takes up someone already in the text. */
export const DEFINITE_BEFORE = /(?<![\p{L}])[Tt]he[ \t\u00a0]+$/u;

/** "Prince ", "His Highness Sheikh ", "Sultan " right before a name: a royal style. */
export const ROYAL_STYLE_BEFORE = /(?<![\p{L}])(Prince|Princess|Sheikh|Sheikha|Shaikh|Emir|Amir|Sultan)[ \t\u00a0]+$/u;

/**
 * A title's head and the head's words, by title, shared across documents: a title is compared
 * with every recent person's, so its words are split once, not once per comparison.
 */
interface HeadReading {
  head: string;
  /** The head split at spaces. */
  words: readonly string[];
  /** The head split at spaces and hyphens (the rank words of a deputy's office). */
  parts: readonly string[];
}
const HEADS = new Map<string, HeadReading>();
const MAX_CACHED_HEADS = 5000;
/**
 * How a generic title reads, by title: a title is compared with every recent person's, so its
 * reading is made once. "the Head of the Kazakh Foreign Ministry" is the Foreign Minister,
 * "head of the Ministry of Energy" the Minister of Energy.
 */
interface GenericReading {
  generic: string;
  regionHead: boolean;
  head: string;
  /** "the head of the European Commission": the body headed (" of the european commission"), else null. */
  headedBody: string | null;
  /** The head's words and parts, as in HeadReading. */
  words: readonly string[];
  parts: readonly string[];
}
const GENERICS = new Map<string, GenericReading>();

function readGeneric(written: string): GenericReading {
  let r = GENERICS.get(written);
  if (r === undefined) {
    // The key and all read from it are a copy's, so no document stays held by the cache.
    const title = ownCopy(written);
    const generic = ministryHead(title) ?? governmentHead(title) ?? title;
    const h = headReading(generic);
    // Only a plain "head": "Head of State" and "Head of Government" are offices of their own.
    const body = /^(?:head|chief)$/.test(h.head) ? HEAD_OF_BODY.exec(lookupKey(generic)) : null;
    r = { generic, regionHead: REGION_HEAD.test(lookupKey(generic)), head: h.head, headedBody: body ? ` of ${body[1]}` : null, words: h.words, parts: h.parts };
    setBounded(GENERICS, MAX_CACHED_HEADS, title, r);
  }
  return r;
}

function headReading(written: string): HeadReading {
  let r = HEADS.get(written);
  if (r === undefined) {
    const title = ownCopy(written);
    const head = headOf(title);
    r = { head, words: head.split(' '), parts: head.split(/[ -]/) };
    setBounded(HEADS, MAX_CACHED_HEADS, title, r);
  }
  return r;
}

/** The head of an office someone holds, read through "head of the ... Ministry", by title. */
const HELD = new Map<string, HeadReading>();
function heldReading(written: string): HeadReading {
  let r = HELD.get(written);
  if (r === undefined) {
    const held = ownCopy(written);
    r = headReading(ministryHead(held) ?? held);
    setBounded(HELD, MAX_CACHED_HEADS, held, r);
  }
  return r;
}

function headOf(title: string): string {
  const h = rawHead(title);
  // "Chairwoman", "Chairperson" and "Chair" are one office with "Chairman"; "Premier" is "Prime Minister":
  // the head word in the lexicon's canonical form.
  const entry = titleByWords(h);
  return entry ? lookupKey(entry.title) : h;
}

function rawHead(title: string): string {
  // "Secretary (East)": a bracketed portfolio qualifies the office; "the Secretary" is still its holder.
  const key = lookupKey(title.replace(/[ \t\u00a0]*\([^()]*\)/g, ''));
  // "head of state" is one title (even in "head of government to Belarus"); "Governor of Irkutsk Oblast"
  // is a title and its complement.
  const words = key.split(' ');
  for (let n = Math.min(words.length, 4); n >= 2; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (titleByWords(prefix)?.role) return prefix;
  }
  return key.split(/ (?:of|for|to|in) /)[0]!;
}

/**
 * The head word a title uses when it is a variant the lexicon reads as another office's word
 * ("premier" for "prime minister", "chairwoman" for "chairman"), else null.
 */
export function variantHead(title: string): string | null {
  const raw = rawHead(title);
  return raw !== headOf(title) ? raw : null;
}

/** Whether an office held is written with the head word `head` ("Premier" in "Premier of the State Council"). */
export function writtenWithHead(held: string | null, head: string): boolean {
  return held !== null && rawHead(held) === head;
}

/** Whether a generic title is a plain "leader" ("the leader", "the Vietnamese leader"), which fits a state's leaders of every branch. */
export function namesALeader(generic: string): boolean {
  return readGeneric(generic).head === 'leader';
}

/**
 * Whether a generic title ("the governor", "the minister", "the head of state") can refer to
 * someone holding `held` ("Governor of Irkutsk Oblast", "Foreign Minister", "President").
 */
export function titleFits(generic: string, held: string | null): boolean {
  if (!held) return false;
  // Each generic title is tried against every recent person's office, and again when titles are
  // looked for ahead: the answer depends on the two titles alone, so it is read once per pair.
  return FITS.get(generic, held, readTitleFits);
}

/** titleFits by generic title and office held; shared across documents, as titles recur. */
const FITS = new PairCache<boolean>(20000, ownCopy);

function readTitleFits(generic: string, held: string): boolean {
  // "Ex-President", "ex-Minister of Finance": the prefix puts the office in the past, as "former" does
  // (former.ts), and leaves it the office it is; its holder, the only one named, is "the President".
  if (/^[Ee]x-\p{L}/u.test(held)) return titleFits(generic, held.slice(3));
  // "Deputy Prime Minister and Minister of Finance": the holder of two offices is "the Deputy Prime
  // Minister" and "the Minister" alike.
  const offices = officesOf(held);
  if (offices.length > 1) return offices.some((office) => titleFits(generic, office));
  // "Secretary of Foreign Affairs" (Mexico, the Philippines) is listed as another name of "Foreign
  // Minister": its holder is "the foreign minister" as well as "the Secretary".
  // A row that lists an office of lower rank under a higher one's name ("Head of Mission" under "Deputy
  // Head of Mission") is not read so.
  const listed = listedUnder(held);
  if (listed !== null && officeFits(generic, listed)) return true;
  return officeFits(generic, held);
}

/**
 * The office name under which the lexicon lists a held title, when that is another name of the same
 * rank; null otherwise. titleFits is asked for every generic title against every recent person's, so
 * this is read once per title.
 */
function listedUnder(held: string): string | null {
  let known = LISTED_UNDER.get(held);
  if (known === undefined) {
    const listed = titleByWords(held);
    known = listed !== null && lookupKey(listed.title) !== lookupKey(held) && rankBelow(listed.title) === rankBelow(held) ? listed.title : null;
    setBounded(LISTED_UNDER, MAX_CACHED_HEADS, ownCopy(held), known);
  }
  return known;
}
const LISTED_UNDER = new Map<string, string | null>();

/** Whether a title holds a word of lower rank ("deputy", "vice", "under"). */
function rankBelow(title: string): boolean {
  return lookupKey(title).split(/[ -]/).some((w) => RANK_BELOW.has(w));
}

/** titleFits for one office, as written. */
function officeFits(generic: string, held: string): boolean {
  // "the Minister of State" is an office of its own, whose holder alone it names.
  if (ministerOfState(generic)) return ministerOfState(held);
  const r = readGeneric(generic);
  generic = r.generic;
  // "the parliamentary leader", "the head of parliament": the one presiding over a legislature, whatever
  // the office is called there (Speaker, Chairman of the State Duma, President of the Senate).
  if (PARLIAMENT_HEAD.test(lookupKey(generic))) {
    const key = lookupKey(held);
    return /^speaker\b/.test(key) || (/^(?:chairman|chairwoman|chairperson|chair|president)\b/.test(key) && LEGISLATURE.test(` ${key}`));
  }
  // "the President of the Government" (Spain), "the Chairman of the Council of Ministers": a head of
  // government under another name, never a head of state called President.
  if (presidesOverGovernment(generic)) return roleOfTitle(held) === 'hog';
  // "the head of the region", "the head of the city": its governor or mayor (or a "Head of ..." office).
  if (r.regionHead) return isLocalOffice(held.split(/ (?:of|for) /i)[0]!) || /^head of\b/i.test(held);
  // "the force commander", "the brigade commander": the commander of a formation named by its common noun.
  const g = FORMATION_COMMANDER.test(lookupKey(generic)) ? 'commander' : r.head;
  // A holder introduced as "the head of the Kazakh Foreign Ministry" is "the minister" later.
  const heldHead = heldReading(held);
  const h = heldHead.head;
  // "the Minister of Health" is not the Minister of Foreign Affairs: two offices whose portfolios
  // are both written and share no word are two offices.
  if (portfoliosConflict(generic, held)) return false;
  if (g === h) return true;
  // "its commander, Brigadier General X ... the commander said": a general, an admiral, a marshal or a
  // colonel is the one who commands; a sergeant or a captain is not taken for "the commander".
  if (g === 'commander' && COMMAND_RANKS.has(h)) return true;
  // "the mayor of Almaty" is its akim, "the governor of Tashkent region" its khokim: the one head of
  // a place, under another local name, when both titles name the same place.
  if (LOCAL_HEADS.has(g) && LOCAL_HEADS.has(h)) {
    const place = (t: string) => / (?:of|for) (?:the )?(.+)$/.exec(lookupKey(t))?.[1] ?? null;
    const gp = place(generic);
    // "the khokim" with no place after "Governor of Tashkent Region": the Central Asian word names the head
    // of a region and of a city alike, so a bare one is either's, and a bare "governor" or "mayor" an akim's.
    if (gp === null && (AKIM_WORDS.has(g) || AKIM_WORDS.has(h))) return true;
    return gp !== null && gp === place(held);
  }
  // "the Speaker of the Mazhilis" is its Chairman; the Chairman of a parliament is its Speaker.
  if (presidesOverLegislature(g, generic, h, held) || presidesOverLegislature(h, held, g, generic)) return true;
  // "the head of the European Commission" is its President, "the head of the Agency" its Director: the
  // one whose own office, no deputy's, is of that body.
  if (r.headedBody) {
    if (h.split(/[ -]/).some((w) => RANK_BELOW.has(w))) return false;
    if (` ${lookupKey(held).replace(/ of the /g, ' of ')} `.includes(`${r.headedBody} `)) return true;
    // "the head of the Commission" for "President of the European Commission", "the head of the Agency"
    // for "Director-General of the IAEA": the body the holder's title names, in full or by its
    // acronym, ends in the words.
    const words = r.headedBody.replace(/^ of /, ' ');
    const body = / of (?:the )?([\p{L} -]+)$/u.exec(held);
    if (!body) return false;
    if (` ${lookupKey(body[1]!)}`.endsWith(words)) return true;
    const full = /^\p{Lu}{2,}$/u.test(body[1]!) ? organizationByName(body[1]!) : null;
    return full !== null && ` ${lookupKey(full.name)}`.endsWith(words);
  }
  // "the Kazakh leader" can be its president or prime minister; "the Vietnamese leader" after "National
  // Assembly Chairman X" is the one presiding over its legislature, one of a state's leaders as well.
  if (g === 'leader') return roleOfTitle(held) !== null || presidesOverLegislatureAlone(h, held);
  if (g === 'head of state' || g === 'head of government') {
    // The class of the head words: "Head of Government of Uzbekistan" is of class hog.
    const role = roleOfTitle(g);
    if (role !== null) return roleOfTitle(held) === role;
  }
  // A holder introduced as "Head of State Tokayev" is "the President" later: the office of that class.
  if (h === 'head of state' || h === 'head of government') {
    const role = roleOfTitle(h);
    if (role !== null && roleOfTitle(generic) === role) return true;
  }
  // "the minister" fits "Foreign Minister"; "the secretary-general" fits "UN Secretary-General". A
  // prime minister is not "the minister": "prime" makes it another office, not a portfolio.
  const hw = heldHead.words;
  // "the President of Azerbaijan" is no vice president, "the President" no vice president either:
  // a head of state or government, or an office of a place or body, is never held by a deputy.
  if (hw[hw.length - 1] === g && (roleOfTitle(g) !== null || / (?:of|for) /.test(lookupKey(generic)))
    && heldHead.parts.some((w) => RANK_BELOW.has(w)) && !r.parts.some((w) => RANK_BELOW.has(w))) return false;
  if (hw[hw.length - 1] === g) return hw[hw.length - 2] !== 'prime';
  // "the Secretary" is the Secretary of State; "the Commissioner" the Commissioner for Trade: a one-word
  // office names a longer one that opens with it.
  if (!g.includes(' ') && hw[0] === g && /^(?:of|for)$/.test(hw[1] ?? '')) return true;
  // "the deputy minister" fits "Deputy Foreign Minister": the same office with its portfolio left out.
  const { portfolio } = wordLists();
  const gw = r.words;
  if (gw[0] === hw[0] && hw.length > 2 && withoutPortfolio(hw, portfolio) === g) return true;
  // "the Commerce Secretary" fits a holder introduced only as "Secretary Pritzker": the words before
  // the office are its subject ("Commerce", "Foreign"), not another office ("Prime Minister"). Two
  // subjects may be joined by "and" ("the Business and Trade Secretary").
  if (hw.length !== 1 || gw.length < 2 || gw[gw.length - 1] !== h) return false;
  const subject = gw.slice(0, -1);
  return subject.every((w, i) => portfolio.has(w) || (w === 'and' && i > 0 && portfolio.has(subject[i + 1] ?? '')));
}

/** Ranks (by the lexicon's canonical head) whose holders command a formation: generals, flag officers, colonels. */
const COMMAND_RANKS = new Set(['general', 'marshal', 'admiral', 'colonel']);

/** "force commander", "brigade commander": a formation's common noun before "commander". */
const FORMATION_COMMANDER = /^(?:the )?(?:force|brigade|battalion|regiment|regimental|division|divisional|corps|fleet|mission|contingent|battlegroup|battle group|task force|garrison|squadron|flotilla|unit) commander$/;

/** The one head of a city or region, under the names states give it. */
const LOCAL_HEADS = new Set(['mayor', 'akim', 'khokim', 'hokim', 'governor']);
/** The Central Asian words for the head of a region or city. */
const AKIM_WORDS = new Set(['akim', 'khokim', 'hokim']);

/** A legislature in a title's complement: "of the Mazhilis", "of the National Assembly of Vietnam". */
const LEGISLATURE = / (?:of|in) (?:the )?(?:[a-z-]+ )*(?:parliament|assembly|mazhilis|majilis|majlis|senate|duma|rada|sejm|congress|kurultai|kenesh|khural|hural|knesset|storting|riksdag|bundestag|legislature|chamber of deputies|house of representatives|house of commons|federation council|council of the federation)\b/;
const PRESIDING = new Set(['chairman', 'president']);
/** Plain words for the one presiding over a legislature: "parliamentary leader", "parliament chief", "head of parliament". */
const PARLIAMENT_HEAD = /^(?:(?:parliamentary|parliament|legislative) (?:leader|head|chief|speaker)|(?:head|leader|chief) of (?:the )?parliament)$/;

/**
 * "Speaker of the Parliament of Georgia", "National Assembly Chairman", "Chairman of the State Duma": the
 * office of the one presiding over a legislature, by its head word and the legislature its title names.
 * A bare "Speaker" presides over one as well; a bare "Chairman" may chair a company.
 */
function presidesOverLegislatureAlone(head: string, title: string): boolean {
  if (head === 'speaker') return true;
  // The lexicon may list the whole office ("National Assembly Chairman") as its head.
  if (!PRESIDING.has(head.slice(head.lastIndexOf(' ') + 1))) return false;
  const key = lookupKey(title);
  return LEGISLATURE.test(` ${key}`) || LEGISLATURE_BEFORE.test(key);
}

/** "National Assembly Chairman", "State Duma Speaker": the legislature named before the office. */
const LEGISLATURE_BEFORE = /^(?:[a-z-]+ )*(?:parliament|assembly|mazhilis|majilis|majlis|senate|duma|rada|sejm|congress|kurultai|kenesh|khural|hural|knesset|legislature) (?:chairman|chairwoman|chairperson|chair|president|speaker)$/;

/** "Speaker" against "Chairman" or "President" of a legislature named in the other's title. */
function presidesOverLegislature(speakerHead: string, _speakerTitle: string, otherHead: string, otherTitle: string): boolean {
  return speakerHead === 'speaker' && PRESIDING.has(otherHead) && LEGISLATURE.test(` ${lookupKey(otherTitle)}`);
}

const PORTFOLIO_WORDS = new Map<string, readonly string[]>();

/** The portfolio words of a title in its lexicon form ("External Affairs Minister" -> "foreign"). */
function portfolioWordsOf(title: string): readonly string[] {
  let words = PORTFOLIO_WORDS.get(title);
  if (words === undefined) {
    // "Minister of External Relations of Angola": the office is read without the state it serves, so
    // that the lexicon's name for it ("Foreign Minister") gives its portfolio.
    const entry = titleByWords(title) ?? titleByWords(withoutServedState(title));
    const { portfolio } = wordLists();
    words = lookupKey(entry ? entry.title : title).split(/[ -]+/).filter((w) => portfolio.has(w));
    setBounded(PORTFOLIO_WORDS, MAX_CACHED_HEADS, title, words);
  }
  return words;
}

/** "Minister of External Relations of Angola" -> "Minister of External Relations": the title up to the state it serves. */
function withoutServedState(title: string): string {
  const re = / (?:of|for) /g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (countryByName(title.slice(m.index + m[0].length))) return title.slice(0, m.index);
  }
  return title;
}

function portfoliosConflict(generic: string, held: string): boolean {
  const g = portfolioWordsOf(generic);
  if (g.length === 0) return false;
  const h = portfolioWordsOf(held);
  return h.length > 0 && !g.some((w) => h.includes(w));
}

const REGION_HEAD = /^(?:the )?head of the (?:region|oblast|krai|province|city|district|municipality|prefecture|county)$/;

/** Words that make an office the deputy of another: "Vice Minister", "Deputy Governor", "Assistant Secretary". */
const RANK_BELOW = new Set(['deputy', 'vice', 'assistant', 'under']);

/**
 * Whether `held` fits the generic title only as a deputy's office: "the Minister" and a "Vice Minister
 * of Foreign Affairs", "the head of the region" and a "Deputy Governor". Where the text names someone
 * holding the office itself, a bare title means them, not their deputy.
 */
export function deputyOnly(generic: string, held: string | null): boolean {
  if (!held) return false;
  // "Deputy Prime Minister and Minister of Finance" is "the Minister" in an office of its own.
  const offices = officesOf(held);
  if (offices.length > 1) return offices.every((office) => !titleFits(generic, office) || deputyOnly(generic, office));
  // "Minister of State for Foreign Affairs" serves under the minister of the portfolio: "the Minister" is the latter's.
  if (ministerOfState(held) && !ministerOfState(generic)) return true;
  const g = readGeneric(generic).parts;
  const h = headReading(held).parts;
  return h.some((w) => RANK_BELOW.has(w)) && !g.some((w) => RANK_BELOW.has(w));
}

/**
 * "Minister of State", "the Minister of State for Trade": an office ranked below a minister's. Not the
 * minister of a portfolio named with "state" ("Minister of State Security", "Minister of State Property").
 */
const MINISTER_OF_STATE = /(?:^|\s)minister of state(?:$|\s(?:for|at|in|and)\s)/;

/**
 * Whether a title is a Minister of State's. Asked for every pair of offices compared, so the title's
 * look-up key is made only when "state" is written in it at all.
 */
function ministerOfState(title: string): boolean {
  return /state/i.test(title) && MINISTER_OF_STATE.test(lookupKey(title));
}

/** "Head of the (Kazakh) Foreign Ministry" -> "Foreign Minister"; "head of the Ministry of Energy" -> "Energy Minister". */
function ministryHead(title: string): string | null {
  const key = lookupKey(title);
  const m = /^(?:head|chief)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)??(?:ministry\s+of\s+(?:the\s+)?([a-z ]+)|([a-z ]+?)\s+ministry)$/.exec(key);
  if (!m) return null;
  const { portfolio } = wordLists();
  const words = (m[1] ?? m[2] ?? '').split(/\s+/).filter((w) => portfolio.has(w));
  return words.length ? `${words.join(' ')} minister` : 'minister';
}

/**
 * "the head of the body" by its name: "head of the european commission" -> "european commission".
 * A ministry, a region or a government is read elsewhere (ministryHead, REGION_HEAD, governmentHead).
 */
const HEAD_OF_BODY = /^(?:head|chief) of (?:the )?((?!(?:[a-z-]+ )?(?:ministry|government|state|region|oblast|krai|province|city|district|municipality|prefecture|county|delegation)$)[a-z][a-z -]*)$/;

/**
 * "the head of the Russian Government", "head of the Belarusian state", "the Government leader": the
 * head of government or of state (a demonym before the word gives the country, which the mention
 * carries already).
 */
function governmentHead(title: string): string | null {
  const key = lookupKey(title);
  // "the head of the Cabinet (of Ministers)": the cabinet is the government it heads.
  const m = /^(?:head|chief) of (?:the )?(?:[a-z-]+ )?(government|state|cabinet(?: of ministers)?)$/.exec(key)
    // "the Chairman of the Russian Government", "Chairman of the Cabinet of Ministers of Kyrgyzstan":
    // the style of a prime minister in the states that name the office after the body.
    ?? /^(?:chairman|chairwoman|chairperson|chair) of (?:the )?(?:[a-z-]+ )?(government|cabinet(?: of ministers)?)(?: of (?:the )?[a-z -]+)?$/.exec(key)
    // "the Government leader", "the state leader": the same offices, head noun last.
    ?? /^(?:[a-z-]+ )?(government|state) (?:leader|head|chief)$/.exec(key);
  return m ? `head of ${m[1] === 'state' ? 'state' : 'government'}` : null;
}

/** "deputy foreign minister" -> "deputy minister": the office's words without its subject words. */
function withoutPortfolio(words: readonly string[], portfolio: ReadonlySet<string>): string {
  return words.filter((w, i) => i === 0 || i === words.length - 1 || !portfolio.has(w)).join(' ');
}
