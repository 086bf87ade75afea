/**
 * Shared set-up for browser tests, screenshots and the UI benchmark: builds the UI into a
 * temporary folder, starts the server on a free port and launches the system Chromium.
 * A browser is never downloaded; without /usr/bin/chromium the callers skip.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildServer } from '../../src/server/app.js';
import { packageRoot } from '../../src/server/paths.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds the UI bundle from the current sources into `outDir`. */
export async function buildUi(outDir: string): Promise<void> {
  const { build } = await import('vite');
  // Test runners set NODE_ENV=test, which would otherwise give React's development build.
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(packageRoot(), 'ui', 'vite.config.ts'),
      logLevel: 'error',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

export interface Harness {
  dir: string;
  store: Store;
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** A server over a fresh SQLite store in a temp folder; `fill` loads the documents. */
export async function startHarness(fill: (store: Store) => Promise<unknown>, options: { uiDir?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-ui-'));
  const uiDir = options.uiDir ?? join(dir, 'ui');
  if (!options.uiDir) await buildUi(uiDir);
  const store = await openStore(join(dir, 'ui.sqlite'));
  await fill(store);
  const app = await buildServer({ store, uiDir, loopbackOnly: true });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir, store, app, url: `http://127.0.0.1:${port}/`,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
