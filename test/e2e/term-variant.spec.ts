import { CORPUS_DIR, corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('a draft writing "Kim Jong-un" for the approved "Kim Jong Un" gets an admitted-variant note, not an error', async ({ page, server }) => {
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.importFile(`${CORPUS_DIR}/glossary.id-en.csv`, { summary: /Imported: 37 new entries/ });
  const bench = new WorkbenchPage(page);
  await page.getByRole('button', { name: /Project$/ }).click();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('tab', { name: 'QA' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: /Run QA/ }).click();
  const note = panel.getByRole('button', { name: /“Kim Jong-un” is an admitted variant of the approved “Kim Jong Un”/ }).first();
  await expect(note).toBeVisible();
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('variant.png') });
});
