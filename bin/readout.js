#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/run.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('readout: the compiled code is missing (dist/). Run "npm install" or "npm run build" in the readout folder.\n');
  process.exit(1);
}
await import(entry.href);
