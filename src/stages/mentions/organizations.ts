import { countryName } from '../../lexicon/countries.js';
import { organizationLexicon } from '../../lexicon/organizations.js';
import { placeByName } from '../../lexicon/places.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { wordLists } from '../../lexicon/words.js';
import { opensTwoWordStyle } from './names.js';
import { Mark } from './word-facts.js';
import { Claim, type SentenceScan } from './context.js';
import { countryOfHit, countryWordBefore } from './country-words.js';

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);
/** Units of a ministry, named after what they deal with: "ASEAN Department", "Directorate of Europe". */
const MINISTRY_UNIT = /\b(?:Department|Directorate|Division|Desk)$/;

/** A head listed as "orghead:-" names an organisation without saying its sector. */
const NO_SECTOR = '-';

/**
 * Most tokens any head noun spans ("Federation of Trade Unions" is four; "Workers' Union" may
 * be three), so the longest head is always tried.
 */
let maxHeadTokens = 0;
function headTokens(): number {
  if (maxHeadTokens === 0) {
    for (const k of wordLists().orgHeads.keys()) maxHeadTokens = Math.max(maxHeadTokens, k.split(/[\s'’-]+/).length + (/['’-]/.test(k) ? 1 : 0));
  }
  return maxHeadTokens;
}
const SINGLE_WORD_BODIES = new Set(['parliament', 'government', 'cabinet', 'senate', 'congress', 'duma', 'assembly', 'army', 'police', 'presidium', 'secretariat', 'knesset', 'bundestag', 'majlis', 'rada', 'sejm']);
const INTERSTATE = /\b(?:States|Nations|Countries)\b/;
/** The one state whose name has "States" in it. */
const ONE_STATE_NAMED_STATES = /\bUnited[ \t\u00a0]+States(?:[ \t\u00a0]+of[ \t\u00a0]+America)?\b/g;
const HEADS_OF = /\bHeads of (?:State|Government)\b/i;
/** Central banks act for the state, not as businesses. */
const STATE_BANK = /\b(?:central|national|state|reserve)\b.*\bbank\b|\bbank of\b/;

/** The organisation head noun starting at token i, longest first; its sector is null for sectorless heads ("Union"). */
function headAt(s: SentenceScan, i: number): { end: number; sector: string | null } | null {
  if (!s.isCap(i)) return null;
  const { orgHeads } = wordLists();
  // Most tokens start no head at all (their facts say so); only those that do pay for building longer keys.
  if (!s.marked(i, Mark.StartsOrgHead)) return null;
  for (let j = Math.min(s.last, i + headTokens()); j > i; j--) {
    const sector = orgHeads.get(j === i + 1 ? s.tokenKey(i) : s.key(i, j));
    if (sector) return { end: j, sector: sector === NO_SECTOR ? null : sector };
  }
  return null;
}

/** Most portfolio words and joiners between "<title> of" and a head noun: "of Investment, Industry and Trade". */
const MAX_PORTFOLIO_TOKENS = 8;

/**
 * Whether token i is a capitalised portfolio word in the subject right after "<title> of/for",
 * with no article: "Minister of Treasury and Finance", "Minister of Investment, Industry and
 * Trade". An article or a complement makes it a body again: "Chairman of the Government of the
 * Irkutsk Oblast".
 */
function isPortfolioOfTitle(s: SentenceScan, i: number): boolean {
  const { portfolio } = wordLists();
  if (!portfolio.has(s.lower(i)) || s.lower(i + 1) === 'of') return false;
  let k = i - 1;
  // Earlier items of the subject: capitalised portfolio words joined by commas and "and".
  while (k > i - MAX_PORTFOLIO_TOKENS && k > s.first) {
    // "Minister of Energy, Mining and Water": a listed office whose own subject the list goes on.
    const office = s.titleHit(k);
    if (office && office.end === k + 1) return / (?:of|for) /i.test(office.text);
    const l = s.lower(k);
    if (l === ',' || l === 'and' || l === '&' || (s.isCap(k) && portfolio.has(l))) k--;
    else break;
  }
  if (s.lower(k) !== 'of' && s.lower(k) !== 'for') return false;
  // The subject opens with a portfolio word: "of Investment, Industry", not "of, Industry".
  if (!(k + 1 === i || (s.isCap(k + 1) && portfolio.has(s.lower(k + 1))))) return false;
  const th = s.titleHit(k - 1);
  return th !== undefined && th.end === k;
}

/** Most words of one item in a comma list inside a body's name. */
const MAX_LIST_ITEM = 4;

/** From token k, capitalised items separated by commas run into "and" and a last capitalised item. */
function commaListCloses(s: SentenceScan, k: number): boolean {
  let words = 0;
  for (let j = k; j < s.last; j++) {
    const l = s.lower(j);
    if (l === 'and' || l === '&') return s.isCap(j + 1);
    if (l === ',') {
      words = 0;
      continue;
    }
    // Places listed after a body ("the Ministry of Health, Moscow and Paris") are no part of its name.
    if (!s.isCap(j) || s.nameHit(j) || ++words > MAX_LIST_ITEM) return false;
    // "the Office of the President, Andriy Yermak, and ...": a given name and a surname after the
    // comma name the office's holder in apposition, not one more word of the body.
    if (words === 1 && s.isGiven(j) && s.isCap(j + 1)) return false;
  }
  return false;
}

