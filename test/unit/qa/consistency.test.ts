import { describe, expect, it } from 'vitest';
import { buildConsistencyIndex, runQa, runQaForSegment, updateConsistencyIndex } from '../../../shared/qa';
import { seg } from './segments';

const consistency = (findings: { checkId: string; segmentId: string }[]) =>
  findings.filter((f) => f.checkId.startsWith('consistency.')).map((f) => `${f.segmentId}:${f.checkId}`);

describe('consistency check', () => {
  it('passes the same source translated the same way, ignoring case and end punctuation', () => {
    const a = seg('Harapan Besar Putin pada Kim', "Putin's Big Hope on Kim");
    const b = seg('Harapan besar Putin pada Kim.', "Putin's big hope on Kim.");
    expect(consistency(runQa([a, b]))).toEqual([]);
  });

  it('reports the same source translated differently, on both segments', () => {
    const a = seg('Pabrik Penerbangan Gagarin', 'Gagarin Aviation Plant');
    const b = seg('Pabrik Penerbangan Gagarin', 'Gagarin Aviation Factory');
    expect(consistency(runQa([a, b]))).toEqual([`${a.id}:consistency.source`, `${b.id}:consistency.source`]);
  });

  it('reports the same target used for different sources', () => {
    const a = seg('Korut mengancam', 'North Korea threatens');
    const b = seg('Korea Selatan mengancam', 'North Korea threatens.');
    expect(consistency(runQa([a, b]))).toEqual([`${a.id}:consistency.target`, `${b.id}:consistency.target`]);
  });

  it('checks one segment incrementally against a kept index', () => {
    const a = seg('Pabrik Penerbangan Gagarin', 'Gagarin Aviation Plant');
    const b = seg('Pabrik Penerbangan Gagarin', '');
    const index = buildConsistencyIndex([a, b]);
    const edited = { ...b, target: 'Gagarin Aviation Factory' };
    updateConsistencyIndex(index, edited);
    expect(consistency(runQaForSegment(edited, { index }))).toEqual([`${b.id}:consistency.source`]);
    const fixed = { ...b, target: 'Gagarin Aviation Plant' };
    updateConsistencyIndex(index, fixed);
    expect(consistency(runQaForSegment(fixed, { index }))).toEqual([]);
  });
});
