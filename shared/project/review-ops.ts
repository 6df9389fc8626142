import { say, type Said } from '../messages/text';
import type { Revision, RevisionOrigin } from '../model/revision';
import type { Segment, SegmentStatus } from '../model/segment';

export interface ReviewContext {
  readonly author: string;
  readonly now: string;
  readonly newId: () => string;
}

export interface BatchChange {
  readonly segments: Segment[];
  readonly revisions: Revision[];
}

export interface ReplaceQuery {
  /** Where to look: the English (replaceable) or the Indonesian (found, never changed). */
  readonly scope?: 'target' | 'source';
  readonly find: string;
  readonly replace: string;
  readonly regex: boolean;
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
}

export interface ReplacePreview {
  readonly segmentId: string;
  readonly before: string;
  readonly after: string;
  readonly count: number;
}

const REGEX_PROBLEMS: ReadonlyArray<readonly [RegExp, 'regex.unterminatedGroup' | 'regex.unmatchedParen' | 'regex.unterminatedClass' | 'regex.nothingToRepeat' | 'regex.badEscape' | 'regex.badQuantifier']> = [
  [/Unterminated group|Invalid group/, 'regex.unterminatedGroup'],
  [/Unmatched '\)'/, 'regex.unmatchedParen'],
  [/Unterminated character class/, 'regex.unterminatedClass'],
  [/Nothing to repeat/, 'regex.nothingToRepeat'],
  [/escape|\\ at end of pattern/i, 'regex.badEscape'],
  [/quantifier/i, 'regex.badQuantifier'],
];

/** Why the JavaScript engine refused a pattern, said in words a reviewer can act on. */
function regexProblem(err: unknown): Said {
  const text = err instanceof Error ? err.message : String(err);
  const known = REGEX_PROBLEMS.find(([pattern]) => pattern.test(text));
  return known ? say(known[1]) : say('regex.other');
}

/** Builds the search pattern; a bad regular expression is reported, not thrown at the user. */
export function replacePattern(query: ReplaceQuery): RegExp | { error: Said } {
  if (!query.find) return { error: say('replace.emptyFind') };
  const body = query.regex ? query.find : query.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    // The reviewer's own pattern first, so a complaint is about what they typed, not the wrapping.
    new RegExp(body, 'u');
    return new RegExp(query.wholeWord ? `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])` : body, `gu${query.matchCase ? '' : 'i'}`);
  } catch (err) {
    return { error: say('replace.invalidRegex', { pattern: query.find, detail: regexProblem(err) }) };
  }
}

/** Every change a find/replace in the English would make, for the preview. Excluded segments are left alone. */
export function previewReplace(segments: readonly Segment[], query: ReplaceQuery): ReplacePreview[] | { error: Said } {
  const pattern = replacePattern(query);
  if ('error' in pattern) return pattern;
  const out: ReplacePreview[] = [];
  if (query.scope === 'source') {
    for (const s of segments) {
      const count = [...s.source.matchAll(pattern)].length;
      if (count > 0 && !s.excluded) out.push({ segmentId: s.id, before: s.source, after: s.source, count });
    }
    return out;
  }
  for (const s of segments) {
    if (s.excluded || !s.target) continue;
    let count = 0;
    const after = s.target.replace(pattern, (...args) => {
      count++;
      return query.regex ? expand(query.replace, args) : query.replace;
    });
    if (count > 0 && after !== s.target) out.push({ segmentId: s.id, before: s.target, after, count });
  }
  return out;
}

/** `$1`, `$&` and `$$` in a regex replacement, as in the editor's find/replace. */
function expand(template: string, args: unknown[]): string {
  const groups = args.slice(0, args.findIndex((a) => typeof a === 'number'));
  return template.replace(/\$(\$|&|\d{1,2})/g, (m, g: string) => {
    if (g === '$') return '$';
    if (g === '&') return String(groups[0] ?? '');
    const v = groups[Number(g)];
    return v === undefined ? m : String(v);
  });
}

/** Applies previewed replacements as one batch of tracked revisions. */
export function applyReplace(segments: ReadonlyMap<string, Segment>, previews: readonly ReplacePreview[], batch: string, ctx: ReviewContext): BatchChange {
  return batchOf(
    previews.flatMap((p) => {
      const s = segments.get(p.segmentId);
      return s && s.target === p.before ? [{ segment: s, target: p.after, status: 'edited' as SegmentStatus }] : [];
    }),
    'find-replace',
    batch,
    ctx,
  );
}

/** Sets one status on many segments as one batch. */
export function bulkStatus(segments: readonly Segment[], status: SegmentStatus, batch: string, ctx: ReviewContext): BatchChange {
  return batchOf(
    segments.filter((s) => s.status !== status && !s.excluded).map((segment) => ({ segment, target: segment.target, status })),
    'bulk',
    batch,
    ctx,
  );
}

/**
 * Undoes a batch: each segment it touched goes back to the text and status it had before, as new
 * revisions (the history keeps the batch and its undo). A segment edited since is left as it is.
 */
export function undoBatch(segments: ReadonlyMap<string, Segment>, historyOf: (id: string) => readonly Revision[], batch: string, ctx: ReviewContext): BatchChange & { skipped: number } {
  const changes: { segment: Segment; target: string; status: SegmentStatus }[] = [];
  let skipped = 0;
  for (const [id, segment] of segments) {
    const history = historyOf(id);
    const at = history.findIndex((r) => r.batch === batch);
    if (at < 0) continue;
    const last = history[history.length - 1];
    if (last?.batch !== batch) {
      skipped++;
      continue;
    }
    const before = history[at - 1];
    changes.push({ segment, target: before?.text ?? segment.draft?.text ?? '', status: before?.status ?? (segment.draft ? 'draft' : 'new') });
  }
  return { ...batchOf(changes, 'restore', `${batch}-undo`, ctx), skipped };
}

/**
 * Repetitions: other segments with the same source (ignoring case and spacing) get the confirmed
 * translation and status. Confirmed segments with a different translation are not overwritten.
 */
export function propagate(all: readonly Segment[], from: Segment, batch: string, ctx: ReviewContext): BatchChange {
  const key = normalizeSource(from.source);
  const targets = all.filter(
    (s) => s.id !== from.id && !s.excluded && normalizeSource(s.source) === key && s.target !== from.target && s.status !== 'approved' && s.status !== 'reviewed',
  );
  return batchOf(targets.map((segment) => ({ segment, target: from.target, status: from.status })), 'propagation', batch, ctx);
}

/** Segments whose source repeats `segment`'s, not yet carrying its translation. */
export function repetitionsOf(all: readonly Segment[], segment: Segment): Segment[] {
  const key = normalizeSource(segment.source);
  return all.filter((s) => s.id !== segment.id && !s.excluded && normalizeSource(s.source) === key && s.target !== segment.target);
}

export function normalizeSource(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function batchOf(changes: readonly { segment: Segment; target: string; status: SegmentStatus }[], origin: RevisionOrigin, batch: string, ctx: ReviewContext): BatchChange {
  const segments: Segment[] = [];
  const revisions: Revision[] = [];
  for (const { segment, target, status } of changes) {
    segments.push({ ...segment, target, status, updatedAt: ctx.now, updatedBy: ctx.author });
    revisions.push({ id: ctx.newId(), segmentId: segment.id, text: target, status, author: ctx.author, at: ctx.now, origin, batch });
  }
  return { segments, revisions };
}
