/**
 * QA findings and the ports through which other engines (glossary, spelling) feed the QA run.
 *
 * Offsets are UTF-16 code units into `segment.source` / `segment.target`, as the editor uses them.
 */
import type { Segment } from '../model';

export type QaSeverity = 'error' | 'warning' | 'info';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface QaFinding {
  /** Stable across runs: hash of check, segment and the spanned text, so an ignore survives re-runs. */
  readonly id: string;
  readonly checkId: string;
  readonly severity: QaSeverity;
  readonly segmentId: string;
  /** Says what is wrong and what to do. */
  readonly message: string;
  readonly sourceSpans: readonly TextSpan[];
  readonly targetSpans: readonly TextSpan[];
  readonly details?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** What a check returns before the runner applies the profile and assigns ids. */
export interface RawFinding {
  readonly checkId: string;
  readonly message: string;
  readonly sourceSpans?: readonly TextSpan[];
  readonly targetSpans?: readonly TextSpan[];
  readonly details?: QaFinding['details'];
}

/**
 * One glossary result for a segment, as the glossary engine reports it. The QA run only needs
 * this much; the engine's own type may carry more.
 */
export interface TermCheckLike {
  readonly kind: 'missing' | 'forbidden' | 'untranslated';
  /** The source term as the glossary writes it. */
  readonly term: string;
  /** Approved renderings ('missing', 'untranslated') or the forbidden one ('forbidden'). */
  readonly expected?: readonly string[];
  /** The text found in the target (forbidden rendering, or the source term left untranslated). */
  readonly found?: string;
  readonly sourceSpan?: TextSpan;
  readonly targetSpan?: TextSpan;
  readonly note?: string;
}

export interface SpellIssue {
  readonly start: number;
  readonly end: number;
  readonly word: string;
  readonly suggestions?: readonly string[];
}

export type TermCheckPort = (segment: Segment) => readonly TermCheckLike[];
export type SpellPort = (text: string, segment: Segment) => readonly SpellIssue[];

export interface QaIgnore {
  readonly findingId: string;
  readonly reason: string;
}
