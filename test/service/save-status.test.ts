import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';
import type { SaveStatus } from '../../shared/api/save-status';
import { renderMessage } from '../../shared/messages/text';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

describe('a failing background write', () => {
  it('is reported by projects:saveStatus in both languages, retried, and cleared once the disk takes it', async () => {
    // Every edit makes a compaction due, started by a timer: nobody awaits it.
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test', compactAfterMs: 0, compactJournalBytes: 1 });
    const api = createHandlers(ws, { version: 't', transport: 'web', dataDir: tempDir() });
    const project = (await ws.createProject('Berita')).path;
    const { document } = await api['documents:import']({ project, source: { name: 'a.txt', base64: Buffer.from('Satu.\n\nDua.').toString('base64') } });
    await ws.flush();
    expect(await api['projects:saveStatus']({ project })).toEqual({ failure: null });

    // The blobs folder is gone and a file stands in its place: every compaction fails.
    const blobs = path.join(project, 'blobs');
    renameSync(blobs, `${blobs}.away`);
    writeFileSync(blobs, '');
    const segmentId = `${document.id}-0001`;
    await api['segments:update']({ project, segmentId, target: 'One.' });
    let status: SaveStatus = await api['projects:saveStatus']({ project });
    while (!status.failure) {
      await turn();
      status = await api['projects:saveStatus']({ project });
    }
    expect(status.failure.message).toMatch(/^Tinjau could not write the project’s files in the background: the disk refused the write \(EEXIST\)/);
    expect(status.failure.message).toContain(blobs);
    expect(status.failure.message).toContain('Your changes so far are kept in the project’s journal and are safe');
    expect(renderMessage(status.failure.text, 'id')).toMatch(/^Tinjau tidak dapat menulis berkas proyek di latar belakang: .*tersimpan di jurnal proyek dan aman/);

    // The disk is back: a later status poll writes it again, and the failure is gone.
    rmSync(blobs);
    renameSync(`${blobs}.away`, blobs);
    while (status.failure) {
      await turn();
      status = await api['projects:saveStatus']({ project });
    }
    await ws.close();
    const reopened = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    expect((await reopened.listSegments(project, document.id))[0]?.target).toBe('One.');
    await reopened.close();
  });
});
