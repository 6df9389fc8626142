import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { reason, say } from '../../../shared/messages/text';
import { readBilingualDelimited } from '../../../shared/formats/bilingual-table/bilingual-table';
import { readBilingualXml } from '../../../shared/formats/bilingual-xml';
import { decodeText, type DecodedText } from '../../../shared/formats/encoding';
import { readHtml } from '../../../shared/formats/html/html-reader';
import { readMarkdown } from '../../../shared/formats/md/md-reader';
import type { ParagraphMode } from '../../../shared/formats/txt/txt';
import { readTxt } from '../../../shared/formats/txt/txt';
import type { ImportedDocument } from '../../../shared/model/imported';
import { FormatError } from '../../../shared/model/imported';
import { readDocx } from '../formats/docx';
import { readXlsx } from '../formats/xlsx';

export interface ReadOptions {
  readonly paragraphMode?: ParagraphMode;
}

export interface ReadDocument {
  readonly imported: ImportedDocument;
  /** The decoded text of a bilingual XML file, kept for a lossless export. */
  readonly original?: string;
  /** True for formats that carry their own targets (XLIFF, TMX, two-column tables). */
  readonly bilingual: boolean;
}

type Reader = (bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocument> | ReadDocument;

/** Each file is decoded once: its readers and the encoding warning below share the result. */
const decoded = new WeakMap<Uint8Array, DecodedText>();
function decodeOnce(bytes: Uint8Array): DecodedText {
  let result = decoded.get(bytes);
  if (!result) decoded.set(bytes, (result = decodeText(bytes)));
  return result;
}
const text = (bytes: Uint8Array) => decodeOnce(bytes).text;

/** XLIFF 1.x, XLIFF 2.x and TMX: the parsed root element decides the reader, not the extension. */
function readXml(bytes: Uint8Array): ReadDocument {
  const original = text(bytes);
  return { imported: readBilingualXml(original).imported, original, bilingual: true };
}

const readers: Record<string, Reader> = {
  '.txt': (bytes, o) => ({ imported: readTxt(text(bytes), o.paragraphMode), bilingual: false }),
  '.text': (bytes, o) => ({ imported: readTxt(text(bytes), o.paragraphMode), bilingual: false }),
  '.md': (bytes) => ({ imported: readMarkdown(text(bytes)), bilingual: false }),
  '.markdown': (bytes) => ({ imported: readMarkdown(text(bytes)), bilingual: false }),
  '.html': (bytes) => ({ imported: readHtml(text(bytes)), bilingual: false }),
  '.htm': (bytes) => ({ imported: readHtml(text(bytes)), bilingual: false }),
  '.docx': async (bytes) => ({ imported: await readDocx(bytes), bilingual: false }),
  '.xlf': readXml,
  '.xliff': readXml,
  '.sdlxliff': readXml,
  '.mqxliff': readXml,
  '.mxliff': readXml,
  '.tmx': readXml,
  '.csv': (bytes) => ({ imported: readBilingualDelimited(text(bytes), 'csv'), bilingual: true }),
  '.tsv': (bytes) => ({ imported: readBilingualDelimited(text(bytes), 'tsv'), bilingual: true }),
  '.xlsx': async (bytes) => ({ imported: await readXlsx(bytes), bilingual: true }),
};

export const SUPPORTED_EXTENSIONS = Object.keys(readers);

/** What the file picker offers. */
export const ACCEPT_EXTENSIONS = SUPPORTED_EXTENSIONS.join(',');

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
    const supported = SUPPORTED_EXTENSIONS.join(', ');
    throw new TinjauError('format', ext ? say('import.unsupportedExtension', { name, ext, supported }) : say('import.noExtension', { name, supported }));
  }
  if (bytes.length === 0) throw new TinjauError('format', say('import.empty', { name }));
  let result: ReadDocument;
  try {
    result = await reader(bytes, options);
  } catch (err) {
    if (err instanceof FormatError) throw new TinjauError('format', say('import.refused', { name, problem: reason(err) }));
    if (err instanceof TinjauError) throw err;
    throw new TinjauError('format', say('import.unreadable', { name, detail: reason(err) }));
  }
  if (result.imported.blocks.length === 0) throw new TinjauError('format', say('import.noText', { name }));
  // Text that was not UTF-8 or UTF-16 was decoded by a guess: say so, it may be another code page.
  const how = decoded.get(bytes);
  if (how?.encoding === 'windows-1252' && how.declared !== true) {
    return { ...result, imported: { ...result.imported, warnings: [...result.imported.warnings, say('encoding.readAsWindows1252')] } };
  }
  return result;
}
