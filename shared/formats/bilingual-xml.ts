/**
 * Picks the reader of a bilingual XML file (XLIFF 1.x, XLIFF 2.x, TMX) from what the XML parser
 * finds: the root element's name, its namespace and its `version` attribute. Comments, processing
 * instructions and other elements mentioned before the root do not count, and neither do other
 * namespaces' attributes on the root (`its:version`).
 */
import type { ImportedDocument } from '../model/imported';
import { FormatError } from '../model/imported';
import { say } from '../messages/text';
import type { XmlDocument } from '../xml/nodes';
import { lineColumn, parseXml } from '../xml/parse';
import { attr, localName } from '../xml/query';
import { readTmx } from './tmx/read';
import { readXliff12 } from './xliff12/read';
import { XLIFF12_NAMESPACES } from './xliff12/units';
import { readXliff20 } from './xliff20/read';
import { XLIFF2_NAMESPACES } from './xliff20/units';

export type XmlBilingualFormat = 'xliff12' | 'xliff20' | 'tmx';

/** Which reader a parsed document needs; a refusal says what the root is and what to do. */
export function detectBilingualXml(doc: XmlDocument): XmlBilingualFormat {
  const root = doc.root;
  const name = localName(root.name);
  const where = lineColumn(doc.source, root.start ?? 0);
  if (name === 'tmx') return 'tmx';
  if (name !== 'xliff') throw new FormatError(say('xml.notBilingual', { root: root.name }), where);
  const version = attr(root, 'version')?.trim();
  if (XLIFF2_NAMESPACES.includes(root.ns) && version !== undefined && /^2\.[0-2]$/.test(version)) return 'xliff20';
  // XLIFF 1.0 and 1.1 files (and some exporters') have no namespace or an older one; 1.2's reader takes them.
  if (XLIFF12_NAMESPACES.includes(root.ns) && (version === undefined || /^1\.[0-2]$/.test(version))) return 'xliff12';
  throw new FormatError(say('xliff.unknownVersion', { version: version ?? root.ns ?? '?' }), where);
}

export interface ReadBilingualXml {
  readonly format: XmlBilingualFormat;
  readonly imported: ImportedDocument;
}

/** Parses once and reads with the reader the document needs. */
export function readBilingualXml(text: string): ReadBilingualXml {
  // A DOCTYPE line naming a DTD is common in TMX (never fetched); XLIFF readers are stricter.
  const doc = parseXml(text, { allowExternalDtdReference: true });
  const format = detectBilingualXml(doc);
  if (format === 'tmx') return { format, imported: readTmx(text, doc) };
  const strict = doc.children.some((c) => c.kind === 'doctype') ? parseXml(text) : doc;
  return { format, imported: format === 'xliff20' ? readXliff20(text, strict) : readXliff12(text, strict) };
}
