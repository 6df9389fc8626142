import { FormatError } from '../model/imported';
import { say, type Said } from '../messages/text';
import type { XmlDoctype } from './nodes';

/**
 * Reads a `<!DOCTYPE ...>` starting at `lt` and decides whether it is safe.
 *
 * Refused: any entity declaration (billion laughs, XXE) and, unless allowed, any external
 * identifier. Nothing is ever expanded or fetched; the scan is linear, so a hostile file is
 * refused as soon as its DOCTYPE is read.
 */
export function scanDoctype(
  s: string,
  lt: number,
  allowExternal: boolean,
  at: (offset: number) => Said,
): XmlDoctype {
  const entity = s.indexOf('<!ENTITY', lt);
  let p = lt + 9;
  let subsetStart = -1;
  let quote = '';
  for (; p < s.length; p++) {
    const c = s[p] as string;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '[') {
      if (subsetStart === -1) subsetStart = p;
    } else if (c === ']') {
      subsetStart = -2;
    } else if (c === '>' && subsetStart < 0) {
      break;
    } else if (c === '<' && subsetStart >= 0 && s.startsWith('<!ENTITY', p)) {
      throw new FormatError(say('xml.entityDeclaration'), at(p));
    }
  }
  if (p >= s.length) {
    if (entity !== -1) throw new FormatError(say('xml.entityDeclaration'), at(entity));
    throw new FormatError(say('xml.unfinishedDoctype'), at(lt));
  }
  const raw = s.slice(lt, p + 1);
  const header = raw.replace(/\[[\s\S]*\]/, '');
  const match = /^<!DOCTYPE\s+([^\s[>]+)\s*(SYSTEM|PUBLIC)?/.exec(header);
  if (!match) throw new FormatError(say('xml.badDoctype'), at(lt));
  if (match[2] && !allowExternal) {
    throw new FormatError(say('xml.externalDtd'), at(lt));
  }
  return { kind: 'doctype', rootName: match[1] as string, raw, start: lt, end: p + 1 };
}
