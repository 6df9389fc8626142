import type { Page } from '@playwright/test';
import { FIXTURES_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

async function importTbx(page: Page, name: string) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
  await dialog.getByLabel(/Glossary file/).setInputFiles(`${FIXTURES_DIR}/glossary/${name}`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

test('a TBX import says what it ran into in a few lines: no Indonesian at all, or counts by reason with the rest in details', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  await new WorkbenchPage(page).backToProject();
  await page.getByRole('button', { name: 'Glossary…' }).click();

  await importTbx(page, 'no-indonesian.tbx');
  const notice = page.getByRole('status').filter({ hasText: 'Imported:' });
  await expect(notice).toContainText('The file holds no Indonesian terms: its 30 entries are in de, en, fr.');
  await expect(notice).not.toContainText('entry de-1');
  await notice.getByRole('button', { name: 'Dismiss' }).click();

  await importTbx(page, 'many-problems.tbx');
  await expect(notice).toContainText('Imported: 30 new entries');
  await expect(notice).toContainText('12 entries skipped because they have no en term (e.g. no-en-1, no-en-2, no-en-3)');
  await expect(notice).toContainText('10 entries had an id used before and were given a new one (e.g. ok-1, ok-2, ok-3)');
  const details = notice.locator('details');
  await expect(details.getByText('entry no-id-8: skipped, it has no id term')).toBeHidden();
  await details.getByText('Details: 30 entries').click();
  await expect(details.getByRole('listitem')).toHaveCount(30);
  await expect(details.getByText('entry no-id-8: skipped, it has no id term')).toBeVisible();
  await page.screenshot({ path: '/tmp/tbx-summary.png' });
});
