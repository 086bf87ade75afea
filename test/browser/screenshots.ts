/**
 * Takes the README screenshots of the main views over the demo corpus:
 *   npx tsx test/browser/screenshots.ts            (writes docs/screenshots/*.png)
 *   npx tsx test/browser/screenshots.ts dossier.png  (only the files named)
 * Uses the system Chromium like the browser tests; 1280x800 PNGs plus one phone-sized view.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDemoCorpus } from '../../src/server/demo-ingest.js';
import { demoCorpusDir, packageRoot } from '../../src/server/paths.js';
import { CHROMIUM, hasChromium, launchBrowser, startHarness } from './harness.js';

interface Shot {
  file: string;
  hash: string;
  ready: string;
  /** Run in the page before the picture (hover a highlight, ...). */
  prepare?: string;
  /** Scroll so this element is at the top of the picture. */
  scrollTo?: string;
  phone?: boolean;
}

const SHOTS: Shot[] = [
  { file: 'search.png', hash: '#/search?q=trade', ready: '.results li' },
  { file: 'document.png', hash: '#/doc/001_belarus_irkutsk_trade_2019', ready: '[data-testid=doc-text]', prepare: 'mark.hl-event, mark.hl-quantity' },
  { file: 'actor.png', hash: `#/actor/${encodeURIComponent('person:Aleksandr Lukashenko')}`, ready: '.actor h1' },
  { file: 'relations.png', hash: '#/relations?a=BLR&b=RUS', ready: 'svg.graph g.node', scrollTo: 'p.hint' },
  { file: 'dossier.png', hash: '#/dossier?a=Belarus&b=Irkutsk%20Oblast', ready: 'svg.dossier-chart', scrollTo: '#h-d-figures' },
  { file: 'figures.png', hash: '#/figures?kind=money&scale=log', ready: 'svg.chart' },
  { file: 'document-phone.png', hash: '#/doc/001_belarus_irkutsk_trade_2019', ready: '[data-testid=doc-text]', phone: true },
];

export async function takeScreenshots(outDir = join(packageRoot(), 'docs', 'screenshots'), only: readonly string[] = []): Promise<string[]> {
  if (!hasChromium) throw new Error(`no browser at ${CHROMIUM}; install it with "apt-get install -y chromium"`);
  mkdirSync(outDir, { recursive: true });
  const harness = await startHarness((store) => ingestDemoCorpus(store, demoCorpusDir()));
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const shot of SHOTS.filter((x) => only.length === 0 || only.includes(x.file))) {
      const page = await browser.newPage({ viewport: shot.phone ? { width: 390, height: 800 } : { width: 1280, height: 800 } });
      await page.goto(`${harness.url}${shot.hash}`);
      await page.locator(shot.ready).first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      if (shot.prepare) {
        const target = page.locator(shot.prepare).first();
        if (await target.count()) await target.focus();
      }
      if (shot.scrollTo) await page.locator(shot.scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const path = join(outDir, shot.file);
      await page.screenshot({ path });
      written.push(path);
      await page.close();
    }
  } finally {
    await browser.close();
    await harness.close();
  }
  return written;
}

if (process.argv[1]?.endsWith('screenshots.ts')) {
  takeScreenshots(undefined, process.argv.slice(2)).then((files) => process.stdout.write(`${files.join('\n')}\n`), (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
