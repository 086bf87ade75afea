/**
 * HTML page -> the main text of the article, with its title, date and source from the
 * page's meta tags. Readability (over linkedom, no browser) finds the article; its block
 * elements become paragraphs separated by blank lines, so sentence splitting and the
 * offsets shown to users follow the page's own paragraphs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { isValidIsoDate } from './header.js';
import { flattenDeepHtml, MAX_HTML_DEPTH } from './html-nesting.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** rel=canonical or og:url when the page gives one. */
  url: string | null;
  encoding: string;
  warning: string | null;
}

const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TD', 'TH',
  'DT', 'DD', 'FIGCAPTION', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'TABLE', 'TR', 'UL', 'OL', 'DL', 'FIGURE', 'ADDRESS',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'FORM', 'BUTTON', 'IFRAME', 'OBJECT']);

/** Sniffs the charset an HTML or XML document declares in its first bytes (meta tag or XML declaration). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Bytes of a page -> text, in the order browsers use: a byte-order mark, then the HTTP
 * header's charset, then the page's own <meta charset>, then detection.
 */
export function decodeHtmlBytes(bytes: Uint8Array, input: string, httpCharset: string | null, maxBytes = DEFAULT_MAX_BYTES) {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = bom ? 'utf-8' : httpCharset ?? sniffDeclaredCharset(bytes);
  return decodeBytes(bytes, input, { declaredCharset: declared, maxBytes });
}

const squeeze = (s: string): string => s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

/** Markup beyond this size is not parsed into a DOM (memory grows many times faster than the page). */
export const MAX_DOM_CHARS = 4 * 1024 * 1024;
/** Readability looks for the article among at most this many elements; beyond, the whole text is taken. */
export const MAX_READABILITY_ELEMENTS = 20_000;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  firstChild?: DomNode | null;
  nextSibling?: DomNode | null;
}

/**
 * The children of a node, in order. linkedom builds `childNodes` afresh on every read by
 * walking the node's whole subtree, so it is read once per node (never inside a loop) and
 * sibling links are preferred when the DOM has them.
 */
function childrenOf(node: DomNode): DomNode[] {
  if (node.firstChild !== undefined) {
    const out: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling ?? null) out.push(c);
    return out;
  }
  return Array.from(node.childNodes);
}

/** Walks block elements, collecting their inline text as paragraphs (without recursion: depth is the input's to choose). */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const p = squeeze(current);
    if (p) out.push(p);
    current = '';
  };
  // A stack of nodes to enter, and of block elements to leave (flush after their children).
  const stack: Array<{ node: DomNode; leave: boolean }> = [{ node: root, leave: false }];
  while (stack.length > 0) {
    const { node, leave } = stack.pop()!;
    if (leave) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push({ node, leave: true });
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  }
  flush();
  return out;
}

function metaContent(doc: Document, names: string[]): string | null {
  for (const name of names) {
    const el =
      doc.querySelector(`meta[property="${name}"]`) ?? doc.querySelector(`meta[name="${name}"]`) ?? doc.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** YYYY-MM-DD from an ISO-like or RFC 2822 date string, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  // An ISO-looking value is taken as written (its own calendar day), or refused.
  if (iso) return isValidIsoDate(iso[1]!) ? iso[1]! : null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t).toISOString().slice(0, 10);
  return isValidIsoDate(d) ? d : null;
}

function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const d = toIsoDate(m?.[1]);
    if (d) return d;
  }
  return null;
}

function pageDate(doc: Document): string | null {
  const fromMeta = toIsoDate(
    metaContent(doc, ['article:published_time', 'og:published_time', 'datePublished', 'date', 'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date']),
  );
  if (fromMeta) return fromMeta;
  const ld = jsonLdDate(doc);
  if (ld) return ld;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return toIsoDate(time);
}

/**
 * Decoded HTML -> article. `pageUrl` is where it came from (for the source name when the
 * page gives none). Throws InputError when the page holds no readable text.
 */
