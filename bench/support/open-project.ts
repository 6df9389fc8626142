/**
 * Opens a project as the app does (Workspace.openProject: the document list with progress), then,
 * with `--pages`, reads the first document as the workbench does (`segments:page`: a first window
 * of 200, then windows of 5,000 to the end), and exits; bench/storage-cli.bench.ts bundles it and
 * times the whole process. Prints the document list, and the page reads' wall and CPU times.
 * With `--first-page` only the first window of 200 is read: what the workbench shows on opening
 * (bench/cli-e2e.bench.ts times that process as "open").
 * Usage: node open-project.mjs DATA_DIR PROJECT_DIR [--pages|--first-page]
 */
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';

const [dataDir, dir, pages] = process.argv.slice(2);
if (!dataDir || !dir) throw new Error('usage: open-project DATA_DIR PROJECT_DIR [--pages]');
const workspace = await Workspace.create({ dataDir, owner: 'bench' });
const summary = await workspace.openProject(dir);
process.stdout.write(`${summary.documents.map((d) => `${d.name}: ${d.progress.segments} segments, ${d.progress.edited} edited`).join('\n')}\n`);
const first = summary.documents[0];
if ((pages === '--pages' || pages === '--first-page') && first) {
  const h = createHandlers(workspace, { version: 'bench', transport: 'web', dataDir });
  const ms = (t0: number, c0: NodeJS.CpuUsage) => {
    const cpu = process.cpuUsage(c0);
    return `${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU`;
  };
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  const page = await h['segments:page']({ project: dir, documentId: first.id, offset: 0, limit: 200 });
  const firstPage = ms(t0, c0);
  if (pages === '--first-page') {
    process.stdout.write(`PAGES first window of 200: ${firstPage}\n`);
    await workspace.close();
    process.exit(0);
  }
  t0 = performance.now();
  c0 = process.cpuUsage();
  let read = page.segments.length;
  while (read < page.total) read += (await h['segments:page']({ project: dir, documentId: first.id, offset: read, limit: 5000 })).segments.length;
  process.stdout.write(`PAGES first window of 200: ${firstPage}; the other ${read - page.segments.length} in windows of 5,000: ${ms(t0, c0)}\n`);
}
await workspace.close();
