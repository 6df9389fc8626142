import os from 'node:os';
import path from 'node:path';

/**
 * Where settings and the default projects folder live: TINJAU_DATA_DIR when set (tests give each
 * run a fresh one), else the platform's usual place for app data.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TINJAU_DATA_DIR) return path.resolve(env.TINJAU_DATA_DIR);
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'Tinjau');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Tinjau');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'tinjau');
}
