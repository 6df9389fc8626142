import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../shared/formats/csv/csv';
import { corpusFile, FIXTURES_DIR } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

const draftParagraphs = readFileSync(corpusFile('en-drafts', '004', '.human.en.txt'), 'utf8')
  .trim()
  .split(/\n\s*\n/)
  .map((p) => p.trim());

async function import004(page: Page, url: string) {
  await page.goto(url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '004'), corpusFile('en-drafts', '004', '.human.en.txt'), 'Human draft');
  await expect(page.getByText(/Imported 004_.*27 segments, 10 excluded as site boilerplate/)).toBeVisible();
  return bench;
}

test('a human draft with merged, split and skipped paragraphs is paired back as a reviewer would', async ({ page, server }) => {
  const bench = await import004(page, server.url);
  await expect(bench.segment(1)).toContainText('Excluded:');
  await expect(bench.segment(2)).toContainText(draftParagraphs[0]!.slice(0, 60));
  await expect(bench.segment(7)).toContainText('Translated together with the previous paragraph');

  const rows = parseCsv(readFileSync(await bench.export(/bilingual CSV/), 'utf8')).slice(1);
  const draftOf = (id: number) => rows[id - 1]?.[2] ?? '';
  const statusOf = (id: number) => rows[id - 1]?.[4] ?? '';
  const expected: Array<[number, number[]]> = [
    [2, [1]], [6, [2]], [8, [3]], [10, [4]], [11, [5]], [12, [6]], [13, [7]], [14, [8]],
    [15, [9]], [16, [10]], [18, [11]], [19, [12]], [20, [13]], [21, [14, 15]], [22, [16]], [24, [17]],
  ];
  for (const [id, en] of expected) expect(draftOf(id), `id${id}`).toBe(en.map((n) => draftParagraphs[n - 1]).join(' '));
  for (const id of [1, 3, 4, 5, 7, 9, 17, 23, 25, 26, 27]) expect(draftOf(id), `id${id}`).toBe('');
  for (const id of [1, 3, 4, 5, 9, 17, 23, 25, 26, 27]) expect(statusOf(id), `id${id}`).toBe('excluded');
});

test('the reviewer corrects a pairing and undoes the correction', async ({ page, server }) => {
  const bench = await import004(page, server.url);
  await bench.activate(6);
  const en2 = draftParagraphs[1]!.slice(0, 50);
  await expect(bench.editor(6)).toHaveText(new RegExp(`^${en2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // The rarer corrections are in the "More alignment" menu.
  const more = () => page.getByRole('toolbar', { name: 'Segment actions' }).getByRole('button', { name: /More alignment/ });
  await more().click();
  await page.getByRole('menuitem', { name: /^No draft/ }).click();
  await expect(bench.editor(6)).toHaveText('');
  await more().click();
  await page.getByRole('menuitem', { name: /^Undo pairing/ }).click();
  await expect(bench.editor(6)).toHaveText(new RegExp(`^${en2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // A boilerplate paragraph can be included again.
  await bench.activate(9);
  await page.getByRole('button', { name: 'Include again' }).click();
  await expect(bench.segment(9)).not.toContainText('Excluded:');
});

test('a hostile XLIFF is refused with a message that names the file and the reason', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(path.join(FIXTURES_DIR, 'xliff/xxe-system-entity.xlf'));
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('xxe-system-entity.xlf: entity declarations are not allowed');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /xxe-system-entity/ })).toHaveCount(0);
});

test('in the Indonesian interface a refused file is explained in Indonesian', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: /Proyek$/ }).click();
  await page.getByRole('button', { name: 'Impor dokumen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor dokumen' });
  await dialog.getByLabel('Sumber bahasa Indonesia').setInputFiles(path.join(FIXTURES_DIR, 'xliff/xxe-system-entity.xlf'));
  await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('xxe-system-entity.xlf: deklarasi entitas tidak diizinkan (baris 3, kolom 3)');
});

