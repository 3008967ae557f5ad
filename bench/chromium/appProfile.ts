import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '../..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * A notebook as a user has it: a harness on its own data folder and a Chromium profile on disk
 * (so IndexedDB survives a browser restart and its size can be read), on a fixed port (IndexedDB is
 * per origin). `start()` is a cold start: a new browser process on the same profile.
 */
export class AppProfile {
  readonly root = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  readonly dataDir = join(this.root, 'data');
  readonly profileDir = join(this.root, 'profile');
  readonly port: number;
  private harness: ChildProcess | null = null;
  private context: BrowserContext | null = null;
  page: Page | null = null;
  cdp: CDPSession | null = null;

  constructor(slot: number) {
    this.port = 25_000 + ((process.pid * 7 + slot) % 5000);
    mkdirSync(this.dataDir, { recursive: true });
  }

  /** `renderer`: another build to serve (e.g. a copy of the one before a change); out/renderer by default. */
  async startHarness(renderer?: string): Promise<void> {
    const rendererArgs = renderer ? ['--renderer', renderer] : [];
    this.harness = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'harness/cli.ts', '--port', String(this.port), '--data', this.dataDir, ...rendererArgs], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    await new Promise<void>((resolve, reject) => {
      this.harness!.stdout!.on('data', (d: Buffer) => d.toString().includes('Verbatim harness on') && resolve());
      this.harness!.once('exit', (code) => reject(new Error(`harness exited (${code})`)));
    });
  }

  /** Launches Chromium on the profile and opens the app; resolves at navigation (nothing waited for). */
  async launch(): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM,
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
      viewport: { width: 1400, height: 900 },
    });
    this.page = this.context.pages()[0] ?? (await this.context.newPage());
    this.cdp = await this.context.newCDPSession(this.page);
    return this.page;
  }

  url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async closeBrowser(): Promise<void> {
    await this.context?.close();
    this.context = null;
    this.page = null;
    this.cdp = null;
  }

  /** Renderer heap in use after a garbage collection, in MB (CDP, as DevTools shows it). */
  async heapMb(): Promise<number> {
    if (!this.cdp) return NaN;
    await this.cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return +(usedSize / 1e6).toFixed(1);
  }

  /** IndexedDB of the profile on disk, in MB (du of the profile's IndexedDB folder, blobs included). */
  indexedDbMb(): number {
    try {
      const out = execFileSync('du', ['-sk', join(this.profileDir, 'Default', 'IndexedDB')], { encoding: 'utf8' });
      return +(Number(out.split('\t')[0]) / 1024).toFixed(1);
    } catch {
      return NaN;
    }
  }

  async dispose(): Promise<void> {
    await this.closeBrowser().catch(() => undefined);
    if (this.harness && this.harness.exitCode === null) {
      const exited = new Promise((r) => this.harness!.once('exit', r));
      // The harness runs under tsx, which starts a child: end the whole process group started here.
      process.kill(-this.harness.pid!, 'SIGTERM');
      await exited;
    }
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Collects the page's long tasks from now on; `longest()` reads the longest since the last `reset()`. */
export const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver(function (list) { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
`;

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate('window.__longTasks = []');
}

export async function longestTask(page: Page): Promise<number> {
  return page.evaluate('Math.round(Math.max(0, ...window.__longTasks))') as Promise<number>;
}