/** Days and months end an organisation's name ("the Department of the Treasury on Monday"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow']);

const INITIAL_AND_NAME = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/** A token a capitalised organisation name may contain. */
function nameLike(s: SentenceScan, k: number): boolean {
  if (s.titleHit(k) || s.claimOf(k) !== Claim.Free || TIME_WORDS.has(s.lower(k))) return false;
  // "G.Ankhbayar", "Kh. Battulga": an initial before a surname is a person's, never a body's word
  // ("St. Petersburg" is a place the lexicon knows).
  if (INITIAL_AND_NAME.test(s.tok(k)!.text) || (INITIAL.test(s.tok(k)!.text) && !s.nameHit(k) && s.isCap(k + 1) && !/\.$/.test(s.tok(k + 1)!.text) && !s.nameHit(k + 1))) return false;
  // "Ts.Munkh-Orgil": an initial whose full stop the tokenizer split off, glued to the surname after it.
  if (/^\p{Lu}\p{Ll}?$/u.test(s.tok(k)!.text) && s.tok(k + 1)?.text === '.' && s.glued(k + 1) && s.glued(k + 2) && s.isCap(k + 2) && !s.nameHit(k)) return false;
  const h = s.nameHit(k);
  if (h && h.hit.entry.kind === 'person') return false;
  return s.isCap(k) || (s.isWord(k) && /^\p{Lu}/u.test(s.tok(k)!.text)) || /^\d/.test(s.tok(k)!.text) && s.isCap(k - 1);
}

/**
 * "Office for the Caucasus and Central Asia": two listed regions that belong to no one state, on
 * either side of "and" (the last token before it, the first after it), are one subject of the body
 * the complement names. A state after "and" ("Ministry of Health and Russia") stays outside the name.
 */
function stateless(s: SentenceScan, before: number, after: number): boolean {
  const a = s.nameHit(before);
  const b = s.nameHit(after);
  return !!a && !!b && a.end === before + 1 && b.start === after
    && a.hit.entry.kind === 'place' && b.hit.entry.kind === 'place' && !countryOfHit(a) && !countryOfHit(b);
}

/**
 * "Chairman of the Senate of the Parliament Tulegen Ashimbayev": a body that completes an office
 * ("<title> of the <body>") ends at its last head noun when two or three plain capitalised words
 * close the run, since they name the office's holder, given name or not. Words the lexicon knows
 * ("of the Parliament of Kazakhstan"), connectors ("for Science and Technology") or one word alone
 * ("Agency Rosmorrechflot") keep the body's name as it was.
 */
function holderAfterOfficeBody(s: SentenceScan, l: number, r: number): number {
  let k = l - 1;
  if (s.lower(k) === 'the') k--;
  if (s.lower(k) !== 'of' || !s.titleHit(k - 1)) return r;
  let lastHead = -1;
  for (let j = l; j < r; j++) {
    const h = headAt(s, j);
    if (h) { lastHead = h.end; j = h.end - 1; }
  }
  if (lastHead < 0 || r - lastHead < 2 || s.isCap(r)) return r;
  if (r - lastHead > 3) return holderAfterHeadComplement(s, lastHead, r);
  for (let j = lastHead; j < r; j++) {
    if (!s.isCap(j) || s.nameHit(j) || s.titleHit(j) || CONNECTORS.has(s.lower(j)) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(s.tok(j)!.text)) return r;
  }
  return lastHead;
}

/** Most words of the complement of a body's head noun before its holder: "of Industrialists and Entrepreneurs". */
const MAX_HEAD_COMPLEMENT = 6;

/**
 * "President of the Academy of Sciences Gulnora Bekmukhambetov", "Chairman of the Union of
 * Industrialists and Entrepreneurs X Y": the head noun of the body that completes an office has a
 * complement of its own ("of" or "for" and capitalised words), and the holder's name closes the run
 * after it. The last two words are the holder's when both are holder words and the complement
 * before them ends in a word, not a connector; a third word before them joins the holder only when
 * it is a listed given name ("of Directors Mohammad Jumma Adil"), since the complement's own last
 * word looks the same ("of Natural Sciences"). `head` is the token after the head noun; returns the
 * body's new end, or `r` unchanged.
 */
function holderAfterHeadComplement(s: SentenceScan, head: number, r: number): number {
  if (!/^(?:of|for)$/.test(s.lower(head)) || r - head > MAX_HEAD_COMPLEMENT + 3) return r;
  let h = r - 2;
  if (!holderWord(s, h) || !holderWord(s, h + 1)) return r;
  if (h - 1 > head + 1 && s.isGiven(h - 1) && holderWord(s, h - 1)) h--;
  if (h - 1 <= head || CONNECTORS.has(s.lower(h - 1)) || s.lower(h - 1) === 'the') return r;
  for (let j = head + 1; j < h; j++) if (!s.isCap(j) && !CONNECTORS.has(s.lower(j)) && s.lower(j) !== 'the') return r;
  return h;
}

/**
 * A plain capitalised word: a name's, with no digits, marks or inner capitals ("Amran", "Al-Misnad"),
 * or a surname with an elided article or patronymic before an apostrophe ("O'Brien", "D'Souza",
 * "N'Diaye"): no body's name has such a word.
 */
const PLAIN_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}?\p{Ll}+)?$/u;

/** Endings of abstract nouns that name a subject, never a person ("Diplomacy", "Security", "Planning"). */
const ABSTRACT_NOUN_ENDING = /(?:acy|ity|ure|ics|ing|ery|ogy|ment|tion|sion|ship|ness|ism|ance|ence)$/;

/** Whether token k may be a word of a person's name inside a capitalised run: plain, and no body's, portfolio's, place's or common word. */
function holderWord(s: SentenceScan, k: number): boolean {
  const { portfolio, nonName } = wordLists();
  const l = s.lower(k);
  return s.isCap(k) && PLAIN_WORD.test(s.tok(k)!.text) && !ABSTRACT_NOUN_ENDING.test(l) && !portfolio.has(l) && !nonName.has(l) && !s.nameHit(k) && !s.titleHit(k) && !headAt(s, k);
}

