import type { Segment } from '../../model/segment';
import { inlineToXml } from '../../xml/inline';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr, hasRawContent, rawContent, withAttribute } from '../../xml/query';
import { SegmentQueue } from '../../xml/segment-queue';
import { serializeStartTag } from '../../xml/serialize';
import type { TextEdit } from '../../xml/splice';
import { applyEdits, insertAfter, replaceContent, replaceNode, replaceStartTag } from '../../xml/splice';
import { hasReviewableText } from './read';
import { statusFromXliff20, SUBSTATE_PREFIX, xliff20StateFor } from './status';
import type { Xliff20SegmentRef } from './units';
import { collectXliff20Units } from './units';

/**
 * Writes reviewed segments back into the XLIFF 2 file they came from.
 *
 * Per segment: the `<target>` content (added after `<source>` when missing) and `state` with
 * `subState="tinjau:<status>"`. Ignorables, notes, originalData, modules and unknown namespaces
 * stay byte for byte. An empty target leaves the file's target alone; an unchanged status is not
 * rewritten.
 */
export function writeXliff20(original: string, segments: readonly Segment[]): string {
  const doc = parseXml(original);
  const { units } = collectXliff20Units(doc);
  const queue = new SegmentQueue(segments);
  const edits: TextEdit[] = [];
  for (const unit of units) {
    for (const ref of unit.segments) {
      if (!hasReviewableText(doc, unit, ref)) continue;
      const segment = queue.take(unit.id, ref.subId);
      if (segment) edits.push(...editSegment(doc, ref, segment));
    }
  }
  return applyEdits(original, edits);
}

function editSegment(doc: XmlDocument, ref: Xliff20SegmentRef, segment: Segment): TextEdit[] {
  const edits: TextEdit[] = [];
  const state = attr(ref.element, 'state');
  const subState = attr(ref.element, 'subState');
  const wantedSub = `${SUBSTATE_PREFIX}${segment.status}`;
  const hasTarget = ref.target !== undefined && rawContent(doc, ref.target).trim() !== '';
  const current = statusFromXliff20(state, subState, hasTarget);
  const wanted = segment.status === 'edited' ? 'draft' : segment.status;
  const unchanged = subState === wantedSub || (!subState?.startsWith(SUBSTATE_PREFIX) && current === wanted);
  if (!unchanged) {
    const tag = withAttribute(withAttribute(ref.element, 'state', xliff20StateFor(segment.status)), 'subState', wantedSub);
    edits.push(replaceStartTag(ref.element, serializeStartTag(tag)));
  }
  const target = ref.target;
  if (segment.target === '') {
    // A state past "initial" promises a target; checkers such as Okapi's warn when there is none.
    if (!unchanged && !target && xliff20StateFor(segment.status) !== 'initial') {
      const name = ref.source.name.replace(/source$/, 'target');
      edits.push(insertAfter(ref.source, `${indentBefore(ref.element, ref.source)}<${name}></${name}>`));
    }
    return edits;
  }
  const content = inlineToXml(segment.target, segment.codes);
  if (!target) {
    const name = ref.source.name.replace(/source$/, 'target');
    edits.push(insertAfter(ref.source, `${indentBefore(ref.element, ref.source)}<${name}>${content}</${name}>`));
  } else if (!hasRawContent(doc, target, content)) {
    edits.push(
      target.selfClosing
        ? replaceNode(target, serializeStartTag({ ...target, selfClosing: false }) + content + `</${target.name}>`)
        : replaceContent(target, content),
    );
  }
  return edits;
}

function indentBefore(parent: XmlElement, child: XmlElement): string {
  const index = parent.children.indexOf(child);
  const previous = index > 0 ? parent.children[index - 1] : undefined;
  return previous?.kind === 'text' && previous.value.trim() === '' ? (previous.raw ?? previous.value) : '';
}
