/**
 * Markdown reader: headings, paragraphs, list items, quotes and table cells in order.
 *
 * A line-based parser close enough to CommonMark/GFM for documents a translator receives (press
 * releases, README-style briefs). Code is kept as locked blocks so an export can put it back
 * untouched; front matter and HTML comments are not text and are dropped.
 */
import type { BlockKind, ImportedBlock, ImportedDocument } from '../../model';
import { FormatError } from '../../model/imported';
import { say } from '../../messages/text';
import { readHtml } from '../html/html-reader';
import { flattenInline } from './md-inline';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])([ \t]+|$)/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S/;
const HTML_BLOCK = /^ {0,3}<\/?(address|article|aside|blockquote|details|div|dl|figure|figcaption|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|th|thead|tr|ul)(\s|\/?>|$)/i;

interface Context {
  /** Kind for paragraphs here: 'list-item' inside a list item. */
  readonly paragraphKind: BlockKind;
  readonly topLevel: boolean;
}

interface State {
  readonly blocks: ImportedBlock[];
  titleTaken: boolean;
}

function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Removes `n` columns of indentation, expanding tabs. */
function dedent(line: string, n: number): string {
  let width = 0;
  let i = 0;
  while (i < line.length && width < n && (line[i] === ' ' || line[i] === '\t')) {
    width += line[i] === '\t' ? 4 - (width % 4) : 1;
    i++;
  }
  return ' '.repeat(Math.max(0, width - n)) + line.slice(i);
}

const isBlank = (line: string): boolean => line.trim() === '';

/** Whether a line starts a block that ends an open paragraph. */
function interruptsParagraph(line: string): boolean {
  if (FENCE.test(line) || ATX.test(line) || BREAK.test(line) || QUOTE.test(line) || HTML_BLOCK.test(line)) return true;
  const item = LIST_ITEM.exec(line);
  // An ordered item interrupts a paragraph only when it starts at 1, so "2023. Tahun" does not.
  return !!item && !isBlank(line.slice(item[0].length)) && (/^[-+*]$/.test(item[2] ?? '') || /^1[.)]$/.test(item[2] ?? ''));
}

function splitTableRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch === '\\' && body.charAt(i + 1) === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function parseBlocks(lines: readonly string[], ctx: Context, state: State): void {
  let paragraph: string[] = [];
  const emit = (text: string, kind: BlockKind, extra: Partial<ImportedBlock> = {}): void => {
    if (text) state.blocks.push({ source: text, kind, ...extra });
  };
  const heading = (raw: string, level: number): void => {
    const text = flattenInline(raw);
    if (!text) return;
    const isTitle = level === 1 && ctx.topLevel && !state.titleTaken;
    if (isTitle) state.titleTaken = true;
    emit(text, isTitle ? 'title' : 'heading');
  };
  const flush = (): void => {
    // A trailing backslash is a hard line break; the line break itself is kept either way.
    const raw = paragraph.map((l) => l.replace(/\\$/, '')).join('\n');
    // An image on its own is a figure: its alt text reads as the caption.
    const kind = ctx.paragraphKind === 'paragraph' && /^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(raw) ? 'caption' : ctx.paragraphKind;
    if (paragraph.length > 0) emit(flattenInline(raw), kind);
    paragraph = [];
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      flush();
      i++;
      continue;
    }
    if (paragraph.length > 0 && SETEXT.test(line)) {
      const level = line.trim().startsWith('=') ? 1 : 2;
      const raw = paragraph.join('\n');
      paragraph = [];
      heading(raw, level);
      i++;
      continue;
    }
    const startsTable = line.includes('|') && TABLE_DELIMITER.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').includes('-');
    if (paragraph.length > 0 && !interruptsParagraph(line) && !startsTable) {
      // Continuation, including a "lazy" line of a list item or quote.
      paragraph.push(line);
      i++;
      continue;
    }
    flush();

    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const fenceIndent = indentOf(line);
      const code: string[] = [];
      i++;
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[i] as string)) {
        code.push(dedent(lines[i] as string, fenceIndent));
        i++;
      }
      i++;
      emit(code.join('\n').replace(/\s+$/, ''), 'paragraph', { locked: true });
      continue;
    }
    if (indentOf(line) >= 4) {
      const code: string[] = [];
      while (i < lines.length && (isBlank(lines[i] as string) || indentOf(lines[i] as string) >= 4)) {
        code.push(dedent(lines[i] as string, 4));
        i++;
      }
      emit(code.join('\n').replace(/\s+$/, ''), 'paragraph', { locked: true });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading((atx[2] ?? '').replace(/(^|[ \t]+)#+[ \t]*$/, ''), (atx[1] ?? '#').length);
      i++;
      continue;
    }
    if (BREAK.test(line)) {
      i++;
      continue;
    }
    if (line.trimStart().startsWith('<!--')) {
      while (i < lines.length && !(lines[i] as string).includes('-->')) i++;
      const rest = (lines[i] ?? '').slice((lines[i] ?? '').indexOf('-->') + 3);
      i++;
      if (!isBlank(rest)) paragraph.push(rest);
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i] as string)) {
        const current = lines[i] as string;
        if (QUOTE.test(current)) inner.push(current.replace(QUOTE, ''));
        else if (interruptsParagraph(current)) break;
        else inner.push(current);
        i++;
      }
      parseBlocks(inner, { paragraphKind: 'paragraph', topLevel: false }, state);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const markerEnd = (item[1] ?? '').length + (item[2] ?? '').length;
      const spaces = indentOf(line.slice(markerEnd));
      const contentIndent = markerEnd + (spaces >= 1 && spaces <= 4 ? spaces : 1);
      // The item's first line without its marker (and a task-list box).
      const inner = [line.slice(markerEnd).replace(/^[ \t]{1,4}/, '').replace(/^\[[ xX]\][ \t]+/, '')];
      i++;
      let lastBlank = false;
      while (i < lines.length) {
        const current = lines[i] as string;
        if (isBlank(current)) {
          inner.push('');
          lastBlank = true;
        } else if (indentOf(current) >= contentIndent) {
          inner.push(dedent(current, contentIndent));
          lastBlank = false;
        } else if (!lastBlank && !interruptsParagraph(current) && !LIST_ITEM.test(current)) {
          inner.push(current);
        } else break;
        i++;
      }
      parseBlocks(inner, { paragraphKind: 'list-item', topLevel: false }, state);
      continue;
    }
    if (startsTable) {
      const rows = [line];
      i += 2;
      while (i < lines.length && !isBlank(lines[i] as string) && (lines[i] as string).includes('|')) rows.push(lines[i++] as string);
      for (const row of rows) for (const cell of splitTableRow(row)) emit(flattenInline(cell), 'table-cell');
      continue;
    }
    if (HTML_BLOCK.test(line)) {
      const html: string[] = [];
      while (i < lines.length && !isBlank(lines[i] as string)) html.push(lines[i++] as string);
      try {
        for (const block of readHtml(html.join('\n')).blocks) emit(block.source, block.kind === 'title' ? 'heading' : block.kind);
      } catch {
        // Markup with no text (a bare <div> or <hr>) adds no block.
      }
      continue;
    }
    if (LINK_DEFINITION.test(line)) {
      i++;
      continue;
    }
    paragraph.push(line);
    i++;
  }
  flush();
}

/** Strips YAML (`---`) or TOML (`+++`) front matter at the very start of the file. */
function withoutFrontMatter(lines: readonly string[]): readonly string[] {
  const first = lines[0]?.trim();
  if (first !== '---' && first !== '+++') return lines;
  const end = lines.findIndex((l, n) => n > 0 && (l.trim() === first || (first === '---' && l.trim() === '...')));
  return end > 0 ? lines.slice(end + 1) : lines;
}

/** Reads a Markdown file's text into blocks. Throws FormatError when it has no text. */
export function readMarkdown(markdown: string): ImportedDocument {
  if (markdown.includes('\u0000')) throw new FormatError(say('md.binary'));
  const lines = withoutFrontMatter(markdown.replace(/^\ufeff/, '').split(/\r\n?|\n/));
  const state: State = { blocks: [], titleTaken: false };
  parseBlocks(lines, { paragraphKind: 'paragraph', topLevel: true }, state);
  if (!state.blocks.some((b) => !b.locked)) throw new FormatError(say('md.noText'));
  return { format: 'md', blocks: state.blocks, warnings: [] };
}
