import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '../../..');
export const SEEDS = join(REPO, 'seeds');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** The harness and sync server as bundled by the global setup (buildHarness.ts). */
export const TEST_BUNDLES = join(REPO, 'out/test-harness');

const CHROMIUM_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const WINDOW = { viewport: { width: 1280, height: 860 } } as const;

let workerBrowser: Promise<Browser> | null = null;

/**
 * One Chromium per Playwright worker (a process of its own), started with its first app. Each app
 * gets a browser context in it: storage of its own (IndexedDB, localStorage), as a profile would
 * give, made in a few milliseconds where a browser takes seconds to start on a loaded machine.
 */
function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true }).then(
    (browser) => {
      browser.on('disconnected', () => (workerBrowser = null));
      return browser;
    },
    (error: unknown) => {
      // Not kept: the worker's next test tries again.
      workerBrowser = null;
      throw error;
    },
  );
  return workerBrowser;
}

/** One running app: a harness process and a browser context, both restartable on the same data. */
export interface AppHandle {
  readonly page: Page;
  readonly seedsDir: string;
  readonly dataDir: string;
  readonly url: string;
  /**
   * Closes the window (its pagehide runs) and the harness, then starts the harness again on the same
   * data and port and opens the app in a new window on the same storage, as a relaunch does.
   */
  restart(): Promise<Page>;
  /**
   * Kills the browser process with SIGKILL (no unload, no flush), then starts it again on the same
   * profile. Only for an app launched with `ownBrowser`.
   */
  killBrowser(): Promise<Page>;
  close(): Promise<void>;
}

function startHarness(port: number, seedsDir: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(TEST_BUNDLES, 'harness.mjs'), '--port', String(port), '--seeds', seedsDir, '--data', dataDir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    let started = false;
    // Generous: on a machine shared by several builds, starting node alone can take seconds.
    const timer = setTimeout(() => reject(new Error(`harness did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      // Output after the start (a crash) goes to the test's log, so a refused connection has a cause.
      if (started) return void process.stderr.write(`[harness ${port}] ${chunk.toString()}`);
      output += chunk.toString();
      if (output.includes('Verbatim harness on')) {
        clearTimeout(timer);
        started = true;
        resolvePromise(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // SIGTERM closes the server and exits with 0 (harness/cli.ts): a stop we asked for.
      if (started && signal !== 'SIGTERM' && code !== 0) process.stderr.write(`[harness ${port}] exited unexpectedly (${code ?? signal}):\n${output}\n`);
      reject(new Error(`harness exited with ${code}:\n${output}`));
    });
  });
}

/** True once nothing accepts connections on the port any more. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.once('error', () => resolvePromise(true));
  });
}

/** Stops the harness and waits until its port is released. */
async function stopHarness(child: ChildProcess, port: number): Promise<void> {
  if (child.exitCode === null) {
    await new Promise<void>((resolvePromise) => {
      child.once('exit', () => resolvePromise());
      child.kill('SIGTERM');
    });
  }
  // On a loaded machine the port may be let go some time after the process has exited.
  for (let i = 0; i < 600 && !(await portIsFree(port)); i++) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Waits until the harness answers the page's URL: a browser sent there any sooner gets
 * ERR_CONNECTION_REFUSED (seen once on a loaded machine when relaunching).
 */
async function waitUntilServing(url: string): Promise<void> {
  let last: unknown = null;
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the harness at ${url} did not answer in 30 s: ${String(last)}`);
}

/** The pid of the browser process (not a renderer or helper) started on this profile folder. */
function browserPid(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes(`--user-data-dir=${profileDir}`) && !args.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  throw new Error(`no browser process for ${profileDir}`);
}

/** A port nothing listens on now, chosen by the system (other test runs may share this machine). */
function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePromise(port));
    });
  });
}

export interface LaunchOptions {
  /** The files of the seeds folder by name (a fresh copy of the repo's seeds by default). */
  seedFiles?: Record<string, string | Uint8Array> | undefined;
  /**
   * The system language the browser reports (navigator.language, Accept-Language). Explicit so the
   * suite does not follow the machine's LANG: English unless a test asks for another.
   */
  locale?: string | undefined;
  /**
   * A browser of its own on a profile folder (storage on disk), for a test that kills the browser
   * process. Others share their worker's browser, each in a context of its own.
   */
  ownBrowser?: boolean | undefined;
}

/** Starts a fresh app: temp seeds and data folders, a harness, and a browser context (or browser) of its own. */
export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
  const seedsDir = join(root, 'seeds');
  const dataDir = join(root, 'data');
  const profileDir = join(root, 'profile');
  if (options.seedFiles) {
    mkdirSync(seedsDir);
    for (const [name, content] of Object.entries(options.seedFiles)) writeFileSync(join(seedsDir, name), content);
  } else cpSync(SEEDS, seedsDir, { recursive: true });
  let port = await freePort();
  let harness: ChildProcess;
  // Another process may take the port between the choice and the bind: choose again.
  for (let attempt = 1; ; attempt++) {
    try {
      harness = await startHarness(port, seedsDir, dataDir);
      break;
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
      port = await freePort();
    }
  }
  const url = `http://127.0.0.1:${port}/`;
  const locale = options.locale ?? 'en-US';
  const launchOwnBrowser = () => chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, ...WINDOW, locale });
  // The context lives as long as the app's storage: across restarts, and with its own browser, until a kill.
  let context: BrowserContext = options.ownBrowser ? await launchOwnBrowser() : await (await sharedBrowser()).newContext({ ...WINDOW, locale });
  const open = async (): Promise<Page> => {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await waitUntilServing(url);
    await page.goto(url);
    // The load event comes before the app has read its start state and drawn its window: a key
    // pressed before then has no listener. A person waits for the window; so does every test.
    await page.locator('#root .app').waitFor({ timeout: 60_000 });
    return page;
  };
  const handle = {
    seedsDir,
    dataDir,
    url,
    page: await open(),
    async restart() {
      // As a person quits: the window closes first (its pagehide runs), then the browser. Closing the
      // browser alone ends its pages without a pagehide, which the app takes for a crash (safe start).
      for (const open of context.pages()) await open.close();
      if (options.ownBrowser) await context.close();
      await stopHarness(harness, port);
      harness = await startHarness(port, seedsDir, dataDir);
      if (options.ownBrowser) context = await launchOwnBrowser();
      handle.page = await open();
      return handle.page;
    },
    async killBrowser() {
      if (!options.ownBrowser) throw new Error('killBrowser needs an app launched with ownBrowser: the browser is shared otherwise');
      const pid = browserPid(profileDir);
      process.kill(pid, 'SIGKILL');
      await context.close().catch(() => undefined);
      context = await launchOwnBrowser();
      handle.page = await open();
      return handle.page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await stopHarness(harness, port);
      rmSync(root, { recursive: true, force: true });
    },
  };
  return handle;
}
