import { describe, expect, it } from 'vitest';
import { annotationSchema, mqmScore, MQM_CATEGORIES, type MqmError } from '../../../shared/review';

describe('mqmScore', () => {
  const errors: MqmError[] = [
    { category: 'accuracy.untranslated', severity: 'major' },
    { category: 'accuracy.untranslated', severity: 'minor' },
    { category: 'terminology', severity: 'major' },
    { category: 'fluency.grammar', severity: 'neutral' },
  ];

  it('adds penalty points by severity and normalises per 1,000 source words', () => {
    const s = mqmScore(errors, 500, 25);
    expect(s.penaltyPoints).toBe(11);
    expect(s.perThousandWords).toBe(22);
    expect(s.pass).toBe(true);
    expect(s.errorCount).toBe(3);
    expect(s.byCategory['accuracy.untranslated']).toEqual({ count: 2, points: 6 });
    expect(s.bySeverity).toEqual({ neutral: 1, minor: 1, major: 2, critical: 0 });
  });

  it('fails a document over the threshold, and one critical error fails a short one', () => {
    expect(mqmScore(errors, 500, 20).pass).toBe(false);
    expect(mqmScore([{ category: 'accuracy.mistranslation', severity: 'critical' }], 1000, 10).pass).toBe(false);
  });

  it('passes an empty document without errors and fails one with errors', () => {
    expect(mqmScore([], 0, 10)).toMatchObject({ perThousandWords: 0, pass: true });
    expect(mqmScore(errors, 0, 10)).toMatchObject({ perThousandWords: Infinity, pass: false });
  });

  it('covers the categories reviewers pick from', () => {
    expect(MQM_CATEGORIES.map((c) => c.dimension)).toEqual(expect.arrayContaining(['Accuracy', 'Fluency', 'Terminology', 'Style', 'Locale convention', 'Design and markup']));
  });
});

describe('annotationSchema', () => {
  const valid = { id: 'a1', segmentId: 's1', start: 3, end: 8, category: 'terminology', severity: 'major', note: 'Korut → North Korea', author: 'RW', at: '2026-01-01T00:00:00Z' };

  it('accepts a well-formed annotation and rejects bad spans and categories', () => {
    expect(annotationSchema.safeParse(valid).success).toBe(true);
    expect(annotationSchema.safeParse({ ...valid, end: 2 }).success).toBe(false);
    expect(annotationSchema.safeParse({ ...valid, category: 'accuracy.wrong' }).success).toBe(false);
  });
});
