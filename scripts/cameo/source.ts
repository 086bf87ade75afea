/**
 * Reading the PETRARCH2 dictionary files: their comment conventions, shared by every converter
 * in this folder. The formats are those of PETRARCH2's reader (PETRreader.read_verb_dictionary,
 * read_actor_dictionary, read_agent_dictionary, read_discard_list) and each file's own header.
 */

/** A source line without its comment: everything from the first "#" on, as PETRARCH2 reads it. */
export function stripComment(line: string): string {
  const at = line.indexOf('#');
  return (at >= 0 ? line.slice(0, at) : line).trimEnd();
}

/** Lines of a source file with comments and XML-style `<!-- -->` comment lines removed. */
export function contentLines(text: string): { line: string; number: number }[] {
  const out: { line: string; number: number }[] = [];
  let inXmlComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (inXmlComment) {
      if (raw.includes('-->')) inXmlComment = false;
      return;
    }
    if (raw.startsWith('<!--')) {
      if (!raw.includes('-->')) inXmlComment = true;
      return;
    }
    const line = stripComment(raw);
    if (line.trim()) out.push({ line, number: i + 1 });
  });
  return out;
}

/** The comment block a source file opens with (its provenance and licence), as written. */
export function headerComment(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.startsWith('#')) break;
    out.push(raw.replace(/\s+$/, ''));
  }
  return out;
}

/** A problem in a source file, named by file and line so it can be found and fixed. */
export class CameoSourceError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'CameoSourceError';
  }
}

/** Phrase words as the dictionaries write them ("SECURITY_FORCES_") -> "security forces"; a final "_" is reported. */
export function phraseWords(raw: string): { words: string; stopped: boolean } {
  const stopped = raw.endsWith('_');
  const words = raw
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return { words, stopped };
}
