import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/services/backups';
import type { Migration } from '../../electron/services/migrations';
import { MIGRATIONS, upgradeProject } from '../../electron/services/migrations';
import { ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import type { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const V0 = path.join(FIXTURES_DIR, 'projects/v0-artikel.tinjau');

function copyOfV0(): string {
  const dir = path.join(tempDir(), 'artikel.tinjau');
  cpSync(V0, dir, { recursive: true });
  return dir;
}

describe('a project saved by an older Tinjau (format 0)', () => {
  it('opens with its segments, drafts and history carried over, and says it was upgraded', async () => {
    const store = await ProjectStore.open(copyOfV0(), { owner: 'test' });
    expect(store.projectMeta.createdAt).toBe('2024-03-04T09:12:00.000Z');
    expect(store.document('doc-1').segmentation).toBe('paragraph');
    const [title, body, last] = store.segmentsOf('doc-1');
    expect(title).toMatchObject({ kind: 'paragraph', status: 'reviewed', target: 'Floods Inundate Thousands of Homes in East Jakarta' });
    expect(title?.draft).toEqual({ text: 'Floods Soak Thousands of Houses in East Jakarta', origin: 'import' });
    expect(body?.status).toBe('draft');
    expect(last?.draft).toBeNull();
    expect(store.revisionsOf('doc-1-0').map((r) => [r.status, r.origin])).toEqual([
      ['draft', 'typing'],
      ['reviewed', 'typing'],
    ]);
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/saved by an older Tinjau \(format 0\) and was upgraded to format 3; the original file is kept as backups\/pre-migration-v0-.*\.json/);
    await store.close();
  });

  it('keeps the original file byte for byte before upgrading, then saves in the current format', async () => {
    const dir = copyOfV0();
    const original = readFileSync(path.join(V0, SNAPSHOT_FILE), 'utf8');
    const store = await ProjectStore.open(dir, { owner: 'test' });
    store.commit({ op: 'put-meta', meta: { ...store.projectMeta, name: 'Renamed' } });
    await store.close();

    const kept = listBackups(dir).filter((b) => b.preMigration);
    expect(kept).toHaveLength(1);
    expect(readFileSync(kept[0]?.file as string, 'utf8')).toBe(original);
    const saved = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.project.name).toBe('Renamed');

    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.warnings).toEqual([]); // upgraded once, not on every open
    expect(reopened.segment('doc-1-0').kind).toBe('paragraph');
    await reopened.close();
  });

  it('can be restored from its pre-migration backup if the upgraded file is later damaged', async () => {
    const dir = copyOfV0();
    await (await ProjectStore.open(dir, { owner: 'test' })).close();
    for (const b of listBackups(dir).filter((x) => !x.preMigration)) writeFileSync(b.file, '');
    writeFileSync(path.join(dir, SNAPSHOT_FILE), '');
    const store = await ProjectStore.open(dir, { owner: 'test' });
    expect(store.segment('doc-1-0').status).toBe('reviewed');
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/restored from the backup of 20\d\d-/);
    await store.close();
  });
});

describe('migrations', () => {
  it('form one chain from format 0 to the current format', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => [i, i + 1]));
  });

  it('refuse a project from a newer Tinjau, and one whose format has no migration', async () => {
    const dir = copyOfV0();
    const data = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
    writeFileSync(path.join(dir, SNAPSHOT_FILE), JSON.stringify({ ...data, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    await expect(ProjectStore.open(dir, { owner: 'test' })).rejects.toThrow(/saved by a newer Tinjau/);
    expect(() => upgradeProject(data, [])).toThrow(/no migration from format 0/);
    // Why the file is unusable reaches the user inside the damaged-project message, in either language.
    writeFileSync(path.join(dir, SNAPSHOT_FILE), JSON.stringify({ ...data, segments: [{ id: 'x9' }] }));
    const damaged = (await ProjectStore.open(dir, { owner: 'test' }).then(
      () => null,
      (e: unknown) => e,
    )) as TinjauError | null;
    expect(damaged?.message).toContain('is damaged (segment x9 is incomplete)');
    expect(damaged?.text && renderMessage(damaged.text, 'id')).toContain('rusak (segmen x9 tidak lengkap)');
  });

  it('run in order, each seeing the previous one’s result', () => {
    const steps: Migration[] = [
      { from: 1, to: 2, describe: 'b', migrate: (d) => ({ ...d, schemaVersion: 2, trail: `${String(d.trail)}b` }) },
      { from: 0, to: 1, describe: 'a', migrate: (d) => ({ ...d, schemaVersion: 1, trail: 'a' }) },
    ];
    const upgraded = upgradeProject({ lastSeq: 0, project: { id: 'p' }, documents: [], segments: [], revisions: [] }, steps, 2);
    expect((upgraded.data as unknown as { trail: string }).trail).toBe('ab');
    expect(upgraded.steps).toEqual(['0 → 1: a', '1 → 2: b']);
  });
});

describe('a project saved with each document in one segments blob (format 2)', () => {
  const V2 = path.join(FIXTURES_DIR, 'projects/v2-bericht.tinjau');
  const copyOfV2 = () => {
    const dir = path.join(tempDir(), 'bericht.tinjau');
    cpSync(V2, dir, { recursive: true });
    return dir;
  };

  it('opens with every segment and the edit its journal held, is rewritten in chunks, and keeps the original file', async () => {
    const dir = copyOfV2();
    const original = readFileSync(path.join(V2, SNAPSHOT_FILE), 'utf8');
    const store = await ProjectStore.open(dir, { owner: 'test', chunkSegments: 2 });
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/saved by an older Tinjau \(format 2\) and was upgraded to format 3; the original file is kept as backups\/pre-migration-v2-.*\.json/);
    expect(store.listDocuments().map((d) => d.name)).toEqual(['okapi-omegat.xlf', 'catatan.txt']);
    expect(store.segmentsOf('d920c27c2').map((s) => [s.target, s.status])).toEqual([
      ['Floods hit Jakarta on Monday.', 'reviewed'],
      ['The government opened evacuation posts in three districts.', 'reviewed'], // from the journal
      ['', 'new'],
    ]);
    expect(store.revisionsOf('d920c27c2-0002').map((r) => r.id)).toContain('rev-fixture-journal');
    expect(store.originalOf('d9616f5c0')).toContain('<xliff');
    await store.close();

    const kept = listBackups(dir).filter((b) => b.preMigration);
    expect(kept.map((b) => readFileSync(b.file, 'utf8'))).toEqual([original]);
    const saved = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')) as { schemaVersion: number; documents: { shard: Record<string, unknown> }[] };
    expect(saved.schemaVersion).toBe(3);
    const catatan = saved.documents[1]?.shard;
    expect(catatan?.segments).toBeUndefined();
    expect(catatan?.chunks).toHaveLength(2); // 3 segments, 2 per chunk

    const reopened = await ProjectStore.open(dir, { owner: 'test', chunkSegments: 2 });
    expect(reopened.warnings).toEqual([]); // upgraded once
    expect(reopened.segment('d920c27c2-0003').source).toBe('Warga diminta waspada terhadap hujan susulan.');
    expect(reopened.progressOf('d920c27c2')).toMatchObject({ segments: 3, confirmed: 2 });
    await reopened.close();
  });
});
