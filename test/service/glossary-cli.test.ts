// `tinjau glossary ...` and `tinjau terms ...` through runCli, as a script would call them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SegmentTerms } from '../../shared/api/glossary-types';
import { CORPUS_DIR, corpusFile, FIXTURES_DIR } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();


async function projectWith000(): Promise<{ dir: string; document: string }> {
  const dir = path.join(tempDir(), 'berita.tinjau');
  await tinjau('init', dir);
  const imported = await tinjau('import', dir, corpusFile('id', '000'), '--draft', corpusFile('en-drafts', '000', '.mt.en.txt'), '--draft-origin', 'mt', '--json');
  return { dir, document: JSON.parse(imported.stdout).document as string };
}

describe('tinjau glossary and terms', () => {
  it('summarises a TBX file with many problems by reason, and lists every entry with --details', async () => {
    const { dir } = await projectWith000();
    const file = path.join(FIXTURES_DIR, 'glossary', 'many-problems.tbx');
    const plain = await tinjau('glossary', 'import', dir, file);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toEqual([
      'Imported many-problems.tbx: 30 new, 0 updated entries',
      'warning: 12 entries skipped because they have no en term (e.g. no-en-1, no-en-2, no-en-3)',
      'warning: 8 entries skipped because they have no id term (e.g. no-id-1, no-id-2, no-id-3)',
      'warning: 10 entries had an id used before and were given a new one (e.g. ok-1, ok-2, ok-3)',
      '(30 entries named: add --details to list them)',
    ]);
    const all = await tinjau('glossary', 'import', dir, file, '--details');
    expect(all.stdout).toContain('  entry no-id-8: skipped, it has no id term');
    const none = await tinjau('glossary', 'import', dir, path.join(FIXTURES_DIR, 'glossary', 'no-indonesian.tbx'));
    expect(none.stdout).toContain('warning: The file holds no Indonesian terms: its 30 entries are in de, en, fr.');
  });

  it('imports the corpus glossary and reports term problems per segment as JSON', async () => {
    const { dir, document } = await projectWith000();
    const imported = await tinjau('glossary', 'import', dir, path.join(CORPUS_DIR, 'glossary.id-en.csv'), '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 37, updated: 0 });

    const terms = await tinjau('terms', dir, '--document', document, '--json');
    expect(terms.code).toBe(0);
    const segments = JSON.parse(terms.stdout).documents[0].segments as SegmentTerms[];
    const p3 = segments.find((s) => s.segmentId === `${document}-0003`);
    expect(p3?.checks.filter((c) => c.kind === 'untranslated').map((c) => c.span?.text)).toEqual(['Korut', 'AS']);
    const p12 = segments.find((s) => s.segmentId === `${document}-0012`);
    expect(p12?.checks.filter((c) => c.kind === 'forbidden').map((c) => c.span?.text)).toEqual(['work together']);

    const human = await tinjau('terms', dir);
    expect(human.stdout).toContain('untranslated: Korut → "Korut" (use: North Korea)');
  });

  it('writes the report of every document, in JSON laid out exactly as JSON.stringify with two spaces', async () => {
    const empty = path.join(tempDir(), 'kosong.tinjau');
    await tinjau('init', empty);
    expect((await tinjau('terms', empty, '--json')).stdout).toBe('{\n  "documents": []\n}\n');

    const { dir, document } = await projectWith000();
    await tinjau('glossary', 'import', dir, path.join(CORPUS_DIR, 'glossary.id-en.csv'));
    const second = JSON.parse((await tinjau('import', dir, corpusFile('id', '001'), '--json')).stdout).document as string;
    const json = (await tinjau('terms', dir, '--json')).stdout;
    const value = JSON.parse(json) as { documents: Array<{ id: string; segments: SegmentTerms[] }> };
    expect(json).toBe(JSON.stringify(value, null, 2) + '\n');
    expect(value.documents.map((d) => d.id)).toEqual([document, second]);
    // The second document has no drafts: its hits come with the terms to use.
    expect(value.documents[1]?.segments.some((s) => s.checks.some((c) => c.kind === 'pending'))).toBe(true);

    const human = (await tinjau('terms', dir)).stdout;
    expect(human.match(/^\S+ {2}\S+$/gm)?.map((l) => l.split(' ')[0])).toEqual([document, second]);
    expect(human.match(/^ {2}\d+ term problem\(s\)$/gm)).toHaveLength(2);
    expect(human.endsWith(' term problem(s)\n')).toBe(true);
  });

  it('exports TBX, CSV and XLSX that import into a shared glossary attached to another project', async () => {
    const { dir } = await projectWith000();
    await tinjau('glossary', 'import', dir, path.join(CORPUS_DIR, 'glossary.id-en.csv'));
    const other = path.join(tempDir(), 'lain.tinjau');
    await tinjau('init', other);
    const team = path.join(tempDir(), 'Team.tinjau-glossary');
    const attached = await tinjau('glossary', 'attach', other, team, '--create', '--name', 'Team', '--json');
    expect(attached.code).toBe(0);
    expect(JSON.parse(attached.stdout).sources.map((s: { name: string }) => s.name)).toEqual(['lain', 'Team']);

    for (const format of ['tbx', 'csv', 'xlsx']) {
      const out = path.join(tempDir(), `glossary.${format}`);
      const exported = await tinjau('glossary', 'export', dir, '--format', format, '--out', out);
      expect([format, exported.code, existsSync(out)]).toEqual([format, 0, true]);
      const again = await tinjau('glossary', 'import', other, out, '--glossary', team, '--json');
      expect(JSON.parse(again.stdout).added + JSON.parse(again.stdout).updated).toBe(format === 'tbx' ? 37 : 0);
    }
    const list = await tinjau('glossary', 'list', other);
    expect(list.stdout).toMatch(/shared {2}Team: 37 entries/);
    expect(readFileSync(path.join(team, 'glossary.json'), 'utf8')).toContain('"name": "Team"');
  });

  it('refuses a bad file with exit 1 and the file named, and a wrong command line with exit 2', async () => {
    const { dir } = await projectWith000();
    const bad = path.join(tempDir(), 'broken.tbx');
    writeFileSync(bad, '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaa">]><martif/>');
    const res = await tinjau('glossary', 'import', dir, bad, '--json');
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stderr).error).toMatchObject({ code: 'format', message: expect.stringContaining('broken.tbx') });
    expect((await tinjau('glossary', 'export', dir, '--format', 'pdf', '--out', 'x')).code).toBe(2);
    expect((await tinjau('glossary', 'frobnicate', dir)).code).toBe(2);
    expect((await tinjau('terms')).code).toBe(2);
  });
});
