import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test('the sample project of a first start highlights its glossary terms, checks them and offers a fuzzy TM match', async ({ page, server }) => {
  await page.goto(server.url);
  const bench = new WorkbenchPage(page);
  // Paragraph 2: "… anggaran … saluran air di 14 kelurahan … banjir", drafted as "… 14 sub-districts …".
  const lead = bench.segment(2);
  await expect(lead.locator('mark.term-hit', { hasText: 'kelurahan' })).toBeVisible();
  await expect(lead.locator('mark.term-hit', { hasText: 'menyiapkan' })).toBeVisible();
  await expect(lead.locator('mark.term-hit', { hasText: 'saluran air' })).toBeVisible();
  await bench.activate(2);
  await page.getByRole('tab', { name: 'Terms' }).click();
  const terms = page.getByRole('tabpanel');
  const kelurahan = terms.getByRole('listitem').filter({ hasText: 'kelurahan' });
  await expect(kelurahan.getByRole('button', { name: 'urban village' })).toBeVisible();
  await expect(kelurahan).toContainText('Forbidden term used: sub-districts');
  await page.screenshot({ path: '/tmp/firsta-sample-terms.png' });

  await page.getByRole('tab', { name: 'QA' }).click();
  const qa = page.getByRole('tabpanel');
  await qa.getByRole('button', { name: /Run QA/ }).click();
  await expect(qa.getByRole('button', { name: /sub-districts/ }).first()).toBeVisible();
  await page.screenshot({ path: '/tmp/firsta-sample-qa.png' });

  // Paragraph 7 ("Sensor tersebut …") is close to a unit of the sample's memory.
  await bench.activate(7);
  await page.getByRole('tab', { name: 'TM' }).click();
  const tm = page.getByRole('tabpanel');
  await expect(tm.getByText(/^(7\d|8\d|9\d)%$/).first()).toBeVisible();
  await expect(tm).toContainText('The sensors will send early warnings by text message');
  await page.screenshot({ path: '/tmp/firsta-sample-tm.png' });
});
