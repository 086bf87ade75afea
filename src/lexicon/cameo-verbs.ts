import { CameoFileError, cameoLines, pluralOfPhrase } from './cameo-data.js';

/**
 * The CAMEO verb dictionary (data/cameo/verbs.txt), compiled once per process into a map from
 * every verb form to the verb blocks it belongs to, each block with its patterns parsed into
 * what the event coder matches: object head words, noun phrases, prepositional phrases, slots.
 */

/** One way to write a word of a pattern: the tokens it is made of ("cease - fire" is three). */
export type TokenSeq = readonly string[];
/** The alternatives for one word of a pattern (a synonym set has many; a plain word its plural too). */
export type WordAlt = readonly TokenSeq[];

/** A noun phrase: modifier words in order, then the head ("{humanitarian aid}"); a bare head has one word. */
export interface NounItem {
  readonly kind: 'noun';
  readonly words: readonly WordAlt[];
}

/** "(to border)": the preposition, then the words of its object; `slot` when the object is the target or source ("(to +)"). */
export interface PrepItem {
  readonly kind: 'prep';
  readonly prep: string;
  readonly words: readonly WordAlt[];
  readonly slot: 'target' | 'source' | null;
}

/** "+" (the target is here), "$" (the source is here). */
export interface SlotItem {
  readonly kind: 'slot';
  readonly role: 'target' | 'source';
}

export type PatternItem = NounItem | PrepItem | SlotItem;

export interface CameoBlock {
  /** The block's name as the dictionary writes it ("physical_conflict"). */
  readonly name: string;
  /** Default code of the block's verbs ("---": a verb alone codes nothing). */
  readonly code: string;
  readonly line: number;
  readonly patterns: readonly CameoPattern[];
}

export interface CameoPattern {
  readonly block: CameoBlock;
  readonly line: number;
  /** The pattern as written in verbs.txt ("* &military (into +)"). */
  readonly text: string;
  /** CAMEO code as written: "190", "042:043", ":173", "---". */
  readonly code: string;
  /** Items before "*": words of the subject. */
  readonly subject: readonly PatternItem[];
  /** Items after "*": the object and prepositional phrases, in order. */
  readonly object: readonly PatternItem[];
  /** Words the pattern needs: the more, the more specific. */
  readonly weight: number;
  /**
   * For each item of the object that needs a word: the tokens it can start with (noun heads
   * first). A pattern is tried only when each set meets the words after the verb, which rules
   * out most at once.
   */
  readonly objectAnchors: readonly ReadonlySet<string>[];
}

export interface CameoVerb {
  readonly block: CameoBlock;
  /** As written in verbs.txt ("attack", "+call_off"). */
  readonly verb: string;
  readonly line: number;
  /** The verb's own code, when it differs from the block's. */
  readonly code: string | null;
}

/** A verb form found in text, with the words a phrasal verb needs around it ("called" + "off"). */
export interface CameoVerbForm {
  readonly verb: CameoVerb;
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface CameoVerbDictionary {
  /** Every form of every verb (lower case) -> the verbs it is a form of. */
  readonly byForm: ReadonlyMap<string, readonly CameoVerbForm[]>;
  readonly blocks: readonly CameoBlock[];
  readonly patternCount: number;
}

const FILE = 'verbs.txt';

/** Tokens of a written word as the tokenizer gives them: "cease-fire" is "cease", "-", "fire". */
function tokenSeqs(phrase: string): TokenSeq[] {
  const words = phrase.split(' ');
  const out: TokenSeq[] = [words];
  if (phrase.includes('-')) out.push(words.flatMap((w) => w.split(/(-)/).filter(Boolean)));
  return out;
}

function wordAlt(word: string, sets: ReadonlyMap<string, WordAlt>, line: number): WordAlt {
  if (word.startsWith('&')) {
    const set = sets.get(word.slice(1).replace(/_$/, ''));
    if (!set) throw new CameoFileError(FILE, line, `synonym set ${word} is not defined`);
    return set;
  }
  const alts = tokenSeqs(word);
  // Plain pattern words are nouns: their plural is meant too ("demonstration", "demonstrations").
  if (/^[a-z]{3,}$/.test(word) && !word.endsWith('s')) alts.push([pluralOfPhrase(word)]);
  return alts;
}

/** "* (to list) (of {banned parties}) $" -> subject items and object items. */
function parsePattern(text: string, sets: ReadonlyMap<string, WordAlt>, line: number): { subject: PatternItem[]; object: PatternItem[]; weight: number } {
  const star = text.indexOf('*');
  let weight = 0;
  const side = (part: string): PatternItem[] => {
    const toks = part.match(/[(){}]|[^\s(){}]+/g) ?? [];
    const items: PatternItem[] = [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t === '(') {
        let prep: string | null = null;
        const words: WordAlt[] = [];
        let slot: PrepItem['slot'] = null;
        for (i++; i < toks.length && toks[i] !== ')'; i++) {
          const w = toks[i]!;
          if (w === '{' || w === '}' || w === '^' || w === '%') continue;
          if (w === '+' || w === '$') slot = w === '+' ? 'target' : 'source';
          else if (prep === null) prep = w;
          else words.push(wordAlt(w, sets, line));
        }
        if (prep === null) throw new CameoFileError(FILE, line, `empty prepositional phrase in "${text}"`);
        weight += 1 + words.length;
        items.push({ kind: 'prep', prep, words, slot });
      } else if (t === '{') {
        const words: WordAlt[] = [];
        for (i++; i < toks.length && toks[i] !== '}'; i++) words.push(wordAlt(toks[i]!, sets, line));
        weight += words.length;
        if (words.length) items.push({ kind: 'noun', words });
      } else if (t === '+' || t === '$') items.push({ kind: 'slot', role: t === '+' ? 'target' : 'source' });
      else if (t === '^' || t === '%' || t === ')' || t === '}') continue;
      else {
        weight++;
        items.push({ kind: 'noun', words: [wordAlt(t, sets, line)] });
      }
    }
    return items;
  };
  const subject = side(text.slice(0, star));
  const object = side(text.slice(star + 1));
  return { subject, object, weight };
}

