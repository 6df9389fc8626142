import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('the project-name field is empty again once the project is created', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const field = page.getByLabel('Project name');
  await field.fill('Berita Ekonomi');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berita Ekonomi' })).toBeVisible();
  await expect(field).toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('created.png') });
});

test('the column headers name the project languages when they are not Indonesian and English', async ({ page, server }) => {
  const dir = path.join(server.dataDir, 'Nachrichten.tinjau');
  execFileSync(process.execPath, [path.join(REPO_DIR, 'dist/cli.mjs'), 'init', dir, '--name', 'Nachrichten', '--source-lang', 'de', '--target-lang', 'fr'], { stdio: 'pipe' });
  const source = path.join(server.dataDir, 'artikel.txt');
  writeFileSync(source, 'Die Regierung hat heute neue Regeln beschlossen.\n\nSie gelten ab Montag.\n');
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await expect(page.locator('.segment-header')).toContainText('Indonesian');
  await bench.backToProject();
  await page.getByLabel('Project folder').fill(dir);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nachrichten' })).toBeVisible();
  await new ProjectHomePage(page).importDocument(source);
  await expect(bench.segment(1)).toContainText('Die Regierung');
  const header = page.locator('.segment-header');
  await expect(header).toContainText('German');
  await expect(header).toContainText('French');
  await expect(header).not.toContainText('Indonesian');
  await page.screenshot({ path: test.info().outputPath('languages.png') });
});
