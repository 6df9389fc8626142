/**
 * Storage seen as a user sees it: whole `tinjau` processes on a 20,000- and a 100,000-segment
 * project of distinct paragraphs (bench/support/distinct-paragraphs.ts, from the corpus).
 *
 * For each size: `tinjau init`, `tinjau import` of an XLIFF 1.2 file and `tinjau export` back to
 * XLIFF 1.2 (wall time and peak RSS from /usr/bin/time), opening the project as the app does
 * (Workspace.openProject in its own process: document list with progress), then that and reading
 * the first document by `segments:page` windows as the workbench does, `tinjau edit` of one
 * segment (start to exit, best and median of 5), opening again with those edits in the journal,
 * and what is on disk. Prints figures only; nothing is asserted.
 *
 * Run: npx tsx bench/storage-cli.bench.ts [sizes, e.g. 20000,100000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { REPO_DIR } from '../test/support/paths';
import { distinctXliff, requireCorpus } from './support/distinct-paragraphs';

requireCorpus();
const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number);
const TINJAU = path.join(REPO_DIR, 'bin', 'tinjau.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Timed {
  readonly seconds: number;
  readonly rssMb: number | null;
  readonly stdout: string;
}

/** One whole process: wall time (ours) and peak RSS (GNU time's %M, when installed). */
function run(args: readonly string[], env: NodeJS.ProcessEnv): Timed {
  const argv = TIME ? [TIME, '-f', 'RSS_KB %M', process.execPath, ...args] : [process.execPath, ...args];
  const t0 = performance.now();
  const res = spawnSync(argv[0] as string, argv.slice(1), { env, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const seconds = (performance.now() - t0) / 1000;
  if (res.status !== 0) throw new Error(`${args.join(' ')} failed (${res.status}): ${res.stderr}`);
  const rss = /RSS_KB (\d+)/.exec(res.stderr ?? '');
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : null, stdout: res.stdout };
}

function repeat(times: number, f: () => Timed): { best: number; median: number; rssMb: number | null } {
  const runs = Array.from({ length: times }, f).sort((a, b) => a.seconds - b.seconds);
  return { best: runs[0]?.seconds ?? NaN, median: runs[Math.floor(runs.length / 2)]?.seconds ?? NaN, rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)) || null };
}

function sizeOf(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.size;
  return readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0);
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const s = (n: number) => `${n.toFixed(2)} s`;
const rss = (n: number | null) => (n === null ? '' : `, ${n.toFixed(0)} MB RSS`);

const root = mkdtempSync(path.join(os.tmpdir(), 'tinjau-storage-cli-'));
try {
  // The CLI builds itself when its build is older than the sources: do that before timing.
  execFileSync(process.execPath, [TINJAU, '--help'], { stdio: 'ignore' });
  const opener = path.join(root, 'open-project.mjs');
  await build({ entryPoints: [path.join(REPO_DIR, 'bench/support/open-project.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: opener, logLevel: 'warning', absWorkingDir: REPO_DIR, nodePaths: [path.join(REPO_DIR, 'node_modules')] });
  // Bare packages resolve from the bundle's folder: give it the repository's node_modules.
  execFileSync('ln', ['-s', path.join(REPO_DIR, 'node_modules'), path.join(root, 'node_modules')]);
  console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (uptime), Node ${process.version}, ${os.cpus().length} cores`);
  for (const size of sizes) {
    const dir = path.join(root, `p${size}.tinjau`);
    const dataDir = path.join(root, `data${size}`);
    const env = { ...process.env, TINJAU_DATA_DIR: dataDir };
    const xlf = path.join(root, `laporan-${size}.xlf`);
    writeFileSync(xlf, distinctXliff(size));
    console.log(`\n${size.toLocaleString('en')} segments (XLIFF ${mb(statSync(xlf).size)})`);
    run([TINJAU, 'init', dir, '--name', `Bench ${size}`], env);
    const imported = run([TINJAU, 'import', dir, xlf, '--json'], env);
    const docId = (JSON.parse(imported.stdout) as { document: string }).document;
    const exported = run([TINJAU, 'export', dir, '--format', 'xliff12', '--out', path.join(root, `out-${size}.xlf`)], env);
    console.log(`  import ${s(imported.seconds)}${rss(imported.rssMb)}; export xliff12 ${s(exported.seconds)}${rss(exported.rssMb)}; import+export ${s(imported.seconds + exported.seconds)}`);
    console.log(`  on disk: project.json ${mb(sizeOf(path.join(dir, 'project.json')))}, journal ${mb(sizeOf(path.join(dir, 'journal.jsonl')))}, blobs ${mb(sizeOf(path.join(dir, 'blobs')))}, backups ${mb(sizeOf(path.join(dir, 'backups')))}`);
    const open = repeat(5, () => run([opener, dataDir, dir], env));
    console.log(`  open (document list with progress, whole process) best ${s(open.best)}, median ${s(open.median)}${rss(open.rssMb)}`);
    const paged = repeat(3, () => run([opener, dataDir, dir, '--pages'], env));
    console.log(`  open and read the first document as the workbench does (window of 200, then windows of 5,000; whole process) best ${s(paged.best)}, median ${s(paged.median)}${rss(paged.rssMb)}`);
    console.log(`    in that process: ${/PAGES (.*)/.exec(run([opener, dataDir, dir, '--pages'], env).stdout)?.[1] ?? '?'}`);
    let n = 0;
    const edit = repeat(5, () => {
      const segment = `${docId}-${String(Math.floor(size / 2) + n + 1).padStart(4, '0')}`;
      return run([TINJAU, 'edit', dir, '--segment', segment, '--text', `Edited by the bench, ${n++}`], env);
    });
    console.log(`  tinjau edit one segment best ${s(edit.best)}, median ${s(edit.median)}${rss(edit.rssMb)}; journal now ${mb(sizeOf(path.join(dir, 'journal.jsonl')))}`);
    const reopen = repeat(3, () => run([opener, dataDir, dir], env));
    console.log(`  open with those edits in the journal best ${s(reopen.best)}, median ${s(reopen.median)}${rss(reopen.rssMb)}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
