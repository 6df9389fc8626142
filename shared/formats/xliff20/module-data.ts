/**
 * XLIFF 2 module data Tinjau uses, read from a unit: translation candidates (`mtc:matches`, shown as
 * TM matches with their origin and score) and glossary entries (`gls:glossary`, shown as terms of
 * the unit's segments). The elements stay in the file as they are; this only reads them.
 */
import type { FileCandidate, FileTerm } from '../../model/segment';
import type { XmlElement } from '../../xml/nodes';
import { attr, childElements, localName, textContent } from '../../xml/query';
import { XLIFF2_NAMESPACES } from './units';

export const MTC_NAMESPACE = 'urn:oasis:names:tc:xliff:matches:2.0';
export const GLS_NAMESPACE = 'urn:oasis:names:tc:xliff:glossary:2.0';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const core = (e: XmlElement, name: string) => childElements(e, name, XLIFF2_NAMESPACES)[0];
const children = (e: XmlElement, ns: string, name: string) =>
  e.children.filter((c): c is XmlElement => c.kind === 'element' && c.ns === ns && localName(c.name) === name);

/** A percentage from `matchQuality` (or else `similarity`), 0–100, as the file gives it. */
export function scoreOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseFloat(value.replace('%', ''));
  return Number.isFinite(n) && n >= 0 && n <= 100 ? Math.round(n) : undefined;
}

export interface UnitCandidate extends FileCandidate {
  /** The segment (or span) the match is for: `ref="#id"` without the hash. */
  readonly ref?: string;
}

export function unitCandidates(unit: XmlElement): UnitCandidate[] {
  return children(unit, MTC_NAMESPACE, 'matches').flatMap((matches) =>
    children(matches, MTC_NAMESPACE, 'match').flatMap((m): UnitCandidate[] => {
      const source = core(m, 'source');
      const target = core(m, 'target');
      if (!target) return [];
      const score = scoreOf(attr(m, 'matchQuality')) ?? scoreOf(attr(m, 'similarity'));
      const origin = attr(m, 'origin');
      const ref = attr(m, 'ref')?.replace(/^#/, '');
      return [
        {
          source: source ? clean(textContent(source)) : '',
          target: clean(textContent(target)),
          ...(origin ? { origin } : {}),
          ...(score !== undefined ? { score } : {}),
          ...(ref ? { ref } : {}),
        },
      ];
    }),
  );
}

export function unitTerms(unit: XmlElement): FileTerm[] {
  return children(unit, GLS_NAMESPACE, 'glossary').flatMap((glossary) =>
    children(glossary, GLS_NAMESPACE, 'glossEntry').flatMap((entry): FileTerm[] => {
      const term = children(entry, GLS_NAMESPACE, 'term')[0];
      if (!term || clean(textContent(term)) === '') return [];
      const translations = children(entry, GLS_NAMESPACE, 'translation').map((t) => clean(textContent(t))).filter((t) => t !== '');
      const definition = children(entry, GLS_NAMESPACE, 'definition')[0];
      const defined = definition ? clean(textContent(definition)) : '';
      return [{ term: clean(textContent(term)), translations, ...(defined ? { definition: defined } : {}) }];
    }),
  );
}
