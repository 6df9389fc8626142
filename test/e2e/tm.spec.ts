import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('confirmed work feeds the translation memory, which then offers matches and pre-translates', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const home = new ProjectHomePage(page);
  await home.importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));
  await bench.activate(3);
  await bench.editor(3).fill('PARBOABOA, Jakarta - Military cooperation between Russia and North Korea is ever more likely.');
  await bench.waitSaved();
  await page.keyboard.press('Control+Enter');
  await expect(bench.segment(3)).toContainText('Reviewed');

  // The same article again, without a draft: the TM has paragraph 3.
  await bench.backToProject();
  await page.getByRole('button', { name: 'Import document…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByLabel('Indonesian source').setInputFiles(corpusFile('id', '000'));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // The file is in the project already: it is added as a copy, so the TM, not the draft, fills it.
  await dialog.getByRole('button', { name: /^Add as a copy/ }).click();
  await expect(page.getByText(/Imported 000_.* \(2\)\.txt.*22 segments/)).toBeVisible();
  await bench.activate(3);
  await page.getByRole('tab', { name: 'TM' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('100%')).toBeVisible();
  await panel.getByRole('button', { name: 'Use this translation' }).first().click();
  await expect(bench.editor(3)).toContainText('ever more likely');

  await page.getByRole('button', { name: 'Pre-translate…' }).click();
  const pre = page.getByRole('dialog', { name: 'Pre-translate' });
  await pre.getByRole('button', { name: 'Pre-translate', exact: true }).click();
  await expect(page.getByText(/segments filled: \d+ from the translation memory/)).toBeVisible();
});

test('a shared translation memory is attached and detached again from the project home', async ({ page, server, dataDir }) => {
  await page.goto(server.url);
  await expect(page.getByRole('article', { name: 'Segment 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Project$/ }).click();
  const tms = page.getByRole('region', { name: 'Translation memories' });
  await tms.getByLabel('Shared translation memory folder').fill(`${dataDir}/Tim.tinjau-tm`);
  await tms.getByLabel('Create it').check();
  await tms.getByRole('button', { name: 'Attach' }).click();
  await expect(tms.getByRole('listitem')).toHaveCount(2);
  await tms.getByRole('button', { name: /^Detach Tim/ }).click();
  await expect(tms.getByRole('listitem')).toHaveCount(1);
});

test('Ctrl+K brings up the concordance search with the keyboard in its box', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('textbox', { name: 'English translation of segment 1' })).toBeFocused();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('gempa');
  await page.keyboard.press('Enter');
  // No unit of the sample's memory says "gempa" (earthquake): the search ran and says so.
  await expect(page.getByRole('list', { name: '0 units found' })).toBeVisible();
});
