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
