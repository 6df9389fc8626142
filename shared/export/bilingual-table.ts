import { stringifyCsv } from '../formats/csv/csv';
import type { Segment } from '../model/segment';
import { notesCell, statusLabel } from './segment-notes';
import { plainText } from './plain-text';

export const BILINGUAL_COLUMNS = ['id', 'source', 'draft', 'target', 'status', 'comments'] as const;

/** One row per segment in document order: id, source, draft, target, status, comments. */
export function bilingualRows(segments: readonly Segment[]): string[][] {
  return [...segments]
    .sort((a, b) => a.index - b.index)
    .map((s) => [s.id, plainText(s.source, s), plainText(s.draft?.text ?? '', s), plainText(s.target, s), statusLabel(s), notesCell(s)]);
}

/** Bilingual CSV, UTF-8 with BOM so spreadsheet programs read Indonesian text correctly. */
export function bilingualCsv(segments: readonly Segment[]): string {
  return stringifyCsv([[...BILINGUAL_COLUMNS], ...bilingualRows(segments)], { bom: true });
}
