import type { Actor, Mention } from '../../document/layers.js';
import { lowerBound } from '../../document/span.js';
import { countryByName, demonymToCountry } from '../../lexicon/countries.js';
import { titleByWords } from '../../lexicon/titles.js';
import { DEFINITE_BEFORE, ROYAL_STYLE_BEFORE, deputyOnly, titleFits } from '../coreference/titles.js';
import { isLocalOffice } from '../coreference/local-office.js';
import { wordLists } from '../../lexicon/words.js';
import { lookupKey } from '../../lexicon/normalize.js';
import { organizationByName } from '../../lexicon/organizations.js';
import { escapeRegExp } from '../../lexicon/escape-regexp.js';
import { genderOf, honorificGender, type Gender } from '../coreference/gender.js';

/**
 * Look-ups over the mentions layer by offset, binary-searched so that attributing every
 * quote stays cheap on long documents.
 */
export class SpeakerIndex {
  private readonly mentions: readonly Mention[];
  private readonly actors: ReadonlyMap<string, Actor>;

  private readonly text: string;
  private nameWords: Map<string, Actor[]> | null = null;

  /** `actors`: the actors layer by id (actorsById). */
  constructor(text: string, mentions: readonly Mention[], actors: ReadonlyMap<string, Actor>) {
    this.text = text;
    // The mentions layer is normally in this order already; sorting is then a copy.
    this.mentions = inOrder(mentions) ? mentions.slice() : [...mentions].sort(byStartLongestFirst);
    this.actors = actors;
  }

