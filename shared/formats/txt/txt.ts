import type { ImportedDocument } from '../../model/imported';
import { FormatError } from '../../model/imported';
import { say } from '../../messages/text';
import type { ParagraphMode } from '../../segment/paragraphs';
import { splitParagraphs as split } from '../../segment/paragraphs';

export type { ParagraphMode };

/**
 * Reads plain text: blocks separated by blank lines are paragraphs (a single line break stays
 * inside one), and a file with no blank line at all is one paragraph a line.
 */
export function readTxt(text: string, mode: ParagraphMode = 'auto'): ImportedDocument {
  const { paragraphs } = split(text, mode);
  if (paragraphs.length === 0) throw new FormatError(say('txt.noText'));
  return {
    format: 'txt',
    blocks: paragraphs.map((source) => ({ source, kind: 'paragraph' as const })),
    warnings: [],
  };
}

/** The paragraphs of a plain text, as a mutable list (see shared/segment for the rules). */
export function splitParagraphs(text: string, mode: ParagraphMode = 'auto'): { paragraphs: string[]; mode: 'blank-line' | 'line' } {
  const result = split(text, mode);
  return { paragraphs: [...result.paragraphs], mode: result.mode };
}
