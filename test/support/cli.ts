import { beforeEach } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { useTempDir } from './temp';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `tinjau ARGV...` in this process, as a script would, and captures what it prints. */
export async function tinjau(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A temporary folder per test, with Tinjau's data folder (settings, recent projects) in a fresh one. */
export function useCliTempDir(): () => string {
  const tempDir = useTempDir();
  beforeEach(() => {
    process.env.TINJAU_DATA_DIR = tempDir();
  });
  return tempDir;
}
