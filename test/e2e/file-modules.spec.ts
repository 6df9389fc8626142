import path from 'node:path';
import { FIXTURES_DIR } from '../support/paths';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const sample = (name: string) => path.join(FIXTURES_DIR, 'xliff20/third-party/xliff-21/modules', name);

async function importXliff(page: Page, file: string, segments: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Import document…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByLabel('Indonesian source').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(segments)).toBeVisible();
}

test('an XLIFF 2.1 file’s translation candidates show in the TM panel and its glossary entries in the term panel', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();

  await bench.backToProject();
  await importXliff(page, sample('Good-mtc_match-ID-unique.xlf'), /Imported Good-mtc_match-ID-unique/);
  await bench.activate(1);
  await page.getByRole('tab', { name: 'TM' }).click();
  const tm = page.getByRole('tabpanel');
  await expect(tm.getByText('Il est mon ami.')).toBeVisible();
  await expect(tm.getByText(/From the file/).first()).toBeVisible();

  await bench.backToProject();
  await importXliff(page, sample('Good-gls_glossEntry-w-translation-or-definition.xlf'), /Imported Good-gls_glossEntry/);
  await bench.activate(1);
  await page.getByRole('tab', { name: 'Terms' }).click();
  const terms = page.getByRole('tabpanel').getByRole('list', { name: 'From the file' });
  await expect(terms.getByText('snow', { exact: true })).toBeVisible();
  await expect(terms.getByRole('button', { name: 'Schnee' })).toBeVisible();
});
