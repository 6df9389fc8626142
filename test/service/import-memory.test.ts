// What an import holds while it builds and stores a document: the file's bytes are read once and
// let go, and a payload of any size comes in whole (a large one is decoded without a second copy,
// a small one from Node's shared pool is copied out of it).
import { describe, expect, it } from 'vitest';
import { buildImport, type BuildImportInput } from '../../electron/services/import/build-import';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function input(source: string, draft?: string): BuildImportInput {
  return {
    documentId: 'd1',
    source: { name: 'laporan.txt', bytes: new Uint8Array(Buffer.from(source, 'utf8')) },
    ...(draft !== undefined ? { draft: { name: 'laporan.en.txt', bytes: new Uint8Array(Buffer.from(draft, 'utf8')), origin: 'mt' as const } } : {}),
    paragraphMode: 'auto',
    segmentation: 'paragraph',
    sourceLang: 'id',
    targetLang: 'en',
    boilerplateRules: [],
    author: 'Dewi',
    now: '2026-12-07T00:00:00.000Z',
  };
}

const paragraphs = (n: number, lang: 'id' | 'en') =>
  Array.from({ length: n }, (_, i) => (lang === 'id' ? `Paragraf nomor ${i + 1} tentang banjir di kota.` : `Paragraph number ${i + 1} about the flood in the city.`));

describe('import memory', () => {
  it('moves the source and draft bytes out of the input once read, and builds the same document from them', async () => {
    const built = input(paragraphs(3, 'id').join('\n\n'), paragraphs(3, 'en').join('\n\n'));
    let n = 0;
    const result = await buildImport(built, () => undefined, () => `s${++n}`);
    // Not held by the input while the document is built and stored (56 MB at a 100,000-unit XLIFF).
    expect(built.source.bytes.byteLength).toBe(0);
    expect(built.draft?.bytes.byteLength).toBe(0);
    expect(result.segments.map((s) => [s.source, s.target])).toEqual([
      ['Paragraf nomor 1 tentang banjir di kota.', 'Paragraph number 1 about the flood in the city.'],
      ['Paragraf nomor 2 tentang banjir di kota.', 'Paragraph number 2 about the flood in the city.'],
      ['Paragraf nomor 3 tentang banjir di kota.', 'Paragraph number 3 about the flood in the city.'],
    ]);
  });

  it('imports a small file (pooled bytes) and a large one (its own bytes) whole, each with its draft', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    try {
      const project = (await ws.createProject('Memori')).path;
      for (const [name, count] of [['kecil.txt', 2], ['besar.txt', 2000]] as const) {
        const payload = (text: string, file: string) => ({ name: file, base64: Buffer.from(text, 'utf8').toString('base64') });
        const { document } = await ws.importDocument({
          project,
          source: payload(paragraphs(count, 'id').join('\n\n'), name),
          draft: payload(paragraphs(count, 'en').join('\n\n'), `${name}.en.txt`),
          draftOrigin: 'mt',
        });
        const segments = await ws.listSegments(project, document.id);
        expect(segments.length, name).toBe(count);
        expect(segments.at(-1)?.source, name).toBe(`Paragraf nomor ${count} tentang banjir di kota.`);
        expect(segments.at(-1)?.target, name).toBe(`Paragraph number ${count} about the flood in the city.`);
      }
    } finally {
      await ws.close();
    }
  });
});
