import { speechVerbLexicon } from '../../lexicon/speech-verbs.js';
import type { MeetingText } from './view.js';

/*
 * A visit told in an aside is background to the main clause: "X, on a visit to Lima, told
 * reporters that ...", "X, who is on a visit to Brussels, welcomed the talks", "X, visiting Lima, said". The sentence
 * asserts what X said, and says where X was while saying it; when that main act is speech to
 * no one named, nothing in the sentence reports a meeting of X with anyone, and the visit is not
 * told as an event of its own. An act of the visit itself ("X, on a visit to Lima, toured the
 * port"), or speech to someone named ("told President Y that ..."), keeps the visit.
 */

/** Verbs of stance towards news, which like speech name no one met: "welcomed the talks in a post". */
const STANCE = /^(?:welcom(?:e|es|ed)|prais(?:e|es|ed)|condemn(?:s|ed)?|hail(?:s|ed)?)$/;
/** Most tokens from the visit noun to the comma that closes its aside: "visit to the Republic of Peru,". */
const ASIDE_REACH = 10;
/** Most tokens from the main verb to a person named as the one spoken to: "told Foreign Minister X". */
const ADDRESSEE_REACH = 4;

/**
 * Whether the visit noun at n (with its article at `lead`, "on" before it) stands in an aside after
 * the subject, set off by commas (", on a visit to Lima,") or as a relative clause (", who is on a
 * visit to Brussels,"), and the main clause after the aside's closing comma is speech or stance
 * addressed to no one named.
 */
export function backgroundVisit(v: MeetingText, n: number, lead: number, first: number, last: number): boolean {
  if (v.lower(lead - 1) !== 'on' || !/^(?:a|an|his|her|their)$/.test(v.lower(lead))) return false;
  const before = v.lower(lead - 2);
  const commaAside = before === ',' && v.person(v.mentionAt(lead - 3)) !== null;
  const relativeAside = /^(?:is|are|was|were)$/.test(before) && v.lower(lead - 3) === 'who' && v.lower(lead - 4) === ',';
  if (!commaAside && !relativeAside) return false;
  if (lead - 4 < first && relativeAside) return false;
  return speechAfterAside(v, n + 1, last);
}

/**
 * Whether an aside running from k closes with a comma before any verb, person or other mark, and
 * the main clause after it is speech or stance addressed to no one named ("..., told reporters
 * that", "..., welcomed the talks in a post").
 */
export function speechAfterAside(v: MeetingText, k: number, last: number): boolean {
  let close = -1;
  for (let j = k; j < last && j - k < ASIDE_REACH; j++) {
    const l = v.lower(j);
    if (l === ',') {
      close = j;
      break;
    }
    if (/^[;:.]$/.test(l) || v.isVerb(j) || v.person(v.mentionAt(j))) return false;
  }
  if (close < 0) return false;
  let verb = close + 1;
  while (verb < last && v.tok(verb)?.pos === 'ADV') verb++;
  const word = v.lower(verb);
  if (!STANCE.test(word) && !(speechVerbLexicon().lemmas.has(word) && !word.includes(' '))) return false;
  for (let j = verb + 1; j < last && j - verb <= ADDRESSEE_REACH; j++) {
    if (v.lower(j) === 'that' || v.lower(j) === ',') break;
    if (v.person(v.mentionAt(j))) return false;
  }
  return true;
}

/** Whether the participle at i opens an aside after a named subject: "X, visiting Lima, told reporters". */
export function participleAsideOfSpeaker(v: MeetingText, i: number, end: number, last: number): boolean {
  return v.lower(i).endsWith('ing') && v.lower(i - 1) === ',' && v.person(v.mentionAt(i - 2)) !== null && speechAfterAside(v, end, last);
}
