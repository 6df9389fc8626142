import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTxt } from '../../../../shared/formats/txt/txt';
import { splitParagraphs } from '../../../../shared/segment/paragraphs';
import { corpusFile } from '../../../support/paths';

describe('plain-text paragraphs', () => {
  it('keeps a single line break inside a blank-line separated paragraph', () => {
    const { paragraphs, mode } = splitParagraphs('Judul\n\nBaris satu\nbaris dua\n\n\nAkhir\n');
    expect(mode).toBe('blank-line');
    expect(paragraphs).toEqual(['Judul', 'Baris satu\nbaris dua', 'Akhir']);
  });

  it('treats a file without blank lines as one paragraph a line', () => {
    const text = readFileSync(corpusFile('id', '002'), 'utf8');
    const { paragraphs, mode } = splitParagraphs(text);
    expect(mode).toBe('line');
    expect(paragraphs.length).toBe(text.split('\n').filter((l) => l.trim()).length);
  });

  it('lets the user override the automatic choice', () => {
    expect(splitParagraphs('a\nb\n', 'blank-line').paragraphs).toEqual(['a\nb']);
    expect(splitParagraphs('a\n\nb\nc', 'line').paragraphs).toEqual(['a', 'b', 'c']);
  });

  it('reads the 000 article as 22 paragraphs, CRLF or LF', () => {
    const text = readFileSync(corpusFile('id', '000'), 'utf8');
    expect(readTxt(text).blocks).toHaveLength(22);
    expect(readTxt(text.replace(/\n/g, '\r\n')).blocks).toHaveLength(22);
  });

  it('refuses an empty file', () => {
    expect(() => readTxt(' \n\n \n')).toThrow(/no text/);
  });
});
