import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test as base } from '@playwright/test';
import { REPO_DIR } from '../support/paths';
import { WorkbenchPage } from './pages/workbench-page';

export interface TinjauServer {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dataDir: string;
}

/**
 * Starts `dist/web.mjs` (what `npm run web` runs) with a fresh data folder for one test.
 * `readOnlyDirs` are seen by the bridge as a read-only file system (a CD, a share without write
 * access): read-only bind mounts in a private mount namespace of the bridge only (needs root).
 * `env` adds variables for the bridge (e.g. TINJAU_COMPACT_JOURNAL_BYTES).
 */
export async function startServer(dataDir: string, readOnlyDirs: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<{ server: TinjauServer; child: ChildProcess; output: () => string }> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const mounts = readOnlyDirs.map((d) => `mount --bind ${quote(d)} ${quote(d)} && mount -o remount,ro,bind ${quote(d)} ${quote(d)} && `).join('');
  const [command, args]: [string, string[]] = readOnlyDirs.length
    ? ['unshare', ['--mount', '--propagation', 'private', 'sh', '-c', `${mounts}exec ${quote(process.execPath)} ${quote(path.join(REPO_DIR, 'dist/web.mjs'))}`]]
    : [process.execPath, [path.join(REPO_DIR, 'dist/web.mjs')]];
  const child = spawn(command, args, {
    env: { ...process.env, ...env, TINJAU_DATA_DIR: dataDir, TINJAU_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Everything the bridge prints, kept for the whole test: a bridge that dies mid-test says why.
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web bridge did not start: ${out}`)), 15_000);
    child.stdout?.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`web bridge exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  return { server: { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', dataDir }, child, output: () => out };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // A bridge that does not stop within seconds is a bug the test run reports, not a hang.
  const timer = setTimeout(() => {
    process.stderr.write('web bridge did not stop after SIGTERM; killing it\n');
    child.kill('SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The settings a test's data folder starts with: the reviewer already named, so the first start's
 * "Who is reviewing?" dialog does not stand in front of every test. `test.use({ settings: null })`
 * starts from an empty folder, as a newcomer does.
 */
export const PRESET_SETTINGS = { settings: { reviewer: { name: 'Reviewer', initials: 'RE', role: 'reviewer' }, reviewerNamed: true }, recent: [] };

export const test = base.extend<{ settings: object | null; dataDir: string; server: TinjauServer }>({
  settings: [PRESET_SETTINGS, { option: true }],
  dataDir: async ({ settings }, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-e2e-'));
    if (settings) writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ dataDir }, use, testInfo) => {
    const { server, child, output } = await startServer(dataDir);
    await use(server);
    if (child.exitCode !== null || child.signalCode !== null) {
      const why = `web bridge exited during the test (${child.exitCode ?? child.signalCode}):\n${output()}`;
      await testInfo.attach('web bridge output', { body: why, contentType: 'text/plain' });
      process.stderr.write(`${testInfo.title}: ${why}\n`);
    }
    await stopServer(child);
  },
});

/**
 * For tests that start the bridge themselves (a read-only disk, a damaged file): the first start
 * in `dataDir`, which creates the sample project and opens it; then Tinjau is closed.
 */
export async function firstStart(page: Page, dataDir: string): Promise<void> {
  const { server, child } = await startServer(dataDir);
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  await stopServer(child);
}

/** The sample project's folder in a data folder (created on the first start). */
export function sampleFolder(dataDir: string): string {
  const projects = path.join(dataDir, 'projects');
  const name = readdirSync(projects).find((f) => f.endsWith('.tinjau'));
  if (!name) throw new Error('no sample project');
  return path.join(projects, name);
}

export { expect };
