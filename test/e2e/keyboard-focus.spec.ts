import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** Where keyboard focus is: "BODY" when it has been lost. */
function focusedTag(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName ?? 'NONE');
}

async function openSample(page: Page, url: string): Promise<WorkbenchPage> {
  await page.goto(url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  return bench;
}

test('keys that change the segment do nothing from the comment box, and a half-typed comment stays with its segment', async ({ page, server }) => {
  const bench = await openSample(page, server.url);
  await page.getByRole('tab', { name: 'Comments' }).click();
  const panel = page.getByRole('tabpanel');
  const box = panel.getByLabel('New comment');

  // Moving on from the comment box still works; the unfinished comment does not follow.
  await box.fill('Is "banjir" a flood or a flash flood here?');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(bench.editor(2)).toBeFocused();
  await expect(box).toHaveValue('');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(bench.editor(1)).toBeFocused();
  await expect(box).toHaveValue('Is "banjir" a flood or a flash flood here?');

  // Ctrl+Enter in the comment box files the comment on this segment instead of confirming it.
  await box.focus();
  await page.keyboard.press('Control+Enter');
  await expect(panel.getByRole('article', { name: 'Comment thread' })).toContainText('a flash flood here?');
  await expect(bench.editor(1)).toBeVisible();
  await expect(bench.progress()).toHaveText('0 / 9 confirmed (0%)');
  await expect(box).toHaveValue('');
});

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

test('focus stays in the panel when the pressed button is disabled or removed by its own action', async ({ page, server }) => {
  const bench = await openSample(page, server.url);
  const panel = page.getByRole('tabpanel');

  await page.getByRole('tab', { name: 'QA' }).click();
  const run = panel.getByRole('button', { name: 'Run QA', exact: true });
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Run QA to list what to check in this document.')).toHaveCount(0);
  await expect(run).toBeEnabled();
  expect(await focusedTag(page)).not.toBe('BODY');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role="tabpanel"]'))).toBe(true);

  // "Add comment" disables itself once the box is emptied.
  await page.getByRole('tab', { name: 'Comments' }).click();
  await panel.getByLabel('New comment').fill('Check the date.');
  await panel.getByRole('button', { name: 'Add comment' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('article', { name: 'Comment thread' })).toContainText('Check the date.');
  await expect(panel.getByRole('button', { name: 'Add comment' })).toBeDisabled();
  await expect.poll(() => focusedTag(page)).not.toBe('BODY');

  // The bulk bar's "Yes" goes away with the bar: focus returns to the segment being edited.
  await page.getByRole('checkbox', { name: 'Select segment 2' }).click();
  const bar = page.getByRole('region', { name: 'Selected segments' });
  await bar.getByRole('button', { name: 'Apply…' }).focus();
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: 'Yes, set it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  await expect(bench.editor(1)).toBeFocused();
});

test('focus stays in the QA panel when a run that outlasts the key press ends and its Cancel button goes', async ({ page, server }) => {
  // The page's clock is ours to move: the run is held until more time has passed than a key
  // press's own consequences are given, as on a long document.
  await page.clock.install();
  await openSample(page, server.url);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/qa%3Arun/, async (route) => {
    await held;
    await route.continue();
  });
  const panel = page.getByRole('tabpanel');
  await page.getByRole('tab', { name: 'QA' }).click();
  const run = panel.getByRole('button', { name: 'Run QA', exact: true });
  await run.focus();
  await page.keyboard.press('Enter');
  // The pressed button is disabled while the run goes on: focus moved to the run's Cancel.
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.clock.fastForward('00:05');
  release();
  await expect(run).toBeEnabled();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  expect(await focusedTag(page)).not.toBe('BODY');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role="tabpanel"]'))).toBe(true);
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

test('the shortcut recorder refuses keys that would break typing or other shortcuts', async ({ page, server }) => {
  await openSample(page, server.url);
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const row = sheet.getByRole('row', { name: /^Next segment/ });
  const change = sheet.getByRole('button', { name: 'Change the keys for Next segment' });
  await change.click();
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('alert')).toContainText('Tab moves between controls');
  await expect(row).toContainText('Press the new keys');
  await expect(change).toBeFocused();
  await page.keyboard.press('e');
  await expect(sheet.getByRole('alert')).toContainText('Add Ctrl or Alt');
  await page.keyboard.press('Alt+2');
  await expect(sheet.getByRole('alert')).toContainText('Alt+2 already inserts term 2 of the term panel');
  await page.keyboard.press('Control+z');
  await expect(sheet.getByRole('alert')).toContainText('Ctrl+Z is an editing key');
  await expect(row).toContainText('Press the new keys');
  await page.keyboard.press('F8');
  await expect(row).toContainText('F8');
  await expect(sheet.getByRole('alert')).toHaveCount(0);
  // Alt+1 … 9 and Ctrl+1 … 9 are listed, fixed.
  await expect(sheet.getByRole('row', { name: /term of the term panel/ })).toContainText('Alt+1 … Alt+9');
  await expect(sheet.getByRole('row', { name: /translation memory match/ })).toContainText('Ctrl+1 … Ctrl+9');
});

test('a shortcut remapped onto a key the editor uses itself works while typing', async ({ page, server }) => {
  const bench = await openSample(page, server.url);
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByRole('button', { name: 'Change the keys for Next segment' }).click();
  await page.keyboard.press('Control+i');
  await sheet.getByRole('button', { name: 'Change the keys for Previous segment' }).click();
  await page.keyboard.press('Control+BracketLeft');
  await sheet.getByRole('button', { name: 'Save shortcuts' }).click();
  await expect(sheet).toHaveCount(0);
  await expect(bench.editor(1)).toBeFocused();
  await page.keyboard.press('Control+i');
  await expect(bench.editor(2)).toBeFocused();
  await page.keyboard.press('Control+BracketLeft');
  await expect(bench.editor(1)).toBeFocused();
});

test('arrow keys, Home and End move between the side panel tabs', async ({ page, server }) => {
  await openSample(page, server.url);
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  await tab('Terms').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('TM')).toBeFocused();
  await expect(tab('TM')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tab('QA')).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('Run QA');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Terms')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('QA')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tab('Terms')).toHaveAttribute('aria-selected', 'true');
  // One tab stop for the whole row of tabs.
  await expect(tab('Terms')).toHaveAttribute('tabindex', '0');
  await expect(tab('QA')).toHaveAttribute('tabindex', '-1');
});

test('Go to segment says when the number is out of range', async ({ page, server }) => {
  const bench = await openSample(page, server.url);
  await page.keyboard.press('Control+g');
  const dialog = page.getByRole('dialog', { name: 'Go to segment' });
  await page.keyboard.type('250');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('There is no segment 250; this document has 9 segments.');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(bench.editor(2)).toBeFocused();
});
