// The `tinjau` command line itself: version, help per command, unknown commands, stdin and stdout.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinjau, tinjauWithStdin, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();

describe('tinjau command line', () => {
  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    const result = await tinjau('--version');
    expect(result).toMatchObject({ code: 0, stdout: `tinjau ${pkg.version}\n` });
  });

  it('names an unknown command and lists the real ones instead of asking for a project folder', async () => {
    const result = await tinjau('bogus', 'somewhere');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'bogus'");
    expect(result.stderr).toContain('init, import, edit, export');
    expect(result.stderr).not.toContain('needs a project folder');
  });

  it("prints each command's own help for COMMAND --help", async () => {
    const exportHelp = await tinjau('export', '--help');
    expect(exportHelp.code).toBe(0);
    expect(exportHelp.stdout).toContain('tinjau export DIR --format');
    expect(exportHelp.stdout).not.toContain('tinjau init DIR');
    const qaHelp = await tinjau('qa', '--help');
    expect(qaHelp.stdout).toContain('tinjau qa DIR');
    expect(qaHelp.stdout).not.toContain('tinjau export');
    const tmHelp = await tinjau('tm', '--help');
    expect(tmHelp.stdout).toContain('tinjau tm search DIR TEXT');
  });

  it('imports a document from stdin with - and writes an export to stdout with --out -', async () => {
    const dir = path.join(tempDir(), 'pipa.tinjau');
    await tinjau('init', dir);
    const imported = await tinjauWithStdin('Presiden meresmikan jembatan baru.\n\nWarga menyambut gembira.\n', 'import', dir, '-', '--name', 'berita.txt', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'berita.txt', segments: 2 });

    const cwd = process.cwd();
    process.chdir(tempDir());
    try {
      const exported = await tinjau('export', dir, '--format', 'xliff12', '--out', '-');
      expect(exported.code).toBe(0);
      expect(exported.stdout).toContain('<xliff');
      expect(exported.stdout).toContain('Presiden meresmikan jembatan baru.');
      expect(existsSync(path.join(tempDir(), '-'))).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it('tells an XLIFF on stdin from plain text without a name', async () => {
    const dir = path.join(tempDir(), 'xlf.tinjau');
    await tinjau('init', dir);
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="id" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>Selamat pagi.</source><target>Good morning.</target></trans-unit>
</body></file></xliff>`;
    const imported = await tinjauWithStdin(xliff, 'import', dir, '-', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ format: expect.stringContaining('xliff'), segments: 1 });
  });

  it('reads a glossary CSV separated by semicolons', async () => {
    const dir = path.join(tempDir(), 'titik-koma.tinjau');
    await tinjau('init', dir);
    const csv = path.join(tempDir(), 'istilah.csv');
    writeFileSync(csv, 'source;target;note\nDPR;House of Representatives;parlemen\nKorut;North Korea;\n');
    const imported = await tinjau('glossary', 'import', dir, csv, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 2 });
    const exported = await tinjau('glossary', 'export', dir, '--format', 'csv', '--out', '-');
    expect(exported.stdout).toContain('House of Representatives');
    expect(exported.stdout).not.toContain('DPR;House');
  });
});
