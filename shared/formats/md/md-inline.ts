/**
 * Markdown inline markup flattened to the text a reader sees: emphasis markers dropped, links
 * reduced to their text, images to their alt text, code spans kept verbatim.
 */
import { decodeEntities } from '../html/entities';

// Stand-ins for protected text while the markup around it is removed; never in real text.
const OPEN = '\u0001';
const CLOSE = '\u0002';

export function flattenInline(markdown: string): string {
  const kept: string[] = [];
  const keep = (text: string): string => `${OPEN}${kept.push(text) - 1}${CLOSE}`;

  let text = markdown
    // Code spans first: nothing inside them is markup.
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => keep(code.replace(/^ (.*) $/s, '$1')))
    .replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => keep(ch))
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/!\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])?/g, '$1')
    .replace(/\[([^\]]*)\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+\.[^>\s@]+)>/gi, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');

  for (let pass = 0; pass < 2; pass++) {
    text = text
      .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/(^|[^*])\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)/g, '$1$2')
      // Underscores inside words (nama_file) are not emphasis.
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
  }

  text = decodeEntities(text).replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_m, i: string) => kept[Number(i)] ?? '');
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
