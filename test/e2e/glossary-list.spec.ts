import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';

test('the glossary column headers stand over their columns (Note over the notes)', async ({ page, server }) => {
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.importFile(`${CORPUS_DIR}/glossary.id-en.csv`, { summary: /Imported: 37 new entries/ });
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
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.attachShared(folder);
  for (const [file, into] of [[`${CORPUS_DIR}/glossary.id-en.csv`, /Banjir/], [csv, /Tim/]] as const) await manager.importFile(file, { into });
  await page.getByLabel(/^Search/).fill('sanksi');
  const table = page.getByRole('table', { name: 'Glossary' });
  const rows = table.getByRole('row').filter({ hasText: 'sanksi' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'penalties' })).toContainText('Shared: Tim');
  await expect(rows.filter({ hasText: 'sanctions' })).toContainText('Project glossary');
  await page.screenshot({ path: test.info().outputPath('glossary-sources.png') });
});
