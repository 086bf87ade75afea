import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDossierFixtures } from '../fixtures/dossier/load.js';
import { CHROMIUM, hasChromium, launchBrowser, startHarness, type Harness } from './harness.js';

if (!hasChromium) console.warn(`[dossier browser test] skipped: no browser at ${CHROMIUM} (install it with "apt-get install -y chromium")`);

describe.skipIf(!hasChromium)('dossier page in Chromium', () => {
  let harness: Harness;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    harness = await startHarness((store) => loadDossierFixtures(store));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  const open = async (hash: string) => {
    await page.goto(`${harness.url}${hash}`);
  };

  it('shows every section of a dossier opened by URL', async () => {
    await open('#/dossier?a=Kazakhstan&b=Omsk%20Region');
    await page.locator('h1', { hasText: 'Kazakhstan and Omsk Oblast' }).waitFor();
    expect(await page.title()).toBe('Kazakhstan and Omsk Oblast — Readout');
    for (const id of ['h-d-timeline', 'h-d-figures', 'h-d-commitments', 'h-d-voices']) expect(await page.locator(`#${id}`).count()).toBe(1);
    // Held and planned meetings are told apart.
    expect(await page.locator('.dossier-timeline li').count()).toBeGreaterThan(6);
    expect(await page.locator('.dossier-timeline li.planned').count()).toBe(1);
    expect(await page.locator('.dossier-timeline li.planned .etype').innerText()).toBe('visit · planned');
  });

  it('charts the series with reported, derived and target points, and the table shows conflicts', async () => {
    const chart = page.locator('svg.dossier-chart').first();
    await chart.waitFor();
    expect(await chart.locator('a.point.reported').count()).toBe(5);
    expect(await chart.locator('a.point.derived').count()).toBe(3);
    expect(await chart.locator('a.point.target').count()).toBe(3);
    const conflict = page.locator('tr.conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('th').innerText()).toBe('2020');
    expect(await conflict.innerText()).toContain('reports differ');
  });

  it('gives each commitment its status, the rule and the evidence', async () => {
    const statuses = await page.locator('.commitments .status').allInnerTexts();
    expect(statuses).toContain('met');
    expect(statuses).toContain('not met by the deadline');
    expect(statuses).toContain('still open');
    const missed = page.locator('.commitments li', { hasText: '$1.5 billion' });
    expect(await missed.locator('.rule').innerText()).toMatch(/^Rule: not met by the deadline/);
    const evidence = missed.locator('.evidence a');
    expect(await evidence.getAttribute('href')).toMatch(/^#\/doc\/k5_kazakhstan_omsk_2023_trade\?at=\d+$/);
  });

  it('links a reported point to its words in the document', async () => {
    await page.locator('svg.dossier-chart a.point.reported').last().click();
    await page.waitForURL(/#\/doc\/k5_kazakhstan_omsk_2023_trade\?at=\d+/);
    await page.locator('[data-testid=doc-text]').waitFor();
    expect(await page.locator('[data-testid=doc-text]').innerText()).toContain('$1.46 billion');
  });

  it('lists the readings of an ambiguous name as links', async () => {
    await open('#/dossier?a=Kazakhstan&b=Omsk');
    const alert = page.locator('.error-box[role=alert]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('could mean 2 things');
    await alert.locator('a', { hasText: 'Omsk Oblast' }).click();
    await page.locator('h1', { hasText: 'Kazakhstan and Omsk Oblast' }).waitFor();
    expect(new URLSearchParams(page.url().split('?')[1]).get('b')).toBe('region:Omsk Oblast');
  });

  it('shows a clear empty dossier for a pair with nothing between them', async () => {
    await open('#/dossier?a=Kazakhstan&b=Irkutsk%20Oblast');
    await page.locator('h1', { hasText: 'Kazakhstan and Irkutsk Oblast' }).waitFor();
    expect(await page.locator('.notes').innerText()).toContain('No document in the store names both Kazakhstan and Irkutsk Oblast.');
    expect(await page.locator('.empty').allInnerTexts()).toEqual([
      'No meetings, calls, visits, agreements or other events between the two.',
      'No figures about the two.',
      'No targets, offers, promises, agreements or planned visits.',
      'No quotes by either side about the other.',
    ]);
    expect(await page.locator('[role=alert]').count()).toBe(0);
  });

  it('is reached from the form, from the relations graph and from an actor page', async () => {
    await open('#/dossier');
    await page.fill('#d-a', 'KZ');
    await page.fill('#d-b', 'Omsk Oblast');
    await page.click('.dossier form button[type=submit]');
    await page.locator('h1', { hasText: 'Kazakhstan and Omsk Oblast' }).waitFor();

    await open('#/relations?a=KAZ&b=RUS');
    await page.locator('a', { hasText: 'Open the dossier' }).click();
    await page.locator('h1', { hasText: 'Kazakhstan and Russia' }).waitFor();
    expect(await page.locator('.dossier-timeline li').count()).toBeGreaterThan(0);

    await open(`#/actor/${encodeURIComponent('person:Alexander Burkov')}`);
    await page.locator('#h-dossier').waitFor();
    await page.locator('.actor-docs a', { hasText: 'Alexander Burkov and' }).first().click();
    await page.locator('.dossier h1', { hasText: 'Alexander Burkov and' }).waitFor();
    expect(page.url()).toContain('#/dossier?a=actor');
  });

  it('raised no page errors', () => {
    // The ambiguous name is answered with a 400 on purpose; the browser logs every 4xx fetch.
    const expected = /Failed to load resource: the server responded with a status of 400/;
    expect(pageErrors.filter((e) => !expected.test(e))).toEqual([]);
    expect(pageErrors.filter((e) => expected.test(e))).toHaveLength(1);
  });
});
