import { stringifyCsv } from '../formats/csv/csv';
import type { Segment } from '../model/segment';

/** The clean English text: paragraphs in source order, blank-line separated, boilerplate left out. */
export function exportTargetText(segments: readonly Segment[]): string {
  return (
    segments
      .filter((s) => !s.excluded)
      .map((s) => s.target.trim())
      .filter((t) => t.length > 0)
      .join('\n\n') + '\n'
  );
}

/** Bilingual CSV (UTF-8 with BOM so spreadsheet programs read Indonesian text correctly). */
export function exportBilingualCsv(segments: readonly Segment[]): string {
  const rows: string[][] = [['id', 'source', 'draft', 'target', 'status']];
  for (const s of segments) rows.push([s.id, s.source, s.draft?.text ?? '', s.target, s.excluded ? 'excluded' : s.status]);
  return stringifyCsv(rows, { bom: true });
}
