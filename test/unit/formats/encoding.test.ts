import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../shared/formats/encoding';

const text = 'Kerja sama militer Rusia–Korut “semakin” terbuka.';

function utf16(s: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toMatchObject({ text, encoding: 'utf-8', hadBom: false });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(withBom)).toMatchObject({ text, encoding: 'utf-8', hadBom: true });
  });

  it('reads UTF-16 little and big endian, with a BOM or without', () => {
    expect(decodeText(utf16(text, false, true))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, true))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decodeText(utf16(text, false, false))).toMatchObject({ text, encoding: 'utf-16le' });
  });

  it('falls back to windows-1252 for text that is not UTF-8', () => {
    // "Café – 5 €" as saved by a Windows editor.
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeText(bytes)).toMatchObject({ text: 'Café – 5 €', encoding: 'windows-1252' });
  });

  it('refuses a binary file with a message that says so', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(/not text/);
  });
});

describe('decodeText with a declared encoding', () => {
  const declared = (encoding: string, body: number[]) =>
    Uint8Array.from([...Buffer.from(`<?xml version="1.0" encoding="${encoding}"?><t>`, 'latin1'), ...body, ...Buffer.from('</t>', 'latin1')]);

  it('reads a Turkish TBX as windows-1254, not as Ýý', () => {
    const out = decodeText(declared('windows-1254', [0xdd, 0xfd, 0xde, 0xfe]));
    expect(out).toMatchObject({ text: '<?xml version="1.0" encoding="windows-1254"?><t>İıŞş</t>', encoding: 'windows-1254', declared: true });
  });

  it('reads ISO-8859-2, Shift_JIS and GB18030 by their labels', () => {
    expect(decodeText(declared('ISO-8859-2', [0xa3, 0xb3])).text).toContain('<t>Łł</t>');
    expect(decodeText(declared('Shift_JIS', [0x93, 0xfa, 0x96, 0x7b])).text).toContain('<t>日本</t>');
    expect(decodeText(declared('GB18030', [0xd6, 0xd0, 0xce, 0xc4])).text).toContain('<t>中文</t>');
  });

  it('refuses an encoding it cannot decode, naming it', () => {
    expect(() => decodeText(declared('x-klingon', [0x41]))).toThrow(/"x-klingon".*save it as UTF-8/);
  });
});

