import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('importing a file already in the project asks: replace keeping the review, add a copy, or do not import', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const home = new ProjectHomePage(page);
  const file = corpusFile('id', '000');
  const name = file.split('/').pop() ?? '';
  await home.importDocument(file);
  await expect(bench.segment(1)).toBeVisible();
  // Review one segment, then bring the same file in again.
  await bench.activate(2);
  await page.keyboard.press('Control+Enter');
  await expect(bench.progress()).toContainText(/^1 \//);
  await bench.backToProject();

  await home.importDocument(file);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  const choice = dialog.getByRole('group', { name: `${name} is already in this project` });
  await expect(choice).toBeVisible();
  await expect(choice.getByRole('button', { name: 'Replace, keeping the review' })).toBeFocused();
  await page.screenshot({ path: '/tmp/reimport-choice.png' });
  await choice.getByRole('button', { name: 'Do not import' }).click();
  await expect(choice).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: `Add as a copy (${name.replace(/\.txt$/, ' (2).txt')})` }).click();
  await expect(bench.segment(1)).toBeVisible();
  await expect(page.getByText(`Imported ${name.replace(/\.txt$/, ' (2).txt')}`)).toBeVisible();
  await bench.backToProject();

  await home.importDocument(file);
  await dialog.getByRole('button', { name: 'Replace, keeping the review' }).click();
  await expect(page.getByText(/replaced: 22 segments kept their review, 0 are new or changed, 0 removed/)).toBeVisible();
  await expect(bench.progress()).toContainText(/^1 \//);
});
