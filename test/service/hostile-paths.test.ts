import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('creating a project where no folder can ever be made', () => {
  it('is refused with a message in both languages instead of spinning, and the bridge keeps answering', () => {
    // A child process: before the fix mkdir looped for ever and would have hung this runner.
    const script = `
      import { createHandlers, dispatch } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/api.ts'))};
      import { Workspace } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/workspace.ts'))};
      import { renderMessage } from ${JSON.stringify(path.join(REPO_DIR, 'shared/messages/text.ts'))};
      const dataDir = ${JSON.stringify(tempDir())};
      const workspace = await Workspace.create({ dataDir, owner: 'test' });
      const handlers = createHandlers(workspace, { version: 't', transport: 'web', dataDir });
      const created = await dispatch(handlers, 'projects:create', { name: 'Berita', location: '/proc/tinjau-cannot-exist/deeper' });
      const recent = await dispatch(handlers, 'projects:recent', {});
      console.log(JSON.stringify({ created, en: renderMessage(created.error.text, 'en'), id: renderMessage(created.error.text, 'id'), recentOk: recent.ok }));
      await workspace.close();
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_DIR, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'the child was still spinning when it was stopped').toBeNull();
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { created: { ok: boolean; error: { code: string } }; en: string; id: string; recentOk: boolean };
    expect(result.created.ok).toBe(false);
    expect(result.created.error.code).toBe('io');
    expect(result.en).toContain('Cannot create the folder /proc/tinjau-cannot-exist/deeper');
    expect(result.id).toContain('Folder /proc/tinjau-cannot-exist/deeper tidak dapat dibuat');
    expect(result.recentOk).toBe(true);
  }, 90_000);
});
