/**
 * Recognises what a file really is from its first bytes, so a renamed file gets a message that
 * says what it is instead of a library's parse error.
 */

const SIGNATURES: ReadonlyArray<{ readonly bytes: readonly number[]; readonly what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Office 97–2003 file (.doc/.xls); save it in the newer format first' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Null when the bytes start like a ZIP package; otherwise a message saying why it is not `expected`. */
export function describeNonZip(bytes: Uint8Array, expected: string): string | null {
  if (bytes.length === 0) return `The file is empty, not a ${expected}`;
  if (startsWith(bytes, ZIP)) return null;
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  return known ? `This is not a ${expected}: it is ${known.what}` : `This is not a ${expected}: it is not a ZIP package`;
}
