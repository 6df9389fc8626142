/**
 * The review domain: track changes (`diffWordsSegmented`), post-editing effort (`measureEdit`,
 * `documentStats`), MQM scoring (`mqmScore`) and the annotation and comment-thread model.
 */
export * from './diff';
export * from './document-stats';
export * from './edit-stats';
export * from './levenshtein';
export * from './model';
export * from './mqm';
export * from './tokenize';
