import { FormatError } from '../model/imported';
import { say, type Said } from '../messages/text';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/**
 * Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than tab and
 * line ends, U+FFFE/U+FFFF and unpaired surrogates. Text pasted from a PDF or a terminal can carry
 * them; written out, one would make the whole file unreadable to every other tool.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters XML cannot hold. */
export function withoutNonXmlCharacters(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Escapes text content; `>` too, so `]]>` can never appear. Characters XML cannot hold are left out. */
export function escapeText(value: string): string {
  return withoutNonXmlCharacters(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes an attribute value for the given quote; tabs and line ends survive as references. */
export function escapeAttribute(value: string, quote: '"' | "'" = '"'): string {
  return withoutNonXmlCharacters(value).replace(/[&<>"'\t\n\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return quote === '"' ? '&quot;' : c;
      case "'":
        return quote === "'" ? '&apos;' : c;
      case '\t':
        return '&#9;';
      case '\n':
        return '&#10;';
      default:
        return '&#13;';
    }
  });
}

/** True for characters XML 1.0 allows in a document. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Decodes the five predefined entities and numeric character references.
 *
 * Any other entity is refused: no DTD is ever read, so it could only be an attack or an error.
 * `where` turns an offset inside `raw` into where it is in the file ("line L, column C").
 */
export function decodeEntities(raw: string, where: (offset: number) => Said): string {
  if (raw.indexOf('&') === -1) return raw;
  let out = '';
  let last = 0;
  let amp = raw.indexOf('&');
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) throw new FormatError(say('xml.strayAmpersand'), where(amp));
    const name = raw.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (name.startsWith('#')) {
      const cp = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const digits = name.startsWith('#x') ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/;
      if (!digits.test(name) || !isXmlChar(cp)) {
        throw new FormatError(say('xml.invalidCharacterReference', { name }), where(amp));
      }
      decoded = String.fromCodePoint(cp);
    } else {
      decoded = PREDEFINED[name];
      if (decoded === undefined) {
        throw new FormatError(say('xml.undefinedEntity', { name }), where(amp));
      }
    }
    out += raw.slice(last, amp) + decoded;
    last = semi + 1;
    amp = raw.indexOf('&', last);
  }
  return out + raw.slice(last);
}
