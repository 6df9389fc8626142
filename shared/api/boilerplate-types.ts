import type { RuleCatch } from '../boilerplate/apply';
import type { Segment } from '../model/segment';

/** What one rule catches in the project's documents: the count and the first paragraphs. */
export interface RuleTestResult {
  readonly total: number;
  readonly catches: readonly RuleCatch[];
}

/** What applying the rules would change in one document. */
export interface RulesPlanDocument {
  readonly documentId: string;
  readonly name: string;
  /** Segments a rule now catches that are not excluded yet. */
  readonly exclude: number;
  /** Of those, segments the reviewer already worked on (edited, confirmed, commented). */
  readonly reviewed: number;
  /** Segments a rule excluded that no rule catches any more: included again. */
  readonly include: number;
  /** Excluded segments whose reason changes to another rule. */
  readonly relabel: number;
}

export interface RulesPlan {
  readonly documents: readonly RulesPlanDocument[];
  readonly exclude: number;
  readonly reviewed: number;
  readonly include: number;
  readonly relabel: number;
}

export interface RulesApplyResult extends RulesPlan {
  /** Undo the whole application with `boilerplate:undoApply`; absent when nothing changed. */
  readonly batchId?: string;
  /** Reviewed segments left included because the reviewer chose to keep them. */
  readonly keptReviewed: number;
  /** The changed segments as they are now. */
  readonly segments: readonly Segment[];
}

export interface RulesUndoResult {
  readonly restored: number;
  /** Segments whose exclusion changed after the application, left as they are. */
  readonly skipped: number;
  readonly segments: readonly Segment[];
}
