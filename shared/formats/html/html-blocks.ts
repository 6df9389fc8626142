/**
 * The HTML block walker: a small stack of open elements over the token stream, closing unclosed
 * `<p>`, `<li>` and table cells the way browsers do and dropping page furniture.
 */
import type { BlockKind, ImportedBlock } from '../../model';
import type { HtmlStartTag } from './tokenizer';
import { tokenizeHtml } from './tokenizer';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** How deep elements nest before deeper ones are read as text of the deepest (Chromium's parser stops at 512). */
const MAX_NESTING = 512;

/** Never text of the document. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'form', 'svg', 'math', 'iframe', 'object', 'canvas',
  'video', 'audio', 'button', 'select', 'textarea', 'dialog', 'noembed', 'noframes', 'map',
]);

const DROPPED_ROLES = new Set(['dialog', 'alert']);

/** The page around the article: its text is kept, as excluded segments, so nothing of the page is lost. */
const FURNITURE_ELEMENTS = new Set(['nav', 'aside']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar']);

/** Whole class/id names, or their first part before `-`/`_`, that mark page furniture. */
const FURNITURE = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'adsbygoogle', 'iklan', 'share', 'sharing', 'social', 'socmed',
  'breadcrumb', 'breadcrumbs', 'related', 'terkait', 'bacajuga', 'comment', 'comments', 'komentar', 'newsletter',
  'subscribe', 'sidebar', 'menu', 'navbar', 'cookie', 'cookies', 'popup', 'modal', 'promo', 'sponsor', 'sponsored',
  'tags', 'paging', 'pagination', 'sr-only', 'visually-hidden', 'screen-reader-text',
]);

