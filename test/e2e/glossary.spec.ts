import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CORPUS_DIR, corpusFile } from '../support/paths';
import { expect, test } from './fixtures';
import { ProjectHomePage, WorkbenchPage } from './pages/workbench-page';

async function importCorpusGlossary(page: Page) {
  await page.getByRole('button', { name: 'Glossary…' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
  await dialog.getByLabel(/Glossary file/).setInputFiles(`${CORPUS_DIR}/glossary.id-en.csv`);
  await expect(dialog.getByLabel('Indonesian term')).toHaveValue('0');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported: 37 new entries/)).toBeVisible();
}

test('the glossary manager imports the team CSV, finds terms by their root, edits and keeps the history', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await importCorpusGlossary(page);
  await page.getByLabel(/^Search/).fill('melanggar');
  const table = page.getByRole('table', { name: 'Glossary' });
  await expect(table.getByRole('row').filter({ hasText: 'pelanggaran' })).toHaveCount(1);
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Edit pelanggaran' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit glossary entry' });
  await dialog.getByLabel('Note').fill('From langgar; melanggar = violate; pelanggaran berat = gross violation');
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(table).toContainText('gross violation');
  await page.getByRole('button', { name: 'History of pelanggaran' }).click();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem')).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'TBX', exact: true }).click()]);
  const tbx = readFileSync((await download.path()) ?? '', 'utf8');
  expect(tbx).toContain('<martif');
  expect(tbx).toContain('gross violation');
});

test('terms are highlighted in the source, checked in the draft, and inserted by keyboard', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  await importCorpusGlossary(page);
  await page.getByRole('button', { name: /Project$/ }).click();
  await new ProjectHomePage(page).importDocument(corpusFile('id', '000'), corpusFile('en-drafts', '000', '.mt.en.txt'));
  const hits = bench.segment(3).locator('mark.term-hit');
  await expect(hits).toHaveText(['kerja sama', 'Korea Utara', 'Korut', 'Amerika Serikat', 'AS']);
  await bench.activate(3);
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByText('Left untranslated: Korut')).toBeVisible();
  await expect(panel.getByText('Left untranslated: AS')).toBeVisible();
  // The English shows the misused terms underlined in the editor itself.
  await expect(bench.editor(3).locator('.cm-term-bad').first()).toHaveText('Korut');
  // Paragraph 12: the forbidden "work together".
  await bench.activate(12);
  await expect(panel.getByText('Forbidden term used: work together')).toBeVisible();
  // Paragraph 6: "dikenai sanksi" is a hit for sanksi, and "sanctioned" satisfies it.
  await bench.activate(6);
  await expect(bench.segment(6).locator('mark.term-hit').filter({ hasText: 'sanksi' })).toHaveCount(1);
  await expect(panel.locator('.term').filter({ hasText: 'sanksi' })).toContainText('Found: sanctioned');
  // Alt+n inserts the n-th term at the cursor.
  await bench.editor(6).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  const n = await panel.locator('.term').filter({ hasText: 'sanksi' }).locator('kbd').textContent();
  await page.keyboard.press(n ?? 'Alt+1');
  await expect(bench.editor(6)).toContainText('sanctions');
  // "Term issues": the segments with a term problem (asked of the service: the grid holds only
  // its rows' checks), and the active segment, which a filter never hides.
  await page.getByLabel('Term issues').check();
  await expect(page.getByText(/^8 of \d+ shown$/)).toBeVisible();
  await expect(bench.segment(3)).toBeVisible();
  await expect(bench.segment(12)).toBeVisible();
  await expect(bench.segment(5)).toHaveCount(0);
});

test('Ctrl+Shift+T adds a term from the selected words, and it is highlighted at once', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(7);
  // Select "pesan singkat" in the Indonesian of segment 7 (no term of the sample glossary in it).
  const dialog = await addTermFromSelection(page, bench, 7, 'pesan singkat');
  await dialog.getByLabel('English term 1', { exact: true }).fill('text message');
  await dialog.getByRole('button', { name: 'Save entry' }).click();
  await expect(bench.segment(7).locator('mark.term-hit')).toHaveText(['pesan singkat']);
  await expect(page.getByRole('tabpanel').locator('.term')).toContainText('text message');
});

test('a picture renamed .csv is refused as soon as it is picked for a glossary import', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  await new WorkbenchPage(page).backToProject();
  await page.getByRole('button', { name: 'Glossary…' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a glossary' });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
  await dialog.getByLabel(/Glossary file/).setInputFiles({ name: 'istilah.csv', mimeType: 'text/csv', buffer: png });
  await expect(dialog.getByRole('alert')).toContainText('istilah.csv: This file is not text (it looks like a binary file)');
  await expect(dialog.getByLabel('Indonesian term')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
});

test('deleting a glossary entry asks first in its row, and the keyboard focus stays in the table', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(new WorkbenchPage(page).segment(1)).toBeVisible();
  await new WorkbenchPage(page).backToProject();
  await importCorpusGlossary(page);
  await page.getByLabel(/^Search/).fill('melanggar');
  const table = page.getByRole('table', { name: 'Glossary' });
  const row = table.getByRole('row').filter({ hasText: 'pelanggaran' });
  await row.getByRole('button', { name: 'Delete pelanggaran' }).focus();
  await page.keyboard.press('Enter');
  // Cancel has the focus: Enter again keeps the entry.
  await page.keyboard.press('Enter');
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: 'Delete pelanggaran' }).click();
  await row.getByRole('button', { name: 'Yes, delete pelanggaran' }).focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('row').filter({ hasText: 'pelanggaran' })).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
});

