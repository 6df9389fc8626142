import type { ImportedBlock, ImportedDocument } from '../../model/imported';
import { statusNamed } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { InlineDialect, InlineRole } from '../../xml/inline';
import { InlineCodeTable, PLACEHOLDER_ROLE, readInline } from '../../xml/inline';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { attr, childElements, localName, textContent } from '../../xml/query';
import { collectTmxUnits } from './units';

const OPEN: InlineRole = { kind: 'atomic', code: 'open' };
const CLOSE: InlineRole = { kind: 'atomic', code: 'close' };

/** TMX inline elements: `hi` keeps its text editable, `bpt/ept/it/ph/ut` are single chips. */
export const tmxDialect: InlineDialect = {
  role(element: XmlElement): InlineRole {
    switch (localName(element.name)) {
      case 'hi':
        return { kind: 'paired' };
      case 'bpt':
        return OPEN;
      case 'ept':
        return CLOSE;
      case 'it':
        return attr(element, 'pos') === 'end' ? CLOSE : OPEN;
      default:
        return PLACEHOLDER_ROLE;
    }
  },
  idOf(element: XmlElement): string | undefined {
    return attr(element, 'i') ?? attr(element, 'x');
  },
};

/** Whether a source seg has text besides codes; the writer skips the units the reader skipped. */
export function hasReviewableText(doc: XmlDocument, seg: XmlElement): boolean {
  return readInline(doc, seg.children, tmxDialect, new InlineCodeTable()).replace(/[\uE000-\uEFFF]/g, '').trim() !== '';
}

/**
 * Reads a TMX 1.1–1.4 memory: one block per `<tu>` that has the source language.
 *
 * Source is Indonesian and target English when present (any region, `in` too), otherwise the
 * header's `srclang` and the first other language. A unit's other languages are ignored.
 */
export function readTmx(text: string, parsed?: XmlDocument): ImportedDocument {
  const { doc, languages, units } = collectTmxUnits(text, parsed);
  const warnings: Said[] = [];
  const blocks: ImportedBlock[] = [];
  let missingSource = 0;
  for (const unit of units) {
    if (!unit.sourceSeg) {
      missingSource++;
      continue;
    }
    const table = new InlineCodeTable();
    const source = readInline(doc, unit.sourceSeg.children, tmxDialect, table);
    if (source.replace(/[\uE000-\uEFFF]/g, '').trim() === '') continue;
    table.beginTarget();
    const draft = unit.targetSeg ? readInline(doc, unit.targetSeg.children, tmxDialect, table) : '';
    const notes = [unit.tu, ...unit.tuvs]
      .flatMap((e) => childElements(e, 'note'))
      .map((n) => textContent(n).trim())
      .filter((n) => n !== '');
    const hasTarget = draft.trim() !== '';
    // Tinjau's own TMX says each unit's status; other tools' units are drafts to review.
    const statusProp = childElements(unit.tu, 'prop').find((p) => attr(p, 'type') === 'x-status');
    const fileStatus = statusProp ? statusNamed(textContent(statusProp)) : undefined;
    blocks.push({
      source,
      kind: 'paragraph',
      ...(hasTarget ? { draft, draftOrigin: 'import' as const } : {}),
      ...(table.codes.length > 0 ? { codes: table.codes } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      origin: { unitId: unit.unitId },
      status: hasTarget ? (fileStatus && fileStatus !== 'new' ? fileStatus : 'draft') : 'new',
    });
  }
  if (missingSource > 0 && languages) warnings.push(say('tmx.unitsWithoutSource', { count: missingSource, language: languages.source }));
  return {
    format: 'tmx',
    blocks,
    ...(languages ? { sourceLang: languages.source } : {}),
    ...(languages?.target ? { targetLang: languages.target } : {}),
    warnings,
  };
}
