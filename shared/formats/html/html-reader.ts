/**
 * HTML reader: the article's blocks in reading order, without the page around them.
 *
 * Navigation, scripts, forms, asides and elements that look like ads or share bars are dropped
 * while walking the page; when the page marks its main content (<article>, <main>), blocks
 * outside it are left out too. If the guesses leave nothing, the page is read again without
 * them, so an article in an oddly named container is never lost.
 */
import type { DocumentFormat, ImportedBlock, ImportedDocument } from '../../model';
import { FormatError } from '../../model/imported';
import { say, type Said } from '../../messages/text';
import type { ExtractedPage } from './html-blocks';
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

/** Keeps only the marked main content when it is most of the page; an h1 title above it stays. */
function scopeToArticle(page: ExtractedPage, warnings: Said[]): ImportedBlock[] {
  const inside = page.blocks.filter((b) => b.inArticle);
  const all = page.blocks.map((b) => b.block);
  if (inside.length === 0 || inside.length === page.blocks.length) return all;
  // A small <article> (a teaser card) next to the real text is not the page's content.
  if (textLength(inside) < ARTICLE_SHARE * textLength(page.blocks)) return all;
  const kept = inside.map((b) => b.block);
  const title = all.find((b) => b.kind === 'title');
  const withTitle = title && !kept.includes(title) ? [title, ...kept] : kept;
  const left = all.length - withTitle.length;
  if (left > 0) warnings.push(say('html.leftOutBlocks', { count: left }));
  return withTitle;
}

/** Reads an HTML page or fragment into blocks. Throws FormatError when it has no text. */
export function readHtml(html: string, options: HtmlReadOptions = {}): ImportedDocument {
  const format = options.format ?? 'html';
  if (html.includes('\u0000')) throw new FormatError(say('html.binary'));
  const warnings: Said[] = [];
  let result = extractBlocks(html, true);
  if (result.blocks.length === 0) {
    const lenient = extractBlocks(html, false);
    if (lenient.blocks.length > 0) {
      result = lenient;
      warnings.push(say('html.keptAllText'));
    }
  }
  let blocks = scopeToArticle(result, warnings);
  if (!blocks.some((b) => b.kind === 'title') && result.pageTitle) {
    blocks = [{ source: result.pageTitle, kind: 'title' }, ...blocks];
  }
  if (blocks.length === 0) throw new FormatError(format === 'docx' ? say('docx.noText') : say('html.noText'));
  const code = result.lang?.toLowerCase().split(/[-_]/)[0];
  // "in" is the withdrawn ISO code for Indonesian that older tools still write.
  const sourceLang = code === 'in' ? 'id' : code;
  return { format, blocks, warnings, ...(sourceLang ? { sourceLang } : {}) };
}
