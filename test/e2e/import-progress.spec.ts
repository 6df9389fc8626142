import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('a large import shows its progress, and Cancel stops it with nothing added to the project', async ({ page, server, dataDir }) => {
  // About 25 MB: an article a few thousand times over, cut into sentences (seconds of work in the worker).
  const article = readFileSync(corpusFile('id', '000'), 'utf8').trim();
  const big = path.join(dataDir, 'laporan-besar.txt');
  writeFileSync(big, Array.from({ length: 5000 }, () => article).join('\n\n'));

  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await page.getByRole('button', { name: 'Import document…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByLabel('Indonesian source').setInputFiles(big);
  await dialog.getByRole('radio', { name: 'Sentences' }).check();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  // The bar shows a figure only once the bridge reports the running import's progress.
  const bar = dialog.getByRole('progressbar', { name: 'Importing…' });
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/, { timeout: 30_000 });
  // The dialog's own Cancel stops the import (it does not walk away from it and leave it running).
  await dialog.locator('.dialog-actions').getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeVisible();

  await expect(dialog.getByRole('alert')).toHaveText('The import was cancelled; the project is as it was.');
  await expect(bar).toHaveCount(0);
  // Escape while it runs stops it the same way, rather than closing the dialog on a running import.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('alert')).toHaveText('The import was cancelled; the project is as it was.');
  await expect(bar).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  // The project lists only what it had: the sample document, not the cancelled one.
  await expect(page.getByRole('button', { name: /^banjir-sukamaju\.txt/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /laporan-besar\.txt/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /^banjir-sukamaju\.txt/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /laporan-besar\.txt/ })).toHaveCount(0);
});