  /** The mention that starts exactly at `offset` (or after a leading "the "), longest first, people first. */
  startingAt(text: string, offset: number): Mention | null {
    let at = offset;
    const the = /^the[ \t\u00a0]+/i.exec(text.slice(offset, offset + 8));
    const offsets = the ? [at, at + the[0].length] : [at];
    for (at of offsets) {
      const i = lowerBound(this.mentions, at);
      let best: Mention | null = null;
      for (let k = i; k < this.mentions.length && this.mentions[k]!.start === at; k++) {
        const m = this.mentions[k]!;
        if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.end > best.end)) best = m;
      }
      if (best) return best;
    }
    return null;
  }

  /**
   * Mentions that end at or before `offset` and start at or after `from`, nearest first;
   * among mentions ending at the same place the longest ("Ministry of Foreign Affairs of
   * Belarus" over "Belarus") comes first.
   */
  endingBefore(offset: number, from: number, limit = 8): Mention[] {
    const out: Mention[] = [];
    // Mentions are sorted by start; any mention ending before `offset` starts before it.
    for (let k = lowerBound(this.mentions, offset) - 1; k >= 0 && out.length < limit * 3; k--) {
      const m = this.mentions[k]!;
      if (m.start < from) break;
      if (m.end <= offset) out.push(m);
    }
    return out.sort((a, b) => b.end - a.end || a.start - b.start).slice(0, limit);
  }

  /**
   * The mention that best names a speaker among those wholly inside [start, end): resolved
   * before unresolved, people before organisations before places, the later on a tie
   * ("Governor of Irkutsk Oblast Igor Kobzev" -> Igor Kobzev).
   */
  bestWithin(start: number, end: number): Mention | null {
    let best: Mention | null = null;
    let bestScore = -1;
    for (let k = lowerBound(this.mentions, start); k < this.mentions.length && this.mentions[k]!.start < end; k++) {
      const m = this.mentions[k]!;
      if (m.end > end) continue;
      const score = (m.actor ? 10 : 0) + rank(m);
      if (score >= bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * The one person actor whose name contains a capitalised word of `words` ("Wang" -> "Wang Yi"),
   * or null when none or several do.
   */
  personByNameWord(words: string): Actor | null {
    this.nameWords ??= buildNameWords(this.actors);
    let found: Actor | null = null;
    for (const w of words.split(/[\s,]+/)) {
      if (!isNameWord(w)) continue;
      const actors = this.nameWords.get(w);
      if (!actors) continue;
      if (actors.length > 1 || (found && found !== actors[0])) return null;
      found = actors[0]!;
    }
    return found;
  }

  /**
   * "the secretary said", "the Russian minister added", "the Bryansk Governor", "the head of the
   * Uzbek foreign ministry noted": a role noun the mentions layer left as plain words, resolved to
   * the named person holding that office, the one mentioned last before `at`. A demonym among the
   * words gives the holder's country; a place word before the office ("Bryansk") must be in the
   * holder's title.
   */
  holderOfRole(words: string, at: number): Actor | null {
    const parts = words.trim().replace(/^the[ \t\u00a0]+/i, '').split(/[ \t\u00a0]+/).filter(Boolean);
    if (parts.length === 0 || parts.length > 12) return null;
    let country: string | null = null;
    const rest: string[] = [];
    for (const w of parts) {
      // "Egyptian Foreign Minister", or "Egypt's Foreign Minister" with the country as possessor.
      const possessor = /^(\p{Lu}.*)['’]s$/u.exec(w);
      const c = possessor ? (countryByName(possessor[1]!)?.iso3 ?? null) : /^\p{Lu}/u.test(w) ? demonymToCountry(w) : null;
      if (c && !country) country = c;
      else rest.push(w);
    }
    // Capitalised words before the office that are no part of it: "Bryansk" in "Bryansk Governor".
    const qualifiers: string[] = [];
    while (rest.length > 1 && /^\p{Lu}/u.test(rest[0]!) && !titleByWords(rest.join(' ')) && !portfolioWord(rest[0]!)
      && titleByWords(rest.slice(1).join(' '))) qualifiers.push(rest.shift()!.toLowerCase());
    const role = rest.join(' ');
    if (!role) return null;
    if (!titleByWords(role) && !titleByWords(rest[rest.length - 1]!) && !MINISTRY_HEAD.test(role)) return this.holderOfWrittenOffice(role, at);
    const holds = (a: Actor) => !a.nominal && titleFits(role, a.title) && (!country || a.country === country)
      && !qualifiers.some((q) => !(a.title ?? '').toLowerCase().includes(q));
    // The last holder of the office itself; a deputy's office only when no one holds the office.
    // "External Affairs Minister remarked" after "Foreign Minister of Chile B": an office written in the
    // very words of one holder's title is that holder's, before one who holds it under other words.
    const key = ` ${lookupKey(role)} `;
    const sameWords = (a: Actor) => parts.length >= 2 && ` ${lookupKey(a.title ?? '')} `.includes(key);
    let deputy: Actor | null = null;
    let latest: { actor: Actor; mention: Mention } | null = null;
    // Once a holder is found, only the mentions just before it are searched for one in the same words.
    for (let k = lowerBound(this.mentions, at) - 1, after = 0, scanned = 0; k >= 0 && after < MAX_SAME_WORDS_LOOKBACK; k--) {
      if (latest) after++;
      // An office no one near holds is looked for no further back than this, so a text of many
      // such quotations and no holder costs each quotation a bounded walk.
      else if (++scanned > MAX_ROLE_LOOKBACK) break;
      const mention = this.mentions[k]!;
      const a = this.actorOf(mention);
      if (!a || a.type !== 'person' || !holds(a)) continue;
      if (!deputyOnly(role, a.title)) {
        latest ??= { actor: a, mention };
        if (!sameWords(latest.actor) && sameWords(a)) return a;
        if (sameWords(latest.actor) || parts.length < 2) break;
        continue;
      }
      deputy ??= a;
    }
    if (latest) return this.subjectHolder(latest.actor, latest.mention, (b) => holds(b) && !deputyOnly(role, b.title));
    return deputy;
  }

  /**
   * "Secretary A met with Secretary of Economy B. “...,” said the Secretary": of the holders that fit,
   * named last in one sentence, the one named first there, its subject, is the likelier one meant.
   */
  private subjectHolder(latest: Actor, at: Mention, fits: (a: Actor) => boolean): Actor {
    const start = sentenceStartBefore(this.text, Math.max(0, at.start - 400), at.start);
    let best = latest;
    for (let k = lowerBound(this.mentions, at.start) - 1; k >= 0 && this.mentions[k]!.start >= start; k--) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const a = this.actorOf(m);
      if (a && a !== latest && a.type === 'person' && fits(a)) best = a;
    }
    return best;
  }

  /**
   * Who a noun phrase standing for a person refers to: an office's named holder ("the minister"),
   * "the latter" / "the former" of the people just named, "his counterpart" (the person the text
   * introduced as someone's counterpart), "the guest" (the person received or welcomed), "the head
   * of the region" (the named holder of a regional office), "the head of the delegation" (the person it
   * was led by).
   */
  /**
   * Whether the words are a phrase that picks out its person by relation rather than by office
   * ("his counterpart", "the guest", "the latter", "His Highness", "the head of the delegation"):
   * a possessive inside such a phrase ("his") is not the speaker.
   */
  isRelationalPhrase(words: string): boolean {
    // Most speakers' words hold none of the phrases' nouns: one test then answers for all nine.
    if (!RELATIONAL_NOUN.test(words)) return false;
    const w = words.trim().replace(/[ \t\u00a0]+/g, ' ');
    return ORDER_WORD.test(w) || STYLE_OF_ADDRESS.test(w) || HOLY_FATHER.test(w) || COUNTERPART_WORDS.test(w) || INTERLOCUTOR_WORDS.test(w) || GUEST_WORDS.test(w) || HOST_WORDS.test(w) || DELEGATION_HEAD_WORDS.test(w) || FIRST_LADY_WORDS.test(w);
  }

  /** "official", "the Japanese lawmaker": a person described by no office anyone holds. */
  isPlainDescription(words: string): boolean {
    return GENERIC_PERSON_NOUN.test(words.trim().replace(/[ \t\u00a0]+/g, ' '));
  }

  referent(words: string, at: number): Actor | null {
    // "the head of our state", "our Foreign Minister": in a release, "our" is the issuing state's; the
    // office is read without it ("the head of state").
    const w = words.trim().replace(/[ \t\u00a0]+/g, ' ').replace(/(?<![\p{L}])[Oo]ur (?=\p{L})/u, '');
    const order = ORDER_WORD.exec(w);
    if (order) return this.oneOfLastTwo(at, order[1]!.toLowerCase() === 'latter');
    // "His Highness said": the person last introduced with that style of address.
    const style = STYLE_OF_ADDRESS.exec(w);
    // With no one introduced so, "His Majesty" is the sovereign the text named by office ("Sultan X"),
    // "His Holiness" and "the Holy Father" the Pope or a patriarch.
    if (style) return this.lastPersonAfter(at, styledBefore(style[1]!)) ?? this.styledByOffice(style[1]!, at);
    if (HOLY_FATHER.test(w)) return this.styledByOffice('holiness', at);
    // "Samdech Thipadei said", "Datuk Seri said": styles of address alone stand for the person the text
    // last named with them.
    const styles = honorificsOnly(w);
    if (styles) return this.lastPersonAfter(at, styles);
    if (COUNTERPART_WORDS.test(w)) return this.lastPersonAfter(at, COUNTERPART_BEFORE) ?? this.otherThanSubject(at);
    const interlocutor = INTERLOCUTOR_WORDS.exec(w);
    if (interlocutor) {
      // "the Vietnamese interlocutor": a demonym says whose side the other party is on.
      const country = interlocutor[1] ? demonymToCountry(interlocutor[1]) : null;
      if (interlocutor[1] && !country) return null;
      return this.otherParty(at, country);
    }
    // "the Chinese side said": a state's side in talks speaks through the one person the text names serving it.
    const side = SIDE_WORDS.exec(w);
    if (side) {
      const country = demonymToCountry(side[1]!);
      return country ? this.soleServing(at, country) : null;
    }
    const guest = GUEST_WORDS.exec(w);
    if (guest) {
      // "the Chinese guest": the one received or come on a visit who serves that country. One only met
      // with is not said to be a guest.
      const country = guest[1] ? demonymToCountry(guest[1]) : null;
      if (guest[1] && !country) return null;
      const fits = (a: Actor) => !country || a.country === country;
      const received = this.lastPersonAfter(at, RECEIVED_BEFORE, fits) ?? this.lastPersonAfter(at, RECEIVED_DELEGATION_LED_BY, fits)
        ?? this.lastPersonBeforeVerb(at, VISITING_AFTER, fits);
      // "met with Deputy Prime Minister of Viet Nam X ... the Vietnamese guest said": a demonym names
      // the side, so of the people met with only the one who serves that state can be meant.
      return received ?? (country ? this.lastPersonAfter(at, MET_WITH_BEFORE, fits) : this.guestByVenue(at, fits));
    }
    // "the visiting Prime Minister": of the holders of that office, the one received, met with or said
    // to be on a visit, not the host who holds the same office.
    const visiting = VISITING_WORDS.exec(w);
    if (visiting) {
      const office = visiting[1]!;
      // "the visiting dignitary", "the visiting official": a noun for a person that names no office
      // stands for the guest whatever the guest's office.
      const anyOffice = VISITING_PERSON_NOUN.test(office);
      const fits = (a: Actor) => anyOffice || titleFits(office, a.title);
      return this.lastPersonAfter(at, RECEIVED_BEFORE, fits) ?? this.lastPersonBeforeVerb(at, VISITING_AFTER, fits) ?? this.lastPersonAfter(at, MET_WITH_BEFORE, fits);
    }
    // "the First Lady": the one introduced as the President's wife, when the text names her so.
    if (FIRST_LADY_WORDS.test(w)) return this.lastPersonAfter(at, WIFE_BEFORE) ?? this.lastPersonBeforeVerb(at, WIFE_AFTER);
    if (HOST_WORDS.test(w)) return this.lastPersonBeforeVerb(at, HOST_VERB_AFTER) ?? this.lastPersonAfter(at, HOSTED_BY_BEFORE);
    const delegation = DELEGATION_HEAD_WORDS.exec(w);
    if (delegation) {
      // "the head of the Chinese delegation", with no one said to lead it: the one person named who
      // serves that state (in talks of two ministers, each heads a side); several leave it open.
      const country = delegation[1] ? demonymToCountry(delegation[1]) : null;
      return this.lastPersonAfter(at, LED_BY_BEFORE) ?? (country ? this.onlyOfSide(country, at) : null);
    }
    // "the head of the Bank": the one the text says leads the body ("led by its President X"), when it does.
    if (BODY_HEAD_WORDS.test(w)) {
      const leader = this.lastPersonAfter(at, LED_BY_BEFORE);
      if (leader) return leader;
      // Or the one whose office is the head of a body so named ("Director-General of the IAEA").
      const head = this.lastPersonWhere(at, (a) => !a.nominal && titleFits(w.replace(/^the /i, ''), a.title));
      if (head) return head;
      // "the head of the regulator": the one at the top of a body whose name holds the noun ("President of
      // the Austrian Energy Regulator E-Control"), no deputy.
      const noun = lookupKey(/[\p{L}]+$/u.exec(w)?.[0] ?? '');
      const top = this.lastPersonWhere(at, (a) => !a.nominal && TOP_POST.test(a.title ?? '') && !DEPUTY_TITLE.test(a.title ?? '')
        && lookupKey(a.title ?? '').split(' ').includes(noun));
      if (top) return top;
      // "the head of the regulator" after "Governor of the Central Bank of Kenya X": a noun for what a
      // body does stands for a body that does it, a central bank or a commission, whose top post is meant.
      const regulating = REGULATOR_NOUNS.has(noun)
        ? this.lastPersonWhere(at, (a) => !a.nominal && (TOP_POST.test(a.title ?? '') || /^Governor\b/.test(a.title ?? '')) && !DEPUTY_TITLE.test(a.title ?? '')
          && REGULATING_BODY.test(a.title ?? ''))
        : null;
      if (regulating) return regulating;
      // "the head of the Russian company": the last person named at the top of a business (of that
      // country), whatever the firm's own name for the post ("Chairman of the Board of Gazprom").
      const firm = FIRM_HEAD_WORDS.exec(w);
      if (firm) {
        const country = firm[1] ? demonymToCountry(firm[1]) : null;
        if (firm[1] && !country) return null;
        return this.lastPersonWhere(at, (a) => (a.sector === 'BUS' || a.sector === 'MNC') && TOP_POST.test(a.title ?? '') && (!country || a.country === country));
      }
    }
    const diplomat = DIPLOMAT_WORDS.exec(w);
    if (diplomat) {
      // "the diplomat", "the Thai diplomat": the last person named in a diplomatic office (of that country).
      const country = diplomat[1] ? demonymToCountry(diplomat[1]) : null;
      const serving = this.lastPersonWhere(at, (a) => DIPLOMATIC_OFFICE.test(a.title ?? '') && (!country || a.country === country));
      if (serving || !country) return serving;
      // "Deputy Minister of Foreign Affairs X received ... The Russian diplomat said": with no one known to
      // serve that country, the one diplomat whose country the text leaves open.
      const open = (a: Actor) => DIPLOMATIC_OFFICE.test(a.title ?? '') && !a.country;
      const only = this.lastPersonWhere(at, open);
      return only && !this.lastPersonWhere(at, (a) => open(a) && a !== only) ? only : null;
    }
    const diplomacy = DIPLOMACY_HEAD_WORDS.exec(w);
    if (diplomacy) {
      // "the head of the Austrian diplomacy", "China's top diplomat": the foreign minister (of that country).
      const demonym = diplomacy[1] ?? diplomacy[2] ?? diplomacy[3];
      return this.holderOfRole(`${demonym ? `${demonym} ` : ''}Foreign Minister`, at);
    }
    const cochair = CO_CHAIR_WORDS.exec(w);
    if (cochair) {
      // "the Russian co-chair of the commission", "the co-chair from the Vietnamese side": a body two
      // states chair together has one chair of each; the demonym says which, and the chair is the last
      // person named who serves that state. Without a demonym either chair may be meant.
      const country = demonymToCountry(cochair[1] ?? cochair[2] ?? '');
      return country ? this.lastPersonWhere(at, (a) => a.country === country) ?? this.onlyOfSide(country, at) : null;
    }
    const leader = STATE_LEADER_WORDS.exec(w);
    if (leader) {
      // "the Vietnamese State leader", "the Government leader": the head of state or of government (of that country).
      const office = /^state$/i.test(leader[2]!) ? 'Head of State' : 'Head of Government';
      return this.holderOfRole(`${leader[1] ? `${leader[1]} ` : ''}${office}`, at);
    }
    const one = this.memberOfBody(w, at);
    if (one) return one;
    const generic = GENERIC_PERSON_WORDS.exec(w);
    if (generic) {
      // "the Pakistani official", "the Korean leader": the last person named who serves that country.
      const country = demonymToCountry(generic[1]!);
      return country ? this.lastPersonWhere(at, (a) => a.country === country) : null;
    }
    const chief = BODY_CHIEF_WORDS.exec(w);
    if (chief && !demonymToCountry(chief[1]!) && !countryByName(chief[1]!)) {
      // "the WHO chief", "the bp chief": the head of the body those words name, when the text has named one.
      const head = this.headOfNamedBody(chief[1]!, at);
      if (head) return head;
    }
    const top = BODY_TOP_WORDS.exec(w);
    if (top && !countryByName(top[1]!)) {
      // "the JICA President", "the IMF Managing Director": the head of the body the acronym names, by its
      // acronym or by the full name whose initials it is ("Japan International Cooperation Agency"),
      // when the text names who holds the post or leads the body's delegation.
      const full = this.bodyNamedByInitials(top[1]!, at);
      const head = this.headOfNamedBody(top[1]!, at) ?? (full ? this.headOfNamedBody(full, at) ?? this.lastPersonAfter(at, ledForBody(full)) : null);
      if (head) return head;
    }
    if (REGION_HEAD_WORDS.test(w)) {
      // The head of a region is its governor or mayor, not a deputy of theirs.
      const heads = (a: Actor) => isLocalOffice((a.title ?? '').split(/ (?:of|for) /i)[0]!) || /^head of\b/i.test(a.title ?? '');
      return this.lastPersonWhere(at, (a) => heads(a) && !DEPUTY_TITLE.test(a.title ?? '')) ?? this.lastPersonWhere(at, heads);
    }
    return this.holderOfRole(w, at);
  }

  /**
   * "the World Bank representative", "the representative of the World Bank", "the IMF official": one named
   * in an office of that body, or as leading the delegation or mission it sent; null for other words.
   */
  private memberOfBody(words: string, at: number): Actor | null {
    const member = BODY_MEMBER_WORDS.exec(words);
    const body = member ? member[1] ?? member[2]! : null;
    if (!body || demonymToCountry(body) || countryByName(body)) return null;
    return this.headOfNamedBody(body, at) ?? this.lastPersonAfter(at, ledForBody(body));
  }

  /**
   * "The World Bank representative confirmed ... “...,” she said": a pronoun that coreference gave to an
   * office no one is named holding, written with a body's name right before it, stands for the one who
   * speaks for that body. Read at the office's last mention before `at`.
   */
  memberOfBodyBefore(office: Actor, at: number): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.actor !== office.id || m.form !== 'title') continue;
      const before = BODY_WORDS_BEFORE.exec(this.text.slice(Math.max(0, m.start - 60), m.start));
      return before ? this.memberOfBody(`${before[1]!}${m.text}`, m.start) : null;
    }
    return null;
  }

  /**
   * The last person named as heading the body called `body`: one whose office names it ("Director-General
   * of the World Health Organization" for "WHO"), or one whose office follows the body's name
   * ("bp Chief Executive Officer Murray Auchincloss").
   */
  private headOfNamedBody(body: string, at: number): Actor | null {
    const key = ` ${lookupKey(body)} `;
    const listed = organizationByName(body);
    const full = listed ? ` ${lookupKey(listed.name)} ` : null;
    const named = this.lastPersonWhere(at, (a) => {
      const title = ` ${lookupKey(a.title ?? '')} `;
      return title.includes(key) || (full !== null && title.includes(full));
    });
    if (named) return named;
    const before = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(body)}(?:['’]s)?[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)[ \t\u00a0]+){1,8}$`, 'u');
    return this.lastPersonAfter(at, before);
  }

  /**
   * The name of the last organisation named before `at` whose capitalised words have the acronym's
   * letters for initials ("Japan International Cooperation Agency" for "JICA"), or null.
   */
  private bodyNamedByInitials(acronym: string, at: number): string | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'organization' || m.form !== 'name') continue;
      const initials = m.text.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
      if (initials === acronym) return m.text;
    }
    return null;
  }

  /**
   * "the Federal Minister for Economic Cooperation and Development": an office written out in full
   * that holds the whole office of a person named before (their title without its country), even
   * when the title lexicon knows no such office.
   */
  private holderOfWrittenOffice(phrase: string, at: number): Actor | null {
    const key = ` ${lookupKey(phrase)} `;
    return this.lastPersonWhere(at, (a) => {
      if (!a.title) return false;
      const office = lookupKey(a.title).replace(/ (?:of|for) (?:the )?[^ ]+(?: [^ ]+)?$/, (tail) => (countryByName(tail.replace(/^ (?:of|for) /, '')) ? '' : tail));
      return office.split(' ').length >= 2 && key.includes(` ${office} `);
    });
  }

  private honorifics: Map<string, Gender> | null = null;

  actorById(id: string): Actor | null {
    return this.actors.get(id) ?? null;
  }

  /**
   * Whether a "he" or "she" can stand for this person: always, unless the text makes the person's
   * gender plain (a gendered title, given name or honorific) and it is the other one.
   */
  agrees(actor: Actor, gender: Gender): boolean {
    if (!gender) return true;
    let own = genderOf(actor.name, actor.title);
    if (own === null) {
      if (!this.honorifics) {
        // One pass over the mentions: "Mrs. Solberg" once makes every "Solberg" hers.
        this.honorifics = new Map();
        for (const m of this.mentions) {
          if (!m.actor || m.type !== 'person' || m.form === 'pronoun' || this.honorifics.get(m.actor)) continue;
          this.honorifics.set(m.actor, honorificGender(this.text, m.start, m.text));
        }
      }
      own = this.honorifics.get(actor.id) ?? null;
    }
    return own === null || own === gender;
  }

  /** The last person named before `at` who holds exactly this office ("Spokesperson of the Ministry of Foreign Affairs"). */
  holderOfSameTitle(title: string, at: number): Actor | null {
    const key = lookupKey(title);
    return this.lastPersonWhere(at, (a) => a.title !== null && lookupKey(a.title) === key);
  }

  /** The last (latter) or the one before it (former) of the distinct people named in the sentences just before `at`. */
  private oneOfLastTwo(at: number, latter: boolean): Actor | null {
    // Its own sentence and the two before it: a quotation may stand between the names and the cue.
    let from = sentenceStartBefore(this.text, Math.max(0, at - 400), at);
    for (let i = 0; i < 2 && from > 0; i++) from = sentenceStartBefore(this.text, Math.max(0, from - 400), Math.max(0, from - 2));
    // "X briefed his Estonian colleague on ... The latter stressed": a phrase that picks its person out by
    // relation names that person where it stands, as a name would.
    const related: { at: number; actor: Actor }[] = [];
    for (const r of this.text.slice(from, at).matchAll(RELATION_IN_TEXT)) {
      const actor = this.referent(r[0], from + r.index);
      if (actor) related.push({ at: from + r.index, actor });
    }
    const seen: Actor[] = [];
    const see = (a: Actor) => { if (!seen.includes(a)) seen.push(a); };
    for (let k = lowerBound(this.mentions, at) - 1; k >= 0 && seen.length < 2; k--) {
      const m = this.mentions[k]!;
      while (related.length > 0 && related[related.length - 1]!.at > m.start && seen.length < 2) see(related.pop()!.actor);
      if (m.start < from) break;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const a = this.actorOf(m);
      if (a && seen.length < 2) see(a);
    }
    while (related.length > 0 && seen.length < 2) see(related.pop()!.actor);
    if (seen.length < 2) return null;
    return latter ? seen[0]! : seen[1]!;
  }

  /** The last person before `at` whose name mention follows text matching `before` (within 120 characters). */
  private lastPersonAfter(at: number, before: RegExp, fits: (a: Actor) => boolean = () => true): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const a = this.actorOf(m);
      if (a && !a.nominal && fits(a) && before.test(this.text.slice(Math.max(0, m.start - 120), m.start))) return a;
    }
    return null;
  }

  /**
   * "President A of Mongolia held talks with President B of Kazakhstan in Ulaanbaatar": a meeting told as
   * held in a place of one side's state makes the other side the guest. Of the last meeting named before
   * `at`, the one met with when the place is the subject's, the subject when it is the one met's; null when
   * the sentence names no such place or the two serve one state.
   */
  private guestByVenue(at: number, fits: (a: Actor) => boolean): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const met = this.actorOf(m);
      if (!met || met.nominal || !MET_WITH_BEFORE.test(this.text.slice(Math.max(0, m.start - 120), m.start))) continue;
      const subjectMention = this.firstPersonFrom(sentenceStartBefore(this.text, Math.max(0, m.start - 400), m.start), m.start);
      const subject = subjectMention ? this.actorOf(subjectMention) : null;
      if (!subject || subject === met || subject.nominal || !subject.country || !met.country || subject.country === met.country) return null;
      // The place the meeting was held in, later in the same sentence: "... in Ulaanbaatar".
      for (let j = k + 1; j < this.mentions.length && j <= k + MAX_VENUE_MENTIONS; j++) {
        const p = this.mentions[j]!;
        if (p.start - m.end > MAX_VENUE_GAP || SENTENCE_END_IN.test(this.text.slice(m.end, p.start))) break;
        if (p.type !== 'place' || !p.country || !VENUE_IN_BEFORE.test(this.text.slice(Math.max(0, p.start - 8), p.start))) continue;
        const guest = p.country === subject.country ? met : p.country === met.country ? subject : null;
        return guest && fits(guest) ? guest : null;
      }
      return null;
    }
    return null;
  }

  /** The last person before `at` whose name mention the text matching `after` follows (within 120 characters): the host of "X received Y". */
  private lastPersonBeforeVerb(at: number, after: RegExp, fits: (a: Actor) => boolean = () => true): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const a = this.actorOf(m);
      if (a && !a.nominal && fits(a) && after.test(this.text.slice(m.end, m.end + 120))) return a;
    }
    return null;
  }

  /**
   * The one person named before `at` who serves `country`; with no one known to serve it ("Deputy Prime
   * Minister X and Deputy Prime Minister of Viet Nam Y", the first's state left to the issuer), the one
   * person whose state the text leaves open, when someone named serves another state, so that the open
   * one is the other side. Null when two could be meant.
   */
  private onlyOfSide(country: string, at: number): Actor | null {
    const only = (fits: (a: Actor) => boolean) => {
      const found = this.lastPersonWhere(at, fits);
      return found && !this.lastPersonWhere(at, (a) => fits(a) && a !== found) ? found : null;
    };
    if (this.lastPersonWhere(at, (a) => a.country === country)) return only((a) => a.country === country);
    return this.lastPersonWhere(at, (a) => !!a.country && a.country !== country) ? only((a) => !a.country) : null;
  }

  /**
   * "The Spokesman for the Presidency, Ambassador X, said ... “...,” the spokesman said": the person set
   * off by commas right after an earlier mention of the same office (its complement between), when the
   * mentions layer left the later office unresolved.
   */
  appositeHolder(office: string, at: number): Actor | null {
    const key = lookupKey(office.replace(/^the\s+/i, ''));
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form !== 'title' || m.start >= at || lookupKey(m.text) !== key) continue;
      const gap = OFFICE_THEN_COMMA.exec(this.text.slice(m.end, m.end + 80));
      if (!gap) continue;
      const from = m.end + gap[0].length;
      const named = this.firstPersonFrom(from, from + 80);
      if (!named || !APPOSED_CLOSE.test(this.text.slice(named.end, named.end + 2)) || !LEAD_TITLE_WORDS.test(this.text.slice(from, named.start))) continue;
      const a = this.actorOf(named);
      return a && !a.nominal ? a : null;
    }
    return null;
  }

  /**
   * The last person named sending a written message: "Vladimir Putin sent greetings to ...", "X addressed
   * a letter to ...", "handed over a letter from President X".
   */
  messageSender(at: number): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const a = this.actorOf(m);
      if (!a || a.nominal) continue;
      if (SENT_MESSAGE_AFTER.test(this.text.slice(m.end, m.end + 120)) || MESSAGE_FROM_BEFORE.test(this.text.slice(Math.max(0, m.start - 120), m.start))) return a;
    }
    return null;
  }

  /**
   * "Minister A met Minister B. “...,” A said. “...,” his counterpart replied": with no one introduced
   * as a counterpart, the counterpart of the last subject is the last other person named.
   */
  private otherThanSubject(at: number): Actor | null {
    const subject = this.lastPersonBefore(at, Math.max(0, at - COUNTERPART_REACH))?.actor;
    if (!subject?.title) return null;
    // A counterpart holds the same office for another side: a chancellor is no foreign minister's.
    const sameOffice = (a: Actor) => a !== subject && (titleFits(subject.title!, a.title) || titleFits(a.title ?? '', subject.title))
      && (!a.country || !subject.country || a.country !== subject.country);
    return this.lastPersonWhere(at, sameOffice);
  }

  /**
   * "His interlocutor said": the other party to the talks of the person last named as a subject, the
   * latest person named who is not that person and, where both countries are known, serves another state.
   */
  private otherParty(at: number, country: string | null): Actor | null {
    const subject = this.lastPersonBefore(at, Math.max(0, at - COUNTERPART_REACH))?.actor;
    if (!subject) return null;
    return this.lastPersonWhere(at, (a) => a !== subject && (!a.country || !subject.country || a.country !== subject.country) && (!country || a.country === country));
  }

  /**
   * The last person named in an office whose holder the style of address is given to. "His Highness" is
   * the style of the princes and sheikhs of ruling houses: with no one introduced so ("His Excellency
   * Sheikh X received ... His Highness said"), the last person named with such a rank before the name.
   */
  private styledByOffice(style: string, at: number): Actor | null {
    if (/highness/i.test(style)) return this.lastPersonAfter(at, ROYAL_STYLE_BEFORE);
    const office = /majesty/i.test(style) ? MONARCH_OFFICE : /holiness/i.test(style) ? HOLY_OFFICE : null;
    return office ? this.lastPersonWhere(at, (a) => office.test(a.title ?? '')) : null;
  }

  /** The one named person serving `country` among the recent mentions before `at`; null when none or several. */
  private soleServing(at: number, country: string): Actor | null {
    let found: Actor | null = null;
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const a = this.actorOf(this.mentions[k]!);
      if (!a || a.type !== 'person' || a.nominal || a.country !== country || a === found) continue;
      if (found) return null;
      found = a;
    }
    return found;
  }

  private lastPersonWhere(at: number, fits: (a: Actor) => boolean): Actor | null {
    for (let k = lowerBound(this.mentions, at) - 1, seen = 0; k >= 0 && seen < 60; k--, seen++) {
      const a = this.actorOf(this.mentions[k]!);
      if (a && a.type === 'person' && !a.nominal && fits(a)) return a;
    }
    return null;
  }

  /** The first person mention that starts in [from, end) and ends by `end`, resolved to an actor. */
  firstPersonFrom(from: number, end: number): Mention | null {
    for (let k = lowerBound(this.mentions, from); k < this.mentions.length && this.mentions[k]!.start < end; k++) {
      const m = this.mentions[k]!;
      if (m.type === 'person' && m.form !== 'pronoun' && m.end <= end && this.actorOf(m)) return m;
    }
    return null;
  }

  documentText(): string {
    return this.text;
  }

  textOf(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The actor a mention refers to, if coreference resolved it. */
  actorOf(m: Mention): Actor | null {
    return m.actor ? (this.actors.get(m.actor) ?? null) : null;
  }

  /**
   * For a pronoun coreference left unresolved: the subject of the nearest sentence before
   * `offset` (within `from`) that names a person, which is the sentence's first person ("X met
   * Y. “...,” he said" is X's), by name or title.
   */
  lastPersonBefore(offset: number, from: number, exclude: string | null = null, gender: Gender = null): { mention: Mention; actor: Actor } | null {
    const nearest = this.nearestPersonBefore(offset, from, exclude, gender);
    if (!nearest) return null;
    // The first person of the sentence the nearest one stands in.
    const start = sentenceStartBefore(this.text, Math.max(from, nearest.mention.start - 400), nearest.mention.start);
    let best: { mention: Mention; actor: Actor | null } = nearest;
    for (let k = lowerBound(this.mentions, nearest.mention.start) - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start < start || m.start < from) break;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const actor = this.actorOf(m);
      if (actor && (actor.id === exclude || !this.agrees(actor, gender))) continue;
      // A possessor ("Putin's envoy") or a name after "with"/"to" is no subject.
      if (/^['’]s\b/.test(this.text.slice(m.end, m.end + 3))) continue;
      // "The Prime Minister met Finance Minister X. “...,” he said": an office the text gives no holder
      // is still the subject a pronoun goes on with, and its holder is no one the text names.
      if (actor || (m.form === 'title' && DEFINITE_BEFORE.test(this.text.slice(Math.max(start, m.start - 4), m.start)))) best = { mention: m, actor };
    }
    return best.actor ? { mention: best.mention, actor: best.actor } : null;
  }

  private nearestPersonBefore(offset: number, from: number, exclude: string | null, gender: Gender): { mention: Mention; actor: Actor } | null {
    let seen = 0;
    for (let k = lowerBound(this.mentions, offset) - 1; k >= 0 && seen < 40; k--, seen++) {
      const m = this.mentions[k]!;
      if (m.start < from) break;
      if (m.type !== 'person' || m.form === 'pronoun') continue;
      const actor = this.actorOf(m);
      if (actor && actor.id !== exclude && this.agrees(actor, gender)) return { mention: m, actor };
    }
    return null;
  }
}


const byStartLongestFirst = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byStartLongestFirst(mentions[i - 1]!, mentions[i]!) > 0) return false;
  return true;
}

