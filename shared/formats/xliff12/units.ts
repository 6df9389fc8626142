import { FormatError } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { attr, childElements, findDescendants, firstChild, localName, textContent } from '../../xml/query';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** Older and namespace-less files (XLIFF 1.0/1.1, some exporters) use the same vocabulary. */
export const XLIFF12_NAMESPACES: readonly (string | undefined)[] = [
  XLIFF12_NAMESPACE,
  'urn:oasis:names:tc:xliff:document:1.1',
  undefined,
];
export const SDL_NAMESPACE = 'http://sdl.com/FileTypes/SdlXliff/1.0';

/** One reviewable piece of a unit: the whole `<source>`, or one `<mrk mtype="seg">` of `<seg-source>`. */
export interface Xliff12SegmentRef {
  /** The `mid` of the segment marker; absent when the unit is not segmented. */
  readonly subId?: string;
  /** `<source>` or the source `<mrk>`. */
  readonly source: XmlElement;
  /** `<target>` or the target `<mrk>` with the same mid, when present. */
  readonly target?: XmlElement;
  /** Trados Studio's `<sdl:seg>` for this mid (confirmation level, lock). */
  readonly sdlSeg?: XmlElement;
}

export interface Xliff12Unit {
  readonly id: string;
  readonly element: XmlElement;
  readonly source: XmlElement;
  readonly segSource?: XmlElement;
  readonly target?: XmlElement;
  readonly segments: readonly Xliff12SegmentRef[];
  /** translate="no" on the unit or an enclosing group/file. */
  readonly locked: boolean;
  readonly notes: readonly string[];
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

export interface Xliff12Units {
  readonly units: readonly Xliff12Unit[];
  readonly warnings: readonly Said[];
}

export function isXliff12(element: XmlElement, local: string): boolean {
  return localName(element.name) === local && XLIFF12_NAMESPACES.includes(element.ns);
}

/**
 * Finds every trans-unit in document order, with its segments.
 *
 * Reader and writer both walk the file through this, so a segment's origin (unit id, mid and its
 * occurrence order) points at the same place when the file is written back.
 */
export function collectXliff12Units(doc: XmlDocument): Xliff12Units {
  const root = doc.root;
  if (localName(root.name) !== 'xliff') throw new FormatError(say('xliff.notXliff'));
  const version = attr(root, 'version');
  if (!XLIFF12_NAMESPACES.includes(root.ns) || (version !== undefined && !/^1\.[0-2]$/.test(version.trim()))) {
    throw new FormatError(say('xliff.unknownVersion', { version: version ?? root.ns ?? '?' }));
  }
  const units: Xliff12Unit[] = [];
  const warnings: Said[] = [];
  const files = childElements(root, 'file', XLIFF12_NAMESPACES);
  if (files.length === 0) warnings.push(say('xliff.noFileElement'));
  for (const file of files) {
    const body = firstChild(file, 'body', XLIFF12_NAMESPACES);
    if (!body) continue;
    const langs = { sourceLang: attr(file, 'source-language'), targetLang: attr(file, 'target-language') };
    walk(body, attr(file, 'translate') === 'no', langs);
  }
  return { units, warnings };

  function walk(container: XmlElement, locked: boolean, langs: { sourceLang?: string; targetLang?: string }): void {
    for (const child of container.children) {
      if (child.kind !== 'element' || !XLIFF12_NAMESPACES.includes(child.ns)) continue;
      const name = localName(child.name);
      const childLocked = locked || attr(child, 'translate') === 'no';
      if (name === 'group') walk(child, childLocked, langs);
      else if (name === 'trans-unit') {
        const unit = readUnit(child, childLocked, langs);
        if (unit) units.push(unit);
      } else if (name === 'bin-unit') {
        warnings.push(say('xliff.binaryUnitSkipped', { id: attr(child, 'id') ?? '' }));
        // A binary unit may hold trans-units of its own (text in an image): those are text to review.
        walk(child, childLocked, langs);
      }
    }
  }

  function readUnit(
    element: XmlElement,
    locked: boolean,
    langs: { sourceLang?: string; targetLang?: string },
  ): Xliff12Unit | undefined {
    const id = attr(element, 'id') ?? '';
    const source = firstChild(element, 'source', XLIFF12_NAMESPACES);
    if (!source) {
      warnings.push(say('xliff.unitNoSource', { id }));
      return undefined;
    }
    const segSource = firstChild(element, 'seg-source', XLIFF12_NAMESPACES);
    const target = firstChild(element, 'target', XLIFF12_NAMESPACES);
    const notes = childElements(element, 'note', XLIFF12_NAMESPACES).map((n) => textContent(n).trim());
    const sdlSegs = new Map<string, XmlElement>();
    for (const defs of childElements(element, 'seg-defs', [SDL_NAMESPACE])) {
      for (const seg of childElements(defs, 'seg', [SDL_NAMESPACE])) sdlSegs.set(attr(seg, 'id') ?? '', seg);
    }
    let segments: Xliff12SegmentRef[];
    const marks = segSource ? segMarks(segSource) : [];
    if (segSource && marks.length > 0) {
      const targetMarks = new Map<string, XmlElement>();
      if (target) for (const m of segMarks(target)) targetMarks.set(attr(m, 'mid') ?? '', m);
      segments = marks.map((mark) => {
        const mid = attr(mark, 'mid') ?? '';
        const ref: Xliff12SegmentRef = { subId: mid, source: mark };
        const targetMark = targetMarks.get(mid);
        const sdlSeg = sdlSegs.get(mid);
        return {
          ...ref,
          ...(targetMark ? { target: targetMark } : {}),
          ...(sdlSeg ? { sdlSeg } : {}),
        };
      });
    } else {
      const sdlSeg = sdlSegs.size === 1 ? [...sdlSegs.values()][0] : undefined;
      segments = [{ source, ...(target ? { target } : {}), ...(sdlSeg ? { sdlSeg } : {}) }];
    }
    return {
      id,
      element,
      source,
      ...(segSource ? { segSource } : {}),
      ...(target ? { target } : {}),
      segments,
      locked,
      notes: notes.filter((n) => n !== ''),
      ...(langs.sourceLang ? { sourceLang: langs.sourceLang } : {}),
      ...(langs.targetLang ? { targetLang: langs.targetLang } : {}),
    };
  }
}

/** `<mrk mtype="seg">` markers, also when they sit inside a `<g>` (Trados does that). */
export function segMarks(element: XmlElement): XmlElement[] {
  return findDescendants(element, (e) => isXliff12(e, 'mrk') && attr(e, 'mtype') === 'seg');
}

/** A source with neither text nor inline codes; the reader skips it, so the writer must too. */
export function isEmptySource(element: XmlElement): boolean {
  return !element.children.some((c) => c.kind === 'element') && textContent(element).trim() === '';
}

/** Whether a target (or target mrk) holds any translation. */
export function hasContent(element: XmlElement | undefined): boolean {
  return element !== undefined && !isEmptySource(element);
}
