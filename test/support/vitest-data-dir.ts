import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: the whole run gets its own Tinjau data folder (settings, recent projects,
 * the spelling and glossary caches), removed when the run ends, so no test writes into the
 * user's home. A test that needs a fresh one per test still sets TINJAU_DATA_DIR itself
 * (`useCliTempDir`); worker processes and the children they spawn inherit the variable.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-vitest-data-'));
  const before = process.env.TINJAU_DATA_DIR;
  process.env.TINJAU_DATA_DIR = dir;
  return () => {
    if (before === undefined) delete process.env.TINJAU_DATA_DIR;
    else process.env.TINJAU_DATA_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
