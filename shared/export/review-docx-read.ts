import { say } from '../messages/text';
import { FormatError } from '../model/imported';
import type { XmlElement } from '../xml/nodes';
import { parseXml } from '../xml/parse';
import { attr, childElements, localName } from '../xml/query';
import { REVIEW_COLUMNS } from './review-docx-xml';

/** One row of a reviewed table: the segment id and the English as the reviewer left it. */
export interface ReviewedRow {
  readonly id: string;
  /** The English with every tracked change accepted. */
  readonly english: string;
  /**
   * Set when the cell holds tracked changes by someone other than Tinjau: the English with
   * Tinjau's changes accepted and every other one rejected (what was exported, plus any text
   * typed with Track Changes off).
   */
  readonly untracked?: string;
  /**
   * Those other authors' changes, one author at a time in the order they were made (by their
   * earliest `w:date`): the English after also accepting that author's changes.
   */
  readonly tracked?: readonly { readonly author: string; readonly english: string }[];
  /** The Comments column as the reviewer left it: the notes Tinjau wrote and whatever they added. */
  readonly comments?: string;
}

// Elements whose text is never part of the reviewer's English: field instructions and the old
// properties Word keeps for a formatting revision. mc:Fallback repeats what mc:Choice holds,
// for older readers.
const SKIPPED = new Set(['instrText', 'delInstrText', 'rPrChange', 'pPrChange', 'tcPrChange', 'trPrChange', 'Fallback']);
const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

/** Which authors' tracked changes count as accepted. */
type Accepted = (author: string) => boolean;
const ALL: Accepted = () => true;

/** The value of the custom document property `name` in `docProps/custom.xml`, if there is one. */
export function readChangesAuthor(customXml: string, name: string): string | undefined {
  try {
    const root = parseXml(customXml).root;
    const property = childElements(root).find((p) => localName(p.name) === 'property' && attr(p, 'name') === name);
    const value = property ? childElements(property)[0] : undefined;
    return value ? textOf(value) || undefined : undefined;
  } catch {
    // Unreadable properties only mean the author is not known: every tracked change is the reviewer's.
    return undefined;
  }
}

/**
 * Reads the rows of the review table from a DOCX's `word/document.xml`.
 *
 * The table is the one whose first row names the columns; id and English are found by their
 * header. Inside a cell, the English is read with every tracked change accepted (insertions
 * count, deletions and text moved away do not); struck-through runs do not count either (files
 * from earlier versions showed the draft's removed words struck), line breaks and paragraphs
 * become line ends. Tracked changes by an author not in `ours` are the outside reviewer's: the
 * row then also says what the English was before them and what each author changed.
 */
