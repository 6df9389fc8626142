import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../electron/services/formats/xlsx';
import { FormatError } from '../../../shared/model';
import { renderMessage, say } from '../../../shared/messages/text';
import { FIXTURES_DIR } from '../../support/paths';
import { buildArticleDocx, buildBilingualWorkbook, buildWorkbook } from './build-fixtures';

describe('readXlsx', () => {
  it('reads the first worksheet with text, flattening rich text, formulas and hyperlinks', async () => {
    const doc = await readXlsx(await buildBilingualWorkbook());
    expect(doc).toMatchObject({ format: 'xlsx', sourceLang: 'id', targetLang: 'en', warnings: [] });
    expect(doc.blocks.map((b) => [b.origin?.unitId, b.source, b.draft, b.notes])).toEqual([
      ['2', 'Korut-Rusia Makin Mesra di Sektor Militer, Barat Ketar-Ketir?', 'North Korea-Russia Grow Closer in the Military Sector, West Worried?', undefined],
      ['3', 'Kim Jong Un, pemimpin Korut, memeriksa pabrik jet tempur Rusia.', 'Kim Jong Un, the North Korean leader, inspected a Russian fighter jet plant.', ['cek istilah']],
      ['5', 'Pabrik Yakovlev', 'Yakovlev Plant', undefined],
      ['6', 'Dewan Keamanan PBB', undefined, undefined],
    ]);
  });

  it('reads a sheet without a header from its first two columns, keeping line breaks in cells', async () => {
    const bytes = await buildWorkbook((wb) => {
      const sheet = wb.addWorksheet('Sheet1');
      sheet.addRow(['Baris satu\r\nbaris dua', 'Line one\nline two']);
      sheet.addRow([2023, true]);
    });
    const doc = await readXlsx(bytes);
    expect(doc.blocks.map((b) => [b.source, b.draft])).toEqual([
      ['Baris satu\nbaris dua', 'Line one\nline two'],
      ['2023', 'true'],
    ]);
  });

  it('prefers a visible sheet to a hidden one that comes first', async () => {
    const bytes = await buildWorkbook((wb) => {
      const lookup = wb.addWorksheet('Daftar');
      lookup.addRow(['tersembunyi', 'hidden']);
      lookup.state = 'hidden';
      wb.addWorksheet('Terjemahan').addRow(['terlihat', 'visible']);
    });
    expect((await readXlsx(bytes)).blocks.map((b) => b.source)).toEqual(['terlihat']);
  });

  it('reads the first sheet with text and says which other sheets with text were left out', async () => {
    const bytes = await buildWorkbook((wb) => {
      wb.addWorksheet('Bab 1').addRows([['source', 'target'], ['Satu.', 'One.']]);
      wb.addWorksheet('Kosong');
      wb.addWorksheet('Bab 2').addRows([['source', 'target'], ['Dua.', 'Two.']]);
      wb.addWorksheet('Bab 3').addRows([['Tiga.', 'Three.']]);
    });
    const doc = await readXlsx(bytes);
    expect(doc.blocks.map((b) => b.source)).toEqual(['Satu.']);
    expect(doc.warnings.map((w) => w.message)).toContain('Only the sheet "Bab 1" was imported; these sheets with text were not: Bab 2, Bab 3. Save each as its own file to import it.');
  });

  it('refuses a workbook with no data', async () => {
    const bytes = await buildWorkbook((wb) => {
      wb.addWorksheet('Kosong');
      wb.addWorksheet('Juga kosong').addRow(['', '  ']);
    });
    await expect(readXlsx(bytes)).rejects.toThrow(new FormatError(say('xlsx.noText')));
    await expect(readXlsx(bytes)).rejects.toThrow('The Excel workbook (.xlsx) has no cells with text');
  });

  it('refuses a worksheet whose source column is empty, naming the sheet', async () => {
    const bytes = await buildWorkbook((wb) => {
      const sheet = wb.addWorksheet('Draf');
      sheet.addRow(['Sumber', 'Terjemahan']);
      sheet.addRow(['', 'Only English']);
    });
    const error = await readXlsx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).message).toBe('The table has no source text: the source column is empty (worksheet "Draf")');
    // The interface says the same in Indonesian, sheet name and all.
    expect(renderMessage((error as FormatError).text, 'id')).toBe('Tabel ini tidak berisi teks sumber: kolom sumbernya kosong (lembar kerja "Draf")');
  });

  it('refuses an empty file, a PNG, a truncated workbook and a Word document renamed to .xlsx', async () => {
    await expect(readXlsx(new Uint8Array())).rejects.toThrow(/empty/);
    await expect(readXlsx(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).rejects.toThrow('it is a PNG image');
    const workbook = await buildBilingualWorkbook();
    await expect(readXlsx(workbook.slice(0, workbook.length - 200))).rejects.toThrow(/^This Excel workbook \(\.xlsx\) is damaged/);
    await expect(readXlsx(await buildArticleDocx())).rejects.toThrow('This is not an Excel workbook (.xlsx): it is a Word document (.docx)');
  });

  it('keeps the committed fixture readable', async () => {
    const doc = await readXlsx(readFileSync(path.join(FIXTURES_DIR, 'docs/bilingual.xlsx')));
    expect(doc.blocks).toHaveLength(4);
  });
});
