/**
 * XLSX reader: the first worksheet with text, as rows of plain strings, then the shared
 * bilingual-table reader.
 */
import type ExcelJS from 'exceljs';
import type { ImportedDocument } from '../../../shared/model';
import { FormatError } from '../../../shared/model';
import { reason, say } from '../../../shared/messages/text';
import { readBilingualTable } from '../../../shared/formats/bilingual-table/bilingual-table';
import { storedZip } from './bounded-zip';
import { checkOfficePackage, unpackOfficePackage } from './sniff';

/** What a reader sees in a cell: rich text joined, formulas as their last computed result. */
export function cellToText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date)) ? '' : cellToText(result);
  }
  if ('hyperlink' in value) return cellToText(value.text as ExcelJS.CellValue);
  // Error values (#N/A, #REF!) are not text to translate.
  return '';
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // A merged range holds its text once, in its top-left cell.
      cells.push(cell.isMerged && cell.master !== cell ? '' : cellToText(cell.value).replace(/\r\n?/g, '\n'));
    }
    rows.push(cells);
  }
  return rows;
}

/**
 * The rows of the first (visible) worksheet that has any text, and the names of the other visible
 * sheets that have text too (they are not read); null when no sheet has text.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ sheet: string; rows: string[][]; otherSheets: string[] } | null> {
  const problem = await checkOfficePackage(bytes, 'xlsx');
  if (problem) throw new FormatError(problem);
  // exceljs inflates whatever ZIP it is given: give it only the parts verified under the cap, stored.
  const verified = await storedZip((await unpackOfficePackage(bytes, 'xlsx')).files);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs's load() is typed for its own Buffer declaration; Node's Buffer is what it reads.
    await workbook.xlsx.load(verified as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new FormatError(say('xlsx.damaged', { detail: reason(error) }));
  }
  // Hidden sheets (lookups, old versions) are read only when no visible sheet has text.
  const sheets = [...workbook.worksheets].sort((a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'));
  const hasText = (rows: string[][]) => rows.some((row) => row.some((cell) => cell.trim() !== ''));
  const index = sheets.findIndex((sheet) => hasText(sheetRows(sheet)));
  const first = sheets[index];
  if (!first) return null;
  const otherSheets = sheets.filter((s, i) => i > index && s.state === 'visible' && hasText(sheetRows(s))).map((s) => s.name);
  return { sheet: first.name, rows: sheetRows(first), otherSheets };
}

/** Reads a bilingual .xlsx file. Throws FormatError for a non-workbook or a workbook without text. */
export async function readXlsx(bytes: Uint8Array): Promise<ImportedDocument> {
  const found = await readXlsxRows(bytes);
  if (!found) throw new FormatError(say('xlsx.noText'));
  try {
    const doc = readBilingualTable(found.rows, 'xlsx');
    if (found.otherSheets.length === 0) return doc;
    // One document per file: the reviewer must know the rest of the workbook was not imported.
    return { ...doc, warnings: [...doc.warnings, say('xlsx.otherSheetsSkipped', { sheet: found.sheet, others: found.otherSheets.join(', ') })] };
  } catch (error) {
    if (error instanceof FormatError) {
      throw new FormatError({ message: error.message, text: error.text }, say('xlsx.worksheet', { sheet: found.sheet }));
    }
    throw error;
  }
}
