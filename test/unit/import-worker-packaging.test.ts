import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importWorkerFile } from '../../electron/services/import/run-in-worker';
import { REPO_DIR } from '../support/paths';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

describe('the import worker in every build', () => {
  it('is built as its own file, found beside the bundles, and kept outside app.asar when packaged', async () => {
    const script = (await import(pathToFileURL(path.join(REPO_DIR, 'scripts/build.mjs')).href)) as { importWorkerBuild: (outfile: string) => { outfile: string; bundle: boolean; packages?: string } };
    const options = script.importWorkerBuild(path.join(REPO_DIR, 'dist', 'import-worker.cjs'));
    // Self-contained: from app.asar.unpacked it cannot reach node_modules inside the archive.
    expect(options.bundle).toBe(true);
    expect(options.packages).toBeUndefined();
    // The web bridge (dist/web.mjs) and the app (dist/electron/main.mjs, one folder down) look here.
    expect(importWorkerFile(path.join(REPO_DIR, 'dist'))).toBe(options.outfile);
    const packed = importWorkerFile(path.join('/opt/Tinjau/resources/app.asar', 'dist'));
    expect(packed).toBe(path.join('/opt/Tinjau/resources/app.asar.unpacked', 'dist', 'import-worker.cjs'));
    const builder = yaml.load(readFileSync(path.join(REPO_DIR, 'build/electron-builder.yml'), 'utf8')) as { asarUnpack?: string[] };
    expect(builder.asarUnpack).toContain('dist/import-worker.cjs');
    const main = readFileSync(path.join(REPO_DIR, 'electron/main.ts'), 'utf8');
    expect(main).toMatch(/importWorker: \{ path: importWorkerFile\(path\.join\(here, '\.\.'\)\) \}/);
  });
});
