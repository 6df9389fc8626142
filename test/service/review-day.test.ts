import { describe, expect, it } from 'vitest';
import { localDay } from '../../electron/services/review-service';

describe('the day a confirmation counts for', () => {
  it('is the day on the reviewer\'s clock, not in UTC', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Jakarta';
    try {
      // 23:30 UTC on the 21st is 06:30 on the 22nd in Jakarta.
      expect(localDay('2026-11-21T23:30:00.000Z')).toBe('2026-11-22');
      expect(localDay('2026-11-22T10:00:00.000Z')).toBe('2026-11-22');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
