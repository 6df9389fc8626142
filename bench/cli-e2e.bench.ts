/**
 * Whole `tinjau` processes, as a user runs them, against the peer tools on the same data in the
 * same run.
 *
 *   npx tsx bench/cli-e2e.bench.ts [sizes...]        (default 1000 20000 100000)
 *   BENCH_RUNS=1 BENCH_SKIP=omegat npx tsx bench/cli-e2e.bench.ts 20000
 *   BENCH_RUNS=1 BENCH_OMEGAT_MAX=100000 npx tsx bench/cli-e2e.bench.ts 100000
 *
 * Every job is a spawned process timed start to exit by /usr/bin/time (wall, user+system CPU,
 * peak RSS), three times; the range is printed. Data: bench/support/realistic.ts (distinct corpus
 * paragraphs, names and numbers varied), one XLIFF 1.2 file of N translated units and a
 * 50,000-entry glossary. Peers, where installed: translate-toolkit `pofilter` on that XLIFF
 * (beside `tinjau qa`), OmegaT `--mode=console-translate` on a project with that XLIFF as its
 * source (beside init + import + export of the target), and the `ahocorasick` npm library in
 * one node process over the same 50,000 terms and sources (beside `tinjau terms`). Prints
 * figures only; nothing is asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { corpusDir, realisticGlossaryCsv, realisticPairs, xliff12Of } from './support/realistic';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TINJAU = path.join(REPO, 'bin', 'tinjau.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [1000, 20_000, 100_000];
// OmegaT's run takes minutes above 20,000 units; BENCH_OMEGAT_MAX=100000 includes it at 100k.
const OMEGAT_MAX = Number(process.env.BENCH_OMEGAT_MAX ?? 20_000);

interface Run {
  wall: number;
  cpu: number;
  rss: number;
  code: number;
}

const corpus = corpusDir();
if (!corpus) {
  console.log('cli-e2e: the corpus is missing (looked in ../shared/corpus and TINJAU_CORPUS); nothing measured.');
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.log('cli-e2e: /usr/bin/time is not installed (Debian package time); nothing measured.');
  process.exit(0);
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
// BENCH_SKIP=omegat (comma-separated) leaves a peer out of a run.
const skip = new Set((process.env.BENCH_SKIP ?? '').split(','));
const peers = { pofilter: has('pofilter') && !skip.has('pofilter'), omegat: has('omegat') && !skip.has('omegat'), aho: existsSync(path.join(REPO, 'node_modules', 'ahocorasick')) && !skip.has('aho') };
console.log(`Load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}; Node ${process.version}`);
// The same fixed work timed before the jobs: a shared virtual machine's speed changes by as much
// as twice within an hour, so figures from two runs compare only with their calibrations beside them.
console.log(`Calibration: ${calibrate()} ms for a fixed loop (the same work every run: compare runs by it)`);
console.log(
  `Peers: pofilter ${peers.pofilter ? 'yes' : skip.has('pofilter') ? 'skipped' : 'not installed (translate-toolkit)'}, omegat ${peers.omegat ? 'yes' : skip.has('omegat') ? 'skipped' : 'not installed'}, ahocorasick ${peers.aho ? 'yes' : skip.has('aho') ? 'skipped' : 'not installed (npm i -D ahocorasick)'}`,
);

/** One process (a bash line), timed by /usr/bin/time; the environment keeps Tinjau's data folder apart. */
function once(script: string, env: Record<string, string>): Run {
  const report = path.join(os.tmpdir(), `tinjau-time-${process.pid}.txt`);
  const res = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', 'bash', '-c', script], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const [wall, user, sys, rss] = readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number];
  if (res.status !== 0 && !script.includes('|| true')) console.log(`    (exit ${res.status}) ${res.stderr.slice(0, 300).trim()}`);
  return { wall, cpu: user + sys, rss: rss / 1024, code: res.status ?? -1 };
}

function measure(label: string, script: () => string, env: Record<string, string>, before?: () => void): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    before?.();
    runs.push(once(script(), env));
  }
  const w = runs.map((r) => r.wall);
  const c = runs.map((r) => r.cpu);
  console.log(
    `  ${label.padEnd(44)} wall ${Math.min(...w).toFixed(2)}–${Math.max(...w).toFixed(2)} s  cpu ${Math.min(...c).toFixed(2)}–${Math.max(...c).toFixed(2)} s  peak ${Math.max(...runs.map((r) => r.rss)).toFixed(0)} MB`,
  );
  return runs;
}

const best = (runs: Run[]) => Math.min(...runs.map((r) => r.wall));
function ratio(ours: Run[], theirs: Run[], peer: string) {
  console.log(`    → ${peer} / tinjau = ${(best(theirs) / best(ours)).toFixed(1)}× (best wall of each)`);
}

const OMEGAT_PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>id</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneIndonesianTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

