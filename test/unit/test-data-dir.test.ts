import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/services/paths';

describe('the test run', () => {
  it('keeps Tinjau data (settings, spelling cache) in a temporary folder, not in the home folder', () => {
    const dir = resolveDataDir();
    expect(path.relative(os.tmpdir(), dir).startsWith('..')).toBe(false);
    expect(path.basename(dir)).toMatch(/^tinjau-vitest-data-/);
    expect(dir.startsWith(path.join(os.homedir(), '.config'))).toBe(false);
  });
});
