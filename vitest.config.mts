import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@common': resolve(import.meta.dirname, 'common'),
      // The patched build, as in the renderer (see electron.vite.config.ts).
      '@lexical/yjs': resolve(import.meta.dirname, 'node_modules/@lexical/yjs/dist/LexicalYjs.dev.js'),
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    // A time limit catches a hang, not slowness (speed is measured in bench/): on a 2-core machine
    // shared with other builds, reading a 21 MB backup took 6 s against the default limit of 5.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The JSON report feeds the closing `N passed, N failed` line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
