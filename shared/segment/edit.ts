/**
 * Manual split and join of segments, as the reviewer does them in the editor.
 */

/** Splits `text` at `offset` (clamped); both halves are trimmed. */
export function splitSegmentAt(text: string, offset: number): [string, string] {
  const at = Math.max(0, Math.min(text.length, Math.floor(offset)));
  return [text.slice(0, at).trim(), text.slice(at).trim()];
}

/**
 * Joins segments back into one text.
 *
 * Sentences are joined with one space; empty parts are skipped so a join never leaves doubled or
 * trailing spaces. `separator` lets paragraph joins use '\n\n'.
 */
export function joinSegments(parts: readonly string[], separator = ' '): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(separator);
}
