/**
 * Recognises what a file really is from its first bytes, so a renamed file gets a message that
 * says what it is instead of a library's parse error.
 */
import JSZip from 'jszip';
import { say, type Said } from '../../../shared/messages/text';

const SIGNATURES: ReadonlyArray<{ readonly bytes: readonly number[]; readonly what: Said }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: say('document.kindPng') },
  { bytes: [0xff, 0xd8, 0xff], what: say('document.kindJpeg') },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: say('document.kindGif') },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: say('document.kindPdf') },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: say('document.kindOldOffice') },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: say('document.kindRtf') },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Null when the bytes start like a ZIP package; otherwise why it is not `expected` ("a Word document"). */
export function describeNonZip(bytes: Uint8Array, expected: Said): Said | null {
  if (bytes.length === 0) return say('document.emptyNotKind', { expected });
  if (startsWith(bytes, ZIP)) return null;
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  return known ? say('document.otherKind', { expected, what: known.what }) : say('document.notZip', { expected });
}

export type OfficePackage = 'docx' | 'xlsx' | 'pptx' | 'opendocument' | 'zip';

const PACKAGE_NAMES: Record<OfficePackage, Said> = {
  docx: say('document.kindDocx'),
  xlsx: say('document.kindXlsx'),
  pptx: say('document.kindPptx'),
  opendocument: say('document.kindOpenDocument'),
  zip: say('document.kindZip'),
};

/** Which kind of Office package a ZIP is, from its part names; null when the ZIP cannot be read. */
export async function officePackageKind(bytes: Uint8Array): Promise<OfficePackage | null> {
  let names: string[];
  try {
    names = Object.keys((await JSZip.loadAsync(bytes)).files);
  } catch {
    return null;
  }
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  if (names.includes('ppt/presentation.xml')) return 'pptx';
  if (names.includes('content.xml') && names.includes('mimetype')) return 'opendocument';
  return 'zip';
}

/**
 * Null when the bytes are a readable package of the `expected` kind; otherwise the message to
 * show: empty, another file type, a damaged ZIP or another kind of package.
 */
export async function checkOfficePackage(bytes: Uint8Array, expected: 'docx' | 'xlsx'): Promise<Said | null> {
  const expectedKind = PACKAGE_NAMES[expected];
  const notZip = describeNonZip(bytes, expectedKind);
  if (notZip) return notZip;
  const kind = await officePackageKind(bytes);
  if (kind === null) return expected === 'docx' ? say('docx.damagedPackage') : say('xlsx.damagedPackage');
  if (kind !== expected) return say('document.otherKind', { expected: expectedKind, what: PACKAGE_NAMES[kind] });
  return null;
}
