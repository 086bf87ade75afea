/**
 * Readability over linkedom slows down with the cube of nesting depth (1,000 nested divs took
 * half a minute) and any recursive walk of a deep tree can overflow the stack. No article is
 * nested two hundred elements deep, so before the page is parsed, elements below that depth
 * lose their tags (their text stays, in order): the tree the DOM sees is never deeper.
 *
 * The scan is one linear pass over the markup with the HTML parser's own shortcuts where they
 * matter for depth: void elements never open, a new paragraph, list item, row or cell closes
 * the open one, a closing tag closes everything opened inside it, and raw text (script,
 * style, comments) is skipped whole.
 */

export const MAX_HTML_DEPTH = 200;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'command']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Start tags that close an open <p> (HTML's "closes a p element in button scope"), approximated by the top of the stack. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** Elements a sibling of the same group closes: <li> closes <li>, <td> closes <td> or <th>, ... */
const SIBLING_GROUP: Record<string, string> = {
  li: 'li', dt: 'd', dd: 'd', tr: 'tr', td: 'cell', th: 'cell', option: 'option', optgroup: 'optgroup', thead: 'tbody', tbody: 'tbody', tfoot: 'tbody', rt: 'rt', rp: 'rt',
};

export interface Flattened {
  html: string;
  /** Deepest nesting found (before flattening). */
  depth: number;
  /** Start tags removed because they were deeper than the limit. */
  removed: number;
  /** Elements opened (start tags, void ones included). */
  elements: number;
}

/** A tag never spans a '<', so a page full of unclosed '<a' costs one pass, not one per '<'. */
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*>|<!--|<!\[CDATA\[/g;

/** Markup with no element deeper than `maxDepth`; text and every shallower tag are kept as written. */
export function flattenDeepHtml(html: string, maxDepth = MAX_HTML_DEPTH): Flattened {
  // The open elements: names, and whether each one's tags were kept.
  const names: string[] = [];
  const kept: boolean[] = [];
  /** Position in `names` of the latest open element of each name (-1 when none): closing tags are matched in O(1). */
  const open = new Map<string, number[]>();
  const pieces: string[] = [];
  let copiedTo = 0;
  let depth = 0;
  let removed = 0;
  let elements = 0;

  const push = (name: string, keep: boolean) => {
    names.push(name);
    kept.push(keep);
    const list = open.get(name);
    if (list) list.push(names.length - 1);
    else open.set(name, [names.length - 1]);
  };
  const popTo = (length: number) => {
    while (names.length > length) {
      const name = names.pop()!;
      kept.pop();
      open.get(name)!.pop();
    }
  };
  const cut = (from: number, to: number) => {
    pieces.push(html.slice(copiedTo, from));
    copiedTo = to;
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const whole = m[0];
    if (whole === '<!--' || whole === '<![CDATA[') {
      const end = html.indexOf(whole === '<!--' ? '-->' : ']]>', m.index + whole.length);
      TAG.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (closing) {
      const list = open.get(name);
      if (!list || list.length === 0) continue;
      const at = list[list.length - 1]!;
      const wasKept = kept[at]!;
      popTo(at);
      if (!wasKept) cut(m.index, m.index + whole.length);
      continue;
    }
    elements++;
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    const top = names[names.length - 1];
    if (top === 'p' && CLOSES_P.has(name)) popTo(names.length - 1);
    const group = SIBLING_GROUP[name];
    if (group !== undefined) {
      const now = names[names.length - 1];
      if (now !== undefined && SIBLING_GROUP[now] === group) popTo(names.length - 1);
    }
    const keep = names.length < maxDepth;
    push(name, keep);
    if (names.length > depth) depth = names.length;
    if (!keep) {
      removed++;
      cut(m.index, m.index + whole.length);
    }
    if (RAW_TEXT.has(name)) {
      // Raw text runs to its own closing tag, whatever it holds.
      const close = indexOfClosing(html, name, TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close;
    }
  }
  if (removed === 0) return { html, depth, removed, elements };
  pieces.push(html.slice(copiedTo));
  return { html: pieces.join(''), depth, removed, elements };
}

/** Where `</name` next starts (case-insensitive) at or after `from`, or -1. */
function indexOfClosing(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\s>/]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index : -1;
}
