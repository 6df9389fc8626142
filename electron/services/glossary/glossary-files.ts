/**
 * Glossary files in and out: TBX v2/v3, CSV/TSV and XLSX (the same columns as the CSV).
 *
 * Readers never touch a store: a file is parsed completely first, so a bad file leaves the
 * glossary unchanged and the message names the file.
 */
import path from 'node:path';
import { safeFileName } from '../files';
import { TinjauError } from '../../../shared/api/errors';
import type { ExportedFile } from '../../../shared/api/types';
import { parseCsv, stringifyCsv } from '../../../shared/formats/csv/csv';
import { sniffDelimiter } from '../../../shared/formats/bilingual-table/bilingual-table';
import { readTbx } from '../../../shared/formats/tbx/read-tbx';
import { writeTbx } from '../../../shared/formats/tbx/write-tbx';
import { decodeText } from '../../../shared/formats/encoding';
import { readGlossaryCsv, writeGlossaryCsv } from '../../../shared/glossary/glossary-csv';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { FormatError } from '../../../shared/model/imported';
import { reason, say, type Said } from '../../../shared/messages/text';
import { readXlsxRows } from '../formats/xlsx';

export const GLOSSARY_IMPORT_EXTENSIONS = ['.tbx', '.xml', '.csv', '.tsv', '.txt', '.xlsx'] as const;
export type GlossaryFileFormat = 'tbx' | 'tbx-v3' | 'csv' | 'xlsx';

/** Which column holds what (0-based), from the import dialog; the first row is the header. */
export interface ColumnMapping {
  readonly source: number;
  readonly target: number;
  readonly status?: number | undefined;
  readonly note?: number | undefined;
  readonly pos?: number | undefined;
  /** The kinds of hit accepted (exact, inflected, derived), read as the CSV's `forms` column. */
  readonly forms?: number | undefined;
}

export interface GlossaryFileOptions {
  readonly splitAlternatives?: boolean | undefined;
  readonly columns?: ColumnMapping | undefined;
  readonly author?: string | undefined;
  readonly now: string;
}

export interface ParsedGlossaryFile {
  readonly entries: GlossaryEntry[];
  readonly warnings: Said[];
  /** Every entry-level problem, one line each, when `warnings` summarises them. */
  readonly details?: Said[];
}

/** Parses a glossary file by its extension; anything wrong is a TinjauError 'format' naming the file. */
export async function readGlossaryFile(name: string, bytes: Uint8Array, options: GlossaryFileOptions): Promise<ParsedGlossaryFile> {
  const ext = path.extname(name).toLowerCase();
  try {
    if (ext === '.tbx' || ext === '.xml') {
      const { entries, warnings, details } = readTbx(text(bytes), { now: options.now, ignoreExternalDtd: true });
      return { entries: options.author ? entries.map((e) => (e.author ? e : { ...e, author: options.author })) : entries, warnings, details };
    }
    if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
      const raw = text(bytes);
      const delimiter = ext === '.tsv' ? '\t' : undefined;
      if (!options.columns) return csv(raw, delimiter, options);
      const rows = parseCsv(raw, { delimiter: delimiter ?? sniffDelimiter(raw) });
      return csv(stringifyCsv(remap(rows, options.columns)), ',', options);
    }
    if (ext === '.xlsx') {
      const found = await readXlsxRows(bytes);
      if (!found) throw new FormatError(say('glossary.workbookEmpty'));
      const rows = options.columns ? remap(found.rows, options.columns) : found.rows;
      return csv(stringifyCsv(rows), ',', options);
    }
  } catch (err) {
    if (err instanceof FormatError) throw new TinjauError('format', say('glossary.fileRefused', { file: name, reason: reason(err) }));
    throw err;
  }
  throw new TinjauError('format', say('glossary.unsupportedFile', { file: name, extensions: GLOSSARY_IMPORT_EXTENSIONS.join(', ') }));
}

function text(bytes: Uint8Array): string {
  return decodeText(bytes).text;
}

function csv(raw: string, delimiter: string | undefined, options: GlossaryFileOptions): ParsedGlossaryFile {
  return readGlossaryCsv(raw, {
    now: options.now,
    splitAlternatives: options.splitAlternatives === true,
    ...(delimiter ? { delimiter } : {}),
    ...(options.author ? { author: options.author } : {}),
  });
}

/** The mapped columns by name, for a message about one of them. */
const COLUMN_NAMES: Readonly<Record<keyof ColumnMapping, Said>> = {
  source: say('glossary.columnSource'),
  target: say('glossary.columnTarget'),
  status: say('glossary.columnStatus'),
  note: say('glossary.columnNote'),
  pos: say('glossary.columnPos'),
  forms: say('glossary.columnForms'),
};

/** Rows rewritten with the engine's own header names, so one reader serves every mapping. */
function remap(rows: readonly (readonly string[])[], m: ColumnMapping): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const what of Object.keys(COLUMN_NAMES) as (keyof ColumnMapping)[]) {
    const at = m[what];
    if (at !== undefined && at >= width) {
      throw new FormatError(say('glossary.columnBeyondFile', { column: COLUMN_NAMES[what], position: String(at + 1), width }));
    }
  }
  const pick = (row: readonly string[], at: number | undefined) => (at === undefined ? '' : (row[at] ?? ''));
  return [
    ['source_id', 'target_en', 'status', 'note', 'pos', 'forms'],
    ...rows.slice(1).map((r) => [pick(r, m.source), pick(r, m.target), pick(r, m.status), pick(r, m.note), pick(r, m.pos), pick(r, m.forms)]),
  ];
}

/** Writes the live entries of a glossary as a file the user downloads. */
export async function writeGlossaryFile(entries: readonly GlossaryEntry[], format: GlossaryFileFormat, title: string): Promise<ExportedFile> {
  const live = entries.filter((e) => !e.deleted);
  const base = safeFileName(title, 'glossary');
  switch (format) {
    case 'tbx':
    case 'tbx-v3': {
      const xml = writeTbx(live, { version: format === 'tbx' ? 'v2' : 'v3', sourceLang: 'id', targetLang: 'en', title });
      return { fileName: `${base}${format === 'tbx' ? '' : '.v3'}.tbx`, mimeType: 'application/x-tbx+xml', base64: Buffer.from(xml, 'utf8').toString('base64') };
    }
    case 'csv':
      return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(writeGlossaryCsv(live, { bom: true }), 'utf8').toString('base64') };
    case 'xlsx': {
      const { default: Excel } = await import('exceljs');
      const workbook = new Excel.Workbook();
      const sheet = workbook.addWorksheet('Glossary');
      // The same rows as the CSV export, so both read back with the same reader.
      for (const row of parseCsv(writeGlossaryCsv(live))) sheet.addRow(row);
      sheet.getRow(1).font = { bold: true };
      const buffer = await workbook.xlsx.writeBuffer();
      return {
        fileName: `${base}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
      };
    }
  }
}
