import { say, type Said } from '../../../shared/messages/text';

/**
 * mammoth's warnings, in words a translator can act on.
 *
 * Most are about styling (a style the document names but does not define, a style mammoth has no
 * mapping for, images): Tinjau reads the text, so they are harmless and dropped. An element mammoth
 * ignored may have held text, so that one is said plainly, once per kind of element. Anything else
 * is said as "part of the document could not be converted", without the library's wording.
 */
export function docxWarnings(messages: ReadonlyArray<{ readonly type: string; readonly message: string }>): Said[] {
  const ignoredElements = new Set<string>();
  let other = 0;
  for (const m of messages) {
    if (m.type !== 'warning') continue;
    const text = m.message;
    if (HARMLESS.some((pattern) => pattern.test(text))) continue;
    const element = /^An unrecognised element was ignored: (\S+)/.exec(text)?.[1];
    if (element) ignoredElements.add(element.replace(/^\{[^}]*\}/, ''));
    else other++;
  }
  const out: Said[] = [];
  if (ignoredElements.size > 0) out.push(say('docx.elementsIgnored', { elements: [...ignoredElements].slice(0, 5).join(', ') }));
  if (other > 0) out.push(say('docx.partsNotConverted', { count: other }));
  return out;
}

const HARMLESS: readonly RegExp[] = [
  /^(Paragraph|Run|Table|Numbering) style with ID .* was referenced but not defined/i,
  /^Unrecognised (paragraph|run|table) style/i,
  /image/i,
  /^A v:imagedata element/i,
  /^Did not understand this style mapping/i,
];
