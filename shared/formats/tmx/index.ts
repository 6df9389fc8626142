export { readTmx, tmxDialect } from './read';
export { createTmx, codesToTmx, tmxDate } from './create';
export { chooseLanguages, primaryLanguage } from './languages';
