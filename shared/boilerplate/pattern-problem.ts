import { say, type Said } from '../messages/text';

/**
 * Why a pattern that does not compile fails, said in words about the pattern as typed ("unclosed
 * bracket [ at position 5"), never the engine's message about the pattern Tinjau wraps it in.
 * A scan of the common slips; anything else gets a general hint.
 */
export function patternProblem(pattern: string): Said {
  const open: number[] = [];
  let bracket = -1;
  let previousAtom = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i === pattern.length - 1) return say('pattern.trailingBackslash');
      i++;
      previousAtom = true;
      continue;
    }
    if (bracket >= 0) {
      if (c === ']' && i > bracket + 1 && !(i === bracket + 2 && pattern[bracket + 1] === '^')) bracket = -1;
      continue;
    }
    if (c === '[') {
      bracket = i;
      previousAtom = true;
      continue;
    }
    if (c === '(') {
      open.push(i);
      previousAtom = false;
      // "(?:", "(?=", "(?<name>": the group's prefix is not something to repeat either.
      if (pattern[i + 1] === '?') i += pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!' ? pattern.indexOf('>', i) - i : 2;
      continue;
    }
    if (c === ')') {
      if (open.pop() === undefined) return say('pattern.strayParen', { at: i + 1 });
      previousAtom = true;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      const lazy = c === '?' && /[*+?}]/.test(pattern[i - 1] ?? '');
      if (!previousAtom && !lazy && c !== '{') return say('pattern.nothingToRepeat', { char: c, at: i + 1 });
      continue;
    }
    if (c === '|') {
      previousAtom = false;
      continue;
    }
    previousAtom = c !== '^';
  }
  if (bracket >= 0) return say('pattern.unclosedBracket', { at: bracket + 1 });
  const unclosed = open.pop();
  if (unclosed !== undefined) return say('pattern.unclosedParen', { at: unclosed + 1 });
  return say('pattern.other');
}
