import { cached, readTsv } from './data.js';
import { rowsByHeader } from './rows-by-header.js';

export type MeetingKind = 'meeting' | 'call' | 'visit' | 'talks' | 'ceremony';
export type MeetingCueClass = 'meet' | 'host' | 'report' | 'discuss' | 'attend' | 'by' | 'noun' | 'present' | 'join' | 'summon';

export interface MeetingCue {
  /** The words as written, lower case ("phone call", "met"). */
  readonly form: string;
  readonly cueClass: MeetingCueClass;
  readonly kind: MeetingKind;
}

export interface MeetingLexicon {
  /** First word of a cue -> every cue starting with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly MeetingCue[]>;
}

/**
 * The classes and kinds by name, each name mapped to the same words written in this file: a cue
 * keeps those, not the strings cut from the file's lines, so that the stage's many comparisons of
 * a cue's class or kind with a word ("visit") compare one string with itself, and code compiled
 * for such comparisons never meets a string of another make.
 */
const CLASSES: ReadonlyMap<string, MeetingCueClass> = new Map(
  (['meet', 'host', 'report', 'discuss', 'attend', 'by', 'noun', 'present', 'join', 'summon'] as const).map((c) => [c, c]),
);
const KINDS: ReadonlyMap<string, MeetingKind> = new Map((['meeting', 'call', 'visit', 'talks', 'ceremony'] as const).map((k) => [k, k]));

export class MeetingLexiconError extends Error {
  constructor(problems: string[]) {
    super(`data/lexicon/meetings.tsv: ${problems.join('; ')}`);
    this.name = 'MeetingLexiconError';
  }
}

/** Words that report meetings, calls, visits and ceremonies, from data/lexicon/meetings.tsv. */
export const meetingLexicon = cached((): MeetingLexicon => {
  const byFirstWord = new Map<string, MeetingCue[]>();
  const problems: string[] = [];
  // A row written twice would make one phrase two cues of the same reading; reviewers see it named.
  const seen = new Set<string>();
  for (const row of rowsByHeader(readTsv('meetings.tsv'))) {
    const cueClass = CLASSES.get(row.class!);
    const kind = KINDS.get(row.kind!);
    if (cueClass === undefined || kind === undefined || !row.form) {
      problems.push(`bad row "${row.form}\t${row.class}\t${row.kind}" (class one of ${[...CLASSES.keys()].join('|')}, kind one of ${[...KINDS.keys()].join('|')})`);
      continue;
    }
    const form = row.form.toLowerCase();
    const key = `${form}\t${cueClass}\t${kind}`;
    if (seen.has(key)) {
      problems.push(`row "${row.form}\t${row.class}\t${row.kind}" is written twice`);
      continue;
    }
    seen.add(key);
    const first = form.split(' ')[0]!;
    const list = byFirstWord.get(first) ?? [];
    list.push({ form, cueClass, kind });
    byFirstWord.set(first, list);
  }
  if (problems.length) throw new MeetingLexiconError(problems);
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.split(' ').length - a.form.split(' ').length);
  return { byFirstWord };
});
