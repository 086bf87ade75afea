import { mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetFromContentType, htmlToArticle, looksLikeFeed, looksLikeHtml, sniffDeclaredCharset, toIsoDate } from '../src/ingest/html.js';
import { readSources, type SourceItem } from '../src/ingest/sources.js';
import { startSite, type TestSite } from './fixtures/corpus/server.js';

const FIX = join(import.meta.dirname, 'fixtures', 'corpus');

async function collect(args: string[], options: Parameters<typeof readSources>[1] = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(args, { timeoutMs: 5000, ...options })) out.push(item);
  return out;
}

function ok(item: SourceItem | undefined): Extract<SourceItem, { ok: true }> {
  if (!item || !item.ok) throw new Error(`expected a document, got ${item ? item.error : 'nothing'}`);
  return item;
}

let site: TestSite;
let tmp: string;
beforeAll(async () => {
  site = await startSite();
  tmp = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
});
afterAll(async () => {
  await site.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('HTML pages', () => {
  it('keeps the article as blank-line-separated paragraphs and takes title, date, source and canonical URL from meta tags', async () => {
    const [item] = await collect([`${site.base}/pages/article.html`]);
    const doc = ok(item);
    expect(doc.input.title).toBe('Kazakhstan and Mongolia agree to expand rail freight');
    expect(doc.input.date).toBe('2023-06-14');
    expect(doc.input.source).toBe('Ministry of Transport of Kazakhstan');
    expect(doc.input.url).toBe('https://transport.example.kz/news/rail-freight-mongolia');
    expect(doc.key).toBe('https://transport.example.kz/news/rail-freight-mongolia');
    const paragraphs = doc.input.text.split('\n\n');
    expect(paragraphs[0]).toBe('Kazakhstan and Mongolia agree to expand rail freight');
    expect(paragraphs.some((p) => p.startsWith('ASTANA, 14 June. Minister of Transport Marat Karabayev met'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('"Our railways can carry far more'))).toBe(true);
    // Navigation, scripts, styles and the footer are not part of the article.
    expect(doc.input.text).not.toMatch(/Contacts|analytics|font-family|All rights reserved|newsletter/);
    // Lines inside one paragraph are joined with single spaces.
    expect(doc.input.text).toContain('Minister of Road and Transport Development of Mongolia, Delgersaikhan Bor');
  });

  it('decodes windows-1251 declared only in <meta charset>', async () => {
    const doc = ok((await collect([`${site.base}/pages/minsk-ru.html`]))[0]);
    expect(doc.input.text).toContain('Премьер-министр Беларуси Роман Головченко встретился с губернатором Тюменской области');
    expect(doc.input.text).toContain('«Мы готовы увеличить товарооборот в полтора раза»');
    expect(doc.input.date).toBe('2021-11-02');
    expect(doc.warning).toBeNull();
  });

  it('decodes koi8-r declared only in the HTTP header', async () => {
    const doc = ok((await collect([`${site.base}/pages/volga-koi8.html`]))[0]);
    expect(doc.input.text).toContain('Губернатор Самарской области Дмитрий Азаров провёл переговоры');
    expect(doc.input.title).toBe('Самарская область и Казахстан договорились о сотрудничестве');
  });

  it('decodes iso-8859-2 declared with <meta http-equiv>', async () => {
    const doc = ok((await collect([`${site.base}/pages/krakow-latin2.html`]))[0]);
    expect(doc.input.text).toContain('Marszałek Województwa Małopolskiego spotkał się z przewodniczącym Kraju Żylińskiego');
  });

  it('detects windows-1251 when nothing declares it, with a warning naming the input', async () => {
    const doc = ok((await collect([`${site.base}/pages/undeclared-ru.html`]))[0]);
    expect(doc.input.text).toContain('Роман Головченко');
    expect(doc.warning).toMatch(/undeclared-ru\.html: not valid UTF-8; decoded as windows-1251/);
  });

  it('reads what it can of broken HTML and refuses a page with no text', async () => {
    const doc = ok((await collect([`${site.base}/pages/broken.html`]))[0]);
    expect(doc.input.text).toContain('Hungary and Slovakia adopted a joint plan for the Danube');
    expect(doc.input.text).toContain('EUR 45 million');
    const [empty] = await collect([`${site.base}/pages/empty.html`]);
    expect(empty?.ok).toBe(false);
    expect(!empty!.ok && empty!.error).toMatch(/empty\.html: no readable text found in the HTML page/);
  });

  it('reports HTTP errors and unreachable hosts by URL, and goes on', async () => {
    const items = await collect([`${site.base}/nope.html`, 'http://127.0.0.1:9/x', `${site.base}/plain.txt`]);
    expect(items.map((i) => i.ok)).toEqual([false, false, true]);
    expect(!items[0]!.ok && items[0]!.error).toMatch(/nope\.html: the server answered HTTP 404/);
    expect(!items[1]!.ok && items[1]!.error).toMatch(/127\.0\.0\.1:9\/x: cannot fetch/);
    const plain = ok(items[2]);
    expect(plain.input.text).toContain('Chile and Peru');
    expect(plain.key).toBe(`${site.base}/plain.txt`);
  });

  it('pulls dates out of meta values in several formats and rejects non-dates', () => {
    expect(toIsoDate('2023-06-14T09:30:00+06:00')).toBe('2023-06-14');
    expect(toIsoDate('Wed, 14 Jun 2023 06:00:00 GMT')).toBe('2023-06-14');
    expect(toIsoDate('2023-02-30')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });

  it('sniffs declared charsets and document kinds', () => {
    expect(sniffDeclaredCharset(Buffer.from('<html><head><meta charset="KOI8-R">'))).toBe('koi8-r');
    expect(sniffDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))).toBe('windows-1251');
    expect(sniffDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-5"?><rss>'))).toBe('iso-8859-5');
    expect(sniffDeclaredCharset(Buffer.from('<p>The charset of the page is not declared.</p>'))).toBeNull();
    expect(charsetFromContentType('text/html; charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('date 2020-01-01 Source: <html> fans')).toBe(false);
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<html><body>rss</body></html>')).toBe(false);
  });

  it('never throws on arbitrary markup: it returns text or a clear InputError', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<p>', '</p>', '<div>', 'Talks in Riga.', '<b>', '<', '>', '&amp;', '<script>', '</html', ' ', '\n'), { maxLength: 40 }), (parts) => {
        try {
          const a = htmlToArticle(parts.join(''), 'gen.html');
          expect(a.text.trim().length).toBeGreaterThan(0);
          expect(a.text).not.toMatch(/\n{3,}/);
        } catch (error) {
          expect((error as Error).message).toMatch(/^gen\.html: no readable text/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('feeds', () => {
  it('fetches each item page, falls back to the feed text when the page fails, and names items with no text', async () => {
    const items = await collect([`${site.base}/feed.xml`]);
    expect(items).toHaveLength(3);
    const first = ok(items[0]);
    expect(first.origin).toBe('feed');
    expect(first.input.text).toContain('Minister of Transport Marat Karabayev met');
    expect(first.input.source).toBe('Regional Cooperation Newsroom');
    expect(first.key).toBe(`${site.base}/pages/article.html`);
    const second = ok(items[1]);
    expect(second.input.text).toContain('opened a joint customs post at the Sadakhlo crossing');
    expect(second.input.text.split('\n\n')[0]).toBe('Georgia and Armenia open a new customs post');
    expect(second.input.date).toBe('2023-07-10');
    expect(second.warning).toMatch(/page not fetched \(the server answered HTTP 404.*\); used the text the feed carries/);
    expect(items[2]!.ok).toBe(false);
    expect(!items[2]!.ok && items[2]!.error).toMatch(/\[item 3: Item without any text\].*the feed carries no text/);
  });

  it('uses the feed text without fetching when asked to', async () => {
    const before = site.hits.get('/pages/article.html') ?? 0;
    const items = await collect([`${site.base}/feed.xml`], { fetchPages: false });
    expect(site.hits.get('/pages/article.html') ?? 0).toBe(before);
    expect(ok(items[0]).input.text).toContain('Ministers agreed to raise rail cargo volumes.');
    expect(ok(items[0]).warning).toBeNull();
  });

  it('reads a feed file in a legacy encoding declared in the XML declaration', async () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title>
      <item><title>Встреча в Минске</title><link>http://example.invalid/1</link><description>Министры обсудили торговлю и транспорт между странами.</description></item></channel></rss>`;
    const path = join(tmp, 'news.xml');
    writeFileSync(path, iconv.encode(xml, 'windows-1251'));
    const items = await collect([path], { fetchPages: false });
    expect(ok(items[0]).input.text).toContain('Министры обсудили торговлю');
    expect(ok(items[0]).input.source).toBe('Новости');
  });

  it('rejects a file that is not a feed by name', async () => {
    const path = join(tmp, 'bad.xml');
    writeFileSync(path, '<?xml version="1.0"?><rss><channel><item><title>x</title></item>');
    const [item] = await collect([path]);
    expect(item?.ok).toBe(false);
  });
});

describe('files and directories', () => {
  it('reads a directory recursively, skipping READMEs, and names every bad file', async () => {
    const dir = join(tmp, 'corpus');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(join(FIX, 'texts', 'a-belarus-irkutsk.txt'), join(dir, 'a.txt'));
    copyFileSync(join(FIX, 'texts', 'c-empty.txt'), join(dir, 'sub', 'empty.txt'));
    copyFileSync(join(FIX, 'texts', 'd-blank.txt'), join(dir, 'sub', 'blank.txt'));
    copyFileSync(join(FIX, 'pages', 'article.html'), join(dir, 'sub', 'page.html'));
    writeFileSync(join(dir, 'README.md'), 'About this folder.');
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'sub', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'sub', 'lines.jsonl'), '{"id":"j1","text":"Talks in Riga.","url":"https://lv.example/1"}\nnot json\n{"id":"j2","text":"Talks in Vilnius."}\n{"text":""}\n');
    writeFileSync(join(dir, 'sub', 'cp1251.txt'), iconv.encode('date 2021-01-01 Source: БелТА\nПрезидент Беларуси провёл совещание с губернаторами областей по вопросам уборочной кампании и экспорта продовольствия.', 'windows-1251'));
    const skipped: string[] = [];
    const items = await collect([dir], { onSkipped: (f) => skipped.push(f.slice(dir.length + 1)) });
    // The picture is not read and is said so; the README describes the folder and is passed over quietly.
    expect(skipped).toEqual(['photo.png']);
    const names = items.map((i) => i.name.slice(dir.length + 1));
    expect(names).toEqual(['a.txt', 'sub/binary.txt', 'sub/blank.txt', 'sub/cp1251.txt', 'sub/empty.txt', 'sub/lines.jsonl:1', 'sub/lines.jsonl:2', 'sub/lines.jsonl:3', 'sub/lines.jsonl:4', 'sub/page.html']);
    const byName = new Map(items.map((i) => [i.name.slice(dir.length + 1), i]));
    expect(ok(byName.get('a.txt')).key).toBe(`file:${join(dir, 'a.txt')}`);
    expect(ok(byName.get('a.txt')).input.id).toBe('a');
    expect((byName.get('sub/binary.txt') as { error: string }).error).toMatch(/binary\.txt: binary data, not text/);
    expect((byName.get('sub/empty.txt') as { error: string }).error).toMatch(/empty\.txt: empty input/);
    expect((byName.get('sub/blank.txt') as { error: string }).error).toMatch(/blank\.txt: empty input/);
    expect(ok(byName.get('sub/cp1251.txt')).input.text).toContain('Президент Беларуси провёл совещание');
    expect(ok(byName.get('sub/cp1251.txt')).warning).toMatch(/decoded as windows-1251/);
    expect(ok(byName.get('sub/lines.jsonl:1')).key).toBe('https://lv.example/1');
    expect(ok(byName.get('sub/lines.jsonl:3')).key).toBe('id:j2');
    expect((byName.get('sub/lines.jsonl:2') as { error: string }).error).toMatch(/lines\.jsonl:2: not valid JSON/);
    expect((byName.get('sub/lines.jsonl:4') as { error: string }).error).toMatch(/lines\.jsonl:4: "text" is empty/);
    expect(ok(byName.get('sub/page.html')).origin).toBe('html');
  });

  it('refuses a 50 MB file by its size, without reading it, and goes on', async () => {
    const big = join(tmp, 'huge.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    closeSync(fd);
    const items = await collect([big, join(FIX, 'texts', 'b-vietnam-japan.txt')]);
    expect(items[0]!.ok).toBe(false);
    expect(!items[0]!.ok && items[0]!.error).toMatch(/huge\.txt: 50\.0 MB is over the 10\.0 MB limit for one document/);
    expect(ok(items[1]).input.text).toContain('Fumio Kishida');
  });

  it('reads stdin as text or as JSONL and names missing paths', async () => {
    const text = await collect(['-'], { stdin: Readable.from([Buffer.from('date 2020-01-01 Source: X\nTalks in Baku.')]) });
    expect(ok(text[0]).input.text).toContain('Talks in Baku.');
    const lines = await collect(['-'], { jsonl: true, stdin: Readable.from(['{"id":"s1","text":"Talks in Yerevan."}\n']) });
    expect(ok(lines[0]).key).toBe('id:s1');
    const missing = await collect([join(tmp, 'no-such-file.txt')]);
    expect(!missing[0]!.ok && missing[0]!.error).toMatch(/no-such-file\.txt: no such file or directory/);
  });
});
