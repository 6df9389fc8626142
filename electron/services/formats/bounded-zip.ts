/**
 * Reads an Office package (a ZIP) without trusting what its headers say about sizes.
 *
 * The central directory is read here (zip64 included), each XML part is inflated with a running
 * cap on the bytes it really produces, and inflation stops the moment the package's total would
 * pass the limit: a few kilobytes that under-declare their size cannot take gigabytes of memory.
 * Binary parts (images, embedded files, fonts) are never inflated: no reader of ours uses them,
 * they are handed on empty. The readers (mammoth, exceljs) then get only the verified parts.
 */
import { inflateRaw } from 'node:zlib';

/** One file in the package, as the central directory describes it (sizes as declared). */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** The package is not a ZIP that can be read (truncated, corrupt, encrypted, unknown method). */
export class DamagedZipError extends Error {
  constructor(detail: string) {
    super(`damaged ZIP package: ${detail}`);
    this.name = 'DamagedZipError';
  }
}

/** The package's text parts unpack to more than the limit; `inflatedBytes` is how far inflation got. */
export class UnpackLimitError extends Error {
  constructor(
    readonly limit: number,
    readonly inflatedBytes: number,
    readonly declaredBytes: number,
  ) {
    super(`the package unpacks to more than ${limit} bytes`);
    this.name = 'UnpackLimitError';
  }
}

/** The parts whose text a reader parses: XML, relationships and VML drawings. */
export function isTextPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

function u64(view: Buffer, at: number): number {
  const value = view.readBigUInt64LE(at);
  // Beyond 2^53 no offset or size is real; saying "larger than any limit" is enough.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function need(bytes: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || at + length > bytes.length) throw new DamagedZipError(`${what} lies outside the file`);
}

/** The entries of the central directory, with zip64 sizes and offsets read as 64-bit numbers. */
export function readCentralDirectory(input: Uint8Array): ZipEntryInfo[] {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_16); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new DamagedZipError('no end of central directory');
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (count === MAX_16 || offset === MAX_32 || bytes.readUInt32LE(eocd + 12) === MAX_32) {
    const locator = eocd - 20;
    if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const at = u64(bytes, locator + 8);
      need(bytes, at, 56, 'the zip64 directory');
      if (bytes.readUInt32LE(at) !== ZIP64_EOCD) throw new DamagedZipError('bad zip64 directory');
      count = u64(bytes, at + 32);
      offset = u64(bytes, at + 48);
    }
  }
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, at, 46, 'a central directory entry');
    if (bytes.readUInt32LE(at) !== CENTRAL) throw new DamagedZipError('bad central directory entry');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let declaredSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    let localHeaderOffset = bytes.readUInt32LE(at + 42);
    need(bytes, at + 46, nameLength + extraLength, 'an entry name');
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    // zip64: the extended information field holds, in this order, whichever sizes were 0xFFFFFFFF.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = bytes.readUInt16LE(x);
      const size = bytes.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        const end = field + size;
        if (declaredSize === MAX_32 && field + 8 <= end) {
          declaredSize = u64(bytes, field);
          field += 8;
        }
        if (compressedSize === MAX_32 && field + 8 <= end) {
          compressedSize = u64(bytes, field);
          field += 8;
        }
        if (localHeaderOffset === MAX_32 && field + 8 <= end) localHeaderOffset = u64(bytes, field);
      }
      x += 4 + size;
    }
    if (flags & 0x1) throw new DamagedZipError(`${name} is encrypted`);
    entries.push({ name, method, compressedSize, declaredSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What the text parts declare they unpack to (64-bit sizes: zip64 entries of 4 GiB and more count in full). */
export function declaredTextBytes(entries: readonly ZipEntryInfo[]): number {
  return entries.filter((e) => isTextPart(e.name)).reduce((sum, e) => sum + e.declaredSize, 0);
}

function inflateCapped(data: Buffer, maxOutputLength: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxOutputLength stops inflation as soon as the output passes it (memory stays at the cap).
    inflateRaw(data, { maxOutputLength: Math.max(1, maxOutputLength) }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export interface BoundedPackage {
  /** Every file of the package: text parts inflated, binary parts empty. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Bytes really inflated (the text parts' true total). */
  readonly inflatedBytes: number;
}

/**
 * Inflates the package's text parts, refusing (UnpackLimitError) as soon as their real total
 * passes `limit`, whatever the headers declare. Memory stays near the limit.
 */
export async function unpackBounded(input: Uint8Array, limit: number): Promise<BoundedPackage> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const entries = readCentralDirectory(bytes);
  const declared = declaredTextBytes(entries);
  if (declared > limit) throw new UnpackLimitError(limit, 0, declared);
  const files = new Map<string, Uint8Array>();
  let inflated = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (!isTextPart(entry.name)) {
      files.set(entry.name, new Uint8Array(0));
      continue;
    }
    const local = entry.localHeaderOffset;
    need(bytes, local, 30, `the local header of ${entry.name}`);
    if (bytes.readUInt32LE(local) !== LOCAL) throw new DamagedZipError(`bad local header for ${entry.name}`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    // The compressed size may be under-declared too: inflate from the data to the end of the
    // file at most; the deflate stream ends by itself.
    const end = Math.min(bytes.length, start + entry.compressedSize);
    const data = entry.method === 8 ? bytes.subarray(start, bytes.length) : bytes.subarray(start, end);
    const room = limit - inflated;
    let content: Buffer;
    if (entry.method === 0) {
      if (data.length > room) throw new UnpackLimitError(limit, inflated + data.length, declared);
      content = data;
    } else if (entry.method === 8) {
      try {
        content = await inflateCapped(data, room + 1);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new UnpackLimitError(limit, inflated + room + 1, declared);
        throw new DamagedZipError(`${entry.name} cannot be inflated`);
      }
      if (content.length > room) throw new UnpackLimitError(limit, inflated + content.length, declared);
    } else {
      throw new DamagedZipError(`${entry.name} uses compression method ${entry.method}`);
    }
    inflated += content.length;
    files.set(entry.name, content);
  }
  return { files, inflatedBytes: inflated };
}

/** The verified parts as a stored (uncompressed) ZIP, for readers that only take ZIP bytes. */
export async function storedZip(files: ReadonlyMap<string, Uint8Array>): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** The verified parts in the shape mammoth reads a package through (its `file` input). */
export function mammothFile(files: ReadonlyMap<string, Uint8Array>): {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: Uint8Array | string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
} {
  const map = new Map(files);
  return {
    exists: (name) => map.has(name),
    read: (name, encoding) => {
      const content = map.get(name);
      if (content === undefined) return Promise.reject(new Error(`no ${name} in the package`));
      if (encoding === 'base64') return Promise.resolve(Buffer.from(content).toString('base64'));
      if (encoding) return Promise.resolve(new TextDecoder(encoding).decode(content));
      return Promise.resolve(content);
    },
    write: (name, contents) => void map.set(name, typeof contents === 'string' ? Buffer.from(contents) : contents),
    toArrayBuffer: async () => {
      const stored = await storedZip(map);
      return stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
    },
  };
}
