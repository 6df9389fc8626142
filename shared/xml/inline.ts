import type { InlineCode, InlineCodeKind } from '../model/segment';
import { INLINE_CODE_BASE, inlineCodeChar, inlineCodeIndex } from '../model/segment';
import { escapeText } from './escape';
import type { XmlDocument, XmlElement, XmlNode } from './nodes';
import { attr, localName, textContent } from './query';

/**
 * How a format's inline element becomes chips.
 *
 * `paired`: the start tag and end tag are two codes and the content stays editable text (XLIFF
 * `g`, `mrk`, `pc`, TMX `hi`). `atomic`: the whole element, content included, is one code
 * (`x`, `ph`, `bpt`, `sc` ...). Elements a dialect does not know are kept as atomic placeholders,
 * so their markup survives the round trip.
 */
export type InlineRole = { readonly kind: 'paired' } | { readonly kind: 'atomic'; readonly code: InlineCodeKind };

export interface InlineDialect {
  role(element: XmlElement): InlineRole;
  /** Id the file gives the code (XLIFF `id`, TMX `i`/`x`). */
  idOf(element: XmlElement): string | undefined;
  /** Chip label, when the file offers one (`disp`, `equiv-text`). */
  displayOf?(element: XmlElement): string | undefined;
}

/** The role of any element a dialect does not know. */
export const PLACEHOLDER_ROLE: InlineRole = { kind: 'atomic', code: 'placeholder' };

/**
 * The codes of one block, shared by its source and target.
 *
 * A target code is the same chip as a source code when its markup is identical (the n-th
 * occurrence in the target pairs with the n-th in the source); otherwise it gets its own entry so
 * its markup is still written back exactly.
 */
export class InlineCodeTable {
  readonly codes: InlineCode[] = [];
  private readonly sourceKeys = new Map<string, number[]>();
  private readonly used = new Map<string, number>();
  private targetMode = false;

  /** Call between reading the source and reading a target. */
  beginTarget(): void {
    this.targetMode = true;
    this.used.clear();
  }

  add(code: InlineCode, key: string = code.xml): number {
    if (this.targetMode) {
      const list = this.sourceKeys.get(key);
      const k = this.used.get(key) ?? 0;
      const reused = list?.[k];
      if (reused !== undefined) {
        this.used.set(key, k + 1);
        return reused;
      }
    }
    const index = this.codes.push(code) - 1;
    if (!this.targetMode) {
      const list = this.sourceKeys.get(key);
      if (list) list.push(index);
      else this.sourceKeys.set(key, [index]);
    }
    return index;
  }
}

/** Reads mixed content into plain text with one private-use character per code. */
export function readInline(
  doc: XmlDocument,
  nodes: readonly XmlNode[],
  dialect: InlineDialect,
  table: InlineCodeTable,
  labels: Map<string, string> = new Map(),
): string {
  let text = '';
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'cdata') {
      text += node.value;
      continue;
    }
    if (node.kind !== 'element') continue;
    const element = localName(node.name);
    const id = dialect.idOf(node) ?? `${element}${table.codes.length + 1}`;
    const label = dialect.displayOf?.(node);
    const role = dialect.role(node);
    if (role.kind === 'paired' && !node.selfClosing) {
      const xml = doc.source.slice(node.start, node.startTagEnd);
      const open = table.add({ id, kind: 'open', element, xml, display: label ?? `<${id}>` });
      text += inlineCodeChar(open);
      text += readInline(doc, node.children, dialect, table, labels);
      const closeXml = node.closeTag ?? `</${node.name}>`;
      const close = table.add(
        { id, kind: 'close', element, xml: closeXml, display: closeDisplay(label, id) },
        `\u0000close:${open}`,
      );
      text += inlineCodeChar(close);
      continue;
    }
    const kind: InlineCodeKind = role.kind === 'atomic' ? role.code : 'placeholder';
    const xml = doc.source.slice(node.start, node.end);
    // An end code (ept, ex) carries no ctype; it borrows its start's label: <b> → </b>.
    const borrowed = kind === 'close' && !label ? labels.get(id) : undefined;
    const display = label ?? (borrowed ? closeDisplay(borrowed, id) : defaultDisplay(node, kind, id));
    if (kind === 'open' && label) labels.set(id, label);
    text += inlineCodeChar(table.add({ id, kind, element, xml, display }));
  }
  return text;
}

