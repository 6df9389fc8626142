import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../shared/formats/md/md-reader';
import { splitParagraphs } from '../../../../shared/formats/txt/txt';
import { corpusFile } from '../../../support/paths';

describe('readMarkdown keeps real article text intact', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`reads back every paragraph of corpus article ${prefix} unchanged`, () => {
      const paragraphs = splitParagraphs(readFileSync(corpusFile('id', prefix), 'utf8')).paragraphs;
      const doc = readMarkdown(paragraphs.join('\n\n'));
      expect(doc.blocks.map((b) => b.source)).toEqual(paragraphs);
      expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    });
  }
});
