import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_DIR, listBackups } from '../../electron/services/backups';
import type { StoreOptions } from '../../electron/services/project-store';
import { JOURNAL_FILE, ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import type { ProjectMeta } from '../../shared/model/project';
import type { Segment } from '../../shared/model/segment';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const meta: ProjectMeta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
const doc = { id: 'd1', name: 'a.txt', format: 'txt' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };
// Backups only when forced (close): the tests decide what the backups hold.
const options: StoreOptions = { owner: 'test', compactAfterMs: 60_000, backups: { everyMs: 3_600_000 } };

function segment(n: number, target: string): Segment {
  return { id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source: `sumber ${n}`, draft: null, target, status: 'edited' };
}

function edit(store: ProjectStore, n: number, target: string): void {
  store.commit({ op: 'put-segments', segments: [segment(n, target)], revisions: [{ id: `r-${target}`, segmentId: `d1-${n}`, text: target, status: 'edited', author: 'Sari', at: '', origin: 'typing' }] });
}

/** Leaves the project as a killed process would: lock released (the process is gone), nothing flushed. */
function crash(store: ProjectStore): void {
  (store as unknown as { lock: { release(): void } }).lock.release();
}

async function projectWithBackup(dir: string): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, meta, options);
  store.commit({ op: 'add-document', document: doc, segments: [segment(0, ''), segment(1, ''), segment(2, '')], revisions: [] });
  edit(store, 0, 'in the backup');
  await store.close(); // closing writes a backup
  return ProjectStore.open(dir, options);
}

const files = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();

describe('a damaged project.json', () => {
  it('is restored from the newest backup plus the journal, losing no change, and says so', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await projectWithBackup(dir);
    edit(store, 1, 'after the backup');
    await store.flush(); // the snapshot now holds it, the backup does not
    edit(store, 2, 'only in the journal');
    crash(store);
    writeFileSync(path.join(dir, SNAPSHOT_FILE), '{"schemaVersion":1,"lastSeq":4,"project":{"id":"p1","na');

    const reopened = await ProjectStore.open(dir, options);
    expect(reopened.segmentsOf('d1').map((s) => s.target)).toEqual(['in the backup', 'after the backup', 'only in the journal']);
    expect(reopened.revisionsOf('d1-1').map((r) => r.text)).toEqual(['after the backup']);
    expect(reopened.warnings.map((w) => w.message).join(' ')).toMatch(/^project\.json was damaged \(.*\); restored from the backup of \d{4}-\d\d-\d\d \d\d:\d\d UTC; 2 later changes replayed from the journal\. The damaged file is kept as project\.damaged-.*\.json\.$/);
    const kept = files(dir).find((f) => f.startsWith('project.damaged-')) as string;
    expect(readFileSync(path.join(dir, kept), 'utf8')).toContain('"project":{"id":"p1","na');
    await reopened.close();
    const again = await ProjectStore.open(dir, options);
    expect(again.warnings).toEqual([]);
    expect(again.segment('d1-2').target).toBe('only in the journal');
    await again.close();
  });

  it('is restored when it is valid JSON but not a project, or missing', async () => {
    for (const damage of ['{"hello":"world"}', '[]', null]) {
      const dir = path.join(tempDir(), 'p.tinjau');
      const store = await projectWithBackup(dir);
      edit(store, 1, 'typed');
      crash(store);
      if (damage === null) rmSync(path.join(dir, SNAPSHOT_FILE));
      else writeFileSync(path.join(dir, SNAPSHOT_FILE), damage);
      const reopened = await ProjectStore.open(dir, options);
      expect(reopened.segment('d1-1').target).toBe('typed');
      expect(reopened.warnings.map((w) => w.message).join(' ')).toMatch(/restored from the backup of .*1 later change replayed/);
      await reopened.close();
    }
  });

  it('falls back to an older backup when the newest is damaged too, and counts the changes it could not recover', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await projectWithBackup(dir); // backup A: segment 0
    edit(store, 1, 'only in backup B'); // the one change lost below
    await store.close(); // backup B, journal emptied
    const s2 = await ProjectStore.open(dir, options);
    edit(s2, 2, 'in the journal');
    crash(s2);
    const newest = listBackups(dir)[0];
    writeFileSync(newest?.file as string, '');
    writeFileSync(path.join(dir, SNAPSHOT_FILE), 'garbage');

    const reopened = await ProjectStore.open(dir, options);
    expect(reopened.segmentsOf('d1').map((s) => s.target)).toEqual(['in the backup', '', 'in the journal']);
    expect(reopened.warnings.map((w) => w.message).join(' ')).toMatch(/1 later change replayed from the journal\. 1 change made between that backup and the damage could not be recovered/);
    // New changes never reuse the sequence numbers of the lost ones.
    edit(reopened, 1, 'retyped');
    expect(reopened.lastSeq).toBeGreaterThan(newest?.seq as number);
    crash(reopened);
    const afterCrash = await ProjectStore.open(dir, options);
    expect(afterCrash.segment('d1-1').target).toBe('retyped');
    expect(afterCrash.warnings).toEqual([]);
    await afterCrash.close();
  });

  it('without a usable backup, stops with an error naming the files and changes nothing', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await projectWithBackup(dir);
    edit(store, 1, 'typed');
    crash(store);
    writeFileSync(path.join(dir, SNAPSHOT_FILE), '{"schemaVersion": 1, "proj');
    for (const b of listBackups(dir)) writeFileSync(b.file, 'not json');
    const before = new Map([...files(dir), ...files(path.join(dir, BACKUP_DIR)).map((f) => `${BACKUP_DIR}/${f}`)].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    before.delete('lock');

    const error = await ProjectStore.open(dir, options).then(
      () => ({ message: 'opened', details: [] as string[] }),
      (e: unknown) => e as Error & { details?: string[] },
    );
    expect(error.message).toContain(path.join(dir, SNAPSHOT_FILE));
    expect(error.message).toContain(path.join(dir, BACKUP_DIR));
    expect(error.message).toMatch(/is damaged .* no usable backup .* Nothing was changed/);
    expect(error.details?.join('\n')).toMatch(/backups\/backup-.*\.json: it is not valid JSON/);
    for (const [file, text] of before) expect(readFileSync(path.join(dir, file), 'utf8'), file).toBe(text);
    expect(existsSync(path.join(dir, 'lock'))).toBe(false);
  });
});

