// The glossary engine's public API, for the glossary service, the term panel and QA.
export * from './model';
export { buildGlossaryIndex, updateGlossaryIndex, sameMatchingInputs, findTermHits, explainWord, type GlossaryIndex } from './term-index';
export { checkTarget } from './target-check';
export { findTermInTarget, prepareTarget, type TargetText } from './target-find';
export { compileGlossaryIndex, loadGlossaryIndex, glossaryDigest, type CompiledGlossary } from './compiled-index';
export {
  foldRecords,
  mergeGlossaries,
  mergeEdits,
  resolveConflict,
  compareRevisions,
  type RevisionRecord,
  type EntryConflict,
  type FoldedGlossary,
  type SnapshotMerge,
} from './merge';
export { createEntry, updateEntry, deleteEntry, restoreEntry, stampRevision, entryIdFor, contentHash, type EntryFields } from './revision';
export { readGlossaryCsv, writeGlossaryCsv, type GlossaryCsvOptions, type GlossaryImport } from './glossary-csv';
