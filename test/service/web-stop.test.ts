import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

async function api(base: string, token: string, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const res = await fetch(`${base}/api/${channel}`, { method: 'POST', headers: { 'x-tinjau-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return (await res.json()) as { ok: boolean; value?: unknown };
}

describe('stopping the web server when the final save fails', () => {
  it('reports the failure and exits non-zero on SIGTERM instead of serving on', async () => {
    const root = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/bridge/web-main.ts'], {
      cwd: REPO_DIR,
      env: { ...process.env, TINJAU_DATA_DIR: path.join(root, 'data'), TINJAU_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // A guard so a server that never stops cannot hang the suite; the assertion below says why.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      while (!/running at (\S+)/.test(stdout)) await new Promise((r) => setTimeout(r, 50));
      const url = new URL(/running at (\S+)/.exec(stdout)![1]!);
      const base = `${url.protocol}//${url.host}`;
      const token = url.searchParams.get('token')!;
      const created = (await api(base, token, 'projects:create', { name: 'Berita', location: root })) as { ok: boolean; value: { path: string } };
      expect(created.ok).toBe(true);
      const project = created.value.path;
      const settings = await api(base, token, 'projects:updateSettings', { project, spellingWords: ['Sukamaju'] });
      expect(settings.ok).toBe(true);
      // The snapshot can no longer be replaced (even by root): the final save on exit fails.
      rmSync(path.join(project, 'project.json'));
      mkdirSync(path.join(project, 'project.json'));
      writeFileSync(path.join(project, 'project.json', 'in-the-way'), '');
      child.kill('SIGTERM');
      const code = await exited;
      expect(code, 'the server was still running a minute after SIGTERM').toBe(1);
      expect(stderr).toMatch(/Tinjau could not finish saving on exit: .*Everything already shown as saved is safe/);
    } finally {
      clearTimeout(guard);
      child.kill('SIGKILL');
    }
  }, 90_000);
});