/**
 * The tokens each word-bearing item can start with (a noun phrase's head, a preposition's own
 * word); noun heads first, since they are the rarer words and a pattern is indexed by its first.
 */
function anchorsOf(items: readonly PatternItem[]): ReadonlySet<string>[] {
  const nouns: Set<string>[] = [];
  const preps: Set<string>[] = [];
  for (const item of items) {
    if (item.kind === 'prep') preps.push(new Set([item.prep]));
    else if (item.kind === 'noun') nouns.push(new Set(item.words[item.words.length - 1]!.flatMap((seq) => seq)));
  }
  return [...nouns, ...preps];
}

/**
 * Compiles verbs.txt. `inflect` gives the forms of a regular verb (the event coder's own
 * inflection rules and irregular verbs); forms the dictionary lists are taken as they are.
 */
export function compileCameoVerbs(inflect: (verb: string) => readonly string[]): CameoVerbDictionary {
  const sets = new Map<string, WordAlt>();
  const blocks: { name: string; code: string; line: number; patterns: CameoPattern[] }[] = [];
  const byForm = new Map<string, CameoVerbForm[]>();
  let patternCount = 0;
  const addForm = (written: string, verb: CameoVerb) => {
    const words = written.split('_');
    let at = words.findIndex((w) => w.startsWith('+'));
    if (at < 0) at = 0;
    const form = words[at]!.replace(/^\+/, '');
    if (!form) return;
    const entry: CameoVerbForm = { verb, before: words.slice(0, at).filter(Boolean), after: words.slice(at + 1).filter(Boolean) };
    const list = byForm.get(form);
    if (!list) {
      byForm.set(form, [entry]);
      return;
    }
    const same = list.findIndex((e) => e.verb.block === verb.block && e.after.join(' ') === entry.after.join(' ') && e.before.join(' ') === entry.before.join(' '));
    if (same < 0) list.push(entry);
    // A verb listed twice in a block, once with a code of its own ("beat" and "beat ... [182]"):
    // the coded line is the more specific word on it, and the one kept.
    else if (verb.code && !list[same]!.verb.code) list[same] = entry;
  };
  for (const { text, line } of cameoLines(FILE)) {
    const cols = text.split('\t');
    const head = cols[0]!;
    if (head.startsWith('&')) {
      const noPlural = head.endsWith('_');
      const alts: TokenSeq[] = [];
      for (const raw of (cols[1] ?? '').split('|')) {
        if (!raw) continue;
        const stopped = raw.endsWith('_');
        const member = raw.replace(/_$/, '');
        alts.push(...tokenSeqs(member));
        if (!noPlural && !stopped) alts.push(...tokenSeqs(pluralOfPhrase(member)));
      }
      sets.set(head.slice(1).replace(/_$/, ''), alts);
    } else if (head.startsWith('=')) {
      blocks.push({ name: head.slice(1), code: cols[1] ?? '---', line, patterns: [] });
    } else if (head === '-') {
      const block = blocks[blocks.length - 1];
      if (!block) throw new CameoFileError(FILE, line, 'a pattern before any verb block');
      const patternText = cols[1] ?? '';
      if (!patternText.includes('*')) throw new CameoFileError(FILE, line, `pattern without "*": "${patternText}"`);
      const parsed = parsePattern(patternText, sets, line);
      block.patterns.push({ block, line, text: patternText, code: cols[2] ?? '---', ...parsed, objectAnchors: anchorsOf(parsed.object) });
      patternCount++;
    } else {
      const block = blocks[blocks.length - 1];
      if (!block) throw new CameoFileError(FILE, line, 'a verb before any verb block');
      const verb: CameoVerb = { block, verb: head, line, code: cols[2] || null };
      const listed = cols[1] ? cols[1].split('|') : null;
      if (listed) {
        addForm(head, verb);
        for (const f of listed) addForm(f, verb);
      } else if (head.includes('_')) {
        // A phrase: the regular forms of its "+" word, the other words kept.
        const words = head.split('_');
        const at = Math.max(0, words.findIndex((w) => w.startsWith('+')));
        for (const f of inflect(words[at]!.replace(/^\+/, ''))) {
          const copy = [...words];
          copy[at] = `+${f}`;
          addForm(copy.join('_'), verb);
        }
      } else for (const f of inflect(head)) addForm(f, verb);
    }
  }
  return { byForm, blocks, patternCount };
}
