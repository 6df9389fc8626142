import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from './nodes';

/** The name without its prefix: `sdl:seg` → `seg`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function attr(element: XmlElement, name: string): string | undefined {
  for (const a of element.attributes) if (a.name === name) return a.value;
  return undefined;
}

/** Child elements, optionally only those with this local name in one of these namespaces. */
export function childElements(
  element: XmlElement,
  local?: string,
  namespaces?: readonly (string | undefined)[],
): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) {
    if (c.kind !== 'element') continue;
    if (local !== undefined && localName(c.name) !== local) continue;
    if (namespaces && !namespaces.includes(c.ns)) continue;
    out.push(c);
  }
  return out;
}

export function firstChild(
  element: XmlElement,
  local: string,
  namespaces?: readonly (string | undefined)[],
): XmlElement | undefined {
  for (const c of element.children) {
    if (c.kind === 'element' && localName(c.name) === local && (!namespaces || namespaces.includes(c.ns))) return c;
  }
  return undefined;
}

/** Descendants in document order that satisfy `test`, not looking inside a match. */
export function findDescendants(element: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (nodes: readonly XmlNode[]): void => {
    for (const c of nodes) {
      if (c.kind !== 'element') continue;
      if (test(c)) out.push(c);
      else walk(c.children);
    }
  };
  walk(element.children);
  return out;
}

/** Concatenated text and CDATA of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const c of element.children) {
    if (c.kind === 'text' || c.kind === 'cdata') out += c.value;
    else if (c.kind === 'element') out += textContent(c);
  }
  return out;
}

/** The element's markup exactly as it appears in the file. */
export function rawXml(doc: XmlDocument, element: XmlElement): string {
  return doc.source.slice(element.start, element.end);
}

/** The element's content (between start and end tag) exactly as in the file. */
export function rawContent(doc: XmlDocument, element: XmlElement): string {
  return element.selfClosing ? '' : doc.source.slice(element.startTagEnd, element.contentEnd);
}

/** The same element with one attribute set (kept in place) or added at the end; `undefined` removes it. */
export function withAttribute(element: XmlElement, name: string, value: string | undefined): XmlElement {
  const index = element.attributes.findIndex((a) => a.name === name);
  const attributes: XmlAttribute[] = [...element.attributes];
  if (value === undefined) {
    if (index !== -1) attributes.splice(index, 1);
  } else if (index === -1) {
    attributes.push({ name, value });
  } else {
    const old = attributes[index] as XmlAttribute;
    attributes[index] = { name, value, before: old.before, eq: old.eq, quote: old.quote };
  }
  return { ...element, attributes };
}

/**
 * Whether an element already holds `content` as written; line ends count as the same (the model
 * keeps `\n`), so a file with CRLF lines is not rewritten where nothing changed.
 */
export function hasRawContent(doc: XmlDocument, element: XmlElement, content: string): boolean {
  const raw = rawContent(doc, element);
  return raw === content || raw.replace(/\r\n?/g, '\n') === content;
}
