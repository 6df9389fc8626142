import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, NEXT_PAGE, readByWindows } from '../../renderer/features/editor/read-windows';

/** A document of `total` numbered segments, served window by window as `segments:page` does. */
function documentOf(total: number) {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  const asked: Array<[number, number]> = [];
  const fetch = async (offset: number, limit: number) => {
    asked.push([offset, limit]);
    return { segments: all.slice(offset, offset + limit), total };
  };
  return { fetch, asked };
}

describe('reading a document by windows', () => {
  it('shows the first window at once, then the 100,000 segments in a few growing steps, ending whole and in order', async () => {
    const { fetch, asked } = documentOf(100_000);
    let onScreen: number[] = [];
    const steps: number[] = [];
    const read = await readByWindows(
      fetch,
      (batch, offset) => {
        expect(offset).toBe(onScreen.length);
        onScreen = onScreen.concat(batch);
        steps.push(onScreen.length);
      },
      () => false,
    );
    expect(steps[0]).toBe(FIRST_PAGE);
    expect(steps).toEqual([200, 2_200, 6_200, 14_200, 30_200, 62_200, 100_000]);
    expect(onScreen).toEqual(Array.from({ length: 100_000 }, (_, i) => i + 1));
    expect(read).toHaveLength(100_000);
    // The service is still asked in windows of the same size: each answer stays small.
    expect(asked.slice(1).every(([, limit]) => limit === NEXT_PAGE)).toBe(true);
  });

  it('a short document is shown whole in one step; one read stopped midway shows nothing more', async () => {
    const short = documentOf(150);
    const steps: number[] = [];
    await readByWindows(short.fetch, (batch) => steps.push(batch.length), () => false);
    expect(steps).toEqual([150]);

    const long = documentOf(20_000);
    let stale = false;
    const shown: number[] = [];
    const read = await readByWindows(
      async (offset, limit) => {
        if (offset > 0) stale = true; // the reviewer left the document while the rest was read
        return long.fetch(offset, limit);
      },
      (batch) => shown.push(batch.length),
      () => stale,
    );
    expect(read).toBeNull();
    expect(shown).toEqual([200]);
  });
});
