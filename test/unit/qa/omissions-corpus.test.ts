// False-alarm guard: the new omission checks find nothing in a human translation of the corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runQa } from '../../../shared/qa';
import type { Segment } from '../../../shared/model';
import { corpusFile } from '../../support/paths';

const paragraphs = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const NEW_CHECKS = ['numbers.scale-word', 'preserved.code', 'words.id-abbreviation', 'completeness.indonesian-words'];
// 004's human draft pairs back to its source by these paragraph pairs (1-based; corpus README).
const BEADS_004: Array<[number[], number]> = [[[2], 1], [[8], 3], [[10], 4], [[11], 5], [[12, 13], 6], [[14], 7], [[15], 8], [[16], 9], [[18], 10], [[19], 11], [[20], 12], [[22], 13], [[24], 16], [[25], 17]];

const segments = (pairs: Array<[string, string]>): Segment[] =>
  pairs.map(([source, target], i) => ({ id: `s${i}`, documentId: 'd', index: i, kind: 'paragraph', source, draft: { text: target, origin: 'mt' }, target, status: 'draft' }));

describe('omission checks on the corpus', () => {
  it('find nothing in the human draft of article 004', () => {
    const src = paragraphs(corpusFile('id', '004'));
    const hu = paragraphs(corpusFile('en-drafts', '004', '.human.en.txt'));
    const pairs = BEADS_004.map(([s, d]): [string, string] => [s.map((n) => src[n - 1] ?? '').join(' '), hu[d - 1] ?? '']);
    expect(pairs.every(([s, t]) => s !== '' && t !== '')).toBe(true);
    const findings = runQa(segments(pairs)).filter((f) => NEW_CHECKS.includes(f.checkId));
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it('catch "Korut" where the MT draft of article 000 left it alone, not where it glosses "North Korea (Korut)"', () => {
    const src = paragraphs(corpusFile('id', '000'));
    const mt = paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt'));
    const findings = runQa(segments(src.map((s, i): [string, string] => [s, mt[i] ?? '']))).filter((f) => f.checkId === 'words.id-abbreviation');
    expect(new Set(findings.map((f) => f.details?.abbreviation))).toEqual(new Set(['Korut']));
    expect(findings.every((f) => !mt[Number(f.segmentId.slice(1))]?.includes('North Korea'))).toBe(true);
  });
});
