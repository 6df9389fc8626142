export type XmlBilingualFormat = 'xliff12' | 'xliff20' | 'tmx';

/**
 * Guesses which XML bilingual format a text is from its root element, without parsing it all.
 *
 * XLIFF 1.0/1.1 files are reported as `xliff12`: the 1.2 reader accepts them.
 */
export function sniffXmlFormat(text: string): XmlBilingualFormat | null {
  const head = text.slice(0, 4096);
  const root = /<(?:[\w.-]+:)?(xliff|tmx)\b([^>]*)>/i.exec(head);
  if (!root) return null;
  if ((root[1] as string).toLowerCase() === 'tmx') return 'tmx';
  const attrs = root[2] ?? '';
  const version = /\bversion\s*=\s*["']([^"']+)["']/.exec(attrs)?.[1];
  if (version?.startsWith('2') || /urn:oasis:names:tc:xliff:document:2/.test(attrs)) return 'xliff20';
  return 'xliff12';
}

/**
 * The encoding the XML declaration names, lower case (`utf-16`, `utf-8`), or undefined.
 *
 * Readers ignore it (the caller has decoded the bytes); the export service uses it to encode a
 * written-back file the way the original was, since the declaration is kept as it was.
 */
export function declaredEncoding(text: string): string | undefined {
  const declaration = /^\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
  return declaration?.[1]?.toLowerCase();
}