/**
 * Whether a holder's name opens at token k, right after a portfolio word of a body's complement: k
 * and the word after it are holder words ("Ministry of Foreign Affairs Amran Mohamed Zin"). A word
 * that continues the body ("Ministry of Foreign Affairs Press Office") has a head noun after it.
 */
function holderAfterPortfolio(s: SentenceScan, k: number): boolean {
  if (!wordLists().portfolio.has(s.lower(k - 1)) || !holderWord(s, k) || !(holderWord(s, k + 1) || particleSurnameAt(s, k + 1))) return false;
  for (let j = k + 2; j < s.last && j <= k + 3 && s.isCap(j); j++) if (headAt(s, j)) return false;
  return true;
}

/** Whether a style of address ("Dr.", "H.E.", "Dato' Sri") stands at token k before a capitalised word. */
function styleOfAddressAt(s: SentenceScan, k: number): boolean {
  return styleOfAddressEnd(s, k) >= 0;
}

/** The capitalised word after a style of address ("Dr.", "H.E.", "Dato' Sri") at token k, or -1. */
function styleOfAddressEnd(s: SentenceScan, k: number): number {
  const { honorifics } = wordLists();
  const t = s.tok(k);
  if (!t || !/^\p{Lu}/u.test(t.text)) return -1;
  let next = k + 1;
  if (!honorifics.has(s.lower(k)) && !honorifics.has(`${s.lower(k)}.`)) {
    if (!opensTwoWordStyle(s, k)) return -1;
    next = k + 2;
  }
  // The style's own full stop or apostrophe ("Dr.", "Dato'"), and a second style after it ("Dato' Sri").
  if (/^[.'’]$/.test(s.tok(next)?.text ?? '') && s.glued(next)) next++;
  return s.isCap(next) ? next : -1;
}

/** Most tokens a style of address takes before the name it opens ("Dato' Sri", "H.E" and its full stop). */
const STYLE_TOKENS = 3;

/** Whether a style of address ends right before token i ("H.E. Duma Boko"): i opens a person's name. */
function afterStyleOfAddress(s: SentenceScan, i: number): boolean {
  for (let k = i - 1; k >= s.first && k >= i - STYLE_TOKENS; k--) if (styleOfAddressEnd(s, k) === i) return true;
  return false;
}

/**
 * Whether token k is a given name by its place: a plain capitalised word, no portfolio's, body's or
 * listed word, before name particles and a surname after which the run of capitalised words ends
 * ("Ines de la Fuente said", "Joost ter Brugge,").
 */
function givenBeforeParticles(s: SentenceScan, k: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text) || s.nameHit(k) || headAt(s, k) || wordLists().portfolio.has(s.lower(k))) return false;
  if (!particleSurnameAt(s, k + 1)) return false;
  const { particles } = wordLists();
  let p = k + 1;
  while (p < s.last && particles.has(s.tok(p)!.text)) p++;
  // The surname, hyphenated parts and all, then no further capitalised word.
  let q = p + 1;
  while (q < s.last && s.tok(q)!.text === '-' && s.glued(q) && s.glued(q + 1)) q += 2;
  return q >= s.last || !s.isCap(q);
}

/** Whether name particles start at token k and lead to a capitalised surname ("de Vink", "van der Berg", "bin Ali", "al-Menfi"). */
function particleSurnameAt(s: SentenceScan, k: number): boolean {
  const { particles } = wordLists();
  let p = k;
  while (p < s.last && particles.has(s.tok(p)!.text)) p++;
  if (p === k || p >= s.last) return false;
  // "al-Menfi", "el-Sisi": the particle glued by a hyphen to the surname, as names read elsewhere.
  return s.isCap(p) || (s.tok(p)!.text === '-' && s.glued(p) && s.glued(p + 1) && s.isCap(p + 1));
}

/**
 * "the Central Bank of Nigeria and the People's Bank of China", "the Investment Fund and Khazanah
 * Nasional": "and" joins a second body rather than a word of the first when an article opens the
 * conjunct and a head noun of its own follows ("and the Arts" stays a subject), or when the "and"
 * comes straight after the first body's head, outside any complement, and no head noun follows
 * ("Bank and Trust Company" is one name, as is "Ministry of Trade and Industry").
 */
function secondBody(s: SentenceScan, and: number, k: number, inComplement: boolean): boolean {
  let hasHead = false;
  for (let j = k; j < s.last && j - k < 8 && (nameLike(s, j) || s.isPossessive(j)); j++) {
    if (headAt(s, j)) { hasHead = true; break; }
  }
  if (k === and + 2) return hasHead;
  return !inComplement && !hasHead && headAt(s, and - 1) !== null && nameLike(s, k) && !s.nameHit(k);
}

/** Most words of a company's brand written after its type ("Concern Turkmenhimiya"). */
const MAX_BRAND_WORDS = 2;

/**
 * The end of a brand of one or two capitalised words from token r (words no list knows, no given
 * name, no office) when a listed given name and a capitalised surname follow it, or -1. A brand is
 * never a person's first name, so the given name opens the person's name.
 */
