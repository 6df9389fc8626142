import ExcelJS from 'exceljs';
import type { Segment } from '../../../shared/model/segment';
import { BILINGUAL_COLUMNS, bilingualRows } from '../../../shared/export/bilingual-table';

const WIDTHS: Readonly<Record<(typeof BILINGUAL_COLUMNS)[number], number>> = { id: 24, source: 60, draft: 60, target: 60, status: 12, comments: 40 };

/** The bilingual table as a workbook: one sheet, a frozen header row, wrapped text. */
export async function buildBilingualXlsx(segments: readonly Segment[], sheetName: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tinjau';
  // Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Review', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = BILINGUAL_COLUMNS.map((key) => ({ header: key, key, width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of bilingualRows(segments)) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
