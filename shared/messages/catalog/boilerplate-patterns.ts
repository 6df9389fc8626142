import type { MessageTable } from '.';

/** Why a boilerplate pattern does not compile, in words; `at` is a 1-based character position in the pattern as typed. */
export const boilerplatePatternMessages = {
  'pattern.unclosedBracket': { en: 'unclosed bracket [ at position {at}', id: 'kurung siku [ di posisi {at} tidak ditutup' },
  'pattern.unclosedParen': { en: 'unclosed parenthesis ( at position {at}', id: 'kurung ( di posisi {at} tidak ditutup' },
  'pattern.strayParen': { en: 'a closing parenthesis ) at position {at} has no opening one', id: 'kurung tutup ) di posisi {at} tidak punya kurung buka' },
  'pattern.nothingToRepeat': { en: '{char} at position {at} has nothing before it to repeat', id: '{char} di posisi {at} tidak didahului apa pun untuk diulang' },
  'pattern.trailingBackslash': { en: 'a backslash \\ at the end escapes nothing', id: 'garis miring terbalik \\ di akhir tidak meloloskan apa pun' },
  'pattern.other': { en: 'check the brackets, parentheses and backslashes', id: 'periksa kurung siku, kurung, dan garis miring terbalik' },
} as const satisfies MessageTable;
