import { FormatError } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { attr, childElements, firstChild, localName, textContent } from '../../xml/query';

export const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2.2 (2025) has its own core namespace; 2.1 kept 2.0's. The core elements are the same. */
export const XLIFF22_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.2';
export const XLIFF2_NAMESPACES: readonly (string | undefined)[] = [XLIFF20_NAMESPACE, XLIFF22_NAMESPACE];
const NS = XLIFF2_NAMESPACES;

/** One `<segment>` of a unit; `<ignorable>`s are left alone (they hold no translation). */
export interface Xliff20SegmentRef {
  /** The segment's id, or `#n` (its 1-based position among the unit's segments) when it has none. */
  readonly subId: string;
  readonly element: XmlElement;
  readonly source: XmlElement;
  readonly target?: XmlElement;
}

export interface Xliff20Unit {
  readonly id: string;
  readonly element: XmlElement;
  readonly segments: readonly Xliff20SegmentRef[];
  readonly locked: boolean;
  readonly notes: readonly string[];
  /** `<originalData>` by data id, for chip labels. */
  readonly data: ReadonlyMap<string, string>;
}

export interface Xliff20Units {
  readonly units: readonly Xliff20Unit[];
  readonly sourceLang?: string;
  readonly targetLang?: string;
  readonly warnings: readonly Said[];
}

export function isXliff20(element: XmlElement, local: string): boolean {
  return NS.includes(element.ns) && localName(element.name) === local;
}

/** Every unit in document order; shared by reader and writer so origins line up. */
export function collectXliff20Units(doc: XmlDocument): Xliff20Units {
  const root = doc.root;
  if (localName(root.name) !== 'xliff') throw new FormatError(say('xliff.notXliff'));
  const version = attr(root, 'version') ?? '';
  if (!NS.includes(root.ns) || !/^2\.[0-2]$/.test(version)) throw new FormatError(say('xliff.unknownVersion', { version: version || '?' }));
  const units: Xliff20Unit[] = [];
  const warnings: Said[] = [];
  const walk = (container: XmlElement, locked: boolean): void => {
    for (const child of childElements(container, undefined, NS)) {
      const name = localName(child.name);
      const childLocked = locked || attr(child, 'translate') === 'no';
      if (name === 'group') walk(child, childLocked);
      else if (name === 'unit') units.push(readUnit(child, childLocked));
    }
  };
  for (const file of childElements(root, 'file', NS)) walk(file, attr(file, 'translate') === 'no');
  if (units.length === 0) warnings.push(say('xliff.noUnits'));
  const sourceLang = attr(root, 'srcLang');
  const targetLang = attr(root, 'trgLang');
  return { units, warnings, ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) };
}

function readUnit(element: XmlElement, locked: boolean): Xliff20Unit {
  const notesElement = firstChild(element, 'notes', NS);
  const notes = notesElement
    ? childElements(notesElement, 'note', NS).map((n) => textContent(n).trim()).filter((n) => n !== '')
    : [];
  const data = new Map<string, string>();
  const originalData = firstChild(element, 'originalData', NS);
  if (originalData) for (const d of childElements(originalData, 'data', NS)) data.set(attr(d, 'id') ?? '', textContent(d));
  const segments: Xliff20SegmentRef[] = [];
  for (const segment of childElements(element, 'segment', NS)) {
    const source = firstChild(segment, 'source', NS);
    if (!source) continue;
    const target = firstChild(segment, 'target', NS);
    segments.push({
      subId: attr(segment, 'id') ?? `#${segments.length + 1}`,
      element: segment,
      source,
      ...(target ? { target } : {}),
    });
  }
  return { id: attr(element, 'id') ?? '', element, segments, locked, notes, data };
}
