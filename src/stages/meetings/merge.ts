import type { Meeting, MeetingKind, MeetingStatus } from '../../document/layers.js';
import type { Span } from '../../document/span.js';
import type { MeetingDraft } from './triggers.js';
import type { MeetingText } from './view.js';
import { sortInPlace } from '../../document/order.js';
import { lowerBound } from '../../document/span.js';
import { outcomeSubject } from './done-so.js';

interface Building {
  kind: MeetingKind;
  status: MeetingStatus;
  trigger: Span & { text: string };
  people: Map<string, number>;
  date: string | null;
  place: string | null;
  evidence: Span[];
  /** Where its latest evidence ends. */
  evidenceEnd: number;
  rules: string[];
  lastSentence: number;
  firstSentence: number;
  /** Its index in the list of meetings. */
  at: number;
}

/** Kinds ranked by how much they say: "talks" over "meeting", a call or visit over both. */
const KIND_RANK: Record<MeetingKind, number> = { meeting: 0, talks: 1, ceremony: 2, visit: 3, call: 4 };

const ids = (d: MeetingDraft) => new Set(d.people.map((p) => p.actor.id));

function within(a: Iterable<string>, b: ReadonlyMap<string, number> | ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * A report joins a meeting that shares a person with it, so only the meetings of its own
 * people are searched (latest first, and no more than this many): a document of thousands of
 * meetings costs no more per report than one of a dozen.
 */
const MAX_CANDIDATES = 200;
/** How many sentences back a meeting word after "the" may refer. */
const NEAR_SENTENCES = 12;
/** Most sentences from a meeting with no one named to a report that joins it ("Minister X delivered a report"). */
const REPORT_AFTER_UNNAMED = 3;
/** Rules of reports and briefings given to a meeting (the join cues of data/lexicon/meetings.tsv). */
const REPORT_RULE = /^join:(?:reports?|reported|briefings?)$/;

/**
 * The meetings being built from a document's drafts, with the indexes that find the one a draft
 * joins. A class of its own, not closures made afresh in every call: the merge runs once per
 * document, and its helpers are the same code for every document.
 */
class MeetingsBeingBuilt {
  readonly out: Building[] = [];
  /** Meetings by person: the indices in `out` of each person's meetings, ascending. */
  private readonly byPerson = new Map<string, number[]>();
  /** The latest meeting of each status. */
  private readonly latestOf = new Map<MeetingStatus, Building>();

  open(d: MeetingDraft): Building {
    const b: Building = {
      kind: d.kind, status: d.status, trigger: d.trigger, people: new Map(), date: d.date, place: d.place,
      evidence: [], evidenceEnd: 0, rules: [], lastSentence: d.sentence, firstSentence: d.sentence, at: this.out.length,
    };
    this.out.push(b);
    this.latestOf.set(b.status, b);
    return b;
  }

  add(b: Building, d: MeetingDraft): void {
    for (const p of d.people) {
      if (!b.people.has(p.actor.id)) {
        b.people.set(p.actor.id, p.mention.start);
        const at = b.at;
        const list = this.byPerson.get(p.actor.id);
        if (!list) this.byPerson.set(p.actor.id, [at]);
        else if (list[list.length - 1] !== at) {
          list.push(at);
          // Meetings joined out of order are rare; the list is kept ascending.
          if (list.length > 1 && list[list.length - 2]! > at) list.sort(ascending);
        }
      }
      b.evidence.push({ start: p.mention.start, end: p.mention.end });
      b.evidenceEnd = Math.max(b.evidenceEnd, p.mention.end);
    }
    b.evidence.push({ start: d.trigger.start, end: d.trigger.end });
    b.evidenceEnd = Math.max(b.evidenceEnd, d.trigger.end);
    if (!b.rules.includes(d.rule)) b.rules.push(d.rule);
    b.date ??= d.date;
    b.place ??= d.place;
    if (KIND_RANK[d.kind] > KIND_RANK[b.kind] && !d.joinOnly) b.kind = d.kind;
    b.lastSentence = d.sentence;
  }

  /** The meetings sharing a person with `people`, latest first, at most MAX_CANDIDATES. */
  candidates(people: ReadonlySet<string>): readonly number[] {
    const all = new Set<number>();
    for (const id of people) {
      const list = this.byPerson.get(id);
      if (!list) continue;
      for (let k = list.length - 1, n = 0; k >= 0 && n < MAX_CANDIDATES; k--, n++) all.add(list[k]!);
    }
    // A report of people met nowhere before (most reports) has none to sort.
    if (all.size === 0) return NO_CANDIDATES;
    return [...all].sort(descending).slice(0, MAX_CANDIDATES);
  }

  latest(status: MeetingStatus): Building | undefined {
    return this.latestOf.get(status);
  }

  /**
   * "A will meet B on 12 May. The meeting took place on 14 May": a sentence that opens with the
   * meeting told as come about (`outcome`) reports the latest meeting of the sentence before as
   * held, the plan's included, on the day it gives, not the day planned. Only when nothing was
   * reported held after the plan.
   */
  carriedOut(d: MeetingDraft): Building | undefined {
    if (d.status !== 'held' || d.distinct) return undefined;
    const held = this.latest('held');
    const planned = this.latest('planned');
    const b = planned && planned.lastSentence === d.sentence - 1 && !(held && held.at > planned.at) ? planned
      : held && held.lastSentence === d.sentence - 1 ? held : undefined;
    if (!b) return undefined;
    if (b.status === 'planned') {
      b.status = 'held';
      this.latestOf.delete('planned');
      this.latestOf.set('held', b);
    }
    if (d.date) b.date = d.date;
    return b;
  }

  /**
   * "Putin took part in the summit by video link. ... its president Dilma Rousseff told the
   * summit": "the" before the noun that named the latest meeting refers back to that meeting,
   * whoever else the second report names. "A summit", "the talks" after "a summit" open another.
   */
  sameNoun(d: MeetingDraft): Building | undefined {
    const b = this.latest(d.status);
    if (!b || !d.definite || d.distinct || b.lastSentence < d.sentence - NEAR_SENTENCES) return undefined;
    if (b.date && d.date && b.date !== d.date) return undefined;
    const noun = d.trigger.text.toLowerCase();
    return b.rules.some((r) => r === `noun:${noun}` || r.startsWith(`noun:${noun}+`)) ? b : undefined;
  }

  /**
   * "A paid a visit to Moscow for the summit with B": one sentence reports one meeting from
   * each side, each naming one person. The second half joins the first when it is the latest
   * meeting, opened in the same sentence with one other person, and date and place agree;
   * "A visited Moscow while B was in Paris" keeps two.
   */
  halfOfOne(d: MeetingDraft, people: ReadonlySet<string>): Building | undefined {
    const b = this.latest(d.status);
    if (!b || d.distinct || people.size !== 1 || b.people.size !== 1) return undefined;
    if (b.firstSentence !== d.sentence || b.lastSentence !== d.sentence) return undefined;
    if (within(people, b.people)) return undefined;
    if (b.date && d.date && b.date !== d.date) return undefined;
    if (b.place && d.place && b.place !== d.place) return undefined;
    return b;
  }

  /**
   * "took part in the conference, hosted by X, alongside Y": a report of one person whose words stand
   * inside the words of the meeting just reported in the same sentence, before the last of its
   * people, tells of that meeting.
   */
  nestedIn(d: MeetingDraft, people: ReadonlySet<string>, sentenceEnd: number): Building | undefined {
    const b = this.latest(d.status);
    if (!b || d.distinct || people.size !== 1 || within(people, b.people)) return undefined;
    if (b.firstSentence !== d.sentence || b.lastSentence !== d.sentence || d.trigger.start <= b.trigger.start) return undefined;
    if (b.date && d.date && b.date !== d.date) return undefined;
    if (b.place && d.place && b.place !== d.place) return undefined;
    // The meeting's own words must end in the sentence too: a transcript's meeting, whose people
    // are named in turns further on, holds no words of this sentence around the report.
    return b.evidenceEnd > d.trigger.end && b.evidenceEnd <= sentenceEnd ? b : undefined;
  }
}

const NO_CANDIDATES: readonly number[] = [];
const ascending = (x: number, y: number) => x - y;
const descending = (x: number, y: number) => y - x;

/** Most sentences from a meeting still to come to the list of those who join it, when no meeting held is told between. */
const PLANNED_PARTY_REACH = 2;

/**
 * Reports of the same meeting become one record: a report whose people are among an earlier
 * meeting's (or include them all), with no other date, adds to it; "the talks", "during the
 * meeting" with no one named refer to the latest meeting; attendee lists join the latest
 * meeting. "Our previous meeting" and a different date open another. Planned meetings merge
 * only with planned ones.
 */
export function mergeMeetings(v: MeetingText, drafts: readonly MeetingDraft[]): Meeting[] {
  const m = new MeetingsBeingBuilt();
  /** The latest meeting word with no one named and no meeting to refer to, by status ("The G7 ministers met in Capri."). */
  const bare = new Map<MeetingStatus, MeetingDraft>();
  const companions = companionAsides(v, drafts);
  /** Sentences with a meeting of their own, not only people joining one. */
  const meetingSentences = new Set<number>();
  for (const d of drafts) if (!d.joinOnly) meetingSentences.add(d.sentence);
  /** Adds the companions of the subject of `d` to the meeting `d` went to. */
  const withCompanions = (b: Building, d: MeetingDraft) => {
    for (const c of companions.get(d) ?? NO_DRAFTS) m.add(b, c);
  };
  for (const d of drafts) {
    if (companions.deferred.has(d)) continue;
    const people = ids(d);
    if (d.joinOnly) {
      // A planned attendance ("it will be chaired by X") joins no meeting already held.
      const b = m.latest(d.status);
      const unnamed = bare.get(d.status);
      if (b) m.add(b, d);
      // "The foreign ministers met in Capri. Secretary X attended.", "The Joint Commission met in
      // Tallinn. The talks were attended by A and B.": those attending join the meeting just reported.
      // "The President held a meeting with the Government. The main item was the harvest. Minister X
      // delivered a report": a report told a little later still joins it, as one to a named host does.
      else if (people.size > 0 && unnamed && unnamed.sentence >= d.sentence - (REPORT_RULE.test(d.rule) ? REPORT_AFTER_UNNAMED : 1)) {
        const opened = m.open(unnamed);
        m.add(opened, unnamed);
        m.add(opened, d);
      }
      // "X will lead a trade mission next week. The delegation includes Y": those who join, told in the
      // sentence after a meeting still to come, with no meeting held to join, join the planned one.
      // "... a Presidential Delegation to attend the inauguration. X will lead the delegation. Members
      // of the delegation: A; B": a sentence about the same party may stand between.
      else if (d.status === 'held' && !m.latest('held') && (m.latest('planned')?.lastSentence ?? -PLANNED_PARTY_REACH - 1) >= d.sentence - PLANNED_PARTY_REACH) m.add(m.latest('planned')!, d);
      // "A Latvian delegation will visit Tallinn next week. The delegation includes X": so, when the
      // meeting still to come names no one, the list is the first to name its people.
      // A meeting word of the list's own sentence ("was represented at the talks on Monday by X") is the one it joins.
      else if (d.status === 'held' && !m.latest('held') && people.size > 0 && !meetingSentences.has(d.sentence)
        && (bare.get('planned')?.sentence ?? -PLANNED_PARTY_REACH - 1) >= d.sentence - PLANNED_PARTY_REACH) {
        const planned = bare.get('planned')!;
        const opened = m.open(planned);
        m.add(opened, planned);
        m.add(opened, d);
      }
      // A report joins a meeting; alone it is no meeting ("the Governor reported on the harvest").
      else if (people.size > 0 && !d.rule.startsWith('join:')) m.add(m.open(d), d);
      continue;
    }
    // "X will travel to New Delhi this week. ... “This visit is about jobs,” X said": with no meeting held
    // told of yet, "this" meeting, of people the meeting still to come names, is that one.
    const ahead = d.proximal && d.status === 'held' && !m.latest('held') ? m.latest('planned') : undefined;
    if (ahead && people.size > 0 && ahead.lastSentence >= d.sentence - NEAR_SENTENCES && within(people, ahead.people)) {
      m.add(ahead, d);
      withCompanions(ahead, d);
      continue;
    }
    if (people.size === 0) {
      const done = outcomeSubject(v, lowerBound(v.tokens, d.trigger.start)) ? m.carriedOut(d) : undefined;
      if (done) {
        m.add(done, d);
        continue;
      }
      // A meeting word with no one named: the meeting just reported, or nothing to record.
      const b = m.latest(d.status);
      if (b && !d.distinct && b.lastSentence >= d.sentence - 12) m.add(b, d);
      // "The Joint Commission met in Tallinn. The talks ...": a second word for the same unnamed meeting keeps the first, with its place.
      else if (!b && !d.distinct && !((bare.get(d.status)?.sentence ?? -2) >= d.sentence - 1)) bare.set(d.status, d);
      continue;
    }
    // "X was received by C. X handed over a letter from A to B": during a meeting the giver is already
    // in with someone else, a letter addressed to another goes to the one met, for B; B was not met.
    // ("travelled to Quito, where she handed a message from A to B": a visit alone meets no one, so B was.)
    if (d.addressed && d.status === 'held') {
      const b = m.latest('held');
      if (b && b.lastSentence >= d.sentence - NEAR_SENTENCES && [...people].some((id) => b.people.has(id))
        && !within(people, b.people) && !within(b.people.keys(), people)) continue;
    }
    let target: Building | undefined;
    if (!d.distinct) {
      for (const k of m.candidates(people)) {
        const b = m.out[k]!;
        if (b.status !== d.status) continue;
        if (b.date && d.date && b.date !== d.date && !duringVisit(b, d)) continue;
        if (within(people, b.people) || within(b.people.keys(), people)) {
          target = b;
          break;
        }
      }
    }
    target ??= m.halfOfOne(d, people) ?? m.nestedIn(d, people, v.sentences[d.sentence]?.end ?? Infinity) ?? m.sameNoun(d);
    target ??= m.open(d);
    m.add(target, d);
    withCompanions(target, d);
  }
  const result: Meeting[] = [];
  for (const b of m.out) {
    // Pushed one by one: a list made by \`map\` in compiled code is of another shape than one filled so.
    const parties: string[] = [];
    for (const entry of sortInPlace([...b.people.entries()], byFirstMention)) parties.push(actorOf(entry));
    if (parties.length === 0) continue;
    // A visit's host is the place visited ("will visit Omsk"): a party, though no person.
    if (b.kind === 'visit' && b.place && !parties.includes(b.place)) parties.push(b.place);
    result.push({
      id: `mt${result.length + 1}`,
      start: b.trigger.start,
      end: b.trigger.end,
      kind: b.kind,
      status: b.status,
      participants: peopleAmong(v, parties),
      parties,
      date: b.date,
      place: b.place,
      trigger: b.trigger,
      evidence: dedupe(b.evidence),
      stage: 'meetings',
      rule: b.rules.join(','),
    });
  }
  return result;
}

const NO_DRAFTS: readonly MeetingDraft[] = [];
/** Participles of company whose agent goes along with the one they stand after. */
const COMPANY_RULE = /^by:(?:accompanied|joined|flanked)$/;

/**
 * "King X, accompanied by Queen Y, received President Z": a participle of company set off by a comma
 * after the subject tells who came along to the meeting the clause's verb reports, so its people join
 * that meeting, not one of their own or the one told before. Per meeting draft, the drafts of such
 * asides before it in its sentence; `deferred` holds them all. An aside with no meeting of its subject
 * after it ("X, accompanied by Y, arrived in Z") is left as it was.
 */
function companionAsides(v: MeetingText, drafts: readonly MeetingDraft[]): Map<MeetingDraft, MeetingDraft[]> & { deferred: Set<MeetingDraft> } {
  const out = Object.assign(new Map<MeetingDraft, MeetingDraft[]>(), { deferred: new Set<MeetingDraft>() });
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    if (!d.joinOnly || !COMPANY_RULE.test(d.rule) || d.people.length < 2) continue;
    const i = lowerBound(v.tokens, d.trigger.start);
    if (v.lower(i - 1) !== ',') continue;
    const subject = d.people[0]!.actor.id;
    // The meeting drafts after it in its sentence: the first of its subject's, of the same status.
    for (let j = k + 1; j < drafts.length && drafts[j]!.sentence === d.sentence; j++) {
      const e = drafts[j]!;
      if (e.joinOnly || e.addressed || e.status !== d.status || !e.people.some((p) => p.actor.id === subject)) continue;
      const list = out.get(e);
      if (list) list.push(d);
      else out.set(e, [d]);
      out.deferred.add(d);
      break;
    }
  }
  return out;
}