/** People speak more often than places; names are firmer than pronouns. */
function rank(m: Mention): number {
  return (m.type === 'person' ? 4 : m.type === 'organization' ? 2 : 0) + (m.form === 'name' ? 1 : 0);
}

/** Two-letter words that open English sentences and so never stand alone for a surname ("He", "In"). */
const SHORT_FUNCTION_WORDS = new Set(['He', 'It', 'We', 'Us', 'An', 'As', 'At', 'By', 'In', 'On', 'Of', 'To', 'Or', 'If', 'So', 'No', 'Do', 'Me', 'My', 'Mr', 'Ms', 'Dr']);

/** A capitalised word that may be a surname: "Wang", "Xi", "Lam"; not "He" or "In". */
function isNameWord(w: string): boolean {
  return /^\p{Lu}\p{L}+$/u.test(w) && !SHORT_FUNCTION_WORDS.has(w);
}

/** Capitalised words of person actors' names -> the actors bearing them. Built once per document, on demand. */
function buildNameWords(actors: ReadonlyMap<string, Actor>): Map<string, Actor[]> {
  const map = new Map<string, Actor[]>();
  for (const a of actors.values()) {
    if (a.type !== 'person') continue;
    for (const w of new Set(a.name.split(/\s+/))) {
      if (!isNameWord(w)) continue;
      const list = map.get(w);
      if (list) list.push(a);
      else map.set(w, [a]);
    }
  }
  return map;
}