function brandBeforeGivenName(s: SentenceScan, r: number): number {
  for (let n = 1; n <= MAX_BRAND_WORDS; n++) {
    const q = r + n - 1;
    if (!brandWord(s, q)) return -1;
    const g = q + 1;
    if (g + 1 < s.last && s.isGiven(g) && !s.glued(g) && s.isCap(g + 1) && s.claimOf(g + 1) === Claim.Free && !headAt(s, g + 1) && !s.nameHit(g + 1) && !s.titleHit(g + 1)) return g;
  }
  // "State Concern Turkmengaz Mirzohid Babayev": with no listed given name, one brand word and then two
  // holder words that close the capitalised run are the brand and the person's name.
  const g = r + 1;
  return g + 1 < s.last && holderWord(s, g) && holderWord(s, g + 1) && !s.isCap(g + 2) && s.claimOf(g) === Claim.Free && s.claimOf(g + 1) === Claim.Free ? g : -1;
}

/** Whether token q may be a word of a company's brand: capitalised, free, and no given name, listed name, office, head noun or never-a-name word. */
function brandWord(s: SentenceScan, q: number): boolean {
  return q < s.last && /^\p{Lu}[\p{L}-]+$/u.test(s.tok(q)!.text) && !s.glued(q) && s.claimOf(q) === Claim.Free
    && !s.isGiven(q) && !s.nameHit(q) && !s.titleHit(q) && !headAt(s, q) && !wordLists().nonName.has(s.lower(q));
}

/**
 * "Ministry of Foreign Affairs", "Belarusian State University", "Irkutsk Oblast Government",
 * "Chinese Foreign Ministry": a capitalised phrase around a head noun is an organisation.
 */
