import type { InlineCode } from '../../../shared/model/segment';
import { chipLabel, INLINE_CODE_PATTERN } from './inline-codes';

/** Text with its inline codes shown as chips (read-only rows and the source column). */
export function InlineText({ text, codes }: { text: string; codes?: readonly InlineCode[] | undefined }) {
  if (!codes?.length) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_CODE_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <span key={at} className="chip" title={chipLabel(match[0], codes)}>
        {chipLabel(match[0], codes)}
      </span>,
    );
    last = at + 1;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
