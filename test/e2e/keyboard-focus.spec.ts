import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

async function openSample(page: Page, url: string): Promise<WorkbenchPage> {
  await page.goto(url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  return bench;
}

test('focus goes back to the segment editor when a dialog closes', async ({ page, server }) => {
  const bench = await openSample(page, server.url);
  for (const [keys, name] of [
    ['Control+h', 'Find and replace in the English'],
    ['Control+g', 'Go to segment'],
    ['Control+Shift+T', /glossary/i],
    ['Control+/', 'Keyboard shortcuts'],
  ] as const) {
    await page.keyboard.press(keys);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(bench.editor(1), `after ${keys} and Escape`).toBeFocused();
  }
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
});

test('Tab and Shift+Tab stay inside the Export dialog, which opens on the chosen format', async ({ page, server }) => {
  await openSample(page, server.url);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const chosen = dialog.getByRole('radio', { name: /XLIFF 1\.2/ });
  await expect(chosen).toBeChecked();
  await expect(chosen).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chosen).toBeFocused();
  // Choosing another format moves the group's tab stop with it.
  await page.keyboard.press('ArrowDown');
  const xliff20 = dialog.getByRole('radio', { name: 'XLIFF 2.0' });
  await expect(xliff20).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(xliff20).toBeFocused();
});
