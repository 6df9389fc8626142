import JSZip from 'jszip';

/**
 * A small Word document whose ZIP declares that word/document.xml unpacks to `declaredBytes`:
 * what a "zip bomb" looks like to a reader before it inflates anything. The entry itself is tiny,
 * so the test needs neither the memory nor the time of a real one.
 */
export async function zipBombDocx(declaredBytes: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }));
  // Central directory entries (PK\1\2): the uncompressed size is at offset 24, the name at 46.
  for (let at = bytes.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1; at = bytes.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.toString('latin1', at + 46, at + 46 + nameLength) === 'word/document.xml') bytes.writeUInt32LE(declaredBytes, at + 24);
  }
  return bytes;
}

interface RawEntry {
  readonly name: string;
  /** Raw deflate data (method 8). */
  readonly deflated: Buffer;
  /** What the headers say it unpacks to. */
  readonly declaredSize: number;
}

/**
 * A ZIP written by hand, so its headers can lie: each entry declares `declaredSize` whatever it
 * really holds. With `zip64`, sizes and offsets are in zip64 extra fields (0xFFFFFFFF in the
 * classic ones), as in packages of 4 GiB and more.
 */
export function rawZip(entries: readonly RawEntry[], zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zip64 ? 0xffffffff : entry.deflated.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : entry.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (zip64) {
      localExtra.writeUInt16LE(1, 0);
      localExtra.writeUInt16LE(16, 2);
      localExtra.writeBigUInt64LE(BigInt(entry.declaredSize), 4);
      localExtra.writeBigUInt64LE(BigInt(entry.deflated.length), 12);
    }
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(zip64 ? 0xffffffff : entry.deflated.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : entry.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    const extra = zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(entry.declaredSize), 4);
      extra.writeBigUInt64LE(BigInt(entry.deflated.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    const localPart = Buffer.concat([local, name, localExtra, entry.deflated]);
    locals.push(localPart);
    centrals.push(Buffer.concat([central, name, extra]));
    offset += localPart.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  eocd.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : directory.length, 12);
  eocd.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, eocd]);
}

/** Raw deflate of `head`, `fill` repeated to `bytes` bytes, then `tail`, without holding it whole. */
export async function deflateRepeated(head: string, bytes: number, tail: string): Promise<Buffer> {
  const { createDeflateRaw, constants } = await import('node:zlib');
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  const write = (b: Buffer) => new Promise<void>((resolve) => (deflate.write(b) ? resolve() : deflate.once('drain', resolve)));
  await write(Buffer.from(head));
  for (let left = bytes; left > 0; left -= chunk.length) await write(left >= chunk.length ? chunk : chunk.subarray(0, left));
  deflate.end(Buffer.from(tail));
  await done;
  return Buffer.concat(out);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A Word document whose document.xml really unpacks to more than `realBytes` while its headers
 * declare 150 bytes: the size check of the headers passes, only inflation can tell.
 */
export async function underDeclaredDocx(realBytes: number, zip64 = false): Promise<Buffer> {
  const { deflateRawSync } = await import('node:zlib');
  const small = (text: string) => ({ deflated: deflateRawSync(Buffer.from(text)), declaredSize: text.length });
  return rawZip(
    [
      { name: '[Content_Types].xml', ...small('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      {
        name: 'word/document.xml',
        deflated: await deflateRepeated(`<w:document ${W}><w:body><w:p><w:r><w:t>`, realBytes, '</w:t></w:r></w:p></w:body></w:document>'),
        declaredSize: 150,
      },
    ],
    zip64,
  );
}

/** A Word document whose zip64 headers declare `declaredBytes` (4 GiB and more) for a tiny document.xml. */
export async function zip64DeclaredDocx(declaredBytes: number): Promise<Buffer> {
  const { deflateRawSync } = await import('node:zlib');
  const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>Halo</w:t></w:r></w:p></w:body></w:document>`;
  return rawZip([{ name: 'word/document.xml', deflated: deflateRawSync(Buffer.from(xml)), declaredSize: declaredBytes }], true);
}

/** A workbook whose first sheet really unpacks to more than `realBytes` while declaring 150 bytes. */
export async function underDeclaredXlsx(realBytes: number): Promise<Buffer> {
  const { deflateRawSync } = await import('node:zlib');
  const small = (text: string) => ({ deflated: deflateRawSync(Buffer.from(text)), declaredSize: text.length });
  return rawZip([
    { name: 'xl/workbook.xml', ...small('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1"/></sheets></workbook>') },
    {
      name: 'xl/worksheets/sheet1.xml',
      deflated: await deflateRepeated('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>', realBytes, '</t></is></c></row></sheetData></worksheet>'),
      declaredSize: 150,
    },
  ]);
}
