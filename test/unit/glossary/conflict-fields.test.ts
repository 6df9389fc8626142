import { describe, expect, it } from 'vitest';
import { conflictDifferences, mergedProposal } from '../../../shared/glossary/conflict-fields';
import { foldRecords } from '../../../shared/glossary/merge';
import { createEntry, deleteEntry, updateEntry } from '../../../shared/glossary/revision';

const NOW = '2026-12-07T08:00:00.000Z';
const base = createEntry({ sourceTerms: ['banjir'], targets: [{ text: 'flood', status: 'preferred' }], caseSensitive: false, note: 'Noun' }, NOW);

describe('what a glossary conflict is about', () => {
  it('names the fields both copies changed and those one copy changed, and merges the one-side ones', () => {
    const ours = updateEntry(base, { note: 'Noun; also verb', targets: [{ text: 'flood', status: 'preferred' }, { text: 'inundation', status: 'forbidden' }] }, '2026-12-07T09:00:00.000Z', 'Sari');
    const theirs = updateEntry(base, { note: 'Noun (the event)', domain: 'disaster' }, '2026-12-07T09:05:00.000Z', 'Budi');
    const { conflicts } = foldRecords([
      { entry: base, parent: null },
      { entry: ours, parent: base.version },
      { entry: theirs, parent: base.version },
    ]);
    const conflict = conflicts[0]!;
    const differences = conflictDifferences(conflict);
    expect(differences.map((d) => [d.field, d.changed])).toEqual([['targets', 'one'], ['note', 'both'], ['domain', 'one']]);
    const forbidden = differences.find((d) => d.field === 'targets')!;
    expect(forbidden.values.some((v) => v.includes('inundation (forbidden)'))).toBe(true);
    const merged = mergedProposal(conflict);
    expect(merged.domain).toBe('disaster');
    expect(merged.targets.map((t) => t.text)).toEqual(['flood', 'inundation']);
    expect(merged.note).toBe(conflict.winner.note);
  });

  it('shows no field differences when one copy deleted the entry, and takes the shown version without a common revision', () => {
    const edited = updateEntry(base, { note: 'Noun; also verb' }, '2026-12-07T09:00:00.000Z', 'Sari');
    const deleted = deleteEntry(base, '2026-12-07T09:05:00.000Z', 'Budi');
    const withDelete = foldRecords([
      { entry: base, parent: null },
      { entry: edited, parent: base.version },
      { entry: deleted, parent: base.version },
    ]).conflicts[0]!;
    expect(conflictDifferences(withDelete)).toEqual([]);

    // Two copies that created the same entry independently: no base, every difference counts as both.
    const a = createEntry({ sourceTerms: ['banjir'], targets: [{ text: 'flood', status: 'preferred' }], caseSensitive: false, note: 'A' }, NOW);
    const b = createEntry({ sourceTerms: ['banjir'], targets: [{ text: 'flood', status: 'preferred' }], caseSensitive: false, note: 'B', pos: 'noun' }, NOW);
    const independent = foldRecords([{ entry: a, parent: null }, { entry: b, parent: null }]).conflicts[0]!;
    expect(independent.base).toBeUndefined();
    expect(conflictDifferences(independent).map((d) => [d.field, d.changed])).toEqual([['note', 'both'], ['pos', 'both']]);
    expect(mergedProposal(independent).note).toBe(independent.winner.note);
  });
});
