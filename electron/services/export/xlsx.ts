import type { Segment } from '../../../shared/model/segment';
import { BILINGUAL_COLUMNS, bilingualRows } from '../../../shared/export/bilingual-table';

const WIDTHS: Readonly<Record<(typeof BILINGUAL_COLUMNS)[number], number>> = { id: 24, source: 60, draft: 60, target: 60, status: 12, comments: 40 };

/** The bilingual table as a workbook: one sheet, a frozen header row, wrapped text. */
export async function buildBilingualXlsx(segments: readonly Segment[], sheetName: string): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'Tinjau';
  const sheet = workbook.addWorksheet(excelSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = BILINGUAL_COLUMNS.map((key) => ({ header: key, key, width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of bilingualRows(segments)) sheet.addRow(row).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\ or control characters,
 * not starting or ending with an apostrophe, and not the reserved "History".
 */
export function excelSheetName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in sheet names
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ')
    .slice(0, 31)
    .replace(/^['\s]+|['\s]+$/g, '');
  return cleaned && cleaned.toLowerCase() !== 'history' ? cleaned : 'Review';
}
