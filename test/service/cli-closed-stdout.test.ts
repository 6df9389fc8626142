// A `tinjau` process whose stdout is closed early (`tinjau terms DIR | head`) stops quietly.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinjau, useCliTempDir } from '../support/cli';
import { REPO_DIR } from '../support/paths';

const tempDir = useCliTempDir();
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `tinjau ARGS | head -c 64` in bash with pipefail: tinjau's own status and stderr. */
function pipedIntoHead(...args: string[]) {
  const cli = [process.execPath, '--import', 'tsx', path.join(REPO_DIR, 'electron/cli/bin.ts'), ...args].map(q).join(' ');
  return spawnSync('bash', ['-c', `set -o pipefail; ${cli} | head -c 64 >/dev/null`], { cwd: REPO_DIR, encoding: 'utf8', env: { ...process.env, TINJAU_DATA_DIR: tempDir() } });
}

describe('tinjau writing to a pipe that closes early', () => {
  it('exits with status 0 and no stack trace for terms, terms --json and export --out -', async () => {
    const dir = path.join(tempDir(), 'panjang.tinjau');
    const text = path.join(tempDir(), 'berita.txt');
    // Enough output to overflow a pipe's buffer (64 KB) many times over.
    writeFileSync(text, Array.from({ length: 3000 }, (_, i) => `Presiden meresmikan jembatan baru nomor ${i} di kabupaten itu.`).join('\n\n') + '\n');
    const csv = path.join(tempDir(), 'glosarium.csv');
    writeFileSync(csv, 'source,target\njembatan,bridge\nkabupaten,regency\n');
    expect((await tinjau('init', dir)).code).toBe(0);
    expect((await tinjau('import', dir, text)).code).toBe(0);
    expect((await tinjau('glossary', 'import', dir, csv)).code).toBe(0);

    for (const args of [['terms', dir], ['terms', dir, '--json'], ['export', dir, '--format', 'xliff12', '--out', '-']]) {
      const run = pipedIntoHead(...args);
      expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status: 0, stderr: '' });
    }
  });
});
