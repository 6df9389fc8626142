/**
 * Export benchmark: XLIFF 1.2 of a 20,000-segment document (target ≤ 1 s) and the bilingual
 * review DOCX of 5,000 segments (target ≤ 5 s), both through the export service as the app and
 * CLI call it (history from the revisions, comments and annotations as notes, base64 result).
 *
 * Run: npx tsx bench/export.bench.ts [segments] [docxSegments]. Prints figures only.
 * The documents are imported from a bilingual CSV built from the corpus pairs (so XLIFF 1.2 is
 * created, not spliced into an original); a tenth of the segments are edited and confirmed
 * and every 50th gets a comment, so the writers have revisions and notes to carry. The lossless
 * path (a document imported from XLIFF written back into its own file) is measured too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { exportDocument } from '../electron/services/export/export-service';
import { Workspace } from '../electron/services/workspace';
import type { ExportFormat } from '../shared/api/contract';
import { stringifyCsv } from '../shared/formats/csv/csv';
import { corpusFile } from '../test/support/paths';
import { buildXliff } from './support/xliff';

const SEGMENTS = Number(process.argv[2] ?? 20_000);
const DOCX_SEGMENTS = Number(process.argv[3] ?? 5_000);
const paragraphs = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const sources = [...paragraphs(corpusFile('id', '000')), ...paragraphs(corpusFile('id', '004'))];
const drafts = [...paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt')), ...paragraphs(corpusFile('en-drafts', '004', '.human.en.txt'))];

function csv(n: number): string {
  const rows = [['source', 'target']];
  for (let i = 0; i < n; i++) rows.push([`${sources[i % sources.length]} (${i})`, `${drafts[i % drafts.length]} (${i})`]);
  return stringifyCsv(rows);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-bench-'));
const ws = await Workspace.create({ dataDir: dir, owner: 'bench', compactAfterMs: 60_000 });
await ws.settings.update({ reviewer: { name: 'Bench Reviewer', initials: 'BR', role: 'reviewer' } });

async function reviewedDocument(n: number): Promise<{ project: string; documentId: string }> {
  const { path: project } = await ws.createProject(`Bench ${n}`);
  const { document } = await ws.importDocument({ project, source: { name: `besar-${n}.csv`, base64: Buffer.from(csv(n)).toString('base64') } });
  const segments = await ws.listSegments(project, document.id);
  const review = await ws.reviewService(project);
  for (let i = 0; i < segments.length; i += 10) {
    const s = segments[i]!;
    await ws.updateSegment({ project, segmentId: s.id, target: s.target.replace(/\bthe\b/, 'this') + ' Reviewed.' });
    await ws.confirmSegment(project, s.id);
    if (i % 50 === 0) review.addComment({ project, segmentId: s.id, text: `Checked against the source (${i}).` });
  }
  return { project, documentId: document.id };
}

async function time(label: string, target: string, args: { project: string; documentId: string }, format: ExportFormat, runs = 5): Promise<void> {
  const walls: number[] = [];
  let cpu = Infinity;
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const file = await exportDocument(ws, { ...args, format });
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
    bytes = Math.round((file.base64.length * 3) / 4);
  }
  walls.sort((a, b) => a - b);
  console.log(
    `  ${label}: median ${walls[Math.floor(walls.length / 2)]!.toFixed(0)} ms, best ${walls[0]!.toFixed(0)} ms, CPU best ${cpu.toFixed(0)} ms; ${(bytes / 1024 / 1024).toFixed(1)} MB (${target})`,
  );
}

const big = await reviewedDocument(SEGMENTS);
console.log(`Export through the service (${runsNote()}):`);
await time(`XLIFF 1.2 created, ${SEGMENTS} segments`, 'target ≤ 1000 ms', big, 'xliff12');
await time(`XLIFF 2.0 created, ${SEGMENTS} segments`, 'no target', big, 'xliff20');
await time(`TMX of the confirmed segments (${Math.ceil(SEGMENTS / 10)})`, 'no target', big, 'tmx');

const { path: xliffProject } = await ws.createProject('Bench XLIFF');
const imported = await ws.importDocument({ project: xliffProject, source: { name: 'besar.xlf', base64: Buffer.from(buildXliff(SEGMENTS)).toString('base64') } });
await time(`XLIFF 1.2 written back into its original, ${SEGMENTS} units`, 'no target', { project: xliffProject, documentId: imported.document.id }, 'xliff12');

const docx = await reviewedDocument(DOCX_SEGMENTS);
await time(`bilingual review DOCX, ${DOCX_SEGMENTS} segments`, 'target ≤ 5000 ms', docx, 'docx-bilingual', 3);
await time(`bilingual XLSX, ${DOCX_SEGMENTS} segments`, 'no target', docx, 'xlsx', 3);

await ws.close();
rmSync(dir, { recursive: true, force: true });

function runsNote(): string {
  return 'median and best of 5 runs, 3 for DOCX/XLSX; CPU time is the steadier figure on a shared machine';
}