function closeDisplay(openLabel: string | undefined, id: string): string {
  return openLabel && /^<[^/]/.test(openLabel) ? `</${openLabel.slice(1)}` : `</${id}>`;
}

function defaultDisplay(node: XmlElement, kind: InlineCodeKind, id: string): string {
  const native = textContent(node).trim();
  if (native) return native.length > 24 ? `${native.slice(0, 23)}…` : native;
  const equiv = attr(node, 'equiv-text') ?? attr(node, 'equiv');
  if (equiv) return equiv;
  return kind === 'open' ? `<${id}>` : kind === 'close' ? `</${id}>` : `{${id}}`;
}

/**
 * Writes text with code characters back as XML content, using each code's original markup.
 *
 * A reviewer may delete or move one half of a paired code; a stray end tag is dropped and an
 * unclosed start tag is closed at the end, so the result is always well-formed.
 */
export function inlineToXml(text: string, codes: readonly InlineCode[] = []): string {
  let out = '';
  let plain = '';
  const open: string[] = [];
  const flush = (): void => {
    out += escapeText(plain);
    plain = '';
  };
  for (const ch of text) {
    const index = inlineCodeIndex(ch);
    const code = index === null ? undefined : codes[index];
    if (!code) {
      plain += ch;
      continue;
    }
    flush();
    const xml = code.xml;
    if (xml.startsWith('</')) {
      const name = xml.slice(2, -1).trim();
      const at = open.lastIndexOf(name);
      if (at === -1) continue;
      while (open.length > at + 1) out += `</${open.pop()}>`;
      open.pop();
      out += xml;
    } else if (isBareStartTag(xml)) {
      open.push(/^<([^\s/>]+)/.exec(xml)?.[1] ?? '');
      out += xml;
    } else {
      out += xml;
    }
  }
  flush();
  while (open.length > 0) out += `</${open.pop()}>`;
  return out;
}

function isBareStartTag(xml: string): boolean {
  return xml.startsWith('<') && !xml.endsWith('/>') && xml.indexOf('>') === xml.length - 1;
}

/** For each open code in `text`, the index of the close code that ends it (and back). */
export function pairCodes(text: string, codes: readonly InlineCode[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (const ch of text) {
    const index = inlineCodeIndex(ch);
    const code = index === null ? undefined : codes[index];
    if (index === null || !code) continue;
    if (code.kind === 'open') stack.push(index);
    else if (code.kind === 'close') {
      const opener = stack.pop();
      if (opener !== undefined) {
        pairs.set(opener, index);
        pairs.set(index, opener);
      }
    }
  }
  return pairs;
}

/** Splits text into plain runs and code indexes, for writers that build fresh markup. */
export function splitInline(text: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let plain = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= INLINE_CODE_BASE && code < INLINE_CODE_BASE + 0x1000) {
      if (plain) parts.push(plain);
      plain = '';
      parts.push(code - INLINE_CODE_BASE);
    } else plain += ch;
  }
  if (plain) parts.push(plain);
  return parts;
}

/**
 * Text with its code characters written as markup for an XML format: plain runs are escaped and
 * each code becomes what `write` gives for it, with the index of the code that pairs with it.
 */
export function writeInline(
  text: string,
  codes: readonly InlineCode[],
  write: (code: InlineCode, index: number, partner: number | undefined) => string,
): string {
  const pairs = pairCodes(text, codes);
  return splitInline(text)
    .map((part) => {
      if (typeof part === 'string') return escapeText(part);
      const code = codes[part];
      return code ? write(code, part, pairs.get(part)) : '';
    })
    .join('');
}

/**
 * The native-code content to write for a code inside a `bpt`/`ph`-like element.
 *
 * A code that already is such an element of the target format (TMX `<bpt>` going back to TMX) gives
 * its own content, so the markup is not wrapped twice; anything else is escaped whole.
 */
export function nativeContent(code: InlineCode, sameFormatElements: readonly string[]): string {
  const xml = code.xml;
  if (sameFormatElements.includes(code.element) && xml.startsWith(`<${code.element}`) && !xml.endsWith('/>')) {
    const open = xml.indexOf('>');
    const close = xml.lastIndexOf('</');
    if (open !== -1 && close > open) return xml.slice(open + 1, close);
  }
  return escapeText(xml);
}
