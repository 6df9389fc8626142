import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINISHED_JOB_KEEP_MS, JobRegistry } from '../../electron/services/jobs';
import { createQaHandlers } from '../../electron/services/qa/handlers';
import { Workspace } from '../../electron/services/workspace';
import { corpusFile } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** A project of a few thousand segments: the 000 article and its draft, many times over. */
async function bigProject(copies: number) {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const project = (await ws.createProject('Besar')).path;
  const source = readFileSync(corpusFile('id', '000'), 'utf8').trim();
  const draft = readFileSync(corpusFile('en-drafts', '000', '.mt.en.txt'), 'utf8').trim();
  const many = (text: string) => Buffer.from(Array.from({ length: copies }, () => text).join('\n\n')).toString('base64');
  const { document } = await ws.importDocument({ project, source: { name: 'besar.txt', base64: many(source) }, draft: { name: 'besar.en.txt', base64: many(draft) }, draftOrigin: 'mt' });
  return { ws, project, doc: document.id, qa: createQaHandlers(ws) };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('QA runs as jobs', () => {
  it('reports progress, answers other calls while it runs, and stops when cancelled', async () => {
    const { ws, project, doc, qa } = await bigProject(120);
    const jobId = 'qa-cancel-test-1';
    const running = qa['qa:run']({ project, jobId });
    // Wait until the run has checked some segments, then ask for one segment's findings meanwhile.
    let progress = await qa['jobs:progress']({ jobId });
    while (!progress || progress.done === 0) {
      await turn();
      progress = await qa['jobs:progress']({ jobId });
    }
    expect(progress).toMatchObject({ label: 'QA of the project', finished: false, cancelled: false });
    expect(progress.total).toBeGreaterThan(2000);
    const live = await qa['qa:segment']({ project, segmentId: `${doc}-0009` });
    expect(live.map((f) => f.checkId)).toContain('words.repeated');
    expect((await qa['jobs:progress']({ jobId }))?.finished).toBe(false);

    expect(await qa['jobs:cancel']({ jobId })).toBe(true);
    const result = await running;
    expect(result.cancelled).toBe(true);
    const after = await qa['jobs:progress']({ jobId });
    expect(after).toMatchObject({ finished: true, cancelled: true });
    expect(after?.done).toBeLessThan(after?.total ?? 0);
    // Cancelling a finished job does nothing.
    expect(await qa['jobs:cancel']({ jobId })).toBe(false);
    await ws.close();
  });

  it('finishes a whole run with every segment counted', async () => {
    const { ws, project, qa } = await bigProject(30);
    const result = await qa['qa:run']({ project, jobId: 'qa-full-run-1' });
    expect(result.cancelled).toBe(false);
    expect(await qa['jobs:progress']({ jobId: 'qa-full-run-1' })).toMatchObject({ done: result.segments, total: result.segments, finished: true });
    // One "the the" per copy of the article.
    expect(result.findings.filter((f) => f.checkId === 'words.repeated')).toHaveLength(30);
    // The project has no glossary: the panel is told terminology was not checked, in either language.
    expect(result.notes.map((n) => n.message)).toContain('The project has no glossary: terminology was not checked.');
    await ws.close();
  });

  it('forgets a finished job after a minute and refuses a second job under a running id', () => {
    let now = 0;
    const jobs = new JobRegistry(() => now);
    const job = jobs.start('job-aaaaaaaa', 'QA');
    expect(() => jobs.start('job-aaaaaaaa', 'QA')).toThrow(/already running/);
    job.report(5, 10);
    job.finish();
    now += FINISHED_JOB_KEEP_MS;
    expect(jobs.progress('job-aaaaaaaa')).toMatchObject({ done: 5, total: 10, finished: true });
    now += 1;
    expect(jobs.progress('job-aaaaaaaa')).toBeNull();
  });
});
