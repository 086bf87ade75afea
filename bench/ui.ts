/**
 * Document view load time: from navigation to a document until its text and highlights are
 * on screen, over the demo corpus in a real (system) Chromium. Two figures:
 * - documentViewMs: a full page load of #/doc/ID (HTML, bundle from cache, API call, render), median;
 * - documentViewSpaMs: moving to another document inside the running page, median.
 * Target: documentViewMs < 200.
 *   npx tsx bench/ui.ts                 document view timings over the demo corpus
 *   npx tsx bench/ui.ts --api DB        API latencies over an existing store
 */
import { pathToFileURL } from 'node:url';
import { buildServer } from '../src/server/app.js';
import { demoCorpusDir } from '../src/server/paths.js';
import { openStore } from '../src/store/open.js';
import { ingestDemoCorpus } from '../src/server/demo-ingest.js';
import { CHROMIUM, hasChromium, launchBrowser, startHarness } from '../test/browser/harness.js';

export interface UiBenchResult {
  documentViewMs: number;
  documentViewP95Ms: number;
  documentViewSpaMs: number;
  documents: number;
  highlights: number;
  targetMs: number;
  note: string | null;
}

const TARGET_MS = 200;

function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (n: number) => Math.round(n * 10) / 10;

// Runs in the page before its own scripts: notes the time the document text first appears.
const OBSERVE_DOC_VIEW = `
  window.__docViewMs = null;
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid=doc-text]')) { window.__docViewMs = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

export async function benchUi(options: { rounds?: number } = {}): Promise<UiBenchResult> {
  if (!hasChromium) {
    return { documentViewMs: Number.NaN, documentViewP95Ms: Number.NaN, documentViewSpaMs: Number.NaN, documents: 0, highlights: 0, targetMs: TARGET_MS, note: `skipped: no browser at ${CHROMIUM}` };
  }
  const rounds = options.rounds ?? 2;
  const harness = await startHarness((store) => ingestDemoCorpus(store, demoCorpusDir()));
  const browser = await launchBrowser();
  try {
    const ids: string[] = [];
    for await (const doc of harness.store.iterateDocuments()) ids.push(doc.meta.id);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(OBSERVE_DOC_VIEW);
    // Warm-up: the bundle is fetched once and cached, as for a returning reader.
    await page.goto(`${harness.url}#/doc/${encodeURIComponent(ids[0]!)}`);
    await page.waitForSelector('[data-testid=doc-text]');

    const full: number[] = [];
    let highlights = 0;
    for (let r = 0; r < rounds; r++) {
      for (const id of ids) {
        await page.goto(`${harness.url}#/doc/${encodeURIComponent(id)}`);
        // A hash-only change does not reload; reload so every sample is a full page load.
        await page.reload();
        await page.waitForSelector(`[data-testid=doc-text][data-doc="${id.replace(/"/g, '\\"')}"]`);
        full.push(await page.evaluate(() => (window as unknown as { __docViewMs: number }).__docViewMs));
        if (r === 0) highlights += await page.locator('[data-testid=doc-text] mark').count();
      }
    }

    const spa: number[] = [];
    for (const id of ids) {
      spa.push(await page.evaluate(async (docId) => {
        const start = performance.now();
        const selector = `[data-testid=doc-text][data-doc="${CSS.escape(docId)}"]`;
        window.location.hash = `#/doc/${encodeURIComponent(docId)}`;
        await new Promise<void>((resolve) => {
          if (document.querySelector(selector)) return resolve();
          new MutationObserver((_, obs) => {
            if (document.querySelector(selector)) {
              obs.disconnect();
              resolve();
            }
          }).observe(document.body, { childList: true, subtree: true, attributes: true });
        });
        return performance.now() - start;
      }, id));
    }
    const median = percentile(full, 50);
    return {
      documentViewMs: round(median),
      documentViewP95Ms: round(percentile(full, 95)),
      documentViewSpaMs: round(percentile(spa, 50)),
      documents: ids.length,
      highlights,
      targetMs: TARGET_MS,
      note: median < TARGET_MS ? null : `above the ${TARGET_MS} ms target`,
    };
  } finally {
    await browser.close();
    await harness.close();
  }
}

export interface ApiBenchRow {
  request: string;
  medianMs: number;
  items: number;
}

/**
 * Latency of the API requests behind each view on an existing store (e.g. one holding
 * 100,000 documents), through Fastify's in-process injection so only server work is timed.
 * Includes page 51 of the search reached by following cursors: keyset pages cost the same
 * at any depth.
 */
export async function benchApi(location: string, repeats = 5): Promise<ApiBenchRow[]> {
  const store = await openStore(location, { migrate: false });
  const app = await buildServer({ store, uiDir: '/nonexistent' });
  try {
    const first = JSON.parse((await app.inject('/api/documents?limit=20')).body) as { items: { id: string }[]; next: string | null };
    let cursor = first.next;
    for (let i = 0; i < 49 && cursor; i++) {
      cursor = (JSON.parse((await app.inject(`/api/documents?limit=20&cursor=${encodeURIComponent(cursor)}`)).body) as { next: string | null }).next;
    }
    const firstId = first.items[0]?.id ?? 'none';
    const requests = [
      '/api/documents?limit=20',
      ...(cursor ? [`/api/documents?limit=20&cursor=${encodeURIComponent(cursor)}`] : []),
      '/api/documents?limit=20&q=trade',
      '/api/documents?limit=20&country=KAZ&from=2019-01-01&to=2020-12-31',
      '/api/documents?limit=20&type=AGREE&source=TASS',
      '/api/documents?limit=20&actor=Kobzev',
      `/api/documents/${encodeURIComponent(firstId)}`,
      '/api/actors?limit=50',
      `/api/actors/${encodeURIComponent('person:Igor Kobzev')}`,
      '/api/relations/graph?level=country',
      '/api/relations/graph?level=actor&type=CONSULT',
      '/api/relations/timeline?a=BLR&b=RUS',
      '/api/figures?kind=money&limit=300',
      '/api/facets',
    ];
    const rows: ApiBenchRow[] = [];
    for (const url of requests) {
      const times: number[] = [];
      let items = 0;
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        const res = await app.inject(url);
        times.push(performance.now() - t0);
        const body = JSON.parse(res.body) as Record<string, unknown>;
        const list = body.items ?? body.events ?? body.points ?? body.nodes;
        items = Array.isArray(list) ? list.length : res.statusCode;
      }
      rows.push({ request: url.length > 80 ? `${url.slice(0, 77)}...` : url, medianMs: round(percentile(times, 50)), items });
    }
    return rows;
  } finally {
    await app.close();
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--api') {
  benchApi(process.argv[3] ?? '').then((rows) => {
    for (const r of rows) process.stdout.write(`${String(r.medianMs).padStart(8)} ms  ${String(r.items).padStart(4)}  ${r.request}\n`);
  }, (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchUi().then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`), (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
