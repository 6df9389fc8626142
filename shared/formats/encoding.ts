import { FormatError } from '../model/imported';
import { say } from '../messages/text';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  /** What the bytes were read as: a WHATWG encoding name (`windows-1254`, `shift_jis`, …). */
  readonly encoding: TextEncodingName | (string & {});
  readonly hadBom: boolean;
  /** True when the XML declaration named the encoding (so it was not a guess). */
  readonly declared?: boolean;
}

/**
 * Decodes a text file whose encoding the user does not know.
 *
 * A BOM decides; then the encoding an XML declaration names (TBX, TMX, XLIFF from older tools:
 * windows-1254, ISO-8859-x, Shift_JIS, GB18030); otherwise valid UTF-8 is UTF-8, BOM-less UTF-16 is recognised by its NUL
 * pattern, and anything else that still looks like text is windows-1252 (what Word and older
 * Windows editors save Indonesian text as). Binary files are refused rather than imported as
 * garbage.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, hadBom: false };
  if (looksBinary(bytes)) {
    throw new FormatError(say('encoding.binary'));
  }
  const declared = declaredXmlEncoding(bytes);
  if (declared !== undefined) return decodeDeclared(bytes, declared);
  try {
    return { text: strictUtf8(bytes), encoding: 'utf-8', hadBom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom: false };
  }
}

/**
 * The encoding an XML declaration (`<?xml version="1.0" encoding="windows-1254"?>`) names, read
 * from the bytes before decoding: the declaration itself is ASCII in every encoding it may name
 * once UTF-16 is ruled out.
 */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 256)));
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const declaration = end === -1 ? head : head.slice(0, end);
  return /\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(declaration)?.[1];
}

function decodeDeclared(bytes: Uint8Array, label: string): DecodedText {
  const decoder = fatalDecoder(label);
  const encoding = decoder.encoding;
  if (encoding === 'utf-8') {
    // Files that say UTF-8 and are not are common (saved again by an editor): read them as before.
    try {
      return { text: strictUtf8(bytes), encoding: 'utf-8', hadBom: false, declared: true };
    } catch {
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom: false };
    }
  }
  // ISO-8859-1 and US-ASCII are windows-1252 for WHATWG; Node's decoder gets 0x80–0x9F wrong.
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding, hadBom: false, declared: true };
  if (encoding.startsWith('utf-16')) return { text: new TextDecoder(encoding).decode(bytes), encoding, hadBom: false, declared: true };
  try {
    return { text: decoder.decode(bytes), encoding, hadBom: false, declared: true };
  } catch {
    throw new FormatError(say('encoding.notAsDeclared', { encoding: label }));
  }
}

function fatalDecoder(label: string) {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new FormatError(say('encoding.unknownDeclared', { encoding: label }));
  }
}

function strictUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** BOM-less UTF-16: mostly-Latin text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters in the first 8 KiB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** 0x80–0x9F of windows-1252; Node's TextDecoder treats that label as Latin-1, browsers do not. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars: string[] = new Array(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j] as number;
      chars[j] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}
