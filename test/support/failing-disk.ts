import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { REPO_DIR } from './paths';

/**
 * Runs `tinjau ARGS...` in a child process that sees `readOnlyDirs` as a read-only file system
 * (EROFS), as on a full or failing disk: a private mount namespace with read-only bind mounts,
 * so nothing outside the child is affected and the mounts end with it. Needs root (as the
 * project's machines and CI run).
 */
export function tinjauOnReadOnlyDirs(readOnlyDirs: readonly string[], args: readonly string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const mounts = readOnlyDirs.map((d) => `mount --bind ${quote(d)} ${quote(d)} && mount -o remount,ro,bind ${quote(d)} ${quote(d)}`).join(' && ');
  const command = `${mounts} && exec ${quote(process.execPath)} --import tsx electron/cli/bin.ts ${args.map(quote).join(' ')}`;
  return spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', command], { cwd: REPO_DIR, encoding: 'utf8', env, timeout: 120_000 });
}
