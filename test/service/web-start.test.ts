import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('starting the web server', () => {
  it('does not load git (isomorphic-git) at start, nor for the team status of a project never linked', async () => {
    const root = tempDir();
    const trace = path.join(root, 'imports.txt');
    writeFileSync(trace, '');
    // A module hook that writes down every package the server imports, in the order it does.
    const hooks = path.join(root, 'hooks.mjs');
    writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
export async function resolve(spec, context, next) {
  if (!/^(\\.|\\/|node:|file:|data:)/.test(spec)) appendFileSync(${JSON.stringify(trace)}, spec + '\\n');
  return next(spec, context);
}\n`);
    const register = path.join(root, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const child = spawn(process.execPath, ['--import', pathToFileURL(register).href, '--import', 'tsx', 'electron/bridge/web-main.ts'], {
      cwd: REPO_DIR,
      env: { ...process.env, TINJAU_DATA_DIR: path.join(root, 'data'), TINJAU_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /running at (\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.stderr.on('data', (c: Buffer) => (out += c.toString()));
        child.on('exit', () => reject(new Error(`the server stopped: ${out}`)));
      });
      const atStart = readFileSync(trace, 'utf8').split('\n');
      expect(atStart).toContain('lowdb');
      expect(atStart.filter((s) => s.startsWith('isomorphic-git'))).toEqual([]);

      const base = new URL(url);
      const call = async (channel: string, input: unknown) => {
        const res = await fetch(`${base.origin}/api/${channel}`, { method: 'POST', headers: { 'x-tinjau-token': base.searchParams.get('token') ?? '', 'content-type': 'application/json' }, body: JSON.stringify(input) });
        return (await res.json()) as { ok: boolean; value?: { path?: string; linked?: boolean } };
      };
      const sample = await call('projects:openSample', {});
      const status = await call('team:status', { project: sample.value?.path });
      expect(status, JSON.stringify([sample, status])).toMatchObject({ ok: true, value: { linked: false } });
      expect(readFileSync(trace, 'utf8').split('\n').filter((s) => s.startsWith('isomorphic-git'))).toEqual([]);
    } finally {
      clearTimeout(guard);
      child.kill('SIGTERM');
      await exited;
    }
  }, 90_000);
});
