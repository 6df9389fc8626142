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
