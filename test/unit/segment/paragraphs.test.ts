import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

const read = (folder: 'id' | 'en-drafts', prefix: string, suffix?: string): string =>
  readFileSync(corpusFile(folder, prefix, suffix), 'utf8');

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    const split = splitParagraphs('Judul\n\nKompas.com - 15/09/2023\nIrawan Sapto Adhi\n\nIsi berita.\n');
    expect(split.mode).toBe('blank-line');
    expect(split.paragraphs).toEqual(['Judul', 'Kompas.com - 15/09/2023\nIrawan Sapto Adhi', 'Isi berita.']);
  });

  it('treats a file without blank lines as one paragraph a line', () => {
    const split = splitParagraphs('Satu.\r\nDua.\r\nTiga.');
    expect(split).toEqual({ mode: 'line', paragraphs: ['Satu.', 'Dua.', 'Tiga.'] });
  });

  it('honours an explicit mode', () => {
    expect(splitParagraphs('a\nb\n\nc', 'line').paragraphs).toEqual(['a', 'b', 'c']);
    expect(splitParagraphs('a\nb\nc', 'blank-line').paragraphs).toEqual(['a\nb\nc']);
  });

  it('counts lines of spaces and no-break spaces as blank and trims trailing no-break spaces', () => {
    const split = splitParagraphs('\ufeffSatu.\u00a0\n \u00a0 \nDua.');
    expect(split.paragraphs).toEqual(['Satu.', 'Dua.']);
  });

  it('reads the corpus files in the shape they have', () => {
    expect(splitParagraphs(read('id', '000')).paragraphs).toHaveLength(22);
    expect(splitParagraphs(read('en-drafts', '000', '.mt.en.txt')).paragraphs).toHaveLength(22);
    expect(splitParagraphs(read('id', '004')).paragraphs).toHaveLength(27);
    expect(splitParagraphs(read('en-drafts', '004', '.human.en.txt')).paragraphs).toHaveLength(17);
    const oneALine = splitParagraphs(read('id', '002'));
    expect(oneALine.mode).toBe('line');
    expect(oneALine.paragraphs[0]).toBe('Putin-Kim Bahas Kerja Sama Militer, PBB Didesak Jatuhkan Sanksi Ke Korut Rusia');
    expect(oneALine.paragraphs).toHaveLength(29);
  });
});
