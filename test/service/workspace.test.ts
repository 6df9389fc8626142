import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/services/export/export-service';
import { Workspace } from '../../electron/services/workspace';
import { corpusFile } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function payload(file: string) {
  return { name: path.basename(file), base64: readFileSync(file).toString('base64') };
}

async function workspaceWithCorpus000() {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const project = await ws.createProject('Uji');
  const result = await ws.importDocument({
    project: project.path,
    source: payload(corpusFile('id', '000')),
    draft: payload(corpusFile('en-drafts', '000', '.mt.en.txt')),
    draftOrigin: 'mt',
  });
  return { ws, project, document: result.document };
}

describe('Workspace', () => {
  it('opens a project once when several requests for it arrive together (the window starting up)', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const created = await ws.createProject('Uji');
    await ws.close();
    const again = await Workspace.create({ dataDir: ws.options.dataDir, owner: 'test' });
    const results = await Promise.allSettled([again.openProject(created.path), again.openProject(created.path), again.summary(created.path)]);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok']);
    await again.close();
  });

  it('creates the sample project once when two windows ask for it together', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const [a, b] = await Promise.all([ws.openSample(), ws.openSample()]);
    expect(a.path).toBe(b.path);
    expect(a.documents).toHaveLength(1);
    expect((await ws.summary(a.path)).documents).toHaveLength(1);
    await ws.close();
  });

  it('finds a project created at a relative path when it is used again', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const relative = path.relative(process.cwd(), path.join(tempDir(), 'rel.tinjau'));
    await ws.createProjectAt(relative, { name: 'Relatif' });
    await expect(ws.openProject(relative)).resolves.toMatchObject({ meta: { name: 'Relatif' } });
    await ws.close();
  });

  it('pairs the 000 article with its MT draft paragraph for paragraph', async () => {
    const { ws, project, document } = await workspaceWithCorpus000();
    const segments = await ws.listSegments(project.path, document.id);
    expect(segments).toHaveLength(22);
    expect(segments[3]?.source).toMatch(/^Kim Jong Un, pemimpin Korut/);
    expect(segments[3]?.draft).toEqual({ text: expect.stringMatching(/^Kim Jong Un, the leader of Korut/), origin: 'mt' });
    expect(segments[3]?.status).toBe('draft');
    await ws.close();
  });

  it('keeps an edit with its author and history across a restart, and exports it', async () => {
    const { ws, project, document } = await workspaceWithCorpus000();
    const id = `${document.id}-0005`;
    await ws.updateSegment({ project: project.path, segmentId: id, target: 'Kim visited two aviation plants.' });
    const confirmed = await ws.confirmSegment(project.path, id);
    expect(confirmed.status).toBe('reviewed');
    await ws.close();

    const again = await Workspace.create({ dataDir: ws.options.dataDir, owner: 'test' });
    const segments = await again.listSegments(project.path, document.id);
    expect(segments[4]).toMatchObject({ target: 'Kim visited two aviation plants.', status: 'reviewed' });
    const history = await again.revisions(project.path, id);
    expect(history.map((r) => [r.origin, r.status])).toEqual([
      ['draft-import', 'draft'],
      ['typing', 'edited'],
      ['status', 'reviewed'],
    ]);
    const txt = Buffer.from((await exportDocument(again, { project: project.path, documentId: document.id, format: 'txt' })).base64, 'base64').toString();
    expect(txt.split('\n\n')[4]).toBe('Kim visited two aviation plants.');
    const csv = Buffer.from((await exportDocument(again, { project: project.path, documentId: document.id, format: 'csv' })).base64, 'base64').toString();
    expect(csv).toContain(`${id},"Kim melakukan kunjungan`);
    await again.close();
  });

  it('aligns a draft whose paragraphs do not line up and marks the boilerplate excluded', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Uji');
    const result = await ws.importDocument({
      project: project.path,
      source: payload(corpusFile('id', '004')),
      draft: payload(corpusFile('en-drafts', '004', '.human.en.txt')),
      draftOrigin: 'human',
    });
    expect(result.document.progress).toMatchObject({ segments: 27, excluded: 10 });
    expect(result.unmatchedDraft).toEqual([]);
    const segments = await ws.listSegments(project.path, result.document.id);
    const draftParagraphs = readFileSync(corpusFile('en-drafts', '004', '.human.en.txt'), 'utf8').trim().split(/\n\s*\n/);
    expect(segments[5]?.draft?.text).toBe(draftParagraphs[1]?.trim());
    expect(segments[6]?.alignment?.mergedIntoPrevious).toBe(true);
    await ws.close();
  });

  it('refuses a separate draft for a bilingual file and leaves the project as it was', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Uji');
    const csv = Buffer.from('source,target\nKerja sama,Cooperation\n').toString('base64');
    await expect(
      ws.importDocument({ project: project.path, source: { name: 'glos.csv', base64: csv }, draft: payload(corpusFile('en-drafts', '004', '.human.en.txt')) }),
    ).rejects.toThrow(/already holds its translations/);
    expect((await ws.summary(project.path)).documents).toHaveLength(0);
    await ws.close();
  });

  it('refuses a binary file as a source with a message naming it', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Uji');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString('base64');
    await expect(ws.importDocument({ project: project.path, source: { name: 'foto.txt', base64: png } })).rejects.toThrow(/foto\.txt: .*not text/);
    expect((await ws.summary(project.path)).documents).toHaveLength(0);
    await ws.close();
  });

  it('creates the sample project on first start with drafts to review', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const sample = await ws.openSample();
    expect(sample.documents).toHaveLength(1);
    const segments = await ws.listSegments(sample.path, sample.documents[0]!.id);
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.every((s) => s.draft?.origin === 'mt')).toBe(true);
    // Opening it again reuses the same project instead of creating a second one.
    expect((await ws.openSample()).path).toBe(sample.path);
    expect(ws.settings.recent).toHaveLength(1);
    await ws.close();
  });
});

