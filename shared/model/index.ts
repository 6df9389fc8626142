export * from './project';
export * from './revision';
export * from './segment';
export * from './imported';
