import { readFileSync } from 'node:fs';
import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('imports an article with its MT draft, keeps an edit across a reload and exports it', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  // A first start opens the sample project; import the corpus article into it.
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));

  await expect(page.getByRole('heading', { name: /000_e5ef21cc6f911a8b\.txt/ })).toBeVisible();
  await expect(page.getByText('22 segments', { exact: true })).toBeVisible();
  await expect(bench.segment(3)).toContainText('Kemungkinan kerja sama militer Rusia dan Korea Utara');
  await expect(bench.segment(3)).toContainText('The possibility of military cooperation between Russia and North Korea (Korut)');

  await bench.activate(3);
  const fixed = 'PARBOABOA, Jakarta - The prospect of military cooperation between Russia and North Korea, opposed by the West and above all the United States, is growing.';
  await bench.editor(3).fill(fixed);
  await bench.waitSaved();
  await expect(bench.segment(3)).toContainText('Edited');

  await page.reload();
  await page.getByRole('button', { name: /^000_e5ef21cc6f911a8b\.txt/ }).click();
  await expect(bench.segment(3)).toContainText(fixed);
  await expect(bench.segment(3)).toContainText('Edited');

  const txt = readFileSync(await bench.export(/Export English/), 'utf8');
  expect(txt.split('\n\n')[2]).toBe(fixed);
  // The site boilerplate at the end (byline, tags) is left out of the clean English.
  expect(txt.split('\n\n')).toHaveLength(21);
  const csv = readFileSync(await bench.export(/bilingual CSV/), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(fixed);
});

test('Ctrl+Enter confirms the segment, moves to the next open one and counts progress', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  await expect(bench.progress()).toHaveText('0 / 9 confirmed (0%)');
  await page.keyboard.press('Control+Enter');
  await expect(bench.editor(2)).toBeFocused();
  await expect(bench.segment(1)).toContainText('Reviewed');
  await expect(bench.progress()).toHaveText('1 / 9 confirmed (11%)');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(bench.editor(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(bench.editor(3)).toBeFocused();
  // Typing into a confirmed segment reopens it as edited.
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.type(' now');
  await bench.waitSaved();
  await expect(bench.segment(1)).toContainText('Edited');
  await expect(bench.progress()).toHaveText('0 / 9 confirmed (0%)');
});

test('the UI switches to Indonesian and stays so after a restart', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  // Switching the language does not start the app over (reloading settings, reopening the project).
  const restarts: string[] = [];
  page.on('request', (r) => /settings%3Aget|projects%3Aopen/.test(r.url()) && restarts.push(r.url()));
  // Stored by the service before the restart below.
  await Promise.all([page.waitForResponse('**/api/settings%3Aupdate'), page.getByRole('button', { name: 'Bahasa Indonesia' }).click()]);
  await expect(page.getByText(/0 \/ 9 dikonfirmasi/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  // Rows already on screen change language too (their labels are translated once per language).
  const row = page.getByRole('article', { name: 'Segmen 2', exact: true });
  await expect(row.getByRole('button', { name: 'Sunting bahasa Inggris segmen 2' })).toBeVisible();
  await expect(row).toContainText('Terjemahan mesin');
  expect(restarts).toEqual([]);
  await page.reload();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: /Impor dokumen/ })).toBeVisible();
});

test('a dialog opened while the document is still loading keeps what the reviewer types', async ({ page, server }) => {
  // Hold the document back until the reviewer has typed in the Settings dialog.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/segments%3Alist', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const name = settings.getByLabel('Your name (shown on every change)');
  await name.fill('Sari');
  release();
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeVisible();
  await page.keyboard.type(' Wulandari');
  await expect(name).toHaveValue('Sari Wulandari');
  await expect(bench.editor(1)).not.toContainText('Wulandari');
});

test('a segment whose text could not be saved is not confirmed, and the text is saved on the next try', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.editor(1)).toBeFocused();
  // The service refuses to store edits for a while (a full disk, a drive gone).
  let failing = true;
  await page.route('**/api/segments%3Aupdate', (route) =>
    failing ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'io', message: 'No space left on the drive' } }) }) : route.continue(),
  );
  await page.keyboard.press('End');
  await page.keyboard.type(' Checked.');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('alert')).toContainText('No space left on the drive');
  await expect(bench.segment(1)).not.toContainText('Reviewed');
  await expect(bench.progress()).toHaveText('0 / 9 confirmed (0%)');
  // The back button does not leave the document with the text unsaved.
  await page.getByRole('button', { name: /Project$/ }).click();
  await expect(bench.segment(1)).toBeVisible();

  failing = false;
  await bench.activate(1);
  await page.keyboard.press('Control+Enter');
  await expect(bench.segment(1)).toContainText('Reviewed');
  await expect(bench.segment(1)).toContainText('Checked.');
  await page.reload();
  await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
  await expect(bench.segment(1)).toContainText('Checked.');
  await expect(bench.segment(1)).toContainText('Reviewed');
});

test('the language and theme last chosen show from the first frame, before the settings arrive', async ({ page, server }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Theme').selectOption('dark');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings).toHaveCount(0);
  // The switch is stored by the service before the window is reloaded.
  await Promise.all([page.waitForResponse('**/api/settings%3Aupdate'), page.getByRole('button', { name: 'Bahasa Indonesia' }).click()]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // Next start, with the settings held back: already Indonesian and dark.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/settings%3Aget', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByText('Memuat…')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 25)');
  release();
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeVisible();
});

test('a document is removed from the project only after the reviewer says yes', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const doc = page.getByRole('button', { name: /^banjir-sukamaju\.txt/ });
  await expect(doc).toBeVisible();
  await page.getByRole('button', { name: 'Remove banjir-sukamaju.txt from the project…' }).click();
  const confirm = page.getByRole('group', { name: /Remove banjir-sukamaju\.txt from the project, with its review history/ });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(doc).toBeVisible();
  await page.getByRole('button', { name: 'Remove banjir-sukamaju.txt from the project…' }).click();
  await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(doc).toHaveCount(0);
  await expect(page.getByText('No documents yet.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText('No documents yet.', { exact: false })).toBeVisible();
});
