import type { Segment } from '../model/segment';
import type { ExportComment } from '../xml/export-options';

/**
 * A segment's comment threads and MQM annotations as notes for bilingual files.
 *
 * Other tools have no place for threads or error spans, so each comment and each annotation
 * becomes one readable note; the span is quoted so the note still makes sense once the text moves.
 */
export function segmentNotes(segment: Segment): ExportComment[] {
  const notes: ExportComment[] = [];
  for (const thread of segment.comments ?? []) {
    for (const comment of thread.comments) {
      notes.push({ author: comment.author, text: thread.resolved ? `${comment.text} [resolved]` : comment.text });
    }
  }
  for (const a of segment.annotations ?? []) {
    const span = segment.target.slice(a.start, a.end);
    const where = span ? ` "${span}"` : ` (omission at ${a.start})`;
    notes.push({ author: a.author, text: `MQM ${a.severity} ${a.category}${where}${a.note ? `: ${a.note}` : ''}` });
  }
  return notes;
}

/** The notes of a segment as one cell: "author: text" per line. */
export function notesCell(segment: Segment): string {
  return segmentNotes(segment)
    .map((n) => (n.author ? `${n.author}: ${n.text}` : n.text))
    .join('\n');
}

/** The status a person reads in a table: excluded segments say so. */
export function statusLabel(segment: Segment): string {
  return segment.excluded ? 'excluded' : segment.status;
}
