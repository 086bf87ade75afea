import { setBounded } from './bounded-cache.js';
import { lookupKey, ownCopy } from './normalize.js';
import type { KnownPerson } from './people.js';

/** A name's words as coreference links them: look-up keys, the parts of hyphenated ones, and their signature bits. */
export interface LinkWords {
  readonly words: readonly string[];
  readonly bits: number;
}

/** What a full name written so tells of its surnames, for the later mentions by surname alone. */
export interface SurnameWords {
  /** The last word in lower case, unless it never stands in a name. */
  readonly surname: string | null;
  /** "Zarqawi" of "al-Zarqawi": the last word's part after its last hyphen. */
  readonly afterHyphen: string | null;
  /** The first word in lower case, when it is a family name written first. */
  readonly firstSurname: string | null;
}

/**
 * Everything the stages read of one person's name as written, each part read the first time it is
 * asked. `undefined` is a part not read yet.
 */
export interface NameRecord {
  /** The name as asked, in a copy of its own (no piece of a document). */
  readonly name: string;
  /** The name's look-up key. */
  readonly key: string;
  /** The listed figure of the name (personByName), or null. */
  person: KnownPerson | null | undefined;
  /** The given name's key when the name is an address by given name and patronymic, or null. */
  address: string | null | undefined;
  link: LinkWords | undefined;
  surnames: SurnameWords | undefined;
}

/**
 * One record per name, shared across documents: the same names recur in every text about the same
 * people. On a text where every name is new, one table and one copy of each name are filled and
 * emptied, where a table for each question would copy the name and hold an entry apiece.
 */
const RECORDS = new Map<string, NameRecord>();
const MAX_RECORDS = 5000;

/** The record of `name`, made (with its look-up key) the first time the name is asked about. */
export function nameRecord(name: string): NameRecord {
  let record = RECORDS.get(name);
  if (record === undefined) {
    // A copy of its own: a piece cut from a document would keep the whole document, and so would
    // the key and every word cut from it.
    const own = ownCopy(name);
    record = { name: own, key: lookupKey(own), person: undefined, address: undefined, link: undefined, surnames: undefined };
    setBounded(RECORDS, MAX_RECORDS, own, record);
  }
  return record;
}
