import path from 'node:path';
import { FIXTURES_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('an edit shows in the history with its author beside the draft, and an older version is restored', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name (shown on every change)').fill('Sari Wulandari');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  // The dialog closes once the service has the new name; edits from then on carry it.
  await expect(settings).toBeHidden();
  await bench.activate(4);
  await page.keyboard.press('End');
  await page.keyboard.type(' Really.');
  await bench.waitSaved();
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByRole('tabpanel');
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('Sari Wulandari');
  await expect(history.getByRole('listitem').first()).toContainText('typed');
  await expect(history.getByRole('listitem').last()).toContainText('draft imported');
  // Compare the two versions: the added words show as an insertion.
  for (const box of await history.getByRole('checkbox').all()) await box.check();
  await expect(history.getByLabel('Comparison of two versions').locator('ins')).toContainText('Really');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(bench.editor(4)).not.toContainText('Really.');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('restored');
});

test('track changes shows insertions and deletions against the draft', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(4);
  const text = await bench.editor(4).textContent();
  await bench.editor(4).fill((text ?? '').replace('and the the damaged ones', 'and damaged ones'));
  await bench.waitSaved();
  await page.keyboard.press('Alt+ArrowDown');
  await page.getByRole('button', { name: 'Track changes' }).click();
  await expect(bench.segment(4).locator('del')).toContainText('the');
  await expect(bench.segment(4).locator('del').first()).toHaveAttribute('aria-label', /deleted/);
  await page.getByRole('button', { name: 'Track changes' }).click();
  await expect(bench.segment(4).locator('del')).toHaveCount(0);
});

test('a comment thread and an MQM error are added, and the error counts in the score', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(6);
  await page.getByRole('tab', { name: 'Comments' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel('New comment').fill('"work together" should be "cooperate"');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await expect(panel.getByRole('article', { name: 'Comment thread' })).toContainText('should be "cooperate"');
  await panel.getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.getByRole('button', { name: 'Reopen' })).toBeVisible();
  // Select "work together" in the English and mark it as a major mistranslation.
  await bench.editor(6).click();
  const text = (await bench.editor(6).textContent()) ?? '';
  const start = text.indexOf('work together');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 'work together'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await panel.getByLabel('Severity').selectOption('major');
  await panel.getByRole('button', { name: 'Add error' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Major' })).toContainText('work together');
  await page.getByRole('button', { name: 'Statistics' }).click();
  await expect(page.getByText(/5 penalty points from 1 errors/)).toBeVisible();
  await expect(page.getByText(/per 1,000 words/).first()).toBeVisible();
  // Edit distance by draft source names the source in words, not by its internal code.
  await expect(page.getByText('Machine translation (9)').first()).toBeVisible();
});

test('a regular-expression replace across the document is previewed, applied and undone as one', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.keyboard.press('Control+h');
  const dialog = page.getByRole('dialog', { name: 'Find and replace in the English' });
  await dialog.getByLabel('Find', { exact: true }).fill('(\\d),(\\d{3})');
  await dialog.getByLabel('Replace with').fill('$1 $2');
  await dialog.getByLabel('Regular expression').check();
  await dialog.getByLabel('Whole words').uncheck();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 replacements in 1 segments.');
  await expect(dialog.getByRole('region', { name: 'Changes to make' }).locator('ins').first()).toHaveText(/2 350|1 120/);
  await dialog.getByRole('button', { name: /Replace in 1 segment/ }).click();
  await expect(bench.segment(5)).toContainText('2 350 houses');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(bench.segment(5)).toContainText('2,350 houses');
});

test('confirming a repeated sentence offers to give its translation to the repetitions', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(path.join(FIXTURES_DIR, 'docs/ulang.txt'), path.join(FIXTURES_DIR, 'docs/ulang.en.txt'));
  await bench.activate(1);
  await bench.editor(1).fill('Thank you for your attention.');
  await bench.waitSaved();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('This Indonesian text repeats in 1 other segment.')).toBeVisible();
  await page.getByRole('button', { name: 'Use this translation there too' }).click();
  await expect(bench.segment(3)).toContainText('Thank you for your attention.');
  await expect(bench.segment(3)).toContainText('Reviewed');
});

test('a bulk status change asks first and undoes as one', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select segment 2' }).click();
  await page.getByRole('checkbox', { name: 'Select segment 4' }).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Selected segments' });
  await expect(bar).toContainText('3 segments selected');
  await bar.getByLabel('Set status').selectOption('approved');
  await bar.getByRole('button', { name: 'Apply…' }).click();
  await bar.getByRole('button', { name: 'Yes, set it' }).click();
  for (const n of [2, 3, 4]) await expect(bench.segment(n)).toContainText('Approved');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const n of [2, 3, 4]) await expect(bench.segment(n)).toContainText('Draft');
});

test('QA runs on the document, lists findings, jumps to them and filters the grid', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('tab', { name: 'QA' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: /Run QA/ }).click();
  const repeated = panel.getByRole('button', { name: /the the/i }).first();
  await expect(repeated).toBeVisible();
  await repeated.click();
  await expect(bench.editor(4)).toBeVisible();
  await page.getByLabel('QA findings').check();
  await expect(page.getByText(/of 9 shown/)).toBeVisible();
  await expect(bench.segment(4)).toBeVisible();
  // The findings are still there after a look at another panel.
  await page.getByRole('tab', { name: 'Terms' }).click();
  await page.getByRole('tab', { name: 'QA' }).click();
  await expect(page.getByRole('tabpanel').getByRole('button', { name: /the the/i }).first()).toBeVisible();
});

test('the QA panel numbers its findings from the segments the workbench has read, without reading the document again', async ({ page, server }) => {
  const fullReads: string[] = [];
  page.on('request', (r) => r.url().includes('/api/segments%3Alist') && fullReads.push(r.url()));
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  const before = fullReads.length;
  await page.getByRole('tab', { name: 'QA' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: /Run QA/ }).click();
  await expect(panel.getByRole('button', { name: /^Go to segment 4: .*the the/i }).first()).toBeVisible();
  expect(fullReads.length).toBe(before);
});

test('confirming a segment runs QA on it and says what it found, with the span underlined', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(4);
  await expect(bench.editor(4).locator('.cm-qa').first()).toBeVisible();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText(/Segment 4 has \d+ QA finding/)).toBeVisible();
  await expect(page.getByText(/Segment 4 has .*the the/i)).toBeVisible();
});

test('QA on the whole project checks consistency across documents and lists this document\'s findings', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('tab', { name: 'QA' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Run on the whole project' }).click();
  await expect(panel.getByRole('button', { name: /the the/i }).first()).toBeVisible();
});

test('in the Indonesian interface QA findings read in Indonesian', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('tab', { name: 'QA' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Jalankan QA' }).click();
  await expect(panel.getByText(/kata berulang; hapus satu/).first()).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Kata berulang/ })).toBeVisible();
});