export function readReviewTable(documentXml: string, ours: readonly string[] = []): ReviewedRow[] {
  const doc = parseXml(documentXml);
  for (const table of descendants(doc.root, 'tbl')) {
    const rows = rowsOf(table);
    const header = rows[0];
    if (!header) continue;
    const labels = cellsOf(header).map((c) => cellText(c, ALL).trim().toLowerCase());
    const idColumn = labels.indexOf(REVIEW_COLUMNS[0].toLowerCase());
    const englishColumn = labels.indexOf(REVIEW_COLUMNS[2].toLowerCase());
    const commentsColumn = labels.indexOf(REVIEW_COLUMNS[4].toLowerCase());
    if (idColumn === -1 || englishColumn === -1) continue;
    const out: ReviewedRow[] = [];
    for (const row of rows.slice(1)) {
      const cells = cellsOf(row);
      const id = cellText(cells[idColumn], ALL).trim();
      if (!id) continue;
      const englishCell = cells[englishColumn];
      const comments = commentsColumn >= 0 ? { comments: cellText(cells[commentsColumn], ALL) } : {};
      const english = cellText(englishCell, ALL);
      const others = outsideAuthors(englishCell, new Set(ours));
      if (others.length === 0) {
        out.push({ id, english, ...comments });
        continue;
      }
      const isOurs = (author: string) => !others.includes(author);
      const tracked = others.map((author, i) => {
        const upTo = new Set(others.slice(0, i + 1));
        return { author, english: cellText(englishCell, (a) => isOurs(a) || upTo.has(a)) };
      });
      out.push({ id, english, untracked: cellText(englishCell, isOurs), tracked, ...comments });
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

/** Authors of the cell's tracked changes that are not `ours`, by their earliest change. */
function outsideAuthors(cell: XmlElement | undefined, ours: ReadonlySet<string>): string[] {
  const first = new Map<string, { date: string; order: number }>();
  const walk = (e: XmlElement) => {
    for (const c of childElements(e)) {
      const name = localName(c.name);
      if (SKIPPED.has(name)) continue;
      if (INSERTED.has(name) || DELETED.has(name)) {
        const author = authorOf(c);
        const date = attr(c, 'w:date') ?? attr(c, 'date') ?? '';
        const seen = first.get(author);
        if (!ours.has(author) && (!seen || (date && (!seen.date || date < seen.date)))) first.set(author, { date, order: seen?.order ?? first.size });
      }
      walk(c);
    }
  };
  if (cell) walk(cell);
  // Undated changes keep the order they appear in, after the dated ones.
  return [...first.entries()]
    .sort(([, a], [, b]) => (a.date && b.date ? a.date.localeCompare(b.date) || a.order - b.order : a.date ? -1 : b.date ? 1 : a.order - b.order))
    .map(([author]) => author);
}

function authorOf(revision: XmlElement): string {
  return attr(revision, 'w:author') ?? attr(revision, 'author') ?? '';
}

function textOf(e: XmlElement): string {
  return e.children.map((n) => (n.kind === 'text' || n.kind === 'cdata' ? n.value : '')).join('');
}

/** A cell's text with the tracked changes of the authors `accepted` names accepted and the others rejected. */
function cellText(cell: XmlElement | undefined, accepted: Accepted): string {
  if (!cell) return '';
  const paragraphs: string[] = [];
  let current = '';
  const walk = (e: XmlElement, struck: boolean, deleted: boolean) => {
    for (const c of childElements(e)) {
      const name = localName(c.name);
      if (SKIPPED.has(name)) continue;
      if (INSERTED.has(name)) {
        if (accepted(authorOf(c))) walk(c, struck, deleted);
      } else if (DELETED.has(name)) {
        // A rejected deletion puts its text back.
        if (!accepted(authorOf(c))) walk(c, struck, true);
      } else if (name === 'p') {
        walk(c, false, deleted);
        // A deleted paragraph mark (or a rejected inserted one) joins this paragraph with the next one.
        if (!markRemoved(c, accepted)) {
          paragraphs.push(current);
          current = '';
        }
      } else if (name === 'r') walk(c, isStruck(c), deleted);
      else if (name === 't' || (name === 'delText' && deleted)) {
        if (!struck) current += textOf(c);
      } else if (name === 'br' || name === 'cr') {
        if (!struck) current += '\n';
      } else if (name === 'tab') {
        if (!struck) current += '\t';
      } else if (name === 'noBreakHyphen') {
        if (!struck) current += '\u2011';
      } else if (name !== 'rPr' && name !== 'pPr' && name !== 'tcPr' && name !== 'delText') walk(c, struck, deleted);
    }
  };
  walk(cell, false, false);
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

function markRemoved(paragraph: XmlElement, accepted: Accepted): boolean {
  const props = childElements(paragraph, 'pPr')[0];
  const mark = props ? childElements(props, 'rPr')[0] : undefined;
  if (!mark) return false;
  return childElements(mark).some((m) => {
    const name = localName(m.name);
    return (DELETED.has(name) && accepted(authorOf(m))) || (INSERTED.has(name) && !accepted(authorOf(m)));
  });
}
