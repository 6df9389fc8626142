import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS } from '../../shared/api/contract';
import { readDocument, SUPPORTED_EXTENSIONS } from '../../electron/services/import/read-document';
import { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import { Workspace } from '../../electron/services/workspace';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';
import { zipBombDocx } from '../support/zip-bomb';

const tempDir = useTempDir();
const bomb = (await zipBombDocx(3_000_000_000)).toString('base64');

function fixture(rel: string) {
  return { name: path.basename(rel), base64: readFileSync(path.join(FIXTURES_DIR, rel)).toString('base64') };
}

async function freshProject() {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const project = await ws.createProject('Uji');
  return { ws, project: project.path };
}

describe('importing every format through the services', () => {
  it('offers exactly the formats it has readers for', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual([...IMPORT_EXTENSIONS].sort());
  });

  it.each([
    ['xliff/trados-studio.sdlxliff', 'xliff12'],
    ['xliff/memoq-groups.xlf', 'xliff12'],
    ['xliff/okapi-omegat.xlf', 'xliff12'],
    ['xliff/xcode.xliff', 'xliff12'],
    ['xliff/xliff20-ignorables.xlf', 'xliff20'],
    ['tmx/trados-tmx14-utf16.tmx', 'tmx'],
    ['tmx/omegat-tmx11.tmx', 'tmx'],
    ['docs/bilingual.xlsx', 'xlsx'],
  ])('%s arrives with its existing targets as drafts', async (file, format) => {
    const { ws, project } = await freshProject();
    const result = await ws.importDocument({ project, source: fixture(file) });
    expect(result.document.format).toBe(format);
    const segments = await ws.listSegments(project, result.document.id);
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.some((s) => s.draft?.origin === 'import' && s.target === s.draft.text)).toBe(true);
    // Bilingual files are not second-guessed by the boilerplate rules.
    expect(segments.filter((s) => s.excluded && s.excluded.rule !== 'file')).toEqual([]);
    await ws.close();
  });

  it.each([
    ['docs/artikel.docx', 'docx'],
    ['docs/kompas-style-article.html', 'html'],
    ['docs/siaran-pers.md', 'md'],
  ])('%s arrives as source paragraphs with headings kept', async (file, format) => {
    const { ws, project } = await freshProject();
    const result = await ws.importDocument({ project, source: fixture(file) });
    expect(result.document.format).toBe(format);
    const segments = await ws.listSegments(project, result.document.id);
    expect(segments.some((s) => s.kind === 'heading' || s.kind === 'title')).toBe(true);
    expect(segments.every((s) => s.draft === null)).toBe(true);
    await ws.close();
  });
});

it("an HTML page's navigation, header and footer arrive as excluded segments, nothing of the page dropped", async () => {
  const { ws, project } = await freshProject();
  const result = await ws.importDocument({ project, source: fixture('docs/kompas-style-article.html') });
  const segments = await ws.listSegments(project, result.document.id);
  const page = segments.filter((s) => s.excluded?.rule === 'page');
  expect(page.map((s) => s.source)).toEqual(expect.arrayContaining(['News', 'Nasional', 'Copyright 2008 - 2023 PT. Kompas Cyber Media']));
  expect(page.every((s) => s.excluded?.reason === 'Navigation, header or footer of the page')).toBe(true);
  // The article itself is not excluded as page furniture: the headline is a segment to translate.
  expect(segments.find((s) => s.kind === 'title')?.excluded).toBeUndefined();
  await ws.close();
});

it('an Angular extraction without targets arrives as new segments with its notes', async () => {
  const { ws, project } = await freshProject();
  const result = await ws.importDocument({ project, source: fixture('xliff/angular.xlf') });
  const segments = await ws.listSegments(project, result.document.id);
  expect(segments.length).toBeGreaterThan(0);
  expect(segments.every((s) => s.status === 'new' && s.target === '')).toBe(true);
  expect(segments.some((s) => (s.notes ?? []).length > 0)).toBe(true);
  await ws.close();
});

