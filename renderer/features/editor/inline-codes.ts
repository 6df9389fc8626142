import type { InlineCode } from '../../../shared/model/segment';
import { inlineCodeIndex } from '../../../shared/model/segment';

/** Matches the private-use characters that stand for inline codes. */
export const INLINE_CODE_PATTERN = /[\uE000-\uEFFF]/g;

/** The chip label for an inline code character, e.g. "<b>", "</b>", "{1}". */
export function chipLabel(char: string, codes: readonly InlineCode[] | undefined): string {
  const index = inlineCodeIndex(char);
  const code = index === null ? undefined : codes?.[index];
  if (!code) return '⧫';
  return code.display || (code.kind === 'close' ? `</${code.element}>` : code.kind === 'open' ? `<${code.element}>` : `{${code.id}}`);
}
