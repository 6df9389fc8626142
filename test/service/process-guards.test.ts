import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';

describe('a failed background task', () => {
  it('is reported on stderr and the process keeps running', () => {
    // A separate Node process: what matters is that it is not ended by the rejection.
    const script = `
      import { reportUnhandledRejections } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/process-guards.ts'))};
      reportUnhandledRejections();
      Promise.reject(new Error('the glossary folder went away'));
      setTimeout(() => console.log('still running'), 100);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_DIR, encoding: 'utf8' });
    expect(run.stderr).toContain('Tinjau: a background task failed and was skipped: Error: the glossary folder went away');
    expect(run.stdout).toContain('still running');
    expect(run.status).toBe(0);
  });
});
