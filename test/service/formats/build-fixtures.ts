/** Builds small DOCX and XLSX files in memory for the format service tests. */
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';

/** A short Indonesian news article as a translator receives it in Word. */
export async function buildArticleDocx(): Promise<Uint8Array> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Sumber: VOA Indonesia.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'AS Terusik dengan Kerja Sama Militer Rusia dan Korea Utara', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun({ text: 'WASHINGTON DC', bold: true }),
              new TextRun(' - Presiden Rusia Vladimir Putin telah bertemu dengan pemimpin Korea Utara Kim Jong Un pada Rabu (13/9/2023).'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph(''),
          new Paragraph({ text: 'Kecemasan di Washington', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Juru bicara Dewan Keamanan Nasional AS, John Kirby mengatakan,'), new TextRun({ text: 'tidak ada satupun negara yang boleh membantu Putin.', break: 1 })],
          }),
          new Paragraph({ text: 'Transfer senjata', bullet: { level: 0 } }),
          new Paragraph({ text: 'Teknologi satelit', bullet: { level: 1 } }),
          new Paragraph({ text: 'Sanksi tambahan', bullet: { level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Negara'), cell('Sikap')] }),
              new TableRow({ children: [cell('Korea Selatan'), cell('Mengancam konsekuensi serius')] }),
            ],
          }),
          new Paragraph({ text: 'Sumber: Kompas.com', heading: HeadingLevel.HEADING_2 }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Writes a workbook whose sheets are built by `fill`; returns the .xlsx bytes. */
export async function buildWorkbook(fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
