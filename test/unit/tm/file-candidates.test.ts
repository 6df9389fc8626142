import { describe, expect, it } from 'vitest';
import type { TmMatch } from '../../../shared/api/tm-types';
import { withFileCandidates } from '../../../shared/tm/file-candidates';

const memory: TmMatch = { unitId: 'u9', source: 'Kucing tidur.', target: 'Cat sleeps.', score: 80, diff: [], tm: 'Project TM' };

describe('translation candidates from the imported file in the TM panel', () => {
  it('shows them as matches with their origin and score, best first', () => {
    const segment = {
      source: 'Kucing itu tidur.',
      candidates: [
        { source: 'Kucing itu tidur.', target: 'The cat sleeps.', origin: 'Memori Kantor', score: 95 },
        { source: '', target: 'The cat is asleep.', origin: 'MT engine' },
      ],
    };
    const all = withFileCandidates(segment, [memory]);
    expect(all.map((m) => [m.tm, m.score, m.target, m.fromFile ?? false])).toEqual([
      ['Memori Kantor', 95, 'The cat sleeps.', true],
      ['Project TM', 80, 'Cat sleeps.', false],
      ['MT engine', 0, 'The cat is asleep.', true],
    ]);
    // A candidate without its own source is compared with the segment's source.
    expect(all[2]?.source).toBe('Kucing itu tidur.');
  });

  it('leaves the memory’s matches alone when the file had none', () => {
    expect(withFileCandidates({ source: 'x' }, [memory])).toEqual([memory]);
  });
});