test('a derived hit is shown as such, and its entry can stop matching derived forms from the term panel', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(6);
  // Select the first "tinggi" ("perguruan tinggi") in the Indonesian of segment 6.
  const dialog = await addTermFromSelection(page, bench, 6, 'tinggi');
  await dialog.getByLabel('English term 1', { exact: true }).fill('high');
  await expect(dialog.getByLabel('Forms that count as the term')).toHaveValue('inflected');
  await dialog.getByLabel('Forms that count as the term').selectOption('derived');
  await dialog.getByRole('button', { name: 'Save entry' }).click();

  const source = bench.segment(6).locator('.segment-source');
  await expect(source.locator('mark.term-hit').filter({ hasText: /tinggi/ })).toHaveText(['tinggi', 'ketinggian']);
  const derived = source.locator('mark.term-hit-derived');
  await expect(derived).toHaveText('ketinggian');
  await expect(derived).toHaveAttribute('title', 'Derived form: ketinggian → tinggi');
  await expect(derived).toHaveAttribute('aria-description', 'Derived form');
  await expect(source.locator('mark.term-hit-exact')).toHaveText(['tinggi']);

  const panel = page.getByRole('tabpanel');
  const derivedTerm = panel.locator('.term').filter({ hasText: 'ketinggian' });
  await expect(derivedTerm).toContainText('Derived form');
  await expect(panel.locator('.term').filter({ has: page.locator('span[lang="id"]', { hasText: /^tinggi$/ }) })).toContainText('Exact');
  await derivedTerm.getByRole('button', { name: 'Stop matching derived forms' }).click();
  await expect(source.locator('mark.term-hit').filter({ hasText: /tinggi/ })).toHaveText(['tinggi']);
  await expect(panel.locator('.term').filter({ hasText: 'ketinggian' })).toHaveCount(0);
});

/** Selects `words` in segment `n`'s Indonesian by dragging the mouse over them, as a reviewer does. */
async function selectSourceWords(page: Page, bench: WorkbenchPage, n: number, words: string) {
  const box = await bench.segment(n).locator('.segment-source').evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.search(new RegExp(`\\b${w}\\b`)) ?? -1;
      if (at < 0) continue;
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      const last = document.createRange();
      last.setStart(node, at + w.length - 1);
      last.setEnd(node, at + w.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`"${words}" is not in segment ${n}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(words);
}

/** Selects `words` in segment `n`'s Indonesian and presses Ctrl+Shift+T: the entry dialog holds them. */
async function addTermFromSelection(page: Page, bench: WorkbenchPage, n: number, words: string) {
  const dialog = page.getByRole('dialog', { name: 'Add a glossary entry' });
  await selectSourceWords(page, bench, n, words);
  await page.keyboard.press('Control+Shift+T');
  await expect(dialog.getByLabel('Indonesian terms (one per line)')).toHaveValue(words);
  return dialog;
}

test('words selected in the Indonesian stay selected while the term hits are fetched again', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(6);
  await selectSourceWords(page, bench, 6, 'perguruan tinggi');
  // Another member of the team adds an entry to the project's glossary: the workbench sees the
  // glossary change and asks for the hits of every segment again.
  const call = async (channel: string, input: object) => {
    const res = await fetch(`${server.origin}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tinjau-token': server.token },
      body: JSON.stringify(input),
    });
    return (await res.json()) as { ok: boolean; value: unknown };
  };
  const recent = (await call('projects:recent', {})).value as readonly { path: string }[];
  const saved = await call('glossary:save', {
    project: recent[0]?.path,
    fields: { sourceTerms: ['pesan singkat'], targets: [{ text: 'text message', status: 'preferred' }], caseSensitive: false },
  });
  expect(saved.ok).toBe(true);
  await expect(bench.segment(7).locator('mark.term-hit')).toHaveText(['pesan singkat']);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('perguruan tinggi');
  await page.keyboard.press('Control+Shift+T');
  await expect(page.getByRole('dialog', { name: 'Add a glossary entry' }).getByLabel('Indonesian terms (one per line)')).toHaveValue('perguruan tinggi');
});

test('words selected in the Indonesian while the English editor has the focus stay selected when the editor redraws', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  await bench.activate(7);
  await expect(bench.editor(7)).toBeFocused();
  // As a screen reader's browse mode does: the selection moves, the focus is not moved by a click.
  await bench.segment(7).locator('.segment-source').evaluate((el) => {
    const node = [...el.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.includes('pesan singkat'));
    if (!node) throw new Error('no "pesan singkat" in segment 7');
    const at = node.textContent?.indexOf('pesan singkat') ?? 0;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'pesan singkat'.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  });
  // The live term check of the active segment redraws the editor's marks 250 ms after activation.
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.segment-target') === null)).toBe(true);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('pesan singkat');
  await page.keyboard.press('Control+Shift+T');
  await expect(page.getByRole('dialog', { name: 'Add a glossary entry' }).getByLabel('Indonesian terms (one per line)')).toHaveValue('pesan singkat');
});