/** Start of the sentence holding `at`, looking back no further than `from`. */
function sentenceStartBefore(text: string, from: number, at: number): number {
  // One character past `at`, so that a sentence starting right at `at` is seen to start.
  const chunk = text.slice(from, at + 1);
  const re = /(?<!(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Gov|Sen|Rep|Hon|Amb|Prof))[.!?…][”"’»)]?\s+(?=[\p{Lu}“"«‘])|\n\s*\n/gu;
  let start = from;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) start = from + m.index + m[0].length;
  return start;
}

/** How many mentions before the latest holder of an office are searched for one named in the same words. */
const MAX_SAME_WORDS_LOOKBACK = 80;
/** Most mentions walked back for the holder of an office ("the minister said"). */
const MAX_ROLE_LOOKBACK = 400;

/** "His Highness", "Her Majesty", "His Royal Highness": a style of address standing for the one it was given to. */
const STYLE_OF_ADDRESS = /^(?:his|her) ((?:royal )?highness|majesty|excellency|holiness)$/i;
/** "the Holy Father": the Pope. */
const HOLY_FATHER = /^(?:the )?holy father$/i;
/** Offices whose holders are styled "Majesty": sovereign monarchs. */
const MONARCH_OFFICE = /^(?:King|Queen|Sultan|Emperor|Empress)\b/;
/** Offices whose holders are styled "Holiness": the Pope, patriarchs, the Dalai Lama. */
const HOLY_OFFICE = /^(?:Pope|Patriarch|Dalai Lama|Catholicos)\b/;