describe('a journal cut short by a crash', () => {
  it('is repaired on open, so a change made afterwards survives the next crash', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await projectWithBackup(dir);
    crash(store);
    // The only entry after the snapshot was cut in half: nothing to replay, yet the file needs repair.
    appendFileSync(path.join(dir, JOURNAL_FILE), '{"op":"put-segments","seq":3,"segments":[{"id":"d1-1","tar');
    const s2 = await ProjectStore.open(dir, options);
    expect(s2.warnings.map((w) => w.message).join(' ')).toMatch(/half written/);
    edit(s2, 1, 'after the crash');
    crash(s2);
    const s3 = await ProjectStore.open(dir, options);
    expect(s3.segment('d1-1').target).toBe('after the crash');
    expect(s3.warnings).toEqual([]);
    await s3.close();
  });

  it('keeps a copy of a journal damaged in the middle and reports the changes after the damage as lost', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await projectWithBackup(dir);
    edit(store, 1, 'kept');
    edit(store, 2, 'after the damage');
    crash(store);
    const lines = readFileSync(path.join(dir, JOURNAL_FILE), 'utf8').split('\n');
    lines.splice(1, 0, '{damaged');
    writeFileSync(path.join(dir, JOURNAL_FILE), lines.join('\n'));
    const reopened = await ProjectStore.open(dir, options);
    expect(reopened.segment('d1-1').target).toBe('kept');
    expect(reopened.segment('d1-2').target).toBe('');
    expect(reopened.warnings.map((w) => w.message).join(' ')).toMatch(/Line 2 of the edit journal is damaged.*kept as journal\.damaged-/);
    expect(files(dir).some((f) => f.startsWith('journal.damaged-'))).toBe(true);
    await reopened.close();
  });
});
