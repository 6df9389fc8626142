/**
 * The encoding the XML declaration names, lower case (`utf-16`, `utf-8`), or undefined.
 *
 * Readers ignore it (the caller has decoded the bytes by it, `shared/formats/encoding.ts`).
 */
export function declaredEncoding(text: string): string | undefined {
  const declaration = /^\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*["']([^"']+)["']/.exec(text);
  return declaration?.[1]?.toLowerCase();
}

/**
 * The text with its XML declaration saying UTF-8, which is how exports are encoded: a file that
 * came in as windows-1254 or UTF-16 goes back out as UTF-8 and must say so, or the next tool
 * decodes it wrong. Nothing else changes.
 */
export function withUtf8Declaration(text: string): string {
  const declaration = /^(\uFEFF?<\?xml\s[^?]*?encoding\s*=\s*)(["'])([^"']+)\2/.exec(text);
  if (!declaration || declaration[3]?.toLowerCase() === 'utf-8') return text;
  return `${declaration[1]}${declaration[2]}UTF-8${declaration[2]}${text.slice(declaration[0].length)}`;
}
