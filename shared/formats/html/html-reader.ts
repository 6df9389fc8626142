/**
 * HTML reader: the article's blocks in reading order, without the page around them.
 *
 * Scripts, forms and elements that look like ads or share bars are dropped while walking the
 * page; its navigation, page-level header and footer and asides are kept as blocks marked
 * `pageFurniture` (they become excluded segments). When the page marks its main content
 * (<article>, <main>), other text outside it is left out. If the guesses leave nothing, the page
 * is read again without them, so an article in an oddly named container is never lost.
 */
import type { DocumentFormat, ImportedBlock, ImportedDocument } from '../../model';
import { FormatError } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { ExtractedBlock, ExtractedPage } from './html-blocks';
import { extractBlocks } from './html-blocks';

export interface HtmlReadOptions {
  /** Format recorded on the document; DOCX goes through this reader after conversion. */
  readonly format?: DocumentFormat;
}

/** Share of the page's text the marked main content must hold before the rest is left out. */
const ARTICLE_SHARE = 0.4;

function textLength(blocks: readonly { readonly block: ImportedBlock }[]): number {
  return blocks.reduce((sum, b) => sum + b.block.source.length, 0);
}

const blockOf = (b: ExtractedBlock): ImportedBlock => (b.furniture ? { ...b.block, pageFurniture: true } : b.block);

/**
 * Keeps only the marked main content when it is most of the page; an h1 title above it stays,
 * and so does the page furniture (navigation, header, footer), which is marked, not left out.
 */
function scopeToArticle(page: ExtractedPage, warnings: Said[]): ImportedBlock[] {
  const content = page.blocks.filter((b) => !b.furniture);
  const inside = content.filter((b) => b.inArticle);
  const all = page.blocks.map(blockOf);
  if (inside.length === 0 || inside.length === content.length) return all;
  // A small <article> (a teaser card) next to the real text is not the page's content.
  if (textLength(inside) < ARTICLE_SHARE * textLength(content)) return all;
  const title = content.find((b) => b.block.kind === 'title');
  const kept = page.blocks.filter((b) => b.furniture || b.inArticle || b === title);
  const left = page.blocks.length - kept.length;
  if (left > 0) warnings.push(say('html.leftOutBlocks', { count: left }));
  return kept.map(blockOf);
}

/** Reads an HTML page or fragment into blocks. Throws FormatError when it has no text. */
export function readHtml(html: string, options: HtmlReadOptions = {}): ImportedDocument {
  const format = options.format ?? 'html';
  if (html.includes('\u0000')) throw new FormatError(say('html.binary'));
  const warnings: Said[] = [];
  let result = extractBlocks(html, true);
  const hasContent = (page: ExtractedPage) => page.blocks.some((b) => !b.furniture);
  if (!hasContent(result)) {
    const lenient = extractBlocks(html, false);
    if (hasContent(lenient)) {
      result = lenient;
      warnings.push(say('html.keptAllText'));
    }
  }
  let blocks = scopeToArticle(result, warnings);
  if (!blocks.some((b) => b.kind === 'title') && result.pageTitle) {
    blocks = [{ source: result.pageTitle, kind: 'title' }, ...blocks];
  }
  // Navigation and a footer alone are no document: nothing would be left to translate.
  if (!blocks.some((b) => !b.pageFurniture)) throw new FormatError(format === 'docx' ? say('docx.noText') : say('html.noText'));
  const code = result.lang?.toLowerCase().split(/[-_]/)[0];
  // "in" is the withdrawn ISO code for Indonesian that older tools still write.
  const sourceLang = code === 'in' ? 'id' : code;
  return { format, blocks, warnings, ...(sourceLang ? { sourceLang } : {}) };
}
