import { writeFileSync } from 'node:fs';
import path from 'node:path';
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

test('two "sanksi" entries say which glossary each comes from: the project one and the shared one', async ({ page, server }) => {
  const folder = path.join(server.dataDir, 'Tim.tinjau-glossary');
  const csv = path.join(server.dataDir, 'tim.csv');
  writeFileSync(csv, 'source_id,target_en,status,pos,note\nsanksi,penalties,preferred,noun,Team usage\n');
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await page.getByRole('button', { name: 'Glossary…' }).click();
  await page.getByLabel('Shared glossary folder').fill(folder);
  await page.getByLabel('Create it').check();
  await page.getByRole('button', { name: 'Attach' }).click();
  await expect(page.getByRole('region', { name: 'Glossaries of this project' })).toContainText('Tim');
  for (const [file, into] of [[`${CORPUS_DIR}/glossary.id-en.csv`, /Banjir/], [csv, /Tim/]] as const) {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
    await dialog.getByLabel(/Glossary file/).setInputFiles(file);
    const picker = dialog.getByRole('combobox', { name: 'Glossary', exact: true });
    await expect(picker.locator('option')).toHaveCount(2);
    const labels = await picker.locator('option').allTextContents();
    await picker.selectOption({ index: labels.findIndex((o) => into.test(o)) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText(/Imported: \d+ new entr/)).toBeVisible();
  }
  await page.getByLabel(/^Search/).fill('sanksi');
  const table = page.getByRole('table', { name: 'Glossary' });
  const rows = table.getByRole('row').filter({ hasText: 'sanksi' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'penalties' })).toContainText('Shared: Tim');
  await expect(rows.filter({ hasText: 'sanctions' })).toContainText('Project glossary');
  await page.screenshot({ path: test.info().outputPath('glossary-sources.png') });
});
