import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/services/formats/docx';
import { FormatError } from '../../../shared/model';
import { renderMessage, say } from '../../../shared/messages/text';
import { corpusFile, FIXTURES_DIR } from '../../support/paths';
import { splitParagraphs } from '../../../shared/formats/txt/txt';
import { buildArticleDocx, buildBilingualWorkbook, buildDocxFromParagraphs } from './build-fixtures';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('readDocx', () => {
  let article: Uint8Array;
  beforeAll(async () => {
    article = await buildArticleDocx();
  });

  it('reads the title, headings, paragraphs, nested list items, table cells and footnotes in order', async () => {
    const doc = await readDocx(article);
    expect(doc.format).toBe('docx');
    expect(doc.blocks.map((b) => [b.kind, b.source])).toEqual([
      ['title', 'AS Terusik dengan Kerja Sama Militer Rusia dan Korea Utara'],
      ['paragraph', 'WASHINGTON DC - Presiden Rusia Vladimir Putin telah bertemu dengan pemimpin Korea Utara Kim Jong Un pada Rabu (13/9/2023).[1]'],
      ['heading', 'Kecemasan di Washington'],
      ['paragraph', 'Juru bicara Dewan Keamanan Nasional AS, John Kirby mengatakan,\ntidak ada satupun negara yang boleh membantu Putin.'],
      ['list-item', 'Transfer senjata'],
      ['list-item', 'Teknologi satelit'],
      ['list-item', 'Sanksi tambahan'],
      ['table-cell', 'Negara'],
      ['table-cell', 'Sikap'],
      ['table-cell', 'Korea Selatan'],
      ['table-cell', 'Mengancam konsekuensi serius'],
      ['heading', 'Sumber: Kompas.com'],
      ['paragraph', 'Sumber: VOA Indonesia.'],
    ]);
  });

  it('reads back every paragraph of a real Indonesian article unchanged', async () => {
    const paragraphs = splitParagraphs(readFileSync(corpusFile('id', '004'), 'utf8')).paragraphs;
    const doc = await readDocx(await buildDocxFromParagraphs(paragraphs));
    expect(doc.blocks.map((b) => b.source)).toEqual(paragraphs);
  });

  it('refuses an empty file', async () => {
    await expect(readDocx(new Uint8Array())).rejects.toThrow(/empty/);
  });

  it('refuses a PNG renamed to .docx, saying what it is in either language', async () => {
    const error = await readDocx(PNG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toBe('This is not a Word document (.docx): it is a PNG image');
    expect(renderMessage((error as FormatError).text, 'id')).toBe('Berkas ini bukan dokumen Word (.docx), melainkan gambar PNG');
  });

  it('refuses a truncated DOCX as damaged', async () => {
    const truncated = article.slice(0, Math.floor(article.length / 2));
    const error = await readDocx(truncated).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toBe('This Word document (.docx) is damaged and cannot be read (the ZIP package is incomplete or corrupt)');
  });

  it('refuses a ZIP that is not a Word document, and an Excel workbook renamed to .docx', async () => {
    const zip = new JSZip();
    zip.file('catatan.txt', 'bukan dokumen Word');
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    await expect(readDocx(bytes)).rejects.toThrow('This is not a Word document (.docx): it is a ZIP archive of other files');
    await expect(readDocx(await buildBilingualWorkbook())).rejects.toThrow('This is not a Word document (.docx): it is an Excel workbook (.xlsx)');
  });

  it('refuses a Word document with no text', async () => {
    const zip = await JSZip.loadAsync(article);
    const xml = await zip.file('word/document.xml')?.async('string');
    const emptied = (xml ?? '').replace(/<w:body>[\s\S]*<\/w:body>/, '<w:body></w:body>');
    zip.file('word/document.xml', emptied);
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    await expect(readDocx(bytes)).rejects.toThrow(new FormatError(say('docx.noText')));
    await expect(readDocx(bytes)).rejects.toThrow('The document has no text to translate');
  });

  it("says in one message which parts of the document the converter ignored, in either language", async () => {
    const zip = await JSZip.loadAsync(article);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const odd = Array.from({ length: 12 }, (_, i) => `<w:odd${i}/>`).join('');
    zip.file('word/document.xml', xml.replace('<w:body>', `<w:body><w:p><w:r><w:t>Halo</w:t>${odd}</w:r></w:p>`));
    const doc = await readDocx(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })));
    expect(doc.warnings.map((w) => w.message)).toEqual([
      'Some parts of the Word document were not read (w:odd0, w:odd1, w:odd2, w:odd3, w:odd4); if text is missing, check those places in Word (for example, accept tracked changes or convert content controls to text) and import again',
    ]);
    expect(renderMessage(doc.warnings[0]!.text, 'id')).toMatch(/^Beberapa bagian dokumen Word tidak terbaca \(w:odd0/);
  });

  it('keeps the committed fixture readable', async () => {
    const doc = await readDocx(readFileSync(path.join(FIXTURES_DIR, 'docs/artikel.docx')));
    expect(doc.blocks[0]).toEqual({ kind: 'title', source: 'AS Terusik dengan Kerja Sama Militer Rusia dan Korea Utara' });
    expect(doc.blocks).toHaveLength(13);
  });
});
