/**
 * Recognises what a file really is from its first bytes, so a renamed file gets a message that
 * says what it is instead of a library's parse error.
 */
import JSZip from 'jszip';

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

/** Null when the bytes start like a ZIP package; otherwise why it is not `expected` ("a Word document"). */
export function describeNonZip(bytes: Uint8Array, expected: string): string | null {
  if (bytes.length === 0) return `The file is empty, not ${expected}`;
  if (startsWith(bytes, ZIP)) return null;
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  return known ? `This is not ${expected}: it is ${known.what}` : `This is not ${expected}: it is not a ZIP package`;
}

export type OfficePackage = 'docx' | 'xlsx' | 'pptx' | 'opendocument' | 'zip';

const PACKAGE_NAMES: Record<OfficePackage, string> = {
  docx: 'a Word document (.docx)',
  xlsx: 'an Excel workbook (.xlsx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  opendocument: 'an OpenDocument file (.odt/.ods); save it as .docx or .xlsx first',
  zip: 'a ZIP archive of other files',
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
export async function checkOfficePackage(bytes: Uint8Array, expected: 'docx' | 'xlsx'): Promise<string | null> {
  const label = expected === 'docx' ? 'Word document (.docx)' : 'Excel workbook (.xlsx)';
  const withArticle = expected === 'docx' ? `a ${label}` : `an ${label}`;
  const notZip = describeNonZip(bytes, withArticle);
  if (notZip) return notZip;
  const kind = await officePackageKind(bytes);
  if (kind === null) return `This ${label} is damaged and cannot be read (the ZIP package is incomplete or corrupt)`;
  if (kind !== expected) return `This is not ${withArticle}: it is ${PACKAGE_NAMES[kind]}`;
  return null;
}
