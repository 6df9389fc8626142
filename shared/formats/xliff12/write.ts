import type { Segment } from '../../model/segment';
import { inlineToXml } from '../../xml/inline';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr, hasRawContent, rawContent, withAttribute } from '../../xml/query';
import { SegmentQueue } from '../../xml/segment-queue';
import { serializeStartTag } from '../../xml/serialize';
import type { TextEdit } from '../../xml/splice';
import { applyEdits, insertAfter, replaceContent, replaceNode, replaceStartTag } from '../../xml/splice';
import type { FileStatus } from './status';
import { sdlConfFor, statusFromXliff12, toFileStatus, weakestStatus, xliff12StateFor } from './status';
import type { Xliff12SegmentRef, Xliff12Unit } from './units';
import { collectXliff12Units, hasContent } from './units';
import { hasReviewableText } from './dialect';
import { withToolStatus } from './tool-status';
import { rebuildSegmentedTarget } from './write-segmented';

/**
 * Writes reviewed segments back into the XLIFF 1.2 file they came from.
 *
 * Only what Tinjau holds changes: a unit's `<target>` (or the target `<mrk>` of a segment), its
 * `state`, `approved` and Trados' `conf`. Everything else, including skeletons, groups, alt-trans,
 * notes and other tools' namespaces, stays byte for byte as it was. A segment with an empty target
 * leaves the file's target alone; a status the file already implies is not rewritten.
 */
export function writeXliff12(original: string, segments: readonly Segment[]): string {
  const doc = parseXml(original);
  const { units } = collectXliff12Units(doc);
  const queue = new SegmentQueue(segments);
  const edits: TextEdit[] = [];
  for (const unit of units) {
    const matched = unit.segments.map((ref) =>
      !hasReviewableText(doc, ref.source) ? undefined : queue.take(unit.id, ref.subId),
    );
    if (matched.every((m) => m === undefined)) continue;
    edits.push(...editUnit(doc, unit, matched));
  }
  return applyEdits(original, edits);
}

