// The stemming quality bar on the project's own word → root set (test/fixtures/id-stemming).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../support/paths';
import { readPairs, scoreStemming } from '../../support/stemming-eval';

const pairs = readPairs(path.join(FIXTURES_DIR, 'id-stemming/pairs.tsv'));

describe('Indonesian words found under their root (glossary entry per root, derived forms on)', () => {
  it('has at least 300 pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(300);
  });

  it('finds at least 95 % of the words under their root, with at most 0.5 % false hits', () => {
    const score = scoreStemming(pairs);
    expect(score.found / score.words, `missed: ${score.missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    expect(score.falseHits / score.words, `false hits: ${score.wrong.join('; ')}`).toBeLessThanOrEqual(0.005);
  });
});
