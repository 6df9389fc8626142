import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  isAppPage,
  mainWindowOptions,
  navigationAllowed,
  permissionAllowed,
  RENDERER_URL,
  resolveAppRequest,
} from '../../electron/window-security';
import { REPO_DIR } from '../support/paths';

// js-yaml is what electron-builder itself reads its configuration with.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const builder = yaml.load(readFileSync(path.join(REPO_DIR, 'build/electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const mainSource = readFileSync(path.join(REPO_DIR, 'electron/main.ts'), 'utf8');

describe('the packaged desktop app', () => {
  it('flips every security fuse in the electron-builder configuration', () => {
    expect(builder.asar).toBe(true);
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('opens its window sandboxed, isolated, without Node, and without developer tools when packaged', () => {
    const packaged = mainWindowOptions('/app/preload.cjs', true).webPreferences;
    expect(packaged).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(mainWindowOptions('/app/preload.cjs', false).webPreferences.devTools).toBe(true);
    // The main process really uses these options, the app:// page and the handlers.
    expect(mainSource).toContain('new BrowserWindow(mainWindowOptions(');
    expect(mainSource).toContain('app.isPackaged');
    expect(mainSource).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
    expect(mainSource).toContain('protocol.handle(APP_SCHEME');
    expect(mainSource).toContain('win.loadURL(RENDERER_URL)');
    expect(mainSource).not.toContain('loadFile(');
    for (const hook of ['setPermissionCheckHandler', 'setPermissionRequestHandler', "'will-navigate'", "'will-redirect'", "'will-frame-navigate'", 'setWindowOpenHandler']) {
      expect(mainSource, hook).toContain(hook);
    }
  });

  it('serves the renderer from a privileged app:// scheme, never a file outside its folder', () => {
    expect(RENDERER_URL).toBe('app://tinjau/index.html');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    const root = path.resolve('/opt/tinjau/renderer');
    expect(resolveAppRequest('app://tinjau/', root)).toEqual({ file: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://tinjau/assets/index-abc.js', root)).toMatchObject({ file: path.join(root, 'assets/index-abc.js') });
    expect(resolveAppRequest('app://tinjau/..%2f..%2fetc%2fpasswd', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://tinjau/assets/..%5c..%5csecret', root)).toEqual({ status: 404 });
    expect(resolveAppRequest('app://tinjau/%', root)).toEqual({ status: 400 });
    expect(resolveAppRequest('app://elsewhere/index.html', root)).toEqual({ status: 404 });
  });

  it('lets the page navigate nowhere but itself and grants no permission', () => {
    expect(isAppPage('app://tinjau/index.html#/workbench')).toBe(true);
    expect(navigationAllowed('https://example.com/')).toBe(false);
    expect(navigationAllowed('file:///etc/passwd')).toBe(false);
    expect(navigationAllowed('app://tinjau/other.html')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionAllowed(permission)).toBe(false);
  });
});
