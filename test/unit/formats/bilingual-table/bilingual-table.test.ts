import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringifyCsv } from '../../../../shared/formats/csv/csv';
import { splitParagraphs } from '../../../../shared/formats/txt/txt';
import { detectColumns, readBilingualDelimited, readBilingualTable, sniffDelimiter } from '../../../../shared/formats/bilingual-table/bilingual-table';
import { FormatError } from '../../../../shared/model';
import { renderMessage } from '../../../../shared/messages/text';
import { corpusFile } from '../../../support/paths';

const source = splitParagraphs(readFileSync(corpusFile('id', '000'), 'utf8')).paragraphs;
const draft = splitParagraphs(readFileSync(corpusFile('en-drafts', '000', '.mt.en.txt'), 'utf8')).paragraphs;
const pairs = source.map((s, i) => [s, draft[i] ?? '']);

describe('readBilingualDelimited', () => {
  it('reads a semicolon CSV exported by Indonesian Excel, with BOM and an Indonesian header', () => {
    const text = stringifyCsv([['Sumber', 'Terjemahan'], ...pairs], { delimiter: ';', bom: true });
    const doc = readBilingualDelimited(text, 'csv');
    expect(doc.format).toBe('csv');
    expect(doc.blocks).toHaveLength(22);
    expect(doc.blocks[0]).toEqual({ source: source[0], kind: 'paragraph', draft: draft[0], draftOrigin: 'import', origin: { unitId: '2' } });
    expect(doc.blocks.every((b, i) => b.source === source[i] && b.draft === draft[i])).toBe(true);
  });

  it('reads comma CSV whose quoted fields hold commas, semicolons and line breaks', () => {
    const text = 'source,target\r\n"Kim, pemimpin Korut; tiba.","Kim, the North Korean leader; arrived."\r\n"Baris satu\nbaris dua",Line one\r\n';
    const doc = readBilingualDelimited(text, 'csv');
    expect(doc.blocks.map((b) => [b.source, b.draft])).toEqual([
      ['Kim, pemimpin Korut; tiba.', 'Kim, the North Korean leader; arrived.'],
      ['Baris satu\nbaris dua', 'Line one'],
    ]);
  });

  it('reads TSV without a header from the first two columns', () => {
    const doc = readBilingualDelimited('Korea Utara\tNorth Korea\nDewan Keamanan PBB\tUN Security Council\n', 'tsv');
    expect(doc.format).toBe('tsv');
    expect(doc.blocks.map((b) => [b.source, b.draft])).toEqual([
      ['Korea Utara', 'North Korea'],
      ['Dewan Keamanan PBB', 'UN Security Council'],
    ]);
  });

  it('refuses an empty file and binary data', () => {
    expect(() => readBilingualDelimited('', 'csv')).toThrow(FormatError);
    expect(() => readBilingualDelimited('\r\n\t\r\n', 'tsv')).toThrow(/empty/);
    expect(() => readBilingualDelimited('PK\u0003\u0004\u0000\u0000', 'csv')).toThrow(/binary/);
  });
});

describe('sniffDelimiter', () => {
  it('tells comma, semicolon and tab files apart, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('a,b\nc,d\n')).toBe(',');
    expect(sniffDelimiter('Sumber;Terjemahan\n"Rp 1,5 triliun, kata dia";"Rp 1.5 trillion, he said"\n')).toBe(';');
    expect(sniffDelimiter('id\ten\n"a, b"\tc\n')).toBe('\t');
  });
});

describe('readBilingualTable', () => {
  it('finds the columns by their header names in any order, with notes and languages', () => {
    const doc = readBilingualTable(
      [
        ['No', 'English', 'Catatan', 'Bahasa Indonesia'],
        ['1', 'North Korea', 'check name', 'Korea Utara'],
        ['2', '', '', 'Korea Selatan'],
      ],
      'xlsx',
    );
    expect(doc).toMatchObject({ format: 'xlsx', sourceLang: 'id', targetLang: 'en' });
    expect(doc.blocks).toEqual([
      { source: 'Korea Utara', kind: 'paragraph', draft: 'North Korea', draftOrigin: 'import', notes: ['check name'], origin: { unitId: '2' } },
      // A row with a source and no translation yet is a block without a draft.
      { source: 'Korea Selatan', kind: 'paragraph', origin: { unitId: '3' } },
    ]);
  });

  it('prefers a named source column over an "ID" row-number column', () => {
    expect(detectColumns([['ID', 'Indonesian', 'Translation'], ['1', 'a', 'b']])).toMatchObject({ source: 1, target: 2, headerRow: 0 });
    expect(detectColumns([['ID', 'EN'], ['a', 'b']])).toMatchObject({ source: 0, target: 1, headerRow: 0, sourceLang: 'id', targetLang: 'en' });
  });

  it('finds a header below title rows, as in a client spreadsheet', () => {
    const doc = readBilingualTable(
      [['Daftar terjemahan: Kunjungan Kim ke Rusia'], ['15 September 2023', ''], [], ['Bahasa Indonesia', 'Terjemahan'], ['Korea Utara', 'North Korea']],
      'xlsx',
    );
    expect(doc.blocks.map((b) => [b.source, b.draft])).toEqual([['Korea Utara', 'North Korea']]);
    expect(doc.warnings.map((w) => w.message)).toEqual(['Skipped 2 title row(s) above the header row']);
  });

  it('does not take a data row that mentions Indonesia for a header', () => {
    const doc = readBilingualTable([['Indonesia merdeka', 'Indonesia is independent'], ['Satu', 'One']], 'csv');
    expect(doc.blocks.map((b) => b.source)).toEqual(['Indonesia merdeka', 'Satu']);
  });

  it('skips blank rows and warns about translations without a source', () => {
    const doc = readBilingualTable([['source', 'target'], ['', ''], ['  Satu ', ' One '], ['', 'Orphan'], []], 'csv');
    expect(doc.blocks.map((b) => [b.source, b.draft, b.origin?.unitId])).toEqual([['Satu', 'One', '3']]);
    expect(doc.warnings.map((w) => w.message)).toEqual(['1 row(s) have a translation but no source text and were skipped: row 4']);
    expect(doc.warnings.map((w) => renderMessage(w.text, 'id'))).toEqual(['1 baris berisi terjemahan tetapi tidak berisi teks sumber sehingga dilewati: baris 4']);
  });

  it('refuses a table whose source column is empty', () => {
    expect(() => readBilingualTable([['Sumber', 'Terjemahan'], ['', 'Only English']], 'xlsx')).toThrow(/no source text/);
  });
});
