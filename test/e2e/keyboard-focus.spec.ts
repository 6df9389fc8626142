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
