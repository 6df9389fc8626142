import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinjauOnReadOnlyDirs } from '../support/failing-disk';
import { corpusFile } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();

describe('tinjau edit when the backup on close cannot be written', () => {
  it('exits 0 because the edit is saved, and warns about the backup on stderr', async () => {
    const dir = path.join(tempDir(), 'berita.tinjau');
    expect((await tinjau('init', dir, '--name', 'Berita')).code).toBe(0);
    const imported = await tinjau('import', dir, corpusFile('id', '000'), '--json');
    const { document } = JSON.parse(imported.stdout) as { document: string };
    const run = tinjauOnReadOnlyDirs([path.join(dir, 'backups')], ['edit', dir, '--segment', `${document}-0003`, '--text', 'North Korea and the United States.', '--json']);
    expect(run.stderr).toMatch(/warning: the change is saved \(in the project's journal\), but finishing the project on close failed/);
    expect(run.stderr).toMatch(/read-only/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ target: 'North Korea and the United States.' });
    // The edit really is there when the project is opened again.
    const out = path.join(tempDir(), 'out.txt');
    expect((await tinjau('export', dir, '--format', 'txt', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('North Korea and the United States.');
  }, 120_000);

  it('still exits 1 when the edit itself cannot be saved', async () => {
    const dir = path.join(tempDir(), 'berita.tinjau');
    await tinjau('init', dir, '--name', 'Berita');
    const { document } = JSON.parse((await tinjau('import', dir, corpusFile('id', '000'), '--json')).stdout) as { document: string };
    const run = tinjauOnReadOnlyDirs([dir], ['edit', dir, '--segment', `${document}-0003`, '--text', 'Not saved.']);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/is now/);
  }, 120_000);
});
