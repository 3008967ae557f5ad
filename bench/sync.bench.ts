// npm run bench:sync              latency, first sync of 1,000 sources + 5,000 passages, memory, 5-minute soak
// npm run bench:sync -- --quick   the same with a 30-second soak
// The real sync server (`syncServer/cli.ts`) in its own process on loopback, with Hocuspocus
// providers in this process as the clients (Node, no browser: what the server and the network
// path cost, not the app's painting). Writes bench/results/sync.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { signInvitation } from '../common/sync/invitationToken';
import { catalogDocumentName, noteDocumentName } from '../common/sync/documentNames';
import { writeRow } from '../common/sync/catalogRows';
import { machineState } from './machineState';
import { realisticCorpus } from './realisticCorpus';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'soak-seconds': { type: 'string' } } });
const SOAK_SECONDS = Number(values['soak-seconds'] ?? (values.quick ? 30 : 300));
const REPO = join(__dirname, '..');
const SECRET = 'bench-sync-secret-0123456789';
const LATENCY_SAMPLES = 200;
const SOAK_CLIENTS = 10;
/** A person typing: about 5 characters a second, each keystroke its own update. */
const KEYSTROKE_EVERY_MS = 200;
const MEMORY_NOTEBOOKS = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return +sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(2);
}

async function until(condition: () => boolean, what: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

class ServerProcess {
  child: ChildProcess | null = null;
  port = 0;
  constructor(readonly dataDir: string) {}

  async start(): Promise<void> {
    // `node --import tsx`: one process, so its RSS is the server's alone.
    const child = spawn(process.execPath, ['--import', 'tsx', 'syncServer/cli.ts', '--port', String(this.port), '--data', this.dataDir, '--rate', '100000', '--burst', '1000000'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VERBATIM_SYNC_SECRET: SECRET },
    });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) resolve(Number(match[1]));
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
    });
  }

  /** Resident memory of the server process, in MB (Linux /proc). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.child!.pid}/status`, 'utf8');
    return +(Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024).toFixed(1);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }
}

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

const providers: HocuspocusProvider[] = [];

async function connect(server: ServerProcess, notebook: string, name: string, doc = new Y.Doc()): Promise<Client> {
  const token = await signInvitation({ notebook, role: 'editor', exp: Math.floor(Date.now() / 1000) + 86400 }, SECRET);
  const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${server.port}`, name, document: doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  providers.push(provider);
  return { doc, provider };
}

async function close(client: Client): Promise<void> {
  // A provider destroyed while its socket reconnects makes ws throw from an event nobody listens to.
  const socket = client.provider.configuration.websocketProvider;
  await until(() => socket.status === 'connected', 'the socket connected before closing it', 120_000);
  client.provider.destroy();
  providers.splice(providers.indexOf(client.provider), 1);
}

/** A catalog the way the app fills it: sources, one version each with its text, passages with tags. */
function notebookCatalog(sources: number, passagesPerSource: number, seed: number): Y.Doc {
  const doc = new Y.Doc();
  const corpus = realisticCorpus(sources, 4_000, seed);
  const now = new Date(2026, 0, 1).toISOString();
  doc.transact(() => {
    for (const tag of ['person', 'place', 'date', 'claim', 'doubt']) writeRow(doc, 'tags', { name: tag, color: '#ffe58a' });
    corpus.forEach((source, s) => {
      const id = `source-${seed}-${s}`;
      const hash = createHash('sha256').update(source.text).digest('hex');
      writeRow(doc, 'sources', { id, fileName: source.fileName, title: source.title, language: 'fr', date: null, byteSize: source.text.length, hash, importedAt: now, updatedAt: now });
      writeRow(doc, 'versions', { hash, sourceId: id, text: source.text, importedAt: now });
      for (let p = 0; p < passagesPerSource; p += 1) {
        const start = (p * 97) % Math.max(1, source.text.length - 120);
        const exact = source.text.slice(start, start + 80);
        writeRow(doc, 'passages', {
          id: `passage-${seed}-${s}-${p}`,
          sourceId: id,
          versionHash: hash,
          selector: { start, end: start + exact.length, exact, prefix: source.text.slice(Math.max(0, start - 32), start), suffix: source.text.slice(start + 80, start + 112) },
          tags: [['person', 'place', 'date', 'claim', 'doubt'][p % 5]!],
          memo: p % 2 === 0 ? `memo ${p} on ${source.title}` : '',
          status: 'exact',
          score: 1,
          createdAt: now,
          updatedAt: now,
        });
      }
    });
  });
  return doc;
}

