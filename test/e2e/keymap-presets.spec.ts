import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('a Trados user picks the Trados keys: Ctrl+Insert copies the source, and the sheet and tooltips say so', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(2);
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByLabel('Key set').selectOption({ label: 'Trados Studio' });
  const row = sheet.getByRole('row', { name: /Copy the source to the target/ });
  await expect(row.getByRole('cell').first()).toContainText('Ctrl+Insert');
  await page.screenshot({ path: '/tmp/keymap-trados.png' });
  await sheet.getByRole('button', { name: 'Save shortcuts' }).click();
  await expect(sheet).toHaveCount(0);

  await bench.activate(2);
  const source = (await bench.segment(2).locator('.segment-source').first().textContent()) ?? '';
  await page.keyboard.press('Control+Insert');
  await expect(bench.editor(2)).toHaveText(source.trim());

  // The sheet shows the chosen set when it opens again.
  await page.keyboard.press('Control+/');
  await expect(sheet.getByLabel('Key set')).toHaveValue('trados');
  await page.keyboard.press('Escape');
});

test('OmegaT keys: Ctrl+Shift+I inserts the source (not the draft), Enter in the editor confirms', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(1);
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByLabel('Key set').selectOption({ label: 'OmegaT' });
  await sheet.getByRole('button', { name: 'Save shortcuts' }).click();
  await expect(sheet).toHaveCount(0);
  // The status line names the confirm key of the chosen set.
  await expect(page.getByText(/^Enter confirm/)).toBeVisible();
  await bench.activate(1);
  const source = (await bench.segment(1).locator('.segment-source').first().textContent()) ?? '';
  await page.keyboard.press('Control+Shift+I');
  await expect(bench.editor(1)).toHaveText(source.trim());
  await page.keyboard.press('Enter');
  await expect(bench.editor(2)).toBeFocused();
  await expect(bench.segment(1)).toContainText(/confirmed|reviewed|translated/i);
});

test('the pairing corrections: Draft ↑ / ↓ as buttons with their keys, the rest in a keyboard menu', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));
  await bench.activate(3);
  const actions = page.getByRole('toolbar', { name: 'Segment actions' });
  await expect(actions.getByRole('button', { name: 'Draft ↑', exact: true })).toHaveAttribute('title', /segment before \(Ctrl\+Shift\+↑\)$/);
  await expect(actions.getByRole('button', { name: 'Draft ↓', exact: true })).toHaveAttribute('title', /segment after \(Ctrl\+Shift\+↓\)$/);
  await expect(actions.getByRole('button', { name: 'No draft', exact: true })).toHaveCount(0);

  const more = actions.getByRole('button', { name: /More alignment/ });
  await more.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'More alignment' });
  await expect(menu.getByRole('menuitem')).toHaveCount(4);
  await expect(menu.getByRole('menuitem', { name: /^No draft/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Pair with next/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: /^Undo pairing/ })).toBeFocused();
  await page.screenshot({ path: '/tmp/alignment-menu.png' });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();

  // A key given to a rarer action in the sheet shows in its tooltip.
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByRole('button', { name: 'Change the keys for Leave the segment without a draft' }).click();
  await page.keyboard.press('Alt+N');
  await sheet.getByRole('button', { name: 'Save shortcuts' }).click();
  await bench.activate(3);
  await actions.getByRole('button', { name: /More alignment/ }).click();
  await expect(menu.getByRole('menuitem', { name: /^No draft/ })).toHaveAttribute('title', /\(Alt\+N\)$/);
});
