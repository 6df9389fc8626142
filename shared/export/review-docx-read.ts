import { say } from '../messages/text';
import { FormatError } from '../model/imported';
import type { XmlElement } from '../xml/nodes';
import { parseXml } from '../xml/parse';
import { attr, childElements, localName } from '../xml/query';
import { REVIEW_COLUMNS } from './review-docx-xml';

/** One row of a reviewed table: the segment id and the English as the reviewer left it. */
export interface ReviewedRow {
  readonly id: string;
  readonly english: string;
  /** The Comments column as the reviewer left it: the notes Tinjau wrote and whatever they added. */
  readonly comments?: string;
}

// Elements whose text is not part of the reviewer's English: deleted revisions, text moved
// away, field instructions, and the old properties Word keeps for a formatting revision.
// mc:Fallback repeats what mc:Choice holds, for older readers.
const SKIPPED = new Set(['del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'rPrChange', 'pPrChange', 'tcPrChange', 'trPrChange', 'Fallback']);

/**
 * Reads the rows of the review table from a DOCX's `word/document.xml`.
 *
 * The table is the one whose first row names the columns; id and English are found by their
 * header. Inside a cell, tracked insertions count and tracked deletions do not (whether or not
 * the reviewer accepted them), struck-through runs do not count (they show the draft's removed
 * words), line breaks and paragraphs become line ends.
 */
export function readReviewTable(documentXml: string): ReviewedRow[] {
  const doc = parseXml(documentXml);
  for (const table of descendants(doc.root, 'tbl')) {
    const rows = rowsOf(table);
    const header = rows[0];
    if (!header) continue;
    const labels = cellsOf(header).map((c) => cellText(c).trim().toLowerCase());
    const idColumn = labels.indexOf(REVIEW_COLUMNS[0].toLowerCase());
    const englishColumn = labels.indexOf(REVIEW_COLUMNS[2].toLowerCase());
    const commentsColumn = labels.indexOf(REVIEW_COLUMNS[4].toLowerCase());
    if (idColumn === -1 || englishColumn === -1) continue;
    const out: ReviewedRow[] = [];
    for (const row of rows.slice(1)) {
      const cells = cellsOf(row);
      const id = cellText(cells[idColumn]).trim();
      if (!id) continue;
      out.push({ id, english: cellText(cells[englishColumn]), ...(commentsColumn >= 0 ? { comments: cellText(cells[commentsColumn]) } : {}) });
    }
    return out;
  }
  throw new FormatError(say('reviewDocx.noReviewTable'));
}

function descendants(element: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      if (localName(c.name) === local) out.push(c);
      else walk(c);
    }
  };
  walk(element);
  return out;
}

/** Rows of a table, also those Word wraps in a content control or a custom-XML element. */
function rowsOf(table: XmlElement): XmlElement[] {
  // descendants() stops at the first match, so the rows of a table nested in a cell stay out.
  return descendants(table, 'tr');
}

function cellsOf(row: XmlElement): XmlElement[] {
  return descendants(row, 'tc');
}

function cellText(cell: XmlElement | undefined): string {
  if (!cell) return '';
  const paragraphs: string[] = [];
  let current = '';
  const walk = (e: XmlElement, struck: boolean) => {
    for (const c of childElements(e)) {
      const name = localName(c.name);
      if (SKIPPED.has(name)) continue;
      if (name === 'p') {
        walk(c, false);
        // A tracked deletion of the paragraph mark joins this paragraph with the next one.
        if (!markDeleted(c)) {
          paragraphs.push(current);
          current = '';
        }
      } else if (name === 'r') walk(c, isStruck(c));
      else if (name === 't') {
        if (!struck) current += c.children.map((n) => (n.kind === 'text' || n.kind === 'cdata' ? n.value : '')).join('');
      } else if (name === 'br' || name === 'cr') {
        if (!struck) current += '\n';
      } else if (name === 'tab') {
        if (!struck) current += '\t';
      } else if (name === 'noBreakHyphen') {
        if (!struck) current += '\u2011';
      } else if (name !== 'rPr' && name !== 'pPr' && name !== 'tcPr') walk(c, struck);
    }
  };
  walk(cell, false);
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

function isStruck(run: XmlElement): boolean {
  const props = childElements(run, 'rPr')[0];
  if (!props) return false;
  return childElements(props).some((p) => {
    const name = localName(p.name);
    if (name !== 'strike' && name !== 'dstrike') return false;
    const value = attr(p, 'w:val') ?? attr(p, 'val');
    return value === undefined || !['false', '0', 'off'].includes(value);
  });
}

function markDeleted(paragraph: XmlElement): boolean {
  const props = childElements(paragraph, 'pPr')[0];
  const mark = props ? childElements(props, 'rPr')[0] : undefined;
  return mark ? childElements(mark, 'del').length > 0 || childElements(mark, 'moveFrom').length > 0 : false;
}