export function htmlToArticle(html: string, input: string, pageUrl: string | null = null): Omit<HtmlArticle, 'encoding' | 'warning'> & { warning: string | null } {
  const notes: string[] = [];
  if (html.length > MAX_DOM_CHARS) {
    return { ...plainTextOfHtml(html, input), warning: `the page is ${formatBytes(html.length)} of markup, more than the ${formatBytes(MAX_DOM_CHARS)} read as a page; its text was taken without looking for the article` };
  }
  const flat = flattenDeepHtml(html);
  if (flat.removed > 0) {
    notes.push(`elements nested deeper than ${MAX_HTML_DEPTH} levels (the page goes ${flat.depth} deep) were flattened: their text is kept without their tags`);
    html = flat.html;
  }
  const { document } = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const metaTitle = metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'DC.title']);
  const docTitle = squeeze(doc.querySelector('title')?.textContent ?? '') || null;
  const date = pageDate(doc);
  let source = metaContent(doc, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'DC.publisher']);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(doc, ['og:url']);
  let url: string | null = null;
  if (canonical) {
    try {
      url = new URL(canonical, pageUrl ?? undefined).toString();
    } catch {
      url = null;
    }
  }
  if (!source && pageUrl) {
    try {
      source = new URL(pageUrl).hostname.replace(/^www\./, '') || null;
    } catch {
      source = null;
    }
  }

  let paragraphs: string[] = [];
  let readTitle: string | null = null;
  const elements = flat.elements;
  if (elements > MAX_READABILITY_ELEMENTS) {
    notes.push(`the page has ${elements} elements, more than the ${MAX_READABILITY_ELEMENTS} searched for an article; its whole text was taken`);
  } else {
    try {
      // Readability edits the DOM it reads; the metadata above was taken first.
      const article = new Readability<DomNode>(doc, { serializer: (node) => node as unknown as DomNode, charThreshold: 200 }).parse();
      if (article?.content) paragraphs = paragraphsOf(article.content);
      readTitle = article?.title ? squeeze(article.title) : null;
    } catch {
      paragraphs = [];
    }
  }
  if (paragraphs.join(' ').length < 80) {
    // Short pages (a one-paragraph statement) are below Readability's threshold: take the body.
    const fresh = parseHTML(html.includes('<html') || html.includes('<HTML') ? html : `<html><body>${html}</body></html>`).document as unknown as Document;
    const body = fresh.body ?? fresh.documentElement;
    const all = body ? paragraphsOf(body as unknown as DomNode) : [];
    if (all.join(' ').length > paragraphs.join(' ').length) paragraphs = all;
  }
  const title = metaTitle ?? readTitle ?? docTitle;
  if (title && paragraphs.length > 0 && squeeze(paragraphs[0]!) !== squeeze(title)) {
    // The headline often carries the event ("X meets Y"): keep it as the first paragraph.
    paragraphs.unshift(squeeze(title));
  }
  const text = paragraphs.join('\n\n');
  if (text.trim().length === 0) throw new InputError(input, 'no readable text found in the HTML page (empty, scripts only, or badly broken markup)');
  return { text, title: title ?? null, date, source: source ?? null, url, warning: notes.length ? notes.join('; ') : null };
}

/**
 * The text of markup too large to parse into a DOM: one pass that drops scripts, styles and
 * comments, breaks paragraphs at block tags and decodes the common entities. No article is
 * searched for; the title is the page's <title>.
 */
export function plainTextOfHtml(html: string, input: string): Omit<HtmlArticle, 'encoding' | 'warning'> {
  const titleMatch = /<title[^<>]*>([^<]{0,1000})<\/title/i.exec(html.slice(0, 200_000));
  const title = titleMatch ? squeeze(decodeEntities(titleMatch[1]!)) || null : null;
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    const p = squeeze(decodeEntities(current));
    if (p) parts.push(p);
    current = '';
  };
  const tag = /<(\/?)([a-zA-Z][^\s/<>]*)[^<>]*>|<!--/g;
  let at = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    current += html.slice(at, m.index);
    at = tag.lastIndex;
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      at = tag.lastIndex = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = m[2]!.toUpperCase();
    if (!m[1] && SKIP.has(name)) {
      const close = new RegExp(`</${name}[\\s>]`, 'gi');
      close.lastIndex = tag.lastIndex;
      const end = close.exec(html);
      at = tag.lastIndex = end ? end.index : html.length;
      continue;
    }
    if (name === 'BR') current += '\n';
    else if (BLOCKS.has(name)) flush();
  }
  current += html.slice(at);
  flush();
  if (title && parts.length > 0 && parts[0] !== title) parts.unshift(title);
  const text = parts.join('\n\n');
  if (text.trim().length === 0) throw new InputError(input, 'no readable text found in the HTML page (empty, scripts only, or badly broken markup)');
  return { text, title, date: null, source: null, url: null };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', laquo: '«', raquo: '»', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[e] ?? whole;
  });
}

/** Page bytes -> article, decoding by BOM, HTTP charset, <meta charset>, then detection. */
export function htmlBytesToArticle(
  bytes: Uint8Array, input: string, options: { httpCharset?: string | null; pageUrl?: string | null; maxBytes?: number } = {},
): HtmlArticle {
  const decoded = decodeHtmlBytes(bytes, input, options.httpCharset ?? null, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const article = htmlToArticle(decoded.text, input, options.pageUrl ?? null);
  const warnings = [decoded.warning, article.warning].filter((w): w is string => w !== null);
  return { ...article, encoding: decoded.encoding, warning: warnings.length ? warnings.join('; ') : null };
}

/** True when text looks like an HTML document rather than plain text. */
export function looksLikeHtml(start: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start);
}

/** True when text looks like an RSS, RDF or Atom feed. */
export function looksLikeFeed(start: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(start);
}
