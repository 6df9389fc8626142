import { beforeAll, describe, expect, it } from 'vitest';
import { readReviewDocx } from '../../../electron/services/export/review-docx';
import { UnpackLimitError, unpackBounded } from '../../../electron/services/formats/bounded-zip';
import { readDocx } from '../../../electron/services/formats/docx';
import { MAX_UNPACKED_XML_BYTES, UnpackRefusedError } from '../../../electron/services/formats/sniff';
import { readXlsx } from '../../../electron/services/formats/xlsx';
import { underDeclaredDocx, underDeclaredXlsx, zip64DeclaredDocx } from '../../support/zip-bomb';

async function refusal(reading: Promise<unknown>): Promise<UnpackRefusedError> {
  const error = await reading.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnpackRefusedError);
  return error as UnpackRefusedError;
}

describe('Office packages whose headers under-declare what they unpack to', () => {
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await underDeclaredDocx(MAX_UNPACKED_XML_BYTES + 8 * 1024 * 1024);
  }, 60_000);

  it('a DOCX is refused once inflation passes the limit, not inflated whole', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(readDocx(bomb));
    expect(error.message).toMatch(/unpacks to more than 200 MB of text and markup, although its ZIP headers declare 248 bytes/);
    // Inflation stopped at the cap: never the whole document.
    expect(error.inflatedBytes).toBeLessThanOrEqual(MAX_UNPACKED_XML_BYTES + 1);
  }, 60_000);

  it('a returned reviewer DOCX is refused the same way, naming the file', async () => {
    const error = await readReviewDocx(bomb, 'reviewed.docx').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/reviewed\.docx.*unpacks to more than 200 MB/);
  }, 60_000);

  it('an XLSX is refused the same way', async () => {
    const error = await refusal(readXlsx(await underDeclaredXlsx(MAX_UNPACKED_XML_BYTES + 8 * 1024 * 1024)));
    expect(error.inflatedBytes).toBeLessThanOrEqual(MAX_UNPACKED_XML_BYTES + 1);
  }, 60_000);

  it('the running cap holds for zip64 headers too', async () => {
    const bomb = await underDeclaredDocx(3 * 1024 * 1024, true);
    const error = await unpackBounded(bomb, 1024 * 1024).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnpackLimitError);
    expect((error as UnpackLimitError).inflatedBytes).toBeLessThanOrEqual(1024 * 1024 + 1);
    // Under the limit the same package is read whole.
    const read = await unpackBounded(bomb, 4 * 1024 * 1024);
    expect(read.inflatedBytes).toBeGreaterThan(3 * 1024 * 1024);
  }, 60_000);

  it('a zip64 size of 4 GiB and more is read in full (not cut to 32 bits) and refused', async () => {
    const bomb = await zip64DeclaredDocx(4 * 1024 ** 3 + 100);
    const error = await readDocx(bomb).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/unpacks to 4,096 MB/);
  });
});
