/**
 * Inline codes across engines that take markup: each code character (U+E000 + n) travels as
 * `<x id="n"/>`, which DeepL (`tag_handling: xml`) and LibreTranslate (`format: html`) keep in
 * place, and comes back as the same character. Text is escaped only when a batch has codes.
 */
import { inlineCodeChar, inlineCodeIndex } from '../../../shared/model/segment';

const CODE = /[\uE000-\uEFFF]/;

export function hasCodes(texts: readonly string[]): boolean {
  return texts.some((t) => CODE.test(t));
}

export function codesToTags(text: string): string {
  let out = '';
  for (const ch of text) {
    const i = inlineCodeIndex(ch);
    if (i !== null) out += `<x id="${i}"/>`;
    else out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
  }
  return out;
}

export function tagsToCodes(text: string): string {
  return text
    .replace(/<x\s+id="(\d+)"\s*\/?>(?:<\/x>)?/g, (_m, n: string) => (Number(n) < 0x1000 ? inlineCodeChar(Number(n)) : ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
