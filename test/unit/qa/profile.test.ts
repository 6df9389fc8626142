import { describe, expect, it } from 'vitest';
import { applyIgnores, DEFAULT_QA_PROFILE, parseQaProfile, runQa, runQaForSegment, summarizeFindings } from '../../../shared/qa';
import { seg } from './segments';

describe('QA profiles', () => {
  it('fills missing fields from the defaults and survives a JSON round trip', () => {
    const parsed = parseQaProfile(JSON.parse(JSON.stringify({ name: 'Agency', checks: { 'words.repeated': { severity: 'error' } } })));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.profile.thresholds).toEqual(DEFAULT_QA_PROFILE.thresholds);
    expect(parseQaProfile(JSON.parse(JSON.stringify(parsed.profile)))).toEqual(parsed);
  });

  it('rejects unknown checks, bad severities and inverted thresholds with readable errors', () => {
    const unknown = parseQaProfile({ checks: { 'words.nope': { enabled: false } } });
    expect(unknown.ok ? [] : unknown.errors).toEqual(['checks.words.nope: unknown QA check "words.nope"']);
    const severity = parseQaProfile({ checks: { 'words.repeated': { severity: 'fatal' } } });
    expect(severity.ok ? '' : severity.errors.join()).toContain('checks.words.repeated.severity');
    expect(parseQaProfile({ thresholds: { lengthRatioMin: 2, lengthRatioMax: 1 } }).ok).toBe(false);
  });

  it('switches checks off and overrides severities', () => {
    const s = seg('saat pilot tampil', 'when the the pilot performed');
    const on = parseQaProfile({ checks: { 'words.repeated': { severity: 'error' } } });
    const off = parseQaProfile({ checks: { 'words.repeated': { enabled: false } } });
    if (!on.ok || !off.ok) throw new Error('profiles');
    expect(runQaForSegment(s, { profile: on.profile }).map((f) => f.severity)).toEqual(['error']);
    expect(runQaForSegment(s, { profile: off.profile })).toEqual([]);
  });
});

describe('ignored findings', () => {
  it('keeps an ignore after the reviewer edits elsewhere in the segment', () => {
    const before = seg('saat pilot tampil', 'when the the pilot performed');
    const [finding] = runQaForSegment(before);
    if (!finding) throw new Error('no finding');
    const after = { ...before, target: 'when the the pilot  performed well' };
    const { open, ignored } = applyIgnores(runQaForSegment(after), [{ findingId: finding.id, reason: 'quoted speech' }]);
    expect(open.map((f) => f.checkId)).toEqual(['punctuation.double-space']);
    expect(ignored.map((f) => [f.checkId, f.ignoredReason])).toEqual([['words.repeated', 'quoted speech']]);
  });

  it('gives two identical problems in one segment different ids', () => {
    const findings = runQaForSegment(seg('a', 'the the pilot and the the crew'));
    const ids = findings.filter((f) => f.checkId === 'words.repeated').map((f) => f.id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('QA runs', () => {
  it('reports progress and sums findings up for the CLI exit code', () => {
    const segments = [seg('saat pilot tampil', 'when the the pilot performed'), seg('Kim datang.', ''), seg('Ya.', 'Yes.')];
    const progress: Array<[number, number]> = [];
    const findings = runQa(segments, { onProgress: (done, total) => progress.push([done, total]), progressEvery: 2 });
    expect(progress).toEqual([[2, 3], [3, 3]]);
    const summary = summarizeFindings(findings);
    expect(summary).toMatchObject({ total: 2, bySeverity: { error: 1, warning: 1, info: 0 }, segmentsWithFindings: 2, hasErrors: true });
    expect(summarizeFindings(findings.filter((f) => f.severity !== 'error')).hasErrors).toBe(false);
  });
});
