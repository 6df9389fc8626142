/**
 * The XML tree the TBX reader walks, read with the project's safe parser (shared/xml).
 *
 * shared/xml refuses entity declarations (no XXE, no billion laughs) and, unless allowed,
 * external DTD references, and decodes only the predefined entities and character
 * references. This module adapts its order-preserving tree to the small shape TBX needs.
 */
import type { XmlElement as ParsedElement } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

export interface SafeXmlOptions {
  /**
   * Accept `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (common in TBX v2 exports) by
   * ignoring the reference; it is never fetched. Entity declarations stay refused.
   */
  readonly ignoreExternalDtd?: boolean;
}

function adapt(el: ParsedElement): XmlElement {
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) attrs[a.name] = a.value;
  const children: (XmlElement | string)[] = [];
  for (const c of el.children) {
    if (c.kind === 'element') children.push(adapt(c));
    else if (c.kind === 'text' || c.kind === 'cdata') children.push(c.value);
  }
  return { name: el.name, attrs, children };
}

/** Parses `text` into its root element; throws FormatError with a line and column. */
export function parseSafeXml(text: string, options: SafeXmlOptions = {}): XmlElement {
  return adapt(parseXml(text, { allowExternalDtdReference: options.ignoreExternalDtd === true }).root);
}

/** Local name without a namespace prefix. */
export function localName(el: XmlElement): string {
  const c = el.name.indexOf(':');
  return c < 0 ? el.name : el.name.slice(c + 1);
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || localName(c) === name));
}

/** All text inside, inline markup flattened. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** All descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (localName(c) === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
