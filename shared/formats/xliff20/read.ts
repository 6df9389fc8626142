import type { ImportedBlock, ImportedDocument } from '../../model/imported';
import { say } from '../../messages/text';
import type { InlineDialect } from '../../xml/inline';
import { InlineCodeTable, readInline } from '../../xml/inline';
import type { XmlDocument } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr } from '../../xml/query';
import { xliff20Dialect } from './dialect';
import { statusFromXliff20 } from './status';
import type { Xliff20SegmentRef, Xliff20Unit } from './units';
import { collectXliff20Units } from './units';
import { unitCandidates, unitTerms } from './module-data';

/**
 * Reads an XLIFF 2.0/2.1 file: one block per `<segment>`; `<ignorable>`s (spaces between
 * sentences) are not blocks but stay in the file for export.
 */
export function readXliff20(text: string, parsed?: XmlDocument): ImportedDocument {
  const doc = parsed ?? parseXml(text);
  const collected = collectXliff20Units(doc);
  const warnings = [...collected.warnings];
  const blocks: ImportedBlock[] = [];
  const skipped: string[] = [];
  for (const unit of collected.units) {
    const dialect = xliff20Dialect(unit.data);
    let first = true;
    const unitBlocks: ImportedBlock[] = [];
    for (const segment of unit.segments) {
      const block = readSegment(doc, unit, segment, dialect, first);
      if (!block) {
        skipped.push(`${unit.id}/${segment.subId}`);
        continue;
      }
      unitBlocks.push(block);
      first = false;
    }
    blocks.push(...withModuleData(unit.element, unitBlocks));
  }
  // Nothing is left out silently: the reviewer hears which segments had nothing to review.
  if (skipped.length > 0) warnings.push(say('xliff.segmentsWithoutText', { count: skipped.length, ids: skipped.slice(0, 10).join(', ') }));
  return {
    format: 'xliff20',
    blocks,
    ...(collected.sourceLang ? { sourceLang: collected.sourceLang } : {}),
    ...(collected.targetLang ? { targetLang: collected.targetLang } : {}),
    warnings,
  };
}

/**
 * Candidates go to the segment their `ref` names (else the unit's first segment); glossary
 * entries belong to the whole unit, so every segment of it shows them.
 */
function withModuleData(unit: Xliff20Unit['element'], blocks: ImportedBlock[]): ImportedBlock[] {
  if (blocks.length === 0) return blocks;
  const candidates = unitCandidates(unit);
  const terms = unitTerms(unit);
  if (candidates.length === 0 && terms.length === 0) return blocks;
  return blocks.map((block, i) => {
    const mine = candidates
      .filter((c) => (c.ref !== undefined && blocks.some((b) => b.origin?.subId === c.ref) ? c.ref === block.origin?.subId : i === 0))
      .map(({ ref: _ref, ...c }) => c);
    return { ...block, ...(mine.length > 0 ? { candidates: mine } : {}), ...(terms.length > 0 ? { fileTerms: terms } : {}) };
  });
}

/** Whether a segment's source has text besides codes; the writer skips the same segments. */
export function hasReviewableText(doc: XmlDocument, unit: Xliff20Unit, segment: Xliff20SegmentRef): boolean {
  const text = readInline(doc, segment.source.children, xliff20Dialect(unit.data), new InlineCodeTable());
  return text.replace(/[\uE000-\uEFFF]/g, '').trim() !== '';
}

function readSegment(
  doc: XmlDocument,
  unit: Xliff20Unit,
  segment: Xliff20SegmentRef,
  dialect: InlineDialect,
  firstOfUnit: boolean,
): ImportedBlock | undefined {
  const table = new InlineCodeTable();
  const source = readInline(doc, segment.source.children, dialect, table);
  if (source.replace(/[\uE000-\uEFFF]/g, '').trim() === '') return undefined;
  table.beginTarget();
  const draft = segment.target ? readInline(doc, segment.target.children, dialect, table) : '';
  const hasTarget = draft.trim() !== '';
  const state = attr(segment.element, 'state');
  const subState = attr(segment.element, 'subState');
  const originState = state;
  return {
    source,
    kind: 'paragraph',
    ...(hasTarget ? { draft, draftOrigin: 'import' as const } : {}),
    ...(table.codes.length > 0 ? { codes: table.codes } : {}),
    ...(firstOfUnit && unit.notes.length > 0 ? { notes: unit.notes } : {}),
    origin: { unitId: unit.id, subId: segment.subId, ...(originState !== undefined ? { state: originState } : {}) },
    ...(unit.locked ? { locked: true } : {}),
    status: statusFromXliff20(state, subState, hasTarget),
  };
}
