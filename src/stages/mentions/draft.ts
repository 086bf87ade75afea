import type { EntityType, Mention, PlaceKind } from '../../document/layers.js';

/** A mention before ids are assigned, with the tokens it covers. */
export interface DraftMention {
  start: number;
  end: number;
  tokenStart: number;
  /** One past the last token. */
  tokenEnd: number;
  type: EntityType;
  form: Mention['form'];
  canonical: string | null;
  country: string | null;
  sector: string | null;
  placeKind?: PlaceKind;
  title?: string | null;
  /** A body's name written before the office as its modifier: "NATO" in "NATO Secretary General Mark Rutte". */
  body?: string;
  /** Where a person's country came from (see Mention.countrySource). */
  countrySource?: 'title' | 'lexicon' | 'past-namesake' | 'past-listed';
  /** For a title: one past its last complement token ("Ambassador of the United States to South Africa"). */
  extentEnd?: number;
  /** The rule that found it, for provenance. */
  rule: string;
}
