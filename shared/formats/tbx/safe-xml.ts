/**
 * A minimal, safe XML reader for TBX files.
 *
 * Written here because the project's shared XML parser (shared/xml) had not landed when TBX
 * support was written; swap it in once it has. Safety: a DOCTYPE that declares entities or
 * names an external DTD (SYSTEM/PUBLIC) is refused, so no external entity is fetched (XXE)
 * and no entity can expand into a billion laughs; only the five predefined entities and
 * character references are decoded.
 */
import { FormatError } from '../../model/imported';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function where(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `line ${line}, column ${at - before.lastIndexOf('\n')}`;
}

function decode(raw: string, text: string, at: number): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new FormatError('A bare "&" in the XML', where(text, at));
    if (ref.startsWith('#')) {
      const cp = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp > 0x10ffff) throw new FormatError(`Bad character reference ${m}`, where(text, at));
      return String.fromCodePoint(cp);
    }
    const v = PREDEFINED[ref];
    if (v === undefined) throw new FormatError(`Unknown entity ${m}: TBX files may not define entities`, where(text, at));
    return v;
  });
}

export interface SafeXmlOptions {
  /**
   * Accept `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">` (common in TBX v2 exports) by
   * ignoring the reference; it is never fetched. Entity declarations stay refused.
   */
  readonly ignoreExternalDtd?: boolean;
}

/** Parses `text` into its root element; throws FormatError with a line and column. */
export function parseSafeXml(text: string, options: SafeXmlOptions = {}): XmlElement {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  const stack: Array<{ name: string; attrs: Record<string, string>; children: (XmlElement | string)[] }> = [];
  let root: XmlElement | null = null;
  const fail = (msg: string): never => {
    throw new FormatError(msg, where(src, i));
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? src.length : lt;
    if (textEnd > i) {
      const chunk = src.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.children.push(decode(chunk, src, i));
      else if (chunk.trim()) fail('Text outside the root element');
      i = textEnd;
      continue;
    }
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) fail('Unclosed comment');
      i = end + 3;
    } else if (src.startsWith('<![CDATA[', i)) {
      const end = src.indexOf(']]>', i + 9);
      if (end < 0) fail('Unclosed CDATA section');
      stack[stack.length - 1]?.children.push(src.slice(i + 9, end));
      i = end + 3;
    } else if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i + 2);
      if (end < 0) fail('Unclosed processing instruction');
      i = end + 2;
    } else if (src.startsWith('<!DOCTYPE', i)) {
      const end = doctypeEnd(src, i);
      const decl = src.slice(i, end);
      if (/<!ENTITY/i.test(decl)) fail('The file declares XML entities; refused for safety');
      if (!options.ignoreExternalDtd && /^<!DOCTYPE\s+[\w:.-]+\s+(SYSTEM|PUBLIC)\b/i.test(decl)) fail('The file points to an external DTD; refused for safety');
      i = end;
    } else if (src.startsWith('</', i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(src.slice(i, i + 300));
      if (!m) fail('Malformed end tag');
      const name = (m as RegExpExecArray)[1] as string;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`End tag </${name}> does not match <${open?.name ?? ''}>`);
      const el: XmlElement = open as XmlElement;
      if (stack.length === 0) root = el;
      else stack[stack.length - 1]?.children.push(el);
      i += (m as RegExpExecArray)[0].length;
    } else {
      const tag = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(src.slice(i, i + 20000));
      if (!tag) fail('Malformed start tag');
      const [all, name, attrText, selfClose] = tag as RegExpExecArray;
      if (root) fail('More than one root element');
      const attrs: Record<string, string> = {};
      for (const a of (attrText ?? '').matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
        attrs[a[1] as string] = decode(a[3] ?? a[4] ?? '', src, i);
      }
      const node = { name: name as string, attrs, children: [] as (XmlElement | string)[] };
      i += (all as string).length;
      if (selfClose) {
        if (stack.length === 0) root = node;
        else stack[stack.length - 1]?.children.push(node);
      } else {
        stack.push(node);
      }
    }
  }
  if (stack.length > 0) fail(`Unclosed element <${stack[stack.length - 1]?.name}>`);
  if (!root) throw new FormatError('The file has no XML root element');
  return root;
}

function doctypeEnd(src: string, start: number): number {
  let depth = 0;
  for (let j = start; j < src.length; j++) {
    const c = src[j];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return j + 1;
  }
  throw new FormatError('Unclosed DOCTYPE', where(src, start));
}

/** Local name without a namespace prefix. */
export function localName(el: XmlElement): string {
  const c = el.name.indexOf(':');
  return c < 0 ? el.name : el.name.slice(c + 1);
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || localName(c) === name));
}

/** All text inside, inline markup flattened. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** All descendants named `name`, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of childElements(el)) {
    if (localName(c) === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
