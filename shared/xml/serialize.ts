import { escapeAttribute, escapeText } from './escape';
import type { XmlAttribute, XmlDocument, XmlElement, XmlTopNode } from './nodes';

/**
 * Writes a tree back as XML.
 *
 * Parsed nodes are written from their raw text (quotes, entity spellings, whitespace inside tags),
 * so an untouched document serializes to exactly the text it was parsed from. Nodes built in code
 * are escaped.
 */
export function serializeDocument(doc: XmlDocument): string {
  return (doc.bom ? '\uFEFF' : '') + doc.children.map(serializeNode).join('');
}

export function serializeNode(node: XmlTopNode): string {
  switch (node.kind) {
    case 'element':
      return serializeElement(node);
    case 'text':
      return node.raw ?? escapeText(node.value);
    case 'cdata':
      return `<![CDATA[${node.value}]]>`;
    case 'comment':
      return `<!--${node.value}-->`;
    case 'pi':
      return node.raw ?? `<?${node.target}${node.data ? ` ${node.data}` : ''}?>`;
    case 'declaration':
    case 'doctype':
      return node.raw;
  }
}

export function serializeStartTag(element: XmlElement): string {
  const attributes = element.attributes.map(serializeAttribute).join('');
  return `<${element.name}${attributes}${element.tagEnd ?? ''}${element.selfClosing ? '/>' : '>'}`;
}

export function serializeElement(element: XmlElement): string {
  const start = serializeStartTag(element);
  if (element.selfClosing) return start;
  return start + element.children.map(serializeNode).join('') + (element.closeTag ?? `</${element.name}>`);
}

function serializeAttribute(a: XmlAttribute): string {
  const quote = a.quote ?? '"';
  return `${a.before ?? ' '}${a.name}${a.eq ?? '='}${quote}${a.raw ?? escapeAttribute(a.value, quote)}${quote}`;
}
