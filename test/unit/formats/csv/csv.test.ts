import { describe, expect, it } from 'vitest';
import { parseCsv, stringifyCsv } from '../../../../shared/formats/csv/csv';

describe('CSV', () => {
  it('round-trips quotes, delimiters and line breaks inside fields', () => {
    const rows = [
      ['id', 'source', 'target'],
      ['s1', 'Dia berkata, "ya"', 'He said, "yes"'],
      ['s2', 'Baris satu\nbaris dua', ' leading space'],
    ];
    const text = stringifyCsv(rows);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('writes a BOM on request so spreadsheets detect UTF-8, and reads past it', () => {
    const text = stringifyCsv([['sanksi', 'sanctions']], { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text)).toEqual([['sanksi', 'sanctions']]);
  });

  it('supports semicolon and tab delimiters', () => {
    expect(parseCsv('a;b\r\n"c;d";e', { delimiter: ';' })).toEqual([['a', 'b'], ['c;d', 'e']]);
    expect(stringifyCsv([['a\tb', 'c']], { delimiter: '\t' })).toBe('"a\tb"\tc\r\n');
  });
});

describe('CSV: a quote closed on a later line with text after it', () => {
  const merged = 'id,source,target\ns1,"Dia berkata,He said\ns2,Ya" katanya,Yes he said\n';

  it('is refused with the line numbers instead of merging two rows into one cell', () => {
    let message = '';
    try {
      parseCsv(merged, { strict: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/line 2 is closed only on line 3/);
  });

  it('keeps a real multi-line cell and a quote in the middle of one line as they were', () => {
    expect(parseCsv('s1,"baris satu\nbaris dua",x\n', { strict: true })).toEqual([['s1', 'baris satu\nbaris dua', 'x']]);
    expect(parseCsv('s1,"Ya" katanya,x\n', { strict: true })).toEqual([['s1', 'Ya katanya', 'x']]);
  });
});
