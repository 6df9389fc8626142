import type { ImportedBlock, ImportedDocument } from '../../model/imported';
import { say } from '../../messages/text';
import { InlineCodeTable, readInline } from '../../xml/inline';
import type { XmlDocument } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr, childElements, firstChild, textContent } from '../../xml/query';
import type { FileCandidate } from '../../model/segment';
import { scoreOf } from '../xliff20/module-data';
import { xliff12Dialect } from './dialect';
import { statusFromXliff12 } from './status';
import type { Xliff12SegmentRef, Xliff12Unit } from './units';
import { collectXliff12Units, XLIFF12_NAMESPACES } from './units';

/**
 * Reads an XLIFF 1.2 (or 1.0/1.1) file: one block per unit, or per `<mrk mtype="seg">` when the
 * unit has a `<seg-source>` (Trados Studio, memoQ, Okapi).
 *
 * An existing target becomes the block's draft (origin 'import'); `state`, `approved` and Trados'
 * `sdl:seg/@conf` give its status; `translate="no"` and Trados locks make it locked.
 */
export function readXliff12(text: string, parsed?: XmlDocument): ImportedDocument {
  const doc = parsed ?? parseXml(text);
  const collected = collectXliff12Units(doc);
  const units = collected.units;
  const warnings = [...collected.warnings];
  const blocks: ImportedBlock[] = [];
  const skipped: string[] = [];
  for (const unit of units) {
    unit.segments.forEach((segment, i) => {
      const block = readSegment(doc, unit, segment, i === 0);
      if (block) blocks.push(block);
      else skipped.push(segment.subId ? `${unit.id}/${segment.subId}` : unit.id);
    });
  }
  if (skipped.length > 0) {
    warnings.push(say('xliff.unitsWithoutText', { count: skipped.length, ids: skipped.slice(0, 10).join(', ') }));
  }
  const first = units[0];
  return {
    format: 'xliff12',
    blocks,
    ...(first?.sourceLang ? { sourceLang: first.sourceLang } : {}),
    ...(first?.targetLang ? { targetLang: first.targetLang } : {}),
    warnings,
  };
}

function readSegment(
  doc: XmlDocument,
  unit: Xliff12Unit,
  segment: Xliff12SegmentRef,
  firstOfUnit: boolean,
): ImportedBlock | undefined {
  const table = new InlineCodeTable();
  const source = readInline(doc, segment.source.children, xliff12Dialect, table);
  if (source.replace(/[\uE000-\uEFFF]/g, '').trim() === '') return undefined;
  table.beginTarget();
  const draft = segment.target ? readInline(doc, segment.target.children, xliff12Dialect, table) : '';
  const hasTarget = draft.trim() !== '';
  const sdlConf = segment.sdlSeg ? attr(segment.sdlSeg, 'conf') : undefined;
  const state = unit.target ? attr(unit.target, 'state') : undefined;
  const approved = attr(unit.element, 'approved');
  const status = statusFromXliff12({
    ...(approved !== undefined ? { approved } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(sdlConf !== undefined ? { sdlConf } : {}),
    hasTarget,
  });
  const locked = unit.locked || (segment.sdlSeg ? attr(segment.sdlSeg, 'locked') === 'true' : false);
  const originState = sdlConf ?? state;
  return {
    source,
    kind: 'paragraph',
    ...(hasTarget ? { draft, draftOrigin: 'import' as const } : {}),
    ...(table.codes.length > 0 ? { codes: table.codes } : {}),
    ...(firstOfUnit && unit.notes.length > 0 ? { notes: unit.notes } : {}),
    origin: {
      unitId: unit.id,
      ...(segment.subId !== undefined ? { subId: segment.subId } : {}),
      ...(originState !== undefined ? { state: originState } : {}),
    },
    ...(locked ? { locked: true } : {}),
    ...candidatesOf(unit, segment, firstOfUnit),
    status,
  };
}

/**
 * `<alt-trans>` of the unit, as TM matches with their origin and match-quality: those with a `mid`
 * go to that segment, the others to the unit's first segment. They stay in the file as they are.
 */
function candidatesOf(unit: Xliff12Unit, segment: Xliff12SegmentRef, firstOfUnit: boolean): { candidates?: FileCandidate[] } {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const candidates = childElements(unit.element, 'alt-trans', XLIFF12_NAMESPACES).flatMap((alt): FileCandidate[] => {
    const mid = attr(alt, 'mid');
    const mine = segment.subId !== undefined && mid !== undefined ? mid === segment.subId : firstOfUnit;
    if (!mine) return [];
    const target = firstChild(alt, 'target', XLIFF12_NAMESPACES);
    if (!target || clean(textContent(target)) === '') return [];
    const source = firstChild(alt, 'source', XLIFF12_NAMESPACES);
    const origin = attr(alt, 'origin') ?? attr(alt, 'tool-id') ?? attr(alt, 'tool');
    const score = scoreOf(attr(alt, 'match-quality'));
    return [
      {
        source: clean(textContent(source ?? segment.source)),
        target: clean(textContent(target)),
        ...(origin ? { origin } : {}),
        ...(score !== undefined ? { score } : {}),
      },
    ];
  });
  return candidates.length > 0 ? { candidates } : {};
}
