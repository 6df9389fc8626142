import { expect, test } from './glossary-fixtures';
import { PRESET_SETTINGS } from './fixtures';
import { GlossaryManagerPage } from './pages/glossary-page';

test.use({ settings: { ...PRESET_SETTINGS, settings: { ...PRESET_SETTINGS.settings, reviewer: { name: 'Sari Wulandari', initials: 'SW', role: 'reviewer' } } } });

test('an entry changed on two computers at once shows the differing note highlighted, both authors, local times, and merges', async ({ page, server, glossaryColleague: colleague }) => {
  const manager = await GlossaryManagerPage.open(page, server.url);
  await manager.attachShared(colleague.folder);

  colleague.join({ name: 'Budi Santoso', initials: 'BS' });
  colleague.importCsv('source_id,target_en,status,pos,note\nsanksi,sanction,preferred,noun,UN usage\n');
  const table = page.getByRole('table', { name: 'Glossary' });
  await expect(table).toContainText('UN usage', { timeout: 15_000 });

  // Sari edits the note and the domain while Budi, on his computer, changes the note and the forms.
  await page.getByRole('button', { name: 'Edit sanksi' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit glossary entry' });
  await edit.getByLabel('Note').fill('UN Security Council usage');
  await edit.getByLabel('Domain').fill('law');
  colleague.importCsv('source_id,target_en,status,pos,note,forms\nsanksi,sanction,preferred,noun,UN and national usage,derived\n');
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
});
