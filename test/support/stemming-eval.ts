/**
 * Measures Indonesian glossary matching on word → root pairs the way a reviewer meets it: one
 * glossary entry per root (accepting derived forms too), each word as the text. A word is
 * found when a hit names its own root's entry; a false hit names another entry.
 */
import { readFileSync } from 'node:fs';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { buildGlossaryIndex, findTermHits } from '../../shared/glossary/term-index';

/**
 * Roots that affixed-looking words could wrongly reduce to (keras is not ke- + ras, sejarah
 * not se- + jarah): entries too, so over-stemming shows as a false hit.
 */
export const DISTRACTOR_ROOTS = ['ras', 'las', 'jarah', 'luruh', 'mua', 'kas', 'sih', 'pala', 'tat', 'rita', 'salah', 'ajar', 'ada', 'kah', 'tara', 'tama', 'kara', 'rang', 'ring'];

export interface StemmingScore {
  readonly words: number;
  readonly found: number;
  readonly falseHits: number;
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/** Pairs from a `word<TAB>root` file; lines starting with # are comments. */
export function readPairs(file: string): Array<[string, string]> {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [word = '', root = ''] = l.split('\t');
      return [word.trim(), root.trim()] as [string, string];
    })
    .filter(([w, r]) => w !== '' && r !== '');
}

export function scoreStemming(pairs: ReadonlyArray<readonly [string, string]>): StemmingScore {
  const roots = [...new Set([...pairs.map(([, r]) => r.toLowerCase()), ...DISTRACTOR_ROOTS])];
  const entries: GlossaryEntry[] = roots.map((r, i) => ({
    id: `r${i}`,
    version: '1-x',
    sourceTerms: [r],
    targets: [{ text: r, status: 'preferred' }],
    caseSensitive: false,
    morphology: 'derived',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const index = buildGlossaryIndex(entries);
  const rootOf = new Map(entries.map((e) => [e.id, e.sourceTerms[0] ?? '']));
  let found = 0;
  let falseHits = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const [word, root] of pairs) {
    const hitRoots = findTermHits(index, word).map((h) => rootOf.get(h.entryId) ?? '');
    if (hitRoots.includes(root.toLowerCase())) found++;
    else missed.push(`${word} (${root})`);
    const others = hitRoots.filter((r) => r !== root.toLowerCase());
    if (others.length > 0) {
      falseHits++;
      wrong.push(`${word} → ${others.join(', ')}`);
    }
  }
  return { words: pairs.length, found, falseHits, missed, wrong };
}
