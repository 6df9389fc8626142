import { describe, expect, it } from 'vitest';
import type { RevisionRecord } from '../../../shared/glossary/merge';
import { foldRecords, mergeGlossaries, resolveConflict } from '../../../shared/glossary/merge';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { createEntry, deleteEntry, restoreEntry, updateEntry } from '../../../shared/glossary/revision';

const t0 = '2026-01-01T00:00:00.000Z';
const at = (n: number) => new Date(Date.parse(t0) + n * 1000).toISOString();
const base = createEntry({ id: 'e1', sourceTerms: ['rudal'], targets: [{ text: 'missile', status: 'preferred' }], caseSensitive: false }, t0);

describe('merging shared glossary copies', () => {
  it('merges edits to different entries', () => {
    const other = createEntry({ id: 'e2', sourceTerms: ['sanksi'], targets: [{ text: 'sanctions', status: 'preferred' }], caseSensitive: false }, t0);
    const ours = [updateEntry(base, { note: 'ours' }, at(1), 'ana'), other];
    const theirs = [base, updateEntry(other, { pos: 'noun' }, at(2), 'budi')];
    const merged = mergeGlossaries([base, other], ours, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(merged.entries.map((e) => [e.id, e.note, e.pos])).toEqual([
      ['e1', 'ours', undefined],
      ['e2', undefined, 'noun'],
    ]);
  });

  it('merges edits to different fields of one entry, and keeps a real conflict with both versions', () => {
    const a = updateEntry(base, { note: 'Plural: missiles' }, at(1), 'ana');
    const b = updateEntry(base, { pos: 'noun' }, at(2), 'budi');
    const auto = mergeGlossaries([base], [a], [b]);
    expect(auto.conflicts).toEqual([]);
    expect(auto.entries[0]).toMatchObject({ note: 'Plural: missiles', pos: 'noun', author: 'budi' });

    const c = updateEntry(base, { targets: [{ text: 'rocket', status: 'preferred' }] }, at(3), 'citra');
    const d = updateEntry(base, { targets: [{ text: 'guided missile', status: 'preferred' }] }, at(4), 'dewi');
    const clash = mergeGlossaries([base], [c], [d]);
    expect(clash.conflicts).toHaveLength(1);
    const both = [clash.conflicts[0]?.winner, ...(clash.conflicts[0]?.others ?? [])].map((e) => e?.targets[0]?.text).sort();
    expect(both).toEqual(['guided missile', 'rocket']);
  });

  it('keeps deletes as tombstones; a delete against an edit is a conflict, two deletes agree', () => {
    const del = deleteEntry(base, at(1), 'ana');
    const edit = updateEntry(base, { note: 'still used' }, at(2), 'budi');
    const m = mergeGlossaries([base], [del], [edit]);
    expect(m.entries[0]).toMatchObject({ note: 'still used' });
    expect(m.conflicts[0]?.others[0]?.deleted).toBe(true);
    const gone = mergeGlossaries([base], [del], [deleteEntry(base, at(3), 'budi')]);
    expect(gone.conflicts).toEqual([]);
    expect(gone.entries[0]?.deleted).toBe(true);
  });

  it('settles a resolved conflict for every copy', () => {
    const c = updateEntry(base, { targets: [{ text: 'rocket', status: 'preferred' }] }, at(3), 'citra');
    const d = updateEntry(base, { targets: [{ text: 'guided missile', status: 'preferred' }] }, at(4), 'dewi');
    const records: RevisionRecord[] = [
      { entry: base, parent: null },
      { entry: c, parent: base.version },
      { entry: d, parent: base.version },
    ];
    const [conflict] = foldRecords(records).conflicts;
    if (!conflict) throw new Error('expected a conflict');
    const fix = resolveConflict(conflict, { ...conflict.winner, targets: [{ text: 'missile', status: 'preferred' }] }, at(5), 'eka');
    const after = foldRecords([...records, ...fix]);
    expect(after.conflicts).toEqual([]);
    expect(after.entries[0]).toMatchObject({ author: 'eka', targets: [{ text: 'missile', status: 'preferred' }] });
  });

  it('two copies making 1,000 interleaved edits each end up with the same glossary, losing nothing', () => {
    let seed = 42;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const logs: RevisionRecord[][] = [[], []];
    const lastWrite: Array<Map<string, string>> = [new Map(), new Map()];
    const view = (i: number) => new Map(foldRecords([...(logs[i] as RevisionRecord[])]).entries.map((e) => [e.id, e]));
    const sync = (from: number, to: number) => {
      const mine = logs[to] as RevisionRecord[];
      const known = new Set(mine.map((r) => `${r.entry.id}@${r.entry.version}`));
      for (const r of logs[from] as RevisionRecord[]) if (!known.has(`${r.entry.id}@${r.entry.version}`)) mine.push(r);
      mine.push(...foldRecords(mine).created);
    };
    let clock = 0;
    for (let step = 0; step < 1000; step++) {
      for (const i of [0, 1]) {
        const current = view(i);
        const id = `e${Math.floor(rand() * (i === 0 ? 300 : 300)) + (rand() < 0.5 ? i * 1000 : 0)}`;
        const existing = current.get(id);
        const now = at(++clock);
        let next: GlossaryEntry;
        if (!existing) {
          next = createEntry({ id, sourceTerms: [`istilah ${id}`], targets: [{ text: `term ${id}`, status: 'preferred' }], caseSensitive: false, author: `p${i}` }, now);
        } else if (existing.deleted) {
          next = restoreEntry(existing, { note: `back ${i}.${step}` }, now, `p${i}`);
        } else if (rand() < 0.15) {
          next = deleteEntry(existing, now, `p${i}`);
        } else {
          next = updateEntry(existing, rand() < 0.5 ? { note: `note ${i}.${step}` } : { pos: `pos ${i}.${step}` }, now, `p${i}`);
        }
        (logs[i] as RevisionRecord[]).push({ entry: next, parent: existing?.version ?? null });
        (lastWrite[i] as Map<string, string>).set(id, next.version);
      }
      if (step % 37 === 0) sync(0, 1);
      if (step % 53 === 0) sync(1, 0);
    }
    sync(0, 1);
    sync(1, 0);
    sync(0, 1);
    const a = foldRecords(logs[0] as RevisionRecord[]);
    const b = foldRecords(logs[1] as RevisionRecord[]);
    expect(a.entries).toEqual(b.entries);
    expect(a.conflicts).toEqual(b.conflicts);

    // Every copy's last write to each entry is in the result: the current revision, one of
    // its ancestors (it was merged or edited further) or a revision listed in a conflict.
    const all = new Map((logs[0] as RevisionRecord[]).map((r) => [`${r.entry.id}@${r.entry.version}`, r]));
    const ancestry = (id: string, v: string): Set<string> => {
      const out = new Set<string>();
      const stack = [v];
      while (stack.length) {
        const x = stack.pop() as string;
        if (out.has(x)) continue;
        out.add(x);
        const p = all.get(`${id}@${x}`)?.parent;
        if (p) stack.push(p);
      }
      return out;
    };
    // A branch closed by an automatic merge or a resolution lives on in the revision named by
    // its closing tombstone's `supersededBy`.
    const closers = [...all.values()].filter((r) => r.entry.supersededBy);
    const absorbed = (id: string, head: string): Set<string> => {
      const out = ancestry(id, head);
      for (let grew = true; grew; ) {
        grew = false;
        for (const c of closers) {
          if (c.entry.id !== id || !out.has(c.entry.supersededBy as string) || out.has(c.entry.version)) continue;
          for (const v of ancestry(id, c.entry.version)) out.add(v);
          grew = true;
        }
      }
      return out;
    };
    const conflicts = new Map(a.conflicts.map((c) => [c.id, c]));
    let checked = 0;
    for (const writes of lastWrite) {
      for (const [id, version] of writes) {
        const current = a.entries.find((e) => e.id === id);
        const c = conflicts.get(id);
        const heads = [current, ...(c?.others ?? [])].filter((e): e is GlossaryEntry => !!e);
        const covered = heads.some((h) => absorbed(id, h.version).has(version));
        // Two copies deleting the same entry agree: the entry is deleted either way.
        const agreedDelete = current?.deleted === true && all.get(`${id}@${version}`)?.entry.deleted === true;
        expect(covered || agreedDelete, `${id} ${version}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    // The run did exercise collisions: some merged on their own, some wait for a person.
    expect((logs[0] as RevisionRecord[]).some((r) => r.entry.supersededBy)).toBe(true);
    expect(a.conflicts.length).toBeGreaterThan(0);
  });
});
