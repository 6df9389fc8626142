export { readXliff20 } from './read';
export { writeXliff20 } from './write';
export { createXliff20, codesToXliff20 } from './create';
export { statusFromXliff20, xliff20StateFor, SUBSTATE_PREFIX } from './status';
export { XLIFF20_NAMESPACE, XLIFF22_NAMESPACE, XLIFF2_NAMESPACES } from './units';
