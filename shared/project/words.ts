const wordPattern = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

/** Counts words the way translators are paid: hyphenated words and numbers count once. */
export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(wordPattern)) n++;
  return n;
}
