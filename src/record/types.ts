/**
 * The output contract of `readout extract`: one JSON object per document.
 * Field names and meanings are fixed (outside tools score against them);
 * extra fields are additions, never changes.
 */

export type Offsets = [number, number];

export interface PersonRecord {
  name: string;
  title: string | null;
  country: string | null;
  sector: string | null;
  mentions: Offsets[];
  id: string;
}

export interface OrganizationRecord {
  name: string;
  country: string | null;
  sector: string | null;
  mentions: Offsets[];
  id: string;
}

export interface PlaceRecord {
  name: string;
  kind: 'country' | 'region' | 'city' | 'other';
  country: string | null;
  mentions: Offsets[];
  id: string;
}

/**
 * An actor the text describes without naming: a group ("Israeli police", "the Belarusian side")
 * or an office holder known only by title ("Montenegro's prime minister"). Events may name them
 * as parties; they are not listed among people and organisations.
 */
export interface GroupRecord {
  name: string;
  type: 'person' | 'organization';
  country: string | null;
  sector: string | null;
  mentions: Offsets[];
  id: string;
}

export interface QuoteRecord {
  speaker: string | null;
  text: string;
  start: number;
  end: number;
  speakerId: string | null;
  cue: Offsets | null;
  rule: string;
}

export interface QuantityRecord {
  kind: 'money' | 'percent' | 'ratio' | 'count';
  text: string;
  value: number;
  /** Upper bound of a range ("3-5%"), else absent or null. */
  valueMax?: number | null;
  currency: string | null;
  qualifier: string | null;
  unit: string | null;
  start: number;
  end: number;
  rule: string;
}

export interface DateRecord {
  text: string;
  value: string;
  grain: 'day' | 'month' | 'year';
  start: number;
  end: number;
  rule: string;
}

/** A period a figure refers to, is compared with, or is due by (see `Period` in the layers). */
export interface PeriodRecord {
  text: string;
  /** "2019", "2021-Q1", "2021-H1", "2021-03", "2021-01..2021-09". */
  value: string;
  grain: 'year' | 'half' | 'quarter' | 'months' | 'month';
  /** First and last month covered, YYYY-MM. */
  from: string;
  to: string;
  start: number;
  end: number;
}

/**
 * What a figure measures (an addition to the contract): `quantity` indexes `quantities` (null
 * for a target stated by a verb alone, "to double trade"); `level` indexes the level a change
 * leads to; `subject` names the parties the figure is about.
 */
export interface MeasureRecord {
  quantity: number | null;
  text: string;
  start: number;
  end: number;
  topic: string;
  topicSpan: Offsets | null;
  role: 'level' | 'change' | 'target';
  direction: 'up' | 'down' | null;
  ratio: number | null;
  period: PeriodRecord | null;
  base: PeriodRecord | null;
  deadline: PeriodRecord | null;
  level: number | null;
  subject: EventActorRecord[];
  rule: string;
}

export interface EventActorRecord {
  name: string;
  country: string | null;
  sector: string | null;
  id: string;
}

export interface EventRecord {
  type: string;
  mode: string | null;
  source: EventActorRecord[];
  target: EventActorRecord[];
  date: string | null;
  trigger: string;
  start: number;
  end: number;
  triggerSpan: Offsets;
  sentence: Offsets;
  evidence: Offsets[];
  cameo: string | null;
  rule: string;
}

/**
 * A meeting, call, visit, round of talks or ceremony the text reports. `participants` are the
 * named people taking part (the fullest name the document gives, with country and sector, as
 * event parties are); `parties` every actor taking part, with office holders known only by
 * title, delegations and states. A meeting the text
 * only announces, proposes or invites to has `status: "planned"`: it did not take place.
 */
export interface MeetingRecord {
  participants: EventActorRecord[];
  parties: EventActorRecord[];
  /** YYYY-MM-DD, or YYYY-MM when the text gives only the month ("will visit Omsk in September"). */
  date: string | null;
  kind: 'meeting' | 'call' | 'visit' | 'talks' | 'ceremony';
  /** Name of the place where it was held, when the text says. */
  place: string | null;
  /** The words that first report it. */
  trigger: string;
  start: number;
  end: number;
  status: 'held' | 'planned';
  /** Every report of it and its participants' mentions. */
  evidence: Offsets[];
  id: string;
  rule: string;
}

export interface MessageRecord {
  severity: 'info' | 'warning' | 'error';
  stage: string;
  rule: string;
  text: string;
  span: Offsets | null;
}

export interface ExtractRecord {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
  url: string | null;
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  /** Unnamed group actors and title-only office holders (an addition to the contract). */
  groups?: GroupRecord[];
  places: PlaceRecord[];
  /** Quotations the text gives to a named person. */
  quotes: QuoteRecord[];
  /**
   * Quotations the text gives to no named person: to an office whose holder it does not name, to a
   * ministry or a statement, or to no one (an addition to the contract). `speaker` is that office or
   * body, or null.
   */
  unattributedQuotes?: QuoteRecord[];
  quantities: QuantityRecord[];
  dates: DateRecord[];
  events: EventRecord[];
  /** Meetings, calls, visits, talks and ceremonies, held or planned (an addition to the contract). */
  meetings?: MeetingRecord[];
  /** What each figure measures, for what period and between whom (an addition to the contract). */
  measures?: MeasureRecord[];
  messages: MessageRecord[];
  stats: { chars: number; sentences: number; tokens: number };
}
