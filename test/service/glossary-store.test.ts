// The glossary folder on its own: what a damaged, replaced or foreign folder does to a reader.
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryStore } from '../../electron/services/glossary/glossary-store';
import type { GlossaryEntry } from '../../shared/glossary/model';
import { createEntry, updateEntry } from '../../shared/glossary/revision';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const at = '2026-01-01T00:00:00.000Z';
const entry = (term: string): GlossaryEntry =>
  createEntry({ sourceTerms: [term], targets: [{ text: `${term} (en)`, status: 'preferred' }], caseSensitive: false }, at);
const line = (e: GlossaryEntry, parent: string | null = null) => JSON.stringify({ entry: e, parent }) + '\n';

function folder(): string {
  const dir = path.join(tempDir(), 'Team.tinjau-glossary');
  GlossaryStore.create(dir, 'Team', { watch: false }).close();
  return dir;
}

describe('glossary folder', () => {
  it('skips a damaged line in a colleague file and reads the rest', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'records', 'w-budi.jsonl'), line(entry('sanksi')) + '{"entry": garbage\n' + JSON.stringify({ entry: { ...entry('x'), targets: [{ text: 1 }] }, parent: null }) + '\n' + line(entry('pabrik')));
    const store = GlossaryStore.open(dir, { watch: false });
    expect([...store.entries].map((e) => e.sourceTerms[0]).sort()).toEqual(['pabrik', 'sanksi']);
    expect(store.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('w-budi.jsonl: a damaged line was skipped'),
      expect.stringContaining('w-budi.jsonl: a damaged line was skipped'),
    ]);
    store.close();
  });

  it('reads a record file again when a sync tool replaced it with a shorter copy', () => {
    const dir = folder();
    const file = path.join(dir, 'records', 'w-budi.jsonl');
    const first = entry('sanksi');
    writeFileSync(file, line(first) + line(entry('pabrik')));
    const store = GlossaryStore.open(dir, { watch: false });
    const edit = updateEntry(first, { note: 'UN usage' }, '2026-01-02T00:00:00.000Z', 'Budi');
    writeFileSync(file, line(edit, first.version));
    expect(store.refresh()).toBe(true);
    expect(store.entry(first.id)?.note).toBe('UN usage');
    expect(store.entryCount).toBe(2);
    store.close();
  });

  it('leaves no file behind when only reading, and writes to a file of its own', () => {
    const dir = folder();
    const records = () => readdirSync(path.join(dir, 'records'));
    const reader = GlossaryStore.open(dir, { watch: false });
    expect(records()).toEqual([]);
    reader.append([{ entry: entry('sanksi'), parent: null }]);
    const other = GlossaryStore.open(dir, { watch: false });
    other.append([{ entry: entry('pabrik'), parent: null }]);
    expect(records()).toHaveLength(2);
    expect(reader.refresh()).toBe(true);
    expect(reader.entryCount).toBe(2);
    reader.close();
    other.close();
  });

  it('opens an existing glossary when asked to create one there, and refuses folders that are not glossaries', () => {
    const dir = folder();
    const again = GlossaryStore.create(dir, 'Another name', { watch: false });
    expect(again.name).toBe('Team');
    again.close();
    const empty = path.join(tempDir(), 'empty');
    mkdirSync(empty);
    expect(() => GlossaryStore.open(empty)).toThrow(expect.objectContaining({ code: 'not-found' }));
    writeFileSync(path.join(empty, 'glossary.json'), JSON.stringify({ format: 'tinjau-glossary', formatVersion: 99, name: 'X' }));
    expect(() => GlossaryStore.open(empty)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('continues one record file across sessions for a single-writer glossary, cutting off what a crash left unfinished', () => {
    const dir = folder();
    const own = { watch: false, writerId: 'project', continueFile: true } as const;
    const first = GlossaryStore.open(dir, own);
    first.append([{ entry: entry('sanksi'), parent: null }]);
    first.close();
    const file = path.join(dir, 'records', 'project.jsonl');
    appendFileSync(file, line(entry('crash')).slice(0, 30));
    const second = GlossaryStore.open(dir, own);
    second.append([{ entry: entry('pabrik'), parent: null }]);
    second.close();
    expect(readdirSync(path.join(dir, 'records'))).toEqual(['project.jsonl']);
    const reader = GlossaryStore.open(dir, { watch: false });
    expect(reader.warnings).toEqual([]);
    expect([...reader.entries].map((e) => e.sourceTerms[0]).sort()).toEqual(['pabrik', 'sanksi']);
    reader.close();
  });

  it('ignores a half-written last line until its writer finishes it', () => {
    const dir = folder();
    const file = path.join(dir, 'records', 'w-budi.jsonl');
    const text = line(entry('sanksi'));
    writeFileSync(file, text.slice(0, 25));
    const store = GlossaryStore.open(dir, { watch: false });
    expect(store.entryCount).toBe(0);
    expect(store.warnings).toEqual([]);
    appendFileSync(file, text.slice(25));
    expect(store.refresh()).toBe(true);
    expect(store.entryCount).toBe(1);
    store.close();
  });
});
