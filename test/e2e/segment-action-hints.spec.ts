import { corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

test('every action under the active segment says on hover what it does', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));
  await bench.activate(3);
  const actions = page.getByRole('toolbar', { name: 'Segment actions' });
  const expected: Array<[string, RegExp]> = [
    ['Exclude', /Leave this paragraph untranslated/],
    ['Join with next', /Join this segment with the next one/],
    ['Draft ↑', /move its first draft paragraph up to the segment before/],
    ['Draft ↓', /move its last draft paragraph down to the segment after/],
  ];
  for (const [name, hint] of expected) await expect(actions.getByRole('button', { name, exact: true })).toHaveAttribute('title', hint);
  // The rarer pairing corrections are in the "More alignment" menu, each with its hint.
  await actions.getByRole('button', { name: /More alignment/ }).click();
  const menu: Array<[string, RegExp]> = [
    ['No draft', /has no translation of this paragraph/],
    ['Pair with next', /translated together/],
    ['Unpair', /draft of its own again/],
    ['Undo pairing', /Undo the last pairing correction/],
  ];
  for (const [name, hint] of menu) await expect(page.getByRole('menuitem', { name: new RegExp(`^${name}`) })).toHaveAttribute('title', hint);
  await page.keyboard.press('Escape');
  await actions.getByRole('button', { name: 'Draft ↑', exact: true }).hover();
  await page.screenshot({ path: test.info().outputPath('action-hints.png') });
});
