import type { Segment } from '../model/segment';
import { diffWordsSegmented } from '../review/diff';
import { escapeAttribute, escapeText } from '../xml/escape';
import { plainText } from './plain-text';
import { notesCell, statusLabel } from './segment-notes';

/** Header cells of the review table; the reader finds the table (and its columns) by them. */
export const REVIEW_COLUMNS = ['id', 'Indonesian', 'English', 'Status', 'Comments'] as const;
/** Content-control tag on every locked id cell. */
export const ID_CONTROL_TAG = 'tinjau-segment-id';
export const INSERT_COLOUR = '1F7A1F';
export const DELETE_COLOUR = 'B3261E';

export interface ReviewDocxMeta {
  readonly project: string;
  readonly document: string;
  readonly reviewer: string;
  /** ISO 8601. */
  readonly date: string;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
// Column widths in twentieths of a point on a landscape A4 page with 1 cm margins.
const WIDTHS = [1900, 5000, 5800, 1100, 2400];

/**
 * `word/document.xml` of the bilingual review DOCX.
 *
 * The English cell shows the draft → current diff as formatting, not as Word revisions: inserted
 * words green and underlined, removed words red and struck. Struck text is what the reader
 * ignores, so the reviewer may also strike words out to delete them. Each id cell sits in a
 * content control locked against editing and deletion (`sdtContentLocked`), which Word enforces
 * without a password while the rest of the document, track changes included, stays editable;
 * document protection would lock everything except marked ranges and turns track changes off.
 */
export function reviewDocumentXml(meta: ReviewDocxMeta, segments: readonly Segment[]): string {
  const rows: string[] = [headerRow()];
  for (const s of [...segments].sort((a, b) => a.index - b.index)) rows.push(segmentRow(s));
  const grid = WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const table =
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="A0A8B4"/>`).join('')}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
  const body = [
    para(`Review: ${meta.document}`, 'Title'),
    para(`Project: ${meta.project}`),
    para(`Reviewer: ${meta.reviewer || '(not set)'}`),
    para(`Date: ${meta.date.slice(0, 10)}`),
    para('How to review', 'Heading1'),
    `<w:p>${run('Edit only the English column. ')}${run('Green underlined', { colour: INSERT_COLOUR, underline: true })}${run(' words were added to the draft; ')}${run('red struck', { colour: DELETE_COLOUR, strike: true })}${run(' words were removed from it and are not part of the English text.')}</w:p>`,
    para('When this file comes back to Tinjau, the English text of each row is compared with the current translation. Struck-through text does not count, so you may strike words out to delete them or simply delete them. Word\u2019s Track Changes is fine too: inserted text counts and deleted text does not, whether or not you accept the changes.'),
    para('The id column is locked: it ties each row to its segment. Do not add, remove or reorder rows.'),
    para('Segments', 'Heading1'),
    table,
    `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="567" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`;
}

function headerRow(): string {
  const cells = REVIEW_COLUMNS.map((label, i) => cell(i, `<w:p>${run(label, { bold: true })}</w:p>`, 'E8ECF1'));
  // tblHeader repeats the row on every page; cantSplit keeps it whole.
  return `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
}

function segmentRow(s: Segment): string {
  const idCell =
    `<w:sdt><w:sdtPr><w:alias w:val="Segment id"/><w:tag w:val="${ID_CONTROL_TAG}"/><w:lock w:val="sdtContentLocked"/></w:sdtPr>` +
    `<w:sdtContent><w:p>${run(s.id, { colour: '566172', size: 16 })}</w:p></w:sdtContent></w:sdt>`;
  return (
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
    cell(0, idCell) +
    cell(1, `<w:p>${run(plainText(s.source, s))}</w:p>`) +
    cell(2, `<w:p>${englishRuns(s)}</w:p>`) +
    cell(3, `<w:p>${run(statusLabel(s), { size: 18 })}</w:p>`) +
    cell(4, `<w:p>${run(notesCell(s), { size: 18 })}</w:p>`) +
    '</w:tr>'
  );
}

/** The current English with the draft's removed words struck and its added words underlined. */
function englishRuns(s: Segment): string {
  const target = plainText(s.target, s);
  const draft = s.draft ? plainText(s.draft.text, s) : null;
  if (draft === null || draft === target) return run(target);
  return diffWordsSegmented(draft, target)
    .map((part) =>
      part.kind === 'equal'
        ? run(part.text)
        : part.kind === 'insert'
          ? run(part.text, { colour: INSERT_COLOUR, underline: true })
          : run(part.text, { colour: DELETE_COLOUR, strike: true }),
    )
    .join('');
}

function cell(column: number, content: string, shade?: string): string {
  const fill = shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[column] ?? 1000}" w:type="dxa"/>${fill}</w:tcPr>${content}</w:tc>`;
}

interface RunStyle {
  readonly bold?: boolean;
  readonly colour?: string;
  readonly underline?: boolean;
  readonly strike?: boolean;
  /** Half-points. */
  readonly size?: number;
}

function run(text: string, style: RunStyle = {}): string {
  if (text === '') return '';
  const props =
    (style.bold ? '<w:b/>' : '') +
    (style.strike ? '<w:strike/>' : '') +
    (style.colour ? `<w:color w:val="${escapeAttribute(style.colour)}"/>` : '') +
    (style.size ? `<w:sz w:val="${style.size}"/>` : '') +
    (style.underline ? '<w:u w:val="single"/>' : '');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  // Line breaks and tabs are elements in WordprocessingML; everything else is text.
  const pieces = text.split(/(\n|\t)/).map((p) =>
    p === '\n' ? '<w:br/>' : p === '\t' ? '<w:tab/>' : p ? `<w:t xml:space="preserve">${escapeText(p)}</w:t>` : '',
  );
  return `<w:r>${rPr}${pieces.join('')}</w:r>`;
}

function para(text: string, style?: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;
}