const byFirstMention = (x: [string, number], y: [string, number]) => x[1] - y[1];
const actorOf = (entry: [string, number]) => entry[0];

/** The parties that are people named in the text (no nominal "the President" alone). */
function peopleAmong(v: MeetingText, parties: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of parties) {
    const a = v.actors.get(id);
    if (a !== undefined && a.type === 'person' && !a.nominal) out.push(id);
  }
  return out;
}

/** Most days a visit lasts: "arrived in Tashkent on 26 May" and "on 27 May held talks" tell of one visit. */
const VISIT_DAYS = 3;

/** A visit and a report of its people a day or so apart, both with a full date: one visit. */
function duringVisit(b: Building, d: MeetingDraft): boolean {
  if (b.kind !== 'visit' && d.kind !== 'visit') return false;
  if (!b.date || !d.date || b.date.length !== 10 || d.date.length !== 10) return false;
  const days = Math.abs(Date.parse(d.date) - Date.parse(b.date)) / 86_400_000;
  return days <= VISIT_DAYS;
}

const SPAN_KEY_LIMIT = 2 ** 26;

/** The spans without repeats (the first of each start and end kept), in text order. */
function dedupe(spans: Span[]): Span[] {
  // A span's start and end as one number, exact while offsets stay below 2^26 (a text of 64 M
  // characters), rather than a string made per span; a longer text's spans fall back to strings.
  const seen = new Set<number | string>();
  const out: Span[] = [];
  for (const s of spans) {
    const key = s.end < SPAN_KEY_LIMIT ? s.start * SPAN_KEY_LIMIT + s.end : `${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return sortInPlace(out, (a, b) => a.start - b.start);
}