/** Most words of a phrase made only of styles of address. */
const MAX_STYLE_WORDS = 4;

/**
 * For a phrase made only of listed styles of address ("Samdech Thipadei"), the words that name a
 * person with those styles, in that order, others between allowed: "Samdech Moha Borvor Thipadei ".
 */
function honorificsOnly(phrase: string): RegExp | null {
  const words = phrase.replace(/^the /i, '').split(' ');
  if (words.length > MAX_STYLE_WORDS || !words.every((x) => /^\p{Lu}/u.test(x) && wordLists().honorifics.has(x.toLowerCase()))) return null;
  const gap = String.raw`[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’.]*[ \t\u00a0]+){0,3}`;
  const escaped = words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(String.raw`(?<![\p{L}])${escaped.join(gap)}${gap}$`, 'u');
}

const STYLED = new Map<string, RegExp>();
/** Initials that stand for a style of address, capitals only: "H.H.", "HH", "H.R.H.", "H.M.", "H.E.". */
const STYLE_INITIALS: Readonly<Record<string, string>> = {
  highness: String.raw`H\.?H\.?`,
  'royal highness': String.raw`H\.?R\.?H\.?`,
  majesty: String.raw`H\.?M\.?`,
  excellency: String.raw`H\.?E\.?`,
};

