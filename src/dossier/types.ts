/**
 * A relation dossier: everything the store knows between two parties over time. Every item
 * points at its document and the words that support it (`Ref`), and every judgement (a
 * commitment's status, a derived figure) says which rule made it.
 */

export type PartyKind = 'country' | 'region' | 'city' | 'area' | 'person' | 'organization';

export interface Official {
  actorId: string;
  name: string;
  /** Titles that name the party ("Governor of Irkutsk Oblast"), as written. */
  titles: string[];
  /** First and last document date the office was seen with. */
  from: string | null;
  to: string | null;
}

/** One side of a dossier, as resolved from what the user typed. */
export interface Party {
  input: string;
  kind: PartyKind;
  name: string;
  /** ISO3 of the country itself, or of the country the region, person or body belongs to. */
  country: string | null;
  /** Store actors that are the party itself. */
  actorIds: string[];
  /** Folded names that denote it ("irkutsk oblast", "irkutsk region", ...). */
  names: string[];
  /** A region's name without its suffix ("irkutsk"): "the Irkutsk delegation" is of the region. */
  stem: string | null;
  /** For regions and cities: people and bodies holding one of its offices, found across the store. */
  officials: Official[];
  /** How the input was read ("ISO code", "country name", "region name (Irkutsk Region)", ...). */
  resolvedBy: string;
  /** What the party takes in, in words, for the header of the dossier. */
  includes: string;
}

/** A possible reading of an ambiguous or unknown input: what it would be and what to type for it. */
export interface PartyCandidate {
  kind: PartyKind;
  name: string;
  country: string | null;
  /** Exactly what to pass to choose it ("region:Irkutsk Oblast", "actor:12"). */
  choose: string;
  documents: number | null;
}

/** A place in a document: its id, date and the words. */
export interface Ref {
  documentId: string;
  date: string | null;
  source: string | null;
  title: string | null;
  start: number;
  end: number;
  /** The words at [start, end). */
  text: string;
  /** The sentence around them, for context. */
  sentence: string;
}

/** A party of an item and which side of the dossier it stands for, and how. */
export interface Participant {
  name: string;
  kind: 'person' | 'organization' | 'place' | 'group' | 'unknown';
  /** Office in that document ("Governor of Irkutsk Oblast"), completed from other documents when bare. */
  office: string | null;
  country: string | null;
  side: 'a' | 'b' | null;
  /** How it belongs to its side: the party itself, a region of the country, an official, a body, ... */
  as: 'self' | 'region' | 'city' | 'official' | 'body' | 'group' | null;
  actorId: string | null;
}

export type TimelineKind = 'meeting' | 'talks' | 'call' | 'visit' | 'ceremony' | 'agreement' | 'event';

export interface TimelineItem {
  kind: TimelineKind;
  /** Meetings, calls and visits: held or only planned. Other events: null. */
  status: 'held' | 'planned' | null;
  date: string | null;
  /** PLOVER type and mode of the event (or CONSULT for a meeting record). */
  type: string;
  mode: string | null;
  participants: Participant[];
  place: string | null;
  trigger: string;
  /** Where the item comes from: the extractor's meeting records, or events. */
  origin: 'meetings' | 'events';
  ref: Ref;
}

export interface PeriodInfo {
  value: string;
  label: string;
  grain: 'year' | 'half' | 'quarter' | 'months' | 'month' | 'unknown';
  from: string;
  to: string;
}

export interface ReportedPoint {
  value: number;
  text: string;
  qualifier: string | null;
  ref: Ref;
  /** Why the figure is placed at this period (the extractor's rule). */
  rule: string;
}

export interface DerivedPoint {
  value: number;
  /** "$284 million ÷ 2.6" */
  formula: string;
  /** The change and the level it was derived from. */
  change: Ref;
  level: Ref;
}

export interface SeriesRow {
  period: PeriodInfo;
  reported: ReportedPoint[];
  derived: DerivedPoint[];
  /** Reports for this period that disagree by more than 2%. */
  conflict: boolean;
}

export interface TargetMark {
  value: number;
  deadline: PeriodInfo | null;
  ref: Ref;
}

export interface FigureSeries {
  /** "trade", "exports", "lifts", ... */
  topic: string;
  /** Currency code, unit, or null for plain numbers. */
  unit: string | null;
  rows: SeriesRow[];
  /** Changes reported for the series ("up 34% in 2018"), by period. */
  changes: { period: PeriodInfo | null; direction: 'up' | 'down' | null; text: string; ref: Ref }[];
  targets: TargetMark[];
}

export type CommitmentKind = 'target' | 'offer' | 'promise' | 'agreement' | 'invitation' | 'planned-meeting';
export type CommitmentStatus = 'met' | 'not-met' | 'open' | 'no-later-information';

export interface Commitment {
  kind: CommitmentKind;
  /** Who committed, and to whom (empty when the text names no one). */
  by: Participant[];
  to: Participant[];
  /** The words of the commitment (the clause from its verb on). */
  what: string;
  made: string | null;
  deadline: { value: string; text: string; to: string } | null;
  /** For targets: the figure to reach, and how it was worked out. */
  goal: { topic: string; value: number; unit: string | null; how: string } | null;
  status: CommitmentStatus;
  /** The rule that decided the status, in words. */
  rule: string;
  evidence: Ref[];
  ref: Ref;
}

export interface Voice {
  speaker: string;
  side: 'a' | 'b';
  office: string | null;
  country: string | null;
  date: string | null;
  text: string;
  /** Why the quote counts as said about the other side. */
  about: string;
  ref: Ref;
}

export interface Dossier {
  a: Party;
  b: Party;
  from: string | null;
  to: string | null;
  /** Documents in which both parties appear (within the dates asked for). */
  documents: { id: string; date: string | null; title: string | null; source: string | null }[];
  /** The latest document date in the whole store: "later documents" are read up to it. */
  corpusUntil: string | null;
  timeline: TimelineItem[];
  figures: FigureSeries[];
  commitments: Commitment[];
  voices: Voice[];
  /** Things the reader should know (documents read with a newer pipeline, nothing found, ...). */
  notes: string[];
}