// "open": a process that opens the project as the app does (the document list with progress) and
// reads the first window of 200 segments the workbench shows first (`segments:page`).
const openerDir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-e2e-open-'));
const OPENER = path.join(openerDir, 'open-project.mjs');
await build({ entryPoints: [path.join(REPO, 'bench/support/open-project.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: OPENER, logLevel: 'warning', absWorkingDir: REPO, nodePaths: [path.join(REPO, 'node_modules')] });
spawnSync('ln', ['-s', path.join(REPO, 'node_modules'), path.join(openerDir, 'node_modules')]);
process.on('exit', () => rmSync(openerDir, { recursive: true, force: true }));

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const t = (args: string) => `node ${q(TINJAU)} ${args}`;

for (const n of sizes) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `tinjau-e2e-${n}-`));
  const env = { TINJAU_DATA_DIR: path.join(tmp, 'data') };
  try {
    const pairs = realisticPairs(corpus, n);
    const xlf = path.join(tmp, 'berita.xlf');
    writeFileSync(xlf, xliff12Of(pairs));
    const glossary = realisticGlossaryCsv(corpus, 50_000, pairs);
    const csv = path.join(tmp, 'glossary.csv');
    writeFileSync(csv, glossary.csv);
    const sources = path.join(tmp, 'sources.txt');
    writeFileSync(sources, pairs.map((p) => p.source).join('\n') + '\n');
    const chars = pairs.reduce((s, p) => s + p.source.length + p.target.length, 0);
    console.log(`\n${n} segments (${(chars / 1e6).toFixed(1)} M characters, XLIFF ${(readFileSync(xlf).length / 1e6).toFixed(1)} MB), glossary ${glossary.terms.length} entries; load ${os.loadavg()[0]?.toFixed(2)}`);

    const project = path.join(tmp, 'p.tinjau');
    const fresh = () => rmSync(project, { recursive: true, force: true });
    const importRuns = measure('init + import XLIFF + export target (txt)', () => `${t(`init ${q(project)}`)} >/dev/null && ${t(`import ${q(project)} ${q(xlf)}`)} >/dev/null && ${t(`export ${q(project)} --format txt --out ${q(path.join(tmp, 'out.txt'))}`)} >/dev/null`, env, fresh);
    if (peers.omegat && n <= OMEGAT_MAX) {
      const omt = path.join(tmp, 'omegat');
      const setup = () => {
        rmSync(omt, { recursive: true, force: true });
        for (const d of ['source', 'target', 'tm', 'glossary', 'dictionary', 'omegat']) mkdirSync(path.join(omt, d), { recursive: true });
        writeFileSync(path.join(omt, 'source', 'berita.xlf'), readFileSync(xlf));
        writeFileSync(path.join(omt, 'omegat.project'), OMEGAT_PROJECT);
      };
      const runs = measure('omegat --mode=console-translate', () => `omegat ${q(omt)} --mode=console-translate >/dev/null 2>&1; test -s ${q(path.join(omt, 'target', 'berita.xlf'))}`, env, setup);
      ratio(importRuns, runs, 'OmegaT');
    } else if (peers.omegat) {
      console.log(`  omegat: skipped above ${OMEGAT_MAX} segments (its run takes minutes on this machine; BENCH_OMEGAT_MAX raises the limit)`);
    }
    const segmentId = `${JSON.parse(spawnSync('node', [TINJAU, 'stats', project, '--json'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 }).stdout).documents[0].id}-0001`;
    measure('--help', () => `${t('--help')} >/dev/null`, env);
    measure('open (document list + first 200 segments)', () => `node ${q(OPENER)} ${q(env.TINJAU_DATA_DIR)} ${q(project)} --first-page >/dev/null`, env);
    measure('stats (every segment read, edit statistics)', () => `${t(`stats ${q(project)}`)} >/dev/null`, env);
    const qaRuns = measure('qa (text report; no glossary yet)', () => `${t(`qa ${q(project)}`)} >/dev/null || true`, env);
    measure('qa --json (no glossary yet)', () => `${t(`qa ${q(project)} --json`)} >/dev/null || true`, env);
    if (peers.pofilter) {
      const runs = measure('pofilter (same XLIFF)', () => `pofilter --progress=none -i ${q(xlf)} -o ${q(path.join(tmp, 'pofilter.xlf'))}`, env);
      ratio(qaRuns, runs, 'pofilter');
    }
    measure('export xliff12', () => `${t(`export ${q(project)} --format xliff12 --out ${q(path.join(tmp, 'x.xlf'))}`)} >/dev/null`, env);
    measure('export tmx', () => `${t(`export ${q(project)} --format tmx --out ${q(path.join(tmp, 'x.tmx'))}`)} >/dev/null`, env);
    measure('edit one segment', () => `${t(`edit ${q(project)} --segment ${segmentId} --text ${q(`Edited ${Math.random()}`)}`)} >/dev/null`, env);
    if (n <= 20_000) {
      once(`${t(`glossary import ${q(project)} ${q(csv)}`)} >/dev/null`, env);
      const termRuns = measure('terms (50k entries, stemming, target checks)', () => `${t(`terms ${q(project)}`)} >/dev/null`, env);
      // QA as a reviewer with a glossary runs it: the terminology checks over the same 50k entries.
      measure('qa with the 50k-entry glossary (text report)', () => `${t(`qa ${q(project)}`)} >/dev/null || true`, env);
      if (peers.aho) {
        const runs = measure('ahocorasick (same terms, no stemming)', () => `node ${q(path.join(REPO, 'bench', 'support', 'aho-terms.mjs'))} ${q(csv)} ${q(sources)} >/dev/null`, env);
        ratio(termRuns, runs, 'Aho–Corasick');
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function calibrate(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  if (x < 0) console.log(x);
  return Math.round(performance.now() - started);
}
