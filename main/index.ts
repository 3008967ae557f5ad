import { app, BrowserWindow, dialog, protocol, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from './ipc/createHandlers';
import { createDraftJournalTable } from './ipc/draftJournalTable';
import { keptDrafts } from './services/keptDrafts';
import { createElectronClipboard } from './electron/electronClipboard';
import { createElectronDialogs } from './electron/electronDialogs';
import { registerIpc } from './electron/registerIpc';
import { installMenu } from './electron/menu';
import { applySessionSecurity, CONTENT_SECURITY_POLICY, lockDownContents } from './electron/security';
import { loadWindowBounds, rememberWindowBounds } from './electron/windowState';
import { holdCloseUntilFlushed } from './electron/holdCloseUntilFlushed';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppRequest } from './electron/appProtocol';
import { isTrustedUrl } from './electron/trustedUrl';
import { appPaths } from './electron/appPaths';
import { spellcheckPolicy } from './electron/spellcheck';
import { createErrorLog } from './electron/errorLog';
import { aboutDetail, recoveryMessage } from './electron/aboutInfo';
import { shortcutSheet, type MainAction, type Translate } from './electron/menuTemplate';
import { createI18n } from '@common/i18n/createI18n';
import { systemLanguage, type UiLanguage } from '@common/i18n/languages';
import { installContextMenu } from './electron/contextMenu';
import { afterRendererEvent, AFTER_PARAM } from '@common/start/rendererGone';

// The thin Electron glue: everything with logic lives in modules that do not import electron.

const dataDir = app.getPath('userData');
const log = createErrorLog(join(dataDir, 'logs'));
process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection in main', reason));
process.on('uncaughtException', (error) => log.error('Uncaught exception in main', error));

const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), mainDir: __dirname });
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appOrigin = devServerUrl ?? APP_ORIGIN;
const trusted = (url: string) => isTrustedUrl(url, appOrigin);
const spellcheck = spellcheckPolicy(process.platform, APP_ORIGIN);

// Must run before `ready`: app:// is a standard, secure origin (IndexedDB, fetch) rather than file://.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | null = null;

