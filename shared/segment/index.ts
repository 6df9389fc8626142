export { splitParagraphs, detectMode } from './paragraphs';
export type { ParagraphMode, ParagraphSplit } from './paragraphs';
export { splitSentences, sentenceBoundaries } from './sentences';
export type { SentenceLang } from './sentences';
export { ABBREVIATIONS, trailingAbbreviation } from './abbreviations';
export type { AbbreviationKind } from './abbreviations';
export { splitSegmentAt, joinSegments } from './edit';
export { segmentText } from './document';
export type { TextUnit, SegmentTextOptions } from './document';
