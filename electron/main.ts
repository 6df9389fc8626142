import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session, shell, type MenuItemConstructorOptions } from 'electron';
import { reportHtml } from './services/export/report';
import { safeStorageKeyStore, setKeyStoreFactory } from './services/mt/key-store';
import { CONTENT_SECURITY_POLICY } from './bridge/server';
import { registerIpc } from './ipc';
import { createHandlers } from './services/api';
import { importWorkerFile } from './services/import/run-in-worker';
import { reportUnhandledRejections } from './services/process-guards';
import { Workspace } from './services/workspace';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppPage, mainWindowOptions, navigationAllowed, permissionAllowed, RENDERER_URL, resolveAppRequest } from './window-security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');

// Before `ready`: the renderer's own scheme, standard and secure (so 'self' in the CSP means it).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

/** Serves app://tinjau/… from the built renderer only; nothing outside that folder. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = resolveAppRequest(request.url, rendererDir);
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if ('status' in found) return new Response(found.status === 400 ? 'Bad request' : 'Not found', { status: found.status, headers });
    try {
      return new Response(await readFile(found.file), { status: 200, headers: { ...headers, 'Content-Type': found.mimeType } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}

let workspace: Workspace | null = null;

/** Opens external https links in the browser; everything else stays blocked. */
function openExternalSafely(url: string): void {
  if (/^https:\/\//i.test(url)) void shell.openExternal(url);
}

/**
 * The window's menu. Electron's default one binds Ctrl+R / Ctrl+Shift+R (reload) and
 * Ctrl+Shift+I (developer tools): keys a reviewer uses in the editor (revert, insert the draft,
 * or their own remapping), and a reload mid-sentence is never what they meant. This menu keeps
 * the standard editing, zoom and window commands and puts the developer tools on F12 only.
 */
function applicationMenu(): Menu {
  // The standard items are worded by Electron in the system's language; these two follow it.
  const indonesian = app.getLocale().toLowerCase().startsWith('id');
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: indonesian ? 'Tampilan' : 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { type: 'separator' },
        // No developer tools in a packaged build (the window's webPreferences refuse them too).
        ...(app.isPackaged
          ? []
          : [{ label: indonesian ? 'Alat Pengembang' : 'Developer Tools', accelerator: 'F12', click: (_item: unknown, window: unknown) => (window as BrowserWindow | undefined)?.webContents.toggleDevTools() }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

async function createWindow(): Promise<void> {
  const win = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs'), app.isPackaged));
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!navigationAllowed(url)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  // A redirect or a frame's navigation is no way out of the app either.
  win.webContents.on('will-redirect', (event, url) => {
    if (!navigationAllowed(url)) event.preventDefault();
  });
  win.webContents.on('will-frame-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(RENDERER_URL);
}

/** Prints the standalone HTML report to PDF in a hidden window with scripts off. */
async function printReport(html: string) {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    return { fileName: 'review-report.pdf', mimeType: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
  } finally {
    win.destroy();
  }
}

reportUnhandledRejections();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.whenReady().then(async () => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionAllowed(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionAllowed(permission));
  serveRenderer();
  const dataDir = process.env.TINJAU_DATA_DIR ? path.resolve(process.env.TINJAU_DATA_DIR) : app.getPath('userData');
  // MT keys go to the OS keychain through safeStorage, never to project or settings files.
  setKeyStoreFactory((dir) => safeStorageKeyStore(safeStorage, dir));
  workspace = await Workspace.create({ dataDir, owner: 'Tinjau window', importWorker: { path: importWorkerFile(path.join(here, '..')) } });
  const ws = workspace;
  const handlers = createHandlers(
    ws,
    { version: app.getVersion(), transport: 'electron', dataDir },
    {
      'reports:pdf': async ({ project, documentId }) => printReport(await reportHtml(ws, { project, documentId })),
      'dialogs:chooseFolder': async ({ title, create }) => {
        const owner = BrowserWindow.getFocusedWindow();
        const options = { title, properties: ['openDirectory', ...(create ? (['createDirectory'] as const) : [])] as ('openDirectory' | 'createDirectory')[] };
        const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    },
  );
  Menu.setApplicationMenu(applicationMenu());
  registerIpc(handlers, (event) => isAppPage(event.senderFrame?.url ?? ''));
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

// Flush every project's snapshot and release the locks before quitting.
let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !workspace) return;
  event.preventDefault();
  quitting = true;
  void workspace.close().finally(() => app.quit());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
