/**
 * Whole-document segmentation: paragraphs, optionally cut into sentences.
 *
 * Sentence segmentation is a per-document choice (TinjauDocument.segmentation); each unit keeps
 * the index of its paragraph so an export can put paragraph breaks back.
 */
import type { ParagraphMode } from './paragraphs';
import { splitParagraphs } from './paragraphs';
import type { SentenceLang } from './sentences';
import { splitSentences } from './sentences';

export interface TextUnit {
  readonly text: string;
  /** 0-based paragraph the unit comes from. */
  readonly paragraph: number;
}

export interface SegmentTextOptions {
  readonly lang: SentenceLang;
  readonly mode?: ParagraphMode;
  /** Cut paragraphs into sentences (default false: one unit a paragraph). */
  readonly sentences?: boolean;
}

export function segmentText(text: string, options: SegmentTextOptions): { mode: 'blank-line' | 'line'; units: TextUnit[] } {
  const { paragraphs, mode } = splitParagraphs(text, options.mode ?? 'auto');
  const units = paragraphs.flatMap((p, paragraph) =>
    options.sentences ? splitSentences(p, options.lang).map((s) => ({ text: s, paragraph })) : [{ text: p, paragraph }],
  );
  return { mode, units };
}
