import type { Segment } from '../../model/segment';
import { tag } from '../../xml/build';
import { inlineToXml } from '../../xml/inline';
import type { XmlElement } from '../../xml/nodes';
import { hasRawContent } from '../../xml/query';
import { SegmentQueue } from '../../xml/segment-queue';
import { serializeStartTag } from '../../xml/serialize';
import type { TextEdit } from '../../xml/splice';
import { applyEdits, insertAfter, replaceContent, replaceNode } from '../../xml/splice';
import { tmxDate } from './create';
import { hasReviewableText } from './read';
import { collectTmxUnits } from './units';

/**
 * Writes reviewed targets back into the TMX they came from.
 *
 * Each unit's target `<seg>` gets the new text (a target `<tuv>` is added after the last one when
 * the unit had none, with `changeid`/`changedate` from the segment); everything else, other
 * languages included, stays byte for byte. An empty target leaves the unit alone.
 */
export function writeTmx(original: string, segments: readonly Segment[]): string {
  const { doc, version, languages, units } = collectTmxUnits(original);
  const target = languages?.target;
  if (!target) return original;
  const queue = new SegmentQueue(segments);
  const edits: TextEdit[] = [];
  for (const unit of units) {
    if (!unit.sourceSeg || !hasReviewableText(doc, unit.sourceSeg)) continue;
    const segment = queue.take(unit.unitId, undefined);
    if (!segment || segment.target === '') continue;
    const content = inlineToXml(segment.target, segment.codes);
    const seg = unit.targetSeg;
    if (seg) {
      if (hasRawContent(doc, seg, content)) continue;
      edits.push(
        seg.selfClosing ? replaceNode(seg, serializeStartTag({ ...seg, selfClosing: false }) + content + '</seg>') : replaceContent(seg, content),
      );
      continue;
    }
    const last = unit.tuvs[unit.tuvs.length - 1];
    if (!last) continue;
    const langAttribute = version.startsWith('1.4') || version.startsWith('2') ? 'xml:lang' : 'lang';
    const tuv = tag(
      'tuv',
      [
        [langAttribute, target],
        ['changeid', segment.updatedBy],
        ['changedate', tmxDate(segment.updatedAt)],
      ],
      `<seg>${content}</seg>`,
    );
    edits.push(insertAfter(last, `${indentBefore(unit.tu, last)}${tuv}`));
  }
  return applyEdits(original, edits);
}

function indentBefore(parent: XmlElement, child: XmlElement): string {
  const index = parent.children.indexOf(child);
  const previous = index > 0 ? parent.children[index - 1] : undefined;
  return previous?.kind === 'text' && previous.value.trim() === '' ? (previous.raw ?? previous.value) : '';
}
