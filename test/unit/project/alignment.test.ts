import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../shared/model/imported';
import type { Segment } from '../../../shared/model/segment';
import { applyAlignmentChange } from '../../../shared/project/alignment';
import { runImportPipeline } from '../../../shared/project/import-pipeline';

let n = 0;
const ctx = { author: 'Sari', now: '2026-01-02T00:00:00Z', newId: () => `r${n++}` };
const source: ImportedDocument = {
  format: 'txt',
  warnings: [],
  blocks: ['Presiden Rusia bertemu Kim pada 13 September 2023.', 'Pertemuan berlangsung di Vostochny.', 'Kim tiba dengan kereta lapis baja.'].map((s) => ({ source: s, kind: 'paragraph' as const })),
};
const draft = ['The Russian President met Kim on 13 September 2023.', 'The meeting took place in Vostochny.', 'Kim arrived by armored train.'];

function imported() {
  return runImportPipeline({
    documentId: 'd', name: 'a.txt', imported: source, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph',
    draft: { paragraphs: draft, origin: 'human', fileName: 'a.en.txt' }, author: 'T', now: '2026-01-01T00:00:00Z', newId: ctx.newId,
  });
}

function apply(doc: ReturnType<typeof imported>['document'], segments: Segment[], change: Parameters<typeof applyAlignmentChange>[2]) {
  const update = applyAlignmentChange(doc, segments, change, ctx);
  if (!update) throw new Error('no change');
  const byId = new Map(update.segments.map((s) => [s.id, s]));
  return { doc: update.document, segments: segments.map((s) => byId.get(s.id) ?? s), revisions: update.revisions };
}

describe('alignment corrections', () => {
  it('shifts a draft, records it as an alignment revision, and undoes it', () => {
    const start = imported();
    expect(start.segments.map((s) => s.draft?.text)).toEqual(draft);
    const noDraft = apply(start.document, start.segments, { kind: 'no-draft', segmentId: 'd-0002' });
    expect(noDraft.segments[1]?.draft).toBeNull();
    expect(noDraft.segments[1]?.target).toBe('');
    expect(noDraft.revisions.map((r) => r.origin)).toContain('alignment');
    const undone = apply(noDraft.doc, noDraft.segments, { kind: 'undo' });
    expect(undone.segments.map((s) => s.target)).toEqual(draft);
    expect(undone.doc.alignment?.undo).toHaveLength(0);
  });

  it('merges two paragraphs into one bead and keeps a reviewer edit untouched', () => {
    const start = imported();
    const edited = start.segments.map((s, i) => (i === 0 ? { ...s, target: 'Putin met Kim on September 13, 2023.', status: 'edited' as const } : s));
    const merged = apply(start.document, edited, { kind: 'merge-next', segmentId: 'd-0001' });
    expect(merged.segments[0]?.draft?.text).toBe(`${draft[0]} ${draft[1]}`);
    expect(merged.segments[0]?.target).toBe('Putin met Kim on September 13, 2023.');
    expect(merged.segments[1]?.alignment?.mergedIntoPrevious).toBe(true);
    expect(merged.segments[1]?.target).toBe('');
    const split = apply(merged.doc, merged.segments, { kind: 'split', segmentId: 'd-0002' });
    expect(split.segments[1]?.target).toBe(draft[1]);
  });

  it('does nothing for a document without a separate draft', () => {
    const start = runImportPipeline({ documentId: 'd', name: 'a', imported: source, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph', author: 'T', now: '', newId: ctx.newId });
    expect(applyAlignmentChange(start.document, start.segments, { kind: 'no-draft', segmentId: 'd-0001' }, ctx)).toBeNull();
  });
});
