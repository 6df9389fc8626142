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
