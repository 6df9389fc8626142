/**
 * Recognises what a file really is from its first bytes, so a renamed file gets a message that
 * says what it is instead of a library's parse error.
 */
import type JSZip from 'jszip';
import { FormatError } from '../../../shared/model';
import { say, type Said } from '../../../shared/messages/text';
import { formatBytes } from '../files';
import { type BoundedPackage, DamagedZipError, declaredTextBytes, readCentralDirectory, UnpackLimitError, unpackBounded } from './bounded-zip';

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

/**
 * The most text and markup an Office package may unpack to. A long book's document.xml is tens
 * of megabytes; a few kilobytes that unpack to gigabytes (a "zip bomb") would take the memory of
 * the whole machine before any reader could refuse them.
 */
export const MAX_UNPACKED_XML_BYTES = 200 * 1024 * 1024;

/** What the package's XML parts unpack to, from the sizes the ZIP declares (nothing is inflated). */
export function unpackedXmlBytes(zip: JSZip): number {
  let total = 0;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    // JSZip keeps each entry's declared size from the central directory.
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    // Read as a signed 32-bit number by JSZip: sizes of 2 GB and more come out negative.
    total += typeof declared === 'number' ? declared >>> 0 : 0;
  }
  return total;
}

/**
 * Null when an Office package is small enough to unpack; otherwise why it is refused.
 * Also for packages read elsewhere (the reviewer's DOCX).
 */
export function checkUnpackedSize(zip: JSZip, expected: Said): Said | null {
  const size = unpackedXmlBytes(zip);
  if (size <= MAX_UNPACKED_XML_BYTES) return null;
  return say('document.unpacksTooLarge', { expected, size: formatBytes(size), limit: formatBytes(MAX_UNPACKED_XML_BYTES) });
}

/** Which kind of Office package a ZIP is, from its part names; null when the ZIP cannot be read. */
export async function officePackageKind(bytes: Uint8Array): Promise<OfficePackage | null> {
  return (await openOfficePackage(bytes))?.kind ?? null;
}

async function openOfficePackage(bytes: Uint8Array): Promise<{ zip: JSZip; kind: OfficePackage } | null> {
  const { default: Zip } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch {
    return null;
  }
  return { zip, kind: kindOf(Object.keys(zip.files)) };
}

function kindOf(names: readonly string[]): OfficePackage {
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
  const opened = await openOfficePackage(bytes);
  if (opened === null) return expected === 'docx' ? say('docx.damagedPackage') : say('xlsx.damagedPackage');
  if (opened.kind !== expected) return say('document.otherKind', { expected: expectedKind, what: PACKAGE_NAMES[opened.kind] });
  return checkUnpackedSize(opened.zip, expectedKind) ?? checkDeclaredSize(bytes, expectedKind);
}

/** The declared sizes read as 64-bit numbers (JSZip cuts zip64 sizes of 4 GiB and more to 32 bits). */
function checkDeclaredSize(bytes: Uint8Array, expected: Said): Said | null {
  let size: number;
  try {
    size = declaredTextBytes(readCentralDirectory(bytes));
  } catch {
    return null; // unpackOfficePackage says it is damaged
  }
  if (size <= MAX_UNPACKED_XML_BYTES) return null;
  return say('document.unpacksTooLarge', { expected, size: formatBytes(size), limit: formatBytes(MAX_UNPACKED_XML_BYTES) });
}

/**
 * The package's parts, its text inflated with a running cap (`limit`): refused with a FormatError
 * as soon as the real unpacked size passes it, whatever the headers declare.
 */
export async function unpackOfficePackage(bytes: Uint8Array, expected: 'docx' | 'xlsx', limit = MAX_UNPACKED_XML_BYTES): Promise<BoundedPackage> {
  try {
    return await unpackBounded(bytes, limit);
  } catch (error) {
    if (error instanceof UnpackLimitError) {
      throw new UnpackRefusedError(
        say('document.unpacksPastLimit', { expected: PACKAGE_NAMES[expected], declared: formatBytes(error.declaredBytes), limit: formatBytes(limit) }),
        error.inflatedBytes,
      );
    }
    if (error instanceof DamagedZipError) throw new FormatError(expected === 'docx' ? say('docx.damagedPackage') : say('xlsx.damagedPackage'));
    throw error;
  }
}

/** A package refused for what it really unpacks to; `inflatedBytes` is how far inflation went. */
export class UnpackRefusedError extends FormatError {
  constructor(
    problem: Said,
    readonly inflatedBytes: number,
  ) {
    super(problem);
  }
}
