import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TinjauError } from '../../shared/api/errors';
import { resolveDataDir } from '../services/paths';
import type { Workspace } from '../services/workspace';

/** Where a command writes: the process's streams, or a test's. */
export interface CliIo {
  readonly stdout: { write(text: string | Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown };
  /** What `-` reads (`import DIR -`); the process's stdin when absent. */
  readonly stdin?: () => Promise<Uint8Array>;
}

/** Everything on the process's stdin, read to its end. */
export async function readStdin(io: CliIo): Promise<Uint8Array> {
  if (io.stdin) return io.stdin();
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A wrong command line: reported with the usage text and exit code 2. */
export class UsageError extends Error {}

/** A result printed for people, or as JSON with --json. */
export type Out = (human: string, json: unknown) => void;

export function outputFor(io: CliIo, json: boolean): Out {
  return (human, value) => io.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : human + '\n');
}

/**
 * How every command ends on an error: a usage mistake prints the usage (exit 2); anything else
 * prints the message, as JSON with --json (exit 1).
 */
export function reportFailure(err: unknown, usage: string, io: CliIo, json: boolean): number {
  if (err instanceof UsageError) {
    io.stderr.write(`tinjau: ${err.message}\n\n${usage}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(json ? JSON.stringify({ error: { code: err instanceof TinjauError ? err.code : 'internal', message } }) + '\n' : `tinjau: ${message}\n`);
  return 1;
}

const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies OptionsConfig;

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments with `--json` and `--help` added. `--help` prints the usage and a bad
 * option prints what is wrong above it; both give back the exit code instead of the arguments.
 */
export function parseCommandArgs<const O extends OptionsConfig>(args: readonly string[], options: O, usage: string, io: CliIo) {
  const config = { args: [...args], allowPositionals: true as const, strict: true as const, options: { ...COMMON_OPTIONS, ...options } as typeof COMMON_OPTIONS & O };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    io.stderr.write(`tinjau: ${(err as Error).message}\n\n${usage}\n`);
    return { exit: 2 } as const;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout.write(usage + '\n');
    return { exit: 0 } as const;
  }
  return parsed;
}

/**
 * The workspace a CLI command works in. What opening a project repaired (restored from a backup,
 * a half-written last change dropped) goes to stderr, so it shows even with `--json`.
 */
export async function cliWorkspace(io: CliIo): Promise<Workspace> {
  // Loaded here, not at the top: the CLI's help and version never load the services.
  const { Workspace } = await import('../services/workspace');
  return Workspace.create({
    dataDir: resolveDataDir(),
    owner: 'tinjau CLI',
    compactAfterMs: 0,
    onNotices: (dir, notices) => {
      for (const notice of notices) io.stderr.write(`warning: ${dir}: ${notice.message}\n`);
    },
  });
}
