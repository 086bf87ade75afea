/**
 * Whether a later text reports a promise done: the words a commitment is about ("trade house",
 * "road map ... 2022-2024") found again in a later sentence that is not itself a plan or promise.
 * Word overlap, stated openly in the rule the dossier shows; it never reads intent.
 */

const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'into', 'onto', 'over', 'under', 'about',
  'that', 'this', 'these', 'those', 'it', 'its', 'their', 'our', 'his', 'her', 'they', 'we', 'he', 'she', 'you', 'i', 'them', 'us', 'him',
  'be', 'is', 'are', 'was', 'were', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'not', 'no', 'so', 'than', 'then', 'there', 'here',
  'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'how', 'all', 'any', 'each', 'every', 'some', 'such', 'more', 'most', 'other',
  'one', 'new', 'also', 'further', 'both', 'two', 'well', 'very', 'up', 'out', 'said', 'says', 'say', 'added', 'noted', 'told',
  // Words of every relation: they say nothing about which promise was kept.
  'cooperation', 'relations', 'ties', 'partnership', 'side', 'sides', 'party', 'parties', 'country', 'countries', 'region', 'regions',
  'issue', 'issues', 'idea', 'ideas', 'plan', 'plans', 'year', 'years', 'work', 'joint', 'help', 'make', 'give', 'take', 'set', 'setting',
  'develop', 'development', 'step', 'boost', 'strengthen', 'expand', 'deepen', 'further', 'interest', 'interested', 'head', 'state',
  'president', 'governor', 'minister', 'prime', 'deputy', 'delegation', 'meeting', 'talks', 'visit', 'agreed', 'agree', 'promised',
  'promise', 'proposed', 'propose', 'offered', 'offer', 'invited', 'invite', 'supported', 'support', 'ready', 'intend', 'intends', 'will',
]);

/** Words that make a sentence a plan, promise or wish rather than a report of something done. */
export const IRREALIS = /\b(?:will|would|shall|could|should|may|might|plans?|planned|planning|intends?|intended|propos\w*|promis\w*|pledg\w*|offer\w*|invit\w*|expected|hopes?|wants?|wishes|ready to|agreed to|aims? to|is to|are to|going to)\b/i;

/** A light stem: "allocated", "allocate", "allocating" meet at "allocat". */
export function stem(word: string): string {
  const w = word.replace(/(?:ing|ed|es|e|s)$/, '');
  return w.length >= 3 ? w : word;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/\d[\d-]*\d|[\p{L}\p{N}]+/gu) ?? [];
}

export interface KeyTerms {
  /** Adjacent pairs of content words ("trade hous"), stemmed. */
  pairs: string[];
  /** Single content words, stemmed. */
  words: string[];
  /** Numbers and periods the commitment names ("2022-2024"): a later report must name them too. */
  numbers: string[];
}

/** The words a commitment is about: content words of `context` minus names (of parties, places, people). */
export function keyTerms(context: string, clause: string, names: ReadonlySet<string>): KeyTerms {
  const seq = words(context).map((w) => (STOP.has(w) || names.has(w) ? null : stem(w)));
  const pairs = new Set<string>();
  const single = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i];
    if (!w) continue;
    if (!/\d/.test(w)) single.add(w);
    const next = seq[i + 1];
    if (next && !/\d/.test(w) && !/\d/.test(next)) pairs.add(`${w} ${next}`);
  }
  const numbers = words(clause).filter((w) => /\d/.test(w) && !/^\d{1,2}$/.test(w));
  return { pairs: [...pairs], words: [...single], numbers: [...new Set(numbers)] };
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a text (offsets kept): enough for finding words again. */
export function sentencesOf(text: string, from = 0): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  const slice = text.slice(from);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t.length > 3) out.push({ start: from + m.index + lead, end: from + m.index + lead + t.length, text: t });
  }
  return out;
}

/**
 * The terms of `terms` a sentence shares, as the sentence writes them ("trade house"), when they
 * are enough to count as the same thing done; else null.
 */
export function sharedTerms(terms: KeyTerms, sentence: string): string[] | null {
  if (IRREALIS.test(sentence)) return null;
  const seq = words(sentence);
  const stems = seq.map(stem);
  if (terms.numbers.length > 0 && !terms.numbers.every((n) => seq.includes(n))) return null;
  const wanted = new Set(terms.pairs);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) {
    const key = `${stems[i]} ${stems[i + 1]}`;
    if (wanted.has(key)) {
      pairs.push(`${seq[i]} ${seq[i + 1]}`);
      wanted.delete(key);
    }
  }
  if (pairs.length > 0) return [...pairs, ...terms.numbers];
  const single = new Set(terms.words);
  const shared: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    if (single.has(stems[i]!)) {
      shared.push(seq[i]!);
      single.delete(stems[i]!);
    }
  }
  if (shared.length >= 2 && (terms.numbers.length > 0 || shared.length >= 3)) return [...shared, ...terms.numbers];
  return null;
}
