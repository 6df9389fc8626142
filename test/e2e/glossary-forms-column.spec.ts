import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';

test('the glossary import maps a column to the forms an entry matches (exact, inflected, derived)', async ({ page, server }) => {
  const csv = path.join(server.dataDir, 'istilah.csv');
  writeFileSync(csv, 'Istilah;Terjemahan;Cara cocok\nlanggar;violate;derived\nsanksi;sanction;exact\n');
  await GlossaryManagerPage.open(page, server.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
  await dialog.getByLabel(/Glossary file/).setInputFiles(csv);
  const forms = dialog.getByLabel('Forms matched (exact, inflected, derived)');
  await expect(forms).toHaveValue('-1');
  await forms.selectOption({ label: 'Cara cocok' });
  await page.screenshot({ path: '/tmp/firsta-forms-mapping.png' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported: 2 new entries/)).toBeVisible();
  await page.getByRole('button', { name: 'Edit langgar' }).click();
  const entry = page.getByRole('dialog', { name: 'Edit glossary entry' });
  await expect(entry.getByLabel('Forms that count as the term')).toHaveValue('derived');
  await entry.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Edit sanksi' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit glossary entry' }).getByLabel('Forms that count as the term')).toHaveValue('exact');
});
