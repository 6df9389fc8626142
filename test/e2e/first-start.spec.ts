import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test.describe('a first start with an empty data folder', () => {
  test.use({ settings: null });

  test('asks who is reviewing before the first edit, by keyboard, and puts the name on the header and the history', async ({ page, server }) => {
    await page.goto(server.url);
    const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await expect(dialog).toBeVisible();
    const name = dialog.getByLabel('Your name');
    await expect(name).toBeFocused();
    const bench = new WorkbenchPage(page);
    // Nothing can be edited before the question is answered, and Escape does not get past it.
    await expect(bench.editor(1)).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    // The language can be chosen before answering.
    await dialog.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    const indonesian = page.getByRole('dialog', { name: 'Siapa yang meninjau?' });
    await expect(indonesian.getByLabel('Nama Anda')).toBeVisible();
    await indonesian.getByRole('button', { name: 'English' }).click();
    await name.focus();
    await page.keyboard.type('Sari Wulandari');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Initials')).toBeFocused();
    await expect(dialog.getByLabel('Initials')).toHaveValue('SW');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Your role')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(dialog.getByLabel('Your role')).toHaveValue('translator');
    await page.screenshot({ path: '/tmp/firsta-first-start.png' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toContainText('Sari Wulandari · Translator');

    await bench.activate(1);
    await page.keyboard.press('End');
    await page.keyboard.type(' Now');
    await bench.waitSaved();
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel');
    await expect(history.getByText('Sari Wulandari')).toHaveCount(2);
    // Even the sample's import, made once the name was given, is not "Reviewer"'s.
    await expect(history).not.toContainText('Reviewer ·');
    await page.screenshot({ path: '/tmp/firsta-first-start-history.png' });

    // Asked once: the next start goes straight to work.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Contoh - Banjir Kota Sukamaju' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Who is reviewing?' })).toHaveCount(0);
    await expect(page.getByRole('navigation')).toContainText('Sari Wulandari · Translator');
  });
});
