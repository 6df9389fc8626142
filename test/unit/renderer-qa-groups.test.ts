import { describe, expect, it } from 'vitest';
import { countBySeverity, groupFindings, newJobId } from '../../renderer/features/qa/qa-groups';
import type { QaFinding, QaSeverity } from '../../shared/qa/types';

const finding = (id: string, checkId: string, severity: QaSeverity, segmentId: string): QaFinding => ({ id, checkId, severity, segmentId, message: id, sourceSpans: [], targetSpans: [] });

const findings = [
  finding('a', 'words.repeated', 'warning', 's9'),
  finding('b', 'terminology.untranslated', 'error', 's3'),
  finding('c', 'words.repeated', 'warning', 's2'),
  finding('d', 'punctuation.double-space', 'info', 's3'),
];
const order = (id: string) => Number(id.slice(1));

describe('QA panel grouping', () => {
  it('lists checks with errors first, each check\u2019s findings in document order, with the check\u2019s title', () => {
    const groups = groupFindings(findings, 'check', order, (id) => id);
    expect(groups.map((g) => [g.key, g.title, g.findings.map((f) => f.id)])).toEqual([
      ['terminology.untranslated', 'Source term left untranslated', ['b']],
      ['words.repeated', 'Repeated word', ['c', 'a']],
      ['punctuation.double-space', 'Double space', ['d']],
    ]);
  });

  it('lists segments in document order, the worst finding of each first', () => {
    const groups = groupFindings(findings, 'segment', order, (id) => `Segment ${order(id)}`);
    expect(groups.map((g) => [g.title, g.severity, g.findings.map((f) => f.id)])).toEqual([
      ['Segment 2', 'warning', ['c']],
      ['Segment 3', 'error', ['b', 'd']],
      ['Segment 9', 'warning', ['a']],
    ]);
  });

  it('counts findings by severity and makes job ids the services accept', () => {
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 1 });
    const id = newJobId();
    expect(id.length).toBeGreaterThanOrEqual(8);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(newJobId()).not.toBe(id);
  });
});