describe('Workspace segment structure', () => {
  it('splits and joins plain-text segments durably, and refuses to split a bilingual file unit', async () => {
    const { ws, project, document } = await workspaceWithCorpus000();
    const service = await ws.segmentService(project.path);
    const first = (await ws.listSegments(project.path, document.id))[3]!;
    const after = service.split({ project: project.path, segmentId: first.id, sourceOffset: first.source.indexOf(', mendapat') + 1 });
    expect(after).toHaveLength(23);
    service.joinNext(first.id);
    await ws.close();
    const again = await Workspace.create({ dataDir: ws.options.dataDir, owner: 'test' });
    const segments = await again.listSegments(project.path, document.id);
    expect(segments).toHaveLength(22);
    expect(segments[3]?.source).toBe(first.source);
    const csv = await again.importDocument({ project: project.path, source: { name: 't.csv', base64: Buffer.from('source,target\nSatu dua tiga.,One two three.\n').toString('base64') } });
    const unit = (await again.listSegments(project.path, csv.document.id))[0]!;
    const service2 = await again.segmentService(project.path);
    expect(() => service2.split({ project: project.path, segmentId: unit.id, sourceOffset: 4 })).toThrow(/keep the file's segmentation/);
    await again.close();
  });
});

describe('Workspace import as a job', () => {
  it('reports progress and, when cancelled, leaves the project exactly as it was', async () => {
    const { JobRegistry } = await import('../../electron/services/jobs');
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Uji');
    const jobs = new JobRegistry();
    const job = jobs.start('job-import-1', 'Import');
    jobs.cancel('job-import-1');
    await expect(ws.importDocument({ project: project.path, source: payload(corpusFile('id', '000')) }, job)).rejects.toThrow(/cancelled; the project is as it was/);
    expect((await ws.summary(project.path)).documents).toHaveLength(0);
    const done = jobs.start('job-import-2', 'Import');
    await ws.importDocument({ project: project.path, source: payload(corpusFile('id', '000')) }, done);
    expect(jobs.progress('job-import-2')).toMatchObject({ done: 4, total: 4 });
    await ws.close();
  });
});
