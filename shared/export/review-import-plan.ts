import { say, type Said } from '../messages/text';
import type { Segment } from '../model/segment';
import { inlineCodeChar } from '../model/segment';
import { splitInline } from '../xml/inline';
import { plainText } from './plain-text';
import { notesCell } from './segment-notes';
import type { ReviewedRow } from './review-docx-read';

export interface PlannedChange {
  readonly segment: Segment;
  /** The new target, inline codes restored. */
  readonly after: string;
  /**
   * The revisions that lead there, in order: text typed with Track Changes off first (`by`
   * undefined: the reviewer the import names), then each outside author's tracked changes in
   * their name. The last step's text is `after`.
   */
  readonly steps: readonly { readonly by?: string; readonly text: string }[];
}

export interface ReviewImportPlan {
  readonly changes: readonly PlannedChange[];
  /** What the reviewer wrote in the Comments column beyond the notes exported with the segment. */
  readonly comments: readonly { readonly segment: Segment; readonly text: string }[];
  readonly unchanged: number;
  readonly warnings: readonly Said[];
  /** Ids in the file that are no segment of the project. */
  readonly foreign: readonly string[];
}

/**
 * Compares the reviewed rows with the project's segments.
 *
 * Texts are compared as people read them: line ends normalized and trailing spaces ignored, so
 * Word's re-wrapping is not an edit. A row whose id is repeated counts once (the first), with a
 * warning.
 */
export function planReviewImport(rows: readonly ReviewedRow[], segmentById: (id: string) => Segment | undefined): ReviewImportPlan {
  const seen = new Set<string>();
  const foreign: string[] = [];
  const warnings: Said[] = [];
  const changes: PlannedChange[] = [];
  const comments: { segment: Segment; text: string }[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const segment = segmentById(row.id);
    if (!segment) {
      foreign.push(row.id);
      continue;
    }
    if (seen.has(row.id)) {
      warnings.push(say('reviewDocx.duplicateRow', { id: row.id }));
      continue;
    }
    seen.add(row.id);
    const added = newCommentLines(row.comments ?? '', segment);
    if (added) comments.push({ segment, text: added });
    const reviewed = normalize(row.english);
    const current = normalize(plainText(segment.target, segment));
    if (reviewed === current) {
      unchanged++;
      continue;
    }
    const restored = restoreCodes(reviewed, segment);
    if (restored.missing.length > 0) {
      const codes = restored.missing.join(' ');
      warnings.push(restored.missing.length > 1 ? say('reviewDocx.codesRemoved', { id: row.id, codes }) : say('reviewDocx.codeRemoved', { id: row.id, codes }));
    }
    const layers: { by?: string; text: string }[] = row.tracked?.length
      ? [{ text: row.untracked ?? current }, ...row.tracked.map((t) => ({ by: t.author, text: t.english }))]
      : [{ text: row.english }];
    const steps: { by?: string; text: string }[] = [];
    let previous = current;
    layers.forEach((layer, i) => {
      const text = normalize(layer.text);
      if (text === previous) return;
      previous = text;
      steps.push({ ...(layer.by === undefined ? {} : { by: layer.by }), text: i === layers.length - 1 ? restored.text : restoreCodes(text, segment).text });
    });
    changes.push({ segment, after: restored.text, steps });
  }
  return { changes, comments, unchanged, warnings, foreign };
}

/**
 * The lines of a Comments cell that are not the notes Tinjau exported in it, nor comments the
 * segment already has (the same file imported twice adds nothing the second time).
 */
function newCommentLines(cell: string, segment: Segment): string {
  const known = (segment.comments ?? []).flatMap((t) => t.comments.flatMap((c) => c.text.split('\n')));
  const exported = new Set([...notesCell(segment).split('\n'), ...known].map((l) => l.trim()).filter(Boolean));
  return normalize(cell)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !exported.has(l))
    .join('\n');
}

function normalize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/**
 * Puts inline codes back where the reviewer left their labels (`<b>`, `{1}`), in the order the
 * current target has them; a label no longer found is reported and its code dropped.
 */
function restoreCodes(text: string, segment: Segment): { text: string; missing: string[] } {
  const codes = segment.codes ?? [];
  if (codes.length === 0) return { text, missing: [] };
  const order = splitInline(segment.target).filter((p): p is number => typeof p === 'number');
  let out = '';
  let rest = text;
  const missing: string[] = [];
  for (const index of order) {
    const label = codes[index]?.display ?? '';
    const at = label ? rest.indexOf(label) : -1;
    if (at === -1) {
      missing.push(label || `#${index + 1}`);
      continue;
    }
    out += rest.slice(0, at) + inlineCodeChar(index);
    rest = rest.slice(at + label.length);
  }
  return { text: out + rest, missing };
}
