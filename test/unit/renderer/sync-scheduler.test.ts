import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncScheduler } from '../../../renderer/features/team/sync-scheduler';

describe('team sync scheduling in the workbench', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a burst of confirms makes one sync, a few seconds after the last', async () => {
    const run = vi.fn(async () => undefined);
    const pending: boolean[] = [];
    const s = new SyncScheduler(run, 3000, (p) => pending.push(p));
    for (let i = 0; i < 10; i++) {
      s.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(run).not.toHaveBeenCalled();
    expect(pending.at(-1)).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(pending.at(-1)).toBe(false);
  });

  it('a request during a running sync is one more sync after it, never two at once', async () => {
    let release: () => void = () => undefined;
    let active = 0;
    let most = 0;
    const run = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          most = Math.max(most, ++active);
          release = () => {
            active--;
            resolve();
          };
        }),
    );
    const s = new SyncScheduler(run, 3000);
    void s.now();
    void s.now();
    void s.now();
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('a failed sync does not stop later ones', async () => {
    const run = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(undefined);
    const s = new SyncScheduler(run, 1000);
    await s.now();
    s.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