export function headNounOrganizations(s: SentenceScan): void {
  const { nonName, scopeOpeners } = wordLists();
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free || s.titleHit(i)) continue;
    // A one-word listed body that is also a head noun heads a longer name: "Congress of South African Trade Unions".
    // Only a body listed as this one word qualifies: the last word of "European Union" before "on Monday" heads nothing.
    const listed = s.nameHit(i);
    if (listed && !(listed.start === i && listed.end === i + 1 && listed.hit.entry.kind === 'organization' && CONNECTORS.has(s.lower(i + 1)) && s.lower(i + 1) !== 'and')) continue;
    const head = headAt(s, i);
    if (!head) continue;
    // "H.E. Duma Gideon Boko", "Mr. Senate Ruiz": a word right after a style of address opens a
    // person's name, even one that heads bodies' names elsewhere ("the State Duma").
    if (head.end === i + 1 && s.isCap(i + 1) && afterStyleOfAddress(s, i)) continue;
    // "Minister of Treasury and Finance Mehmet Şimşek", "Head of Customs": a head noun that is the
    // subject of the office before it names the portfolio, not a body; the title rule takes it.
    if (isPortfolioOfTitle(s, i)) continue;
    // "in the Oval Office", "at the Dolmabahçe Working Office": a room a head of state works in, no body.
    if (roomOffice(s, i, head.end)) continue;
    // Extend left over capitalised words and country words: "Belarusian State", "Irkutsk Oblast".
    let l = i;
    // "People's Committee", "People's Bank of China": "People's" opens many bodies' names and belongs to them.
    if (l - 2 >= s.first && s.isPossessive(l - 1) && s.lower(l - 2) === 'people' && s.isCap(l - 2) && s.claimOf(l - 2) === Claim.Free) l -= 2;
    for (;;) {
      // "Tarnak-Energo Grid Holdings": a capitalised word glued by a hyphen to the name's first word is part of it.
      if (l - 2 >= s.first && /^[-‐]$/.test(s.tok(l - 1)!.text) && s.glued(l - 1) && s.glued(l) && s.claimOf(l - 1) === Claim.Free
        && nameLike(s, l - 2) && !s.nameHit(l - 2) && /^\p{Lu}\p{Ll}/u.test(s.tok(l - 2)!.text)) {
        l -= 2;
        continue;
      }
      if (l - 1 < s.first || !nameLike(s, l - 1)) break;
      const prev = s.tok(l - 1)!;
      // "However", "In", "Senior" open the sentence, not the body; "National Assembly" opens with its reach.
      if (s.atClauseStart(l - 1) && nonName.has(prev.lower) && !s.nameHit(l - 1) && !scopeOpeners.has(prev.lower)) break;
      if (nonName.has(prev.lower) && prev.lower === 'the') break;
      const h = s.nameHit(l - 1);
      l = h ? h.start : l - 1;
    }
    // "the Kenya Power and Lighting Company", "the General Water and Electricity Corporation": after
    // "the", capitalised words joined by "and" to the words before the head are one name; "and" opens
    // no second body when no head noun closes the words before it.
    l = andJoinedOpening(s, l);
    // "Japan–Vietnam Friendship Parliamentary Alliance", "Russia-Belarus Business Council": two states
    // joined by a dash open a body of both, which is no one state's.
    const pair = statePairBefore(s, l);
    if (pair !== null) l = pairOpening(s, pair);
    // Extend right over more heads, capitalised words, and "of/for ..." complements.
    let r = head.end;
    // The main head is the last one before any "of"/"for" complement: "Municipality Association" is an association.
    let main = head;
    let inComplement = false;
    for (;;) {
      const next = headAt(s, r);
      if (next) {
        r = next.end;
        // A sectorless head ("International Trade Union Confederation") keeps the sector of the head before it.
        if (!inComplement && (next.sector !== null || main.sector === null)) main = next;
        continue;
      }
      // "State Concern Turkmenhimiya Rustam Nazarov", "Holding Uzkimyosanoat Bakhodir Sodikov": a company's
      // type written before its brand takes the brand in, up to the listed given name of the person after it.
      if (!inComplement && main.sector === 'BUS' && r === main.end) {
        const brandEnd = brandBeforeGivenName(s, r);
        if (brandEnd > r) {
          r = brandEnd;
          break;
        }
      }
      // "Federal Service for Intellectual Property, Patents and Trademarks", "Ministry of Economy,
      // Trade and Industry": inside a complement, a comma joins a list that closes with "and".
      // "Department of Commerce, Shri A and B were present": a style of address after the comma opens a
      // person's name, so the comma ends the body's name rather than joining a list of its portfolios.
      const listComma = inComplement && s.lower(r) === ',' && !styleOfAddressAt(s, r + 1) && commaListCloses(s, r + 1);
      if ((CONNECTORS.has(s.lower(r)) || listComma) && r + 1 < s.last) {
        let k = r + 1;
        if (s.lower(k) === 'the') k++;
        // "Office of the President", "Administration of the Head of the Republic": a body serving an
        // office (with "the", not a named holder) takes the office into its name; a name after it is
        // the holder of the office before the body ("Chief of Staff of the Office of the President J.Sukhbaatar").
        const office = s.lower(r) === 'of' && k === r + 2 ? s.titleHit(k) : undefined;
        if (office && office.start === k && s.claimOf(k) === Claim.Free) {
          inComplement = true;
          r = office.end;
          continue;
        }
        if (s.lower(r) === 'and' && secondBody(s, r, k, inComplement)) break;
        if (k < s.last && nameLike(s, k) && !(s.lower(r) === 'and' && s.nameHit(k) && !headAt(s, k) && !stateless(s, r - 1, k))) {
          if (s.lower(r) !== 'and') inComplement = true;
          r = k;
          while (r < s.last && (nameLike(s, r) || (s.tok(r)!.text === '-' && s.glued(r) && s.glued(r + 1)))) {
            // "Federal Service for Patents and Trademarks Grigory Ivliyev": the body's name ends where its
            // head's name begins, at a given name with a surname after it.
            if (r > k && s.isGiven(r) && s.isCap(r + 1) && !headAt(s, r + 1) && !s.nameHit(r + 1)) break;
            // "... for Patents and Trademarks Ines de la Fuente": a word right before name particles and a
            // surname that ends the run is a given name, unlisted or not, and opens the head's name.
            if (r > k && givenBeforeParticles(s, r)) break;
            // "Ministry of Foreign Affairs Amran Mohamed Zin": the portfolio a ministry is named for ends
            // its complement; two plain capitalised words right after it, neither a portfolio's, body's or
            // place's word, are its holder's name.
            if (r > k && holderAfterPortfolio(s, r)) break;
            // "Ministry of Foreign Affairs Dato' Sri Amran", "... Affairs H.E. Ali Khan": a style of address
            // opens a person's name and is never a word of a body's.
            if (r > k && styleOfAddressAt(s, r)) break;
            const h = s.nameHit(r);
            r = h ? h.end : r + 1;
            // "Government of the Region Nikita Orlov": "the" and a bare noun of a region ("the Region",
            // "the Krai") is the whole complement, the region the text is about; a capitalised word after
            // it that opens no other body is its holder's name.
            if (r === k + 1 && s.lower(k - 1) === 'the' && wordLists().regionSuffixes.has(lookupKey(s.tok(k)!.text))
              && s.isCap(r) && !headAt(s, r) && !s.nameHit(r)) break;
            // "People's Committee of Ben Tre Province Le Van Hung": a region's suffix after words of an unlisted
            // place closes the place's name, so two capitalised words after it that open no body are a holder's.
            if (r > k + 1 && !h && s.isCap(r - 1) && wordLists().regionSuffixes.has(s.lower(r - 1))
              && s.isCap(r) && s.isCap(r + 1) && !headAt(s, r) && !s.nameHit(r)) break;
            // "Government of the Irkutsk Oblast Konstantin Zaitsev": after a place the complement is complete
            // unless another head noun follows ("Ministry of Health Care").
            // "... of the Kingdom of the Netherlands Marcel de Vink": a surname may open on its particles.
            // "... of the CPC Central Committee": a capitalised word with a head noun right after it goes on
            // into a body of the listed one, and is no holder's name.
            // "... Office of Yunnan Province Yang Zhaoyun": a region's suffix right after the place is a word of
            // the place's name, and the complement ends after it as it would after the place.
            const e = h && h.end === r && r < s.last - 1 && s.isCap(r) && !s.nameHit(r) && wordLists().regionSuffixes.has(lookupKey(s.tok(r)!.text)) ? r + 1 : r;
            if (h && h.end === r && h.hit.entry.kind !== 'demonym' && !s.nameHit(e) && !headAt(s, e) && s.isCap(e)
              && !wordLists().portfolio.has(s.lower(e)) && (s.isCap(e + 1) || particleSurnameAt(s, e + 1))
              && !(h.hit.entry.kind === 'organization' && headAt(s, e + 1))) {
              r = e;
              break;
            }
          }
          continue;
        }
      }
      break;
    }
    if (s.isPossessive(r) && headAt(s, r + 1)) r = headAt(s, r + 1)!.end;
    r = holderAfterOfficeBody(s, l, r);
    r = companyProperName(s, main, r);
    const beforeIn = r;
    r = chamberAbroad(s, l, r);
    // The state after "in" is still a place the text names, inside the chamber's name.
    if (r > beforeIn) hostStateInside(s, beforeIn + 1, r);
    // A lone capitalised head noun is an organisation only for the bodies a text names that way ("the Parliament").
    if (r - l === 1 && (!SINGLE_WORD_BODIES.has(s.lower(l)) || s.atClauseStart(l))) {
      i = r - 1;
      continue;
    }
    const text = s.span(l, r);
    const known = organizationLexicon().get(lookupKey(text))?.entry;
    let country: string | null = known?.code ?? null;
    /** An international body the name holds after "for", as its subject. */
    let subjectBody = false;
    if (pair === null && (!country || known?.national)) {
      for (let k = l; k < r; k++) {
        const h = s.nameHit(k);
        // Places and demonyms inside the name say whose body it is; a listed body inside it ("Congress") does not.
        const c = h && h.hit.entry.kind !== 'person' && !(h.hit.entry.kind === 'organization' && wordLists().orgHeads.has(s.key(h.start, h.end)))
          ? countryOfHit(h) : null;
        if (c) {
          // "the ASEAN Department", "the UN Division": a ministry's unit for an international body is no body of it.
          if (!known && h!.hit.entry.kind === 'organization' && !countryName(c) && MINISTRY_UNIT.test(text)) break;
          // "Federal Agency for the Commonwealth of Independent States Affairs": an international body after
          // "for" is what the body works on, as a portfolio is, and no owner of it.
          if (!known && h!.hit.entry.kind === 'organization' && !countryName(c) && forBefore(s, h!.start, l)) {
            subjectBody = true;
            break;
          }
          country = c;
          break;
        }
      }
      const before = countryWordBefore(s, l);
      if (before && (!country || known?.national)) country = before.country;
      if (!country && !known) country = regionAdjectiveCountry(s, l, r);
    }
    // "Organization of Turkic States", "League of Arab Nations": bodies of several states. "the United
    // States" is one state: "the Senate Foreign Relations Committee of the United States" is its body.
    // The states of a body it works on are not its members.
    if (!known && !subjectBody && INTERSTATE.test(text.replace(ONE_STATE_NAMED_STATES, ''))) country = 'IGO';
    // "the EU-Uzbekistan Cooperation Council": a body of a union of states and a state is intergovernmental.
    if (!known && pair !== null && unionOfStatesAt(s, pair)) country = 'IGO';
    // A listed body's own sector wins, even when it has none: the European Union is no trade union.
    let sector = known ? known.sector : main.sector;
    if (sector === 'BUS' && STATE_BANK.test(lookupKey(text))) sector = 'GOV';
    // "Assembly of Heads of State and Government of the African Union", "Council of Heads of
    // Government": a meeting of leaders is executive, whatever its head noun says.
    if (!known && HEADS_OF.test(text)) sector = 'GOV';
    s.push({
      start: s.tokens[l]!.start, end: s.tokens[r - 1]!.end, tokenStart: l, tokenEnd: r,
      type: 'organization', form: 'name', canonical: known?.name ?? text.replace(/\s+/g, ' '),
      country, sector, rule: known ? 'org-lexicon' : 'org-head-noun',
    });
    i = r - 1;
  }
}

