import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

describe('segmentText', () => {
  it('gives one unit a paragraph by default', () => {
    const { units, mode } = segmentText('Satu. Dua.\n\nTiga.', { lang: 'id' });
    expect(mode).toBe('blank-line');
    expect(units).toEqual([
      { text: 'Satu. Dua.', paragraph: 0 },
      { text: 'Tiga.', paragraph: 1 },
    ]);
  });

  it('cuts the glued corpus article into sentences that remember their paragraph', () => {
    const { units } = segmentText(readFileSync(corpusFile('id', '001'), 'utf8'), { lang: 'id', sentences: true });
    expect(units.filter((u) => u.paragraph === 1)).toHaveLength(20);
    expect(units.at(-1)).toEqual({ text: 'COPYRIGHT © ANTARA 2023', paragraph: 4 });
  });
});
