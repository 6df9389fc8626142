import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../../shared/formats/html/html-reader';
import { splitParagraphs } from '../../../../shared/formats/txt/txt';
import { corpusFile } from '../../../support/paths';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

describe('readHtml keeps real article text intact', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`reads back every paragraph of corpus article ${prefix} unchanged`, () => {
      const paragraphs = splitParagraphs(readFileSync(corpusFile('id', prefix), 'utf8')).paragraphs;
      const page = `<html lang="id"><body><article>\n${paragraphs.map((p) => `  <p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`).join('\n')}\n</article></body></html>`;
      expect(readHtml(page).blocks.map((b) => b.source)).toEqual(paragraphs);
    });
  }
});
