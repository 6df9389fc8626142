import { CORPUS_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('the glossary column headers stand over their columns (Note over the notes)', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await page.getByRole('button', { name: 'Glossary…' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
  await dialog.getByLabel(/Glossary file/).setInputFiles(`${CORPUS_DIR}/glossary.id-en.csv`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported: 37 new entries/)).toBeVisible();
  const table = page.getByRole('table', { name: 'Glossary' });
  const heads = table.getByRole('columnheader');
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell')).toHaveCount(6);
  await page.screenshot({ path: test.info().outputPath('glossary-columns.png') });
  for (const [i, name] of [[1, 'Indonesian'], [2, 'English'], [3, 'Note'], [4, 'Changed']] as const) {
    await expect(heads.nth(i)).toHaveText(name);
    const head = await heads.nth(i).boundingBox();
    const cell = await firstRow.getByRole('cell').nth(i).boundingBox();
    expect(Math.abs((head?.x ?? 0) - (cell?.x ?? -100)), `${name} header over its column`).toBeLessThanOrEqual(1);
  }
});
