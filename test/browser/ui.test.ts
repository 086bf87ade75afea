import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_IMG, HOSTILE_MARKUP, loadFixtures } from './fixtures.js';
import { CHROMIUM, hasChromium, launchBrowser, startHarness, type Harness } from './harness.js';

if (!hasChromium) console.warn(`[ui.test] skipped: no browser at ${CHROMIUM} (install it with "apt-get install -y chromium")`);

describe.skipIf(!hasChromium)('web UI in Chromium', () => {
  let harness: Harness;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    harness = await startHarness(loadFixtures);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // CSP violations and failed requests show up as console errors.
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('opens on the search view listing the documents', async () => {
    await page.goto(harness.url);
    await page.locator('.results li').first().waitFor();
    expect(await page.locator('.results li').count()).toBe(4);
    expect(await page.title()).toBe('Readout');
    // The hostile title is shown as characters, not parsed.
    expect(await page.locator('.results').innerText()).toContain(`Hostile ${HOSTILE_MARKUP} title`);
  });

  it('searches with filters', async () => {
    await page.fill('#f-q', 'tractors');
    await page.click('.filters button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('.results li').length === 1);
    expect(await page.locator('.results li a').first().innerText()).toBe('Lukashenko meets Irkutsk governor');
    expect(page.url()).toContain('q=tractors');
    // The event-type filter is filled from the store.
    // The previous search also left one result on the page, so wait for the list to change
    // rather than for its length, which would race the new request.
    await page.goto(`${harness.url}#/search?type=AGREE`);
    await page.waitForFunction(() => {
      const items = document.querySelectorAll('.results li');
      return items.length === 1 && (items[0]?.textContent ?? '').includes('agree to expand');
    });
    expect(await page.locator('.results li a').first().innerText()).toContain('agree to expand');
  });

  it('shows a document with highlights and explains a highlight on focus', async () => {
    await page.goto(`${harness.url}#/search?q=tractors`);
    // Wait for this search's result, not the one the previous test left on the page.
    await page.locator('.results li a', { hasText: 'Lukashenko meets Irkutsk governor' }).first().click();
    await page.locator('[data-testid=doc-text] mark').first().waitFor();
    expect(await page.locator('mark.hl-person').count()).toBe(4);
    expect(await page.locator('mark.hl-quote').count()).toBe(2);
    expect(await page.locator('mark.hl-event').count()).toBe(1);
    expect(await page.locator('mark.hl-quantity').innerText()).toBe('exceeded $284 million');
    // Two speakers, two quote colours.
    const colours = await page.locator('mark.hl-quote').evaluateAll((els) => els.map((e) => e.className));
    expect(new Set(colours).size).toBe(2);
    // Keyboard: the highlight takes focus and the fact card says what and why.
    await page.locator('mark.hl-event').focus();
    const card = page.locator('#fact-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('Event: CONSULT (meet)');
    expect(await card.innerText()).toContain('events/meet-with');
    expect(await page.locator('mark.hl-event').getAttribute('aria-describedby')).toBe('fact-card');
    // Hovering another highlight explains it too.
    await page.locator('mark.hl-quantity').hover();
    await page.waitForFunction(() => document.querySelector('#fact-card')?.textContent?.includes('Figure (money)'));
    expect(await card.innerText()).toContain('quantities/currency-symbol-amount');
    // The side panel lists the record.
    expect(await page.locator('.record-panel').innerText()).toContain('Governor of Irkutsk Oblast');
  });

  it('reaches highlights with Tab and shows the focus', async () => {
    await page.locator('#doc-title').click();
    let focusedMark = false;
    for (let i = 0; i < 25 && !focusedMark; i++) {
      await page.keyboard.press('Tab');
      focusedMark = await page.evaluate(() => document.activeElement?.tagName === 'MARK');
    }
    expect(focusedMark).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('shows the quotations without a named speaker in a section of their own, marked in the text', async () => {
    await page.goto(`${harness.url}#/doc/irkutsk-followup`);
    const mark = page.locator('mark[data-mark^="uquote-"]');
    await mark.waitFor();
    expect(await mark.innerText()).toBe('a sound basis for the next five years');
    expect(await mark.evaluate((e) => getComputedStyle(e).borderBottomStyle)).toBe('dashed');
    const section = page.locator('.record-panel section', { has: page.locator('h3', { hasText: 'Quotations without a named speaker' }) });
    expect(await section.locator('h3').innerText()).toMatch(/Quotations without a named speaker\s*1/);
    expect(await section.locator('li').innerText()).toContain('Ministry of Industry: ');
    expect(await section.locator('li').innerText()).toContain('a sound basis for the next five years');
    // Not among the quotes of named people.
    const quotes = page.locator('.record-panel section', { has: page.locator('h3', { hasText: /^Quotes/ }) });
    expect(await quotes.innerText()).toContain('None found.');
    await mark.focus();
    expect(await page.locator('#fact-card').innerText()).toContain('Quotation given to Ministry of Industry (no person named)');
  });

  it('opens an actor page with roles, countries, timeline and quotes', async () => {
    await page.locator('.record-panel a', { hasText: 'Igor Kobzev' }).click();
    await page.locator('.actor h1').waitFor();
    expect(await page.locator('.actor h1').innerText()).toContain('Igor Kobzev');
    const text = await page.locator('.actor').innerText();
    expect(text).toContain('Governor of Irkutsk Oblast');
    expect(text).toContain('Russia');
    // One meeting and one statement, on one timeline.
    expect(await page.locator('.timeline li').count()).toBe(2);
    expect(await page.locator('.timeline .etype').allInnerTexts()).toEqual(['CONSULT · meet', 'STATEMENT']);
    expect(await page.locator('.quotes').innerText()).toContain('Our region needs Belarusian machinery.');
  });

  it('draws the relations graph and the timeline between two countries', async () => {
    await page.goto(`${harness.url}#/relations`);
    await page.locator('svg.graph g.node').first().waitFor();
    const nodes = await page.locator('svg.graph g.node').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')).sort());
    expect(nodes).toEqual(['BLR', 'KAZ', 'RUS', 'UZB']);
    expect(await page.locator('svg.graph line').count()).toBe(2);
    await page.locator('g.node[data-node=BLR]').click();
    // Keyboard works on nodes as well.
    await page.locator('g.node[data-node=RUS]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.timeline li').first().waitFor();
    const types = await page.locator('.timeline .etype').allInnerTexts();
    expect(types.map((t) => t.split(' ')[0])).toEqual(['AGREE', 'CONSULT']);
    expect(page.url()).toMatch(/a=BLR.*b=RUS/);
    // A country and a region named by hand: Belarus and Irkutsk Oblast.
    await page.fill('#r-a', 'Belarus');
    await page.fill('#r-b', 'Irkutsk Oblast');
    await page.click('form.pair button[type=submit]');
    await page.waitForFunction(() => /b=\d+/.test(window.location.hash));
    await page.waitForFunction(() => document.querySelectorAll('.timeline li').length === 1);
    expect(await page.locator('.timeline .etype').innerText()).toContain('AGREE');
    expect(await page.locator('section h2', { hasText: 'Timeline' }).innerText()).toContain('Irkutsk Oblast');
  });

  it('charts figures over time with points linked to their sentences', async () => {
    await page.goto(`${harness.url}#/figures`);
    await page.locator('svg.chart a.point').first().waitFor();
    expect(await page.locator('svg.chart a.point').count()).toBe(3);
    expect(await page.locator('table.table tbody tr').count()).toBe(3);
    await page.locator('svg.chart a.point').first().click();
    await page.locator('[data-testid=doc-text] mark').first().waitFor();
    expect(page.url()).toMatch(/#\/doc\/[^?]+\?at=\d+/);
    // The page lands on the figure's highlight (focus moves there once the marks are drawn).
    await page.waitForFunction(() => document.activeElement?.className.includes('hl-quantity'));
  });

  it('shows hostile markup in a press release as text and runs none of it', async () => {
    await page.goto(`${harness.url}#/doc/hostile-markup`);
    await page.locator('[data-testid=doc-text] mark').first().waitFor();
    const text = await page.locator('[data-testid=doc-text]').innerText();
    expect(text).toContain(HOSTILE_MARKUP);
    expect(text).toContain(HOSTILE_IMG);
    expect(await page.locator('[data-testid=doc-text] script, [data-testid=doc-text] img, main img, main script').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toContain(HOSTILE_MARKUP);
    expect(await page.locator('.meta').first().innerText()).toContain('Unknown wire <b>service</b>');
    // A hostile span is highlighted and its fact card is text too.
    await page.locator('mark.hl-date').focus();
    expect(await page.locator('#fact-card').innerText()).toContain(HOSTILE_MARKUP.slice(0, 20));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lists actors and filters them by type', async () => {
    await page.goto(`${harness.url}#/actors?type=person`);
    await page.locator('table.table tbody tr').first().waitFor();
    const names = await page.locator('table.table tbody td:first-child').allInnerTexts();
    expect(names.sort()).toEqual(['Aleksandr Lukashenko', 'Igor Kobzev', 'Jane Doe', 'Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev']);
  });

  it('reads a pasted text and shows it marked up without storing it', async () => {
    await page.goto(`${harness.url}#/extract`);
    await page.fill('#x-text', `date 2021-04-23 Source: Test desk\nAleksandr Lukashenko met Igor Kobzev in Minsk. ${HOSTILE_IMG}`);
    await page.click('.extract button[type=submit]');
    await page.locator('[data-testid=doc-text]').waitFor();
    expect(await page.locator('[data-testid=doc-text]').innerText()).toContain(HOSTILE_IMG);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('.record-panel').isVisible()).toBe(true);
    const stored = await (await fetch(`${harness.url}api/documents?limit=100`)).json() as { items: unknown[] };
    expect(stored.items).toHaveLength(4);
  });

  it('lays out for a phone-sized window', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    try {
      await phone.goto(`${harness.url}#/doc/minsk-meeting`);
      await phone.locator('[data-testid=doc-text] mark').first().waitFor();
      const text = await phone.locator('.doc-text').boundingBox();
      const panel = await phone.locator('.record-panel').boundingBox();
      expect(panel!.y).toBeGreaterThan(text!.y + text!.height - 1);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  });

  it('has a skip link and labelled filters', async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.goto(`${harness.url}#/search`);
      await fresh.locator('#f-q').waitFor();
      await fresh.keyboard.press('Tab');
      expect(await fresh.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))).toContain('Skip to content');
      await fresh.keyboard.press('Enter');
      expect(await fresh.evaluate(() => document.activeElement?.id)).toBe('main');
      const unlabelled = await fresh.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea')].filter((el) => !document.querySelector(`label[for="${el.id}"]`)).length,
      );
      expect(unlabelled).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
