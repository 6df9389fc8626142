import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../shared/messages/text';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import { applyReplace, bulkStatus, previewReplace, propagate, undoBatch } from '../../../shared/project/review-ops';

let n = 0;
const ctx = { author: 'Sari', now: '2026-01-01T00:00:00Z', newId: () => `r${n++}` };
const seg = (i: number, source: string, target: string, extra: Partial<Segment> = {}): Segment => ({
  id: `s${i}`, documentId: 'd', index: i, kind: 'paragraph', source, target, status: 'draft', draft: { text: target, origin: 'mt' }, ...extra,
});
const doc = [
  seg(0, 'Pabrik jet tempur.', 'The fighter jet Factory.'),
  seg(1, 'Pabrik Gagarin.', 'The Gagarin factory is big; the factory works.'),
  seg(2, 'Baca juga', 'Read also: factory', { excluded: { rule: 'x', reason: 'y' } }),
];

describe('find and replace', () => {
  it('previews every change, whole words and case as asked, and skips excluded segments', () => {
    const preview = previewReplace(doc, { find: 'factory', replace: 'plant', regex: false, matchCase: false, wholeWord: true });
    expect(preview).toEqual([
      { segmentId: 's0', before: 'The fighter jet Factory.', after: 'The fighter jet plant.', count: 1 },
      { segmentId: 's1', before: 'The Gagarin factory is big; the factory works.', after: 'The Gagarin plant is big; the plant works.', count: 2 },
    ]);
    const exact = previewReplace(doc, { find: 'factory', replace: 'plant', regex: false, matchCase: true, wholeWord: true });
    expect(Array.isArray(exact) && exact.map((p) => p.segmentId)).toEqual(['s1']);
  });

  it('supports regular expressions with groups, and reports a bad one', () => {
    const preview = previewReplace(doc, { find: '(\\w+) (factory)', replace: '$2 of $1', regex: true, matchCase: false, wholeWord: false });
    expect(Array.isArray(preview) && preview[1]?.after).toBe('The factory of Gagarin is big; factory of the works.');
    const bad = previewReplace(doc, { find: '(', replace: '', regex: true, matchCase: false, wholeWord: false });
    // Said about the reviewer's own pattern (not Tinjau's whole-word wrapping), in words, in both languages.
    expect(bad).toMatchObject({ error: { message: 'The regular expression ( is not valid: a group "(" is not closed' } });
    expect(!Array.isArray(bad) && renderMessage(bad.error.text, 'id')).toBe('Ekspresi reguler ( tidak sah: ada grup "(" yang tidak ditutup');
    const whole = previewReplace(doc, { find: '([', replace: '', regex: true, matchCase: false, wholeWord: true });
    expect(!Array.isArray(whole) && whole.error.message).not.toMatch(/p\{L\}/);
    const star = previewReplace(doc, { find: '*pabrik', replace: '', regex: true, matchCase: false, wholeWord: false });
    expect(!Array.isArray(star) && star.error.message).toMatch(/a repeat \(\*, \+ or \?\) follows nothing/);
  });

  it('applies as one batch and undoes as one, leaving a segment edited since alone', () => {
    const byId = new Map(doc.map((s) => [s.id, s]));
    const preview = previewReplace(doc, { find: 'factory', replace: 'plant', regex: false, matchCase: false, wholeWord: true });
    if (!Array.isArray(preview)) throw new Error('preview failed');
    const change = applyReplace(byId, preview, 'b1', ctx);
    expect(change.revisions.every((r) => r.batch === 'b1' && r.origin === 'find-replace')).toBe(true);
    const history = new Map<string, Revision[]>(doc.map((s) => [s.id, [{ id: 'imp', segmentId: s.id, text: s.target, status: 'draft', author: 'T', at: '', origin: 'draft-import' }]]));
    for (const r of change.revisions) history.get(r.segmentId)?.push(r);
    // s1 is edited again after the batch: the undo must not throw that work away.
    history.get('s1')?.push({ id: 'later', segmentId: 's1', text: 'Later edit', status: 'edited', author: 'Sari', at: '', origin: 'typing' });
    const after = new Map(change.segments.map((s) => [s.id, s]));
    const undo = undoBatch(after, (id) => history.get(id) ?? [], 'b1', ctx);
    expect(undo.segments.map((s) => [s.id, s.target, s.status])).toEqual([['s0', 'The fighter jet Factory.', 'draft']]);
    expect(undo.skipped).toBe(1);
  });
});

describe('finding in the Indonesian', () => {
  it('lists segments whose source matches, and changes nothing', () => {
    const found = previewReplace(doc, { scope: 'source', find: 'pabrik', replace: 'x', regex: false, matchCase: false, wholeWord: true });
    expect(Array.isArray(found) && found.map((f) => [f.segmentId, f.before === f.after])).toEqual([['s0', true], ['s1', true]]);
  });
});

describe('bulk status and propagation', () => {
  it('sets a status on a selection as one batch', () => {
    const change = bulkStatus(doc, 'approved', 'b2', ctx);
    expect(change.segments.map((s) => s.status)).toEqual(['approved', 'approved']);
    expect(new Set(change.revisions.map((r) => r.batch))).toEqual(new Set(['b2']));
  });

  it('propagates a confirmed translation to repetitions of its source, not to confirmed ones', () => {
    const all = [
      seg(0, 'Terima kasih.', 'Thank you.', { status: 'reviewed' }),
      seg(1, 'terima  kasih.', 'Thanks.'),
      seg(2, 'Terima kasih.', 'Thanks a lot.', { status: 'approved' }),
      seg(3, 'Sama-sama.', 'You are welcome.'),
    ];
    const change = propagate(all, all[0]!, 'p1', ctx);
    expect(change.segments.map((s) => [s.id, s.target, s.status])).toEqual([['s1', 'Thank you.', 'reviewed']]);
    expect(change.revisions[0]?.origin).toBe('propagation');
  });
});
