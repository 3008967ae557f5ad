import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { appPaths } from '../../../main/electron/appPaths';
import { REPO_ROOT } from '../../support/paths';

// The packager downloads Electron, which the build machines cannot: these tests check its
// configuration with electron-builder's own loader and schema, and the paths main relies on.
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; productName: string; main: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
const load = () => getConfig(REPO_ROOT, null, null);

type Target = { target: string; arch?: string[] };
const targetsOf = (spec: unknown): Target[] => (Array.isArray(spec) ? spec : [spec]).map((t) => (typeof t === 'string' ? { target: t } : (t as Target)));

describe('electron-builder configuration', () => {
  // Loading and compiling electron-builder's schema takes seconds on a loaded machine.
  it('passes electron-builder’s own schema validation', { timeout: 120_000 }, async () => {
    await expect(validateConfiguration(await load(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: an unknown option fails the same validation', { timeout: 120_000 }, async () => {
    const config = { ...(await load()), nsiss: { oneClick: true } } as Configuration;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/nsiss/);
  });

  it('names the app and builds NSIS on Windows, a universal dmg on macOS, AppImage and deb on Linux', async () => {
    const config = await load();
    expect(config.appId).toBe('org.verbatim.notebook');
    expect(config.productName).toBe('Verbatim');
    expect(pkg.productName).toBe('Verbatim');
    expect(targetsOf(config.win?.target).map((t) => t.target)).toEqual(['nsis']);
    expect(targetsOf(config.mac?.target)).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(targetsOf(config.linux?.target).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder --publish never');
  });

  it('has an app icon of at least 512×512 pixels for every platform', async () => {
    const config = await load();
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) expect(icon).toBe('build/icon.png');
    const png = readFileSync(join(REPO_ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it('declares no file associations: the app cannot open a file the system hands it', async () => {
    const config = await load();
    expect(config.fileAssociations).toBeUndefined();
    expect(config.protocols).toBeUndefined();
  });

  it('ships only the built app and package.json, and main’s entry is among them', async () => {
    const config = await load();
    const patterns = (config.files as Array<{ filter: string[] }>).flatMap((f) => f.filter);
    expect(patterns).toEqual(['out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*', 'package.json']);
    expect(pkg.main).toBe('./out/main/index.js');
    expect(posix.normalize(pkg.main).startsWith('out/main/')).toBe(true);
  });

  it('ships the seeds where main looks for them in a package', async () => {
    const config = await load();
    const extra = config.extraResources as Array<{ from: string; to: string; filter: string[] }>;
    expect(extra).toEqual([{ from: 'seeds', to: 'seeds', filter: ['**/*.txt', '**/*.md'] }]);
    const resourcesPath = join('/opt', 'Verbatim', 'resources');
    const resolved = appPaths({ isPackaged: true, resourcesPath, appPath: join(resourcesPath, 'app.asar'), mainDir: join(resourcesPath, 'app.asar', 'out', 'main') });
    expect(resolved.seedsDir).toBe(join(resourcesPath, extra[0]!.to));
    // Every seed file is one the filter takes.
    const seeds = readdirSync(join(REPO_ROOT, 'seeds'));
    expect(seeds.length).toBeGreaterThan(0);
    for (const name of seeds) expect(name).toMatch(/\.(txt|md)$/);
  });

  it('flips the Electron fuses for a hardened package', async () => {
    expect((await load()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('dependencies of the packaged main process', () => {
  // electron-vite bundles the preload and the renderer, but main `require`s its packages at run time
  // from the package's node_modules, which holds the production dependencies only.
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  /** The package imports of every module reachable from main/index.ts (what electron-vite leaves external). */
  function packagesReachableFromMain(): Map<string, string> {
    const packages = new Map<string, string>();
    const seen = new Set<string>();
    const resolveFile = (base: string) => [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(f) && statSync(f).isFile());
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^\s*(import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
        const spec = (match[2] ?? match[3])!;
        const local = spec.startsWith('.') ? join(dirname(file), spec) : spec.startsWith('@common/') ? join(REPO_ROOT, 'common', spec.slice('@common/'.length)) : null;
        if (local === null) packages.set(packageOf(spec), file);
        else {
          const target = resolveFile(local);
          if (target) visit(target);
        }
      }
    };
    visit(join(REPO_ROOT, 'main/index.ts'));
    return packages;
  }

  it('imports only Node built-ins, electron and production dependencies', () => {
    const imported = packagesReachableFromMain();
    expect([...imported.keys()]).toContain('zod');
    for (const [name, file] of imported) {
      if (builtins.has(name) || name === 'electron') continue;
      expect(pkg.dependencies[name], `${name} (imported by ${file}) must be a production dependency`).toBeDefined();
    }
  });

  it('keeps electron and the build tools out of the production dependencies', () => {
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'typescript', 'vitest', '@playwright/test']) {
      expect(pkg.dependencies[tool], tool).toBeUndefined();
      expect(pkg.devDependencies[tool], tool).toBeDefined();
    }
  });

  it('requires at run time only what the package ships, when a build is present', () => {
    const bundle = join(REPO_ROOT, 'out/main/index.js');
    if (!existsSync(bundle)) return; // npm test builds after the unit tests; the source check above covers a fresh checkout.
    // The bundle and the chunks it loads on first use (the PDF, Word and web page readers); their own
    // relative requires are files of the build, not packages.
    const chunks = join(REPO_ROOT, 'out/main/chunks');
    const files = [bundle, ...(existsSync(chunks) ? readdirSync(chunks).filter((f) => f.endsWith('.js')).map((f) => join(chunks, f)) : [])];
    const required = files
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1]!))
      .filter((spec) => !spec.startsWith('.'))
      .map(packageOf);
    expect(required).toContain('mammoth');
    for (const name of required) expect(builtins.has(name) || name === 'electron' || pkg.dependencies[name] !== undefined, name).toBe(true);
  });
});