/** Adjectives of a place and the endings that turn them back into its name: "Siberian", "Crimean", "Far Eastern". */
const PLACE_ADJECTIVE = /(?:ian|ean|ern)$/;
/** How many words a place adjective opening a body's name may have ("West Siberian", "Far Eastern"). */
const MAX_PLACE_ADJECTIVE_WORDS = 2;

/**
 * "the West Siberian Railway", "the Far Eastern Shipping Company": a body named with the adjective of a
 * region or area of one state, which the gazetteer knows under its noun ("West Siberia", "Far East"),
 * is a body of that state.
 */
function regionAdjectiveCountry(s: SentenceScan, l: number, r: number): string | null {
  for (let n = Math.min(MAX_PLACE_ADJECTIVE_WORDS, r - l - 1); n >= 1; n--) {
    const last = s.tok(l + n - 1)!.text;
    if (!PLACE_ADJECTIVE.test(last)) continue;
    let words = true;
    for (let k = l; k < l + n; k++) if (!s.isCap(k)) words = false;
    if (!words) continue;
    const noun = last.endsWith('ern') ? last.slice(0, -3) : last.slice(0, -1);
    const place = placeByName(n === 1 ? noun : `${s.span(l, l + n - 1)} ${noun}`);
    if (place && place.country && place.kind !== 'country' && !place.also) return place.country;
  }
  return null;
}

/**
 * "the American Chamber of Commerce in Canada", "the British Chamber of Commerce in Korea": a chamber
 * of one state's business people in another state takes that state into its name. Only after a demonym
 * that opens the name and before another state than the demonym's: "the Canadian Chamber of Commerce in
 * Canada" and "a Chamber of Commerce in Toronto" end before "in".
 */
function chamberAbroad(s: SentenceScan, l: number, r: number): number {
  if (s.lower(r) !== 'in' || r + 1 >= s.last) return r;
  const own = s.nameHit(l);
  if (!own || own.start !== l || own.hit.entry.kind !== 'demonym') return r;
  let chamber = false;
  for (let k = own.end; k < r; k++) if (s.lower(k) === 'chamber') chamber = true;
  if (!chamber) return r;
  const there = s.nameHit(r + 1);
  if (!there || there.start !== r + 1 || there.hit.entry.kind !== 'country') return r;
  const a = countryOfHit(own);
  return a && a !== countryOfHit(there) ? there.end : r;
}

/**
 * "the State Atomic Energy Corporation Rosatom", "the Unified Energy Company Tsentrenergo": a company
 * named by its kind, then by its own one-word name that the organisations list holds, is one company.
 * Only a word in lower case after its capital ("Rosatom", not "NATO"), right after a company's head noun.
 */
function companyProperName(s: SentenceScan, main: { sector: string | null }, r: number): number {
  if (main.sector !== 'BUS' || !headAt(s, r - 1)) return r;
  const h = s.nameHit(r);
  if (!h || h.start !== r || h.end !== r + 1 || h.hit.entry.kind !== 'organization' || s.claimOf(r) !== Claim.Free) return r;
  return /^\p{Lu}\p{Ll}+$/u.test(s.tok(r)!.text) ? r + 1 : r;
}

