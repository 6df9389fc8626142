export { readTmx, tmxDialect } from './read';
export { writeTmx } from './write';
export { createTmx, codesToTmx, tmxDate } from './create';
export { chooseLanguages, primaryLanguage } from './languages';
