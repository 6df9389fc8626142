import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { decodeText } from '../../../shared/formats/encoding';
import type { ParagraphMode } from '../../../shared/formats/txt/txt';
import { readTxt } from '../../../shared/formats/txt/txt';
import type { ImportedDocument } from '../../../shared/model/imported';
import { FormatError } from '../../../shared/model/imported';

export interface ReadOptions {
  readonly paragraphMode?: ParagraphMode;
}

export interface ReadDocument {
  readonly imported: ImportedDocument;
  /** The decoded text of a bilingual file, kept for a lossless export. */
  readonly original?: string;
}

type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocument> | ReadDocument;

const readers: Record<string, Reader> = {
  '.txt': (bytes, options) => ({ imported: readTxt(decodeText(bytes).text, options.paragraphMode) }),
  '.text': (bytes, options) => ({ imported: readTxt(decodeText(bytes).text, options.paragraphMode) }),
};

export const SUPPORTED_EXTENSIONS = Object.keys(readers);

/**
 * Reads any file Tinjau imports into the model, by its extension.
 *
 * Every failure becomes a `format` error naming the file, so the UI and CLI can say which file
 * was refused and why.
 */
export async function readDocument(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const ext = path.extname(name).toLowerCase();
  const reader = readers[ext];
  if (!reader) {
    const what = ext ? `${ext} files` : 'files without an extension';
    throw new TinjauError('format', `${name}: Tinjau cannot import ${what}. It reads ${SUPPORTED_EXTENSIONS.join(', ')}.`);
  }
  if (bytes.length === 0) throw new TinjauError('format', `${name} is empty`);
  try {
    return await reader(bytes, options);
  } catch (err) {
    if (err instanceof FormatError) throw new TinjauError('format', `${name}: ${err.message}`);
    if (err instanceof TinjauError) throw err;
    throw new TinjauError('format', `${name} could not be read: ${(err as Error).message}`);
  }
}
