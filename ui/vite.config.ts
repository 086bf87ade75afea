import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The UI is a static bundle served by `readout serve` from dist/ui. Vite 8 compiles TSX
// with oxc; the automatic runtime means components need no `import React`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/ui', import.meta.url)),
    emptyOutDir: true,
    // Inline assets would be data: URLs; keeping them as files keeps the CSP simple.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
