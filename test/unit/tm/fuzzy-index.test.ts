import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bruteForceSearch, FuzzyIndex } from '../../../shared/tm/fuzzy-index';
import { CORPUS_DIR } from '../../support/paths';

/** Corpus sentences plus variants (a word dropped, a number changed, case changed) so matches exist at every level. */
function sentences(): string[] {
  const dir = path.join(CORPUS_DIR, 'id');
  const all = readdirSync(dir)
    .sort()
    .slice(0, 6)
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 3);
  return [...new Set(all)];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function vary(s: string, r: () => number): string {
  const words = s.split(' ');
  const i = Math.floor(r() * words.length);
  const pick = r();
  if (pick < 0.3) words.splice(i, 1);
  else if (pick < 0.5) words[i] = String(Math.floor(r() * 1000));
  else if (pick < 0.7) words[i] = (words[i] ?? '').toUpperCase();
  else words.splice(i, 0, 'juga');
  return words.join(' ');
}

describe('fuzzy index', () => {
  const r = rng(42);
  const base = sentences();
  const units = [...base, ...base.map((s) => vary(s, r)), ...base.map((s) => vary(vary(s, r), r))];
  const index = new FuzzyIndex((doc) => units[doc] as string);
  for (const u of units) index.add(u);

  it('has a corpus to work with', () => {
    expect(base.length).toBeGreaterThan(100);
  });

  it('finds the same top matches as scoring every unit, on a random sample', () => {
    const queries = Array.from({ length: 30 }, () => vary(base[Math.floor(r() * base.length)] as string, r));
    let nonEmpty = 0;
    for (const q of queries) {
      for (const minScore of [70, 85]) {
        const fast = index.search(q, { minScore, limit: 5 });
        const slow = bruteForceSearch(q, units.length, (d) => units[d] as string, { minScore, limit: 5 });
        expect(fast, q).toEqual(slow);
        if (fast.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(30);
  });

  it('finds an exact match at 100 and nothing for unrelated text', () => {
    const hits = index.search(base[3] as string);
    expect(hits[0]).toEqual({ doc: 3, score: 100 });
    expect(index.search('Zyx qwv plorp.')).toEqual([]);
  });
});
