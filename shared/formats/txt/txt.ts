import type { ImportedDocument } from '../../model/imported';
import { FormatError } from '../../model/imported';

/** How a plain-text file is cut into paragraphs. */
export type ParagraphMode = 'auto' | 'blank-line' | 'line';

/**
 * Splits plain text into paragraphs.
 *
 * Blocks separated by blank lines are paragraphs and a single line break stays inside one; a
 * file with no blank line at all is one paragraph a line (how some sites and MT tools save).
 */
export function splitParagraphs(text: string, mode: ParagraphMode = 'auto'): { paragraphs: string[]; mode: 'blank-line' | 'line' } {
  const normalized = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const hasBlankLine = /\n[ \t\u00a0]*\n/.test(normalized.trim());
  const chosen = mode === 'auto' ? (hasBlankLine || lines.filter((l) => l.trim()).length <= 1 ? 'blank-line' : 'line') : mode;
  const paragraphs =
    chosen === 'line'
      ? lines.map((l) => l.trim()).filter((l) => l.length > 0)
      : normalized
          .split(/\n[ \t\u00a0]*\n/)
          .map((block) =>
            block
              .split('\n')
              .map((l) => l.trim())
              .filter((l) => l.length > 0)
              .join('\n'),
          )
          .filter((p) => p.length > 0);
  return { paragraphs, mode: chosen };
}

export function readTxt(text: string, mode: ParagraphMode = 'auto'): ImportedDocument {
  const { paragraphs } = splitParagraphs(text, mode);
  if (paragraphs.length === 0) throw new FormatError('The file has no text to translate');
  return {
    format: 'txt',
    blocks: paragraphs.map((source) => ({ source, kind: 'paragraph' as const })),
    warnings: [],
  };
}