/** Pushes the state named at tokens k..end inside a body's name as a place of its own. */
function hostStateInside(s: SentenceScan, k: number, end: number): void {
  const h = s.nameHit(k)!;
  if (h.hit.entry.kind !== 'country') return;
  const e = h.hit.entry;
  s.push({
    start: s.tokens[k]!.start, end: s.tokens[end - 1]!.end, tokenStart: k, tokenEnd: end, type: 'place', form: 'name',
    canonical: e.name, country: e.iso3, sector: null, placeKind: 'country', rule: 'country-name',
  });
}

/** Whether the head noun at i..end is "Office" right after a word that makes it a room ("Oval", "Working"). */
function roomOffice(s: SentenceScan, i: number, end: number): boolean {
  return end === i + 1 && s.lower(i) === 'office' && i - 1 >= s.first && s.isCap(i - 1) && wordLists().roomOffices.has(lookupKey(s.tok(i - 1)!.text));
}

/**
 * Where a body's name opens when "the", capitalised words and "and" stand right before token l
 * ("the Kenya Power and Lighting Company"); l itself when they do not. None of the words may be a
 * head noun or a listed person or body, and the word before "and" no state ("the Peru and Oceania
 * Division" names a state beside a region), so "the Nokia and Energy Agency" and "Sweden and Energy
 * Agency" (no "the") stay apart.
 */
function andJoinedOpening(s: SentenceScan, l: number): number {
  if (l - 3 < s.first || s.lower(l - 1) !== 'and' || s.nameHit(l - 2)?.hit.entry.kind === 'country') return l;
  let k = l - 2;
  for (; k >= s.first && s.isCap(k) && /^\p{Lu}\p{Ll}+$/u.test(s.tok(k)!.text) && s.claimOf(k) === Claim.Free && !headAt(s, k); k--) {
    const kind = s.nameHit(k)?.hit.entry.kind;
    if (kind === 'person' || kind === 'organization') return l;
  }
  if (k === l - 2 || k < s.first || s.lower(k) !== 'the') return l;
  return k + 1;
}

/** Whether "for" or "for the" stands right before token k, inside a body's name opening at token l. */
function forBefore(s: SentenceScan, k: number, l: number): boolean {
  const at = k - 1 > l && s.lower(k - 1) === 'the' ? k - 2 : k - 1;
  return at > l && s.lower(at) === 'for';
}

/** A dash between two states' names ("Japan–Vietnam", "Russia - Belarus"). */
const PAIR_DASH = /^[-‐‑–—]$/;

/** The state a lexicon name at token k stands for, when it is a state's name or demonym. */
function stateAt(s: SentenceScan, k: number): { start: number; end: number; country: string } | null {
  const h = s.nameHit(k);
  if (!h || (h.hit.entry.kind !== 'country' && h.hit.entry.kind !== 'demonym')) return null;
  const country = countryOfHit(h);
  return country ? { start: h.start, end: h.end, country } : null;
}

/**
 * "the Permanent Russian-Iranian Commission", "the Intergovernmental Russia-Belarus Council": capitalised
 * words before the pair of states are the body's too, up to "the" or a word that opens the clause and
 * names nothing ("In", "The"); a name the lexicon knows, a title or a person stays out.
 */
function pairOpening(s: SentenceScan, l: number): number {
  const { nonName } = wordLists();
  while (l - 1 >= s.first && s.isCap(l - 1) && nameLike(s, l - 1) && !s.nameHit(l - 1) && !headAt(s, l - 1)
    && s.lower(l - 1) !== 'the' && !(s.atClauseStart(l - 1) && nonName.has(s.lower(l - 1)))) l--;
  return l;
}

/**
 * A listed body of several states at token k ("EU", "ASEAN"), which as a party of a pair stands where
 * a state would ("the EU-Uzbekistan Cooperation Council"); null for a body of one state or no body.
 */
function unionOfStatesAt(s: SentenceScan, k: number): { start: number; end: number; country: string } | null {
  const h = s.nameHit(k);
  if (!h || h.hit.entry.kind !== 'organization') return null;
  const code = countryOfHit(h);
  return code && !countryName(code) ? { start: h.start, end: h.end, country: code } : null;
}

/**
 * Where a body's name opens when two states joined by a dash stand right before token l, the
 * second of them starting at l ("Japan–Vietnam Friendship ..."); else null. The first may be a
 * body of several states ("EU-Uzbekistan Cooperation Council").
 */
function statePairBefore(s: SentenceScan, l: number): number | null {
  const second = stateAt(s, l);
  if (!second || second.start !== l || l - 2 < s.first || !PAIR_DASH.test(s.tok(l - 1)!.text)) return null;
  const first = stateAt(s, l - 2) ?? unionOfStatesAt(s, l - 2);
  if (!first || first.end !== l - 1 || first.country === second.country || s.claimOf(first.start) !== Claim.Free) return null;
  return first.start;
}

