import type { BlockKind, Segment } from '../model/segment';
import { escapeAttribute, escapeText } from '../xml/escape';
import { cleanText } from './plain-text';

/** One block of the clean English document. */
export interface TargetBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

export interface TargetOptions {
  /** Keep the boilerplate marked excluded (its target, or its source when it has none). */
  readonly includeExcluded?: boolean;
}

/**
 * The English document in the source's order and structure.
 *
 * Excluded boilerplate is left out unless asked for; a kept excluded segment without a target
 * gives its source, since boilerplate (bylines, "Baca juga") is often left untranslated on purpose.
 */
export function targetBlocks(segments: readonly Segment[], options: TargetOptions = {}): TargetBlock[] {
  const blocks: TargetBlock[] = [];
  for (const s of [...segments].sort((a, b) => a.index - b.index)) {
    if (s.excluded && !options.includeExcluded) continue;
    const text = cleanText(s.target) || (s.excluded ? cleanText(s.source) : '');
    if (text) blocks.push({ kind: s.kind, text });
  }
  return blocks;
}

export function targetTxt(segments: readonly Segment[], options: TargetOptions = {}): string {
  return targetBlocks(segments, options).map((b) => b.text).join('\n\n') + '\n';
}

/** Markdown: the title as `#`, headings as `##`, list items as `-`, everything else a paragraph. */
export function targetMarkdown(segments: readonly Segment[], options: TargetOptions = {}): string {
  const out: string[] = [];
  let previous: BlockKind | undefined;
  for (const b of targetBlocks(segments, options)) {
    // A line break inside a paragraph stays one (a backslash at the line end), as in the HTML
    // export; a title or heading is one line.
    const heading = b.kind === 'title' || b.kind === 'heading';
    const text = heading ? b.text.replace(/\s*\n\s*/g, ' ') : b.text.split(/\s*\n\s*/).map(escapeMarkdown).join('\\\n');
    // Consecutive list items form one list; any other change of block needs a blank line.
    if (out.length > 0) out.push(b.kind === 'list-item' && previous === 'list-item' ? '\n' : '\n\n');
    if (b.kind === 'title') out.push(`# ${text}`);
    else if (b.kind === 'heading') out.push(`## ${text}`);
    else if (b.kind === 'list-item') out.push(`- ${text}`);
    else if (b.kind === 'caption') out.push(`*${text}*`);
    else out.push(text);
    previous = b.kind;
  }
  return out.join('') + '\n';
}

/**
 * Keeps a paragraph that starts like Markdown syntax ("# 1", "- ", "1. ") a paragraph, and text
 * that looks like an entity ("&amp;") as written.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([*_`[\]<])/g, '\\$1')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^([#>+-])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A standalone HTML page: title as h1, headings as h2, list items in a ul, the rest as p. */
export function targetHtml(segments: readonly Segment[], options: TargetOptions & { readonly title?: string; readonly fallbackTitle?: string; readonly lang?: string } = {}): string {
  const blocks = targetBlocks(segments, options);
  const body: string[] = [];
  let inList = false;
  for (const b of blocks) {
    if (b.kind !== 'list-item' && inList) {
      body.push('</ul>');
      inList = false;
    }
    const text = escapeText(b.text).replace(/\n/g, '<br>');
    if (b.kind === 'title') body.push(`<h1>${text}</h1>`);
    else if (b.kind === 'heading') body.push(`<h2>${text}</h2>`);
    else if (b.kind === 'list-item') {
      if (!inList) body.push('<ul>');
      inList = true;
      body.push(`<li>${text}</li>`);
    } else if (b.kind === 'caption') body.push(`<p class="caption"><em>${text}</em></p>`);
    else body.push(`<p>${text}</p>`);
  }
  if (inList) body.push('</ul>');
  // The page's title: the document's own title block, else the name it was imported under.
  const title = options.title ?? blocks.find((b) => b.kind === 'title')?.text ?? options.fallbackTitle ?? 'Document';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeAttribute(options.lang ?? 'en')}">\n<head>\n<meta charset="utf-8">\n<title>${escapeText(title)}</title>\n</head>\n<body>\n` +
    body.join('\n') +
    '\n</body>\n</html>\n'
  );
}
