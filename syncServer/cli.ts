import { createSyncServer } from './createSyncServer';
import { parseSyncServerArgs } from './parseArgs';
import { loadSigningSecret } from './signingSecret';

async function main(): Promise<void> {
  const options = parseSyncServerArgs(process.argv.slice(2));
  const server = createSyncServer(options, loadSigningSecret(options.data));
  await server.listen();
  // One line the tests and scripts wait for: the port actually bound (0 asks for a free one).
  console.log(`Verbatim sync server listening on ws://${options.host}:${server.address.port} (data in ${options.data})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
