import { TinjauError } from '../../shared/api/errors';

/** Where a command writes: the process's streams, or a test's. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
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
