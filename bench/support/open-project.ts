/**
 * Opens a project as the app does (Workspace.openProject: the document list with progress) and
 * exits; bench/storage-cli.bench.ts bundles it and times the whole process.
 * Usage: node open-project.mjs DATA_DIR PROJECT_DIR
 */
import { Workspace } from '../../electron/services/workspace';

const [dataDir, dir] = process.argv.slice(2);
if (!dataDir || !dir) throw new Error('usage: open-project DATA_DIR PROJECT_DIR');
const workspace = await Workspace.create({ dataDir, owner: 'bench' });
const summary = await workspace.openProject(dir);
await workspace.close();
process.stdout.write(`${summary.documents.map((d) => `${d.name}: ${d.progress.segments} segments, ${d.progress.edited} edited`).join('\n')}\n`);
