/**
 * Track changes: a word-level diff of draft → current text.
 *
 * Tokens come from `tokenizeWords` (Intl.Segmenter boundaries), so "Jong-un" → "Jong Un" shows as
 * two word changes, not a character soup. jsdiff's `diffArrays` runs on the tokens after the
 * common prefix and suffix are cut off; spaces travel with the word before them, so the reviewer
 * reads "~~work together~~ cooperation", not alternating word and space fragments.
 */
import { diffArrays } from 'diff';
import { tokenizeWords } from './tokenize';

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  readonly kind: DiffKind;
  readonly text: string;
}

function push(out: DiffPart[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
  else out.push({ kind, text });
}

const SPACE_ONLY = /^\s+$/;

/**
 * Word-level diff; the equal and delete parts spell `before`, the equal and insert parts `after`.
 * Within a changed stretch the deletion comes first.
 */
export function diffWordsSegmented(before: string, after: string, locale = 'en'): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ kind: 'equal', text: before }];
  const a = withTrailingSpace(tokenizeWords(before, locale));
  const b = withTrailingSpace(tokenizeWords(after, locale));
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const raw: DiffPart[] = [];
  push(raw, 'equal', a.slice(0, head).join(''));
  for (const change of diffArrays(a.slice(head, tailA), b.slice(head, tailB))) {
    push(raw, change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value.join(''));
  }
  push(raw, 'equal', a.slice(tailA).join(''));
  return foldSpaces(raw);
}

/**
 * Glues each run of spaces to the token before it ("cooperation ", "between "): half the tokens
 * for Myers' O(N·D) search, and a changed word takes its space along instead of leaving it as an
 * equal fragment between two changes.
 */
function withTrailingSpace(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const last = out.length - 1;
    if (last >= 0 && /^\s+$/.test(t) && !/\s$/.test(out[last] ?? '')) out[last] += t;
    else out.push(t);
  }
  return out;
}

/** Folds whitespace-only equal parts that sit between changes into the changes around them. */
function foldSpaces(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = '';
    ins = '';
  };
  parts.forEach((p, i) => {
    if (p.kind === 'delete') del += p.text;
    else if (p.kind === 'insert') ins += p.text;
    else {
      const prev = parts[i - 1];
      const next = parts[i + 1];
      const between = prev !== undefined && next !== undefined && prev.kind !== 'equal' && next.kind !== 'equal';
      if (between && SPACE_ONLY.test(p.text)) {
        del += p.text;
        ins += p.text;
      } else {
        flush();
        push(out, 'equal', p.text);
      }
    }
  });
  flush();
  return out;
}

/** The text on one side of a diff: 'before' (equal + delete) or 'after' (equal + insert). */
export function diffSide(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'insert' : 'delete';
  let s = '';
  for (const p of parts) if (p.kind !== skip) s += p.text;
  return s;
}
