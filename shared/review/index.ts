export * from './diff';
export * from './document-stats';
export * from './edit-stats';
export * from './levenshtein';
export * from './model';
export * from './mqm';
export * from './tokenize';
