import type { Segment } from '../model/segment';
import { diffWordsSegmented } from '../review/diff';
import { escapeAttribute, escapeText } from '../xml/escape';
import { plainText } from './plain-text';
import { notesCell, statusLabel } from './segment-notes';

/** Header cells of the review table; the reader finds the table (and its columns) by them. */
export const REVIEW_COLUMNS = ['id', 'Indonesian', 'English', 'Status', 'Comments'] as const;
/** Content-control tag on every locked id cell. */
export const ID_CONTROL_TAG = 'tinjau-segment-id';
/** Custom document property naming the author of the tracked changes Tinjau wrote. */
export const CHANGES_AUTHOR_PROPERTY = 'TinjauChangesAuthor';

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

/** The author of the tracked changes Tinjau writes: the project's reviewer, or Tinjau. */
export function changesAuthor(meta: ReviewDocxMeta): string {
  return meta.reviewer.trim() || 'Tinjau';
}

/**
 * `word/document.xml` of the bilingual review DOCX.
 *
 * The English cell holds the draft → current diff as Word tracked changes (`w:ins`/`w:del`, by
 * `changesAuthor(meta)`, dated when the segment was last edited): accepting all of them gives the
 * current translation, rejecting all of them the draft, and a reader that ignores revisions sees
 * the current translation with the draft's removed words only as deleted text. Each id cell sits in a
 * content control locked against editing and deletion (`sdtContentLocked`), which Word enforces
 * without a password while the rest of the document, track changes included, stays editable;
 * document protection would lock everything except marked ranges and turns track changes off.
 */
export function reviewDocumentXml(meta: ReviewDocxMeta, segments: readonly Segment[]): string {
  const rows: string[] = [headerRow()];
  const changes: Changes = { author: changesAuthor(meta), fallbackDate: meta.date, next: 1 };
  for (const s of [...segments].sort((a, b) => a.index - b.index)) rows.push(segmentRow(s, changes));
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
    para(
      `The English column shows the changes made to the machine or pre-translated draft as Word tracked changes by ${changesAuthor(meta)}: accept all of them and you read the current translation, reject all of them and you read the draft. Track Changes is on, so what you change shows in your name; you may also accept or reject the changes shown.`,
    ),
    para('When this file comes back to Tinjau, each row\u2019s English is read with every change accepted and compared with the current translation; your tracked changes become revisions in your name, and text typed with Track Changes off counts too.'),
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

interface Changes {
  readonly author: string;
  readonly fallbackDate: string;
  /** The next `w:id`; revision ids are unique in the document. */
  next: number;
}

function segmentRow(s: Segment, changes: Changes): string {
  const idCell =
    `<w:sdt><w:sdtPr><w:alias w:val="Segment id"/><w:tag w:val="${ID_CONTROL_TAG}"/><w:lock w:val="sdtContentLocked"/></w:sdtPr>` +
    `<w:sdtContent><w:p>${run(s.id, { colour: '566172', size: 16 })}</w:p></w:sdtContent></w:sdt>`;
  return (
    `<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
    cell(0, idCell) +
    cell(1, `<w:p>${run(plainText(s.source, s))}</w:p>`) +
    cell(2, `<w:p>${englishRuns(s, changes)}</w:p>`) +
    cell(3, `<w:p>${run(statusLabel(s), { size: 18 })}</w:p>`) +
    cell(4, `<w:p>${run(notesCell(s), { size: 18 })}</w:p>`) +
    '</w:tr>'
  );
}

/** The draft with the changes that made the current English as tracked deletions and insertions. */
function englishRuns(s: Segment, changes: Changes): string {
  const target = plainText(s.target, s);
  const draft = s.draft ? plainText(s.draft.text, s) : null;
  if (draft === null || draft === target) return run(target);
  // Word writes revision dates without fractions of a second.
  const date = (s.updatedAt ?? changes.fallbackDate).replace(/\.\d+Z$/, 'Z');
  const revision = (element: 'ins' | 'del', content: string) =>
    content ? `<w:${element} w:id="${changes.next++}" w:author="${escapeAttribute(changes.author)}" w:date="${escapeAttribute(date)}">${content}</w:${element}>` : '';
  return diffWordsSegmented(draft, target)
    .map((part) => (part.kind === 'equal' ? run(part.text) : part.kind === 'insert' ? revision('ins', run(part.text)) : revision('del', run(part.text, {}, 'delText'))))
    .join('');
}

function cell(column: number, content: string, shade?: string): string {
  const fill = shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${WIDTHS[column] ?? 1000}" w:type="dxa"/>${fill}</w:tcPr>${content}</w:tc>`;
}

interface RunStyle {
  readonly bold?: boolean;
  readonly colour?: string;
  /** Half-points. */
  readonly size?: number;
}

function run(text: string, style: RunStyle = {}, textElement: 't' | 'delText' = 't'): string {
  if (text === '') return '';
  const props =
    (style.bold ? '<w:b/>' : '') +
    (style.colour ? `<w:color w:val="${escapeAttribute(style.colour)}"/>` : '') +
    (style.size ? `<w:sz w:val="${style.size}"/>` : '');
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  // Line breaks and tabs are elements in WordprocessingML; everything else is text.
  const pieces = text.split(/(\n|\t)/).map((p) =>
    p === '\n' ? '<w:br/>' : p === '\t' ? '<w:tab/>' : p ? `<w:${textElement} xml:space="preserve">${escapeText(p)}</w:${textElement}>` : '',
  );
  return `<w:r>${rPr}${pieces.join('')}</w:r>`;
}

function para(text: string, style?: string): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${run(text)}</w:p>`;
}

