import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../electron/services/backups';
import { BACKUP_DIR, backupsToKeep, listBackups } from '../../electron/services/backups';
import type { StoreOptions } from '../../electron/services/project-store';
import { ProjectStore } from '../../electron/services/project-store';
import type { ProjectMeta } from '../../shared/model/project';
import type { Segment } from '../../shared/model/segment';
import { segmentsIn } from '../support/project-files';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const meta: ProjectMeta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
const doc = { id: 'd1', name: 'a.txt', format: 'txt' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };

function segment(n: number, target: string): Segment {
  return { id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source: `sumber ${n}`, draft: null, target, status: 'edited' };
}

async function typeAndFlush(dir: string, options: StoreOptions, edits: number): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, meta, options);
  store.commit({ op: 'add-document', document: doc, segments: [segment(0, '')], revisions: [] });
  for (let i = 1; i <= edits; i++) {
    store.commit({ op: 'put-segments', segments: [segment(0, `version ${i}`)], revisions: [] });
    await store.flush(); // a compaction after every edit: the most a fast typist can cause
  }
  return store;
}

describe('backups', () => {
  it('are not rewritten on every compaction while typing, and closing takes one of the final state', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await typeAndFlush(dir, { owner: 'test', compactAfterMs: 1 }, 20);
    expect(listBackups(dir)).toHaveLength(1); // the one written when the project was created
    await store.close();
    const backups = listBackups(dir);
    expect(backups).toHaveLength(2);
    const newest = JSON.parse(readFileSync(backups[0]?.file as string, 'utf8'));
    expect(segmentsIn(dir, backups[0]?.file as string, 'd1', 'backups')[0]?.target).toBe('version 20');
    expect(newest.lastSeq).toBe(backups[0]?.seq);
  });

  it('keep only the newest N, each a complete project, with no temp files left', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await typeAndFlush(dir, { owner: 'test', backups: { everyMs: 0, keepLast: 3 } }, 10);
    await store.close();
    const backups = listBackups(dir);
    expect(backups.map((b) => b.seq)).toEqual([11, 10, 9]);
    for (const b of backups) expect(segmentsIn(dir, b.file, 'd1', 'backups')[0]?.target).toBe(`version ${b.seq - 1}`);
    expect(readdirSync(path.join(dir, BACKUP_DIR)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keep the last of each of the seven most recent days with backups, besides the newest five', () => {
    const backups: BackupFile[] = [];
    // Ten working days, three backups each (09:00, 12:00, 17:00 local time), then a quiet month.
    for (let day = 1; day <= 10; day++) {
      for (const hour of [9, 12, 17]) {
        const at = new Date(2026, 9, day, hour);
        backups.push({ file: '', name: `b-${day}-${hour}`, at, seq: day * 100 + hour, preMigration: false });
      }
    }
    backups.push({ file: '', name: 'pre-migration', at: new Date(2026, 8, 1), seq: 0, preMigration: true });
    const keep = backupsToKeep(backups, { keepLast: 5, keepDays: 7, everyMs: 0 });
    expect([...keep].sort()).toEqual(
      ['b-10-17', 'b-10-12', 'b-10-9', 'b-9-17', 'b-9-12', 'b-8-17', 'b-7-17', 'b-6-17', 'b-5-17', 'b-4-17'].sort(),
    );
  });

  it('keep the backup holding the latest changes even when the clock was set back', () => {
    const at = (day: number) => new Date(2026, 9, day, 12);
    const backups: BackupFile[] = [1, 2, 3, 4].map((day) => ({ file: '', name: `b-${day}`, at: at(day + 10), seq: day, preMigration: false }));
    backups.push({ file: '', name: 'latest', at: at(1), seq: 5, preMigration: false });
    expect(backupsToKeep(backups, { keepLast: 1, keepDays: 1, everyMs: 0 })).toEqual(new Set(['latest', 'b-4']));
  });
});
