import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './server';

// npm run harness -- --port <n> --seeds <dir> --data <dir>
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    seeds: { type: 'string', default: 'seeds' },
    data: { type: 'string', default: '.harness-data' },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}
const rendererDir = resolve(values.renderer);
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  process.exit(2);
}
const dataDir = resolve(values.data);
mkdirSync(dataDir, { recursive: true });

startHarness({ port, seedsDir: resolve(values.seeds), dataDir, rendererDir })
  .then((server) => {
    // Release the port before exiting, so a restart on the same port (same origin, same IndexedDB) can bind it.
    const stop = () => {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    console.log(`Verbatim harness on http://127.0.0.1:${port}/ (seeds: ${resolve(values.seeds)}, data: ${dataDir})`);
  })
  .catch((error: Error) => {
    console.error(`Harness could not start: ${error.message}`);
    process.exit(1);
  });