test('a bilingual XLIFF from Trados opens with its targets as drafts', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(path.join(FIXTURES_DIR, 'xliff/trados-studio.sdlxliff'));
  await expect(page.getByRole('heading', { name: /trados-studio\.sdlxliff/ })).toBeVisible();
  await expect(bench.segment(1)).toContainText('Imported');
});

test('inline codes from an XLIFF show as chips that survive editing', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await new ProjectHomePage(page).importDocument(path.join(FIXTURES_DIR, 'xliff/okapi-omegat.xlf'));
  const withChips = page.getByRole('article').filter({ has: page.locator('.segment-source .chip') }).first();
  await expect(withChips).toBeVisible();
  const chipCount = await withChips.locator('.segment-source .chip').count();
  expect(chipCount).toBeGreaterThan(0);
  await withChips.getByRole('button', { name: /Edit the English/ }).click();
  const editor = withChips.getByRole('textbox', { name: /English translation of segment/ });
  await expect(editor).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (reviewed)');
  await bench.waitSaved();
  await expect(editor.locator('.chip')).toHaveCount(await withChips.locator('.segment-source .chip').count());
  await expect(editor).toContainText('(reviewed)');
});

test('boilerplate rules are data the reviewer edits; a dangerous pattern is refused', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await page.getByRole('button', { name: 'Boilerplate rules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Boilerplate rules' });
  await dialog.getByRole('checkbox', { name: 'Use the rule Ad-free subscription offer' }).uncheck();
  await dialog.getByRole('button', { name: 'Add a rule' }).click();
  await dialog.getByRole('textbox', { name: 'Pattern of New rule' }).fill('(a+)+');
  await dialog.getByRole('button', { name: 'Save rules' }).click();
  await expect(dialog.getByRole('alert')).toContainText('New rule');
  // A slip in the pattern is said in words about what was typed, not the engine's message.
  await dialog.getByRole('textbox', { name: 'Pattern of New rule' }).fill('Simak[ breaking');
  await dialog.getByRole('button', { name: 'Save rules' }).click();
  await expect(dialog.getByRole('alert')).toContainText('unclosed bracket [ at position 6');
  await expect(dialog.getByRole('alert')).not.toContainText('Unterminated');
  await page.screenshot({ path: '/tmp/boilerplate-pattern-error.png' });
  await dialog.getByRole('textbox', { name: 'Pattern of New rule' }).fill('Simak breaking news.*');
  await dialog.getByRole('button', { name: 'Save rules' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Rules saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '004'));
  await expect(bench.segment(1)).toContainText('Baca berita tanpa iklan');
  await expect(bench.segment(1)).not.toContainText('Excluded:');
});

test('a deleted rule applied to the documents already imported includes its segment again, and one Undo excludes it again', async ({ page, server }) => {
  const bench = await import004(page, server.url);
  await expect(bench.segment(1)).toContainText('Baca berita tanpa iklan');
  await expect(bench.segment(1)).toContainText('Excluded:');
  await bench.backToProject();
  await page.getByRole('button', { name: 'Boilerplate rules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Boilerplate rules' });
  const adFree = dialog.getByRole('button', { name: 'Delete the rule Ad-free subscription offer' });
  await adFree.click();
  await expect(adFree).toHaveCount(0);
  await expect(dialog.getByText('Rule "Ad-free subscription offer" deleted (not saved yet)')).toBeVisible();
  // Undo before saving brings it back; delete it again for good.
  await dialog.getByRole('button', { name: 'Undo delete' }).click();
  await expect(adFree).toBeVisible();
  await adFree.click();

  await dialog.getByRole('button', { name: 'Save and check imported documents' }).click();
  // The rule caught the offer's two paragraphs in 004; the sample document has none.
  await expect(dialog.getByText('Applying the rules would exclude 0 segment(s) and include 2 again in 1 document(s).')).toBeVisible();
  await page.screenshot({ path: '/tmp/rules-plan.png' });
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByText('2 segment(s) changed.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^004_.*8 segments excluded/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByText('Undone: 2 segment(s) restored.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^004_.*10 segments excluded/ })).toBeVisible();
  // Applied again for good: the document shows the offer as a segment to translate.
  await dialog.getByRole('button', { name: 'Save and check imported documents' }).click();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByText('2 segment(s) changed.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^004_/ }).click();
  await expect(bench.segment(1)).toContainText('Baca berita tanpa iklan');
  await expect(bench.segment(1)).not.toContainText('Excluded:');
});

