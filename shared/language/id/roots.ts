import { ID_ROOTS_DATA } from './roots-data';
import { ADDED_ROOTS, NOT_ROOTS } from './roots-extra';

let roots: ReadonlySet<string> | null = null;
let flags: ReadonlyMap<string, string> | null = null;

function load(): void {
  const set = new Set<string>();
  const map = new Map<string, string>();
  for (const token of ID_ROOTS_DATA.split(/\s+/)) {
    if (!token) continue;
    const slash = token.indexOf('/');
    if (slash < 0) {
      set.add(token);
    } else {
      const root = token.slice(0, slash);
      set.add(root);
      map.set(root, token.slice(slash + 1));
    }
  }
  for (const w of NOT_ROOTS) {
    set.delete(w);
    map.delete(w);
  }
  for (const w of ADDED_ROOTS) set.add(w);
  roots = set;
  flags = map;
}

/**
 * The bundled Indonesian root dictionary (hunspell-id, LGPL-3, with the hand corrections of
 * roots-extra.ts), loaded once.
 *
 * Split lazily so importing the stemmer costs nothing until it is first used.
 */
export function loadRootSet(): ReadonlySet<string> {
  if (!roots) load();
  return roots as ReadonlySet<string>;
}

/** A root's hunspell affix flags, two characters each ("MiDi": meN-…-i, di-…-i); "" if none. */
export function rootFlags(root: string): string {
  if (!flags) load();
  return (flags as ReadonlyMap<string, string>).get(root) ?? '';
}
