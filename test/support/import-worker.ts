import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { REPO_DIR } from './paths';

let built: Promise<string> | null = null;

/**
 * The import worker built from the sources with the options of scripts/build.mjs, into a temp
 * folder (once per test process), so service tests run the worker a release runs.
 */
export function importWorkerForTests(): Promise<string> {
  built ??= (async () => {
    const { build } = await import('esbuild');
    const script = (await import(pathToFileURL(path.join(REPO_DIR, 'scripts/build.mjs')).href)) as { importWorkerBuild: (outfile: string) => BuildOptions };
    const outfile = path.join(mkdtempSync(path.join(os.tmpdir(), 'tinjau-worker-')), 'import-worker.cjs');
    await build({ ...script.importWorkerBuild(outfile), sourcemap: false });
    return outfile;
  })();
  return built;
}