test('applying rules asks before excluding reviewed segments and can leave them included; Undo restores them', async ({ page, server }) => {
  const bench = await import004(page, server.url);
  await bench.backToProject();
  const openRules = async () => {
    await page.getByRole('button', { name: 'Boilerplate rules…' }).click();
    return page.getByRole('dialog', { name: 'Boilerplate rules' });
  };
  let dialog = await openRules();
  const rule = dialog.getByRole('checkbox', { name: 'Use the rule Ad-free subscription offer' });
  await rule.uncheck();
  await dialog.getByRole('button', { name: 'Save and check imported documents' }).click();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByText('2 segment(s) changed.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  // The reviewer works on the offer's first paragraph, now a segment to translate.
  await page.getByRole('button', { name: /^004_/ }).click();
  await expect(bench.segment(1)).toContainText('Baca berita tanpa iklan');
  await bench.activate(1);
  await page.keyboard.press('Control+Enter');
  await bench.waitSaved();
  await expect(bench.segment(1)).toContainText('Reviewed');
  await bench.backToProject();

  dialog = await openRules();
  await rule.check();
  await dialog.getByRole('button', { name: 'Save and check imported documents' }).click();
  await expect(dialog.getByText('Applying the rules would exclude 2 segment(s) and include 0 again in 1 document(s).')).toBeVisible();
  await expect(dialog.getByText('1 of the segments to exclude were already edited, confirmed or commented.')).toBeVisible();
  await page.screenshot({ path: '/tmp/rules-reviewed.png' });
  await dialog.getByRole('button', { name: 'Keep reviewed ones included' }).click();
  await expect(dialog.getByText('1 segment(s) changed; 1 reviewed segment(s) left included.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^004_.*9 segments excluded/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByText('Undone: 1 segment(s) restored.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^004_.*8 segments excluded/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: /^004_/ }).click();
  await expect(bench.segment(1)).not.toContainText('Excluded:');
  await expect(bench.segment(1)).toContainText('Reviewed');
  await expect(bench.segment(2)).not.toContainText('Excluded:');
});

test('a rule is tested live on the project: the paragraphs it catches, the matching words marked, and a slip said in words', async ({ page, server }) => {
  await import004(page, server.url);
  await new WorkbenchPage(page).backToProject();
  await page.getByRole('button', { name: 'Boilerplate rules…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Boilerplate rules' });
  await dialog.getByRole('button', { name: 'Test the rule Ad-free subscription offer on this project' }).click();
  const test_ = dialog.getByRole('region', { name: 'What Ad-free subscription offer catches' });
  await expect(test_).toContainText('Ad-free subscription offer catches 2 paragraph(s) in this project.');
  await expect(test_.locator('mark').first()).toHaveText(/^Baca berita tanpa iklan/i);
  await expect(test_).toContainText('004_');
  const pattern = dialog.getByRole('textbox', { name: 'Pattern of Ad-free subscription offer' });
  await pattern.fill('baca berita tanpa iklan[');
  await expect(test_).toContainText('unclosed bracket');
  await pattern.fill('baca berita tanpa iklan\\b');
  await expect(test_).toContainText('Ad-free subscription offer catches 2 paragraph(s) in this project.');
  await expect(test_).toContainText('segment 27:');
  await page.screenshot({ path: '/tmp/rules-test.png' });
  // As typed, not saved: a pattern that no paragraph has catches none.
  await pattern.fill('baca berita dengan iklan\\b');
  await expect(test_).toContainText('Ad-free subscription offer catches 0 paragraph(s) in this project.');
});
