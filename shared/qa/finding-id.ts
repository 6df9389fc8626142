/**
 * Stable finding ids.
 *
 * The id hashes the check, the segment and the text under the spans (not the offsets), so an
 * ignore still applies after the reviewer edits elsewhere in the same segment.
 */

/** cyrb53: a fast 53-bit string hash, good enough to tell findings apart (not cryptographic). */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function findingKey(checkId: string, segmentId: string, sourceTexts: readonly string[], targetTexts: readonly string[]): string {
  return `${checkId}\u0001${segmentId}\u0001${sourceTexts.join('\u0002')}\u0001${targetTexts.join('\u0002')}`;
}
