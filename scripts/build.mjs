// Builds Tinjau: the Node side (main process, preload, web bridge, CLI) with esbuild and the
// renderer with Vite. `--node` builds only the Node side (what the CLI needs).
import { build as esbuild } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeOnly = process.argv.includes('--node');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** esbuild options of the import worker (also used by the tests that run it from the sources). */
export function importWorkerBuild(outfile) {
  return {
    ...common,
    format: 'cjs',
    entryPoints: ['electron/services/import/import-worker.ts'],
    outfile,
  };
}

export async function buildNode() {
  // Chunk names carry a hash: drop the previous build's so they do not pile up.
  rmSync(path.join(root, 'dist', 'chunks'), { recursive: true, force: true });
  await Promise.all([
    // ESM with dependencies left to node_modules (lowdb and others are ESM-only packages).
    esbuild({
      ...common,
      format: 'esm',
      packages: 'external',
      entryPoints: {
        'electron/main': 'electron/main.ts',
        web: 'electron/bridge/web-main.ts',
        cli: 'electron/cli/bin.ts',
      },
      outdir: 'dist',
      outExtension: { '.js': '.mjs' },
      // The CLI imports each command's code when that command runs: shared chunks, loaded on demand.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
    }),
    // The import worker thread: one self-contained CommonJS file with its dependencies inside, so
    // it runs the same from dist/ (web bridge), and unpacked beside app.asar in a packaged app
    // (build/electron-builder.yml asarUnpack), where node_modules inside the archive are out of reach.
    esbuild(importWorkerBuild(path.join(root, 'dist', 'import-worker.cjs'))),
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    esbuild({
      ...common,
      format: 'cjs',
      external: ['electron'],
      entryPoints: { 'electron/preload': 'electron/preload.ts' },
      outdir: 'dist',
      outExtension: { '.js': '.cjs' },
    }),
  ]);
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildNode();
  if (!nodeOnly) await buildRenderer();
  console.log(`Built Tinjau in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
