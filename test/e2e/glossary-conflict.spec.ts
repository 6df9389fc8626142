import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_DIR } from '../support/paths';
import { expect, PRESET_SETTINGS, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** A colleague on another computer (another data folder and project) using the same shared glossary. */
function colleague(args: string[], dataDir: string): string {
  return execFileSync(process.execPath, [path.join(REPO_DIR, 'bin/tinjau.mjs'), ...args], { env: { ...process.env, TINJAU_DATA_DIR: dataDir }, encoding: 'utf8' });
}

test.use({ settings: { ...PRESET_SETTINGS, settings: { ...PRESET_SETTINGS.settings, reviewer: { name: 'Sari Wulandari', initials: 'SW', role: 'reviewer' } } } });

test('an entry changed on two computers at once shows the differing note highlighted, both authors, local times, and merges', async ({ page, server }) => {
  const shared = mkdtempSync(path.join(os.tmpdir(), 'tinjau-shared-'));
  const folder = path.join(shared, 'Tim.tinjau-glossary');
  const other = mkdtempSync(path.join(os.tmpdir(), 'tinjau-colleague-'));
  try {
    writeFileSync(path.join(other, 'settings.json'), JSON.stringify({ settings: { reviewer: { name: 'Budi Santoso', initials: 'BS', role: 'reviewer' }, reviewerNamed: true }, recent: [] }));
    await page.goto(server.url);
    const bench = new WorkbenchPage(page);
    await expect(bench.segment(1)).toBeVisible();
    await bench.backToProject();
    await page.getByRole('button', { name: 'Glossary…' }).click();
    await page.getByLabel('Shared glossary folder').fill(folder);
    await page.getByLabel('Create it').check();
    await page.getByRole('button', { name: 'Attach' }).click();
    await expect(page.getByRole('region', { name: 'Glossaries of this project' })).toContainText('Tim');

    const project = path.join(other, 'Berita.tinjau');
    colleague(['init', project], other);
    colleague(['glossary', 'attach', project, folder], other);
    const csv = path.join(other, 'istilah.csv');
    writeFileSync(csv, 'source_id,target_en,status,pos,note\nsanksi,sanction,preferred,noun,UN usage\n');
    colleague(['glossary', 'import', project, csv, '--glossary', folder], other);
    const table = page.getByRole('table', { name: 'Glossary' });
    await expect(table).toContainText('UN usage', { timeout: 15_000 });

    // Sari edits the note and the domain while Budi, on his computer, changes the note and the forms.
    await page.getByRole('button', { name: 'Edit sanksi' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit glossary entry' });
    await edit.getByLabel('Note').fill('UN Security Council usage');
    await edit.getByLabel('Domain').fill('law');
    writeFileSync(csv, 'source_id,target_en,status,pos,note,forms\nsanksi,sanction,preferred,noun,UN and national usage,derived\n');
    colleague(['glossary', 'import', project, csv, '--glossary', folder], other);
    await edit.getByRole('button', { name: 'Save entry' }).click();

    const conflicts = page.getByRole('region', { name: '1 entry was changed on two computers at once' });
    const card = conflicts.getByRole('article', { name: 'Conflict on sanksi' });
    await expect(card).toBeVisible();
    const sari = card.getByRole('region', { name: 'Version by Sari Wulandari' });
    const budi = card.getByRole('region', { name: 'Version by Budi Santoso' });
    await expect(sari).toContainText('Note (changed on both)');
    // Note, domain and forms, each with what the other version lacks highlighted.
    await expect(sari.locator('mark.conflict-diff')).toHaveText(['Security Council', 'law', 'inflected']);
    await expect(budi.locator('mark.conflict-diff')).toHaveText(['and national', 'derived']);
    await expect(budi).toContainText('Forms that count as the term (changed on one side only)');
    await expect(sari).toContainText('Domain (changed on one side only)');
    // Local times in the interface language, not ISO stamps.
    await expect(sari.locator('time')).toHaveText(/^saved [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M$/);
    await expect(card).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
    await conflicts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/firsta-conflict.png', fullPage: true });

    await card.getByRole('button', { name: 'Merge into one version…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merged version of sanksi' });
    await expect(merge.getByLabel('Domain')).toHaveValue('law');
    await expect(merge.getByLabel('Forms that count as the term')).toHaveValue('derived');
    await expect(merge.getByLabel('Note')).toHaveValue(/^UN (Security Council|and national) usage$/);
    await merge.getByLabel('Note').fill('UN Security Council and national usage');
    await page.screenshot({ path: '/tmp/firsta-conflict-merge.png' });
    await merge.getByRole('button', { name: 'Save merged version' }).click();
    await expect(conflicts).toHaveCount(0);
    await expect(table.getByRole('row').filter({ hasText: 'sanksi' })).toContainText('UN Security Council and national usage');
  } finally {
    rmSync(shared, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
