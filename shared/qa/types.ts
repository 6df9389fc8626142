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
  /** The message as a key and arguments, for the interface language; `message` is its English. */
  readonly text?: MessageText;
}

export interface MessageText {
  readonly key: string;
  readonly args: Readonly<Record<string, string>>;
}

/** What a check returns before the runner applies the profile and assigns ids. */
export interface RawFinding {
  readonly checkId: string;
  readonly message: string;
  readonly sourceSpans?: readonly TextSpan[];
  readonly targetSpans?: readonly TextSpan[];
  readonly details?: QaFinding['details'];
  readonly text?: MessageText;
}

/** A span of text with the text it covers. */
export interface QuotedSpan extends TextSpan {
  readonly text: string;
}

/**
 * One glossary result for a segment: the subset of the glossary engine's `TermCheck`
 * (shared/glossary/model) that QA reads, so `checkTarget` results plug in unchanged.
 */
export interface TermCheckLike {
  readonly kind: 'ok' | 'missing' | 'forbidden' | 'untranslated' | 'pending';
  /** The source term as found in the segment's source. */
  readonly hit: QuotedSpan;
  /** Approved English renderings, preferred first. */
  readonly expected: readonly string[];
  /** In the target: the forbidden term, the Indonesian left in, or for `missing` a likely stand-in. */
  readonly span?: QuotedSpan;
  /** For `missing`: `span` is a guess from the words around the hit. */
  readonly suspect?: boolean;
  /** For `ok`: the approved term written with other joins ("Kim Jong-un" for "Kim Jong Un"). */
  readonly variant?: boolean;
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
