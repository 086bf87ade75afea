import type { Provenance, Span } from './span.js';

/**
 * Every annotation layer a document can carry, in one place, so that a stage's
 * declared reads/writes are checked by the compiler and by the pipeline.
 */

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Index of the first token of the sentence in the `tokens` layer. */
  readonly tokenStart: number;
  /** One past the last token of the sentence. */
  readonly tokenEnd: number;
  readonly paragraph: number;
}

export interface Token extends Span {
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, ...). */
  readonly pos: string;
  /** wink-nlp token type: word, number, punctuation, symbol, currency, email, url, ... */
  readonly kind: string;
  readonly sentence: number;
}

/** Country codes are ISO 3166-1 alpha-3, or PLOVER international codes (IGO, UNO, EUR, NGO, MNC, ...). */
export type CountryCode = string;
/** PLOVER sector code (GOV, MIL, BUS, ...). */
export type SectorCode = string;

export type EntityType = 'person' | 'organization' | 'place';
export type PlaceKind = 'country' | 'region' | 'city' | 'other';

/**
 * One stretch of text that refers to something: a name, a title ("the governor"),
 * a pronoun, a demonym ("Belarusian"), a possessive ("Russia's").
 */
export interface Mention extends Span, Provenance {
  readonly id: string;
  readonly text: string;
  readonly type: EntityType;
  readonly form: 'name' | 'title' | 'pronoun' | 'demonym' | 'possessive' | 'nominal' | 'acronym';
  /** Canonical name where the mention itself determines it (gazetteer hit, full person name). */
  readonly canonical: string | null;
  readonly country: CountryCode | null;
  readonly sector: SectorCode | null;
  readonly placeKind?: PlaceKind;
  /** Role words attached to this mention, e.g. "Governor of Irkutsk Oblast". */
  readonly title?: string | null;
  /** A body's name written before the office as its modifier: "NATO" in "NATO Secretary General Mark Rutte". */
  readonly body?: string;
  /**
   * Where a person's country came from: "title" when the words of the office say it ("Minister
   * of Industry of Canada", "Canadian Minister"), "lexicon" when a list of known people does,
   * "past-namesake" when that list knows a namesake only in offices ended before the text's day,
   * "past-listed" when it does so for a name the text writes with no office.
   */
  readonly countrySource?: 'title' | 'lexicon' | 'past-namesake' | 'past-listed';
  /** Filled by coreference: the actor this mention refers to. */
  actor: string | null;
}

/** A resolved participant: every mention of the same person, organisation or place. */
export interface Actor extends Provenance {
  readonly id: string;
  readonly type: EntityType;
  name: string;
  title: string | null;
  /** The body named before the office in the title's mention ("NATO" for "Secretary General"), if any. */
  body?: string;
  country: CountryCode | null;
  sector: SectorCode | null;
  placeKind?: PlaceKind;
  /**
   * True for actors the text describes but never names: groups ("Israeli police", "the
   * Belarusian side") and office holders known only by title ("Montenegro's prime minister").
   * Events may use them; the record's people and organisations lists leave them out.
   */
  nominal?: boolean;
  /** Ids of the mentions that refer to this actor, in text order. */
  mentions: string[];
}

export interface Quote extends Span, Provenance {
  readonly id: string;
  /** The quoted words, without the quotation marks. */
  readonly text: string;
  /** Actor id of the speaker, or null when the text does not say who spoke. */
  speaker: string | null;
  /** The words that attribute the quote ("Aleksandr Lukashenko noted"), if any. */
  cue: Span | null;
  /** Mention id through which the speaker was found. */
  speakerMention: string | null;
}

export type QuantityKind = 'money' | 'percent' | 'ratio' | 'count';

export interface Quantity extends Span, Provenance {
  readonly id: string;
  readonly kind: QuantityKind;
  readonly text: string;
  readonly value: number;
  /** Upper bound for ranges ("between 3 and 5 per cent"). */
  readonly valueMax?: number | null;
  readonly currency: string | null;
  /** "over", "almost", "up to", "about", ... as written, normalised to lower case. */
  readonly qualifier: string | null;
  /** What is counted, where the text says ("tonnes", "jobs"), for counts. */
  readonly unit?: string | null;
}

