import { say } from '../../shared/messages/text';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** What the services answer when the disk refuses the journal line of an edit (a read-only share). */
const refused = say('storage.failed', {
  action: say('storage.action.generic'),
  path: '/media/share/Berita.tinjau/journal.jsonl',
  reason: say('storage.reason.readOnly'),
  advice: say('storage.advice.readOnly'),
});

const isUpdate = (url: URL) => /\/api\/segments(%3A|:)update$/i.test(url.pathname);

test('a save the disk refuses is shown at once, is not called saved, and is sent again until it lands', async ({ page, server }) => {
  await page.goto(server.url);
  const workbench = new WorkbenchPage(page);
  let refusedCount = 0;
  await page.route(isUpdate, (route) => {
    refusedCount++;
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'io', message: refused.message, text: refused.text } }) });
  });
  await workbench.activate(1);
  await page.keyboard.press('End');
  await page.keyboard.type(' Tambahan.');

  const banner = page.getByRole('alert');
  await expect(banner).toContainText('Tinjau could not finish writing to the disk');
  await expect(banner).toContainText('Everything already shown as saved is safe');
  const status = page.getByRole('status').filter({ hasText: /saved|retrying/i });
  await expect(status).toHaveText('Not saved yet — retrying');
  // It really retries by itself: a second refused attempt arrives without more typing.
  await expect.poll(() => refusedCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(status).toHaveText('Not saved yet — retrying');

  // The disk is back: the same text lands without the reviewer doing anything.
  await page.unroute(isUpdate);
  await expect(status).toHaveText('All changes saved', { timeout: 20_000 });
  await expect(banner).toHaveCount(0);
  // And it is on disk: the project opened afresh shows it.
  await page.reload();
  await page.getByRole('button', { name: /^banjir-sukamaju\.txt/ }).click();
  await expect(workbench.segment(1)).toContainText('Tambahan.');
});
