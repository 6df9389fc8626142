/**
 * The desktop window's security settings, as plain Node (no `electron` import), so tests check
 * them without the Electron binary: the window's options, the `app://` scheme that serves the
 * built renderer (confined to its folder), and what the page may navigate to or ask for.
 */
import path from 'node:path';

/** The renderer is served from `app://tinjau/`, a standard, secure scheme of our own, not file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tinjau';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_URL = `${APP_ORIGIN}/index.html`;

/** What `protocol.registerSchemesAsPrivileged` gets before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** The BrowserWindow options of the main window. Developer tools only outside a packaged build. */
export function mainWindowOptions(preload: string, isPackaged: boolean) {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Tinjau',
    show: false,
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !isPackaged,
    },
  } as const;
}

/** The page's own address (the renderer's index), whatever query or fragment it carries. */
export function isAppPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && (parsed.pathname === '/' || parsed.pathname === '/index.html');
  } catch {
    return false;
  }
}

/** Navigation (links, redirects, frames) may only stay on the app's page; anything else is blocked. */
export function navigationAllowed(url: string): boolean {
  return isAppPage(url);
}

/** Tinjau needs no browser permission (camera, notifications, clipboard reads…): all are refused. */
export function permissionAllowed(_permission: string): boolean {
  return false;
}

/** Content types of the built renderer's files, for the app:// scheme and the web bridge alike. */
export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export type AppRequest = { readonly file: string; readonly mimeType: string } | { readonly status: 400 | 404 };

/**
 * Which file of `rendererDir` an `app://` request names, or why none: another host, a malformed
 * percent-encoding, or a path that leaves the folder (`..`, encoded slashes) are refused.
 */
export function resolveAppRequest(url: string, rendererDir: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { status: 404 };
  let rel: string;
  try {
    rel = decodeURIComponent(parsed.pathname === '/' ? '/index.html' : parsed.pathname);
  } catch {
    return { status: 400 };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { status: 404 };
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(root + path.sep)) return { status: 404 };
  return { file, mimeType: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