export interface DateMention extends Span, Provenance {
  readonly id: string;
  readonly text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on grain. */
  readonly value: string;
  readonly grain: 'day' | 'month' | 'year';
}

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface EventAnnotation extends Span, Provenance {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  /** Actor ids. For reciprocal events every party is a source and target is empty. */
  readonly source: string[];
  readonly target: string[];
  /** The words that express the event. */
  readonly trigger: Span & { readonly text: string };
  readonly date: string | null;
  readonly sentence: number;
  /** Spans that support the event: trigger, actor mentions, date. */
  readonly evidence: Span[];
  /** CAMEO root code ("04" consult, ...), for users of older datasets. */
  readonly cameo: string | null;
}

export type MeetingKind = 'meeting' | 'call' | 'visit' | 'talks' | 'ceremony';
export type MeetingStatus = 'held' | 'planned';

/**
 * A meeting, call, visit, round of talks or ceremony the text reports. Its span is the first
 * words that report it; `evidence` holds every other report and the participants' mentions.
 */
export interface Meeting extends Span, Provenance {
  readonly id: string;
  readonly kind: MeetingKind;
  /** "planned" for meetings the text only announces, proposes or invites to; they did not take place. */
  readonly status: MeetingStatus;
  /** Actor ids of the named people taking part, in order of mention. */
  readonly participants: string[];
  /** Every actor taking part: the named people, office holders known by title only, delegations, states. */
  readonly parties: string[];
  readonly date: string | null;
  /** Actor id of the place where it was held, when the text says. */
  readonly place: string | null;
  readonly trigger: Span & { readonly text: string };
  readonly evidence: Span[];
}

/**
 * A stretch of time a figure refers to ("in 2019", "the first quarter of 2021"), is measured
 * against ("compared with 2018") or is due by ("by 2025"), with the words that say so.
 */
export interface Period extends Span {
  readonly text: string;
  /** "2019", "2021-Q1", "2021-H1", "2021-03", or a run of months "2021-01..2021-09". */
  readonly value: string;
  readonly grain: 'year' | 'half' | 'quarter' | 'months' | 'month';
  /** First and last month covered, YYYY-MM: periods compare as strings. */
  readonly from: string;
  readonly to: string;
}

/**
 * What a figure is a figure of: its topic ("trade"), whether it reports a level, a change or a
 * target, the period it refers to (not the release date), and between whom. Targets stated by
 * a verb alone ("to double trade") have no quantity.
 */
export interface Measure extends Span, Provenance {
  readonly id: string;
  /** Id in the `quantities` layer, or null for a target stated by a verb alone. */
  readonly quantity: string | null;
  /** Series name: a topic of data/lexicon/measures.tsv ("trade"), else the unit of a count ("lifts"). */
  readonly topic: string;
  readonly topicSpan: Span | null;
  readonly role: 'level' | 'change' | 'target';
  /** For changes: which way. */
  readonly direction: 'up' | 'down' | null;
  /** For targets stated as a multiple ("double": 2). */
  readonly ratio: number | null;
  readonly period: Period | null;
  /** The period a change is measured against. */
  readonly base: Period | null;
  /** The date a target is due by. */
  readonly deadline: Period | null;
  /** For changes: the quantity id of the level reached ("grew 2.6 times to $284 million"). */
  readonly level: string | null;
  /** Actor ids of the parties the figure is about (trade between whom). */
  readonly subject: readonly string[];
}

export interface LayerTypes {
  paragraphs: Paragraph;
  sentences: Sentence;
  tokens: Token;
  mentions: Mention;
  actors: Actor;
  quotes: Quote;
  quantities: Quantity;
  dates: DateMention;
  events: EventAnnotation;
  meetings: Meeting;
  measures: Measure;
}

export type LayerName = keyof LayerTypes;

export const LAYER_NAMES: readonly LayerName[] = [
  'paragraphs', 'sentences', 'tokens', 'mentions', 'actors', 'quotes', 'quantities', 'dates', 'events', 'meetings', 'measures',
];
