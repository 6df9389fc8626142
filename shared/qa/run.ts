/**
 * Running QA: per segment (on confirm) or over a document or project (on demand).
 */
import type { Segment } from '../model';
import { QA_CHECKS, qaCheckInfo } from './checks';
import { checkCompleteness } from './completeness';
import { buildConsistencyIndex, checkConsistency, type ConsistencyIndex } from './consistency';
import type { CheckContext, SegmentCheck } from './context';
import { checkDates } from './dates';
import { findingKey, hash53 } from './finding-id';
import { checkLength } from './length';
import { checkNumbers } from './numbers';
import { checkIndonesianWords } from './indonesian-words';
import { checkCodes, checkIndonesianAbbreviations, checkScaleWords } from './omissions';
import { spellFindings, termFindings } from './ports';
import { checkPreserved } from './preserved';
import { DEFAULT_QA_PROFILE, isCheckEnabled, type QaProfile } from './profile';
import { checkPunctuation } from './punctuation';
import type { QaFinding, QaIgnore, QaSeverity, RawFinding, SpellPort, TermCheckPort } from './types';
import { checkWords, DEFAULT_TOKEN_MAP } from './words';

export interface QaOptions {
  readonly profile?: QaProfile;
  /** The glossary engine's check for one segment; its results become terminology.* findings. */
  readonly termChecks?: TermCheckPort;
  /** Spelling of the target; its results become spelling.misspelled findings. */
  readonly spell?: SpellPort;
  /** Source tokens translated by the glossary (AS → US): not reported as "not carried over". */
  readonly termMap?: Readonly<Record<string, readonly string[]>>;
  /** Called every `progressEvery` segments during a document or project run, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

export interface SegmentQaOptions extends QaOptions {
  /** The project's consistency index (buildConsistencyIndex), kept current by the caller. */
  readonly index?: ConsistencyIndex;
}

const SEGMENT_CHECKS: ReadonlyArray<readonly [string, SegmentCheck]> = [
  ['completeness', checkCompleteness],
  ['numbers', checkNumbers],
  ['dates', checkDates],
  ['punctuation', checkPunctuation],
  ['words', checkWords],
  ['preserved', checkPreserved],
  ['length', checkLength],
  ['numbers', checkScaleWords],
  ['completeness', checkIndonesianWords],
  ['preserved', checkCodes],
  ['words', checkIndonesianAbbreviations],
];

/** The checks to run: a family is skipped only when every one of its checks is switched off. */
function checksFor(profile: QaProfile): SegmentCheck[] {
  return SEGMENT_CHECKS.filter(([family]) => QA_CHECKS.some((c) => c.family === family && isCheckEnabled(profile, c.id))).map(([, check]) => check);
}

interface RunSetup {
  readonly profile: QaProfile;
  readonly tokenMap: Map<string, readonly string[]>;
  readonly checks: readonly SegmentCheck[];
}

function setup(options: QaOptions): RunSetup {
  const profile = options.profile ?? DEFAULT_QA_PROFILE;
  return { profile, tokenMap: tokenMapFor(profile, options.termMap), checks: checksFor(profile) };
}

function tokenMapFor(profile: QaProfile, termMap: QaOptions['termMap']): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>(Object.entries(DEFAULT_TOKEN_MAP));
  for (const t of profile.ignoreTokens) map.set(t, []);
  for (const [k, v] of Object.entries(termMap ?? {})) map.set(k, v);
  return map;
}

function finalize(segment: Segment, raws: readonly RawFinding[], profile: QaProfile): QaFinding[] {
  const out: QaFinding[] = [];
  const seen = new Map<string, number>();
  for (const r of raws) {
    if (!isCheckEnabled(profile, r.checkId)) continue;
    const info = qaCheckInfo(r.checkId);
    const sourceSpans = r.sourceSpans ?? [];
    const targetSpans = r.targetSpans ?? [];
    const key = findingKey(
      r.checkId,
      segment.id,
      sourceSpans.map((s) => segment.source.slice(s.start, s.end)),
      targetSpans.map((s) => segment.target.slice(s.start, s.end)),
    );
    // The same text twice in a segment ("the the" ... "the the") gets distinct, still stable ids.
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    out.push({
      id: hash53(n === 0 ? key : `${key}\u0003${n}`),
      checkId: r.checkId,
      severity: profile.checks[r.checkId]?.severity ?? info?.severity ?? 'warning',
      segmentId: segment.id,
      message: r.message,
      sourceSpans,
      targetSpans,
      ...(r.details ? { details: r.details } : {}),
      ...(r.text ? { text: r.text } : {}),
    });
  }
  return out;
}

