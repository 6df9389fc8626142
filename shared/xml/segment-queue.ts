import type { Segment } from '../model/segment';

/**
 * Hands segments back to the units they came from.
 *
 * Keyed by origin (unit id, sub id). Unit ids are only unique within one `<file>`, so a key seen
 * twice is served in document order: the n-th unit with that key gets the n-th segment.
 */
export class SegmentQueue {
  private readonly byKey = new Map<string, Segment[]>();

  constructor(segments: readonly Segment[]) {
    const ordered = [...segments].sort((a, b) => a.index - b.index);
    for (const segment of ordered) {
      if (!segment.origin) continue;
      const key = SegmentQueue.key(segment.origin.unitId, segment.origin.subId);
      const list = this.byKey.get(key);
      if (list) list.push(segment);
      else this.byKey.set(key, [segment]);
    }
  }

  static key(unitId: string | undefined, subId: string | undefined): string {
    return `${unitId ?? ''}\u0000${subId ?? ''}`;
  }

  take(unitId: string | undefined, subId: string | undefined): Segment | undefined {
    return this.byKey.get(SegmentQueue.key(unitId, subId))?.shift();
  }
}