async function editToOtherClientLatency(server: ServerProcess): Promise<{ samples: number; p50Ms: number; p95Ms: number; maxMs: number }> {
  const name = noteDocumentName('latency', 'n1');
  const [a, b] = [await connect(server, 'latency', name), await connect(server, 'latency', name)];
  await until(() => a.provider.isSynced && b.provider.isSynced, 'latency clients synced');
  const received = new Map<number, number>();
  b.doc.getMap('marks').observe((event) => {
    for (const key of event.keysChanged) received.set(Number(key), performance.now());
  });
  const latencies: number[] = [];
  for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
    const sent = performance.now();
    a.doc.getMap('marks').set(String(i), i);
    await until(() => received.has(i), `mark ${i}`, 30_000);
    latencies.push(received.get(i)! - sent);
    await sleep(10);
  }
  await close(a);
  await close(b);
  return { samples: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: percentile(latencies, 100) };
}

async function firstSync(server: ServerProcess): Promise<Record<string, number>> {
  const catalog = notebookCatalog(1_000, 5, 7);
  const update = Y.encodeStateAsUpdate(catalog);
  const name = catalogDocumentName('big');
  const rssBefore = server.rssMb();
  const uploadStart = performance.now();
  const seeder = await connect(server, 'big', name, catalog);
  await until(() => seeder.provider.isSynced && seeder.provider.unsyncedChanges === 0, 'the big catalog uploaded');
  const uploadMs = performance.now() - uploadStart;
  const complete = (doc: Y.Doc) => doc.getMap('passages').size === 5_000 && doc.getMap('versions').size === 1_000;

  // Warm: the document is open on the server (another client holds it).
  const warmStart = performance.now();
  const warm = await connect(server, 'big', name);
  await until(() => warm.provider.isSynced && complete(warm.doc), 'warm first sync');
  const warmMs = performance.now() - warmStart;
  const rssOpen = server.rssMb();
  await close(warm);
  await close(seeder);

  // Cold: the server restarted, the document read from SQLite for this client.
  await sleep(2_000); // the store of the last change and the unload when the last client leaves
  await server.stop();
  await server.start();
  const coldStart = performance.now();
  const cold = await connect(server, 'big', name);
  await until(() => cold.provider.isSynced && complete(cold.doc), 'cold first sync');
  const coldMs = performance.now() - coldStart;
  await close(cold);
  return {
    sources: 1_000,
    passages: 5_000,
    updateMb: +(update.byteLength / 1024 / 1024).toFixed(1),
    uploadMs: Math.round(uploadMs),
    warmFirstSyncMs: Math.round(warmMs),
    coldFirstSyncMs: Math.round(coldMs),
    serverRssWithItOpenMb: +(rssOpen - rssBefore).toFixed(1),
  };
}

async function memoryPerNotebook(server: ServerProcess): Promise<Record<string, number>> {
  // A working notebook: 100 sources, 500 passages, and one open note, each held by one client.
  const before = server.rssMb();
  const clients: Client[] = [];
  for (let n = 0; n < MEMORY_NOTEBOOKS; n += 1) {
    const notebook = `mem${n}`;
    const catalog = await connect(server, notebook, catalogDocumentName(notebook), notebookCatalog(100, 5, 100 + n));
    const note = await connect(server, notebook, noteDocumentName(notebook, 'n1'));
    note.doc.getText('body').insert(0, 'A note of a few paragraphs. '.repeat(100));
    clients.push(catalog, note);
  }
  await until(() => clients.every((c) => c.provider.isSynced && c.provider.unsyncedChanges === 0), 'memory notebooks uploaded');
  await sleep(3_000);
  const after = server.rssMb();
  for (const client of clients) await close(client);
  return { notebooks: MEMORY_NOTEBOOKS, sourcesEach: 100, passagesEach: 500, rssBeforeMb: before, rssAfterMb: after, perNotebookMb: +((after - before) / MEMORY_NOTEBOOKS).toFixed(2) };
}