describe('bad files are refused clearly and leave the project untouched', () => {
  const cases: Array<[string, { name: string; base64: string }, RegExp]> = [
    ['truncated XLIFF', fixture('xliff/truncated.xlf'), /truncated\.xlf: .*(end|closed|truncat)/i],
    ['XXE', fixture('xliff/xxe-system-entity.xlf'), /xxe-system-entity\.xlf: .*entit/i],
    ['billion laughs', fixture('xliff/billion-laughs.xlf'), /billion-laughs\.xlf: .*entit/i],
    ['not XML', fixture('xliff/not-xml.xlf'), /not-xml\.xlf: /],
    ['empty', { name: 'kosong.txt', base64: '' }, /kosong\.txt is empty/],
    ['a PNG named .docx', { name: 'foto.docx', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64') }, /foto\.docx: .*PNG/i],
    ['binary text', { name: 'data.txt', base64: Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]).toString('base64') }, /data\.txt: .*not text/],
    ['a CSV with a quote never closed', { name: 'pecah.csv', base64: Buffer.from('source,target\n"Halo dunia,Hello world\nKedua,Second\n').toString('base64') }, /pecah\.csv: The quote \("\) that opens a field on line 2 is never closed/],
    ['unknown type', { name: 'buku.pdf', base64: Buffer.from('%PDF-1.7').toString('base64') }, /cannot import \.pdf files/],
    [
      'a Word file that would unpack to gigabytes',
      { name: 'bom.docx', base64: bomb },
      /bom\.docx: This file unpacks to 2,861 MB of text and markup; Tinjau reads a Word document \(\.docx\) of up to 200 MB unpacked/,
    ],
  ];

  it.each(cases)('%s', async (_label, file, message) => {
    const { ws, project } = await freshProject();
    await ws.importDocument({ project, source: fixture('docs/siaran-pers.md') });
    await ws.flush();
    const before = readFileSync(path.join(project, 'project.json'), 'utf8');
    await expect(ws.importDocument({ project, source: file })).rejects.toThrow(message);
    expect((await ws.summary(project)).documents).toHaveLength(1);
    await ws.flush();
    expect(readFileSync(path.join(project, 'project.json'), 'utf8')).toBe(before);
    await ws.close();
  });

  it('a bilingual file in another language pair imports with a warning to check it', async () => {
    const { ws, project } = await freshProject();
    const xliff = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="de-DE" target-language="fr" datatype="plaintext"><body><trans-unit id="1"><source>Guten Tag.</source><target>Bonjour.</target></trans-unit></body></file></xliff>`;
    const result = await ws.importDocument({ project, source: { name: 'salah.xlf', base64: Buffer.from(xliff).toString('base64') } });
    expect(result.warnings.map((w) => w.message)).toContain('This file is in de-DE → fr, the project in id → en: check that it is the right file.');
    await ws.close();
  });

  it('a windows-1252 text imports with its accents intact', async () => {
    const { ws, project } = await freshProject();
    const bytes = Buffer.from([0x4b, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x4a, 0x61, 0x6b, 0x61, 0x72, 0x74, 0x61, 0x94]);
    const result = await ws.importDocument({ project, source: { name: 'lama.txt', base64: bytes.toString('base64') } });
    expect((await ws.listSegments(project, result.document.id))[0]?.source).toBe('Kafé “Jakarta”');
    // Decoding by a guess is said, in case the file was in another code page.
    expect(result.warnings.map((w) => w.message)).toContain('This file is not UTF-8; it was read as Windows-1252 (Western European). If letters look wrong, save it as UTF-8 and import it again.');
    await ws.close();
  });
});

it('says a refused file in Indonesian too, with the reader\'s own reason nested inside', async () => {
  const refusal = async (file: { name: string; base64: string }) =>
    (await readDocument(file.name, Buffer.from(file.base64, 'base64')).catch((err: unknown) => err)) as TinjauError;
  const pdf = await refusal({ name: 'buku.pdf', base64: Buffer.from('%PDF-1.7').toString('base64') });
  expect(pdf).toBeInstanceOf(TinjauError);
  expect(renderMessage(pdf.text!, 'id')).toMatch(/^buku\.pdf: Tinjau tidak dapat mengimpor berkas \.pdf\. Tinjau membaca \.txt, /);
  const truncated = await refusal(fixture('xliff/truncated.xlf'));
  expect(truncated.text?.key).toBe('import.refused');
  expect(typeof truncated.text?.args.problem).toBe('object'); // the reader's keyed message, not its English text
  expect(renderMessage(truncated.text!, 'id')).toMatch(/^truncated\.xlf: /);
});
