import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { CLI_EXPORT_FORMATS } from '../../electron/cli/export-commands';
import { corpusFile } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();


async function project(): Promise<{ dir: string; document: string }> {
  const dir = path.join(tempDir(), 'berita.tinjau');
  expect((await tinjau('init', dir, '--name', 'Berita')).code).toBe(0);
  const imported = await tinjau('import', dir, corpusFile('id', '000'), '--draft', corpusFile('en-drafts', '000', '.mt.en.txt'), '--draft-origin', 'mt', '--json');
  const { document } = JSON.parse(imported.stdout) as { document: string };
  await tinjau('edit', dir, '--segment', `${document}-0004`, '--text', 'Kim Jong Un, the leader of North Korea.', '--author', 'Sari', '--status', 'approved');
  await tinjau('edit', dir, '--segment', `${document}-0005`, '--text', 'Kim visited two plants.', '--author', 'Sari', '--status', 'reviewed');
  return { dir, document };
}

describe('tinjau export and import-review', () => {
  it('writes every format', async () => {
    const { dir } = await project();
    const outDir = tempDir();
    for (const format of CLI_EXPORT_FORMATS) {
      const out = path.join(outDir, `out.${format}`);
      const run = await tinjau('export', dir, '--format', format, '--out', out);
      expect({ format, code: run.code, stderr: run.stderr }).toEqual({ format, code: 0, stderr: '' });
      expect(readFileSync(out).length).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(outDir, 'out.md'), 'utf8')).toContain('Kim visited two plants.');
    const tmx = readFileSync(path.join(outDir, 'out.tmx'), 'utf8');
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    const onlyApproved = path.join(outDir, 'approved.tmx');
    expect((await tinjau('export', dir, '--format', 'tmx', '--only-approved', '--out', onlyApproved)).code).toBe(0);
    expect(readFileSync(onlyApproved, 'utf8').match(/<tu /g)).toHaveLength(1);
    expect(readFileSync(path.join(outDir, 'out.tbx'), 'utf8')).toContain('<?xml');
  });

  it('a project of several documents goes to one TMX without --document', async () => {
    const { dir } = await project();
    const second = JSON.parse((await tinjau('import', dir, corpusFile('id', '001'), '--json')).stdout) as { document: string };
    const edit = await tinjau('edit', dir, '--segment', `${second.document}-0002`, '--text', 'A second article.', '--author', 'Sari', '--status', 'reviewed');
    expect(edit.stderr).toBe('');
    const out = path.join(tempDir(), 'project.tmx');
    const run = await tinjau('export', dir, '--format', 'tmx', '--out', out);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const tmx = readFileSync(out, 'utf8');
    expect(tmx.match(/<tu /g)).toHaveLength(3);
    expect(tmx).toContain('A second article.');
    expect(new Set(tmx.match(/<prop type="x-document">[^<]*/g)).size).toBe(2);
  });

  it('a failed export leaves no file behind', async () => {
    const { dir } = await project();
    const out = path.join(tempDir(), 'nothing.xlf');
    const run = await tinjau('export', dir, '--format', 'xliff12', '--document', 'no-such-document', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no-such-document/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });

  it('never writes over the project\'s own files, and says so when --out is a folder', async () => {
    const { dir } = await project();
    const before = readFileSync(path.join(dir, 'project.json'), 'utf8');
    for (const target of ['project.json', 'journal.jsonl', 'lock', 'backups/x.json']) {
      const run = await tinjau('export', dir, '--format', 'csv', '--out', path.join(dir, target));
      expect(run.code, target).toBe(1);
      expect(run.stderr, target).toMatch(/is inside the project folder; write exports somewhere else/);
    }
    expect(readFileSync(path.join(dir, 'project.json'), 'utf8')).toBe(before);
    const folder = tempDir();
    const run = await tinjau('export', dir, '--format', 'csv', '--out', folder);
    expect(run.stderr).toMatch(/is a folder; give the name of the file to write/);
  });

  it('exports an XLSX for a document whose name Excel would refuse as a sheet name', async () => {
    const dir = path.join(tempDir(), 'nama.tinjau');
    await tinjau('init', dir);
    const file = path.join(tempDir(), "'kutipan' History.txt");
    writeFileSync(file, 'Satu paragraf.\n\nDua paragraf.');
    expect((await tinjau('import', dir, file)).code).toBe(0);
    const out = path.join(tempDir(), 'out.xlsx');
    const run = await tinjau('export', dir, '--format', 'xlsx', '--out', out);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('imports a reviewed DOCX: a dry run says what would change, then the changes are applied', async () => {
    const { dir, document } = await project();
    const docx = path.join(tempDir(), 'review.docx');
    expect((await tinjau('export', dir, '--format', 'docx-bilingual', '--out', docx)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The reviewer adds a sentence at the end of one English cell (the third cell of its row).
    const rows = xml.split('<w:tr>');
    const i = rows.findIndex((r) => r.includes(`>${document}-0005</w:t>`));
    const cells = rows[i]!.split('<w:tc>');
    cells[3] = cells[3]!.replace('</w:p>', '<w:r><w:t xml:space="preserve"> Checked.</w:t></w:r></w:p>');
    rows[i] = cells.join('<w:tc>');
    zip.file('word/document.xml', rows.join('<w:tr>'));
    writeFileSync(docx, await zip.generateAsync({ type: 'nodebuffer' }));

    const dry = await tinjau('import-review', dir, docx, '--reviewer', 'Budi Santoso', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: 1 segment(s) would change');
    expect(dry.stdout).toContain('+ Kim visited two plants. Checked.');
    // Typed without Track Changes: the change is in the name the import gives.
    expect(dry.stdout).toContain(`${document}-0005 (by Budi Santoso)`);
    const applied = await tinjau('import-review', dir, docx, '--reviewer', 'Budi Santoso', '--json');
    expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true, changes: [{ segmentId: `${document}-0005`, after: 'Kim visited two plants. Checked.' }] });
    const csv = path.join(tempDir(), 'after.csv');
    await tinjau('export', dir, '--format', 'csv', '--out', csv);
    expect(readFileSync(csv, 'utf8')).toContain(`${document}-0005,`);
    expect(readFileSync(csv, 'utf8')).toContain('Kim visited two plants. Checked.,edited');

    const missing = await tinjau('import-review', dir, docx);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--reviewer NAME/);
  });
});
