/**
 * Paragraph splitting of plain text.
 *
 * Translators receive text in two shapes: blocks separated by blank lines (single line breaks
 * stay inside a paragraph, e.g. a dateline above an author name), or one paragraph a line with
 * no blank line anywhere. 'auto' picks the shape the file actually has.
 */

export type ParagraphMode = 'auto' | 'blank-line' | 'line';

export interface ParagraphSplit {
  readonly paragraphs: readonly string[];
  /** The mode actually used; 'auto' resolves to one of the other two. */
  readonly mode: 'blank-line' | 'line';
}

// A "blank" line may still hold spaces, tabs or no-break spaces copied from a web page.
const BLANK_LINE = /^[\s\u00a0\u200b\ufeff]*$/u;

/** Splits text into paragraphs; each paragraph is trimmed and empty ones are dropped. */
export function splitParagraphs(text: string, mode: ParagraphMode = 'auto'): ParagraphSplit {
  const lines = normaliseNewlines(text).split('\n');
  const resolved = mode === 'auto' ? detectMode(lines) : mode;
  if (resolved === 'line') {
    return { mode: resolved, paragraphs: lines.map(cleanLine).filter((l) => l.length > 0) };
  }
  const paragraphs: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    const joined = block.map(cleanLine).join('\n').trim();
    if (joined.length > 0) paragraphs.push(joined);
    block = [];
  };
  for (const line of lines) {
    if (BLANK_LINE.test(line)) flush();
    else block.push(line);
  }
  flush();
  return { mode: resolved, paragraphs };
}

/** 'blank-line' when any blank line separates two non-blank lines, otherwise 'line'. */
export function detectMode(lines: readonly string[]): 'blank-line' | 'line' {
  let seenText = false;
  let pendingBlank = false;
  for (const line of lines) {
    if (BLANK_LINE.test(line)) {
      if (seenText) pendingBlank = true;
    } else {
      if (pendingBlank) return 'blank-line';
      seenText = true;
    }
  }
  return 'line';
}

function normaliseNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

// Trailing no-break spaces after a full stop are common in scraped news text; they carry nothing.
function cleanLine(line: string): string {
  return line.replace(/[\s\u00a0]+$/u, '').replace(/^[\s\u00a0]+/u, '');
}
