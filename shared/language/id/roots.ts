import { ID_ROOTS_DATA } from './roots-data';

let cached: ReadonlySet<string> | null = null;

/**
 * The bundled Indonesian root dictionary (hunspell-id, LGPL-3), loaded once.
 *
 * Split lazily so importing the stemmer costs nothing until it is first used.
 */
export function loadRootSet(): ReadonlySet<string> {
  if (!cached) cached = new Set(ID_ROOTS_DATA.split(/\s+/).filter((w) => w.length > 0));
  return cached;
}
