/**
 * Two-column bilingual tables (CSV, TSV, XLSX): Indonesian source in one column, an English
 * draft in another.
 *
 * Files come from clients, MT tools and Excel, so the header is optional and its names may be in
 * English or Indonesian; without a recognisable header the first two columns are used.
 */
import type { ImportedBlock, ImportedDocument } from '../../model';
import { FormatError, statusNamed } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import { parseCsv } from '../csv/csv';

export type BilingualTableFormat = 'csv' | 'tsv' | 'xlsx';

/** Where the columns are, as found from the header (or the first-two-columns fallback). */
export interface BilingualColumns {
  readonly source: number;
  readonly target: number | null;
  readonly notes: number | null;
  /** A status column (Tinjau's own table export, other tools' "State"), when the header names one. */
  readonly status?: number;
  /** Index of the header row, or null when the file has none. */
  readonly headerRow: number | null;
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

type Role = 'source' | 'target' | 'notes' | 'status';

/** Header names, normalized (lower case, letters and digits separated by single spaces). */
const HEADER_NAMES: Record<Role, readonly string[]> = {
  source: ['source', 'id', 'id id', 'indonesian', 'bahasa indonesia', 'indonesia', 'sumber', 'teks sumber', 'source text', 'kalimat sumber', 'asli', 'original'],
  target: ['target', 'en', 'en us', 'en gb', 'english', 'inggris', 'bahasa inggris', 'terjemahan', 'translation', 'draft', 'target text', 'teks target', 'mt', 'machine translation', 'terjemahan inggris', 'english translation'],
  notes: ['note', 'notes', 'comment', 'comments', 'catatan', 'komentar', 'keterangan'],
  status: ['status', 'state', 'segment status', 'status segmen'],
};

/**
 * Names of a column that holds an earlier version (the draft, raw MT): a table that also has a
 * target or translation column is being handed back reviewed, and that column is what counts.
 */
const EARLIER_VERSION = new Set(['draft', 'mt', 'machine translation']);


/** Header names that also say which language the column is in. */
const SOURCE_IS_INDONESIAN = new Set(['id', 'id id', 'indonesian', 'bahasa indonesia', 'indonesia']);
const TARGET_IS_ENGLISH = new Set(['en', 'en us', 'en gb', 'english', 'inggris', 'bahasa inggris', 'terjemahan inggris', 'english translation']);

function normalizeHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 2 for an exact name, 1 when the cell starts or ends with one ("Source (ID)", "Teks bahasa Inggris"). */
function headerScore(cell: string, role: Role): number {
  const name = normalizeHeader(cell);
  if (!name) return 0;
  const names = HEADER_NAMES[role];
  // A bare "ID" is as often a row number as the language code, so a clearer name beats it.
  if (name === 'id' && role === 'source') return 1.5;
  if (role === 'target' && EARLIER_VERSION.has(name)) return 1.8;
  if (names.includes(name)) return 2;
  // Header cells are short; a longer cell is data that happens to start with "Indonesia".
  if (name.split(' ').length > 3) return 0;
  return names.some((n) => n.length > 2 && (name.startsWith(`${n} `) || name.endsWith(` ${n}`))) ? 1 : 0;
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

function bestColumn(header: readonly string[], role: Role, taken: readonly number[]): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  header.forEach((cell, index) => {
    const score = headerScore(cell, role);
    if (score > best.score && !taken.includes(index)) best = { index, score };
  });
  return best;
}

const MAX_TITLE_ROWS = 5;

/**
 * The header row: the first non-blank row, or one below a few title rows ("Daftar terjemahan",
 * a date), each holding at most one filled cell. Null when no row names a source or target.
 */
function findHeader(rows: readonly (readonly string[])[]) {
  let titleRows = 0;
  for (let headerRow = 0; headerRow < rows.length && titleRows <= MAX_TITLE_ROWS; headerRow++) {
    const header = rows[headerRow] ?? [];
    if (isBlankRow(header)) continue;
    const source = bestColumn(header, 'source', []);
    const target = bestColumn(header, 'target', [source.index]);
    // One loose match alone ("Indonesia merdeka") is data; a header has an exact name or two matches.
    if (Math.max(source.score, target.score) >= 1.5 || (source.score > 0 && target.score > 0)) return { headerRow, header, source, target };
    if (header.filter((cell) => cell.trim() !== '').length > 1) return null;
    titleRows++;
  }
  return null;
}

/** Finds the header row, if any, and which columns hold the source, the draft and notes. */
export function detectColumns(rows: readonly (readonly string[])[]): BilingualColumns {
  const found = findHeader(rows);
  if (!found) return { source: 0, target: 1, notes: null, headerRow: null };
  const { headerRow, header, source, target } = found;
  const notes = bestColumn(header, 'notes', [source.index, target.index]);
  const status = bestColumn(header, 'status', [source.index, target.index, notes.index]);
  const sourceIndex = source.index >= 0 ? source.index : target.index === 0 ? 1 : 0;
  // A header that names only the source ("Sumber", "Hasil"): the draft is the next other column.
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  const others = [...Array(width).keys()].filter((c) => c !== sourceIndex && c !== notes.index);
  const targetIndex = target.index >= 0 ? target.index : (others.find((c) => c > sourceIndex) ?? others[0] ?? null);
  const sourceName = normalizeHeader(header[sourceIndex] ?? '');
  const targetName = targetIndex !== null ? normalizeHeader(header[targetIndex] ?? '') : '';
  return {
    source: sourceIndex,
    target: targetIndex,
    notes: notes.index >= 0 ? notes.index : null,
    ...(status.score >= 2 ? { status: status.index } : {}),
    headerRow,
    ...(SOURCE_IS_INDONESIAN.has(sourceName) ? { sourceLang: 'id' } : {}),
    ...(TARGET_IS_ENGLISH.has(targetName) ? { targetLang: 'en' } : {}),
  };
}

function cellText(row: readonly string[], index: number | null): string {
  if (index === null) return '';
  return (row[index] ?? '').replace(/\r\n?/g, '\n').trim();
}

/**
 * Reads rows of a bilingual table into blocks; the source is required, the draft optional.
 *
 * Each block's `origin.unitId` is its 1-based row number (the spreadsheet row; for CSV the record,
 * which can span lines), for messages and export.
 */
export function readBilingualTable(rows: readonly (readonly string[])[], format: BilingualTableFormat): ImportedDocument {
  const columns = detectColumns(rows);
  const blocks: ImportedBlock[] = [];
  const warnings: Said[] = [];
  const orphanRows: number[] = [];
  const aboveHeader = columns.headerRow === null ? 0 : rows.slice(0, columns.headerRow).filter((r) => !isBlankRow(r)).length;
  if (aboveHeader > 0) warnings.push(say('document.tableTitleRowsSkipped', { count: aboveHeader }));
  rows.forEach((row, i) => {
    if (columns.headerRow !== null && i <= columns.headerRow) return;
    if (isBlankRow(row)) return;
    const source = cellText(row, columns.source);
    const draft = cellText(row, columns.target);
    const note = cellText(row, columns.notes);
    const statusCell = cellText(row, columns.status ?? null);
    const status = statusNamed(statusCell);
    // Tinjau's own table writes "excluded" for boilerplate: it comes back excluded, not to translate.
    const excluded = statusCell.trim().toLowerCase() === 'excluded';
    if (!source) {
      if (draft) orphanRows.push(i + 1);
      return;
    }
    blocks.push({
      source,
      kind: 'paragraph',
      ...(draft ? { draft, draftOrigin: 'import' as const } : {}),
      ...(note ? { notes: [note] } : {}),
      // A status only goes with a translation to have it: an empty row is new whatever it says.
      ...(status && draft ? { status } : {}),
      ...(excluded ? { locked: true } : {}),
      origin: { unitId: String(i + 1) },
    });
  });
  if (orphanRows.length > 0) {
    const rowsShown = orphanRows.slice(0, 10).join(', ') + (orphanRows.length > 10 ? ', …' : '');
    warnings.push(say('document.tableOrphanRowsSkipped', { count: orphanRows.length, rows: rowsShown }));
  }
  if (blocks.length === 0) {
    throw new FormatError(rows.some((r) => !isBlankRow(r)) ? say('document.tableNoSource') : say('document.tableEmpty'));
  }
  return {
    format,
    blocks,
    warnings,
    ...(columns.sourceLang ? { sourceLang: columns.sourceLang } : {}),
    ...(columns.targetLang ? { targetLang: columns.targetLang } : {}),
  };
}

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Guesses a CSV file's delimiter from its first lines: comma, semicolon (Excel in Indonesian and
 * other comma-decimal locales) or tab.
 */
export function sniffDelimiter(text: string): CsvDelimiter {
  const candidates: CsvDelimiter[] = [',', ';', '\t'];
  const sample = text.slice(0, 64 * 1024);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const delimiter of candidates) {
    // Parse the sample so delimiters inside quoted fields do not count.
    const rows = parseCsv(sample, { delimiter })
      .slice(0, 20)
      .filter((r) => !isBlankRow(r));
    if (rows.length === 0) continue;
    const widths = rows.map((r) => r.length);
    const first = widths[0] ?? 1;
    if (first < 2) continue;
    const consistent = widths.filter((w) => w === first).length / widths.length;
    const score = consistent * 10 + Math.min(first, 5);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Reads a bilingual .csv (delimiter sniffed) or .tsv file from its decoded text. */
export function readBilingualDelimited(text: string, format: 'csv' | 'tsv'): ImportedDocument {
  if (text.includes('\u0000')) throw new FormatError(say('csv.binary', { format: format.toUpperCase() }));
  const delimiter = format === 'tsv' ? '\t' : sniffDelimiter(text);
  return readBilingualTable(parseCsv(text, { delimiter, strict: true }), format);
}
