import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage } from '../../shared/messages/text';
import { corpusFile } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const payload = (file: string) => ({ name: path.basename(file), base64: readFileSync(file).toString('base64') });

async function setup() {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const project = await ws.createProject('Uji');
  const { document } = await ws.importDocument({ project: project.path, source: payload(corpusFile('id', '000')), draft: payload(corpusFile('en-drafts', '000', '.mt.en.txt')), draftOrigin: 'mt' });
  const segments = await ws.listSegments(project.path, document.id);
  return { ws, project: project.path, document, segments, review: await ws.reviewService(project.path) };
}

describe('review service', () => {
  it('replaces across the document as one batch and undoes it as one', async () => {
    const { ws, project, document, review } = await setup();
    const preview = review.replace({ project, documentId: document.id, find: 'Korut', replace: 'North Korea', regex: false, matchCase: true, wholeWord: true, apply: false });
    expect(preview.changes.length).toBe(4);
    expect(preview.batchId).toBeUndefined();
    const applied = review.replace({ project, documentId: document.id, find: 'Korut', replace: 'North Korea', regex: false, matchCase: true, wholeWord: true, apply: true });
    expect(applied.segments?.every((s) => !s.target.includes('Korut'))).toBe(true);
    const undone = review.undoBatch(applied.batchId!);
    expect(undone.segments).toHaveLength(4);
    const after = await ws.listSegments(project, document.id);
    expect(after.filter((s) => s.target.includes('Korut'))).toHaveLength(4);
    const history = await ws.revisions(project, undone.segments[0]!.id);
    expect(history.map((r) => r.origin)).toEqual(['draft-import', 'find-replace', 'restore']);
    const inSource = review.replace({ project, documentId: document.id, scope: 'source', find: 'Korut', replace: 'x', regex: false, matchCase: true, wholeWord: true, apply: true });
    expect(inSource.error?.message).toMatch(/source is never changed/);
    expect(inSource.error && renderMessage(inSource.error.text, 'id')).toMatch(/^Sumber bahasa Indonesia tidak pernah diubah;/);
    await ws.close();
  });

  it('keeps comment threads and MQM annotations, and counts them in the score', async () => {
    const { ws, project, document, segments, review } = await setup();
    const s = segments[2]!;
    const thread = review.addComment({ project, segmentId: s.id, text: 'Korut should be North Korea' }).comments![0]!;
    review.addComment({ project, segmentId: s.id, threadId: thread.id, text: 'Agreed' });
    const seg = review.setResolved({ project, segmentId: s.id, threadId: thread.id, resolved: true });
    expect(seg.comments![0]).toMatchObject({ resolved: true, comments: [{ text: 'Korut should be North Korea' }, { text: 'Agreed' }] });
    const at = s.target.indexOf('(Korut)');
    review.addAnnotation({ project, segmentId: s.id, start: at, end: at + 7, category: 'accuracy.untranslated', severity: 'major', note: 'Korut left in' });
    const stats = review.stats(document.id);
    expect(stats.mqm.penaltyPoints).toBe(5);
    // MT drafts are compared by engine: here one source, the imported MT draft, untouched so far.
    expect(stats.byEngine).toEqual([{ label: 'mt', origin: 'mt', segments: 21, meanPostEditDistance: 0 }]);
    expect(stats.mqm.perThousandWords).toBeCloseTo((5 * 1000) / stats.sourceWords, 5);
    expect(() => review.addAnnotation({ project, segmentId: s.id, start: 0, end: 99_999, category: 'style', severity: 'minor', note: '' })).toThrow(/Select the words/);
    await ws.close();
    const again = await Workspace.create({ dataDir: ws.options.dataDir, owner: 'test' });
    const reopened = (await again.listSegments(project, document.id))[2]!;
    expect(reopened.comments?.[0]?.comments).toHaveLength(2);
    expect(reopened.annotations).toHaveLength(1);
    await again.close();
  });

  it('propagates a confirmed translation to repetitions and sets a status on many at once', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const p = (await ws.createProject('Ulang')).path;
    const text = 'Terima kasih.\n\nSelamat pagi.\n\nTerima kasih.\n';
    const draft = 'Thanks.\n\nGood morning.\n\nThanks.\n';
    const { document } = await ws.importDocument({ project: p, source: { name: 'a.txt', base64: Buffer.from(text).toString('base64') }, draft: { name: 'a.en.txt', base64: Buffer.from(draft).toString('base64') } });
    const [first, , third] = await ws.listSegments(p, document.id);
    await ws.updateSegment({ project: p, segmentId: first!.id, target: 'Thank you.' });
    await ws.confirmSegment(p, first!.id);
    const review = await ws.reviewService(p);
    const propagated = review.propagate(first!.id);
    expect(propagated.segments.map((s) => [s.id, s.target, s.status])).toEqual([[third!.id, 'Thank you.', 'reviewed']]);
    const bulk = review.bulkStatus({ project: p, segmentIds: (await ws.listSegments(p, document.id)).map((s) => s.id), status: 'approved' });
    expect(bulk.segments).toHaveLength(3);
    review.undoBatch(bulk.batchId);
    expect((await ws.listSegments(p, document.id)).map((s) => s.status)).toEqual(['reviewed', 'draft', 'reviewed']);
    await ws.close();
  });

  it('adds up the time reviewers spend in a segment, without a new revision when the text is unchanged', async () => {
    const { ws, project, segments } = await setup();
    const id = segments[1]!.id;
    await ws.updateSegment({ project, segmentId: id, activeMs: 1500 });
    const s = await ws.updateSegment({ project, segmentId: id, activeMs: 2500 });
    expect(s.activeMs).toBe(4000);
    expect((await ws.revisions(project, id)).map((r) => r.origin)).toEqual(['draft-import']);
    await ws.close();
  });
});
