import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** A colleague on another Tinjau (another data folder, another project) using the same shared glossary. */
function colleague(args: string[], dataDir: string): string {
  return execFileSync(process.execPath, [path.join(REPO_DIR, 'bin/tinjau.mjs'), ...args], { env: { ...process.env, TINJAU_DATA_DIR: dataDir }, encoding: 'utf8' });
}

test("a colleague's edit to a shared glossary shows up within seconds", async ({ page, server }) => {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'tinjau-shared-'));
  const folder = path.join(shared, 'Tim.tinjau-glossary');
  const other = mkdtempSync(path.join(os.tmpdir(), 'tinjau-colleague-'));
  try {
    await page.goto(server.url);
    const bench = new WorkbenchPage(page);
    await expect(bench.segment(1)).toBeVisible();
    await bench.backToProject();
    await page.getByRole('button', { name: 'Glossary…' }).click();
    await page.getByLabel('Shared glossary folder').fill(folder);
    await page.getByLabel('Create it').check();
    await page.getByRole('button', { name: 'Attach' }).click();
    await expect(page.getByRole('region', { name: 'Glossaries of this project' })).toContainText('Tim');

    const project = path.join(other, 'Berita.tinjau');
    colleague(['init', project], other);
    colleague(['glossary', 'attach', project, folder], other);
    const csv = path.join(other, 'istilah.csv');
    writeFileSync(csv, 'source_id,target_en,status,pos,note\nsaluran air,drainage channel,preferred,noun,From a colleague\n');
    colleague(['glossary', 'import', project, csv, '--glossary', folder], other);

    await expect(page.getByRole('table', { name: 'Glossary' })).toContainText('drainage channel', { timeout: 15_000 });
  } finally {
    rmSync(shared, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