/** Start tags that end an open `<p>` (HTML's "closes a p element" list). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'ul', 'li', 'dd', 'dt',
]);

/** Elements whose start or end separates blocks of text. */
const BOUNDARY = new Set([
  ...CLOSES_P, 'body', 'html', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption', 'center', 'summary', 'legend',
  'option', 'title',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * End tags a browser implies when these start tags appear: [starting, closes the nearest, unless
 * one of these comes first]. This is what makes unclosed <p>, <li> and <td> work.
 */
const IMPLIED_ENDS: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>]> = [
  [CLOSES_P, new Set(['p']), new Set(['table', 'td', 'th', 'caption', 'button', 'template', 'html'])],
  [new Set(['li']), new Set(['li']), new Set(['ul', 'ol', 'menu', 'table', 'td', 'th'])],
  [new Set(['dd', 'dt']), new Set(['dd', 'dt']), new Set(['dl', 'table'])],
  [new Set(['td', 'th']), new Set(['td', 'th']), new Set(['tr', 'table'])],
  [new Set(['tr']), new Set(['tr']), new Set(['table'])],
  [new Set(['thead', 'tbody', 'tfoot']), new Set(['thead', 'tbody', 'tfoot']), new Set(['table'])],
];

const NO_STOP: ReadonlySet<string> = new Set();

/** Elements that give their text a block kind, nearest one wins. */
function kindOf(name: string): BlockKind | 'h1' | null {
  if (name === 'h1') return 'h1';
  if (HEADINGS.has(name)) return 'heading';
  if (name === 'li') return 'list-item';
  if (name === 'td' || name === 'th') return 'table-cell';
  if (name === 'figcaption' || name === 'caption') return 'caption';
  if (name === 'p' || name === 'blockquote' || name === 'dd' || name === 'dt' || name === 'pre' || name === 'address') return 'paragraph';
  return null;
}

interface OpenElement {
  readonly name: string;
  readonly dropped: boolean;
  /** The element marks the page's main content (<article>, <main>, role=main, articleBody). */
  readonly article: boolean;
  /** Only headings inside this element are text; the rest is page furniture (a page-level <header>). */
  readonly headingsOnly: boolean;
  /** Navigation, a page-level header or footer, an aside: kept, marked as the page around the article. */
  readonly furniture: boolean;
}

/** A block and whether it came from inside the page's marked main content. */
export interface ExtractedBlock {
  readonly block: ImportedBlock;
  readonly inArticle: boolean;
  /** Text of the page around the article (navigation, header, footer, aside). */
  readonly furniture: boolean;
}

export interface ExtractedPage {
  readonly blocks: readonly ExtractedBlock[];
  /** Text of <title>, whitespace collapsed. */
  readonly pageTitle: string;
  /** The <html lang> value, if any. */
  readonly lang?: string;
}

function looksLikeFurniture(tag: HtmlStartTag): boolean {
  const names = `${tag.attrs.class ?? ''} ${tag.attrs.id ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((n) => n && (FURNITURE.has(n) || FURNITURE.has(n.split(/[-_]/)[0] ?? '') || FURNITURE.has(n.replace(/[-_]/g, ''))));
}

function isHidden(tag: HtmlStartTag): boolean {
  const style = (tag.attrs.style ?? '').replace(/\s/g, '').toLowerCase();
  return 'hidden' in tag.attrs || tag.attrs['aria-hidden'] === 'true' || style.includes('display:none') || style.includes('visibility:hidden');
}

/** Walks the page's tokens and returns its blocks in order, with furniture guessed from class/id or not. */
export function extractBlocks(html: string, guessFurniture: boolean): ExtractedPage {
  const blocks: ExtractedBlock[] = [];
  const stack: OpenElement[] = [];
  let droppedDepth = 0;
  let buffer = '';
  let breaks = 0;
  let titleTaken = false;
  let pageTitle = '';
  let inTitle = false;
  let lang: string | undefined;

  /** The kind the open elements give to text here; a <p> in a list item or table cell is that item or cell. */
  const blockKind = (): BlockKind | 'h1' => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const found = kindOf((stack[k] as OpenElement).name);
      if (found === 'paragraph') {
        const outer = stack.slice(0, k).reverse().map((e) => kindOf(e.name)).find((x) => x === 'list-item' || x === 'table-cell' || x === 'caption');
        return outer ?? 'paragraph';
      }
      if (found) return found;
    }
    return 'paragraph';
  };

  const flush = (): void => {
    const source = normalize(buffer);
    buffer = '';
    breaks = 0;
    if (!source) return;
    const found = blockKind();
    const heading = found === 'h1' || found === 'heading';
    const furniture = stack.some((e) => e.furniture) || (!heading && stack.some((e) => e.headingsOnly));
    const kind = found === 'h1' ? (titleTaken || furniture ? 'heading' : 'title') : found;
    if (found === 'h1' && !furniture) titleTaken = true;
    blocks.push({ block: { source, kind }, inArticle: stack.some((e) => e.article), furniture });
  };

  const pop = (): void => {
    const top = stack.pop();
    if (top?.dropped) droppedDepth--;
  };

  /** Closes up to and including the nearest `names` element, unless a `stop` element comes first. */
  const closeNearest = (names: ReadonlySet<string>, stop: ReadonlySet<string>): void => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const name = (stack[k] as OpenElement).name;
      if (names.has(name)) {
        if (droppedDepth === 0) flush();
        while (stack.length > k) pop();
        return;
      }
      if (stop.has(name)) return;
    }
  };

  const inArticle = (): boolean => stack.some((e) => e.article);

  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') {
      if (inTitle) pageTitle += token.text;
      else if (droppedDepth === 0) {
        // Source line breaks are just spaces, except in <pre>; otherwise only <br> breaks a line.
        const inPre = stack.some((e) => e.name === 'pre');
        buffer += inPre ? token.text.replace(/\r\n?/g, '\n') : token.text.replace(/[ \t\n\r\f]+/g, ' ');
        if (/\S/.test(token.text)) breaks = 0;
      }
      continue;
    }
    if (token.type === 'start') {
      const name = token.name;
      if (name === 'html' && token.attrs.lang) lang = token.attrs.lang;
      if (name === 'title' && droppedDepth === 0 && !token.selfClosing) {
        inTitle = true;
        continue;
      }
      if (name === 'br') {
        if (droppedDepth > 0) continue;
        breaks++;
        // Two line breaks in loose text are how old CMSs separate paragraphs.
        if (breaks >= 2 && !stack.some((e) => kindOf(e.name))) flush();
        else buffer += '\n';
        continue;
      }
      for (const [starting, closes, stop] of IMPLIED_ENDS) if (starting.has(name)) closeNearest(closes, stop);
      if (HEADINGS.has(name) && HEADINGS.has(stack[stack.length - 1]?.name ?? '')) closeNearest(HEADINGS, NO_STOP);
      // A script or share button inside a paragraph does not split it.
      if (BOUNDARY.has(name) && droppedDepth === 0) flush();
      if (VOID.has(name) || token.selfClosing) continue;
      // Like a browser's parser, elements past a depth are read as text of the deepest one: every
      // tag looks at the stack, so a page nested 100,000 deep would otherwise take minutes.
      if (stack.length >= MAX_NESTING) continue;
      const role = (token.attrs.role ?? '').toLowerCase();
      const furniture = FURNITURE_ELEMENTS.has(name) || FURNITURE_ROLES.has(role) || (name === 'footer' && !inArticle());
      const inFurniture = stack.some((e) => e.furniture);
      const dropped =
        DROPPED.has(name) ||
        DROPPED_ROLES.has(role) ||
        isHidden(token) ||
        // Inside navigation or a footer, a "menu" class is what it is: the text stays, excluded.
        (guessFurniture && !furniture && !inFurniture && looksLikeFurniture(token));
      if (dropped) droppedDepth++;
      const article = name === 'article' || name === 'main' || token.attrs.role === 'main' || token.attrs.itemprop === 'articleBody';
      // A page-level <header> is site furniture, except the article headline some themes put in it.
      const headingsOnly = name === 'header' && !inArticle();
      stack.push({ name, dropped, article, headingsOnly, furniture });
      continue;
    }
    // End tag.
    if (token.name === 'title' && inTitle) {
      inTitle = false;
      continue;
    }
    if (token.name === 'br') {
      // `</br>` is read as `<br>` by browsers.
      if (droppedDepth === 0) buffer += '\n';
      continue;
    }
    const k = stack.map((e) => e.name).lastIndexOf(token.name);
    if (k < 0) continue;
    if (droppedDepth === 0 && (BOUNDARY.has(token.name) || stack.slice(k).some((e) => BOUNDARY.has(e.name)))) flush();
    while (stack.length > k) pop();
  }
  if (droppedDepth === 0) flush();
  return { blocks, pageTitle: normalize(pageTitle), ...(lang ? { lang } : {}) };
}

/** Collapses whitespace as a browser would, keeping line breaks from `<br>`. */
function normalize(text: string): string {
  return text
    .replace(/[\u200b\ufeff]/g, '')
    .split('\n')
    // Like a browser, only ASCII whitespace collapses: a no-break space inside the text is kept,
    // one at either end (old CMS indentation, `<p>&nbsp;</p>` spacers) is not.
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
