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
  return tinjauWithStdin(undefined, ...argv);
}

/** Runs `tinjau ARGV...` with `input` on its stdin (what `-` reads). */
export async function tinjauWithStdin(input: string | Uint8Array | undefined, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : new TextDecoder().decode(s)) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(input === undefined ? {} : { stdin: async () => (typeof input === 'string' ? new TextEncoder().encode(input) : input) }),
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