function runSegment(segment: Segment, options: SegmentQaOptions, run: RunSetup): QaFinding[] {
  if (segment.excluded) return [];
  const { profile, tokenMap } = run;
  const ctx: CheckContext = { segment, source: segment.source, target: segment.target, profile, tokenMap, memo: new Map() };
  const raws: RawFinding[] = [];
  for (const check of run.checks) for (const r of check(ctx)) raws.push(r);
  const hasTarget = segment.target.trim() !== '';
  if (options.index) raws.push(...checkConsistency(segment, options.index));
  if (options.termChecks && hasTarget) raws.push(...termFindings(options.termChecks(segment)));
  if (options.spell && hasTarget) raws.push(...spellFindings(options.spell(segment.target, segment)));
  return finalize(segment, raws, profile);
}

/** QA of one segment, e.g. when the reviewer confirms it; pass the project index for consistency. */
export function runQaForSegment(segment: Segment, options: SegmentQaOptions = {}): QaFinding[] {
  return runSegment(segment, options, setup(options));
}

/**
 * runQaForSegment for many segments with the same options: the profile's checks and token map
 * are worked out once, not once per segment (a service running a project chunk by chunk).
 */
export function segmentQa(options: SegmentQaOptions = {}): (segment: Segment) => QaFinding[] {
  const run = setup(options);
  return (segment) => runSegment(segment, options, run);
}

/** QA of a document or a whole project; consistency is judged across all the given segments. */
export function runQa(segments: readonly Segment[], options: QaOptions = {}): QaFinding[] {
  const run = setup(options);
  const index = buildConsistencyIndex(segments);
  const out: QaFinding[] = [];
  const every = Math.max(1, options.progressEvery ?? 500);
  const withIndex = { ...options, index };
  segments.forEach((segment, i) => {
    out.push(...runSegment(segment, withIndex, run));
    if (options.onProgress && ((i + 1) % every === 0 || i + 1 === segments.length)) options.onProgress(i + 1, segments.length);
  });
  return out;
}

export interface QaSummary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<QaSeverity, number>>;
  readonly byCheck: Readonly<Record<string, number>>;
  readonly segmentsWithFindings: number;
  /** True when any finding is an error: the CLI exits 1 so a delivery script can stop. */
  readonly hasErrors: boolean;
}

export function summarizeFindings(findings: readonly QaFinding[]): QaSummary {
  const bySeverity: Record<QaSeverity, number> = { error: 0, warning: 0, info: 0 };
  const byCheck: Record<string, number> = {};
  const segments = new Set<string>();
  for (const f of findings) {
    bySeverity[f.severity]++;
    byCheck[f.checkId] = (byCheck[f.checkId] ?? 0) + 1;
    segments.add(f.segmentId);
  }
  return { total: findings.length, bySeverity, byCheck, segmentsWithFindings: segments.size, hasErrors: bySeverity.error > 0 };
}

export interface IgnoredFinding extends QaFinding {
  readonly ignoredReason: string;
}

/** Splits findings into those still open and those a reviewer ignored (with the reason). */
export function applyIgnores(findings: readonly QaFinding[], ignores: readonly QaIgnore[]): { open: QaFinding[]; ignored: IgnoredFinding[] } {
  const reasons = new Map(ignores.map((i) => [i.findingId, i.reason]));
  const open: QaFinding[] = [];
  const ignored: IgnoredFinding[] = [];
  for (const f of findings) {
    const reason = reasons.get(f.id);
    if (reason === undefined) open.push(f);
    else ignored.push({ ...f, ignoredReason: reason });
  }
  return { open, ignored };
}
