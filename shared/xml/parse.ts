import { FormatError } from '../model/imported';
import { say, type Said } from '../messages/text';
import { decodeEntities } from './escape';
import type {
  XmlAttribute,
  XmlDeclaration,
  XmlDoctype,
  XmlDocument,
  XmlElement,
  XmlNode,
  XmlTopNode,
} from './nodes';
import { XML_NAMESPACE } from './nodes';
import { scanDoctype } from './doctype';

export interface ParseOptions {
  /**
   * Accept `<!DOCTYPE x SYSTEM "x.dtd">` (a reference we never follow). Off by default; the TMX
   * reader turns it on because OmegaT and other tools write such a line into every TMX file.
   * Entity declarations are refused whatever this says.
   */
  readonly allowExternalDtdReference?: boolean;
}

/** Readers walk the tree recursively; real bilingual files nest a few dozen levels at most. */
const MAX_DEPTH = 1000;

const NAME = /^[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*$/;

interface MutableElement {
  kind: 'element';
  name: string;
  ns?: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  selfClosing: boolean;
  tagEnd: string;
  start: number;
  startTagEnd: number;
  contentEnd: number;
  end: number;
  closeTag?: string;
}

type Scope = Readonly<Record<string, string>>;

/** Turns an offset into "line L, column C" for messages (positions, so written without grouping). */
export function lineColumn(text: string, offset: number): Said {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return say('xml.lineColumn', { line: String(line), column: String(offset - lineStart + 1) });
}

/**
 * Parses a whole XML document, refusing anything unsafe or malformed.
 *
 * Strict on purpose: a bilingual file that is not well-formed would not survive a round trip, so
 * the reviewer hears about it at import rather than at export. Only the predefined entities and
 * character references are decoded; any entity declaration is refused before it could expand.
 */
export function parseXml(text: string, options: ParseOptions = {}): XmlDocument {
  const s = text;
  const n = s.length;
  const at = (offset: number): Said => lineColumn(s, offset);
  const fail = (problem: Said, offset: number): never => {
    throw new FormatError(problem, at(offset));
  };
  const bom = s.charCodeAt(0) === 0xfeff;
  let i = bom ? 1 : 0;

  const top: XmlTopNode[] = [];
  const stack: MutableElement[] = [];
  const scopes: Scope[] = [{ xml: XML_NAMESPACE }];
  let root: MutableElement | undefined;
  let declaration: XmlDeclaration | undefined;

  const append = (node: XmlNode | XmlDeclaration | XmlDoctype): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node as XmlNode);
    else top.push(node);
  };

  const addText = (from: number, to: number): void => {
    const raw = s.slice(from, to);
    if (stack.length === 0) {
      if (/\S/.test(raw)) fail(root ? say('xml.textAfterRoot') : say('xml.textBeforeRoot'), from);
      top.push({ kind: 'text', value: raw, raw, start: from, end: to });
      return;
    }
    const normalized = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
    const value = decodeEntities(normalized, (o) => at(from + o));
    append({ kind: 'text', value, raw, start: from, end: to });
  };

  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      addText(i, n);
      break;
    }
    if (lt > i) addText(i, lt);
    const next = s.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const gt = s.indexOf('>', lt);
      if (gt === -1) fail(say('xml.unfinishedEndTag'), lt);
      const name = s.slice(lt + 2, gt).trimEnd();
      const open = stack.pop();
      if (!open) fail(say('xml.endTagWithoutStart', { name }), lt);
      else if (open.name !== name) fail(say('xml.endTagMismatch', { name, open: open.name }), lt);
      else {
        open.contentEnd = lt;
        open.end = gt + 1;
        open.closeTag = s.slice(lt, gt + 1);
        scopes.pop();
      }
      i = gt + 1;
    } else if (next === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) {
        const close = s.indexOf('-->', lt + 4);
        if (close === -1) fail(say('xml.unfinishedComment'), lt);
        append({ kind: 'comment', value: s.slice(lt + 4, close), start: lt, end: close + 3 });
        i = close + 3;
      } else if (s.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) fail(say('xml.cdataOutsideRoot'), lt);
        const close = s.indexOf(']]>', lt + 9);
        if (close === -1) fail(say('xml.unfinishedCdata'), lt);
        append({ kind: 'cdata', value: s.slice(lt + 9, close), start: lt, end: close + 3 });
        i = close + 3;
      } else if (s.startsWith('<!DOCTYPE', lt)) {
        if (stack.length > 0 || root) fail(say('xml.doctypeInsideDocument'), lt);
        const doctype = scanDoctype(s, lt, options.allowExternalDtdReference === true, at);
        top.push(doctype);
        i = lt + doctype.raw.length;
      } else {
        fail(say('xml.unexpectedBang'), lt);
      }
    } else if (next === 0x3f /* ? */) {
      const close = s.indexOf('?>', lt + 2);
      if (close === -1) fail(say('xml.unfinishedProcessingInstruction'), lt);
      const body = s.slice(lt + 2, close);
      const target = /^[^\s?]*/.exec(body)?.[0] ?? '';
      const raw = s.slice(lt, close + 2);
      if (target === 'xml') {
        if (lt !== (bom ? 1 : 0)) fail(say('xml.declarationNotFirst'), lt);
        declaration = parseDeclaration(body, raw, lt, close + 2);
        top.push(declaration);
      } else {
        if (!NAME.test(target) || target.toLowerCase() === 'xml') fail(say('xml.badProcessingInstruction'), lt);
        append({ kind: 'pi', target, data: body.slice(target.length).trimStart(), raw, start: lt, end: close + 2 });
      }
      i = close + 2;
    } else {
      if (root && stack.length === 0) fail(say('xml.secondRoot'), lt);
      const element = readStartTag(lt);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else {
        root = element;
        top.push(element);
      }
      if (!element.selfClosing) {
        if (stack.length >= MAX_DEPTH) fail(say('xml.nestedTooDeep', { depth: String(MAX_DEPTH) }), lt);
        stack.push(element);
      }
      else scopes.pop();
      i = element.startTagEnd;
    }
  }

  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(say('xml.endsBeforeEndTag', { name: unclosed.name }), n);
  if (!root) fail(say('xml.noRoot'), bom ? 1 : 0);
  return { source: s, bom, declaration, children: top, root: root as XmlElement };

  function readStartTag(lt: number): MutableElement {
    let p = lt + 1;
    while (p < n && !isSpace(s.charCodeAt(p)) && s[p] !== '>' && s[p] !== '/') p++;
    const name = s.slice(lt + 1, p);
    if (!NAME.test(name)) fail(name ? say('xml.badElementName', { name }) : say('xml.strayLessThan'), lt);
    const attributes: XmlAttribute[] = [];
    let selfClosing = false;
    let tagEnd: string;
    for (;;) {
      const wsStart = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      const before = s.slice(wsStart, p);
      if (p >= n) fail(say('xml.endsInsideTag', { name }), lt);
      if (s[p] === '>') {
        tagEnd = before;
        p++;
        break;
      }
      if (s[p] === '/') {
        if (s[p + 1] !== '>') fail(say('xml.expectedSelfClose', { name }), p);
        tagEnd = before;
        selfClosing = true;
        p += 2;
        break;
      }
      if (!before) fail(say('xml.attributesNotSpaced', { name }), p);
      const nameStart = p;
      while (p < n && !isSpace(s.charCodeAt(p)) && s[p] !== '=' && s[p] !== '>' && s[p] !== '/') p++;
      const attrName = s.slice(nameStart, p);
      if (!NAME.test(attrName)) fail(say('xml.badAttributeName', { name }), nameStart);
      const eqStart = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (s[p] !== '=') fail(say('xml.attributeNoValue', { attribute: attrName, name }), p);
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      const eq = s.slice(eqStart, p);
      const quote = s[p];
      if (quote !== '"' && quote !== "'") fail(say('xml.attributeNotQuoted', { attribute: attrName, name }), p);
      const close = s.indexOf(quote as string, p + 1);
      if (close === -1) fail(say('xml.endsInsideAttribute', { name }), p);
      const raw = s.slice(p + 1, close);
      const lessThan = raw.indexOf('<');
      if (lessThan !== -1) fail(say('xml.lessThanInAttribute', { attribute: attrName, name }), p + 1 + lessThan);
      const valueStart = p + 1;
      const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
      const value = decodeEntities(spaced, (o) => at(valueStart + o));
      if (attributes.some((a) => a.name === attrName)) fail(say('xml.attributeRepeated', { attribute: attrName, name }), nameStart);
      attributes.push({ name: attrName, value, raw, quote: quote as '"' | "'", before, eq });
      p = close + 1;
    }
    const ns = resolveNamespace(name, attributes);
    const element: MutableElement = {
      kind: 'element',
      name,
      attributes,
      children: [],
      selfClosing,
      tagEnd,
      start: lt,
      startTagEnd: p,
      contentEnd: p,
      end: p,
    };
    if (ns !== undefined) element.ns = ns;
    return element;
  }

  /** Pushes this element's namespace scope and returns the URI its own name resolves to. */
  function resolveNamespace(name: string, attributes: readonly XmlAttribute[]): string | undefined {
    let scope = scopes[scopes.length - 1] as Scope;
    for (const a of attributes) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (scope === scopes[scopes.length - 1]) scope = { ...scope };
        (scope as Record<string, string>)[a.name === 'xmlns' ? '' : a.name.slice(6)] = a.value;
      }
    }
    scopes.push(scope);
    const colon = name.indexOf(':');
    const uri = scope[colon === -1 ? '' : name.slice(0, colon)];
    return uri === '' ? undefined : uri;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function parseDeclaration(body: string, raw: string, start: number, end: number): XmlDeclaration {
  const pick = (key: string): string | undefined =>
    new RegExp(`${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(body)?.slice(1).find((v) => v !== undefined);
  const declaration: XmlDeclaration = { kind: 'declaration', version: pick('version') ?? '1.0', raw, start, end };
  const encoding = pick('encoding');
  const standalone = pick('standalone');
  return {
    ...declaration,
    ...(encoding !== undefined ? { encoding } : {}),
    ...(standalone !== undefined ? { standalone } : {}),
  };
}
