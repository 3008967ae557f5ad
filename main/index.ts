import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from './ipc/createHandlers';
import { createElectronDialogs } from './electron/electronDialogs';
import { registerIpc } from './electron/registerIpc';
import { installMenu } from './electron/menu';
import { applySessionSecurity, lockDownContents } from './electron/security';
import { loadWindowBounds, rememberWindowBounds } from './electron/windowState';
import { holdCloseUntilFlushed } from './electron/holdCloseUntilFlushed';

// The thin Electron glue: everything with logic lives in modules that do not import electron.

let mainWindow: BrowserWindow | null = null;
const rendererIndex = join(__dirname, '../renderer/index.html');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

function isTrustedUrl(url: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true;
  return url.split('#')[0] === pathToFileURL(rendererIndex).href;
}

function seedsDir(): string {
  // Packaged: seeds ship as an extra resource; `npm start`: the repo's seeds/ folder.
  return app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');
}

function createWindow(): void {
  const dataDir = app.getPath('userData');
  const bounds = loadWindowBounds(dataDir);
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Verbatim',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (bounds.maximized) mainWindow.maximize();
  rememberWindowBounds(mainWindow, dataDir);
  holdCloseUntilFlushed(mainWindow);
  lockDownContents(mainWindow.webContents, isTrustedUrl);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererIndex);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void app.whenReady().then(() => {
    applySessionSecurity();
    const handlers = createHandlers({
      seedsDir: seedsDir(),
      dataDir: app.getPath('userData'),
      dialogs: createElectronDialogs(() => mainWindow),
    });
    registerIpc(handlers, isTrustedUrl);
    installMenu(() => mainWindow);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
