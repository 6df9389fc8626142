import { attr, rawContent } from '../../xml/query';
import type { XmlDocument } from '../../xml/nodes';
import { serializeStartTag } from '../../xml/serialize';
import type { TextEdit } from '../../xml/splice';
import { applyEdits } from '../../xml/splice';
import type { Xliff12Unit } from './units';
import { segMarks } from './units';

/**
 * Builds a segmented `<target>` content from `<seg-source>`, as Trados does for a new target.
 *
 * The markup around the segments (tags, spaces between sentences) is copied from the seg-source;
 * each `<mrk mtype="seg">` gets the new translation, else what the old target had, else nothing.
 */
export function rebuildSegmentedTarget(
  doc: XmlDocument,
  unit: Xliff12Unit,
  newContent: readonly (string | undefined)[],
): string {
  const segSource = unit.segSource;
  if (!segSource || segSource.selfClosing) return '';
  const base = segSource.startTagEnd ?? 0;
  const inner = doc.source.slice(base, segSource.contentEnd);
  const edits: TextEdit[] = [];
  segMarks(segSource).forEach((mark) => {
    const mid = attr(mark, 'mid');
    const index = unit.segments.findIndex((ref) => ref.subId === mid);
    const ref = unit.segments[index];
    const content = newContent[index] ?? (ref?.target ? rawContent(doc, ref.target) : '');
    const start = (mark.start ?? 0) - base;
    const end = (mark.end ?? 0) - base;
    edits.push({ start, end, text: serializeStartTag({ ...mark, selfClosing: false }) + content + `</${mark.name}>` });
  });
  return applyEdits(inner, edits);
}
