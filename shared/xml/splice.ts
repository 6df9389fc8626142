/** One replacement in the original text: `[start, end)` becomes `text` (start === end inserts). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits to the original text, leaving every other byte as it was.
 *
 * This is what keeps exports lossless: writers never re-serialize a whole file, they replace only
 * the targets and attributes that changed.
 */
export function applyEdits(original: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) throw new Error(`overlapping edits at ${e.start}`);
    out += original.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + original.slice(last);
}

interface Located {
  readonly start?: number;
  readonly end?: number;
  readonly startTagEnd?: number;
  readonly contentEnd?: number;
}

function need(value: number | undefined): number {
  if (value === undefined) throw new Error('node was not parsed from the original text');
  return value;
}

export function replaceNode(node: Located, text: string): TextEdit {
  return { start: need(node.start), end: need(node.end), text };
}

export function replaceStartTag(node: Located, text: string): TextEdit {
  return { start: need(node.start), end: need(node.startTagEnd), text };
}

export function replaceContent(node: Located, text: string): TextEdit {
  return { start: need(node.startTagEnd), end: need(node.contentEnd), text };
}

export function insertAfter(node: Located, text: string): TextEdit {
  return { start: need(node.end), end: need(node.end), text };
}