function fileStatusOf(unit: Xliff12Unit, ref: Xliff12SegmentRef): FileStatus {
  const approved = attr(unit.element, 'approved');
  const state = unit.target ? attr(unit.target, 'state') : undefined;
  const sdlConf = ref.sdlSeg ? attr(ref.sdlSeg, 'conf') : undefined;
  return statusFromXliff12({
    ...(approved !== undefined ? { approved } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(sdlConf !== undefined ? { sdlConf } : {}),
    hasTarget: hasContent(ref.target),
  });
}

function editUnit(doc: XmlDocument, unit: Xliff12Unit, matched: readonly (Segment | undefined)[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const current = unit.segments.map((ref) => fileStatusOf(unit, ref));
  const desired = current.map((status, i) => {
    const segment = matched[i];
    return segment ? toFileStatus(segment.status) : status;
  });
  const newContent = matched.map((segment) =>
    segment && segment.target !== '' ? inlineToXml(segment.target, segment.codes) : undefined,
  );

  // Trados keeps confirmation per segment in sdl:seg; other tools keep one state per target.
  const usesSdl = unit.segments.some((ref) => ref.sdlSeg !== undefined);
  unit.segments.forEach((ref, i) => {
    const segment = matched[i];
    if (usesSdl && ref.sdlSeg && segment && desired[i] !== current[i]) {
      edits.push(replaceStartTag(ref.sdlSeg, serializeStartTag(withAttribute(ref.sdlSeg, 'conf', sdlConfFor(segment.status)))));
    }
  });
  const unitCurrent = weakestStatus(current);
  const unitDesired = weakestStatus(desired);
  const statusChanged = unitDesired !== unitCurrent;
  const state = statusChanged && !usesSdl ? xliff12StateFor(unitDesired) : undefined;

  let unitTag = unit.element;
  if (statusChanged) {
    const approved = attr(unit.element, 'approved');
    // translate-toolkit, Weblate and Pootle take a unit without approved="yes" as fuzzy, whatever its state.
    const done = unitDesired === 'approved' || unitDesired === 'reviewed';
    const value = done ? 'yes' : approved === 'yes' ? 'no' : undefined;
    if (value !== undefined && value !== approved) unitTag = withAttribute(unitTag, 'approved', value);
  }
  // memoQ's mq:status and Phrase's m:confirmed follow the unit's weakest reviewed segment.
  // Only when the review changed a status: an untouched unit stays byte for byte.
  const reviewedStatus = desired.some((d, i) => d !== current[i]) ? weakestSegmentStatus(matched) : undefined;
  if (reviewedStatus) unitTag = withToolStatus(doc, unitTag, reviewedStatus);
  if (unitTag !== unit.element) edits.push(replaceStartTag(unit.element, serializeStartTag(unitTag)));

  if (unit.segments.every((ref) => ref.subId === undefined)) {
    const content = newContent[0];
    const changed = content !== undefined && (!unit.target || !hasRawContent(doc, unit.target, content));
    if (changed || state !== undefined) edits.push(writeTarget(doc, unit, content, state));
    return edits;
  }

  const missingMark = unit.segments.some((ref, i) => newContent[i] !== undefined && !ref.target);
  if (!unit.target || missingMark) {
    if (newContent.some((c) => c !== undefined) || state !== undefined) {
      edits.push(writeTarget(doc, unit, rebuildSegmentedTarget(doc, unit, newContent), state));
    }
    return edits;
  }
  unit.segments.forEach((ref, i) => {
    const content = newContent[i];
    const mark = ref.target;
    if (content === undefined || !mark || hasRawContent(doc, mark, content)) return;
    edits.push(
      mark.selfClosing
        ? replaceNode(mark, serializeStartTag({ ...mark, selfClosing: false }) + content + `</${mark.name}>`)
        : replaceContent(mark, content),
    );
  });
  if (state !== undefined) {
    edits.push(replaceStartTag(unit.target, serializeStartTag(withAttribute(unit.target, 'state', state))));
  }
  return edits;
}

function weakestSegmentStatus(matched: readonly (Segment | undefined)[]): Segment['status'] | undefined {
  const statuses = matched.filter((m): m is Segment => m !== undefined).map((m) => m.status);
  if (statuses.length === 0) return undefined;
  const weakest = weakestStatus(statuses.map(toFileStatus));
  return weakest === 'draft' && statuses.includes('edited') ? 'edited' : weakest;
}

/** Replaces the unit's `<target>` (content and/or state), or adds one after the source. */
function writeTarget(doc: XmlDocument, unit: Xliff12Unit, content: string | undefined, state: string | undefined): TextEdit {
  const target = unit.target;
  if (target) {
    const tag = state !== undefined ? withAttribute(target, 'state', state) : target;
    const body = content ?? rawContent(doc, target);
    return replaceNode(target, serializeStartTag({ ...tag, selfClosing: false }) + body + (target.closeTag ?? `</${target.name}>`));
  }
  const after = unit.segSource ?? unit.source;
  const prefix = after.name.includes(':') ? after.name.slice(0, after.name.indexOf(':') + 1) : '';
  const stateAttr = state !== undefined ? ` state="${state}"` : '';
  return insertAfter(after, `${indentBefore(unit.element, unit.source)}<${prefix}target${stateAttr}>${content ?? ''}</${prefix}target>`);
}

/** The whitespace that precedes `child` in `parent`, so an added element lines up with its siblings. */
function indentBefore(parent: XmlElement, child: XmlElement): string {
  const index = parent.children.indexOf(child);
  const previous = index > 0 ? parent.children[index - 1] : undefined;
  return previous?.kind === 'text' && previous.value.trim() === '' ? (previous.raw ?? previous.value) : '';
}
