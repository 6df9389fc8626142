export { readXliff12 } from './read';
export { writeXliff12 } from './write';
export { createXliff12, codesToXliff12 } from './create';
export { statusFromXliff12, xliff12StateFor, sdlConfFor } from './status';
export { XLIFF12_NAMESPACE, SDL_NAMESPACE } from './units';
