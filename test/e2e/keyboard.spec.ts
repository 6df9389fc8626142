import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('a whole review done from the keyboard alone', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();

  // The shortcuts sheet opens and closes from the keyboard.
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  // Jump to segment 4 and fix the doubled word by typing.
  await page.keyboard.press('Control+g');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(bench.editor(4)).toBeFocused();
  await page.keyboard.press('Control+Home');
  const text = (await bench.editor(4).textContent()) ?? '';
  for (let i = 0; i < text.indexOf('the the ') + 4; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  await expect(bench.editor(4)).toContainText('and the damaged ones');

  // Confirm everything, in order, from the first segment.
  await page.keyboard.press('Control+g');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 9; i++) await page.keyboard.press('Control+Enter');
  await expect(bench.progress()).toHaveText('9 / 9 confirmed (100%)');

  // Revert a segment to its draft, then find and replace, all without the mouse.
  await page.keyboard.press('Control+g');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+R');
  await expect(bench.editor(4)).toContainText('the the damaged');
  await expect(bench.segment(4)).toContainText('Draft');
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace in the English' });
  await expect(dialog.getByLabel('Find', { exact: true })).toBeFocused();
  await page.keyboard.type('the the');
  await page.keyboard.press('Tab');
  await page.keyboard.type('the');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('1 replacements in 1 segments.');
  await dialog.getByRole('button', { name: /Replace in 1 segment/ }).focus();
  await page.keyboard.press('Enter');
  await expect(bench.segment(4)).toContainText('and the damaged ones');

  // Export the English by tabbing to the button.
  await page.getByRole('button', { name: 'Export English (.txt)' }).focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = readFileSync((await download.path()) ?? '', 'utf8');
  expect(exported).toContain('and the damaged ones');
  expect(exported).not.toContain('the the');
});

test('remapped shortcuts are kept in settings and work at once', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByRole('button', { name: 'Change the keys for Next segment' }).click();
  await page.keyboard.press('Alt+j');
  await expect(sheet.getByRole('row', { name: /Next segment/ }).first()).toContainText('Alt+J');
  await sheet.getByRole('button', { name: 'Save shortcuts' }).click();
  await expect(sheet).toHaveCount(0);
  await bench.editor(1).focus();
  await page.keyboard.press('Alt+j');
  await expect(bench.editor(2)).toBeFocused();
  await page.reload();
  await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
  await expect(bench.editor(1)).toBeFocused();
  await page.keyboard.press('Alt+j');
  await expect(bench.editor(2)).toBeFocused();
});

test('the side panel is resized from the keyboard and keeps its width after a restart', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('textbox', { name: 'English translation of segment 1' })).toBeFocused();
  const handle = page.getByRole('separator', { name: /Side panel width/ });
  const panel = page.getByRole('complementary', { name: 'Side panels' });
  const before = (await panel.boundingBox())?.width ?? 0;
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await panel.boundingBox())?.width ?? 0).toBeGreaterThan(before + 80);
  const wider = Number(await handle.getAttribute('aria-valuenow'));
  await page.reload();
  await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
  await expect(page.getByRole('separator', { name: /Side panel width/ })).toHaveAttribute('aria-valuenow', String(wider));
});

test('a segment is split where the reviewer puts the caret, with the keyboard alone', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  await expect(page.getByText('9 segments', { exact: true })).toBeVisible();
  await bench.segment(1).getByRole('button', { name: 'Split', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Split segment 1' });
  const source = dialog.getByRole('textbox', { name: 'Indonesian: split at the caret' });
  await expect(source).toBeFocused();
  // After the third word: Home, then Ctrl+Right three times.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowRight');
  const caret = await source.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  const text = await source.inputValue();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('10 segments', { exact: true })).toBeVisible();
  await expect(bench.segment(1)).toContainText(text.slice(0, caret).trim());
  await expect(bench.segment(2)).toContainText(text.slice(caret).trim().slice(0, 30));
});
