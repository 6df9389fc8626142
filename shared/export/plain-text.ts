import type { Segment } from '../model/segment';
import { splitInline } from '../xml/inline';

/**
 * Text for people and plain formats: inline codes become their chip label.
 *
 * A spreadsheet or Word reader cannot show private-use code characters, and the markup itself
 * (`<g id="1">`) would read as noise; the label (`<b>`, `{1}`) says that something sits there.
 */
export function plainText(text: string, segment: Pick<Segment, 'codes'>): string {
  if (!segment.codes || segment.codes.length === 0) return text;
  return splitInline(text)
    .map((part) => (typeof part === 'string' ? part : (segment.codes?.[part]?.display ?? '')))
    .join('');
}

/** Text for target documents: inline codes dropped, since the document carries no markup of its own. */
export function cleanText(text: string): string {
  return text.replace(/[\uE000-\uEFFF]/g, '').trim();
}
