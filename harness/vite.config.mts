import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The harness and the sync server bundled for the e2e suite (out/test-harness), run with plain
// node: each test starts a harness, and through tsx that start cost seconds on a loaded 2-core
// machine (resolving and transforming some hundred TypeScript files every time). Dependencies stay
// external, loaded from node_modules as under tsx. `npm run harness` still runs the sources.
const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@common': resolve(root, 'common') } },
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: resolve(root, 'out/test-harness'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { harness: resolve(root, 'harness/cli.ts'), syncServer: resolve(root, 'syncServer/cli.ts') },
      output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'assets/[name]-[hash].mjs' },
    },
  },
});
