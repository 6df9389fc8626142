import { FormatError } from '../../model/imported';
import { say } from '../../messages/text';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { parseXml } from '../../xml/parse';
import { attr, childElements, firstChild, localName } from '../../xml/query';
import type { LanguagePair } from './languages';
import { chooseLanguages, pickLanguage } from './languages';

/** One `<tu>` with the variants Tinjau uses. */
export interface TmxUnit {
  /** `tuid`, or `#n` (1-based position in the body) when the unit has none. */
  readonly unitId: string;
  readonly tu: XmlElement;
  readonly tuvs: readonly XmlElement[];
  readonly sourceSeg?: XmlElement;
  readonly targetTuv?: XmlElement;
  readonly targetSeg?: XmlElement;
}

export interface TmxUnits {
  readonly doc: XmlDocument;
  readonly version: string;
  readonly languages?: LanguagePair;
  readonly units: readonly TmxUnit[];
}

/** `xml:lang` since TMX 1.4, `lang` before. */
export function languageOf(tuv: XmlElement): string {
  return attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '';
}

/** Parses a TMX and finds each unit's source and target variant; shared by reader and writer. */
export function collectTmxUnits(text: string, parsed?: XmlDocument): TmxUnits {
  // OmegaT and others write <!DOCTYPE tmx SYSTEM "tmx11.dtd">; it is never fetched.
  const doc = parsed ?? parseXml(text, { allowExternalDtdReference: true });
  if (localName(doc.root.name) !== 'tmx') throw new FormatError(say('tmx.notTmx'));
  const header = firstChild(doc.root, 'header');
  const body = firstChild(doc.root, 'body');
  const tus = body ? childElements(body, 'tu') : [];
  const seen: string[] = [];
  for (const tu of tus) {
    for (const tuv of childElements(tu, 'tuv')) {
      const lang = languageOf(tuv);
      if (lang && !seen.some((l) => l.toLowerCase() === lang.toLowerCase())) seen.push(lang);
    }
  }
  const languages = chooseLanguages(seen, header ? attr(header, 'srclang') : undefined);
  const units = tus.map((tu, i): TmxUnit => {
    const tuvs = childElements(tu, 'tuv');
    const sourceTuv = languages ? pickLanguage(tuvs, languageOf, languages.source) : undefined;
    const others = tuvs.filter((tuv) => tuv !== sourceTuv);
    const targetTuv = languages?.target ? pickLanguage(others, languageOf, languages.target) : undefined;
    const sourceSeg = sourceTuv ? firstChild(sourceTuv, 'seg') : undefined;
    const targetSeg = targetTuv ? firstChild(targetTuv, 'seg') : undefined;
    return {
      unitId: attr(tu, 'tuid') ?? `#${i + 1}`,
      tu,
      tuvs,
      ...(sourceSeg ? { sourceSeg } : {}),
      ...(targetTuv ? { targetTuv } : {}),
      ...(targetSeg ? { targetSeg } : {}),
    };
  });
  return { doc, version: attr(doc.root, 'version') ?? '', ...(languages ? { languages } : {}), units };
}
