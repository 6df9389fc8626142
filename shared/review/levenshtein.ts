/**
 * Edit distance (insertions, deletions, substitutions) between two strings.
 *
 * Document-wide statistics compute one distance per segment, so this uses the bit-parallel
 * algorithm of Myers (1999) in Hyyrö's blocked form: O(n·⌈m/32⌉) instead of O(n·m), after
 * trimming the common prefix and suffix that light post-edits leave. Word-level distances reuse
 * it by mapping each distinct word to one UTF-16 code unit.
 */

// Bit masks per code unit of the pattern; reset after each use, so one table serves every call.
const peq = new Int32Array(0x10000);

function myers32(a: string, b: string): number {
  // a: the pattern, 1..32 code units.
  const n = a.length;
  const last = 1 << (n - 1);
  let pv = -1;
  let mv = 0;
  let score = n;
  for (let i = 0; i < n; i++) peq[a.charCodeAt(i)]! |= 1 << i;
  for (let j = 0; j < b.length; j++) {
    let eq = peq[b.charCodeAt(j)]!;
    const xv = eq | mv;
    eq |= ((eq & pv) + pv) ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & last) score++;
    if (pv & last) score--;
    mv = (mv << 1) | 1;
    pv = (pv << 1) | ~(xv | mv);
    mv &= xv;
  }
  for (let i = 0; i < n; i++) peq[a.charCodeAt(i)] = 0;
  return score;
}

function myersBlocks(a: string, b: string): number {
  // a: the pattern (longer than 32), processed in blocks of 32; b: the text.
  const m = a.length;
  const n = b.length;
  const words = Math.ceil(n / 32);
  const phc = new Int32Array(words).fill(-1);
  const mhc = new Int32Array(words);
  const blocks = Math.ceil(m / 32);
  let score = m;
  for (let blk = 0; blk < blocks; blk++) {
    const start = blk * 32;
    const end = Math.min(start + 32, m);
    const lastBit = 1 << (end - start - 1);
    const isLast = blk === blocks - 1;
    for (let k = start; k < end; k++) peq[a.charCodeAt(k)]! |= 1 << (k - start);
    let pv = -1;
    let mv = 0;
    for (let i = 0; i < n; i++) {
      const eq = peq[b.charCodeAt(i)]!;
      const w = i >> 5;
      const bit = i & 31;
      const pb = (phc[w]! >>> bit) & 1;
      const mb = (mhc[w]! >>> bit) & 1;
      const xv = eq | mv;
      const xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (isLast) {
        if (ph & lastBit) score++;
        if (mh & lastBit) score--;
      }
      if (((ph >>> 31) & 1) !== pb) phc[w]! ^= 1 << bit;
      if (((mh >>> 31) & 1) !== mb) mhc[w]! ^= 1 << bit;
      ph = (ph << 1) | pb;
      mh = (mh << 1) | mb;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let k = start; k < end; k++) peq[a.charCodeAt(k)] = 0;
  }
  return score;
}

/** Levenshtein distance in UTF-16 code units. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (start === endA) return endB - start;
  if (start === endB) return endA - start;
  let x = a.slice(start, endA);
  let y = b.slice(start, endB);
  // The shorter string is the bit pattern: fewer blocks.
  if (x.length > y.length) [x, y] = [y, x];
  return x.length <= 32 ? myers32(x, y) : myersBlocks(x, y);
}

/** The plain O(n·m) dynamic programme: the reference the fast version is tested against. */
export function levenshteinReference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Edit distance between token sequences: each distinct token becomes one code unit. */
export function tokenLevenshtein(a: readonly string[], b: readonly string[]): number {
  const ids = new Map<string, number>();
  const encode = (tokens: readonly string[]) => {
    let s = '';
    for (const t of tokens) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      s += String.fromCharCode(id);
    }
    return s;
  };
  return levenshtein(encode(a), encode(b));
}