/** Tokens of a company name after a legal form: capitalised words, glued hyphen parts, or a quoted name. */
function companyNameEnd(s: SentenceScan, i: number): number {
  let k = i;
  const open = s.tok(k)?.text;
  if (open && /^[“"«„]$/.test(open)) {
    k++;
    while (k < s.last && !/^[”"»“]$/.test(s.tok(k)!.text)) k++;
    return k < s.last ? k + 1 : i;
  }
  while (k < s.last && (s.isCap(k) || (/^[-–&]$/.test(s.tok(k)!.text) && s.glued(k) && s.glued(k + 1)) || (s.glued(k) && s.isWord(k) && k > i))) {
    if (s.titleHit(k) || (s.claimOf(k) !== Claim.Free)) break;
    // "JSC Samruk-Kazyna Nurlan Zhakupov": the company's name ends where its head's begins, at a given
    // name with a surname after it.
    if (k > i && s.isGiven(k) && s.isCap(k + 1) && !s.glued(k)) break;
    // "JSC Samruk-Kazyna Joost ter Brugge": a word right before name particles and a surname that ends
    // the run is a given name, listed or not, as after a ministry's complement.
    if (k > i && !s.glued(k) && givenBeforeParticles(s, k)) break;
    if (holderNameAt(s, i, k)) break;
    k++;
  }
  return k;
}

/** Whether token k is a capitalised word that can be a word of a person's name and of no company's: no head noun, legal form, office, listed name, nor a word the text writes in lower case. */
function personWordAt(s: SentenceScan, k: number): boolean {
  const { orgHeads, legalSuffixes, nonName, mineWords, facilities, portfolio } = wordLists();
  const text = s.tok(k)?.text ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || s.titleHit(k) || s.nameHit(k)) return false;
  const lower = s.lower(k);
  return !orgHeads.has(lower) && !legalSuffixes.has(text) && !nonName.has(lower) && !portfolio.has(lower) && !mineWords.has(lower) && !facilities.has(lower) && !s.lowerWords.has(lower);
}

/**
 * "the chief executive of JSC Tarnak-Energo Nic Harper said": a company named by its legal form and a name
 * after an office's "of" is the office's body, and its holder's name follows it. So two capitalised words
 * that close the run after a complete company name (a word of its own, not only a listed place), each a
 * person's word and no company's, are the holder's name and end the company's name. A company word among them keeps them in the company
 * ("JSC Tarnak-Energo Grid Holdings"), and so does a run that goes on past them.
 */
function holderNameAt(s: SentenceScan, i: number, k: number): boolean {
  if (k <= i || s.glued(k) || s.glued(k + 1) || !s.isCap(k + 1)) return false;
  // "Nic Harper-Jones": a surname may be two joined by a hyphen.
  let last = k + 1;
  if (/^[-‐]$/.test(s.tok(last + 1)?.text ?? '') && s.glued(last + 1) && s.glued(last + 2) && personWordAt(s, last + 2)) last += 2;
  const after = last + 1;
  if (after < s.last && (s.isCap(after) || (s.glued(after) && (s.isWord(after) || /^[-–&]$/.test(s.tok(after)!.text))))) return false;
  if (!personWordAt(s, k) || !personWordAt(s, k + 1)) return false;
  // The name before them is a company's whole name only with a word of its own: a place's name alone
  // ("JSC Kazakhstan Temir Zholy") opens the company's name, which the words after complete.
  let own = false;
  for (let j = i; j < k && !own; j++) own = !s.nameHit(j);
  if (!own) return false;
  // The office and its "of" right before the legal form: "chief executive of JSC ...".
  return i - 3 >= s.first && s.lower(i - 2) === 'of' && s.titleHit(i - 3) !== undefined;
}

/**
 * "JSC Samruk-Kazyna": the legal form written before a listed body's name changes no body, so the
 * company is of the state the list gives that body; a longer or other name after the form is not it.
 */
function listedCompanyCountry(s: SentenceScan, start: number, end: number): string | null {
  const h = s.nameHit(start);
  return h && h.start === start && h.end === end && h.hit.entry.kind === 'organization' ? countryOfHit(h) : null;
}

/** "OOO Mogilevliftmash-Usolye", "JSC Belshina", "Acme Holdings Ltd", "Siemens AG": companies by legal form. */
export function legalFormCompanies(s: SentenceScan): void {
  const { nonName } = wordLists();
  for (let i = s.first; i < s.last; i++) {
    if (s.claimOf(i) !== Claim.Free) continue;
    const t = s.tok(i)!;
    // Whether the word is a legal form written before a company's name ("JSC", "OOO"), or after it ("Ltd", "AG").
    const prefix = s.marked(i, Mark.LegalPrefix);
    const suffix = s.marked(i, Mark.LegalSuffix);
    if (!prefix && !suffix) continue;
    if (prefix) {
      const end = companyNameEnd(s, i + 1);
      if (end > i + 1) {
        const text = s.span(i, end);
        s.push({
          start: t.start, end: s.tokens[end - 1]!.end, tokenStart: i, tokenEnd: end,
          type: 'organization', form: 'name', canonical: text.replace(/\s+/g, ' '),
          country: countryWordBefore(s, i)?.country ?? listedCompanyCountry(s, i + 1, end), sector: 'BUS', rule: 'company-legal-prefix',
        });
        i = end - 1;
        continue;
      }
    }
    // "Acme Ltd", "Mitsui & Co.": the form closes a capitalised name, or an "&" after one.
    const amp = s.tok(i - 1)?.text === '&' && i - 1 > s.first && s.isCap(i - 2);
    if (suffix && i > s.first && (s.isCap(i - 1) || amp) && !s.nameHit(i - 1)) {
      let l = i;
      while (l - 1 >= s.first && s.claimOf(l - 1) === Claim.Free && !s.titleHit(l - 1)
        && (s.isCap(l - 1) || (s.tok(l - 1)!.text === '&')) && !(s.atClauseStart(l - 1) && nonName.has(s.lower(l - 1)))) l--;
      if (l < i) {
        const text = s.span(l, i + 1);
        s.push({
          start: s.tokens[l]!.start, end: t.end, tokenStart: l, tokenEnd: i + 1,
          type: 'organization', form: 'name', canonical: text.replace(/\s+/g, ' '),
          country: countryWordBefore(s, l)?.country ?? null, sector: 'BUS', rule: 'company-legal-suffix',
        });
      }
    }
  }
}
