import { describe, expect, it } from 'vitest';
import { commentThreadSchema, reopenThread, replyToThread, resolveThread, startThread } from '../../../shared/review';

const c = (id: string, author: string, text: string) => ({ id, author, at: `2026-01-01T00:0${id}:00Z`, text });

describe('comment threads', () => {
  it('resolves and reopens a thread, recording who did it', () => {
    const t = startThread('t1', 's1', c('1', 'Ani', 'Is "Plant" right here?'));
    const resolved = resolveThread(t, 'Budi', '2026-01-02T00:00:00Z');
    expect(resolved).toMatchObject({ resolved: true, statusBy: 'Budi' });
    expect(reopenThread(resolved, 'Ani', '2026-01-03T00:00:00Z')).toMatchObject({ resolved: false, statusBy: 'Ani' });
    expect(t.resolved).toBe(false);
  });

  it('reopens a resolved thread when someone replies', () => {
    const t = resolveThread(startThread('t1', 's1', c('1', 'Ani', 'Check the date')), 'Budi', 'x');
    const replied = replyToThread(t, c('2', 'Ani', 'Still wrong: 15/9/2023'));
    expect(replied.resolved).toBe(false);
    expect(replied.comments.map((x) => x.text)).toEqual(['Check the date', 'Still wrong: 15/9/2023']);
  });

  it('validates threads from outside', () => {
    expect(commentThreadSchema.safeParse(startThread('t1', 's1', c('1', 'Ani', 'ok'))).success).toBe(true);
    expect(commentThreadSchema.safeParse({ id: 't1', segmentId: 's1', comments: [], resolved: false }).success).toBe(false);
  });
});
