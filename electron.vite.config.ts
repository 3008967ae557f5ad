import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One alias, repeated in tsconfig.base.json and vitest.config.mts.
const alias = { '@common': resolve(__dirname, 'common') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: { rolldownOptions: { input: { index: resolve(__dirname, 'main/index.ts') } } },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload cannot require node_modules: bundle everything it uses.
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(__dirname, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // @lexical/yjs's readable build is the one patches/@lexical+yjs+0.52.0.patch changes (text a
    // concurrent edit left without its text node is rebuilt, not deleted); the minified one is not.
    resolve: { alias: { ...alias, '@lexical/yjs': resolve(__dirname, 'node_modules/@lexical/yjs/dist/LexicalYjs.dev.js') } },
    plugins: [react()],
    build: { rolldownOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } } },
  },
});
