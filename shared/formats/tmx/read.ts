import type { ImportedBlock, ImportedDocument } from '../../model/imported';
import { FormatError } from '../../model/imported';
import type { InlineDialect, InlineRole } from '../../xml/inline';
import { InlineCodeTable, PLACEHOLDER_ROLE, readInline } from '../../xml/inline';
import type { XmlElement } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr, childElements, firstChild, localName, textContent } from '../../xml/query';
import { chooseLanguages, pickLanguage } from './languages';

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

/** `xml:lang` since TMX 1.4, `lang` before. */
function languageOf(tuv: XmlElement): string {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '';
}

/**
 * Reads a TMX 1.1–1.4 memory: one block per `<tu>` that has the source language.
 *
 * Source is Indonesian and target English when present (any region, `in` too), otherwise the
 * header's `srclang` and the first other language. A unit's other languages are ignored.
 */
export function readTmx(text: string): ImportedDocument {
  // OmegaT and others write <!DOCTYPE tmx SYSTEM "tmx11.dtd">; it is never fetched.
  const doc = parseXml(text, { allowExternalDtdReference: true });
  if (localName(doc.root.name) !== 'tmx') throw new FormatError('not a TMX file: the root element is not <tmx>');
  const header = firstChild(doc.root, 'header');
  const body = firstChild(doc.root, 'body');
  const units = body ? childElements(body, 'tu') : [];
  const seen: string[] = [];
  for (const tu of units) {
    for (const tuv of childElements(tu, 'tuv')) {
      const lang = languageOf(tuv);
      if (lang && !seen.some((l) => l.toLowerCase() === lang.toLowerCase())) seen.push(lang);
    }
  }
  const langs = chooseLanguages(seen, header ? attr(header, 'srclang') : undefined);
  const warnings: string[] = [];
  const blocks: ImportedBlock[] = [];
  let missingSource = 0;
  units.forEach((tu, i) => {
    const tuvs = childElements(tu, 'tuv');
    const sourceTuv = langs ? pickLanguage(tuvs, languageOf, langs.source) : undefined;
    const targetTuv = langs?.target ? pickLanguage(tuvs, languageOf, langs.target) : undefined;
    const sourceSeg = sourceTuv ? firstChild(sourceTuv, 'seg') : undefined;
    if (!sourceSeg) {
      missingSource++;
      return;
    }
    const table = new InlineCodeTable();
    const source = readInline(doc, sourceSeg.children, tmxDialect, table);
    if (source.replace(/[\uE000-\uEFFF]/g, '').trim() === '') return;
    table.beginTarget();
    const targetSeg = targetTuv ? firstChild(targetTuv, 'seg') : undefined;
    const draft = targetSeg ? readInline(doc, targetSeg.children, tmxDialect, table) : '';
    const notes = [tu, ...tuvs]
      .flatMap((e) => childElements(e, 'note'))
      .map((n) => textContent(n).trim())
      .filter((n) => n !== '');
    const hasTarget = draft.trim() !== '';
    blocks.push({
      source,
      kind: 'paragraph',
      ...(hasTarget ? { draft, draftOrigin: 'import' as const } : {}),
      ...(table.codes.length > 0 ? { codes: table.codes } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      origin: { unitId: attr(tu, 'tuid') ?? `#${i + 1}` },
      status: hasTarget ? 'draft' : 'new',
    });
  });
  if (missingSource > 0 && langs) warnings.push(`${missingSource} unit(s) without ${langs.source} were skipped`);
  return {
    format: 'tmx',
    blocks,
    ...(langs ? { sourceLang: langs.source } : {}),
    ...(langs?.target ? { targetLang: langs.target } : {}),
    warnings,
  };
}
