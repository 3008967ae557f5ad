import { join } from 'node:path';

export interface AppLocation {
  /** `app.isPackaged`. */
  readonly isPackaged: boolean;
  /** `process.resourcesPath`: the package's resources folder (holds app.asar and the extra resources). */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the repo in development, `…/resources/app.asar` when packaged. */
  readonly appPath: string;
  /** `__dirname` of the built main bundle (`out/main`). */
  readonly mainDir: string;
}

export interface AppPaths {
  readonly seedsDir: string;
  readonly rendererDir: string;
  readonly preload: string;
}

/**
 * Where main finds what it ships with. The seeds are an extra resource next to app.asar when packaged
 * (electron-builder.yml `extraResources: seeds → seeds`; a test keeps both in step), the repo's
 * seeds/ folder in development. The renderer and preload are always beside the main bundle.
 */
export function appPaths(at: AppLocation): AppPaths {
  return {
    seedsDir: at.isPackaged ? join(at.resourcesPath, 'seeds') : join(at.appPath, 'seeds'),
    rendererDir: join(at.mainDir, '../renderer'),
    preload: join(at.mainDir, '../preload/index.js'),
  };
}
