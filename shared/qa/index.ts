/**
 * QA checks for Indonesian → English review.
 *
 * `runQa(segments, options)` for a document or project, `runQaForSegment(segment, { index })` on
 * confirm (keep the index current with `updateConsistencyIndex`). Terminology and spelling arrive
 * through the `termChecks` and `spell` ports; profiles are JSON, validated by `parseQaProfile`.
 */
export * from './checks';
export * from './consistency';
export { englishDate } from './dates';
export { hash53 } from './finding-id';
export { sameNumber } from './numbers';
export * from './profile';
export * from './report';
export * from './run';
export * from './types';
export { DEFAULT_TOKEN_MAP } from './words';
