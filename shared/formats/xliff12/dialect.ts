import type { InlineDialect, InlineRole } from '../../xml/inline';
import { InlineCodeTable, PLACEHOLDER_ROLE, readInline } from '../../xml/inline';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { attr, localName } from '../../xml/query';
import { XLIFF12_NAMESPACES } from './units';

const PAIRED: InlineRole = { kind: 'paired' };
const OPEN: InlineRole = { kind: 'atomic', code: 'open' };
const CLOSE: InlineRole = { kind: 'atomic', code: 'close' };

/** Common `ctype` values as the tag a reviewer recognises. */
const CTYPE_LABEL: Readonly<Record<string, string>> = {
  bold: '<b>',
  italic: '<i>',
  underlined: '<u>',
  link: '<a>',
  'x-html-strong': '<strong>',
  'x-html-em': '<em>',
};

/** XLIFF 1.2 inline elements: g and mrk keep their content editable, the rest are single chips. */
export const xliff12Dialect: InlineDialect = {
  role(element: XmlElement): InlineRole {
    if (!XLIFF12_NAMESPACES.includes(element.ns)) return PLACEHOLDER_ROLE;
    switch (localName(element.name)) {
      case 'g':
      case 'mrk':
        return PAIRED;
      case 'bx':
      case 'bpt':
        return OPEN;
      case 'ex':
      case 'ept':
        return CLOSE;
      case 'it':
        return attr(element, 'pos') === 'close' ? CLOSE : OPEN;
      default:
        return PLACEHOLDER_ROLE;
    }
  },
  idOf(element: XmlElement): string | undefined {
    return attr(element, 'id') ?? attr(element, 'mid');
  },
  displayOf(element: XmlElement): string | undefined {
    const equiv = attr(element, 'equiv-text');
    if (equiv) return equiv;
    const ctype = attr(element, 'ctype');
    return ctype ? CTYPE_LABEL[ctype] : undefined;
  },
};

/**
 * Whether a source holds text to review: one made only of whitespace and codes (a lone tab or
 * image tag) is skipped by the reader, and the writer skips it the same way.
 */
export function hasReviewableText(doc: XmlDocument, source: XmlElement): boolean {
  const text = readInline(doc, source.children, xliff12Dialect, new InlineCodeTable());
  return text.replace(/[\uE000-\uEFFF]/g, '').trim() !== '';
}
