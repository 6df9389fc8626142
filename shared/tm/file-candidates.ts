import type { TmMatch } from '../api/tm-types';
import type { Segment } from '../model/segment';
import { diffWordsSegmented } from '../review/diff';

/**
 * The translation candidates the imported file carried for a segment, as TM matches beside the
 * memory's own (best score first; the file's candidates first at the same score). Their `tm` is the
 * origin the file named; a candidate without a score sorts last.
 */
export function withFileCandidates(segment: Pick<Segment, 'source' | 'candidates'> | null, matches: readonly TmMatch[]): TmMatch[] {
  const fromFile: TmMatch[] = (segment?.candidates ?? []).map((c, i) => ({
    unitId: `file-candidate-${i}`,
    source: c.source || segment!.source,
    target: c.target,
    score: c.score ?? 0,
    diff: diffWordsSegmented(c.source || segment!.source, segment!.source),
    tm: c.origin ?? '',
    fromFile: true,
  }));
  return [...fromFile, ...matches].sort((a, b) => b.score - a.score);
}