async function soak(server: ServerProcess): Promise<Record<string, unknown>> {
  const name = noteDocumentName('soak', 'n1');
  const clients: Client[] = [];
  for (let i = 0; i < SOAK_CLIENTS; i += 1) clients.push(await connect(server, 'soak', name));
  await until(() => clients.every((c) => c.provider.isSynced), 'soak clients synced');
  // When each keystroke was typed, by the Yjs id of the character: receivers look it up.
  const typedAt = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  for (const client of clients) {
    // Read from the update itself: the Yjs id (client, clock) of each character received.
    client.doc.on('update', (update: Uint8Array) => {
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        if (struct.id.client === client.doc.clientID) continue;
        const at = typedAt.get(`${struct.id.client}:${struct.id.clock}`);
        if (at !== undefined) latencies.push(now - at);
        received += 1;
      }
    });
  }
  const rssStart = server.rssMb();
  const start = performance.now();
  const end = start + SOAK_SECONDS * 1000;
  let typed = 0;
  const typists = clients.map(async (client, i) => {
    const text = client.doc.getText('body');
    await sleep((i * KEYSTROKE_EVERY_MS) / SOAK_CLIENTS);
    let next = performance.now();
    while (performance.now() < end) {
      const at = Math.floor(Math.random() * (text.length + 1));
      const now = performance.now();
      typedAt.set(`${client.doc.clientID}:${Y.getState(client.doc.store, client.doc.clientID)}`, now);
      text.insert(at, String.fromCharCode(97 + i));
      typed += 1;
      next += KEYSTROKE_EVERY_MS;
      await sleep(Math.max(0, next - performance.now()));
    }
  });
  await Promise.all(typists);
  const typingSeconds = (performance.now() - start) / 1000;
  const rssEnd = server.rssMb();
  // Done: every client ends with the same text, every keystroke in it.
  await until(() => clients.every((c) => c.provider.unsyncedChanges === 0 && c.doc.getText('body').length === typed), 'soak converged', 120_000);
  const texts = new Set(clients.map((c) => c.doc.getText('body').toString()));
  for (const client of clients) await close(client);
  return {
    clients: SOAK_CLIENTS,
    seconds: +typingSeconds.toFixed(1),
    keystrokes: typed,
    keystrokesPerSecond: +(typed / typingSeconds).toFixed(1),
    deliveriesPerSecond: +(received / typingSeconds).toFixed(1),
    latencySamples: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: percentile(latencies, 100),
    converged: texts.size === 1,
    serverRssStartMb: rssStart,
    serverRssEndMb: rssEnd,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-sync-'));
  const server = new ServerProcess(dataDir);
  try {
    await server.start();
    const machine = machineState();
    const idleRssMb = server.rssMb();
    console.log('latency…');
    const latency = await editToOtherClientLatency(server);
    console.log(JSON.stringify(latency));
    console.log('first sync of 1,000 sources and 5,000 passages…');
    const first = await firstSync(server);
    console.log(JSON.stringify(first));
    // A fresh server for memory, so the big notebook above does not count.
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    server.port = 0;
    await server.start();
    console.log('memory per open notebook…');
    const memory = await memoryPerNotebook(server);
    console.log(JSON.stringify(memory));
    console.log(`soak: ${SOAK_CLIENTS} clients typing for ${SOAK_SECONDS} s…`);
    const soakFigures = await soak(server);
    console.log(JSON.stringify(soakFigures));
    const results = { date: new Date().toISOString(), quick: values.quick, machine, serverIdleRssMb: idleRssMb, latency, firstSync: first, memory, soak: soakFigures };
    mkdirSync(join(REPO, 'bench/results'), { recursive: true });
    writeFileSync(join(REPO, 'bench/results/sync.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('wrote bench/results/sync.json');
  } finally {
    for (const provider of [...providers]) provider.destroy();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
