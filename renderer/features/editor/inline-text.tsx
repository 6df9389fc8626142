import type { InlineCode } from '../../../shared/model/segment';
import { chipLabel, INLINE_CODE_PATTERN } from './inline-codes';

/** A highlighted span: a glossary hit, later QA findings. */
export interface TextMark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title?: string;
  /** Said by screen readers beside the text (aria-description), e.g. the kind of a term hit. */
  readonly description?: string;
}

/** Text with inline codes as chips and marks (term hits) as <mark> spans; marks must not overlap. */
export function InlineText({ text, codes, marks }: { text: string; codes?: readonly InlineCode[] | undefined; marks?: readonly TextMark[] | undefined }) {
  if (!codes?.length && !marks?.length) return <>{text}</>;
  const sorted = [...(marks ?? [])].sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mark of sorted) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) parts.push(...withChips(text.slice(at, mark.start), at, codes));
    parts.push(
      <mark key={`m${mark.start}`} className={mark.className} title={mark.title} aria-description={mark.description}>
        {withChips(text.slice(mark.start, mark.end), mark.start, codes)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(...withChips(text.slice(at), at, codes));
  return <>{parts}</>;
}

function withChips(text: string, offset: number, codes: readonly InlineCode[] | undefined): React.ReactNode[] {
  if (!codes?.length) return [text];
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_CODE_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    const label = chipLabel(match[0], codes);
    parts.push(
      <span key={`c${offset + at}`} className="chip" title={label}>
        {label}
      </span>,
    );
    last = at + 1;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
