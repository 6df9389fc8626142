import JSZip from 'jszip';
import mammoth from 'mammoth';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/services/export/export-service';
import { createExportHandlers } from '../../electron/services/export/handlers';
import { reportHtml } from '../../electron/services/export/report';
import { JobRegistry } from '../../electron/services/jobs';
import { Workspace } from '../../electron/services/workspace';
import type { ExportFormat } from '../../shared/api/contract';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';
import { payload, reviewedProject } from '../fixtures/export/reviewed-project';

const tempDir = useTempDir();

async function markdownArticle() {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const { path: project } = await ws.createProject('Artikel');
  const { document } = await ws.importDocument({
    project,
    source: payload(path.join(FIXTURES_DIR, 'export', 'artikel.md')),
    draft: payload(path.join(FIXTURES_DIR, 'export', 'artikel.en.md')),
    draftOrigin: 'human',
  });
  const segments = await ws.listSegments(project, document.id);
  const boilerplate = segments.find((s) => s.source.startsWith('Baca juga'))!;
  if (!boilerplate.excluded) (await ws.segmentService(project)).setExcluded([boilerplate.id], true);
  const text = async (format: ExportFormat, includeExcluded?: boolean) => {
    const file = await exportDocument(ws, { project, documentId: document.id, format, ...(includeExcluded ? { includeExcluded } : {}) });
    return Buffer.from(file.base64, 'base64');
  };
  return { ws, text };
}

describe('target documents', () => {
  it('Markdown keeps the title, headings and list, and leaves boilerplate out unless asked', async () => {
    const { ws, text } = await markdownArticle();
    expect((await text('md')).toString()).toBe(
      '# Floods hit three districts\n\nHeavy rain since Monday night made the river overflow.\n\n## Residents evacuate\n\n' +
        'Residents are asked to check the evacuation map.\n\n- Bring important documents\n- Switch off the house\'s electricity\n',
    );
    expect((await text('md', true)).toString()).toMatch(/electricity\n\nRead also: Extreme weather in West Java\n$/);
    expect((await text('txt')).toString()).toBe(
      'Floods hit three districts\n\nHeavy rain since Monday night made the river overflow.\n\nResidents evacuate\n\nResidents are asked to check the evacuation map.\n\nBring important documents\n\nSwitch off the house\'s electricity\n',
    );
    await ws.close();
  });

  it('HTML uses h1, h2, p and li; DOCX uses Word\u2019s Title and Heading styles', async () => {
    const { ws, text } = await markdownArticle();
    const html = (await text('html')).toString();
    expect(html).toContain('<h1>Floods hit three districts</h1>');
    expect(html).toContain('<h2>Residents evacuate</h2>');
    expect(html).toContain('<ul>\n<li>Bring important documents</li>\n<li>Switch off the house\'s electricity</li>\n</ul>');
    expect(html).not.toContain('Read also');
    const docx = await text('docx');
    const { value } = await mammoth.convertToHtml({ buffer: docx });
    expect(value).toContain('<h1>Residents evacuate</h1>');
    expect(value).toContain('<li>Bring important documents</li>');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*Floods hit three districts/s);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>.*Residents evacuate/s);
    await ws.close();
  });
});

describe('review report', () => {
  it('is one standalone page with words, edit charts, MQM pass/fail, QA and the comments', async () => {
    const p = await reviewedProject(tempDir());
    const html = await reportHtml(p.ws, { project: p.project, documentId: p.documentId });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Project <strong>Uji ekspor</strong> · reviewer <strong>Sari Wulandari</strong>');
    expect(html).toContain('<h2>Words</h2>');
    expect(html).toMatch(/<svg[^>]*aria-label="Post-edit distance \(segments per band\)"/);
    expect(html).toMatch(/1 penalty points from 1 errors/);
    expect(html).toMatch(/class="pass">PASS/);
    expect(html).toMatch(/segments checked: \d+ findings/);
    expect(html).toContain('Is &quot;aviation&quot; right here? &amp; &lt;check&gt;'.replace(/&quot;/g, '"'));
    // No scripts and nothing fetched from elsewhere.
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    const viaApi = await exportDocument(p.ws, { project: p.project, documentId: p.documentId, format: 'report' });
    expect(viaApi).toMatchObject({ mimeType: 'text/html', fileName: expect.stringMatching(/\.report\.html$/) });
    await p.ws.close();
  });

  it('fails the MQM pass mark set on the project', async () => {
    const p = await reviewedProject(tempDir());
    await p.ws.updateProjectSettings(p.project, { mqmThreshold: 0 });
    expect(await reportHtml(p.ws, { project: p.project, documentId: p.documentId })).toMatch(/class="fail">FAIL/);
    await p.ws.close();
  });
});

describe('exports as jobs', () => {
  it('reports progress to the shared job registry, and a cancelled export returns no file', async () => {
    const p = await reviewedProject(tempDir());
    const jobs = new JobRegistry();
    const handlers = createExportHandlers(p.ws, { jobs });
    const file = await handlers['documents:export']({ project: p.project, documentId: p.documentId, format: 'xliff12', jobId: 'export-job-1' });
    expect(file.base64.length).toBeGreaterThan(0);
    expect(jobs.progress('export-job-1')).toMatchObject({ finished: true, cancelled: false, done: 23, total: 23 });

    const running = handlers['documents:export']({ project: p.project, documentId: p.documentId, format: 'docx-bilingual', jobId: 'export-job-2' });
    expect(jobs.cancel('export-job-2')).toBe(true);
    await expect(running).rejects.toThrow(/cancelled; no file was written/);
    expect(jobs.progress('export-job-2')).toMatchObject({ finished: true, cancelled: true });
    await p.ws.close();
  });
});
