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

/**
 * A review workbook as a client sends it: an empty cover sheet first, then the pairs with a
 * header, rich text, a formula, a hyperlink, a blank row and a row not yet translated.
 */
export function buildBilingualWorkbook(): Promise<Uint8Array> {
  return buildWorkbook((workbook) => {
    workbook.addWorksheet('Sampul');
    const sheet = workbook.addWorksheet('Terjemahan');
    sheet.addRow(['No', 'Bahasa Indonesia', 'English', 'Catatan']);
    sheet.addRow([1, 'Korut-Rusia Makin Mesra di Sektor Militer, Barat Ketar-Ketir?', 'North Korea-Russia Grow Closer in the Military Sector, West Worried?', '']);
    sheet.addRow([
      2,
      { richText: [{ text: 'Kim Jong Un', font: { bold: true } }, { text: ', pemimpin Korut, memeriksa pabrik jet tempur Rusia.' }] },
      'Kim Jong Un, the North Korean leader, inspected a Russian fighter jet plant.',
      'cek istilah',
    ]);
    sheet.addRow([]);
    sheet.addRow([3, { formula: '"Pabrik "&"Yakovlev"', result: 'Pabrik Yakovlev' }, { text: 'Yakovlev Plant', hyperlink: 'https://example.org/yakovlev' }, '']);
    sheet.addRow([4, 'Dewan Keamanan PBB', '', '']);
  });
}

/** One Word paragraph per text; a line break inside a text becomes a line break in Word. */
export async function buildDocxFromParagraphs(paragraphs: readonly string[]): Promise<Uint8Array> {
  const children = paragraphs.map(
    (text) => new Paragraph({ children: text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })) }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