// Menus and main's dialogs speak the window's language: the system's until the renderer says its choice.
const i18n = createI18n('en');
const t: Translate = (key, values) => i18n.t(key, values ?? {});
function installMenuIn(language: UiLanguage): void {
  void i18n.changeLanguage(language);
  installMenu(() => mainWindow, { appName: app.getName(), devTools: !app.isPackaged, onAction: runAction, t });
}

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.url, paths.rendererDir);
    if (!target.ok) return new Response(target.reason, { status: target.status });
    try {
      const body = await readFile(target.file);
      return new Response(body, { headers: { 'content-type': target.mime, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

/** Loads the app again in safe start, telling the page why (common/start/rendererGone.ts). */
function reloadSafe(win: BrowserWindow, reason: string): void {
  const entry = devServerUrl ?? APP_ENTRY_URL;
  const url = `${entry}${entry.includes('?') ? '&' : '?'}${AFTER_PARAM}=${encodeURIComponent(reason)}`;
  win.loadURL(url).catch((error: unknown) => log.error(`Could not reload ${url}`, error));
}

async function showRecovery(win: BrowserWindow, what: Parameters<typeof recoveryMessage>[0], onReload: () => void): Promise<void> {
  const text = recoveryMessage(what);
  const { response } = await dialog.showMessageBox(win, { type: 'warning', message: text.message, detail: text.detail, buttons: text.buttons, defaultId: 0, cancelId: 1 });
  if (win.isDestroyed()) return;
  if (response === 0) onReload();
  else if (what.kind === 'gone') app.quit();
}

function createWindow(): void {
  const bounds = loadWindowBounds(dataDir);
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Verbatim',
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click (auxclick) on a link would otherwise open a new window past the click handlers.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: spellcheck.enabled,
    },
  });
  mainWindow = win;
  if (bounds.maximized) win.maximize();
  rememberWindowBounds(win, dataDir);
  holdCloseUntilFlushed(win);
  lockDownContents(win, trusted, (what) => log.info(`Refused ${what}`));
  installContextMenu(win, () => t);
  // A dead page is reloaded at once in safe start; a page dying again and again, or hung, asks first.
  const deaths: number[] = [];
  let killedForReload = false;
  win.webContents.on('render-process-gone', (_event, details) => {
    log.error(`Renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (killedForReload) {
      killedForReload = false;
      return reloadSafe(win, 'unresponsive');
    }
    const now = Date.now();
    const next = afterRendererEvent({ kind: 'gone', reason: details.reason }, deaths, now);
    if (next.action !== 'none') deaths.push(now);
    if (next.action === 'reload-safe') reloadSafe(win, details.reason);
    else if (next.action === 'ask') void showRecovery(win, { kind: 'gone', reason: details.reason, exitCode: details.exitCode }, () => reloadSafe(win, details.reason)).catch((e: unknown) => log.error('Recovery prompt failed', e));
  });
  win.on('unresponsive', () => {
    log.error('Renderer unresponsive');
    if (afterRendererEvent({ kind: 'unresponsive' }, deaths, Date.now()).action !== 'ask') return;
    void showRecovery(win, { kind: 'unresponsive' }, () => {
      // A hung page cannot unload itself: end its process, then load the app in a new one (above).
      killedForReload = true;
      win.webContents.forcefullyCrashRenderer();
    }).catch((e: unknown) => log.error('Recovery prompt failed', e));
  });
  win.webContents.on('console-message', (details) => {
    if (details.level === 'error') log.error(`Renderer: ${details.message} (${details.sourceId}:${details.lineNumber})`);
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => log.error(`Could not load ${devServerUrl ?? APP_ENTRY_URL}`, error));
}

function runAction(action: MainAction): void {
  const win = mainWindow;
  const box = (options: Electron.MessageBoxOptions) => (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  const done = (p: Promise<unknown>) => void p.catch((e: unknown) => log.error(`Menu action ${action} failed`, e));
  switch (action) {
    case 'about':
      done(box({ type: 'info', title: t('menu.aboutTitle'), message: `Verbatim ${app.getVersion()}`, detail: aboutDetail({ appVersion: app.getVersion(), versions: process.versions, dataDir, platform: process.platform, arch: process.arch }), buttons: [t('menu.openDataFolder'), t('menu.ok')], defaultId: 1, cancelId: 1 }).then(({ response }) => (response === 0 ? shell.openPath(dataDir) : '')));
      return;
    case 'shortcuts':
      done(box({ type: 'none', title: t('menu.keyboardShortcuts'), message: t('menu.keyboardShortcutsMessage'), detail: shortcutSheet(process.platform, t), buttons: [t('menu.ok')] }));
      return;
    case 'open-data-folder':
      done(shell.openPath(dataDir));
      return;
    case 'open-log-folder':
      done(shell.openPath(join(dataDir, 'logs')));
      return;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // No webview, ever; and every new WebContents (a window denied or not) gets the same locks.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app
    .whenReady()
    .then(() => {
      serveApp();
      applySessionSecurity(spellcheck.dictionaryDownloadUrl);
      const handlers = createHandlers({ seedsDir: paths.seedsDir, dataDir, dialogs: createElectronDialogs(() => mainWindow), clipboard: createElectronClipboard(), onUiLanguage: installMenuIn });
      registerIpc(handlers, createDraftJournalTable(keptDrafts(dataDir)), () => new Set(mainWindow ? [mainWindow.webContents.id] : []), appOrigin, (message) => log.error(message));
      installMenuIn(systemLanguage([app.getLocale(), ...app.getPreferredSystemLanguages()]));
      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      dialog.showErrorBox('Verbatim could not start', `${error instanceof Error ? error.message : String(error)}\n\nDetails are in ${log.file}.`);
      app.quit();
    });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
