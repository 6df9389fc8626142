/**
 * A tolerant HTML tokenizer: start tags, end tags and text, never an error.
 *
 * It follows what browsers do with the messy markup of news sites (unquoted attributes, stray
 * `<`, unterminated comments) closely enough to find the text, without building a DOM.
 */
import { decodeEntities } from './entities';

export interface HtmlStartTag {
  readonly type: 'start';
  /** Lower-case element name. */
  readonly name: string;
  /** Lower-case attribute names; values with entities decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
}

export interface HtmlEndTag {
  readonly type: 'end';
  readonly name: string;
}

export interface HtmlText {
  readonly type: 'text';
  /** Entities decoded; whitespace as in the file. */
  readonly text: string;
}

export type HtmlToken = HtmlStartTag | HtmlEndTag | HtmlText;

/** Elements whose content is not markup: it runs to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Raw text in which entities still count. */
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);

const NAME_START = /[A-Za-z]/;
const SPACE = /[\s/]/;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let i = 0;
  let lower: string | undefined;
  const flushText = (): void => {
    if (text) tokens.push({ type: 'text', text: decodeEntities(text) });
    text = '';
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text += html.slice(i);
      break;
    }
    text += html.slice(i, lt);
    const next = html.charAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      // Doctype, CDATA, processing instructions: nothing to translate.
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
    } else if (next === '/' && NAME_START.test(html.charAt(lt + 2))) {
      const end = html.indexOf('>', lt);
      const name = html.slice(lt + 2, end < 0 ? html.length : end).split(/[\s/]/)[0] ?? '';
      flushText();
      tokens.push({ type: 'end', name: name.toLowerCase() });
      i = end < 0 ? html.length : end + 1;
    } else if (NAME_START.test(next)) {
      const parsed = readStartTag(html, lt);
      flushText();
      tokens.push(parsed.tag);
      i = parsed.end;
      const name = parsed.tag.name;
      if ((RAW_TEXT.has(name) || ESCAPABLE_RAW_TEXT.has(name)) && !parsed.tag.selfClosing) {
        lower ??= html.toLowerCase();
        const close = findEndTag(html, lower, name, i);
        const raw = html.slice(i, close.start);
        if (raw) tokens.push({ type: 'text', text: ESCAPABLE_RAW_TEXT.has(name) ? decodeEntities(raw) : raw });
        tokens.push({ type: 'end', name });
        i = close.end;
      }
    } else {
      // A lone `<` ("a < b") is text.
      text += '<';
      i = lt + 1;
    }
  }
  flushText();
  return tokens;
}

function readStartTag(html: string, lt: number): { tag: HtmlStartTag; end: number } {
  let i = lt + 1;
  const nameStart = i;
  while (i < html.length && !SPACE.test(html.charAt(i)) && html.charAt(i) !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (i < html.length) {
    const ch = html.charAt(i);
    if (ch === '>') {
      i++;
      break;
    }
    if (ch === '/') {
      selfClosing = html.charAt(i + 1) === '>';
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const attrStart = i;
    while (i < html.length && !/[\s/>=]/.test(html.charAt(i))) i++;
    // A lone `=` would otherwise loop forever; treat it as part of the name.
    if (i === attrStart) i++;
    const attrName = html.slice(attrStart, i).toLowerCase();
    let j = i;
    while (j < html.length && /\s/.test(html.charAt(j))) j++;
    let value = '';
    if (html.charAt(j) === '=') {
      j++;
      while (j < html.length && /\s/.test(html.charAt(j))) j++;
      const quote = html.charAt(j);
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        value = html.slice(j + 1, close < 0 ? html.length : close);
        j = close < 0 ? html.length : close + 1;
      } else {
        const start = j;
        while (j < html.length && !/[\s>]/.test(html.charAt(j))) j++;
        value = html.slice(start, j);
      }
      i = j;
    }
    if (attrName && !(attrName in attrs)) attrs[attrName] = decodeEntities(value);
  }
  return { tag: { type: 'start', name, attrs, selfClosing }, end: i };
}

function findEndTag(html: string, lower: string, name: string, from: number): { start: number; end: number } {
  let at = from;
  for (;;) {
    const found = lower.indexOf(`</${name}`, at);
    if (found < 0) return { start: html.length, end: html.length };
    const after = lower.charAt(found + name.length + 2);
    if (after === '' || /[\s/>]/.test(after)) {
      const gt = html.indexOf('>', found);
      return { start: found, end: gt < 0 ? html.length : gt + 1 };
    }
    at = found + 1;
  }
}