/** "His Highness ", "His Highness Sheikh ", "His Highness the Amir Sheikh ", "His Majesty King " right before a name. */
function styledBefore(style: string): RegExp {
  const key = style.toLowerCase();
  let re = STYLED.get(key);
  if (!re) {
    // Case-sensitive, so that only capitalised words (an honorific, a title) stand between style and name.
    const words = key.split(' ').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join(String.raw`[ \t\u00a0]+`);
    // "H.H. Sheikh Abdullah", "HE Dr. Attaf": Gulf and Asian releases write the style by its initials.
    const initials = STYLE_INITIALS[key];
    const styled = initials ? String.raw`(?:[Hh](?:is|er)[ \t\u00a0]+${words}|${initials})` : String.raw`[Hh](?:is|er)[ \t\u00a0]+${words}`;
    // "His Highness the Amir Sheikh ": an office after "the" may stand between the style and the name.
    re = new RegExp(String.raw`(?<![\p{L}])${styled}[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:[\p{Lu}][\p{L}.'’-]*[ \t\u00a0]+){0,3}$`, 'u');
    STYLED.set(key, re);
  }
  return re;
}

/** How far back the subject whose counterpart is meant may be named. */
const COUNTERPART_REACH = 1500;
const ORDER_WORD = /^(?:the )?(latter|former)$/i;
/** "his Estonian colleague", "her counterpart", "the guest" in running text (see COUNTERPART_WORDS, GUEST_WORDS). */
const RELATION_IN_TEXT = /(?<![\p{L}])(?:his|her|their|the)[ \t\u00a0]+(?:\p{Lu}[\p{L}-]*[ \t\u00a0]+)?(?:counterpart|colleague|guest)(?![\p{L}])/gu;
/**
 * A word that each phrase isRelationalPhrase reads must hold (ORDER_WORD, STYLE_OF_ADDRESS, HOLY_FATHER,
 * COUNTERPART_WORDS, INTERLOCUTOR_WORDS, GUEST_WORDS, HOST_WORDS, DELEGATION_HEAD_WORDS,
 * FIRST_LADY_WORDS), in the widest of their case rules ("iu"): words without any are none of them.
 */
const RELATIONAL_NOUN = /latter|former|highness|majesty|excellency|holiness|father|counterpart|colleague|interlocutor|guest|host|delegation|lady/iu;
/**
 * "his Turkish counterpart", "her colleague": one who holds the same office for the other side. Releases
 * translated from Russian and Turkish say "colleague" where English ones say "counterpart".
 */
