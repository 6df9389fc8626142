import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile, FIXTURES_DIR } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();


describe('tinjau CLI', () => {
  it('imports the corpus, edits a segment, and exports the edit', async () => {
    const dir = path.join(tempDir(), 'berita.tinjau');
    expect((await tinjau('init', dir, '--name', 'Berita')).code).toBe(0);
    const imported = await tinjau('import', dir, corpusFile('id', '000'), '--draft', corpusFile('en-drafts', '000', '.mt.en.txt'), '--draft-origin', 'mt', '--json');
    expect(imported.code).toBe(0);
    const { document, segments } = JSON.parse(imported.stdout);
    expect(segments).toBe(22);
    const edited = await tinjau('edit', dir, '--segment', `${document}-0003`, '--text', 'North Korea and the United States.', '--author', 'Sari', '--status', 'reviewed', '--json');
    expect(JSON.parse(edited.stdout)).toMatchObject({ status: 'reviewed', updatedBy: 'Sari' });
    const out = path.join(tempDir(), 'out.txt');
    expect((await tinjau('export', dir, '--format', 'txt', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n\n')[2]).toBe('North Korea and the United States.');
    const stats = JSON.parse((await tinjau('stats', dir, '--json')).stdout);
    expect(stats.documents[0]).toMatchObject({ segments: 22, confirmed: 1, edited: 1 });
  });

  it('aligns a separate draft and reports boilerplate and pairings to check as JSON', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const res = await tinjau('import', dir, corpusFile('id', '004'), '--draft', corpusFile('en-drafts', '004', '.human.en.txt'), '--json');
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({ segments: 27, excluded: 10, unmatchedDraft: [] });
    expect(Array.isArray(json.lowConfidence)).toBe(true);
    const sentences = JSON.parse((await tinjau('import', dir, corpusFile('id', '001'), '--segmentation', 'sentence', '--json')).stdout);
    expect(sentences.segments).toBeGreaterThan(20);
  });

  it('reads a one-paragraph-a-line file as one paragraph a line, or as blocks on request', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const auto = JSON.parse((await tinjau('import', dir, corpusFile('id', '002'), '--json')).stdout);
    expect(auto.segments).toBeGreaterThan(10);
    // The same file again is refused unless --on-existing says what to do.
    const again = await tinjau('import', dir, corpusFile('id', '002'), '--paragraphs', 'blank-line');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('--on-existing replace|copy|cancel');
    const blocks = JSON.parse((await tinjau('import', dir, corpusFile('id', '002'), '--paragraphs', 'blank-line', '--on-existing', 'copy', '--json')).stdout);
    expect(blocks.segments).toBe(1);
    expect(blocks.name).toMatch(/ \(2\)\.txt$/);
  });

  it('reports errors on stderr with a non-zero exit, as JSON with --json', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const hostile = await tinjau('import', dir, path.join(FIXTURES_DIR, 'xliff/xxe-system-entity.xlf'));
    expect(hostile.code).toBe(1);
    expect(hostile.stderr).toMatch(/xxe-system-entity\.xlf: entity declarations are not allowed \(line 3/);
    const missing = await tinjau('stats', path.join(tempDir(), 'nothing'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr).error.code).toBe('not-found');
    const usage = await tinjau('export', dir, '--format', 'pdf', '--out', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--format is one of/);
  });

  it('names a mistyped option with the usage below it, and prints the usage on --help, for every command family', async () => {
    for (const command of ['import', 'glossary', 'tm']) {
      const typo = await tinjau(command, '--jsno');
      expect(typo.code, command).toBe(2);
      expect(typo.stderr, command).toMatch(/^tinjau: Unknown option '--jsno'/);
      expect(typo.stderr, command).toMatch(new RegExp(`\n  tinjau ${command} `));
      const help = await tinjau(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`tinjau ${command}`));
    }
  });

  it('says on stderr what opening a project repaired, also with --json', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir, '--name', 'Uji');
    writeFileSync(path.join(dir, 'project.json'), '{"schemaVersion": 1, "proj');
    const res = await tinjau('stats', dir, '--json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ documents: [] });
    expect(res.stderr).toMatch(/^warning: .*p\.tinjau: project\.json was damaged \(it is not valid JSON: .*\); restored from the backup of .*; 0 later changes replayed from the journal\.$/m);
    expect(res.stderr).toMatch(/^warning: .*: The damaged file is kept as project\.damaged-.*\.json\.$/m);
    // Repaired once: the next command has nothing to say.
    expect((await tinjau('stats', dir, '--json')).stderr).toBe('');
  });
});

describe('tinjau CLI with files too large to be documents', () => {
  it('refuses a 101 MB file before reading it, and the project stays as it was', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const big = path.join(tempDir(), 'besar.txt');
    truncateSync(openAndClose(big), 101 * 1024 * 1024);
    const res = await tinjau('import', dir, big);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/besar\.txt is 101 MB; Tinjau imports files up to 100 MB/);
    expect(JSON.parse((await tinjau('stats', dir, '--json')).stdout).documents).toEqual([]);
  });
});

describe('tinjau CLI with documents too long to review', () => {
  it('refuses a text of more than 200,000 paragraphs, and the project stays as it was', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const many = path.join(tempDir(), 'banyak.txt');
    writeFileSync(many, Array.from({ length: 200_001 }, (_, i) => `Kalimat nomor ${i}.`).join('\n\n'));
    const res = await tinjau('import', dir, many);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/banyak\.txt has 200,001 segments; Tinjau imports documents of up to 200,000 segments/);
    expect(JSON.parse((await tinjau('stats', dir, '--json')).stdout).documents).toEqual([]);
  }, 60_000);
});

function openAndClose(file: string): string {
  writeFileSync(file, '');
  return file;
}
