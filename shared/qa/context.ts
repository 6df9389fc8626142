/**
 * What every per-segment check receives.
 */
import type { Segment } from '../model';
import type { QaProfile } from './profile';
import type { RawFinding, TextSpan, MessageText } from './types';

export interface CheckContext {
  readonly segment: Segment;
  readonly source: string;
  readonly target: string;
  readonly profile: QaProfile;
  /**
   * Source tokens that are translated rather than carried over, with their accepted renderings
   * (AS → US, PBB → UN); built from defaults, the profile's ignoreTokens and the caller's term map.
   */
  readonly tokenMap: ReadonlyMap<string, readonly string[]>;
  /** Per-segment analysis shared by several checks (see `memo`); the runner gives each segment one. */
  readonly memo?: Map<string, unknown>;
}

export type SegmentCheck = (ctx: CheckContext) => RawFinding[];

export function span(start: number, end: number): TextSpan {
  return { start, end };
}

export function quote(text: string): string {
  return `“${text}”`;
}

/** A finding's words: the English, and a key with arguments the interface translates. */
export function say(key: string, args: Readonly<Record<string, string | number>>, english: string): { message: string; text: MessageText } {
  return { message: english, text: { key, args: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)])) } };
}

const memoStore = new WeakMap<CheckContext, Map<string, unknown>>();

/** Caches per-segment analysis (dates, numbers) shared by several checks within one run. */
export function memo<T>(ctx: CheckContext, key: string, compute: () => T): T {
  let store = ctx.memo ?? memoStore.get(ctx);
  if (!store) {
    store = new Map();
    memoStore.set(ctx, store);
  }
  if (store.has(key)) return store.get(key) as T;
  const value = compute();
  store.set(key, value);
  return value;
}