const COUNTERPART_WORDS = /^(?:his|her|their|the|my|our) (?:[\p{Lu}][\p{L}-]* )?(?:counterpart|colleague)$/iu;
/** "his interlocutor", "the Vietnamese interlocutor": the one the person last named spoke with. */
/** "the Chinese side", "The Zambian side": a state's side in talks, by its demonym. */
const SIDE_WORDS = /^[Tt]he (\p{Lu}[\p{L}-]*) side$/u;
const INTERLOCUTOR_WORDS = /^(?:his|her|their|the) (?:(\p{Lu}[\p{L}-]*) )?interlocutor$/iu;
/** "his Turkish counterpart ", "counterpart, ", "his colleague " right before a name. */
const COUNTERPART_BEFORE = /(?:counterparts?|colleagues?)[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$/u;
/** "the guest", "his guest", "the distinguished guest", "the Chinese guest" (a demonym says whose side the guest is from). */
const GUEST_WORDS = /^(?:the |his |her |their )?(?:(?:high|distinguished|foreign|honou?red|high-ranking) )?(?:(\p{Lu}[\p{L}-]*) )?guest$/iu;
/**
 * "received ", "welcomed the Prime Minister of Hungary ", "hosted his Lithuanian counterpart ": a host's
 * verb and title words right before a name; the office may stand in apposition, set off by a comma
 * ("received the Prime Minister of Finland, "). An office may name where it serves with "in" or "to"
 * before one capitalised word ("Consul-General of Australia in Surabaya", "Ambassador of Japan to
 * Brazil"; not "in the Governor's office", whose "Governor" is the host) and be
 * called new ("received the newly appointed Ambassador").
 */
const RECEIVED_BEFORE = /(?<![\p{L}])(?:received|welcomed|hosted|greeted)[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*,?|of|for|the|and|a|his|her|their|new|newly|appointed|(?:in|to)[ \t\u00a0]+[\p{Lu}][\p{L}'’-]*,?|(?:counterpart|colleague),?)[ \t\u00a0]+){0,12}$/u;
/**
 * "received a delegation of the Bank led by its President ", "welcomed the delegation of Japan headed by
 * Minister ": the one who leads a delegation received is its guest.
 */
const RECEIVED_DELEGATION_LED_BY = /(?<![\p{L}])(?:received|welcomed|hosted|greeted)[ \t\u00a0]+(?:a|the)[ \t\u00a0]+delegation(?![\p{L}])[^.;:!?“”"«»\n]{0,80}?[ \t\u00a0](?:led|headed)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:its|his|her|their)[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*,?|of|for|the|and)[ \t\u00a0]+){0,10}$/u;
const FIRST_LADY_WORDS = /^(?:the )?first lady(?: of (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})?$/iu;
/**
 * "his wife ", "the President's wife, ", "wife of the President, " right before a name. After "wife of"
 * only a comma lets the name be hers: in "wife of President X" the name is the husband's.
 */
const WIFE_BEFORE = /(?<![\p{L}])(?:wife|spouse)(?:[ \t\u00a0]*,?[ \t\u00a0]+(?:(?:the|[\p{Lu}][\p{L}'’.-]*)[ \t\u00a0]+){0,4}|[ \t\u00a0]+of[ \t\u00a0]+[^,.;:!?“”"«»\n]{1,60},[ \t\u00a0]*)$/u;
/** ", the President's wife", ", wife of President ", ", his spouse" right after a name: the wife named before. */
const WIFE_AFTER = /^[ \t\u00a0]*,[ \t\u00a0]*(?:(?:the|his|[\p{Lu}][\p{L}'’.-]*)[ \t\u00a0]+){0,4}(?:wife|spouse)(?![\p{L}])/u;
/** ", who is in Uzbekistan on an official visit", ", who arrived on a state visit": the visitor's name before. */
const VISITING_AFTER = /^[ \t\u00a0]*,[ \t\u00a0]*who[ \t\u00a0]+(?:is|was|arrived|came|has arrived)\b[^.;:!?“”"«»\n]{0,80}?\bvisit\b/u;
/** "the visiting Prime Minister", "the visiting minister": an office held by the guest. */
const VISITING_WORDS = /^(?:the )?visiting ((?:\p{L}[\p{L}-]* ){0,3}\p{L}[\p{L}-]*)$/iu;
/**
 * "held talks with ", "met with the Prime Minister of X, ", "talks with the Foreign Minister of Brazil,
 * H.E. Mr. ": the one met, with title words and an office in apposition, right before a name.
 */
const MET_WITH_BEFORE = /(?<![\p{L}])(?:met|talks|meeting|spoke)[ \t\u00a0]+with[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*,?|of|for|the|and)[ \t\u00a0]+){0,12}$/u;
/** How many mentions after the one met, and how many characters, the place of a meeting may stand. */
const MAX_VENUE_MENTIONS = 8;
const MAX_VENUE_GAP = 160;
/** A sentence's end between two mentions. */
const SENTENCE_END_IN = /[.!?…][”"’»)]?\s/u;
/** "in " or "in the " right before the place a meeting was held in. */
const VENUE_IN_BEFORE = /(?<![\p{L}])in[ \t\u00a0]+(?:the[ \t\u00a0]+)?$/u;
/** "the host", "the Vietnamese host": the one who received or hosted the guest. */
const HOST_WORDS = /^(?:the )?(?:\p{Lu}[\p{L}-]* )?host$/iu;
/** " received", ", Prime Minister of X, hosted", " on 5 March hosted": a host's verb after the host's name. */
const HOST_VERB_AFTER = /^(?:[ \t\u00a0]*,[^,.;:!?“”"«»\n]{1,100},)?(?:[ \t\u00a0]+(?:on|in)[ \t\u00a0]+[^,.;:!?“”"«»\n]{1,30}?)?[ \t\u00a0]+(?:also[ \t\u00a0]+)?(?:received|hosted|welcomed|greeted)(?![\p{L}])/u;
/** "was received by ", "welcomed by King of Jordan ", "received by the President of Kazakhstan, " right before the host's name. */
const HOSTED_BY_BEFORE = /(?<![\p{L}])(?:received|hosted|welcomed|greeted)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*,?|of|for|the|and)[ \t\u00a0]+){0,10}$/u;
/** "the head of the Uzbek delegation", "the leader of the delegation". */
export const DELEGATION_HEAD_WORDS = /^(?:the )?(?:head|leader|chief) of the (?:([\p{Lu}][\p{L}-]*) )?delegation$/iu;
/** "the head of the Bank", "the chief of the Fund": the leader of a body named by its common noun. */
/** "the head of the company", "the head of the Russian corporation": a body named by a common noun of business. */
const FIRM_HEAD_WORDS = /^(?:the )?(?:head|chief|leader) of the (?:(\p{Lu}[\p{L}-]*) )?(?:company|corporation|group|holding|concern|firm)$/u;
/** The top post of a business, no deputy's: "Chairman of the Board", "Chief Executive", "General Director". */
const TOP_POST = /^(?:Chairman|Chairwoman|Chairperson|Chair|CEO|Chief Executive(?: Officer)?|President|Director[- ]General|General Director|Managing Director|Head)\b/;
/** Nouns naming a body by what it does, not by its own name: "the regulator", "the watchdog". */
const REGULATOR_NOUNS = new Set(['regulator', 'watchdog']);
/** Bodies that regulate, named in an office: a central or national bank, a commission, an authority, an agency. */
const REGULATING_BODY = /\b(?:(?:Central|National|Reserve) Bank|Monetary Authority|Commission|Authority|Agency|Regulator)\b/;
const BODY_HEAD_WORDS = /^(?:the )?(?:head|chief|leader) of the (?:[\p{Lu}][\p{L}-]* )?(?:bank|fund|organi[sz]ation|agency|regulator|watchdog|authority|commission|company|corporation|group|association|union|institute|programme|program)$/iu;
/**
 * "led by ", "headed by Deputy Minister ", "led by its Vice President " right before a name; or an
 * office with "the" and its "of" set off from the name by a comma ("led by the Speaker of the
 * Parliament of Hungary, "). A name before the comma ("led by Minister A, B") leaves B out. A full stop
 * closes only an initial or a style ("Kh.", "Dr."): after a whole word it ends the sentence, and one
 * named at the start of the next ("... led by its President X. The President noted") was not led by.
 */
const LED_BY_BEFORE = /(?<![\p{L}])(?:led|headed|chaired)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:(?:its|his|her|their)[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’-]*|(?:\p{Lu}\p{Ll}?\.|Mrs\.|Mme\.)+|of|for|the|and)[ \t\u00a0]+){0,10}|the[ \t\u00a0]+(?:[\p{Lu}][\p{L}'’.-]*[ \t\u00a0]+){1,3}(?:of|for)[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,7}?(?:[\p{Lu}][\p{L}'’.-]*),[ \t\u00a0]+)$/u;
/** "the diplomat", "the Cuban diplomat", "the envoy". */
const DIPLOMAT_WORDS = /^(?:the )?(?:(\p{Lu}[\p{L}-]*) )?(?:diplomat|envoy)$/u;
/** Offices held by diplomats: ambassadors, consuls, chargés d'affaires, envoys, permanent representatives, and the foreign ministry's own. */
const DIPLOMATIC_OFFICE = /\b(?:ambassador|consul|charg[ée]|envoy|permanent representative|diplomat|foreign minist|(?:minister|ministry) of foreign affairs|foreign affairs minist|(?:head|chief) of mission|embassy|counsel+or|attach[ée])/i;
/** A deputy's office: "Deputy Governor", "Vice-Governor", "First Deputy Mayor". */
const DEPUTY_TITLE = /(?:^|[\s-])(?:deputy|vice|assistant)(?:[\s-]|$)/i;
/**
 * "the head of the Austrian diplomacy", "the chief of Russian diplomacy", "the head of the Russian MFA",
 * "the head of the Uzbek foreign ministry", "the head of the Uzbek diplomatic service", "the Chinese top diplomat".
 */
const DIPLOMACY_HEAD_WORDS = /^(?:[Tt]he )?(?:(?:[Hh]ead|[Cc]hief) of (?:the )?(?:(\p{Lu}[\p{L}-]*) )?(?:diplomacy|MFA|[Ff]oreign [Mm]inistry|[Dd]iplomatic [Ss]ervice|[Mm]inistry of [Ff]oreign [Aa]ffairs)|(?:(\p{Lu}[\p{L}-]*(?:['’]s)?) )?(?:top|chief) diplomat|(?:(\p{Lu}[\p{L}-]*) )?diplomacy (?:chief|head))$/u;
/**
 * "the Russian co-chair", "the Kazakh co-chairman of the intergovernmental commission", "the co-chair of the
 * commission from the Chinese side": one chair of a body chaired by two sides, with the side's demonym
 * before the noun (group 1) or after "from the" (group 2).
 */
const CO_CHAIR_WORDS = /^(?:[Tt]he )?(?:(\p{Lu}[\p{L}-]*) )?co-?chair(?:man|woman|person)?(?: of the (?:[\p{L}-]+ ){0,4}?(?:commission|committee|council|forum|dialogue|group|session|meeting))?(?: (?:from|of) the (\p{Lu}[\p{L}-]*) side)?$/u;
/** "the Vietnamese State leader", "the Government leader", "the state chief": a head of state or government in plain words. */
const STATE_LEADER_WORDS = /^(?:[Tt]he )?(?:(\p{Lu}[\p{L}-]*) )?([Ss]tate|[Gg]overnment) (?:leader|head|chief)$/u;
/** A person noun that names no office, with the demonym of the country served: "the Pakistani official". */
const GENERIC_PERSON_NOUNS = String.raw`(?:official|politician|statesman|stateswoman|dignitary|representative|monarch|lawmaker|legislator|parliamentarian)`;
const VISITING_PERSON_NOUN = new RegExp(String.raw`^${GENERIC_PERSON_NOUNS}$`, 'i');
const GENERIC_PERSON_WORDS = new RegExp(String.raw`^(?:[Tt]he )?(\p{Lu}[\p{L}-]*) ${GENERIC_PERSON_NOUNS}$`, 'u');
const GENERIC_PERSON_NOUN = new RegExp(String.raw`^(?:[Tt]he )?(?:\p{Lu}[\p{L}-]* )?${GENERIC_PERSON_NOUNS}$`, 'u');
/** "the WHO chief", "the bp head", "the company's boss": a body's name, then its head by a common noun. */
const BODY_CHIEF_WORDS = /^(?:the )?(\p{L}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2})(?:['’]s)? (?:chief|head|boss)$/u;
/**
 * "the World Bank representative", "the IMF official", "the representative of the Asian Development
 * Bank": one who speaks for a body named by its own name.
 */
const BODY_MEMBER_WORDS = /^(?:the )?(?:(\p{L}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}) (?:representative|official|delegate|envoy)|(?:representative|official|delegate|envoy) of (?:the )?(\p{Lu}[\p{L}&.-]*(?: (?:\p{Lu}[\p{L}&.-]*|for|of|and)){0,4}))$/u;

/** "the World Bank " right before an office's word: up to three capitalised words of a body's name. */
const BODY_WORDS_BEFORE = /(?<![\p{L}])[Tt]he[ \t\u00a0]+((?:\p{Lu}[\p{L}&.-]*[ \t\u00a0]+){1,3})$/u;

/**
 * "the delegation of the World Bank led by Regional Director ", "the IMF mission headed by ": the body's
 * name, then within the clause "led by" or "headed by" and title words, right before a name.
 */
function ledForBody(body: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(body)}[^.;:!?“”"«»\n]{0,40}?[ \t\u00a0](?:led|headed)[ \t\u00a0]+by[ \t\u00a0]+(?:(?:its|his|her|their)[ \t\u00a0]+)?(?:(?:[\p{Lu}][\p{L}'’.-]*,?|of|for|the|and)[ \t\u00a0]+){0,10}$`, 'u');
}
/** "the JICA President", "the IMF Managing Director": a body's acronym (group 1) before the top post of a body. */
const BODY_TOP_WORDS = /^(?:the )?(\p{Lu}[\p{Lu}&]{1,7}) (?:President|Chairman|Chairwoman|Chairperson|Chair|Director-General|Director General|Managing Director|Executive Director|Secretary-General|Secretary General|Chief Executive|CEO)$/u;
/** Nouns of a written message a person sends: the three readings of a message's sender below share them. */
const WRITTEN_MESSAGE = 'message|letter|telegram|greetings|congratulations';
/** A verb of sending or addressing and, within a few words, the written message sent, right after its sender's name. */
const SENT_MESSAGE_AFTER = new RegExp(String.raw`^[ \t\u00a0]+(?:(?:also|has|had)[ \t\u00a0]+)?(?:sent|addressed|signed|wrote)[ \t\u00a0]+[^.;:!?“”"«»\n]{0,60}?(?:${WRITTEN_MESSAGE})(?![\p{L}])`, 'u');
/** An office's complement ("for the Presidency", "of the Ministry") and the comma opening an apposition after it. */
const OFFICE_THEN_COMMA = /^(?:[ \t\u00a0]+(?:for|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?(?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]*){1,5})?[ \t\u00a0]*,[ \t\u00a0]*/u;
/** Title words, or none, before a name in apposition: "Ambassador ", "Deputy Minister ". */
const LEAD_TITLE_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*[ \t\u00a0]+){0,4}$/u;
/** The comma (or the end of the sentence) closing an apposition after the name. */
const APPOSED_CLOSE = /^[ \t\u00a0]*[,.]/;
/** "a letter from President ", "the message of ": a written message and its sender's name right after it. */
const MESSAGE_FROM_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${WRITTEN_MESSAGE})[ \t\u00a0]+(?:of|from)[ \t\u00a0]+(?:(?:[\p{Lu}][\p{L}'’.-]*|of|for|the|and)[ \t\u00a0]+){0,8}$`, 'u');
/** "the letter", "his message", "the congratulatory telegram": a written message as the whole of a cue's subject. */
export const MESSAGE_WORDS = new RegExp(String.raw`^(?:the|this|that|his|her)[ \t\u00a0]+(?:\p{Ll}[\p{L}-]*[ \t\u00a0]+)?(?:${WRITTEN_MESSAGE})$`, 'iu');
/** "the head of the region", "the head of the regional government": a governor, a mayor or a region's head in plain words. */
const REGION_HEAD_WORDS = /^(?:the )?head of the (?:region|oblast|krai|province|republic|city|district|territory|administration|(?:regional|provincial|city) (?:government|administration))$/i;

/** "head of the Foreign Ministry", "chief of the Ministry of Energy": the minister, by the ministry's name. */
const MINISTRY_HEAD = /^(?:head|chief)[ \t\u00a0]+of[ \t\u00a0]+(?:the[ \t\u00a0]+)?.*\bministry\b/i;

function portfolioWord(w: string): boolean {
  return wordLists().portfolio.has(lookupKey(w));
}
